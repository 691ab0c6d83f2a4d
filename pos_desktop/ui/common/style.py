"""Colours, sizes and the application object shared by the windows."""

from __future__ import annotations

import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from pos_desktop import i18n
from pos_desktop.resources import resource

# Each status has a colour, but never only a colour: the banner also shows an icon and words.
STATUS_COLOURS = {
    "internal": ("#1b5e20", "#e8f5e9"),  # text, background
    "not_eligible": ("#7a4a00", "#fff4e0"),
    "external": ("#0d3c61", "#e3f0fb"),
    "blocked": ("#ffffff", "#b71c1c"),
    "invalid": ("#4a148c", "#f3e5f5"),
    "idle": ("#37474f", "#eceff1"),
}

# A message line's level: a colour, and a symbol and a word for whoever cannot tell the colours.
LEVELS = {
    "ok": ("#1b5e20", "\u2714", QT_TRANSLATE_NOOP("Status", "Done")),
    "warn": ("#7a4a00", "\u26a0", QT_TRANSLATE_NOOP("Status", "Warning")),
    "error": ("#b71c1c", "\u2716", QT_TRANSLATE_NOOP("Status", "Error")),
}


def level_mark() -> QLabel:
    """The symbol shown before a message line (see `show_level`)."""
    mark = QLabel()
    mark.setObjectName("level_mark")
    mark.setFixedWidth(mark.fontMetrics().height() * 2)  # any symbol, bold, fits
    return mark


def show_level(mark: QLabel, line: QLabel, level: str) -> None:
    """Colour the message line by its level and give it the level's symbol and word too: an
    error reads as an error without telling red from green."""
    colour, symbol, word = LEVELS[level]
    style = f"color: {colour}; font-weight: bold;"
    word = i18n.translate("Status", word)
    mark.setStyleSheet(style)
    mark.setText(symbol if line.text() else "")
    mark.setToolTip(word)
    mark.setAccessibleName(word)
    line.setStyleSheet(style)
    line.setAccessibleDescription(word)


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, with the app's icon and a readable base font for a
    till screen."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("pos-desktop")
    app.setOrganizationName("pos-desktop")
    # Wayland and the task bar match windows to resources/pos-desktop.desktop by this name.
    app.setDesktopFileName("pos-desktop")
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), 11))
    app.setFont(font)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1565c0"))
    app.setPalette(palette)
    i18n.attach()  # the language chosen before the application object existed
    return app


def app_icon() -> QIcon:
    """The application icon, drawn from its SVG at whatever size the desktop asks for; empty
    when the resources folder is missing (an installed wheel without it), which Qt allows."""
    svg = resource("icons/pos-desktop.svg")
    return QIcon(str(svg)) if svg.is_file() else QIcon()

"""Colours, sizes and the application object shared by the windows."""

from __future__ import annotations

import sqlite3
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

if TYPE_CHECKING:  # the till's first paint need not create these Qt types
    from PySide6.QtWidgets import QTabBar, QTableView, QTabWidget

from pos_desktop import i18n
from pos_desktop.resources import resource
from pos_desktop.ui.common.spoken import announce, spoken

# Each status has a colour, but never only a colour: the banner also shows an icon and words.
STATUS_COLOURS = {
    "internal": ("#1b5e20", "#e8f5e9"),  # text, background
    "not_eligible": ("#7a4a00", "#fff4e0"),
    "external": ("#0d3c61", "#e3f0fb"),
    "blocked": ("#ffffff", "#b71c1c"),
    "invalid": ("#4a148c", "#f3e5f5"),
    "idle": ("#37474f", "#eceff1"),
}

# High contrast: black, white and yellow only, so no meaning rests on a pale tint.
HIGH_CONTRAST_COLOURS = {
    "internal": ("#000000", "#ffffff"),
    "not_eligible": ("#000000", "#ffd600"),
    "external": ("#ffffff", "#000000"),
    "blocked": ("#ffd600", "#000000"),
    "invalid": ("#000000", "#ffd600"),
    "idle": ("#ffffff", "#000000"),
}
HIGH_CONTRAST_SHEET = """
* { color: #ffffff; background-color: #000000; selection-color: #000000;
    selection-background-color: #ffd600; }
QLineEdit, QComboBox, QSpinBox, QTextEdit, QTextBrowser, QPlainTextEdit, QTableView, QListView {
    border: 2px solid #ffffff; }
QPushButton, QToolButton { border: 2px solid #ffffff; padding: 4px 10px; }
QPushButton:disabled, QLabel:disabled, QCheckBox:disabled { color: #9e9e9e; }
*:focus { border: 4px solid #ffd600; }
QHeaderView::section { color: #000000; background-color: #ffffff; border: 1px solid #000000; }
QTabBar::tab { border: 1px solid #ffffff; padding: 3px 2px; }
QTabBar::tab:selected { color: #000000; background-color: #ffd600; }
QCheckBox::indicator { border: 2px solid #ffffff; width: 16px; height: 16px; }
QCheckBox::indicator:checked { background-color: #ffd600; }
"""
TOUCH_SHEET = """
QPushButton, QToolButton, QComboBox, QLineEdit, QSpinBox, QCheckBox { min-height: 44px; }
QTabBar::tab { min-height: 44px; }
QCheckBox::indicator { width: 28px; height: 28px; }
"""
TOUCH_ROW = 48  # px: a table row a finger can hit


class Display:
    """The chosen display options: set once at start-up from --high-contrast / --touch or the
    store's settings, read by whatever builds a widget."""

    high_contrast = False
    touch = False
    font: QFont | None = None


def status_colours(state: str) -> tuple[str, str]:
    """A banner state's text and background colour in the current display."""
    return (HIGH_CONTRAST_COLOURS if Display.high_contrast else STATUS_COLOURS)[state]


def use_display(*, high_contrast: bool, touch: bool) -> None:
    """Switch the running application to the display options (call before building windows)."""
    Display.high_contrast, Display.touch = high_contrast, touch
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if Display.font is None:
        Display.font = QFont(app.font())  # the standard look, to come back to
    sheet = (HIGH_CONTRAST_SHEET if high_contrast else "") + (TOUCH_SHEET if touch else "")
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    font = QFont(Display.font)
    if touch:
        font.setPointSize(max(font.pointSize(), 14))
    if font != app.font():
        app.setFont(font)


def row_height(view: QTableView) -> None:
    """Table rows tall enough for a finger when the touch option is on."""
    if Display.touch:
        header = view.verticalHeader()
        header.setMinimumSectionSize(TOUCH_ROW)
        header.setDefaultSectionSize(TOUCH_ROW)


def compact_tabs(bar: QTabBar) -> None:
    """Tabs with less padding than the style's, so a row of long names fits the window."""
    if not Display.high_contrast:  # whose own style sheet already draws them compact
        bar.setStyleSheet(
            "QTabBar::tab { padding: 5px 3px; border: 1px solid #b0b0b0; border-bottom: none;"
            " background: #e8e8e8; } QTabBar::tab:selected { background: #ffffff; }"
        )


def page_keys(window: QWidget, pages: QTabWidget) -> None:
    """Ctrl+Page Down and Ctrl+Page Up turn to the next and the previous page (round again)
    from anywhere in the window; Qt's own Ctrl+Tab works from inside the pages. The tabs
    take no Alt letter: eleven of them would leave a page's buttons too few letters."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence, QShortcut

    for key, step in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_PageUp, -1)):
        shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | key), window)
        shortcut.activated.connect(
            lambda step=step: pages.setCurrentIndex((pages.currentIndex() + step) % pages.count())
        )
    pages.tabBar().setToolTip(
        i18n.translate("AdminWindow", "Ctrl+Page Down: next page · Ctrl+Page Up: previous page")
    )


def error_style() -> str:
    """The style sheet of a line that holds an error message."""
    return f"color: {'#ffd600' if Display.high_contrast else '#b71c1c'}; font-weight: bold;"


def quiet_colour() -> str:
    """Secondary text (the till's header and shortcut line): grey, or white in high contrast."""
    return "#ffffff" if Display.high_contrast else "#37474f"


def stored_display(conn: sqlite3.Connection) -> tuple[bool, bool]:
    """The store's high-contrast and touch settings (off when they cannot be read). Read on
    their own (JSON `true`), so the till's first paint need not load the rules."""
    try:
        rows = conn.execute(
            "SELECT key, value FROM settings WHERE key IN ('store.high_contrast', 'store.touch')"
        ).fetchall()
        values = dict(rows)
    except sqlite3.Error:
        return False, False
    return values.get("store.high_contrast") == "true", values.get("store.touch") == "true"


# A message line's level: a colour, and a symbol and a word for whoever cannot tell the colours.
LEVELS = {
    "ok": ("#1b5e20", "\u2714", QT_TRANSLATE_NOOP("Status", "Done")),
    "warn": ("#7a4a00", "\u26a0", QT_TRANSLATE_NOOP("Status", "Warning")),
    "error": ("#b71c1c", "\u2716", QT_TRANSLATE_NOOP("Status", "Error")),
}


RIGHT_TOP = 0x0002 | 0x0020


def level_mark() -> QLabel:
    """The symbol shown before a message line (see `show_level`)."""
    mark = QLabel()
    mark.setObjectName("level_mark")
    mark.setFixedWidth(mark.fontMetrics().height() * 3 // 2)  # any symbol, bold, fits
    # Qt::AlignRight | Qt::AlignTop, set as a property: naming PySide6's Qt namespace costs
    # some 14 ms, which the till's first paint need not pay.
    mark.setProperty("alignment", RIGHT_TOP)
    return mark


def show_level(mark: QLabel, line: QLabel, level: str) -> None:
    """Colour the message line by its level and give it the level's symbol and word too: an
    error reads as an error without telling red from green."""
    colour, symbol, word = LEVELS[level]
    if Display.high_contrast:
        colour = "#ffd600" if level != "ok" else "#ffffff"
    style = f"color: {colour}; font-weight: bold;"
    word = i18n.translate("Status", word)
    mark.setStyleSheet(style)
    mark.setText(symbol if line.text() else "")
    mark.setToolTip(word)
    mark.setAccessibleName(word)
    line.setStyleSheet(style)
    line.setAccessibleDescription(word)
    if line.text():  # heard with its level, and said as it appears
        line.setAccessibleName(spoken(word, line.text()))
        announce(line, line.accessibleName(), urgent=level == "error")


DRESSED = "pos-desktop-look"  # set on the application once it has the look below


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, with the app's icon and a readable base font for a
    till screen. One made bare before (a receipt's PDF drawn by the command line in the same
    process) gets them too."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.property(DRESSED) is not None:
        return app
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setProperty(DRESSED, True)
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


def quiet_offscreen_platform() -> None:
    """The offscreen platform (screenshots, CI) warns about what it cannot do (size hints,
    raising windows, grabbing the keyboard); that says nothing to a user, so it is dropped
    and every other message kept."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "offscreen":
        return

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def app_icon() -> QIcon:
    """The application icon, drawn from its SVG at whatever size the desktop asks for; empty
    when the resources folder is missing (an installed wheel without it), which Qt allows."""
    svg = resource("icons/pos-desktop.svg")
    return QIcon(str(svg)) if svg.is_file() else QIcon()

"""The till's keyboard: each key, the words the window lists it with, and the window's
action it runs; one table, so a listed key is always a bound one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from pos_desktop.i18n import translate

SHORTCUTS = (
    ("F2", QT_TRANSLATE_NOOP("CashierWindow", "Quantity"), "change_quantity"),
    ("F3", QT_TRANSLATE_NOOP("CashierWindow", "Open amount"), "open_amount"),
    ("Del", QT_TRANSLATE_NOOP("CashierWindow", "Remove line"), "remove_line"),
    ("F6", QT_TRANSLATE_NOOP("CashierWindow", "Walk-in"), "walk_in"),
    ("F7", QT_TRANSLATE_NOOP("CashierWindow", "Supervisor"), "call_supervisor"),
    ("F8", QT_TRANSLATE_NOOP("CashierWindow", "Refund"), "open_refund"),
    ("F9", QT_TRANSLATE_NOOP("CashierWindow", "Payroll"), "charge_to_payroll"),
    ("F12", QT_TRANSLATE_NOOP("CashierWindow", "Complete sale"), "complete_sale"),
    ("Esc", QT_TRANSLATE_NOOP("CashierWindow", "Clear"), "clear_basket"),
    ("Ctrl+P", QT_TRANSLATE_NOOP("CashierWindow", "Print receipt"), "print_receipt"),
    ("Ctrl+S", QT_TRANSLATE_NOOP("CashierWindow", "Receipt PDF"), "ask_receipt_pdf"),
    ("F10", QT_TRANSLATE_NOOP("CashierWindow", "Sign out"), "sign_out"),
)


def bind(window: QWidget) -> None:
    """Each key runs the window's action of that name, wherever the focus is in the window.
    The window's method itself is connected (PySide keeps no strong reference to it, where a
    lambda would keep the window alive until the interpreter's shutdown)."""
    for key, _words, name in SHORTCUTS:
        action = QAction(window)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(getattr(window, name))
        window.addAction(action)


def legend() -> QLabel:
    """The keys and their actions in a line under the basket, wrapped between keys only."""
    label = QLabel(
        "   ".join(
            f"<b>{key}</b>\u00a0{translate('CashierWindow', words)}".replace(" ", "\u00a0")
            for key, words, _name in SHORTCUTS
        )
    )
    label.setAccessibleDescription(translate("CashierWindow", "Keyboard shortcuts"))
    label.setObjectName("shortcuts")
    label.setWordWrap(True)
    return label

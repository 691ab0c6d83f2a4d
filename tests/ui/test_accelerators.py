"""Alt + a letter does one thing: on each admin page (with the tabs and the window's own
controls above it), on the till and in each dialog, no two visible controls underline the
same letter, in English, Polish and Romanian. Two controls with one letter make Alt+letter
only move the focus between them, so the key a cashier learnt does nothing."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

from pos_desktop import i18n
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.till import TillSession
from pos_desktop.ui.cashier.window import CashierWindow
from tests.conftest import PIOTR, RADU
from tests.scaled_screens import dialogs

AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)
MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    """The letter a text underlines ("&Save" gives "s"; "&&" is a plain ampersand)."""
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def accelerators(widgets: list[QWidget]) -> dict[str, list[str]]:
    """Each underlined letter of the visible, enabled controls, with the texts that use it."""
    seen: dict[str, list[str]] = defaultdict(list)
    for widget in widgets:
        if not widget.isVisible():
            continue
        if isinstance(widget, QTabBar):
            texts = [widget.tabText(index) for index in range(widget.count())]
        elif isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        else:
            continue
        for text in texts:
            if key := letter(text):
                seen[key].append(text)
    return seen


def clashes(widgets: list[QWidget]) -> dict[str, list[str]]:
    return {key: texts for key, texts in accelerators(widgets).items() if len(texts) > 1}


def test_a_letter_is_read_from_its_ampersand():
    assert letter("&Save") == "s"
    assert letter("Utwórz kopię &teraz") == "t"
    assert letter("Fish && &chips") == "c"
    assert letter("No accelerator") is None


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_each_admin_page_has_one_control_per_letter(qtbot, demo_path, language):
    from pos_desktop.core.signin import AdminGate
    from pos_desktop.ui.admin.window import AdminWindow

    i18n.use(language)
    conn = open_database(demo_path)
    window = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    qtbot.add_widget(window)
    window.show()
    above = [w for w in window.findChildren(QWidget) if not window.pages.isAncestorOf(w)]
    problems = {}
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        page = window.pages.widget(index)
        found = clashes([*above, window.pages.tabBar(), *page.findChildren(QWidget)])
        if found:
            problems[window.pages.tabText(index)] = found
    assert problems == {}


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_the_till_and_each_dialog_have_one_control_per_letter(qtbot, demo_path, language):
    i18n.use(language)
    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    till = CashierWindow(session)
    qtbot.add_widget(till)
    till.show()
    till.scan.setText(PIOTR)
    till.submit_scan()
    problems = {}
    if found := clashes(till.findChildren(QWidget)):
        problems["till"] = found
    for dialog in dialogs(session.checkout.conn, till):
        dialog.show()
        if found := clashes(dialog.findChildren(QWidget)):
            problems[type(dialog).__name__] = found
        dialog.close()
    session.checkout.conn.close()
    assert problems == {}


def test_the_admin_pages_turn_with_ctrl_tab_and_ctrl_page_keys(qtbot, demo_path):
    """The page tabs have no Alt letter (eleven tabs would take eleven letters from every
    page's buttons); Ctrl+Tab and Ctrl+Page Down turn to the next page from any field."""
    from PySide6.QtCore import Qt

    from pos_desktop.core.signin import AdminGate
    from pos_desktop.ui.admin.window import AdminWindow

    i18n.use("en")
    conn = open_database(demo_path)
    window = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    qtbot.add_widget(window)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    window.staff.search.setFocus()
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.staff.search, Qt.Key.Key_Tab, control)
    assert window.pages.currentWidget() is window.products
    qtbot.keyClick(window.products, Qt.Key.Key_Backtab, control | Qt.KeyboardModifier.ShiftModifier)
    assert window.pages.currentWidget() is window.staff
    qtbot.keyClick(window.staff.search, Qt.Key.Key_PageUp, control)
    assert window.pages.currentWidget() is window.backups_page  # the last page, round again
    qtbot.keyClick(window.backups_page, Qt.Key.Key_PageDown, control)
    assert window.pages.currentWidget() is window.staff

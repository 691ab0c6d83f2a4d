"""The scan field gives one scan per Enter, however the Enter came: typed by the cashier,
delivered by a scanner, pressed on a suggestion chosen with the arrows (under a window system
the suggestions' popup holds the keyboard), a suggestion clicked, or typed before the till
had opened. Each story counts the scans and the basket's lines: one, never two."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest

from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.till import TillSession
from pos_desktop.ui.cashier.window import CashierWindow
from tests.conftest import ANNA, PIOTR

AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def till(qtbot, demo_path):
    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    win = CashierWindow(session)
    qtbot.add_widget(win)
    win.resize(1024, 768)
    win.show()
    assert QTest.qWaitForWindowExposed(win)
    scans: list[str] = []
    win.scan.scanned.connect(scans.append)
    win.scans = scans  # what the field handed on, in order
    yield win
    session.checkout.conn.close()


def type_and_enter(qtbot, win: CashierWindow, text: str) -> None:
    qtbot.keyClicks(win.scan, text)
    qtbot.keyClick(win.scan, Qt.Key.Key_Return)


def basket(win: CashierWindow) -> list[tuple[str, int]]:
    return [(line.sku, line.qty) for line in win.session.lines]


def signed_in_with_anna(qtbot, win: CashierWindow) -> None:
    type_and_enter(qtbot, win, PIOTR)
    type_and_enter(qtbot, win, ANNA)
    assert win.session.cashier is not None and win.session.customer is not None
    win.scans.clear()


def test_a_typed_sku_and_enter_is_one_scan(qtbot, till):
    signed_in_with_anna(qtbot, till)
    type_and_enter(qtbot, till, "COAT-01")
    assert till.scans == ["COAT-01"]
    assert basket(till) == [("COAT-01", 1)]
    assert till.scan.text() == ""


def test_a_scanner_s_digits_and_enter_are_one_scan_and_open_no_suggestions(qtbot, till):
    signed_in_with_anna(qtbot, till)
    barcode = till.session.checkout.conn.execute(
        "SELECT barcode FROM products WHERE sku = 'COAT-01'"
    ).fetchone()[0]
    qtbot.keyClicks(till.scan, barcode)
    assert not till.scan.suggesting()
    qtbot.keyClick(till.scan, Qt.Key.Key_Return)
    assert till.scans == [barcode]
    assert basket(till) == [("COAT-01", 1)]


def test_type_ahead_finds_a_product_by_name(qtbot, till):
    signed_in_with_anna(qtbot, till)
    qtbot.keyClicks(till.scan, "coat")
    assert till.scan.suggesting()
    assert till.scan.products.stringList() == ["Winter coat — COAT-01"]


def test_arrows_into_the_suggestions_and_enter_add_the_product_once(qtbot, till):
    """Under a window system the popup holds the keyboard: Down and Enter go to it."""
    signed_in_with_anna(qtbot, till)
    qtbot.keyClicks(till.scan, "coat")
    popup = till.scan.suggestions.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert till.scans == ["COAT-01"]
    assert basket(till) == [("COAT-01", 1)]
    assert not popup.isVisible()
    assert till.banner.state != "invalid"
    qtbot.keyClicks(till.scan, "coat")  # the next suggestion chosen still counts
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert basket(till) == [("COAT-01", 2)]


def test_a_typed_sku_with_a_suggestion_lit_is_added_once(qtbot, till):
    """A typed SHIRT-01 with its suggestion lit once went into the basket twice: Qt reported
    the popup's Enter as the choice and again as the field's Enter."""
    signed_in_with_anna(qtbot, till)
    qtbot.keyClicks(till.scan, "COAT-01")
    popup = till.scan.suggestions.popup()
    assert popup.isVisible()
    lit = till.scan.suggestions.completionModel().index(0, 0)
    popup.selectionModel().setCurrentIndex(lit, QItemSelectionModel.SelectionFlag.NoUpdate)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert till.scans == ["COAT-01"]
    assert basket(till) == [("COAT-01", 1)]


def test_enter_in_the_field_with_suggestions_shown_is_one_scan_of_what_was_typed(qtbot, till):
    signed_in_with_anna(qtbot, till)
    qtbot.keyClicks(till.scan, "COAT-01")
    assert till.scan.suggesting()
    qtbot.keyClick(till.scan, Qt.Key.Key_Return)
    assert till.scans == ["COAT-01"]
    assert basket(till) == [("COAT-01", 1)]
    assert not till.scan.suggesting()


def test_a_suggestion_clicked_adds_the_product_once(qtbot, till):
    signed_in_with_anna(qtbot, till)
    qtbot.keyClicks(till.scan, "coat")
    popup = till.scan.suggestions.popup()
    first = till.scan.suggestions.completionModel().index(0, 0)
    where = popup.visualRect(first).center()
    QTest.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert till.scans == ["COAT-01"]
    assert basket(till) == [("COAT-01", 1)]
    assert not popup.isVisible()


def test_up_and_down_choose_a_basket_line_when_no_suggestion_is_shown(qtbot, till):
    signed_in_with_anna(qtbot, till)
    type_and_enter(qtbot, till, "COAT-01")
    type_and_enter(qtbot, till, "SHIRT-01")
    assert till.selected_row() == 1
    qtbot.keyClick(till.scan, Qt.Key.Key_Up)
    assert till.selected_row() == 0
    qtbot.keyClick(till.scan, Qt.Key.Key_Down)
    assert till.selected_row() == 1
    assert till.scans == ["COAT-01", "SHIRT-01"]


def test_scans_typed_before_the_till_opened_are_each_judged_once(qtbot, demo_path):
    """The window is up before the core: a scanner's badge and product typed meanwhile are
    kept, each as its own scan, and judged once the till has opened."""
    conn = open_database(demo_path)
    opened: list[bool] = []

    def opener():
        opened.append(True)
        return TillSession(Checkout(conn), now=AT)

    win = CashierWindow(opener=opener)
    qtbot.add_widget(win)
    scans: list[str] = []
    win.scan.scanned.connect(scans.append)
    verdicts: list[bool] = []
    win.banner_shown.connect(lambda: verdicts.append(True))
    win.show()
    assert not win.opened  # the window and its scan field are up; the core comes next
    for text in (PIOTR, ANNA, "COAT-01"):
        type_and_enter(qtbot, win, text)
    qtbot.waitUntil(lambda: win.opened)
    assert opened == [True]
    assert scans == [PIOTR, ANNA, "COAT-01"]
    assert win.session.cashier is not None and win.session.cashier.employee_no == "E0002"
    assert win.session.customer is not None
    assert basket(win) == [("COAT-01", 1)]
    assert len(verdicts) == 3  # the sign-in, Anna's verdict and the coat: once each
    conn.close()

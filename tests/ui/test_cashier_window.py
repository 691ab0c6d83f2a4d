"""The till window driven as a cashier and a scanner drive it: keystrokes ending in Enter.

Each state's screenshot is saved under tests/screenshots/ to be looked at.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db import storage
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.ledger import journal
from pos_desktop.core.till import TillSession
from pos_desktop.ui.cashier.dialogs import OpenAmountDialog, OverrideDialog, QuantityDialog
from pos_desktop.ui.cashier.refunding import RefundDialog
from pos_desktop.ui.cashier.window import CashierWindow
from tests.conftest import (
    ANNA,
    IOANA,
    JAN,
    JOHN,
    MARIA,
    MARKETING,
    PIOTR,
    STRANGER,
    TOMASZ,
)

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def window(qtbot, demo_path):
    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    win = CashierWindow(session)
    qtbot.add_widget(win)
    win.resize(1024, 768)
    win.show()
    assert QTest.qWaitForWindowExposed(win)
    yield win
    session.checkout.conn.close()


def scan(qtbot, win: CashierWindow, text: str) -> None:
    """What a barcode scanner does: type fast, then Enter."""
    qtbot.keyClicks(win.scan, text)
    qtbot.keyClick(win.scan, Qt.Key.Key_Return)


def signed_in(qtbot, win: CashierWindow, cashier: str = PIOTR) -> CashierWindow:
    scan(qtbot, win, cashier)
    assert win.session.cashier is not None
    return win


def shot(win, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    assert win.grab().save(str(SCREENSHOTS / f"cashier-{name}.png"))


def cells(win: CashierWindow, column: int) -> list[str]:
    model = win.model
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def test_the_till_starts_locked_and_the_cashier_signs_in_with_a_badge(qtbot, window):
    assert window.banner.headline.text() == "Scan your badge to sign in"
    assert window.scan.hasFocus()
    shot(window, "locked")
    scan(qtbot, window, ANNA)  # Anna has no cashier role
    assert window.session.cashier is None
    assert "no cashier role" in window.status.text()
    scan(qtbot, window, PIOTR)
    assert "Piotr Nowak" in window.header.text()
    assert window.banner.headline.text() == "Ready — scan the customer's badge"
    shot(window, "ready")


def test_internal_checkout_with_receipt(qtbot, window, tmp_path):
    signed_in(qtbot, window)
    scan(qtbot, window, ANNA)
    for sku in ("SHIRT-01", "WINE-01", "COAT-01"):
        scan(qtbot, window, sku)
    assert window.banner.headline.text() == "INTERNAL — employee"
    assert "Acme Retail" in window.banner.detail.text()
    assert "€1,000.00 left this year" in window.banner.detail.text()
    assert cells(window, 4) == ["8.00", "", "40.00"]
    assert cells(window, 6) == ["20% staff", "Alcohol: no discount", "20% staff"]
    assert window.totals["discount"].text() == "48.00"
    assert window.totals["total"].text() == "€212.00"
    assert window.totals["allowance"].text() == "952.00"
    shot(window, "internal")
    qtbot.keyClick(window.scan, Qt.Key.Key_F12)
    assert window.dialog is None
    assert window.middle.currentWidget() is window.receipt
    assert "Sale complete: €212.00" in window.status.text()
    html = window.last_sale_html
    assert "20% staff" in html and "212.00" in html and "952.00" in html
    assert "Refund code" in html
    shot(window, "receipt")
    pdf = tmp_path / "receipt.pdf"
    window.save_receipt_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert window.model.rowCount() == 0
    assert window.scan.hasFocus()
    count = window.session.checkout.conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0]
    assert count == 1
    scan(qtbot, window, ANNA)  # the next customer's scan goes to the till, not to a dialog
    assert window.middle.currentWidget() is window.table
    assert window.banner.headline.text() == "INTERNAL — employee"


def test_external_customer_pays_regular_price(qtbot, window):
    signed_in(qtbot, window)
    scan(qtbot, window, STRANGER)
    scan(qtbot, window, "COAT-01")
    assert window.banner.headline.text() == "EXTERNAL — regular price"
    assert window.totals["total"].text() == "€200.00"
    shot(window, "external")


def test_blocked_badge_is_red_with_the_reason(qtbot, window):
    signed_in(qtbot, window)
    scan(qtbot, window, "COAT-01")
    scan(qtbot, window, JOHN)
    assert window.banner.state == "blocked"
    assert window.banner.headline.text() == "BLOCKED — suspended"
    assert "alert the supervisor" in window.banner.detail.text()
    assert window.totals["discount"].text() == "0.00"
    shot(window, "blocked")


def test_garbled_scan_asks_to_scan_again_and_keeps_the_basket(qtbot, window):
    signed_in(qtbot, window)
    scan(qtbot, window, ANNA)
    scan(qtbot, window, "COAT-01")
    scan(qtbot, window, "20000000x0016")
    assert window.banner.state == "internal"  # the banner keeps showing the customer
    assert window.banner.headline.text() == "INTERNAL — employee"
    assert "Scan again" in window.status.text()
    assert window.model.rowCount() == 1
    assert window.session.customer == ANNA
    shot(window, "invalid")


def test_probation_shows_the_date_and_charges_regular_price(qtbot, window):
    signed_in(qtbot, window)
    scan(qtbot, window, TOMASZ)
    scan(qtbot, window, "COAT-01")
    assert window.banner.headline.text() == "INTERNAL — not eligible: on probation until 2026-08-24"
    assert window.totals["discount"].text() == "0.00"
    shot(window, "probation")


def test_allowance_exhausted(qtbot, window):
    conn = window.session.checkout.conn
    conn.execute("UPDATE policies SET allowance_amount = 800 WHERE name = 'Staff'")
    conn.commit()
    window.session.checkout.reload()
    signed_in(qtbot, window)
    scan(qtbot, window, ANNA)
    scan(qtbot, window, "COAT-01")
    assert cells(window, 4) == ["8.00"]
    assert "allowance: 8.00 left" in cells(window, 6)[0]
    qtbot.keyClick(window.scan, Qt.Key.Key_F12)
    scan(qtbot, window, ANNA)
    assert "allowance used up" in window.banner.headline.text()
    shot(window, "allowance-exhausted")


def test_per_sale_cap_says_so_on_the_line(qtbot, window):
    signed_in(qtbot, window)
    scan(qtbot, window, ANNA)
    scan(qtbot, window, "COAT-01")
    scan(qtbot, window, "COAT-01")  # the second coat goes on the first one's line
    assert cells(window, 2) == ["2"]
    assert cells(window, 4) == ["50.00"]
    assert cells(window, 6)[0] == "20% staff; capped: 50.00 per sale"
    assert window.totals["discount"].text() == "50.00"
    shot(window, "cap")


def test_changing_the_customer_reprices_the_basket(qtbot, window):
    signed_in(qtbot, window)
    scan(qtbot, window, "COAT-01")
    assert window.totals["discount"].text() == "0.00"
    scan(qtbot, window, ANNA)
    assert window.totals["discount"].text() == "40.00"
    scan(qtbot, window, IOANA)  # group company: 10%
    assert window.totals["discount"].text() == "20.00"
    qtbot.keyClick(window.scan, Qt.Key.Key_F6)
    assert window.totals["discount"].text() == "0.00"


def test_self_purchase_with_supervisor_override(qtbot, window):
    signed_in(qtbot, window)
    scan(qtbot, window, PIOTR)
    scan(qtbot, window, "COAT-01")
    assert "cashier's own purchase" in window.banner.headline.text()
    assert "F7 calls a supervisor" in window.banner.detail.text()
    shot(window, "self-purchase")
    qtbot.keyClick(window.scan, Qt.Key.Key_F7)
    dialog = window.dialog
    assert isinstance(dialog, OverrideDialog)
    qtbot.keyClicks(dialog.badge, MARIA)
    qtbot.keyClicks(dialog.pin, "9999")
    qtbot.keyClicks(dialog.reason, "staff day")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Wrong PIN" in dialog.error.text()
    shot(dialog, "override-wrong-pin")
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.totals["discount"].text() == "40.00"
    qtbot.keyClick(window.scan, Qt.Key.Key_F12)
    row = window.session.checkout.conn.execute("SELECT override_by FROM sales").fetchone()
    assert row[0] == "E0003"


def test_self_purchase_without_override_rings_regular_price(qtbot, window):
    signed_in(qtbot, window)
    scan(qtbot, window, PIOTR)
    scan(qtbot, window, "COAT-01")
    qtbot.keyClick(window.scan, Qt.Key.Key_F12)
    row = window.session.checkout.conn.execute("SELECT discount, total FROM sales").fetchone()
    assert tuple(row) == (0, 20000)


def test_own_dependant_is_a_self_purchase_too(qtbot, window):
    conn = window.session.checkout.conn
    conn.execute("UPDATE staff SET role = 'cashier' WHERE employee_no = 'E0001'")
    conn.commit()
    signed_in(qtbot, window, ANNA)
    scan(qtbot, window, JAN)
    assert "cashier's own purchase" in window.banner.headline.text()


def test_department_order_at_cost(qtbot, window):
    signed_in(qtbot, window)
    scan(qtbot, window, MARKETING)
    scan(qtbot, window, "COAT-01")
    assert window.banner.headline.text() == "INTERNAL — department Marketing"
    assert "CC-4100" in window.banner.detail.text()
    assert window.totals["total"].text() == "€100.00"
    shot(window, "department")


def test_quantity_open_amount_and_remove_line(qtbot, window):
    signed_in(qtbot, window)
    scan(qtbot, window, ANNA)
    scan(qtbot, window, "SHIRT-01")
    qtbot.keyClick(window.scan, Qt.Key.Key_F2)
    dialog = window.dialog
    assert isinstance(dialog, QuantityDialog)
    qtbot.keyClicks(dialog.qty, "3")
    qtbot.keyClick(dialog.qty, Qt.Key.Key_Return)
    assert cells(window, 2) == ["3"]
    qtbot.keyClick(window.scan, Qt.Key.Key_F3)
    dialog = window.dialog
    assert isinstance(dialog, OpenAmountDialog)
    dialog.category.setCurrentIndex(dialog.category.findData("GROC"))
    qtbot.keyClicks(dialog.amount, "12.50")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert cells(window, 1) == ["Shirt", "Groceries"]
    assert cells(window, 3) == ["40.00", "12.50"]
    qtbot.keyClick(window.scan, Qt.Key.Key_Up)
    qtbot.keyClick(window.scan, Qt.Key.Key_Delete)
    assert cells(window, 1) == ["Groceries"]
    assert window.scan.hasFocus()


def test_open_amount_refuses_a_bad_amount(qtbot, window):
    signed_in(qtbot, window)
    qtbot.keyClick(window.scan, Qt.Key.Key_F3)
    dialog = window.dialog
    dialog.category.setCurrentIndex(dialog.category.findData("GROC"))
    qtbot.keyClicks(dialog.amount, "12.5.0")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "12.5.0 has two decimal marks" in dialog.error.text()
    assert window.model.rowCount() == 0


def test_clear_basket_asks_first(qtbot, window):
    signed_in(qtbot, window)
    scan(qtbot, window, "COAT-01")
    window.confirm = lambda question: False
    qtbot.keyClick(window.scan, Qt.Key.Key_Escape)
    assert window.model.rowCount() == 1
    window.confirm = lambda question: True
    qtbot.keyClick(window.scan, Qt.Key.Key_Escape)
    assert window.model.rowCount() == 0


def test_refund_from_the_receipts_code_choosing_the_quantity(qtbot, window):
    signed_in(qtbot, window)
    scan(qtbot, window, ANNA)
    scan(qtbot, window, "COAT-01")
    qtbot.keyClick(window.scan, Qt.Key.Key_F12)
    sale_id = window.session.checkout.conn.execute("SELECT id FROM sales").fetchone()[0]
    code = sale_id.replace("-", "")[-8:].upper()
    assert code in window.last_sale_html
    qtbot.keyClick(window.scan, Qt.Key.Key_F8)
    dialog = window.dialog
    assert isinstance(dialog, RefundDialog)
    assert dialog.focusWidget() is dialog.sale_id
    qtbot.keyClicks(dialog.sale_id, code)
    qtbot.keyClick(dialog.sale_id, Qt.Key.Key_Return)  # loads; refunds nothing yet
    assert dialog.isVisible()
    assert dialog.lines.rowCount() == 1
    count = window.session.checkout.conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0]
    assert count == 1
    shot(dialog, "refund")
    window.confirm = lambda question: True
    dialog.ok.click()
    assert "Every quantity is 0" in dialog.error.text()
    dialog._spin(0).setValue(1)
    dialog.ok.click()  # 160.00 is above the store's 100.00: a supervisor approves it
    assert "needs a supervisor" in dialog.error.text()
    qtbot.keyClicks(dialog.supervisor, MARIA)
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClicks(dialog.reason, "coat too small")
    dialog.ok.click()
    assert not dialog.isVisible()
    assert "Refunded €160.00" in window.status.text()
    assert window.session.checkout.check(ANNA, at=AT).allowance.used == 0


def test_a_second_refund_under_the_limit_asks_for_the_supervisor_the_two_need(qtbot, window):
    """Four shirts (128.00): 64.00 refunded first, then the dialog shows the supervisor's
    fields for the other 64.00, as the sale's refunds together are above 100.00."""
    signed_in(qtbot, window)
    scan(qtbot, window, ANNA)
    for _ in range(4):
        scan(qtbot, window, "SHIRT-01")
    qtbot.keyClick(window.scan, Qt.Key.Key_F12)
    sale_id = window.session.checkout.conn.execute("SELECT id FROM sales").fetchone()[0]
    window.session.refund(sale_id, [(1, 2)])
    qtbot.keyClick(window.scan, Qt.Key.Key_F8)
    dialog = window.dialog
    qtbot.keyClicks(dialog.sale_id, sale_id)
    qtbot.keyClick(dialog.sale_id, Qt.Key.Key_Return)
    assert not dialog.form.isRowVisible(dialog.supervisor)
    dialog._spin(0).setValue(2)
    assert dialog.form.isRowVisible(dialog.supervisor)
    window.confirm = lambda question: True
    dialog.ok.click()
    assert "needs a supervisor" in dialog.error.text()
    count = window.session.checkout.conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0]
    assert count == 2  # the sale and the first refund only


def test_refund_of_an_unknown_sale_says_so(qtbot, window):
    signed_in(qtbot, window)
    qtbot.keyClick(window.scan, Qt.Key.Key_F8)
    dialog = window.dialog
    qtbot.keyClicks(dialog.sale_id, "nonsense")
    qtbot.keyClick(dialog.sale_id, Qt.Key.Key_Return)
    assert "There is no sale 'nonsense'" in dialog.error.text()
    dialog.ok.click()
    assert "load the sale first" in dialog.error.text().lower()


def test_a_locked_database_keeps_the_basket_and_records_nothing(
    qtbot, window, demo_path, monkeypatch
):
    signed_in(qtbot, window)
    scan(qtbot, window, ANNA)
    scan(qtbot, window, "COAT-01")
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 50)  # each write reads it as it waits
    other = sqlite3.connect(demo_path)
    other.execute("BEGIN IMMEDIATE")
    try:
        qtbot.keyClick(window.scan, Qt.Key.Key_F12)
    finally:
        other.rollback()
        other.close()
    assert "busy" in window.status.text()
    assert window.model.rowCount() == 1
    assert window.dialog is None
    assert journal.verify(window.session.checkout.conn) is None
    count = window.session.checkout.conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0]
    assert count == 0
    shot(window, "database-busy")
    qtbot.keyClick(window.scan, Qt.Key.Key_F12)  # the retry goes through, once
    count = window.session.checkout.conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0]
    assert count == 1


def test_readable_on_a_large_screen(qtbot, window):
    window.resize(1600, 900)
    signed_in(qtbot, window)
    scan(qtbot, window, ANNA)
    for sku in ("SHIRT-01", "COAT-01", "ELEC-05"):
        scan(qtbot, window, sku)
    assert window.table.width() > 1500
    assert window.totals["total"].width() >= window.totals["total"].sizeHint().width()
    shot(window, "large")


def test_cashier_screenshot_command_renders_the_demo_checkout(demo_path, tmp_path):
    import os
    import subprocess
    import sys

    out = tmp_path / "till.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pos_desktop",
            "--db",
            str(demo_path),
            "cashier",
            "--screenshot",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert out.read_bytes().startswith(b"\x89PNG")
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)


def test_store_that_requires_a_pin_asks_for_it_after_the_badge(qtbot, window):
    conn = window.session.checkout.conn
    conn.execute("UPDATE settings SET value = 'true' WHERE key = 'store.require_pin'")
    conn.commit()
    window.session.checkout.reload()
    scan(qtbot, window, PIOTR)  # no PIN set for Piotr
    assert window.session.cashier is None
    assert "has no PIN yet" in window.status.text()
    scan(qtbot, window, MARIA)
    dialog = window.dialog
    assert dialog is not None and dialog.windowTitle() == "Sign in"
    qtbot.keyClicks(dialog.pin, "0000")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert "Wrong PIN" in dialog.error.text()
    assert window.session.cashier is None
    shot(dialog, "pin")
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert window.session.cashier.employee_no == "E0003"
    assert "Signed in: Maria Popescu" in window.status.text()


@pytest.mark.skipif(
    __import__("sys").version_info >= (3, 12), reason="None is immortal from Python 3.12"
)
def test_the_qt_binding_keeps_none_alive_through_thousands_of_calls(qtbot, window):
    """A binding that drops a reference to None per call aborts the till after a few hundred
    scans on Python 3.11 (PySide6 6.12.0 did)."""
    import sys

    before = sys.getrefcount(None)
    for _ in range(500):
        window.status.setText("x")
        window.banner.repaint()
    assert sys.getrefcount(None) >= before - 50


def test_quantity_dialog_refuses_a_scanned_barcode(qtbot, window):
    signed_in(qtbot, window)
    scan(qtbot, window, "SHIRT-01")
    qtbot.keyClick(window.scan, Qt.Key.Key_F2)
    dialog = window.dialog
    dialog.qty.clear()
    qtbot.keyClicks(dialog.qty, "5900000000015")
    qtbot.keyClick(dialog.qty, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "quantity from 1 to 999" in dialog.error.text()
    assert cells(window, 2) == ["1"]


def test_an_unknown_badge_like_barcode_does_not_replace_the_customer(qtbot, window):
    signed_in(qtbot, window)
    scan(qtbot, window, ANNA)
    scan(qtbot, window, "COAT-01")
    scan(qtbot, window, "2012345000018")
    assert window.session.customer == ANNA
    assert window.totals["discount"].text() == "40.00"
    assert "the customer stays" in window.status.text()


def test_product_barcode_with_a_scanner_prefix_and_a_lowercase_sku(qtbot, window):
    signed_in(qtbot, window)
    barcode = window.session.checkout.conn.execute(
        "SELECT barcode FROM products WHERE sku = 'COAT-01'"
    ).fetchone()[0]
    scan(qtbot, window, f"]E0{barcode}")
    scan(qtbot, window, "shirt-01")
    assert cells(window, 1) == ["Winter coat", "Shirt"]


def test_a_bad_scan_goes_to_the_message_line_and_the_banner_keeps_the_customer(qtbot, window):
    signed_in(qtbot, window)
    scan(qtbot, window, JOHN)
    scan(qtbot, window, "garbage!")
    assert window.banner.state == "blocked"  # the red alert stays
    assert "Scan again" in window.status.text()
    scan(qtbot, window, STRANGER)  # a badge-like code not in the registry, mid-basket
    assert window.banner.state == "blocked"
    assert "the customer stays" in window.status.text()
    shot(window, "bad-scan-keeps-blocked")
    qtbot.keyClick(window.scan, Qt.Key.Key_Escape)
    scan(qtbot, window, ANNA)
    scan(qtbot, window, "garbage!")
    assert window.banner.state == "internal"
    scan(qtbot, window, "SHIRT-01")
    assert window.banner.headline.text() == "INTERNAL — employee"
    qtbot.keyClick(window.scan, Qt.Key.Key_Return)  # an empty Enter changes nothing
    assert window.banner.headline.text() == "INTERNAL — employee"


def test_a_locked_till_refuses_open_amounts_and_refunds(qtbot, window):
    qtbot.keyClick(window.scan, Qt.Key.Key_F3)
    assert window.dialog is None
    assert "scan your badge" in window.status.text()
    qtbot.keyClick(window.scan, Qt.Key.Key_F8)
    assert window.dialog is None


def test_escape_with_a_customer_and_no_basket_forgets_the_customer(qtbot, window):
    signed_in(qtbot, window)
    scan(qtbot, window, ANNA)
    qtbot.keyClick(window.scan, Qt.Key.Key_Escape)
    assert window.session.customer is None
    assert window.banner.headline.text() == "Ready — scan the customer's badge"


def test_the_chosen_line_survives_a_new_customer(qtbot, window):
    signed_in(qtbot, window)
    scan(qtbot, window, "SHIRT-01")
    scan(qtbot, window, "COAT-01")
    qtbot.keyClick(window.scan, Qt.Key.Key_Up)
    scan(qtbot, window, ANNA)
    assert window.selected_row() == 0
    qtbot.keyClick(window.scan, Qt.Key.Key_Delete)
    assert cells(window, 1) == ["Winter coat"]


def test_a_busy_database_during_a_refund_is_a_message_not_a_crash(
    qtbot, window, demo_path, monkeypatch
):
    signed_in(qtbot, window)
    scan(qtbot, window, "COAT-01")
    qtbot.keyClick(window.scan, Qt.Key.Key_F12)
    sale_id = window.session.checkout.conn.execute("SELECT id FROM sales").fetchone()[0]
    qtbot.keyClick(window.scan, Qt.Key.Key_F8)
    dialog = window.dialog
    qtbot.keyClicks(dialog.sale_id, sale_id)
    qtbot.keyClick(dialog.sale_id, Qt.Key.Key_Return)
    dialog._spin(0).setValue(1)
    dialog.approval_above = None
    window.confirm = lambda question: True
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 50)  # each write reads it as it waits
    other = sqlite3.connect(demo_path)
    other.execute("BEGIN IMMEDIATE")
    try:
        dialog.ok.click()
    finally:
        other.rollback()
        other.close()
    assert dialog.isVisible()
    assert "is busy" in dialog.error.text()


def test_a_plain_start_takes_the_fast_path_and_anything_else_the_command_line():
    from pos_desktop.launch import _plain_till_start

    assert _plain_till_start([]) == (None, None, set())
    assert _plain_till_start(["cashier"]) == (None, None, set())
    assert _plain_till_start(["--db", "x.sqlite", "cashier", "--exit-when-ready"]) == (
        Path("x.sqlite"),
        None,
        {"--exit-when-ready"},
    )
    assert _plain_till_start(["--db", "x.sqlite"]) == (Path("x.sqlite"), None, set())
    assert _plain_till_start(["cashier", "--demo"]) is None
    assert _plain_till_start(["check", "123"]) is None
    assert _plain_till_start(["--version"]) is None


def test_the_banner_shows_the_employees_photo(qtbot, window, tmp_path):
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(80, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#aa5533"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    conn = window.session.checkout.conn
    conn.execute("UPDATE staff SET photo = ? WHERE employee_no = 'E0001'", (bytes(buffer.data()),))
    conn.commit()
    signed_in(qtbot, window)
    scan(qtbot, window, ANNA)
    assert window.banner.photo.isVisible()
    shot(window, "photo")
    qtbot.keyClick(window.scan, Qt.Key.Key_Escape)
    scan(qtbot, window, STRANGER)
    assert not window.banner.photo.isVisible()


def test_a_till_that_quits_leaves_no_window_alive(qtbot, demo_path):
    """A till window kept alive by its own parts (a key's action holding the window) lives on
    until the interpreter shuts down, where its scan field's Python code runs half torn down:
    the start-up benchmark's till crashed there. Once the till has quit, its window is gone."""
    import gc

    from PySide6.QtWidgets import QApplication

    from pos_desktop.ui.cashier import app as till_app

    def tills() -> set[int]:
        return {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, CashierWindow)}

    before = tills()  # earlier tests' windows, if any are still about
    assert till_app.run(demo_path, exit_when_open=True) == 0
    gc.collect()
    assert tills() <= before

"""A cashier's day at the till, driven by keys as a cashier and a scanner drive it, in English,
Polish and Romanian at 1024x768: no way around a BLOCKED verdict, refunds and open amounts a
rushed cashier cannot get wrong, and a screen that says what it means.

Each state's screenshot is saved under tests/screenshots/till-<language>-<state>.png.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pos_desktop import i18n
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.errors import InputError
from pos_desktop.core.money import Amount
from pos_desktop.core.reports import flags
from pos_desktop.core.till import TillSession
from pos_desktop.ui.cashier.dialogs import OpenAmountDialog, OverrideDialog
from pos_desktop.ui.cashier.refunding import RefundDialog
from pos_desktop.ui.cashier.window import CashierWindow
from tests.conftest import ANNA, DEMO_DAY, JOHN, MARIA, MARKETING, PIOTR
from tests.ui.test_language_screens import clipped

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)
LANGUAGES = ["en", "pl", "ro"]


@pytest.fixture
def till(qtbot, demo_path, request):
    """The till at 1024x768 in the language of the test's `language` parameter (English
    when it has none), with Piotr signed in."""
    language = getattr(request, "param", "en")
    i18n.use(language)
    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    win = CashierWindow(session)
    qtbot.add_widget(win)
    win.resize(1024, 768)
    win.show()
    assert QTest.qWaitForWindowExposed(win)
    win.language = language
    win.asked = []

    def confirm(question: str) -> bool:
        win.asked.append(question)
        return win.answer

    win.answer = True
    win.confirm = confirm
    scan(qtbot, win, PIOTR)
    assert session.cashier is not None
    yield win
    session.checkout.conn.close()


def scan(qtbot, win: CashierWindow, text: str) -> None:
    qtbot.keyClicks(win.scan, text)
    qtbot.keyClick(win.scan, Qt.Key.Key_Return)


def key(qtbot, win: CashierWindow, which: Qt.Key) -> None:
    qtbot.keyClick(win.scan, which)


def enter(qtbot, field) -> None:
    qtbot.keyClick(field, Qt.Key.Key_Return)


def shot(widget, win: CashierWindow, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"till-{win.language}-{name}.png"))


def day_flags(win: CashierWindow) -> list[flags.Flag]:
    """The day's flags but `backdated`: this till sells on a fixed day in the past, so each of
    its sales is also marked as entered later (that flag has tests of its own)."""
    checkout = win.session.checkout
    found = flags.find(checkout.conn, checkout.rules, DEMO_DAY, DEMO_DAY)
    return [flag for flag in found if flag.kind != "backdated"]


# 1. No way around a BLOCKED verdict


@pytest.mark.parametrize("till", LANGUAGES, indirect=True)
def test_a_colleagues_badge_after_a_blocked_one_needs_a_supervisor(qtbot, till):
    scan(qtbot, till, JOHN)
    scan(qtbot, till, "SHIRT-01")
    assert till.banner.state == "blocked"
    scan(qtbot, till, ANNA)
    assert till.banner.state == "blocked"  # still red: the switch waits for a supervisor
    assert "John Smith" in till.banner.detail.text()  # whose badge, never its number
    assert "2000000000060" not in till.banner.detail.text()
    assert till.totals["discount"].text() == i18n.amount(0, "EUR")
    held = i18n.translate(
        "Pricing",
        "customer changed after a blocked badge: regular price until a supervisor approves",
    )
    assert held[1:] in till.status.text()  # the message line in the language too
    assert not [r for r in clipped(till) if "headline" in r]
    shot(till, till, "switch-held")

    key(qtbot, till, Qt.Key.Key_F7)
    dialog = till.dialog
    assert isinstance(dialog, OverrideDialog)
    size = dialog.size()
    qtbot.keyClicks(dialog.badge, MARIA)
    enter(qtbot, dialog.badge)
    qtbot.keyClicks(dialog.pin, "0000")
    enter(qtbot, dialog.pin)
    qtbot.keyClicks(dialog.reason, "John's badge was an old one")
    enter(qtbot, dialog.reason)
    assert dialog.isVisible() and dialog.error.text()  # wrong PIN
    assert dialog.size() == size  # the problem line had its room from the start
    assert dialog.focusWidget() is dialog.pin and not dialog.pin.text()
    shot(dialog, till, "switch-wrong-pin")
    qtbot.keyClicks(dialog.pin, "1234")
    assert not dialog.error.text()  # the stale problem went as the PIN was corrected
    enter(qtbot, dialog.pin)
    enter(qtbot, dialog.reason)
    assert till.dialog is None
    assert till.banner.state == "internal"
    assert "Maria" in till.banner.detail.text()  # the banner names who approved
    assert till.totals["discount"].text() == i18n.amount(800, "EUR")
    shot(till, till, "switch-approved")
    key(qtbot, till, Qt.Key.Key_F12)
    [flag] = day_flags(till)
    assert flag.kind == "blocked_then_switched"


def test_without_approval_a_switched_basket_is_sold_at_the_regular_price_and_flagged(qtbot, till):
    scan(qtbot, till, JOHN)
    scan(qtbot, till, ANNA)
    scan(qtbot, till, "COAT-01")
    key(qtbot, till, Qt.Key.Key_F12)
    assert "€200.00" in till.status.text()
    [flag] = day_flags(till)
    assert flag.kind == "blocked_then_switched" and "not approved" in flag.detail


def test_an_employees_basket_moved_to_a_department_needs_a_supervisor(qtbot, till):
    scan(qtbot, till, ANNA)
    scan(qtbot, till, "COAT-01")
    scan(qtbot, till, MARKETING)
    assert till.banner.state == "not_eligible"
    assert till.totals["total"].text() == "€200.00"
    shot(till, till, "department-held")
    key(qtbot, till, Qt.Key.Key_F7)
    dialog = till.dialog
    for field, text in ((dialog.badge, MARIA), (dialog.pin, "1234"), (dialog.reason, "for MKT")):
        qtbot.keyClicks(field, text)
        enter(qtbot, field)
    assert till.totals["total"].text() == "€100.00"  # at cost, once approved
    key(qtbot, till, Qt.Key.Key_F12)
    assert [f.kind for f in day_flags(till)] == ["switched_to_department"]


# 2. Refunds a cashier cannot get wrong


def sell(qtbot, win: CashierWindow, *items: str, customer: str = ANNA) -> str:
    scan(qtbot, win, customer)
    for item in items:
        scan(qtbot, win, item)
    key(qtbot, win, Qt.Key.Key_F12)
    return win.last_receipt.refund_code


@pytest.mark.parametrize("till", LANGUAGES, indirect=True)
def test_a_refund_starts_at_zero_shows_what_was_paid_and_asks_first(qtbot, till, tmp_path):
    code = sell(qtbot, till, "SHIRT-01", "SHIRT-01", "WINE-01")
    key(qtbot, till, Qt.Key.Key_F8)
    dialog = till.dialog
    assert isinstance(dialog, RefundDialog)
    qtbot.keyClicks(dialog.sale_id, code.lower())
    enter(qtbot, dialog.sale_id)
    spins = [dialog._spin(r) for r in range(dialog.lines.rowCount())]
    assert [s.value() for s in spins] == [0, 0]  # nothing is refunded by Enter alone
    assert dialog.lines.item(0, 2).text() == i18n.amount(6400, "EUR")  # paid, after discount
    assert dialog.total.text() == i18n.money(0, "EUR")
    assert dialog.focusWidget() is spins[0]
    qtbot.keyClick(spins[0], Qt.Key.Key_Up)  # one shirt
    assert dialog.total.text() == i18n.money(3200, "EUR")
    qtbot.keyClick(spins[0], Qt.Key.Key_Tab)  # one Tab stop to the next quantity
    assert dialog.focusWidget() is spins[1]
    qtbot.keyClick(spins[1], Qt.Key.Key_Up)
    assert dialog.total.text() == i18n.money(5200, "EUR")
    shot(dialog, till, "refund-chosen")
    till.answer = False
    enter(qtbot, spins[1])
    assert till.asked and i18n.money(5200, "EUR") in till.asked[-1]
    assert dialog.isVisible()  # said no: nothing refunded
    assert till.session.checkout.conn.execute("SELECT count(*) FROM sales").fetchone()[0] == 1
    till.answer = True
    enter(qtbot, spins[1])
    assert till.dialog is None
    assert till.middle.currentWidget() is till.receipt  # the refund slip
    assert any(word in till.last_sale_html for word in ("REFUND", "ZWROT", "RETUR"))
    shot(till, till, "refund-slip")
    slip = tmp_path / "slip.pdf"
    till.save_receipt_pdf(slip)  # Ctrl+S saves the slip, as Ctrl+P prints it
    assert pages(slip) == 1

    key(qtbot, till, Qt.Key.Key_F8)  # again: what was refunded shows
    dialog = till.dialog
    qtbot.keyClicks(dialog.sale_id, code)
    enter(qtbot, dialog.sale_id)
    assert [dialog.lines.item(r, 3).text() for r in range(2)] == ["1", "1"]
    assert dialog._spin(0).maximum() == 1 and not dialog._spin(1).isEnabled()
    shot(dialog, till, "refund-again")
    dialog.reject()


def test_a_large_refund_needs_a_supervisor(qtbot, till):
    code = sell(qtbot, till, "COAT-01")
    key(qtbot, till, Qt.Key.Key_F8)
    dialog = till.dialog
    qtbot.keyClicks(dialog.sale_id, code)
    enter(qtbot, dialog.sale_id)
    assert not dialog.supervisor.isVisible()
    qtbot.keyClick(dialog._spin(0), Qt.Key.Key_Up)  # 160.00, above the store's 100.00
    assert dialog.supervisor.isVisible()
    enter(qtbot, dialog._spin(0))
    assert "supervisor" in dialog.error.text()
    assert dialog.focusWidget() is dialog.supervisor
    shot(dialog, till, "refund-supervisor")
    qtbot.keyClicks(dialog.supervisor, MARIA)
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClicks(dialog.reason, "wrong size")
    enter(qtbot, dialog.reason)
    assert till.dialog is None
    row = till.session.checkout.conn.execute(
        "SELECT actor FROM audit WHERE action = 'refund.approve'"
    ).fetchone()
    assert row["actor"] == "E0003"


# 3. Open amounts with sense


@pytest.mark.parametrize("till", LANGUAGES, indirect=True)
def test_an_open_amount_needs_a_category_a_sane_amount_and_a_yes_above_half(qtbot, till):
    key(qtbot, till, Qt.Key.Key_F3)
    dialog = till.dialog
    assert isinstance(dialog, OpenAmountDialog)
    assert dialog.category.currentIndex() == -1  # nothing chosen for a rushed cashier
    size = dialog.size()
    qtbot.keyClick(dialog.category, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.amount, "12,50")
    enter(qtbot, dialog.amount)
    assert dialog.isVisible() and dialog.error.text()
    assert dialog.focusWidget() is dialog.category
    shot(dialog, till, "open-no-category")
    qtbot.keyClick(dialog.category, Qt.Key.Key_Down)
    assert dialog.category.currentIndex() == 0 and not dialog.error.text()
    qtbot.keyClick(dialog.category, Qt.Key.Key_Tab)
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "1250")
    enter(qtbot, dialog.amount)
    # above the store's largest: the core's words, as `sell`, `quote` and F2 say them
    with pytest.raises(InputError) as core:
        till.session.add_open_amount("GROC", 125000)
    words = i18n.say(core.value)
    assert dialog.error.text() == words[:1].upper() + words[1:] + "."
    assert f" {i18n.say(Amount(100000, 'EUR'))} EUR; " in words  # money, in the language
    assert dialog.size() == size
    assert dialog.focusWidget() is dialog.amount and dialog.amount.selectedText() == "1250"
    shot(dialog, till, "open-too-much")
    qtbot.keyClicks(dialog.amount, "600")  # replaces the selected 1250
    till.answer = False
    enter(qtbot, dialog.amount)
    assert till.asked and i18n.money(60000, "EUR") in till.asked[-1]
    assert dialog.isVisible() and till.model.rowCount() == 0
    till.answer = True
    enter(qtbot, dialog.amount)
    assert till.dialog is None and till.model.rowCount() == 1
    assert till.middle.currentWidget() is till.table


def test_an_open_amount_after_a_sale_shows_the_new_basket_not_the_receipt(qtbot, till):
    sell(qtbot, till, "SHIRT-01")
    assert till.middle.currentWidget() is till.receipt
    key(qtbot, till, Qt.Key.Key_F3)
    dialog = till.dialog
    qtbot.keyClick(dialog.category, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.category, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.amount, "12.50")
    enter(qtbot, dialog.amount)
    assert till.middle.currentWidget() is till.table
    assert till.totals["total"].text() == "€12.50"


def test_the_core_refuses_an_open_amount_above_the_largest(qtbot, till):
    with pytest.raises(InputError, match=r"at most 1000\.00 EUR"):
        till.session.add_open_amount("GROC", 100001)


# 4. What the cashier sees


@pytest.mark.parametrize("till", LANGUAGES, indirect=True)
def test_the_screen_says_what_it_means(qtbot, till):
    scan(qtbot, till, ANNA)
    left = i18n.money(100000, "EUR")
    assert left in till.banner.detail.text()
    assert left in till.status.text()  # the message line writes money as the banner does
    shot(till, till, "customer")
    scan(qtbot, till, "SHIRT-01")
    scan(qtbot, till, "20000000x0016")  # a bad scan: the message line, not the banner
    assert till.banner.state == "internal"
    assert till.status_mark.text()
    shot(till, till, "bad-scan")
    scan(qtbot, till, "SHIRT-01")  # the same product again: its line's quantity
    assert till.model.rowCount() == 1
    assert str(till.model.index(0, 2).data()) == "2"
    key(qtbot, till, Qt.Key.Key_F12)
    total = i18n.money(6400, "EUR")
    assert till.totals["total"].text() == total  # what to pay stays on screen
    assert till.receipt.verticalScrollBar().value() == 0
    shot(till, till, "after-f12")
    key(qtbot, till, Qt.Key.Key_F6)
    assert till.banner.state == "external"
    assert till.banner.headline.text() == i18n.translate("CashierWindow", "EXTERNAL — walk-in")
    assert till.totals["total"].text() == total  # still, with the receipt, until a scan
    shot(till, till, "walk-in")
    scan(qtbot, till, "COAT-01")  # the next scan starts the next sale
    assert till.totals["total"].text() == i18n.money(20000, "EUR")


def test_a_normal_receipt_pdf_is_one_page(qtbot, till, tmp_path):
    sell(qtbot, till, "SHIRT-01", "WINE-01", "COAT-01", "CLOT-03", "ELEC-02")
    pdf = tmp_path / "receipt.pdf"
    till.save_receipt_pdf(pdf)
    assert pages(pdf) == 1


def pages(pdf: Path) -> int:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    return document.pageCount()


# 5. Fits the screens it claims


@pytest.mark.parametrize("till", LANGUAGES, indirect=True)
def test_the_till_fits_1024x768_under_a_title_bar_and_a_panel(qtbot, till):
    scan(qtbot, till, ANNA)
    for item in ("SHIRT-01", "WINE-01", "COAT-01"):
        scan(qtbot, till, item)
    till.resize(1024, 768 - 30 - 28)  # openbox's title bar and a panel
    qtbot.wait(20)
    assert till.minimumSizeHint().height() <= till.height()
    allowance = till.totals["allowance"]
    bottom = allowance.mapTo(till, allowance.rect().bottomLeft()).y()
    assert bottom < till.height()
    assert clipped(till) == []
    shot(till, till, "1024x710")

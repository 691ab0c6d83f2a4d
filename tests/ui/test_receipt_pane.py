"""The receipt in place of the basket after F12 (and a refund's slip after F8) shows from its
top, the store's name, the till and the cashier, even when it is longer than the pane at
1024x768 and the cashier had scrolled down the one before. Screenshots in en, pl and ro:
tests/screenshots/till-<language>-long-receipt.png and -refund-slip-top.png."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pos_desktop import i18n
from pos_desktop.i18n import translate
from tests.conftest import ANNA, MARIA
from tests.ui.test_till_day import LANGUAGES, enter, key, scan, sell, shot, till

__all__ = ["till"]  # the till fixture, at 1024x768 in each language

FIVE_LINES = ("SHIRT-01", "WINE-01", "COAT-01", "CLOT-03", "ELEC-02")


def store_name_in_view(till) -> bool:
    """The receipt's first line (the store's name) is inside the pane's visible part."""
    pane = till.receipt
    top = pane.document().firstBlock().layout().position().y()
    return pane.verticalScrollBar().value() <= top and pane.viewport().height() > 0


@pytest.mark.parametrize("till", LANGUAGES, indirect=True)
def test_after_f12_a_receipt_longer_than_the_pane_shows_from_the_store_s_name(qtbot, till):
    sell(qtbot, till, *FIVE_LINES)
    bar = till.receipt.verticalScrollBar()
    assert bar.maximum() > 0  # longer than the pane: there is something to scroll
    qtbot.waitUntil(lambda: till.receipt.isVisible())
    assert bar.value() == 0
    assert store_name_in_view(till)
    shot(till, till, "long-receipt")
    till.hide()  # the till minimised and brought back keeps the receipt's top in view
    till.show()
    assert bar.value() == 0


@pytest.mark.parametrize("till", LANGUAGES, indirect=True)
def test_a_refund_slip_shows_from_its_top_though_the_receipt_was_scrolled_down(qtbot, till):
    code = sell(qtbot, till, *FIVE_LINES)
    bar = till.receipt.verticalScrollBar()
    bar.setValue(bar.maximum())  # the cashier read the receipt's foot with the wheel
    key(qtbot, till, Qt.Key.Key_F8)
    dialog = till.dialog
    qtbot.keyClicks(dialog.sale_id, code)
    enter(qtbot, dialog.sale_id)
    for row in range(dialog.lines.rowCount()):
        dialog._spin(row).setValue(1)
    till.answer = True
    assert dialog.needs_supervisor()
    for field, text in ((dialog.supervisor, MARIA), (dialog.pin, "1234"), (dialog.reason, "back")):
        qtbot.keyClicks(field, text)
    dialog.ok.click()
    assert not dialog.isVisible(), dialog.error.text()
    assert till.middle.currentWidget() is till.receipt
    assert bar.maximum() > 0  # the slip is longer than the pane too
    assert bar.value() == 0
    assert store_name_in_view(till)
    shot(till, till, "refund-slip-top")


def test_a_receipt_put_in_the_pane_before_it_is_first_shown_opens_at_its_top(qtbot, till):
    """The pane scrolls to its text cursor when first shown, and filling the document left
    that cursor at the receipt's foot: a receipt shown then opened at its refund code."""
    from pos_desktop.ui.cashier.receipt_pane import ReceiptPane

    sell(qtbot, till, *FIVE_LINES)
    pane = ReceiptPane()
    qtbot.add_widget(pane)
    pane.resize(600, 200)
    pane.show_receipt(till.last_receipt)
    pane.show()
    assert pane.verticalScrollBar().maximum() > 0
    assert pane.verticalScrollBar().value() == 0
    assert pane.textCursor().atStart()


def refund_first_line(qtbot, till, code: str) -> None:
    """F8, the sale's refund code and Enter, one of the first line, Enter and yes."""
    key(qtbot, till, Qt.Key.Key_F8)
    dialog = till.dialog
    qtbot.keyClicks(dialog.sale_id, code)
    enter(qtbot, dialog.sale_id)
    qtbot.keyClick(dialog._spin(0), Qt.Key.Key_Up)
    till.answer = True
    enter(qtbot, dialog._spin(0))
    assert till.dialog is None


@pytest.mark.parametrize("till", LANGUAGES, indirect=True)
def test_after_a_refund_the_totals_say_what_is_paid_back_not_the_sale_s_total(qtbot, till):
    code = sell(qtbot, till, "SHIRT-01", "WINE-01")
    sale_total = till.totals["total"].text()
    assert sale_total == i18n.money(5200, "EUR")  # the sale just paid
    refund_first_line(qtbot, till, code)
    assert till.middle.currentWidget() is till.receipt  # the refund slip
    paid_back = translate("CashierWindow", "Paid back")
    assert till.totals_block.total_caption.text() == paid_back
    assert till.totals["total"].text() == i18n.money(-3200, "EUR")  # one shirt, after discount
    assert till.totals["total"].accessibleName().startswith(paid_back)
    assert till.totals["subtotal"].text() == i18n.amount(4000, "EUR")
    assert till.totals["allowance"].text() == "—"
    shot(till, till, "refund-totals")
    scan(qtbot, till, ANNA)  # the next customer: the basket's figures and caption again
    scan(qtbot, till, "WINE-01")
    assert till.totals_block.total_caption.text() == translate("CashierWindow", "Total")
    assert till.totals["total"].text() == i18n.money(2000, "EUR")


@pytest.mark.parametrize("till", LANGUAGES, indirect=True)
def test_a_refund_slip_fits_the_pane_s_width(qtbot, till):
    code = sell(qtbot, till, *FIVE_LINES)
    refund_first_line(qtbot, till, code)
    qtbot.waitUntil(lambda: till.receipt.isVisible())
    assert till.receipt.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways
    code = sell(qtbot, till, *FIVE_LINES)  # and a sale's receipt as well
    assert till.receipt.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("till", LANGUAGES, indirect=True)
def test_a_receipt_is_never_wider_than_its_pane_at_any_width(qtbot, till):
    """Qt laid a 100% table out a pixel wider than the page at about half of all widths."""
    from PySide6.QtGui import QTextDocument

    from pos_desktop.printing.receipt import receipt_html

    code = sell(qtbot, till, *FIVE_LINES)
    sale = till.last_receipt
    refund_first_line(qtbot, till, code)
    for receipt in (sale, till.last_receipt):
        document = QTextDocument()
        document.setDefaultFont(till.receipt.document().defaultFont())
        document.setHtml(receipt_html(receipt, 340))
        wider = []
        for width in range(360, 1101):
            document.setTextWidth(width)
            if document.size().width() > width:
                wider.append(width)
        assert wider == []

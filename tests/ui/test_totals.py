"""The till's totals block alone: its four figures and what a screen reader hears."""

from __future__ import annotations

from pos_desktop.ui.cashier.totals import TotalsBlock


def test_an_empty_basket_shows_zeros_and_no_allowance_and_each_value_is_heard_with_its_caption(
    qtbot,
):
    block = TotalsBlock("EUR")
    qtbot.add_widget(block)
    block.show_quote(None)
    assert block.values["subtotal"].text() == "0.00"
    assert block.values["discount"].text() == "0.00"
    assert block.values["total"].text() == "€0.00"
    assert block.values["allowance"].text() == "—"
    assert block.values["total"].accessibleName() == "Total: €0.00"
    assert block.values["allowance"].accessibleName() == "Allowance after: —"

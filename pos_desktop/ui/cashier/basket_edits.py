"""Changing the basket's lines at the till: F2 the chosen line's quantity, F3 an open amount
(an item not in the catalogue), Del the chosen line removed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from pos_desktop.i18n import money, translate

if TYPE_CHECKING:
    from pos_desktop.ui.cashier.dialogs import OpenAmountDialog, Till


def change_quantity(window: Till) -> None:
    """F2: the chosen line's new quantity."""
    row = window._require_row()
    if row is None:
        return
    line = window.session.lines[row]
    from pos_desktop.ui.cashier import dialogs

    parent = window if isinstance(window, QWidget) else None
    dialog = dialogs.QuantityDialog(f"{line.name} ({line.qty})", line.qty, parent)
    dialog.accepted.connect(lambda: _set_quantity(window, row, dialog.value))
    window._open(dialog)


def _set_quantity(window: Till, row: int, qty: int) -> None:
    session = window.session
    if window._guard(lambda: session.set_quantity(row, qty) or True):
        text = translate("CashierWindow", "{item}: quantity {qty}.")
        window.say(text.format(item=session.lines[row].name, qty=qty))
    window.refresh()
    window.table.selectRow(row)


def open_amount(window: Till) -> None:
    """F3: an item not in the catalogue, by its category and amount."""
    if window._require_cashier():
        from pos_desktop.ui.cashier import dialogs

        parent = window if isinstance(window, QWidget) else None
        dialog = dialogs.OpenAmountDialog(
            window.session.checkout, parent, lambda question: window.confirm(question)
        )
        dialog.accepted.connect(lambda: _add_open(window, dialog))
        window._open(dialog)


def _add_open(window: Till, dialog: OpenAmountDialog) -> None:
    if dialog.result_value is not None:
        category, amount = dialog.result_value
        line = window._guard(lambda: window.session.add_open_amount(category, amount))
        if line is not None:
            window.middle.setCurrentWidget(window.table)  # the next sale's basket, not a receipt
            text = translate("CashierWindow", "Added {item} {amount}.")
            window.say(text.format(item=line.name, amount=money(amount, window.currency)))
        window.refresh()
        window.table.selectRow(window.model.rowCount() - 1)


def remove_line(window: Till) -> None:
    """Del (in an empty scan field): the chosen line out of the basket."""
    row = window._require_row()
    if row is not None:
        line = window._guard(lambda: window.session.remove(row))
        if line is not None:
            window.say(translate("CashierWindow", "Removed {item}.").format(item=line.name))
        window.refresh()

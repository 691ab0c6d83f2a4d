"""F9 at the till: charge the basket to the buyer's payroll instead of paying at the till.

The dialog names the buyer, the total and what is left of their payroll limit, asks the
buyer's own PIN (their employee's, for a dependant) when the store wants it, and records the
sale charged to payroll; a refusal (not eligible, past the limit, a wrong PIN) is shown in the
dialog and records nothing. The receipt says the sale was charged to payroll.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from pos_desktop.core import payroll
from pos_desktop.core.clock import period_words
from pos_desktop.core.errors import PosError
from pos_desktop.core.sale import Sale
from pos_desktop.i18n import money, say, translate
from pos_desktop.ui.cashier.dialogs import Till, TillForm

if TYPE_CHECKING:
    from pos_desktop.core.till import TillSession


class PayrollDialog(TillForm):
    """Charge to payroll: who pays, how much, what is left, and their PIN."""

    def __init__(
        self, session: TillSession, room: payroll.PayrollRoom, parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("TillDialogs", "Charge to payroll"), parent)
        self.session = session
        self.sale: Sale | None = None
        checkout = session.checkout
        currency = checkout.rules.settings.currency
        quote = session.quote()
        holder = quote.verdict.holder
        # A dependant pays on the employee's account, with the employee's PIN: both say whose.
        account = holder.employee_name if holder and quote.verdict.dependant_no else None
        if account:
            said = translate(
                "TillDialogs", "{name} pays {amount} by payroll deduction, on {employee}'s account."
            ).format(
                name=holder.name if holder else "",
                amount=money(quote.total, currency),
                employee=account,
            )
        else:
            said = translate("TillDialogs", "{name} pays {amount} by payroll deduction.").format(
                name=holder.name if holder else "", amount=money(quote.total, currency)
            )
        self.summary = QLabel(said)
        self.summary.setWordWrap(True)
        self.form.addRow(self.summary)
        left = QLabel(
            translate("TillDialogs", "Payroll limit left {period}: {amount}").format(
                period=say(period_words(room.limit.period)), amount=money(room.left, currency)
            )
        )
        self.form.addRow(left)
        self.pin = QLineEdit()
        self.pin.setAccessibleName(translate("TillDialogs", "Buyer's PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        if checkout.rules.settings.payroll_pin:
            label = (
                translate("TillDialogs", "{employee}'s &PIN").format(employee=account)
                if account
                else translate("TillDialogs", "Buyer's &PIN")
            )
            self.form.addRow(label, self.pin)
            self.chain(self.pin)
        else:
            self.pin.hide()

        def accept() -> None:
            try:
                self.sale = session.complete(payroll.PAYROLL, self.pin.text() or None)
            except PosError:
                self.pin.clear()
                raise

        self.accept_with = accept


def charge_to_payroll(window: Till) -> None:
    """F9: the dialog for the basket on the till, or in the status line why this buyer cannot
    charge to payroll; a sale the dialog records is shown as any other."""
    session = window.session
    if session.cashier is None or not session.lines:
        window.say(
            translate("TillDialogs", "Scan the buyer's badge and the items first."), level="error"
        )
        return

    def buyer_room() -> payroll.PayrollRoom:
        quote = session.quote()
        checkout = session.checkout
        return payroll.check_buyer(checkout.conn, checkout.rules, quote.verdict, quote.at)

    room = window._guard(buyer_room)
    if room is None:
        return
    # On a chain till the sale's allowance question goes to the server now, while the buyer
    # types their PIN: the sale then takes its answer, or follows the offline rules, without
    # holding up the window (as F12 does, ui/cashier/sale_wait.py).
    window._guard(session.ask_server)
    dialog = PayrollDialog(session, room, window if isinstance(window, QWidget) else None)
    dialog.accepted.connect(lambda: window.complete_sale(lambda: dialog.sale))
    window._open(dialog)

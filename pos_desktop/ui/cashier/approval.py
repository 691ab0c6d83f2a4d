"""A supervisor's approval at the till (F7): the dialog for a cashier's own purchase or for a
customer changed after a blocked badge (or to a department); the banner then says who
approved (customer_view.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from pos_desktop.i18n import translate

if TYPE_CHECKING:
    from pos_desktop.core.sale import CustomerSwitch
    from pos_desktop.ui.cashier.dialogs import Till


def call_supervisor(window: Till) -> None:
    """F7: the approval dialog, when this customer's price needs one."""
    session = window.session
    if not window._guard(lambda: session.needs_supervisor):
        text = translate("CashierWindow", "No supervisor is needed for this customer.")
        window.say(text, level="error")
        return
    from pos_desktop.ui.cashier import dialogs

    switch = session.switch
    why = switch_words(switch) if switch is not None and not switch.approved else None
    parent = window if isinstance(window, QWidget) else None
    dialog = dialogs.OverrideDialog(session.approve, parent, why)
    dialog.accepted.connect(lambda: _approved(window))
    window._open(dialog)


def switch_words(switch: CustomerSwitch) -> str:
    """Why F7 asks a supervisor after a change of customer: whose badge the basket was
    started with, as the registry names them (as the banner does); the badge number only
    when the registry no longer knows it."""
    if switch.before_name:
        text = translate(
            "CashierWindow",
            "The customer changed after the badge of {name} in this basket; a supervisor "
            "approves the new customer's price.",
        )
        return text.format(name=switch.before_name)
    text = translate(
        "CashierWindow",
        "The customer changed after the badge {badge} in this basket; a supervisor "
        "approves the new customer's price.",
    )
    return text.format(badge=switch.before)


def _approved(window: Till) -> None:
    from pos_desktop.ui.cashier.customer_view import approver

    quote = window._guard(window.session.quote)
    name = approver(quote)[0] if quote is not None else ""
    window.say(translate("CashierWindow", "Approved by {name}.").format(name=name))
    window.refresh()

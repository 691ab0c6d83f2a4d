"""What the till's banner says about its customer: the till locked, a walk-in, ready for a
badge, or the customer's verdict (core/verdict_words.py) with, over it, a switch of customer
still waiting for a supervisor, or who approved and why."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pos_desktop.i18n import translate

if TYPE_CHECKING:
    from pos_desktop.core.rules import Rules
    from pos_desktop.core.sale import Quote
    from pos_desktop.core.verdict import Verdict
    from pos_desktop.ui.cashier.banner import VerdictBanner


def show_customer(
    banner: VerdictBanner,
    quote: Quote | None,
    rules: Rules,
    *,
    signed_in: bool,
    walk_in: bool,
    photo_of: Callable[[Verdict], bytes | None],
) -> None:
    """The banner for the till as it is now."""
    if not signed_in:
        banner.show_message(
            "idle",
            translate("CashierWindow", "Scan your badge to sign in"),
            translate("CashierWindow", "The till is locked."),
        )
    elif (quote is None or not quote.verdict.badge) and walk_in:
        banner.show_message(
            "external",
            translate("CashierWindow", "EXTERNAL — walk-in"),
            translate("CashierWindow", "Regular price: no staff badge was scanned."),
        )
    elif quote is None or not quote.verdict.badge:
        banner.show_message(
            "idle",
            translate("CashierWindow", "Ready — scan the customer's badge"),
            translate(
                "CashierWindow", "Walk-in customers pay the regular price; staff scan their badge."
            ),
        )
    else:
        from pos_desktop.core.verdict_words import card

        banner.show_card(card(quote.verdict, rules), photo_of(quote.verdict))
        _show_approval(banner, quote)


def _show_approval(banner: VerdictBanner, quote: Quote) -> None:
    """Over the customer's verdict: a switch waiting for a supervisor, or who approved."""
    switch = quote.switch
    holder = quote.verdict.holder
    name = holder.name if holder else quote.verdict.badge
    if switch is not None and not switch.approved:
        before = switch.before_name
        if switch.kind == "after_blocked":
            headline = translate("CashierWindow", "SUPERVISOR NEEDED — blocked badge first")
            detail = (
                translate(
                    "CashierWindow",
                    "{name} replaced the blocked badge of {before} in this basket: regular "
                    "price until a supervisor approves (F7). Esc clears the basket.",
                )
                if before
                else translate(
                    "CashierWindow",
                    "{name} replaced a blocked badge in this basket: regular price until a "
                    "supervisor approves (F7). Esc clears the basket.",
                )
            )
            state = "blocked"
        else:
            headline = translate("CashierWindow", "SUPERVISOR NEEDED — basket to department")
            detail = (
                translate(
                    "CashierWindow",
                    "{name} takes over the basket of {before} at cost only once a supervisor "
                    "approves (F7); regular price until then.",
                )
                if before
                else translate(
                    "CashierWindow",
                    "{name} takes over a staff member's basket at cost only once a supervisor "
                    "approves (F7); regular price until then.",
                )
            )
            state = "not_eligible"
        banner.show_message(state, headline, detail.format(name=name, before=before))
        return
    who, reason = approver(quote)
    if who:
        text = translate("CashierWindow", "Approved by {name}: {reason}")
        banner.add_line(text.format(name=who, reason=reason))


def approver(quote: Quote) -> tuple[str, str]:
    """Who approved what the basket needed (a switch, or the cashier's own purchase), and why."""
    switch = quote.switch
    if switch is not None and switch.supervisor is not None:
        return switch.supervisor.name, switch.reason or ""
    if quote.supervisor is not None:
        return quote.supervisor.name, quote.override_reason or ""
    return "", ""

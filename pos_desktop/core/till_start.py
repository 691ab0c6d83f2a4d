"""How a till gets going: the cashier signing in (badge, and PIN where the store asks for it),
and the basket kept from before a restart coming back.

The TillSession (core/till.py) calls these: they read the checkout and say who signed in,
what came back and what to tell the cashier; they keep nothing themselves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pos_desktop.core import drafts, pins
from pos_desktop.core.badge import normalise
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.errors import InputError, PosError
from pos_desktop.core.pricing import BasketLine
from pos_desktop.core.registry import StaffMember
from pos_desktop.core.text import QT_TRANSLATE_NOOP, join

NO_PIN = QT_TRANSLATE_NOOP("Till", "{name} has no PIN yet; ask an admin to set one")


def cashier(checkout: Checkout, badge: str, pin: str | None, at: dt.datetime) -> StaffMember:
    """The cashier signing in with their own badge, and their PIN where the store asks for
    it (a wrong one counts towards the PIN's lockout)."""
    member = checkout.cashier(badge, at=at)
    if checkout.rules.settings.require_pin or pin is not None:
        if not member.pin_hash:
            raise InputError(NO_PIN.format(name=member.name))
        if pin is None:
            raise InputError(
                QT_TRANSLATE_NOOP("Till", "this store signs in with badge and PIN").text()
            )
        try:
            pins.check_pin(
                checkout.conn,
                member,
                pin,
                badge=normalise(badge),
                place="till_sign_in",
                till=checkout.rules.settings.till,
            )
        except pins.WrongPin as exc:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Till", "wrong PIN; try again (tries left before the PIN locks: {count})"
                ).format(count=exc.left)
            ) from None
    return member


def pin_first(checkout: Checkout, badge: str, at: dt.datetime) -> str | None:
    """A cashier's badge scanned at a locked till of a store that signs in with a PIN: what
    to ask for next (None when the badge alone signs in)."""
    if not checkout.rules.settings.require_pin:
        return None
    member = checkout.cashier(badge, at=at)
    if not member.pin_hash:
        raise InputError(NO_PIN.format(name=member.name))
    return QT_TRANSLATE_NOOP("Till", "{name}: enter your PIN.").format(name=member.name)


def welcome(member: StaffMember, basket_waiting: bool) -> str:
    """What the till says to a cashier who has just signed in."""
    if basket_waiting:
        return QT_TRANSLATE_NOOP(
            "Till",
            "Signed in: {name}. The basket from before the restart is here and was "
            "not sold: F12 completes it, Esc clears it.",
        ).format(name=member.name)
    return QT_TRANSLATE_NOOP("Till", "Signed in: {name}. Scan the customer's badge.").format(
        name=member.name
    )


@dataclass(frozen=True)
class KeptBasket:
    """A basket saved before a restart as it comes back: at today's prices, without the
    lines gone from the catalogue meanwhile (`missing` counts them)."""

    lines: list[BasketLine]
    missing: int
    customer: str | None
    blocked_badge: str | None
    person_badge: str | None

    @property
    def empty(self) -> bool:
        return not self.lines and self.customer is None and self.blocked_badge is None


def kept_basket(checkout: Checkout, station: str) -> KeptBasket | None:
    """The basket this till saved before it stopped, or None when there was none."""
    draft = drafts.load(checkout.conn, station)
    if draft is None:
        return None
    restored: list[BasketLine] = []
    for entry in draft.lines:
        try:
            restored.append(_draft_line(checkout, entry))
        except (PosError, TypeError, ValueError):
            continue
    return KeptBasket(
        restored,
        len(draft.lines) - len(restored),
        draft.customer,
        draft.blocked_badge,
        draft.person_badge,
    )


def back_message(kept: KeptBasket, signed_in: bool) -> str:
    """What the till tells the cashier about a basket that came back after a restart."""
    back = QT_TRANSLATE_NOOP(
        "Till", "The basket from before the restart is back (lines: {lines}); it was not sold."
    )
    if kept.customer:
        back = QT_TRANSLATE_NOOP(
            "Till",
            "The basket from before the restart is back (lines: {lines}, customer "
            "{customer}); it was not sold.",
        )
    parts = [back.format(lines=len(kept.lines), customer=kept.customer)]
    if kept.missing:
        left_out = QT_TRANSLATE_NOOP(
            "Till", "Lines no longer in the catalogue were left out: {missing}."
        )
        parts.append(left_out.format(missing=kept.missing))
    if not signed_in:
        parts.append(
            QT_TRANSLATE_NOOP(
                "Till", "Scan your badge to sign in, then finish it (F12) or clear it (Esc)."
            ).text()
        )
    return join(" ", parts)


def _draft_line(checkout: Checkout, entry: dict[str, object]) -> BasketLine:
    qty = entry.get("qty", 1)
    if not isinstance(qty, int):
        raise InputError(QT_TRANSLATE_NOOP("Till", "a saved line has no quantity").text())
    sku = entry.get("sku")
    if isinstance(sku, str):
        return checkout.product_line(sku, qty)
    category, amount = entry.get("category"), entry.get("amount")
    if not isinstance(category, str) or not isinstance(amount, int):
        raise InputError(
            QT_TRANSLATE_NOOP("Till", "a saved line is neither a product nor an open amount").text()
        )
    return checkout.open_line(category, amount, qty)

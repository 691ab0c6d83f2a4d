"""One till's checkout in progress: who is signed in, who is buying, what is in the basket.

The cashier window is a view of a `TillSession`; everything it does (route a scan, change a
line, call a supervisor, complete the sale) is a method here that tests can call without Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Literal

from pos_desktop.core import clock
from pos_desktop.core.badge import normalise
from pos_desktop.core.checkout import Checkout, Override, Quote, Refund, Sale
from pos_desktop.core.errors import InputError
from pos_desktop.core.pricing import BasketLine
from pos_desktop.core.registry import StaffMember, pin_matches
from pos_desktop.core.verdict import Verdict

ScanKind = Literal["cashier", "pin", "customer", "product", "invalid"]


@dataclass(frozen=True)
class ScanResult:
    """What a scan did, for the window to show."""

    kind: ScanKind
    message: str
    verdict: Verdict | None = None


@dataclass
class TillSession:
    """The state of one checkout at one till, and the actions a cashier takes on it."""

    checkout: Checkout
    cashier: StaffMember | None = None
    customer: str | None = None  # the customer's badge as scanned; None is a walk-in
    lines: list[BasketLine] = field(default_factory=list)
    override: Override | None = None
    now: dt.datetime | None = None  # fixed moment for tests and demos; None is the clock

    @property
    def moment(self) -> dt.datetime:
        return self.now or clock.now()

    # Signing in

    def sign_in(self, badge: str, pin: str | None = None) -> StaffMember:
        """The cashier scans their own badge, and enters their PIN where the store asks for it."""
        member = self.checkout.cashier(badge, at=self.moment)
        if self.checkout.rules.settings.require_pin or pin is not None:
            if not member.pin_hash:
                raise InputError(f"{member.name} has no PIN yet; ask an admin to set one")
            if pin is None:
                raise InputError("this store signs in with badge and PIN")
            if not pin_matches(member.pin_hash, pin):
                raise InputError("wrong PIN; scan your badge again")
        self.cashier = member
        return member

    def sign_out(self) -> None:
        self.cashier = None
        self.new_sale()

    # Scanning

    def scan(self, raw: str) -> ScanResult:
        """Route a scan by what it is: a product barcode or SKU adds a line, a badge sets the
        customer, anything else asks to scan again (the basket stays as it was)."""
        text = raw.strip()
        if not text:
            return ScanResult("invalid", "Nothing was scanned. Scan again.")
        if self.cashier is None:
            try:
                if self.checkout.rules.settings.require_pin:
                    member = self.checkout.cashier(text, at=self.moment)
                    if not member.pin_hash:
                        raise InputError(f"{member.name} has no PIN yet; ask an admin to set one")
                    return ScanResult("pin", f"{member.name}: enter your PIN.")
                member = self.sign_in(text)
            except InputError as exc:
                return ScanResult("invalid", f"Sign in first: {exc}.")
            return ScanResult("cashier", f"Signed in: {member.name}. Scan the customer's badge.")
        try:
            line = self.checkout.product_line(text)
        except InputError:
            line = None
        if line is not None:
            self.lines.append(line)
            return ScanResult("product", f"Added {line.name}.")
        code = normalise(text)
        problem = self.checkout.rules.settings.badge_format.problem(code)
        if problem is not None:
            return ScanResult("invalid", f"Not a product or a badge ({problem}). Scan again.")
        verdict = self.set_customer(code)
        return ScanResult("customer", verdict.message, verdict)

    def set_customer(self, badge: str | None) -> Verdict:
        """A new customer re-prices the basket; any earlier override no longer applies."""
        self.customer = badge
        self.override = None
        return self.quote().verdict

    # The basket

    def add_open_amount(self, category: str, amount: int) -> BasketLine:
        line = self.checkout.open_line(category, amount)
        self.lines.append(line)
        return line

    def set_quantity(self, index: int, qty: int) -> None:
        line = self._line(index)
        if line.sku is not None:
            self.checkout.product_line(line.sku, qty)  # validates the quantity
        elif qty <= 0:
            raise InputError("the quantity must be at least 1")
        self.lines[index] = replace(line, qty=qty)

    def remove(self, index: int) -> BasketLine:
        self._line(index)
        return self.lines.pop(index)

    def new_sale(self) -> None:
        """Empty the basket and forget the customer, ready for the next one."""
        self.lines.clear()
        self.customer = None
        self.override = None

    def _line(self, index: int) -> BasketLine:
        if not 0 <= index < len(self.lines):
            raise InputError("choose a line of the basket first")
        return self.lines[index]

    # Pricing and finishing

    def quote(self) -> Quote:
        return self.checkout.quote(
            self.customer,
            list(self.lines),
            cashier=self.cashier,
            at=self.moment,
            override=self.override,
        )

    def approve(self, supervisor_badge: str, pin: str, reason: str) -> Quote:
        """A supervisor approves the cashier's own purchase; refused approvals change nothing."""
        candidate = Override(supervisor_badge, pin, reason)
        quote = self.checkout.quote(
            self.customer,
            list(self.lines),
            cashier=self.cashier,
            at=self.moment,
            override=candidate,
        )
        self.override = candidate
        return quote

    def complete(self) -> Sale:
        """Record the sale (one durable transaction); the basket empties only once it is in."""
        if self.cashier is None:
            raise InputError("sign in before selling")
        sale = self.checkout.sell(
            self.customer,
            list(self.lines),
            cashier=self.cashier,
            at=self.moment,
            override=self.override,
        )
        self.new_sale()
        return sale

    def refund(self, sale_id: str, lines: list[tuple[int, int | None]] | None = None) -> Refund:
        if self.cashier is None:
            raise InputError("sign in before refunding")
        return self.checkout.refund(sale_id, lines, cashier=self.cashier, at=self.moment)

"""One till's checkout in progress: who is signed in, who is buying, what is in the basket.

The cashier window is a view of a `TillSession`; everything it does (route a scan, change a
line, call a supervisor, complete the sale) is a method here that tests can call without Qt.
Database failures come out of every method as StorageError, in the cashier's words.

The basket is kept in the database on every change (core/drafts.py), so a till restarted after
a crash or a power cut comes back with it; see `restore_draft`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Concatenate, Literal, ParamSpec, TypeVar

from pos_desktop.core import clock, drafts, pins
from pos_desktop.core.badge import normalise
from pos_desktop.core.checkout import Checkout, Override, Quote, Refund, RefundableLine, Sale
from pos_desktop.core.db.storage import storage_errors
from pos_desktop.core.errors import InputError, PosError, StorageError
from pos_desktop.core.pricing import BasketLine
from pos_desktop.core.registry import StaffMember
from pos_desktop.core.text import QT_TRANSLATE_NOOP, join
from pos_desktop.core.verdict import Verdict

ScanKind = Literal["cashier", "pin", "customer", "product", "invalid", "empty"]
NO_PIN = QT_TRANSLATE_NOOP("Till", "{name} has no PIN yet; ask an admin to set one")
P = ParamSpec("P")
R = TypeVar("R")


def _in_cashier_words(
    method: Callable[Concatenate[TillSession, P], R],
) -> Callable[Concatenate[TillSession, P], R]:
    def wrapper(self: TillSession, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with storage_errors(self.database):
            return method(self, *args, **kwargs)

    wrapper.__doc__ = method.__doc__
    wrapper.__name__ = method.__name__
    return wrapper


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
    draft_problem: str | None = None  # why the basket could not be kept for a restart

    @functools.cached_property
    def station(self) -> str:
        """This till's key for its saved basket."""
        return drafts.station(self.checkout.rules.settings.till)

    @functools.cached_property
    def database(self) -> str:
        """The database's file name, for messages (the cashier needs no folder path)."""
        path = self.checkout.conn.execute("PRAGMA database_list").fetchone()[2]
        return Path(path).name if path else "in memory"

    @property
    def moment(self) -> dt.datetime:
        return self.now or clock.now()

    # Signing in

    @_in_cashier_words
    def sign_in(self, badge: str, pin: str | None = None) -> StaffMember:
        """The cashier scans their own badge, and enters their PIN where the store asks for it."""
        member = self.checkout.cashier(badge, at=self.moment)
        if self.checkout.rules.settings.require_pin or pin is not None:
            if not member.pin_hash:
                raise InputError(NO_PIN.format(name=member.name))
            if pin is None:
                raise InputError(
                    QT_TRANSLATE_NOOP("Till", "this store signs in with badge and PIN").text()
                )
            try:
                pins.check_pin(
                    self.checkout.conn,
                    member,
                    pin,
                    badge=normalise(badge),
                    place="till_sign_in",
                    till=self.checkout.rules.settings.till,
                )
            except pins.WrongPin as exc:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Till", "wrong PIN; try again (tries left before the PIN locks: {count})"
                    ).format(count=exc.left)
                ) from None
        self.cashier = member
        return member

    def sign_out(self) -> None:
        self.cashier = None
        self.new_sale()

    # Scanning

    @_in_cashier_words
    def scan(self, raw: str) -> ScanResult:
        """Route a scan by what it is: a product barcode or SKU adds a line, a badge sets the
        customer, anything else asks to scan again (the basket stays as it was)."""
        code = normalise(raw)
        if not code:
            return ScanResult("empty", "")
        if self.cashier is None:
            return self._sign_in_scan(code)
        try:
            line = self.checkout.product_line(code)
        except InputError:
            line = None
        if line is not None:
            self.lines.append(line)
            self._keep()
            return ScanResult(
                "product", QT_TRANSLATE_NOOP("Till", "Added {name}.").format(name=line.name)
            )
        problem = self.checkout.rules.settings.badge_format.problem(code)
        if problem is not None:
            neither = QT_TRANSLATE_NOOP("Till", "Not a product or a badge ({problem}). Scan again.")
            return ScanResult("invalid", neither.format(problem=problem))
        if self.customer is not None and self.checkout.registry.holder(code) is None:
            # An in-store barcode can look like a badge; it must not replace a known customer.
            stays = QT_TRANSLATE_NOOP(
                "Till", "{code} is neither a product nor a staff badge; the customer stays."
            )
            return ScanResult("invalid", stays.format(code=code))
        verdict = self.set_customer(code)
        return ScanResult("customer", verdict.message, verdict)

    def _sign_in_scan(self, code: str) -> ScanResult:
        try:
            if self.checkout.rules.settings.require_pin:
                member = self.checkout.cashier(code, at=self.moment)
                if not member.pin_hash:
                    raise InputError(NO_PIN.format(name=member.name))
                return ScanResult(
                    "pin",
                    QT_TRANSLATE_NOOP("Till", "{name}: enter your PIN.").format(name=member.name),
                )
            member = self.sign_in(code)
        except InputError as exc:
            return ScanResult(
                "invalid",
                QT_TRANSLATE_NOOP("Till", "Sign in first: {problem}.").format(problem=exc),
            )
        return ScanResult("cashier", self.welcome(member))

    def welcome(self, member: StaffMember) -> str:
        """What the till says to a cashier who has just signed in."""
        if self.lines:
            return QT_TRANSLATE_NOOP(
                "Till",
                "Signed in: {name}. The basket from before the restart is here and was "
                "not sold: F12 completes it, Esc clears it.",
            ).format(name=member.name)
        return QT_TRANSLATE_NOOP("Till", "Signed in: {name}. Scan the customer's badge.").format(
            name=member.name
        )

    @_in_cashier_words
    def set_customer(self, badge: str | None) -> Verdict:
        """A new customer re-prices the basket; any earlier override no longer applies."""
        self._require_cashier()
        self.customer = badge
        self.override = None
        verdict = self.quote().verdict
        self._keep()
        return verdict

    # The basket

    @_in_cashier_words
    def add_open_amount(self, category: str, amount: int) -> BasketLine:
        self._require_cashier()
        line = self.checkout.open_line(category, amount)
        self.lines.append(line)
        self._keep()
        return line

    @_in_cashier_words
    def set_quantity(self, index: int, qty: int) -> None:
        self._require_cashier()
        line = self._line(index)
        if line.sku is not None:
            self.checkout.product_line(line.sku, qty)  # validates the quantity
        elif qty <= 0:
            raise InputError(QT_TRANSLATE_NOOP("Till", "the quantity must be at least 1").text())
        self.lines[index] = replace(line, qty=qty)
        self._keep()

    def remove(self, index: int) -> BasketLine:
        self._require_cashier()
        self._line(index)
        removed = self.lines.pop(index)
        self._keep()
        return removed

    def new_sale(self) -> None:
        """Empty the basket and forget the customer, ready for the next one."""
        self._forget_basket()
        self._keep()

    def _forget_basket(self) -> None:
        self.lines.clear()
        self.customer = None
        self.override = None

    def _keep(self) -> None:
        """Save the basket for a restart. A failure (a full disk, a busy database) does not stop
        the till: the cashier is told, and the sale itself still goes through or says why."""
        cashier_no = self.cashier.employee_no if self.cashier else None
        try:
            with storage_errors(self.database):
                drafts.save(self.checkout.conn, self.station, self.customer, self.lines, cashier_no)
        except StorageError as exc:
            self.draft_problem = str(exc)
        else:
            self.draft_problem = None

    def take_over(self, other: TillSession) -> None:
        """Carry on another session's checkout (its database was restored under it): the
        cashier, the customer and the basket, kept again in this session's database."""
        self.cashier = other.cashier
        self.customer = other.customer
        self.lines = list(other.lines)
        self._keep()

    @_in_cashier_words
    def restore_draft(self) -> str | None:
        """Take back the basket saved before a restart; returns what to tell the cashier, or
        None when there was none. Prices are today's; a product gone from the catalogue
        meanwhile is left out (and said so)."""
        draft = drafts.load(self.checkout.conn, self.station)
        if draft is None:
            return None
        restored: list[BasketLine] = []
        for entry in draft.lines:
            try:
                restored.append(self._draft_line(entry))
            except (PosError, TypeError, ValueError):
                continue
        missing = len(draft.lines) - len(restored)
        self.lines = restored
        self.customer = draft.customer
        self.override = None
        if not restored and draft.customer is None:
            self._keep()
            return None
        back = QT_TRANSLATE_NOOP(
            "Till", "The basket from before the restart is back (lines: {lines}); it was not sold."
        )
        if draft.customer:
            back = QT_TRANSLATE_NOOP(
                "Till",
                "The basket from before the restart is back (lines: {lines}, customer "
                "{customer}); it was not sold.",
            )
        parts = [back.format(lines=len(restored), customer=draft.customer)]
        if missing:
            left_out = QT_TRANSLATE_NOOP(
                "Till", "Lines no longer in the catalogue were left out: {missing}."
            )
            parts.append(left_out.format(missing=missing))
        if self.cashier is None:
            parts.append(
                QT_TRANSLATE_NOOP(
                    "Till", "Scan your badge to sign in, then finish it (F12) or clear it (Esc)."
                ).text()
            )
        return join(" ", parts)

    def _draft_line(self, entry: dict[str, object]) -> BasketLine:
        qty = entry.get("qty", 1)
        if not isinstance(qty, int):
            raise InputError(QT_TRANSLATE_NOOP("Till", "a saved line has no quantity").text())
        sku = entry.get("sku")
        if isinstance(sku, str):
            return self.checkout.product_line(sku, qty)
        category, amount = entry.get("category"), entry.get("amount")
        if not isinstance(category, str) or not isinstance(amount, int):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Till", "a saved line is neither a product nor an open amount"
                ).text()
            )
        return self.checkout.open_line(category, amount, qty)

    def _line(self, index: int) -> BasketLine:
        if not 0 <= index < len(self.lines):
            raise InputError(QT_TRANSLATE_NOOP("Till", "choose a line of the basket first").text())
        return self.lines[index]

    def _require_cashier(self) -> StaffMember:
        if self.cashier is None:
            raise InputError(
                QT_TRANSLATE_NOOP("Till", "the till is locked; scan your badge to sign in").text()
            )
        return self.cashier

    # Pricing and finishing

    @_in_cashier_words
    def quote(self) -> Quote:
        return self.checkout.quote(
            self.customer,
            list(self.lines),
            cashier=self.cashier,
            at=self.moment,
            override=self.override,
        )

    @property
    def needs_supervisor(self) -> bool:
        """The customer is the cashier or the cashier's dependant, and nobody approved it."""
        return self.override is None and "self_purchase" in self.quote().verdict.reasons

    @_in_cashier_words
    def approve(self, supervisor_badge: str, pin: str, reason: str) -> Quote:
        """A supervisor approves the cashier's own purchase; refused approvals change nothing."""
        self._require_cashier()
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

    @_in_cashier_words
    def complete(self, tender: str = "till", payer_pin: str | None = None) -> Sale:
        """Record the sale (one durable transaction); the basket empties only once it is in.
        `tender` "payroll" charges it to the buyer's payroll (with their PIN)."""
        cashier = self._require_cashier()
        if not self.lines:
            raise InputError(
                QT_TRANSLATE_NOOP("Till", "the basket is empty: scan an item first").text()
            )
        sale = self.checkout.sell(
            self.customer,
            list(self.lines),
            cashier=cashier,
            at=self.moment,
            override=self.override,
            draft=self.station,
            tender=tender,
            payer_pin=payer_pin,
        )
        self._forget_basket()  # its draft went with the sale
        self.draft_problem = None
        return sale

    @_in_cashier_words
    def refundable(self, sale: str) -> tuple[str, list[RefundableLine]]:
        self._require_cashier()
        return self.checkout.refundable(sale)

    @_in_cashier_words
    def refund(self, sale_id: str, lines: list[tuple[int, int | None]] | None = None) -> Refund:
        cashier = self._require_cashier()
        return self.checkout.refund(sale_id, lines, cashier=cashier, at=self.moment)

    @_in_cashier_words
    def customer_photo(self, verdict: Verdict) -> bytes | None:
        """The photo of the employee a verdict is about (not of a dependant or department)."""
        if verdict.employee_no and not verdict.dependant_no:
            return self.checkout.registry.photo(verdict.employee_no)
        return None

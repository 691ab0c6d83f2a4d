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
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from pos_desktop.core import clock, drafts, signin, till_basket, till_start
from pos_desktop.core.badge import normalise
from pos_desktop.core.checkout import Checkout, Override
from pos_desktop.core.db.storage import database_file, in_storage_words, storage_errors
from pos_desktop.core.errors import InputError, StorageError
from pos_desktop.core.pricing import BasketLine
from pos_desktop.core.registry import StaffMember
from pos_desktop.core.rules import Rules
from pos_desktop.core.sale import CustomerSwitch, Quote, Sale
from pos_desktop.core.text import QT_TRANSLATE_NOOP
from pos_desktop.core.verdict import Verdict

if TYPE_CHECKING:  # a till on its own never loads the thread pool; refunds load on F8
    from concurrent.futures import Future

    from pos_desktop.core.refunds import Refund, RefundableLine

ScanKind = Literal["cashier", "pin", "customer", "product", "invalid", "empty"]


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
    # Until the basket is sold or cleared: the first badge that scanned BLOCKED and the first
    # staff member's badge, so that switching away from them needs a supervisor.
    blocked_badge: str | None = None
    person_badge: str | None = None
    switch: CustomerSwitch | None = None
    walk_in: bool = False  # the cashier said so (F6): no badge to scan
    # The customer's verdict, judged once per customer, cashier, rules and day.
    _kept: tuple[tuple[object, ...], Verdict, Rules] | None = field(default=None, repr=False)
    _quoted: tuple[tuple[object, ...], Quote, Verdict] | None = field(default=None, repr=False)
    _photo: tuple[str, bytes | None] | None = field(default=None, repr=False)
    _sale_at: dt.datetime | None = field(default=None, repr=False)  # when F12 asked the server

    @functools.cached_property
    def station(self) -> str:
        """This till's key for its saved basket."""
        return drafts.station(self.checkout.rules.settings.till)

    @functools.cached_property
    def database(self) -> str:
        """The database's file name, for messages (the cashier needs no folder path)."""
        path = database_file(self.checkout.conn)
        return path.name if path else "in memory"

    @property
    def moment(self) -> dt.datetime:
        return self.now or clock.now()

    # Signing in

    @in_storage_words
    def sign_in(self, badge: str, pin: str | None = None) -> StaffMember:
        """The cashier scans their own badge, and enters their PIN where the store asks for it."""
        self.cashier = till_start.cashier(self.checkout, badge, pin, self.moment)
        return self.cashier

    def sign_out(self) -> None:
        self._audit_blocked_basket()
        self.cashier = None
        self.new_sale()

    # Scanning

    @in_storage_words
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
            return self._add_product(line)
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

    def _add_product(self, line: BasketLine) -> ScanResult:
        message = till_basket.add_product(self.checkout, self.lines, line)
        self._keep()
        return ScanResult("product", message)

    def _sign_in_scan(self, code: str) -> ScanResult:
        try:
            asking = till_start.pin_first(self.checkout, code, self.moment)
            if asking is not None:
                return ScanResult("pin", asking)
            member = self.sign_in(code)
        except InputError as exc:
            return ScanResult(
                "invalid",
                QT_TRANSLATE_NOOP("Till", "Sign in first: {problem}.").format(problem=exc),
            )
        return ScanResult("cashier", self.welcome(member))

    def welcome(self, member: StaffMember) -> str:
        """What the till says to a cashier who has just signed in."""
        return till_start.welcome(member, bool(self.lines))

    @in_storage_words
    def set_customer(self, badge: str | None) -> Verdict:
        """A new customer re-prices the basket; any earlier override no longer applies."""
        self._require_cashier()
        self.customer = badge
        self.walk_in = badge is None
        self.override = None
        verdict = self.verdict()
        self.switch = self._switch_to(verdict)
        if verdict.status == "blocked" and self.blocked_badge is None:
            self.blocked_badge = verdict.badge
        if verdict.kind not in (None, "department") and self.person_badge is None:
            self.person_badge = verdict.badge
        self._keep()
        return verdict

    def _switch_to(self, verdict: Verdict) -> CustomerSwitch | None:
        """Whether this customer replaces one the basket may not leave without a supervisor."""
        if verdict.status != "internal":
            return None  # a walk-in, an unknown or a blocked badge pays the regular price anyway
        registry = self.checkout.registry
        if self.blocked_badge is not None and verdict.badge != self.blocked_badge:
            blocked = self.blocked_badge
            return CustomerSwitch("after_blocked", blocked, registry.holder_name(blocked))
        if verdict.kind == "department" and self.person_badge is not None:
            person = self.person_badge
            return CustomerSwitch("to_department", person, registry.holder_name(person))
        return None

    @property
    def held(self) -> bool:
        """The basket keeps the regular price until a supervisor approves the switch."""
        return self.switch is not None and not self.switch.approved

    def verdict(self) -> Verdict:
        """The customer's verdict, judged once: again only when the customer, the cashier, the
        rules (or the registry under them), the day, or the chain server's answer change."""
        if self.customer is None:
            return Verdict("", "external")
        rules = self.checkout.rules
        others = self.checkout.other_tills
        key = (
            self.customer,
            self.cashier.employee_no if self.cashier else None,
            self.moment.astimezone(rules.settings.tz).date(),
            others.answers if others is not None else 0,
        )
        kept = self._kept
        if kept is None or kept[0] != key or kept[2] is not rules:
            verdict = self.checkout.check(
                self.customer, cashier=self.cashier, at=self.moment, waiting=False
            )
            self._kept = kept = (key, verdict, rules)
        return kept[1]

    # The basket

    @in_storage_words
    def add_open_amount(self, category: str, amount: int) -> BasketLine:
        """An item not in the catalogue; refused above the store's largest open amount."""
        self._require_cashier()
        line = till_basket.open_amount(self.checkout, category, amount)
        self.lines.append(line)
        self._keep()
        return line

    @in_storage_words
    def set_quantity(self, index: int, qty: int) -> None:
        self._require_cashier()
        self.lines[index] = till_basket.with_quantity(self.checkout, self._line(index), qty)
        self._keep()

    def remove(self, index: int) -> BasketLine:
        self._require_cashier()
        self._line(index)
        removed = self.lines.pop(index)
        self._keep()
        return removed

    def new_sale(self) -> None:
        """Empty the basket and forget the customer, ready for the next one. A basket a BLOCKED
        badge scanned for is audited as it goes (its lines deleted first or not), so `report
        flags` shows it even when no sale was rung: clearing it and scanning a colleague's
        badge is the way around the supervisor that a switch in the basket needs."""
        self._audit_blocked_basket()
        self._forget_basket()
        self._keep()

    def _audit_blocked_basket(self) -> None:
        if self.blocked_badge is None:  # with its lines or not: Del, then Esc, is the same
            return
        with storage_errors(self.database):
            self.checkout.record_blocked_cleared(
                self.blocked_badge,
                self.customer,
                len(self.lines),
                self.cashier.employee_no if self.cashier else None,
                self.moment,
            )

    def _forget_basket(self) -> None:
        self.lines.clear()
        self.customer = None
        self.override = None
        self.blocked_badge = self.person_badge = None
        self.switch = None
        self.walk_in = False
        self._kept = None  # this till's own sale or refund changed the allowance

    def _keep(self) -> None:
        """Save the basket for a restart. A failure (a full disk, a busy database) does not stop
        the till: the cashier is told, and the sale itself still goes through or says why."""
        cashier_no = self.cashier.employee_no if self.cashier else None
        try:
            with storage_errors(self.database):
                drafts.save(
                    self.checkout.conn,
                    self.station,
                    self.customer,
                    self.lines,
                    cashier_no,
                    self.blocked_badge,
                    self.person_badge,
                )
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
        self.blocked_badge, self.person_badge = other.blocked_badge, other.person_badge
        self.switch = other.switch
        self._keep()

    @in_storage_words
    def restore_draft(self) -> str | None:
        """Take back the basket saved before a restart; returns what to tell the cashier, or
        None when there was none. Prices are today's; a product gone from the catalogue
        meanwhile is left out (and said so)."""
        kept = till_start.kept_basket(self.checkout, self.station)
        if kept is None:
            return None
        self.lines, self.customer, self.override = kept.lines, kept.customer, None
        self.blocked_badge, self.person_badge = kept.blocked_badge, kept.person_badge
        # An approval is not kept (it carries no PIN to check again): a switch waits again.
        self.switch = self._switch_to(self.verdict()) if kept.customer else None
        if kept.empty:
            self._keep()
            return None
        return till_start.back_message(kept, signed_in=self.cashier is not None)

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

    @in_storage_words
    def quote(self) -> Quote:
        """The basket priced from the kept verdict (the same quote again while nothing changed)."""
        verdict = self.verdict()
        key = (tuple(self.lines), self.override, self.switch)
        quoted = self._quoted
        if quoted is None or quoted[2] is not verdict or quoted[0] != key:
            quote = self.checkout.quote(
                self.customer,
                list(self.lines),
                cashier=self.cashier,
                at=self.moment,
                override=self.override,
                verdict=verdict,
                switch=self.switch,
            )
            self._quoted = quoted = (key, quote, verdict)  # the verdict itself, not its id
        return quoted[1]

    @property
    def needs_supervisor(self) -> bool:
        """The customer is the cashier or the cashier's dependant, or replaced a customer the
        basket may not leave alone, and nobody approved it."""
        if self.held:
            return True
        return self.override is None and "self_purchase" in self.quote().verdict.reasons

    @in_storage_words
    def approve(self, supervisor_badge: str, pin: str, reason: str) -> Quote:
        """A supervisor approves a customer switch or the cashier's own purchase; refused
        approvals change nothing."""
        cashier = self._require_cashier()
        candidate = Override(supervisor_badge, pin, reason)
        if self.switch is not None and not self.switch.approved:
            text = signin.approval_reason(reason)
            supervisor = self.checkout.supervisor(
                candidate, cashier, self.moment, place="customer_switch"
            )
            self.switch = replace(self.switch, supervisor=supervisor, reason=text)
            return self.quote()
        quote = self.checkout.quote(
            self.customer,
            list(self.lines),
            cashier=self.cashier,
            at=self.moment,
            override=candidate,
        )
        self.override = candidate
        return quote

    @in_storage_words
    def ask_server(self) -> list[Future[int | None]]:
        """F12 on a chain till: the sale's allowance questions go to the server now, and are
        not waited for here. The window waits for them in its event loop (at most
        online.SALE_WAIT_SECONDS); `complete` then records the sale, at this moment, with
        their answers, or by the offline rules for one still unanswered. Empty when there is
        nothing to ask (a till on its own, a walk-in, a server that did not answer lately)."""
        self._sale_at = None
        others = self.checkout.other_tills
        if others is None or self.customer is None or self.cashier is None or not self.lines:
            return []
        self._sale_at = self.moment
        return others.ask_for_sale(
            self.customer, self.checkout.rules, self.checkout.registry, self.cashier, self._sale_at
        )

    @in_storage_words
    def complete(self, tender: str = "till", payer_pin: str | None = None) -> Sale:
        """Record the sale (one durable transaction); the basket empties only once it is in.
        `tender` "payroll" charges it to the buyer's payroll (with their PIN)."""
        at, self._sale_at = self._sale_at or self.moment, None
        cashier = self._require_cashier()
        if not self.lines:
            raise InputError(
                QT_TRANSLATE_NOOP("Till", "the basket is empty: scan an item first").text()
            )
        sale = self.checkout.sell(
            self.customer,
            list(self.lines),
            cashier=cashier,
            at=at,
            override=self.override,
            draft=self.station,
            tender=tender,
            payer_pin=payer_pin,
            switch=self.switch,
        )
        self._forget_basket()  # its draft went with the sale
        self.draft_problem = None
        return sale

    @in_storage_words
    def refundable(self, sale: str) -> tuple[str, list[RefundableLine]]:
        self._require_cashier()
        return self.checkout.refundable(sale)

    @in_storage_words
    def refund(
        self,
        sale_id: str,
        lines: list[tuple[int, int | None]] | None = None,
        approval: Override | None = None,
    ) -> Refund:
        """Refund lines of a sale; above the store's `refund_approval_above` a supervisor
        approves it (badge, PIN, reason)."""
        cashier = self._require_cashier()
        refund = self.checkout.refund(
            sale_id,
            lines,
            cashier=cashier,
            at=self.moment,
            approval_above=self.checkout.rules.settings.refund_approval_above,
            approval=approval,
        )
        self._kept = None  # the allowance came back: the customer is judged again
        return refund

    @in_storage_words
    def customer_photo(self, verdict: Verdict) -> bytes | None:
        """The photo of the employee a verdict is about (not of a dependant or department)."""
        if not verdict.employee_no or verdict.dependant_no:
            return None
        if self._photo is None or self._photo[0] != verdict.employee_no:
            self._photo = (verdict.employee_no, self.checkout.registry.photo(verdict.employee_no))
        return self._photo[1]

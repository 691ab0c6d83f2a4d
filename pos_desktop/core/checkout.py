"""The till's work as plain functions: check a badge, price a basket, sell, refund.

The command line, the cashier window and the tests all go through `Checkout`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pos_desktop.core import catalogue, clock, drafts, payroll, sale, signin
from pos_desktop.core.badge import normalise
from pos_desktop.core.central import online
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.errors import InputError
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.pricing import (
    BasketLine,
    price_basket,
)
from pos_desktop.core.registry import StaffMember, StaffRegistry
from pos_desktop.core.rules import Rules, load_rules
from pos_desktop.core.sale import BLOCKED_CLEARED_ACTION, CustomerSwitch, Quote, Sale
from pos_desktop.core.text import QT_TRANSLATE_NOOP
from pos_desktop.core.verdict import Verdict, approve_override, judge

if TYPE_CHECKING:  # refunds load on the first refund (F8), not at the till's start
    from pos_desktop.core.refunds import Refund, RefundableLine

RULES_RECHECK_SECONDS = 0.5
WAL_AUTOCHECKPOINT_PAGES = 10_000  # about 40 MB of log, some thousand sales


@dataclass(frozen=True)
class Override:
    """A supervisor's approval of a cashier's own (or own dependant's) purchase."""

    badge: str
    pin: str
    reason: str


class Checkout:
    """One till's view of the store: registry, rules (cached) and journal."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._rules: Rules | None = None
        self._data_version = -1
        self._checked_at = 0.0
        # Checkpointing the write-ahead log costs milliseconds; let it happen when the till is
        # idle (checkpoint()) rather than during every hundredth sale.
        conn.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
        self.registry = StaffRegistry(conn, self.rules.settings.till)
        self.other_tills = online.for_till(conn)  # a chain till confirms allowances online

    @property
    def rules(self) -> Rules:
        """The rules, re-read after another connection (the admin window, another till)
        committed a change; looked for at most every RULES_RECHECK_SECONDS, not per scan."""
        now = time.monotonic()
        if self._rules is None or now - self._checked_at >= RULES_RECHECK_SECONDS:
            version = self.conn.execute("PRAGMA data_version").fetchone()[0]
            if self._rules is None or version != self._data_version:
                self._rules = load_rules(self.conn)
                self._data_version = version
            self._checked_at = now
        return self._rules

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file without waiting for readers; the
        cashier window calls this when the till is idle."""
        self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def reload(self) -> None:
        """Forget cached rules after this connection changed them."""
        self._rules = None

    # Scanning

    def check(
        self,
        badge: str,
        *,
        cashier: StaffMember | None = None,
        at: dt.datetime | None = None,
        waiting: bool = True,
    ) -> Verdict:
        """The verdict for a badge. On a chain till, `waiting=False` (a scan) never waits for
        the server: it takes an answer already in, or asks in the background and judges by what
        the till knows meanwhile; a sale waits for the answer (briefly, see central/online.py)."""
        others = self.other_tills
        return judge(
            badge,
            rules=self.rules,
            registry=self.registry,
            at=at or clock.now(),
            cashier=cashier,
            other_tills=others if waiting or others is None else others.at_a_glance,
        )

    def cashier(self, badge: str, *, at: dt.datetime | None = None) -> StaffMember:
        """The staff member signing in at the till with this badge; refuses anyone else."""
        return signin.cashier(self.registry, self.rules.settings, badge, at or clock.now())

    # Basket

    def product_line(self, code: str, qty: int = 1) -> BasketLine:
        """A basket line for a SKU or a product barcode."""
        return catalogue.product_line(self.conn, code, qty)

    def open_line(self, category: str, amount: int, qty: int = 1) -> BasketLine:
        """An open-department amount for an item not in the catalogue."""
        return catalogue.open_line(self.rules, category, amount, qty)

    def search_products(self, text: str, limit: int = 20) -> list[tuple[str, str]]:
        """(SKU, name) of products whose name or SKU contains the text, for type-ahead."""
        return catalogue.search_products(self.conn, text, limit)

    def quote(
        self,
        customer: str | None,
        lines: list[BasketLine],
        *,
        cashier: StaffMember | None = None,
        at: dt.datetime | None = None,
        override: Override | None = None,
        verdict: Verdict | None = None,
        switch: CustomerSwitch | None = None,
    ) -> Quote:
        """Price the basket for the customer's badge (None: an external customer, no card).

        `verdict` is the customer's verdict when the caller kept it (a till judges a badge
        once, not on every line); `switch` holds the regular price until it is approved. An
        override's PIN is checked (and a wrong one counted) in a transaction of its own."""
        return self._quote(
            customer,
            lines,
            cashier=cashier,
            at=at,
            override=override,
            verdict=verdict,
            switch=switch,
        )

    def _quote(
        self,
        customer: str | None,
        lines: list[BasketLine],
        *,
        cashier: StaffMember | None,
        at: dt.datetime | None,
        override: Override | None,
        verdict: Verdict | None = None,
        switch: CustomerSwitch | None = None,
        pin_checked: bool = False,
    ) -> Quote:
        moment = at or clock.now()
        rules = self.rules
        if customer is None:
            verdict = Verdict("", "external")
        elif verdict is None or verdict.badge != normalise(customer):
            verdict = self.check(customer, cashier=cashier, at=moment)
        if verdict.status == "invalid":
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Checkout", "customer badge {badge}: {problem}; scan again"
                ).format(badge=repr(customer), problem=verdict.problem)
            )
        supervisor = None
        reason = None
        if override is not None:
            reason = signin.purchase_reason(override.reason, verdict)
            supervisor = self.supervisor(override, cashier, moment, pin_checked=pin_checked)
            verdict = approve_override(verdict, rules)
        terms = sale.terms_for(verdict, switch)
        priced = price_basket(lines, terms, rules.settings.currency)
        return Quote(verdict, priced, moment, cashier, supervisor, reason, terms, switch=switch)

    def supervisor(
        self,
        override: Override,
        cashier: StaffMember | None,
        at: dt.datetime,
        *,
        place: str = "override",
        pin_checked: bool = False,
    ) -> StaffMember:
        """The supervisor whose badge and PIN approve something the cashier may not do alone
        (core/signin.py); a wrong PIN counts toward their PIN lockout at `place`."""
        return signin.supervisor(
            self.conn,
            self.registry,
            self.rules.settings,
            (override.badge, override.pin),
            cashier,
            at,
            place=place,
            pin_checked=pin_checked,
        )

    # Recording

    def sell(
        self,
        customer: str | None,
        lines: list[BasketLine],
        *,
        cashier: StaffMember | None = None,
        at: dt.datetime | None = None,
        override: Override | None = None,
        draft: str | None = None,
        tender: str = payroll.TILL,
        payer_pin: str | None = None,
        switch: CustomerSwitch | None = None,
    ) -> Sale:
        """Price and record the sale in one durable transaction; returns its id. The till's
        saved basket (`draft`, its station) goes in the same transaction: after a crash the
        basket is either sold or still there, never both and never neither. `tender` is how
        it is paid: at the till, or charged to payroll (core/payroll.py, with `payer_pin`)."""
        payroll.check_tender(tender)
        if not lines:
            raise InputError(
                QT_TRANSLATE_NOOP("Checkout", "the basket is empty; add at least one item").text()
            )
        moment, backdated = clock.entry_moment(at, self.rules.settings.tz)
        at = moment
        if override is not None or tender == payroll.PAYROLL:
            # The supervisor's and the payer's PINs are checked first, each in a transaction of
            # its own, so that a wrong one is counted even though the sale is not recorded.
            first = self.quote(customer, lines, cashier=cashier, at=at, override=override)
            if tender == payroll.PAYROLL:
                payroll.check_payer(
                    self.conn, self.rules, self.registry, first.verdict, payer_pin, first.at
                )
        with write_transaction(self.conn):
            # Priced inside the write lock: another till cannot spend the same allowance meanwhile.
            quote = self._quote(
                customer,
                lines,
                cashier=cashier,
                at=at,
                override=override,
                switch=switch,
                pin_checked=True,
            )
            from pos_desktop.core.reports import closing

            closing.refuse_if_closed(self.conn, self.rules, quote.at)
            if tender == payroll.PAYROLL:
                payroll.authorise(self.conn, self.rules, quote.verdict, quote.total, quote.at)
                quote = replace(quote, tender=tender)
            sale_id = sale.record(self.conn, self.rules, quote, backdated)
            if draft is not None:
                drafts.forget(self.conn, draft)
        return Sale(quote, sale_id)

    def find_sale(self, text: str) -> sqlite3.Row:
        """A sale by its id, or by the refund code printed on the receipt (its last characters)."""
        from pos_desktop.core import refunds

        return refunds.find_sale(self.conn, text)

    def refundable(self, sale_id: str) -> tuple[str, list[RefundableLine]]:
        """The sale's full id and, per line, what was sold and what can still be refunded."""
        from pos_desktop.core import refunds

        return refunds.refundable(self.conn, sale_id)

    def refund(
        self,
        sale_id: str,
        lines: list[tuple[int, int | None]] | None = None,
        *,
        cashier: StaffMember | None = None,
        at: dt.datetime | None = None,
        approval_above: int | None = None,
        approval: Override | None = None,
    ) -> Refund:
        """Refund a whole sale, or (line number, quantity or None for all) pairs of it.

        The refunded discount goes back to the employee's allowance of the sale's period. A
        refund paying back more than `approval_above` needs a supervisor's `approval` (badge,
        PIN, reason), audited with the refund; refused, nothing is recorded.
        """
        moment, backdated = clock.entry_moment(at, self.rules.settings.tz)
        if approval is not None:
            # The supervisor's PIN is checked first, in a transaction of its own, so that a
            # wrong one is counted even though the refund is not recorded.
            self.supervisor(approval, cashier, moment, place="refund_approval")

        def approve() -> StaffMember:
            assert approval is not None
            return self.supervisor(
                approval, cashier, moment, place="refund_approval", pin_checked=True
            )

        from pos_desktop.core import refunds

        return refunds.record(
            self.conn,
            self.rules,
            sale_id,
            lines,
            cashier=cashier,
            moment=moment,
            backdated=backdated,
            approval_above=approval_above,
            reason=approval.reason if approval is not None else None,
            approve=approve,
        )

    def record_blocked_cleared(
        self,
        blocked_badge: str,
        customer: str | None,
        lines: int,
        cashier_no: str | None,
        at: dt.datetime,
    ) -> None:
        """Audit a basket a BLOCKED badge scanned for, cleared unsold at the till (see
        TillSession.new_sale); `report flags` reads it as blocked_then_cleared."""
        with write_transaction(self.conn):
            record_audit(
                self.conn,
                till=self.rules.settings.till,
                actor=cashier_no or "-",
                action=BLOCKED_CLEARED_ACTION,
                subject=blocked_badge,
                after={"customer": customer, "lines": lines},
                at=clock.stamp(at),
            )

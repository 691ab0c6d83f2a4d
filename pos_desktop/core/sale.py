"""A sale as the till makes it: the quote for a basket (its verdict, priced lines and
approvals), a customer switched mid-basket, the terms a verdict gives, and how a sale is
written into the journal and the audit log."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from typing import Literal

from pos_desktop.core import clock, payroll
from pos_desktop.core.ledger import journal
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.money import LineTotals
from pos_desktop.core.pricing import (
    HELD,
    HELD_DEPARTMENT,
    REASONS,
    DepartmentTerms,
    PricedLine,
    RegularPrice,
    StaffTerms,
    Terms,
    reason_record,
)
from pos_desktop.core.registry import StaffMember
from pos_desktop.core.rules import Rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP, join
from pos_desktop.core.verdict import REASON_WORDS, Verdict

SwitchKind = Literal["after_blocked", "to_department"]


@dataclass(frozen=True)
class CustomerSwitch:
    """The basket's customer was replaced after a badge scanned BLOCKED, or an employee's
    basket was moved to a department's at-cost terms: the regular price holds until a
    supervisor approves (`supervisor` and `reason` set)."""

    kind: SwitchKind
    before: str  # the badge scanned first (the blocked one, or the employee's)
    before_name: str = ""  # whose badge that is, as the registry names them
    supervisor: StaffMember | None = None
    reason: str | None = None

    @property
    def approved(self) -> bool:
        return self.supervisor is not None


@dataclass(frozen=True)
class Quote(LineTotals):
    verdict: Verdict
    lines: list[PricedLine]
    at: dt.datetime
    cashier: StaffMember | None = None
    supervisor: StaffMember | None = None
    override_reason: str | None = None
    terms: Terms = field(default_factory=RegularPrice)
    tender: str = payroll.TILL
    switch: CustomerSwitch | None = None

    @property
    def allowance_after(self) -> int | None:
        allowance = self.verdict.allowance
        if allowance is None:
            return None
        spent = self.discount if isinstance(self.terms, StaffTerms) else 0
        return max(0, allowance.remaining - spent)


@dataclass(frozen=True)
class Sale:
    quote: Quote
    sale_id: str

    @property
    def unconfirmed(self) -> bool:
        """A chain till's sale whose allowance the server did not answer for: sold by what
        the till knew and the offline rules (SALE_UNCONFIRMED says so)."""
        allowance = self.quote.verdict.allowance
        return allowance is not None and allowance.confirmed is False


SALE_UNCONFIRMED = QT_TRANSLATE_NOOP(
    "SaleWait",
    "The allowance was not confirmed with the server (no answer): the offline rules applied.",
)


def terms_for(verdict: Verdict, switch: CustomerSwitch | None = None) -> Terms:
    """The terms a basket is priced on for the customer's verdict; a switched customer
    pays the regular price until a supervisor approves the switch."""
    if switch is not None and not switch.approved:
        held = HELD if switch.kind == "after_blocked" else HELD_DEPARTMENT
        return RegularPrice(held.text())
    if verdict.status == "internal" and verdict.eligible:
        if verdict.kind == "department":
            return DepartmentTerms()
        assert verdict.policy is not None
        remaining = verdict.allowance.remaining if verdict.allowance else None
        return StaffTerms(verdict.policy, remaining)
    if verdict.status == "blocked":
        return RegularPrice(REASONS["blocked"].text())
    if verdict.status == "internal":
        why = join(", ", [REASON_WORDS[r].text() for r in verdict.reasons])
        return RegularPrice(REASONS["not_eligible"].format(reasons=why))
    return RegularPrice()


SWITCH_ACTION = "customer.switch"  # what `report flags` reads as blocked_then_switched
# A basket a BLOCKED badge scanned for, cleared unsold: `report flags` reads it as
# blocked_then_cleared (the way around a switch's supervisor is to clear and scan again).
BLOCKED_CLEARED_ACTION = "basket.cleared_after_blocked"


def record(conn: sqlite3.Connection, rules: Rules, quote: Quote, backdated: str | None) -> str:
    """Write a priced sale into the journal, with the audit of a supervisor's approval and
    of a switched customer; returns the sale's id. The caller holds the write transaction."""
    till = rules.settings.till
    sale_id = journal.new_record_id()
    journal.append(
        conn,
        _sale_record(quote, sale_id, till, rules) | {"backdated": backdated},
        [_line_record(n, line) for n, line in enumerate(quote.lines, start=1)],
    )
    if quote.supervisor is not None:
        record_audit(
            conn,
            till=till,
            actor=quote.supervisor.employee_no,
            action="override.approve",
            subject=sale_id,
            after={
                "cashier": quote.cashier.employee_no if quote.cashier else None,
                "customer": quote.verdict.badge,
                "reason": quote.override_reason,
            },
            at=clock.stamp(quote.at),
        )
    if quote.switch is not None:
        _record_switch(conn, quote, quote.switch, sale_id, till)
    return sale_id


def _record_switch(
    conn: sqlite3.Connection, quote: Quote, switch: CustomerSwitch, sale_id: str, till: str
) -> None:
    """Audit a sale whose customer was switched (approved or rung at the regular price)."""
    cashier = quote.cashier.employee_no if quote.cashier else None
    record_audit(
        conn,
        till=till,
        actor=switch.supervisor.employee_no if switch.supervisor else cashier or "",
        action=SWITCH_ACTION,
        subject=sale_id,
        before={"badge": switch.before},
        after={
            "kind": switch.kind,
            "badge": quote.verdict.badge,
            "cashier": cashier,
            "approved_by": switch.supervisor.employee_no if switch.supervisor else None,
            "reason": switch.reason,
        },
        at=clock.stamp(quote.at),
    )


def _sale_record(quote: Quote, sale_id: str, till: str, rules: Rules) -> dict[str, object]:
    verdict = quote.verdict
    holder = verdict.holder
    cost_centre = None
    if verdict.kind == "department" and holder is not None:
        department = rules.departments.get(holder.department or "")
        cost_centre = department.cost_centre if department else None
    staff_discount = isinstance(quote.terms, StaffTerms)
    return {
        "id": sale_id,
        "kind": "sale",
        "refund_of": None,
        "till": till,
        "at": clock.stamp(quote.at),
        "period_at": clock.stamp(quote.at),
        "cashier_no": quote.cashier.employee_no if quote.cashier else None,
        "customer_badge": verdict.badge or None,
        "customer_status": verdict.status,
        "customer_kind": verdict.kind,
        "employee_no": verdict.employee_no,
        "dependant_no": verdict.dependant_no,
        "department": holder.department if holder else None,
        "cost_centre": cost_centre,
        "company": holder.company if holder else None,
        "policy": verdict.policy.name if staff_discount and verdict.policy else None,
        "subtotal": quote.subtotal,
        "discount": quote.discount,
        "total": quote.total,
        "allowance_delta": quote.discount if staff_discount else 0,
        "override_by": quote.supervisor.employee_no if quote.supervisor else None,
        "override_reason": quote.override_reason,
        "tender": None if quote.tender == payroll.TILL else quote.tender,
    }


def _line_record(line_no: int, priced: PricedLine) -> dict[str, object]:
    line = priced.line
    rule_key, rule_args = reason_record(priced.rule)
    return {
        "line_no": line_no,
        "sku": line.sku,
        "name": line.name,
        "category": line.category,
        "qty": line.qty,
        "unit_price": line.unit_price,
        "cost": line.cost,
        "gross": priced.gross,
        "discount": priced.discount,
        "total": priced.total,
        "rule": priced.rule,
        "rule_key": rule_key,
        "rule_args": rule_args,
    }

"""What a scan answers: internal or external, eligible or not, and why."""

from __future__ import annotations

import datetime as dt
import functools
import sqlite3
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol

from pos_desktop.core import clock
from pos_desktop.core.badge import normalise
from pos_desktop.core.money import Amount
from pos_desktop.core.policies import Allowance, Policy
from pos_desktop.core.registry import BadgeHolder, StaffMember, StaffRegistry
from pos_desktop.core.rules import Rules, StoreSettings
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text, join

Status = Literal["invalid", "external", "internal", "blocked"]
Kind = Literal["employee", "group_employee", "dependant", "department"]

# This till's journal plus what sync brought of the chain's other tills (remote_sales).
ALLOWANCE_SQL = (
    "SELECT (SELECT COALESCE(SUM(allowance_delta), 0) FROM sales "
    "WHERE employee_no = :e AND period_at >= :lo AND period_at < :hi) + "
    "(SELECT COALESCE(SUM(allowance_delta), 0) FROM remote_sales "
    "WHERE employee_no = :e AND period_at >= :lo AND period_at < :hi)"
)

REASON_WORDS = {
    "probation": QT_TRANSLATE_NOOP("Words", "on probation"),
    "allowance_exhausted": QT_TRANSLATE_NOOP("Words", "allowance used up"),
    "offline_limit": QT_TRANSLATE_NOOP(
        "Words", "offline limit reached until the server can be asked"
    ),
    "self_purchase": QT_TRANSLATE_NOOP("Words", "cashier's own purchase"),
    "no_policy": QT_TRANSLATE_NOOP("Words", "no discount rule covers them"),
    "revoked": QT_TRANSLATE_NOOP("Words", "badge revoked"),
    "suspended": QT_TRANSLATE_NOOP("Words", "suspended"),
    "terminated": QT_TRANSLATE_NOOP("Words", "terminated"),
    "ended": QT_TRANSLATE_NOOP("Words", "employment ended"),
}


@dataclass(frozen=True)
class Holder:
    employee_no: str | None
    name: str
    company: str | None
    department: str | None
    employee_name: str | None = None  # for a dependant: whose dependant they are


# The same sums apart, for a chain till that asks the server about the other tills.
_OWN_SQL = (
    "SELECT COALESCE(SUM(allowance_delta), 0) FROM sales "
    "WHERE employee_no = :e AND period_at >= :lo AND period_at < :hi"
)
_KNOWN_SQL = (
    "SELECT COALESCE(SUM(allowance_delta), 0) FROM remote_sales "
    "WHERE employee_no = :e AND period_at >= :lo AND period_at < :hi"
)
_UNSENT_SQL = (
    "SELECT COALESCE(SUM(allowance_delta), 0) FROM sales WHERE employee_no = :e "
    "AND period_at >= :lo AND period_at < :hi "
    "AND seq > (SELECT pushed_sales_seq FROM sync_state WHERE id = 1)"
)


class OtherTills(Protocol):
    """What the chain's other tills have used of an employee's allowance, asked of the
    server at checkout; None when the server does not answer in time."""

    def used(self, employee_no: str, lo: str, hi: str) -> int | None: ...


@dataclass(frozen=True)
class AllowanceState:
    period: str
    limit: int
    used: int
    offline_cap: int | None = None  # offline: what may still be granted until the server answers
    # A chain till: True when the server answered for the other tills, False when it did not
    # (the till's own knowledge counted), None while a scan's question is still on its way.
    confirmed: bool | None = True

    @property
    def remaining(self) -> int:
        left = max(0, self.limit - self.used)
        return left if self.offline_cap is None else min(left, self.offline_cap)


@dataclass(frozen=True)
class Verdict:
    """The answer to one scan, for the banner, the pricing and `check --json`."""

    badge: str
    status: Status
    kind: Kind | None = None
    eligible: bool = False
    reasons: tuple[str, ...] = ()
    eligible_from: dt.date | None = None
    holder: Holder | None = None
    policy: Policy | None = None
    allowance: AllowanceState | None = None
    rules: Rules | None = field(default=None, repr=False, compare=False)
    employee_no: str | None = None  # whose allowance pays (the employee, also for a dependant)
    dependant_no: str | None = None
    problem: str | None = None  # why an invalid scan is invalid (a core.text.Text)

    @functools.cached_property
    def message(self) -> Text:
        """One line for the cashier; worded only when someone reads it (not on every scan)."""
        if self.status == "invalid":
            invalid = QT_TRANSLATE_NOOP("Verdict", "Invalid scan: {problem}. Scan again.")
            return invalid.format(problem=self.problem)
        if self.status == "external" or self.rules is None:
            return QT_TRANSLATE_NOOP("Verdict", "External customer: regular price.").text()
        return _message(self, self.rules)


def judge(
    raw: str,
    *,
    rules: Rules,
    registry: StaffRegistry,
    at: dt.datetime,
    cashier: StaffMember | None = None,
    other_tills: OtherTills | None = None,
) -> Verdict:
    """Read a scan and decide what the buyer is, following DESIGN.md's verdict rules.

    On a chain till, `other_tills` answers for the other tills' use of an allowance; when it
    cannot, the till counts what it heard at its last sync, and grants at most the store's
    offline limit beyond what the server knows."""
    settings = rules.settings
    code = normalise(raw)
    problem = settings.badge_format.problem(code)
    if problem is not None:
        return Verdict(code, "invalid", problem=problem)
    holder = registry.holder(code)
    if holder is None:
        return Verdict(code, "external")
    today = at.astimezone(settings.tz).date()
    if holder.holder_type == "department":
        return _department_verdict(code, holder, rules)
    assert holder.employee is not None
    employee = holder.employee
    company = rules.companies.get(employee.company)
    relation = company.relation if company else None
    kind: Kind = "dependant" if holder.dependant else _staff_kind(relation)
    person = _person(holder, employee)
    blocked = _block_reasons(holder, employee, today)
    if blocked:
        return Verdict(
            code,
            "blocked",
            kind=kind,
            reasons=tuple(blocked),
            holder=person,
            employee_no=employee.employee_no,
            dependant_no=holder.dependant.dependant_no if holder.dependant else None,
            rules=rules,
        )

    reasons: list[str] = []
    eligible_from = None
    # A company missing from the rules fails closed: no policy, no discount.
    policy = rules.policy_for(relation, employee.employment_type) if relation else None
    allowance = None
    if policy is None or (holder.dependant is not None and not policy.dependants):
        reasons.append("no_policy")
    else:
        if policy.probation_days and employee.start_date is not None:
            eligible_from = employee.start_date + dt.timedelta(days=policy.probation_days)
            if today < eligible_from:
                reasons.append("probation")
        if policy.allowance is not None:
            allowance = _allowance_state(
                registry, policy.allowance, employee.employee_no, at, settings, other_tills
            )
            if allowance.remaining <= 0:
                within_limit = allowance.used < allowance.limit
                reasons.append("offline_limit" if within_limit else "allowance_exhausted")
    if cashier is not None and cashier.employee_no == employee.employee_no:
        reasons.append("self_purchase")
    return Verdict(
        code,
        "internal",
        kind=kind,
        eligible=not reasons,
        reasons=tuple(reasons),
        eligible_from=eligible_from if "probation" in reasons else None,
        holder=person,
        policy=policy,
        allowance=allowance,
        employee_no=employee.employee_no,
        dependant_no=holder.dependant.dependant_no if holder.dependant else None,
        rules=rules,
    )


def _person(holder: BadgeHolder, employee: StaffMember) -> Holder:
    """Who the badge names: the employee, or their dependant (with the employee's name)."""
    return Holder(
        employee.employee_no,
        holder.dependant.name if holder.dependant else employee.name,
        employee.company,
        employee.department,
        employee.name,
    )


def _allowance_state(
    registry: StaffRegistry,
    allowance: Allowance,
    employee_no: str,
    at: dt.datetime,
    settings: StoreSettings,
    other_tills: OtherTills | None,
) -> AllowanceState:
    """How much of the employee's allowance for the period around `at` is used: this till's
    journal and what sync brought, or on a chain till the server's answer (see judge)."""
    start, end = clock.period_bounds(allowance.period, at, settings.tz)
    span = {"e": employee_no, "lo": start, "hi": end}
    cap: int | None = None
    confirmed: bool | None = True
    if other_tills is None:
        used = registry.conn.execute(ALLOWANCE_SQL, span).fetchone()[0]
    else:
        used, cap, confirmed = _chain_use(registry.conn, other_tills, span, settings.offline_limit)
    return AllowanceState(allowance.period, allowance.amount, used, cap, confirmed)


def _chain_use(
    conn: sqlite3.Connection,
    other_tills: OtherTills,
    span: dict[str, str],
    offline_limit: int | None,
) -> tuple[int, int | None, bool | None]:
    """(allowance used, offline cap, confirmed) for a chain till: its own records plus the
    server's answer for the others, or, offline, what the last sync brought and a cap on the
    rest. Unconfirmed is None rather than False while a scan's question is on its way (the
    till judges again when its answer comes in)."""
    own: int = conn.execute(_OWN_SQL, span).fetchone()[0]
    others = other_tills.used(span["e"], span["lo"], span["hi"])
    if others is not None:
        return own + others, None, True
    confirmed = None if getattr(other_tills, "provisional", False) else False
    known: int = conn.execute(_KNOWN_SQL, span).fetchone()[0]
    if offline_limit is None:
        return own + known, None, confirmed
    unsent: int = conn.execute(_UNSENT_SQL, span).fetchone()[0]
    return own + known, max(0, offline_limit - unsent), confirmed


def approve_override(verdict: Verdict, rules: Rules) -> Verdict:
    """The verdict once a supervisor has approved a self purchase."""
    reasons = tuple(r for r in verdict.reasons if r != "self_purchase")
    return replace(verdict, reasons=reasons, eligible=not reasons, rules=rules)


def _staff_kind(relation: str | None) -> Kind:
    return "employee" if relation == "own" else "group_employee"


def _block_reasons(holder: BadgeHolder, employee: StaffMember, today: dt.date) -> list[str]:
    reasons = []
    if holder.badge_status == "revoked":
        reasons.append("revoked")
    statuses = {employee.status}
    if holder.dependant is not None:
        statuses.add(holder.dependant.status)
    for status in ("suspended", "terminated"):
        if status in statuses:
            reasons.append(status)
    if employee.ended(today):
        reasons.append("ended")
    return reasons


def _department_verdict(code: str, holder: BadgeHolder, rules: Rules) -> Verdict:
    assert holder.department is not None
    department = rules.departments.get(holder.department)
    name = department.name if department else holder.department
    person = Holder(None, name, None, holder.department)
    if holder.badge_status == "revoked":
        return Verdict(
            code, "blocked", kind="department", reasons=("revoked",), holder=person, rules=rules
        )
    return Verdict(code, "internal", kind="department", eligible=True, holder=person, rules=rules)


def _message(verdict: Verdict, rules: Rules) -> Text:
    """One line for the cashier: who, what they get, and why not when they do not."""
    currency = rules.settings.currency
    holder = verdict.holder
    assert holder is not None
    if verdict.kind == "department":
        department = rules.departments.get(holder.department or "")
        if department is not None:
            centre = QT_TRANSLATE_NOOP("Verdict", " (cost centre {centre})").format(
                centre=department.cost_centre
            )
        else:
            centre = Text("", "", "", {})
        if verdict.status == "blocked":
            blocked = QT_TRANSLATE_NOOP(
                "Verdict", "Blocked: department {name}{centre} badge revoked. Regular price."
            )
            return blocked.format(name=holder.name, centre=centre)
        internal = QT_TRANSLATE_NOOP(
            "Verdict", "Internal: department {name}{centre}, priced at cost."
        )
        return internal.format(name=holder.name, centre=centre)
    who = _who(verdict, rules)
    why: Text = join(", ", [REASON_WORDS[r].text() for r in verdict.reasons])
    if verdict.status == "blocked":
        return QT_TRANSLATE_NOOP(
            "Verdict", "Blocked: {who} ({reasons}). Charge regular price and alert the supervisor."
        ).format(who=who, reasons=why)
    if not verdict.eligible:
        if verdict.eligible_from is not None:
            why = QT_TRANSLATE_NOOP("Verdict", "{reasons} until {day}").format(
                reasons=why, day=verdict.eligible_from.isoformat()
            )
        if "self_purchase" in verdict.reasons:
            return QT_TRANSLATE_NOOP(
                "Verdict",
                "Internal: {who}. Not eligible: {reasons}; ask a supervisor or ring regular price.",
            ).format(who=who, reasons=why)
        return QT_TRANSLATE_NOOP(
            "Verdict", "Internal: {who}. Not eligible: {reasons}; regular price."
        ).format(who=who, reasons=why)
    policy = verdict.policy
    assert policy is not None
    if verdict.allowance is None:
        return QT_TRANSLATE_NOOP("Verdict", "Internal: {who}. {policy} discount.").format(
            who=who, policy=policy.name
        )
    left = Amount(verdict.allowance.remaining, currency)
    period = clock.period_words(verdict.allowance.period)
    if verdict.allowance.offline_cap is not None or verdict.allowance.confirmed is False:
        offline = QT_TRANSLATE_NOOP(
            "Verdict",
            "Internal: {who}. {policy} discount, {left} left {period} "
            "(offline: the server cannot be asked).",
        )
        return offline.format(who=who, policy=policy.name, left=left, period=period)
    return QT_TRANSLATE_NOOP(
        "Verdict", "Internal: {who}. {policy} discount, {left} left {period}."
    ).format(who=who, policy=policy.name, left=left, period=period)


def _who(verdict: Verdict, rules: Rules) -> Text:
    holder = verdict.holder
    assert holder is not None
    company = rules.companies.get(holder.company or "")
    company_name = company.name if company else holder.company
    if verdict.kind == "dependant":
        return QT_TRANSLATE_NOOP("Verdict", "{name}, dependant of {employee} ({company})").format(
            name=holder.name, employee=holder.employee_name, company=company_name
        )
    if verdict.kind == "group_employee":
        return QT_TRANSLATE_NOOP("Verdict", "{name}, group company {company}").format(
            name=holder.name, company=company_name
        )
    return QT_TRANSLATE_NOOP("Verdict", "{name}, employee of {company}").format(
        name=holder.name, company=company_name
    )

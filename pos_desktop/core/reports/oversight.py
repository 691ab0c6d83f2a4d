"""What a manager keeps an eye on beside the discounts: each employee's allowance use, each
supervisor's overrides, and department orders at cost by cost centre, net of refunds.

Days are the store's days (its time zone); a refund counts on the day it was made.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field

from pos_desktop.core import clock
from pos_desktop.core.reports.figures import NO_KEY, Period, staff_names
from pos_desktop.core.rules import Rules

# Allowance


@dataclass(frozen=True)
class AllowanceUse:
    """One employee's allowance in the period holding the report's day."""

    employee_no: str
    name: str
    policy: str
    period: str
    limit: int
    used: int

    @property
    def left(self) -> int:
        return max(0, self.limit - self.used)

    @property
    def share_tenths(self) -> int:
        """Used as a share of the limit, in tenths of a percent (455 = 45.5 %)."""
        if self.limit <= 0:
            return 0
        return (max(0, self.used) * 1000 + self.limit // 2) // self.limit


def allowance_use(conn: sqlite3.Connection, rules: Rules, on: dt.date) -> list[AllowanceUse]:
    """Every employee who used some allowance in the period (by their current policy) that
    holds the end of `on`; the biggest share of the limit first."""
    tz = rules.settings.tz
    moment = clock.local_midnight(on + dt.timedelta(days=1), tz) - dt.timedelta(microseconds=1)
    used_by_period: dict[str, dict[str, int]] = {}
    for policy in rules.policies:
        if policy.allowance is None or policy.allowance.period in used_by_period:
            continue
        lower, upper = clock.period_bounds(policy.allowance.period, moment, tz)
        used_by_period[policy.allowance.period] = {
            row[0]: row[1]
            for row in conn.execute(
                # This till's sales and, on a till of a chain, the other tills' that sync
                # brought: the allowance is the employee's across the chain.
                "SELECT employee_no, SUM(allowance_delta) FROM (SELECT employee_no, "
                "allowance_delta FROM sales WHERE employee_no IS NOT NULL AND period_at >= :lo "
                "AND period_at < :hi UNION ALL SELECT employee_no, allowance_delta "
                "FROM remote_sales WHERE period_at >= :lo AND period_at < :hi) "
                "GROUP BY employee_no HAVING SUM(allowance_delta) != 0",
                {"lo": lower, "hi": upper},
            )
        }
    numbers = sorted({n for used in used_by_period.values() for n in used})
    result = []
    for first in range(0, len(numbers), 500):
        chunk = numbers[first : first + 500]
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT employee_no, name, company, employment_type FROM staff "
            f"WHERE employee_no IN ({marks})",
            chunk,
        ):
            company = rules.companies.get(row["company"])
            current = (
                rules.policy_for(company.relation, row["employment_type"]) if company else None
            )
            if current is None or current.allowance is None:
                continue
            used = used_by_period[current.allowance.period].get(row["employee_no"], 0)
            if used:
                result.append(
                    AllowanceUse(
                        row["employee_no"],
                        row["name"],
                        current.name,
                        current.allowance.period,
                        current.allowance.amount,
                        used,
                    )
                )
    result.sort(key=lambda u: (-u.share_tenths, -u.used, u.employee_no))
    return result


# Overrides


@dataclass(frozen=True)
class OverrideEntry:
    sale_id: str
    at: dt.datetime
    till: str
    cashier_no: str | None
    customer_no: str | None
    discount: int
    reason: str


@dataclass
class SupervisorOverrides:
    employee_no: str
    name: str
    entries: list[OverrideEntry] = field(default_factory=list)
    refunded: int = 0  # discount of overridden sales given back by refunds in the period

    @property
    def count(self) -> int:
        return len(self.entries)

    @property
    def discount(self) -> int:
        return sum(e.discount for e in self.entries) - self.refunded


def overrides(
    conn: sqlite3.Connection, rules: Rules, start: dt.date, end: dt.date
) -> list[SupervisorOverrides]:
    """Each supervisor's approvals in the period with their reasons; most approvals first."""
    period = Period.of(rules, start, end)
    found: dict[str, SupervisorOverrides] = {}
    for row in conn.execute(
        "SELECT id, at, till, cashier_no, employee_no, discount, override_by, override_reason "
        "FROM sales WHERE kind = 'sale' AND override_by IS NOT NULL AND at >= ? AND at < ? "
        "ORDER BY at, seq",
        (period.lower, period.upper),
    ):
        who = found.setdefault(row["override_by"], SupervisorOverrides(row["override_by"], ""))
        who.entries.append(
            OverrideEntry(
                row["id"],
                clock.parse_stamp(row["at"]),
                row["till"],
                row["cashier_no"],
                row["employee_no"],
                row["discount"],
                row["override_reason"] or "",
            )
        )
    for row in conn.execute(
        "SELECT o.override_by, SUM(r.discount) FROM sales r JOIN sales o ON o.id = r.refund_of "
        "WHERE r.kind = 'refund' AND o.override_by IS NOT NULL AND r.at >= ? AND r.at < ? "
        "GROUP BY o.override_by",
        (period.lower, period.upper),
    ):
        who = found.setdefault(row[0], SupervisorOverrides(row[0], ""))
        who.refunded += row[1]
    names = staff_names(conn, list(found))
    for who in found.values():
        who.name = names.get(who.employee_no, who.employee_no)
    return sorted(found.values(), key=lambda s: (-s.count, s.employee_no))


# Department orders


@dataclass
class CostCentreRow:
    cost_centre: str
    department: str
    name: str
    orders: int = 0
    refunds: int = 0
    gross: int = 0  # at the regular price
    discount: int = 0

    @property
    def total(self) -> int:
        """What finance recharges the cost centre: the orders at cost, net of refunds."""
        return self.gross - self.discount


def cost_centres(
    conn: sqlite3.Connection, rules: Rules, start: dt.date, end: dt.date
) -> list[CostCentreRow]:
    """Internal department orders per cost centre and department, net of refunds."""
    period = Period.of(rules, start, end)
    rows: dict[tuple[str, str], CostCentreRow] = {}
    for record in conn.execute(
        "SELECT s.cost_centre, s.department, s.kind, COUNT(*) AS records, "
        "SUM(s.subtotal) AS gross, SUM(s.discount) AS discount FROM sales s "
        "WHERE s.customer_kind = 'department' AND s.at >= ? AND s.at < ? "
        "GROUP BY s.cost_centre, s.department, s.kind",
        (period.lower, period.upper),
    ):
        centre = record["cost_centre"] or NO_KEY
        code = record["department"] or NO_KEY
        row = rows.get((centre, code))
        if row is None:
            department = rules.departments.get(code)
            row = rows[(centre, code)] = CostCentreRow(
                centre, code, department.name if department else code
            )
        if record["kind"] == "sale":
            row.orders += record["records"]
            row.gross += record["gross"]
            row.discount += record["discount"]
        else:
            row.refunds += record["records"]
            row.gross -= record["gross"]
            row.discount -= record["discount"]
    return [rows[k] for k in sorted(rows)]

"""Reports from the journal for the owner, the auditor and finance: discounts granted, allowance
use, supervisor overrides and internal department orders, net of refunds, for any period.

Days are the store's days (its time zone); a refund counts on the day it was made.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from pos_desktop.core import clock
from pos_desktop.core.errors import InputError
from pos_desktop.core.reports import rollup
from pos_desktop.core.rules import Rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP

Grouping = Literal["day", "employee", "department", "company", "category", "policy"]
GROUPINGS: tuple[Grouping, ...] = ("day", "employee", "department", "company", "category", "policy")
NO_KEY = "-"
# By employee, department and company only staff purchases count (a dependant's with their
# employee); department orders at cost are transfers between cost centres, not discounts.
_STAFF_ONLY = ("employee", "department", "company")


@dataclass
class DiscountRow:
    key: str
    label: str
    sales: int = 0
    refunds: int = 0
    gross: int = 0
    discount: int = 0

    @property
    def total(self) -> int:
        return self.gross - self.discount


@dataclass(frozen=True)
class Period:
    """Store-local dates, both included, and the storage stamps that bound them."""

    start: dt.date
    end: dt.date
    lower: str
    upper: str

    @classmethod
    def of(cls, rules: Rules, start: dt.date, end: dt.date) -> Period:
        if end < start:
            raise InputError(
                QT_TRANSLATE_NOOP("Reports", "--to {end} is before --from {start}").format(
                    end=end, start=start
                )
            )
        tz = rules.settings.tz
        return cls(
            start,
            end,
            clock.stamp(clock.local_midnight(start, tz)),
            clock.stamp(clock.local_midnight(end + dt.timedelta(days=1), tz)),
        )

    def days(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=n) for n in range((self.end - self.start).days + 1)]


def discounts(
    conn: sqlite3.Connection, rules: Rules, start: dt.date, end: dt.date, by: Grouping = "day"
) -> list[DiscountRow]:
    """Sales, gross, discount and total per group between two store-local dates (inclusive).

    Refunds count on the day they were made and subtract from their group. Dependants'
    purchases count for their employee. By employee, department and company only staff
    purchases count; by category each line counts in its own category; by policy a sale
    without a staff discount counts under "-".

    Reads the journal's sums per day (core/reports/rollup.py), brought up to date first, and the
    journal itself only for what they do not hold; when they cannot be written (a read-only
    database) it reads the journal alone, with the same figures.
    """
    period = _period(rules, start, end, by)
    if rollup.refresh(conn, rules):
        with rollup.snapshot(conn):
            mark = rollup.mark(conn, rules)
            if mark is not None:
                return _from_rollup(conn, rules, period, by, mark)
    return _from_journal(conn, rules, period, by)


def discounts_from_journal(
    conn: sqlite3.Connection, rules: Rules, start: dt.date, end: dt.date, by: Grouping = "day"
) -> list[DiscountRow]:
    """The figures of `discounts`, read from the journal's records alone."""
    return _from_journal(conn, rules, _period(rules, start, end, by), by)


def _period(rules: Rules, start: dt.date, end: dt.date, by: str) -> Period:
    if by not in GROUPINGS:
        raise InputError(
            QT_TRANSLATE_NOOP("Reports", "--by {by} must be one of {choices}").format(
                by=repr(by), choices=", ".join(GROUPINGS)
            )
        )
    return Period.of(rules, start, end)


def _group_sql(by: Grouping, where: str) -> str:
    """key, kind, records, gross and discount of the sales (or, by category, their lines)
    that `where` picks, per group."""
    if by == "category":
        return (
            "SELECT l.category AS key, s.kind, COUNT(DISTINCT s.id) AS records, "
            "SUM(l.gross) AS gross, SUM(l.discount) AS discount FROM sales s "
            f"JOIN sale_lines l ON l.sale_id = s.id WHERE {where} GROUP BY key, s.kind"
        )
    staff_only = " AND s.employee_no IS NOT NULL" if by in _STAFF_ONLY else ""
    return (
        f"SELECT s.{by if by != 'employee' else 'employee_no'} AS key, s.kind, "
        "COUNT(*) AS records, SUM(s.subtotal) AS gross, SUM(s.discount) AS discount "
        f"FROM sales s WHERE {where}{staff_only} GROUP BY key, s.kind"
    )


_IN_RANGE = "s.at >= ? AND s.at < ?"
# Records past the rollup's mark are few: read them by sequence number, not by the `at` index.
_PAST_MARK = "s.seq > ? AND +s.at >= ? AND +s.at < ?"


def _from_journal(
    conn: sqlite3.Connection, rules: Rules, period: Period, by: Grouping
) -> list[DiscountRow]:
    if by == "day":
        return _by_day(conn, rules, period)
    records = conn.execute(_group_sql(by, _IN_RANGE), (period.lower, period.upper))
    return _grouped(conn, rules, by, records)


def _from_rollup(
    conn: sqlite3.Connection, rules: Rules, period: Period, by: Grouping, mark: int
) -> list[DiscountRow]:
    tz = rules.settings.tz
    if by == "day":
        rows: dict[str, DiscountRow] = {}
        for record in rollup.read(conn, "day", period.start, period.end):
            _add(rows.setdefault(record["key"], DiscountRow(record["key"], record["key"])), record)
        for record in conn.execute(
            "SELECT s.at, s.kind, 1 AS records, s.subtotal AS gross, s.discount "
            f"FROM sales s WHERE {_PAST_MARK}",
            (mark, period.lower, period.upper),
        ):
            day = clock.parse_stamp(record["at"]).astimezone(tz).date().isoformat()
            _add(rows.setdefault(day, DiscountRow(day, day)), record)
        return [rows[k] for k in sorted(rows)]
    records: list[sqlite3.Row] = []
    edges = [(period.lower, period.upper)]
    whole = rollup.covered(by, period.start, period.end)
    if whole is not None:
        lower = clock.stamp(clock.local_midnight(whole[0], tz))
        upper = clock.stamp(clock.local_midnight(whole[1] + dt.timedelta(days=1), tz))
        records.extend(rollup.read(conn, by, *whole))
        records.extend(conn.execute(_group_sql(by, _PAST_MARK), (mark, lower, upper)))
        edges = [(period.lower, lower), (upper, period.upper)]
    for lower, upper in edges:
        if lower < upper:
            records.extend(conn.execute(_group_sql(by, _IN_RANGE), (lower, upper)))
    return _grouped(conn, rules, by, records)


def _grouped(
    conn: sqlite3.Connection, rules: Rules, by: Grouping, records: Iterable[sqlite3.Row]
) -> list[DiscountRow]:
    rows: dict[str, DiscountRow] = {}
    for record in records:
        key = record["key"] if record["key"] is not None else NO_KEY
        row = rows.get(key)
        if row is None:
            row = rows[key] = DiscountRow(key, "")
        _add(row, record)
    labels = _labels(conn, rules, by, list(rows))
    for key, row in rows.items():
        row.label = labels.get(key, key)
    return [rows[k] for k in sorted(rows)]


def _add(row: DiscountRow, record: sqlite3.Row) -> None:
    if record["kind"] == "sale":
        row.sales += record["records"]
        row.gross += record["gross"]
        row.discount += record["discount"]
    else:
        row.refunds += record["records"]
        row.gross -= record["gross"]
        row.discount -= record["discount"]


_DAY_SQL = (
    "SELECT s.kind, COUNT(*) AS records, SUM(s.subtotal) AS gross, SUM(s.discount) AS discount "
    "FROM sales s WHERE s.at >= ? AND s.at < ? GROUP BY s.kind"
)


def _by_day(conn: sqlite3.Connection, rules: Rules, period: Period) -> list[DiscountRow]:
    # One range read of the `at` index per store day: exact for any time zone (half-hour
    # offsets, daylight saving) without converting a million stamps in Python.
    tz = rules.settings.tz
    result = []
    days = period.days()
    bounds = [clock.stamp(clock.local_midnight(d, tz)) for d in days]
    bounds.append(period.upper)
    for n, day in enumerate(days):
        row = DiscountRow(day.isoformat(), day.isoformat())
        for record in conn.execute(_DAY_SQL, (bounds[n], bounds[n + 1])):
            _add(row, record)
        if row.sales or row.refunds:
            result.append(row)
    return result


def _labels(
    conn: sqlite3.Connection, rules: Rules, by: Grouping, keys: list[str]
) -> dict[str, str]:
    if by == "employee":
        return _staff_names(conn, keys)
    if by == "department":
        return {
            k: rules.departments[k].name
            if k in rules.departments
            else QT_TRANSLATE_NOOP("Reports", "no department").text()
            for k in keys
        }
    if by == "company":
        return {k: rules.companies[k].name if k in rules.companies else k for k in keys}
    if by == "category":
        return {k: rules.categories[k].name if k in rules.categories else k for k in keys}
    if by == "policy":
        return {
            k: QT_TRANSLATE_NOOP("Reports", "no staff discount").text() if k == NO_KEY else k
            for k in keys
        }
    return {}


def _staff_names(conn: sqlite3.Connection, numbers: list[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for first in range(0, len(numbers), 500):
        chunk = numbers[first : first + 500]
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT employee_no, name FROM staff WHERE employee_no IN ({marks})", chunk
        ):
            names[row[0]] = row[1]
    return names


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
    names = _staff_names(conn, list(found))
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

"""Reports from the journal for the owner, the auditor and finance: the discounts granted, by a
grouping, net of refunds, for any period (allowance use, overrides and department orders are
reports/oversight.py's).

Days are the store's days (its time zone); a refund counts on the day it was made.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
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
        return staff_names(conn, keys)
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


def staff_names(conn: sqlite3.Connection, numbers: list[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for first in range(0, len(numbers), 500):
        chunk = numbers[first : first + 500]
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT employee_no, name FROM staff WHERE employee_no IN ({marks})", chunk
        ):
            names[row[0]] = row[1]
    return names

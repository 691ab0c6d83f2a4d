"""Reports from the journal: discounts granted, net of refunds, grouped as finance asks."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Literal

from pos_desktop.core import clock
from pos_desktop.core.errors import InputError
from pos_desktop.core.rules import Rules

Grouping = Literal["employee", "department", "category", "day"]
GROUPINGS: tuple[Grouping, ...] = ("day", "employee", "department", "category")


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


def discounts(
    conn: sqlite3.Connection, rules: Rules, start: dt.date, end: dt.date, by: Grouping = "day"
) -> list[DiscountRow]:
    """Sales, gross, discount and total per group between two store-local dates (inclusive).

    Refunds count on the day they were made and subtract from their group. Dependants'
    purchases count for their employee. By employee and by department, only staff purchases
    count (grouped by the employee's department); department orders at cost are transfers
    between cost centres, not employee discounts.
    """
    if end < start:
        raise InputError(f"--to {end} is before --from {start}")
    tz = rules.settings.tz
    lower = clock.stamp(clock.local_midnight(start, tz))
    upper = clock.stamp(clock.local_midnight(end + dt.timedelta(days=1), tz))
    rows: dict[str, DiscountRow] = {}
    if by == "category":
        query = (
            "SELECT s.kind, l.category AS key, l.gross, l.discount, s.id FROM sales s "
            "JOIN sale_lines l ON l.sale_id = s.id WHERE s.at >= ? AND s.at < ?"
        )
    else:
        column = {"employee": "s.employee_no", "department": "s.department", "day": "s.at"}[by]
        query = (
            f"SELECT s.kind, {column} AS key, s.subtotal AS gross, s.discount, s.id "
            "FROM sales s WHERE s.at >= ? AND s.at < ?"
        )
        if by in ("employee", "department"):
            query += " AND s.employee_no IS NOT NULL"
    counted: set[tuple[str, str]] = set()
    for record in conn.execute(query, (lower, upper)):
        key = record["key"]
        if by == "day":
            key = clock.parse_stamp(key).astimezone(tz).date().isoformat()
        elif key is None:
            if by == "employee":
                continue
            key = "-"
        row = rows.get(key)
        if row is None:
            row = rows[key] = DiscountRow(key, _label(conn, rules, by, key))
        sign = 1 if record["kind"] == "sale" else -1
        if (record["id"], key) not in counted:
            counted.add((record["id"], key))
            if sign > 0:
                row.sales += 1
            else:
                row.refunds += 1
        row.gross += sign * record["gross"]
        row.discount += sign * record["discount"]
    return [rows[k] for k in sorted(rows)]


def _label(conn: sqlite3.Connection, rules: Rules, by: Grouping, key: str) -> str:
    if by == "employee":
        row = conn.execute("SELECT name FROM staff WHERE employee_no = ?", (key,)).fetchone()
        return str(row[0]) if row else key
    if by == "department":
        department = rules.departments.get(key)
        return department.name if department else "no department"
    if by == "category":
        category = rules.categories.get(key)
        return category.name if category else key
    return key

"""What group companies' staff were given, for the seller to charge back: per company, and
sale by sale (reports/table.py's `Table`)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from pos_desktop.core import clock
from pos_desktop.core.money import Amount, format_amount
from pos_desktop.core.reports.figures import Period
from pos_desktop.core.reports.table import SALE_KINDS, Table, headings, money_cell, title
from pos_desktop.core.rules import Rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP


@dataclass
class RechargeSale:
    sale_id: str
    at: dt.datetime
    kind: str
    employee_no: str | None
    gross: int
    discount: int


@dataclass
class RechargeRow:
    company: str
    name: str
    sales: int = 0
    refunds: int = 0
    gross: int = 0
    discount: int = 0  # net of refunds: what the seller charges back
    entries: list[RechargeSale] = field(default_factory=list)


def recharge_rows(
    conn: sqlite3.Connection, rules: Rules, start: dt.date, end: dt.date
) -> list[RechargeRow]:
    """Per group company (never the own one): its staff's purchases in the period and the
    discount they were given, net of refunds (a refund counts on the day it was made)."""
    period = Period.of(rules, start, end)
    group = {c.code: c for c in rules.companies.values() if c.relation == "group"}
    rows: dict[str, RechargeRow] = {}
    for record in conn.execute(
        "SELECT id, kind, at, company, employee_no, subtotal, discount FROM sales "
        "WHERE customer_status = 'internal' AND customer_kind IN ('group_employee', 'dependant') "
        "AND at >= ? AND at < ? ORDER BY seq",
        (period.lower, period.upper),
    ):
        company = group.get(record["company"] or "")
        if company is None:
            continue
        row = rows.setdefault(company.code, RechargeRow(company.code, company.name))
        sign = 1 if record["kind"] == "sale" else -1
        if sign > 0:
            row.sales += 1
        else:
            row.refunds += 1
        row.gross += sign * record["subtotal"]
        row.discount += sign * record["discount"]
        row.entries.append(
            RechargeSale(
                record["id"],
                clock.parse_stamp(record["at"]),
                record["kind"],
                record["employee_no"],
                sign * record["subtotal"],
                sign * record["discount"],
            )
        )
    return [rows[k] for k in sorted(rows)]


def recharge_table(rows: list[RechargeRow], start: dt.date, end: dt.date, currency: str) -> Table:
    keys = ["company", "name", "sales", "refunds", "gross", "discount"]
    return Table(
        title("recharge", start, end),
        keys,
        headings(*keys),
        [
            [
                r.company,
                r.name,
                r.sales,
                r.refunds,
                money_cell(r.gross, currency),
                money_cell(r.discount, currency),
            ]
            for r in rows
        ],
        frozenset({2, 3, 4, 5}),
        [
            QT_TRANSLATE_NOOP(
                "Reports", "To charge back {start} to {end}: {amount} {currency}"
            ).format(
                start=start,
                end=end,
                amount=Amount(sum(r.discount for r in rows), currency),
                currency=currency,
            )
        ],
        {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "currency": currency,
            "discount": format_amount(sum(r.discount for r in rows), currency),
        },
    )


def recharge_sales_table(
    rows: list[RechargeRow], start: dt.date, end: dt.date, currency: str, tz: ZoneInfo
) -> Table:
    keys = ["company", "sale_id", "at", "kind", "employee", "gross", "discount"]
    return Table(
        title("recharge-sales", start, end),
        keys,
        headings(*keys),
        [
            [
                r.company,
                e.sale_id,
                e.at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                SALE_KINDS[e.kind].text() if e.kind in SALE_KINDS else e.kind,
                e.employee_no or "",
                money_cell(e.gross, currency),
                money_cell(e.discount, currency),
            ]
            for r in rows
            for e in r.entries
        ],
        frozenset({5, 6}),
        [],
        {"from": start.isoformat(), "to": end.isoformat(), "currency": currency},
    )

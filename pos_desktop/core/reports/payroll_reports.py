"""The reports of what staff charged to payroll and of the taxable benefit of their discounts,
as tables (reports/table.py's `Table`): each employee's charges to deduct from pay, the leavers
who still owe, and the benefit per employee and year."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from pos_desktop.core import benefits, clock, payroll
from pos_desktop.core.money import Amount, format_amount
from pos_desktop.core.reports.figures import Period
from pos_desktop.core.reports.table import SALE_KINDS, Cell, Table, headings, money_cell, title
from pos_desktop.core.rules import Rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP


@dataclass
class PayrollRow:
    employee_no: str
    name: str
    sales: int = 0
    refunds: int = 0
    amount: int = 0  # net of refunds


@dataclass(frozen=True)
class Leaver:
    employee_no: str
    name: str
    balance: int
    left_on: str  # the end date, or "" when terminated without one


def payroll_rows(
    conn: sqlite3.Connection, rules: Rules, start: dt.date, end: dt.date
) -> list[PayrollRow]:
    """Per employee: charges to payroll and their refunds made in the period, and the net
    amount; a dependant's charges count for their employee."""
    period = Period.of(rules, start, end)
    rows: dict[str, PayrollRow] = {}
    for record in conn.execute(
        "SELECT employee_no, kind, COUNT(*) AS n, SUM(total) AS total FROM sales "
        "WHERE tender = 'payroll' AND at >= ? AND at < ? GROUP BY employee_no, kind",
        (period.lower, period.upper),
    ):
        row = rows.setdefault(record["employee_no"], PayrollRow(record["employee_no"], ""))
        if record["kind"] == "sale":
            row.sales += record["n"]
            row.amount += record["total"]
        else:
            row.refunds += record["n"]
            row.amount -= record["total"]
    names = benefits.staff_names(conn, list(rows))
    for row in rows.values():
        row.name = names.get(row.employee_no, row.employee_no)
    return [rows[k] for k in sorted(rows)]


def payroll_by_month(
    conn: sqlite3.Connection, rules: Rules, start: dt.date, end: dt.date
) -> list[tuple[str, int]]:
    """(store-local month, net amount charged to payroll) for each month the period touches."""
    period = Period.of(rules, start, end)
    tz = rules.settings.tz
    months: dict[str, int] = {}
    day = start.replace(day=1)
    while day <= end:
        months[day.strftime("%Y-%m")] = 0
        day = (day + dt.timedelta(days=32)).replace(day=1)
    for row in conn.execute(
        "SELECT at, CASE kind WHEN 'sale' THEN total ELSE -total END FROM sales "
        "WHERE tender = 'payroll' AND at >= ? AND at < ?",
        (period.lower, period.upper),
    ):
        month = clock.parse_stamp(row[0]).astimezone(tz).strftime("%Y-%m")
        months[month] = months.get(month, 0) + int(row[1])
    return sorted(months.items())


def leavers(conn: sqlite3.Connection, rules: Rules, today: dt.date) -> list[Leaver]:
    """Employees who have left (terminated, or past their end date) owing charges to payroll
    not yet closed: payroll must recover them some other way."""
    open_amounts = {k: v for k, v in payroll.open_amounts(conn, rules).items() if v > 0}
    if not open_amounts:
        return []
    numbers = list(open_amounts)
    found = []
    for first in range(0, len(numbers), 500):
        chunk = numbers[first : first + 500]
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT employee_no, name, status, end_date FROM staff WHERE employee_no IN ({marks})",
            chunk,
        ):
            gone = row["status"] == "terminated" or (
                row["end_date"] is not None and row["end_date"] < today.isoformat()
            )
            if gone:
                found.append(
                    Leaver(
                        row["employee_no"],
                        row["name"],
                        open_amounts[row["employee_no"]],
                        row["end_date"] or "",
                    )
                )
    return sorted(found, key=lambda leaver: leaver.employee_no)


def payroll_table(
    rows: list[PayrollRow],
    gone: list[Leaver],
    start: dt.date,
    end: dt.date,
    currency: str,
    through: dt.date | None,
) -> Table:
    keys = ["employee", "name", "sales", "refunds", "amount"]
    notes: list[str] = [
        QT_TRANSLATE_NOOP(
            "Reports", "To deduct from pay {start} to {end}: {amount} {currency}"
        ).format(
            start=start,
            end=end,
            amount=Amount(sum(r.amount for r in rows), currency),
            currency=currency,
        )
    ]
    if through is not None:
        notes.append(
            QT_TRANSLATE_NOOP("Reports", "Payroll is closed through {day}").format(
                day=through.isoformat()
            )
        )
    notes += [
        QT_TRANSLATE_NOOP(
            "Reports",
            "Leaver with an open balance: {name} ({employee}), {amount} {currency} not yet "
            "deducted",
        ).format(
            name=leaver.name,
            employee=leaver.employee_no,
            amount=Amount(leaver.balance, currency),
            currency=currency,
        )
        for leaver in gone
    ]
    return Table(
        title("payroll", start, end),
        keys,
        headings(*keys),
        [[r.employee_no, r.name, r.sales, r.refunds, money_cell(r.amount, currency)] for r in rows],
        frozenset({2, 3, 4}),
        notes,
        {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "currency": currency,
            "amount": format_amount(sum(r.amount for r in rows), currency),
            "closed_through": None if through is None else through.isoformat(),
            "leavers": [
                {
                    "employee": leaver.employee_no,
                    "name": leaver.name,
                    "balance": format_amount(leaver.balance, currency),
                    "end_date": leaver.left_on or None,
                }
                for leaver in gone
            ],
        },
    )


def benefits_table(
    found: list[benefits.EmployeeBenefit],
    year: int,
    rules: Rules,
    employee_no: str | None,
    tz: ZoneInfo,
) -> Table:
    currency = rules.settings.currency
    keys = ["employee", "name", "discount", "benefit", "tax_free", "taxable"]
    rule_set = benefits.RULE_SETS.get(rules.tax.jurisdiction, benefits.RULE_SETS["none"])
    notes: list[str] = [
        QT_TRANSLATE_NOOP("Reports", "Rules: {rules}").format(
            rules=benefits.described(rules.tax, currency)
        ),
        QT_TRANSLATE_NOOP("Reports", "Taxable benefit in {year}: {amount} {currency}").format(
            year=year, amount=Amount(sum(b.taxable for b in found), currency), currency=currency
        ),
    ]
    data: dict[str, object] = {
        "year": year,
        "currency": currency,
        "jurisdiction": rule_set.code,
        "parameters": {key: value for key, value, _ in benefits.effective(rules.tax)},
    }
    rows: list[list[Cell]] = [
        [
            b.employee_no,
            b.name,
            money_cell(b.discount, currency),
            money_cell(b.benefit, currency),
            money_cell(b.tax_free, currency),
            money_cell(b.taxable, currency),
        ]
        for b in found
    ]
    if employee_no is not None:
        sales = [s for b in found for s in b.sales]
        data["sales"] = [
            {
                "sale_id": s.sale_id,
                "at": s.at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                "kind": s.kind,
                "buyer": s.buyer,
                "gross": format_amount(s.gross, currency),
                "discount": format_amount(s.discount, currency),
                "benefit": format_amount(s.benefit, currency),
            }
            for s in sales
        ]
        notes += [
            QT_TRANSLATE_NOOP(
                "Reports", "{at} {kind} {sale}: discount {discount}, benefit {benefit} ({buyer})"
            ).format(
                at=s.at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                kind=SALE_KINDS[s.kind].text() if s.kind in SALE_KINDS else s.kind,
                sale=s.sale_id,
                discount=Amount(s.discount, currency),
                benefit=Amount(s.benefit, currency),
                buyer=s.buyer,
            )
            for s in sales
        ]
    return Table(
        QT_TRANSLATE_NOOP("Reports", "Taxable benefit of staff discounts, {year}").format(
            year=year
        ),
        keys,
        headings(*keys),
        rows,
        frozenset({2, 3, 4, 5}),
        notes,
        data,
    )

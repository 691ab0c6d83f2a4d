"""The reports of staff purchases beyond the till, as tables (reports/tables.py's `Table`): what
each employee charged to payroll, the taxable benefit per employee and year, and what group
companies' staff were given, for the seller to charge back; and one employee's statement."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from pos_desktop.core import benefits, clock, payroll
from pos_desktop.core.errors import InputError
from pos_desktop.core.money import Amount, format_amount
from pos_desktop.core.reports.figures import Period
from pos_desktop.core.reports.tables import Cell, Table
from pos_desktop.core.rules import Rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Template, Text

TITLES = {
    "payroll": QT_TRANSLATE_NOOP("Reports", "Charges to payroll"),
    "recharge": QT_TRANSLATE_NOOP("Reports", "Recharge to group companies"),
    "recharge-sales": QT_TRANSLATE_NOOP("Reports", "Sales to recharge"),
}
HEADINGS = {
    "employee": QT_TRANSLATE_NOOP("Reports", "Employee"),
    "name": QT_TRANSLATE_NOOP("Reports", "Name"),
    "sales": QT_TRANSLATE_NOOP("Reports", "Sales"),
    "refunds": QT_TRANSLATE_NOOP("Reports", "Refunds"),
    "amount": QT_TRANSLATE_NOOP("Reports", "Amount"),
    "discount": QT_TRANSLATE_NOOP("Reports", "Discount"),
    "benefit": QT_TRANSLATE_NOOP("Reports", "Benefit"),
    "tax_free": QT_TRANSLATE_NOOP("Reports", "Tax-free"),
    "taxable": QT_TRANSLATE_NOOP("Reports", "Taxable"),
    "company": QT_TRANSLATE_NOOP("Reports", "Company"),
    "gross": QT_TRANSLATE_NOOP("Reports", "Gross"),
    "sale_id": QT_TRANSLATE_NOOP("Reports", "Sale"),
    "at": QT_TRANSLATE_NOOP("Reports", "At"),
    "kind": QT_TRANSLATE_NOOP("Reports", "Kind"),
    "buyer": QT_TRANSLATE_NOOP("Reports", "Buyer"),
}
_AMOUNT = Template("Reports", "{amount}")


def _headings(*keys: str) -> list[str]:
    return [HEADINGS[key].text() for key in keys]


def _money(minor: int, currency: str) -> Text:
    return _AMOUNT.format(amount=Amount(minor, currency))


# Payroll


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
        _title("payroll", start, end),
        keys,
        _headings(*keys),
        [[r.employee_no, r.name, r.sales, r.refunds, _money(r.amount, currency)] for r in rows],
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


def _title(report: str, start: dt.date, end: dt.date) -> Text:
    """'Charges to payroll, 2026-06-01 to 2026-06-30', as reports/tables.py titles its reports."""
    period: str = start.isoformat()
    if start != end:
        period = QT_TRANSLATE_NOOP("Reports", "{start} to {end}").format(
            start=start.isoformat(), end=end.isoformat()
        )
    return QT_TRANSLATE_NOOP("Reports", "{report}, {period}").format(
        report=TITLES[report].text(), period=period
    )


# Benefits


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
            _money(b.discount, currency),
            _money(b.benefit, currency),
            _money(b.tax_free, currency),
            _money(b.taxable, currency),
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
                kind=_KINDS[s.kind].text() if s.kind in _KINDS else s.kind,
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
        _headings(*keys),
        rows,
        frozenset({2, 3, 4, 5}),
        notes,
        data,
    )


_KINDS = {
    "sale": QT_TRANSLATE_NOOP("Reports", "sale"),
    "refund": QT_TRANSLATE_NOOP("Reports", "refund"),
}


# Recharge


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
        _title("recharge", start, end),
        keys,
        _headings(*keys),
        [
            [
                r.company,
                r.name,
                r.sales,
                r.refunds,
                _money(r.gross, currency),
                _money(r.discount, currency),
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
        _title("recharge-sales", start, end),
        keys,
        _headings(*keys),
        [
            [
                r.company,
                e.sale_id,
                e.at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                _KINDS[e.kind].text() if e.kind in _KINDS else e.kind,
                e.employee_no or "",
                _money(e.gross, currency),
                _money(e.discount, currency),
            ]
            for r in rows
            for e in r.entries
        ],
        frozenset({5, 6}),
        [],
        {"from": start.isoformat(), "to": end.isoformat(), "currency": currency},
    )


# Statement


STATEMENT_ITEMS = {
    "allowance_used": QT_TRANSLATE_NOOP("Reports", "Allowance used {period}"),
    "allowance_left": QT_TRANSLATE_NOOP("Reports", "Allowance left {period}"),
    "discount_year": QT_TRANSLATE_NOOP("Reports", "Discount in {year}"),
    "benefit_year": QT_TRANSLATE_NOOP("Reports", "Taxable benefit in {year} so far"),
    "payroll_used": QT_TRANSLATE_NOOP("Reports", "Charged to payroll {period}"),
    "payroll_left": QT_TRANSLATE_NOOP("Reports", "Payroll limit left {period}"),
    "payroll_balance": QT_TRANSLATE_NOOP("Reports", "Payroll balance not yet deducted"),
}
STATEMENT_HEADINGS = {
    "item": QT_TRANSLATE_NOOP("Reports", "What"),
    "amount": QT_TRANSLATE_NOOP("Reports", "Amount"),
}


def statement(
    conn: sqlite3.Connection, rules: Rules, employee_no: str, year: int, at: dt.datetime
) -> Table:
    """One employee's statement at the moment `at`: allowance used and left in its period,
    the discount and taxable benefit of `year` so far, and their payroll account."""
    member = conn.execute(
        "SELECT employee_no, name, company, employment_type FROM staff WHERE employee_no = ?",
        (employee_no,),
    ).fetchone()
    if member is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Reports", "there is no employee {employee} in the registry").format(
                employee=repr(employee_no)
            )
        )
    currency = rules.settings.currency
    tz = rules.settings.tz
    company = rules.companies.get(member["company"])
    policy = rules.policy_for(company.relation, member["employment_type"]) if company else None
    items: list[tuple[str, Text, int]] = []
    data: dict[str, object] = {
        "employee": employee_no,
        "name": member["name"],
        "year": year,
        "currency": currency,
        "policy": policy.name if policy else None,
    }
    if policy is not None and policy.allowance is not None:
        lower, upper = clock.period_bounds(policy.allowance.period, at, tz)
        spent = conn.execute(
            "SELECT COALESCE(SUM(allowance_delta), 0) FROM (SELECT allowance_delta FROM sales "
            "WHERE employee_no = :e AND period_at >= :lo AND period_at < :hi UNION ALL "
            "SELECT allowance_delta FROM remote_sales WHERE employee_no = :e "
            "AND period_at >= :lo AND period_at < :hi)",
            {"e": employee_no, "lo": lower, "hi": upper},
        ).fetchone()[0]
        words = clock.period_words(policy.allowance.period)
        items.append(
            ("allowance_used", STATEMENT_ITEMS["allowance_used"].format(period=words), spent)
        )
        items.append(
            (
                "allowance_left",
                STATEMENT_ITEMS["allowance_left"].format(period=words),
                max(0, policy.allowance.amount - spent),
            )
        )
    found = benefits.year(conn, rules, year, employee_no)
    mine = found[0] if found else benefits.EmployeeBenefit(employee_no, member["name"])
    items.append(
        ("discount_year", STATEMENT_ITEMS["discount_year"].format(year=year), mine.discount)
    )
    items.append(("benefit_year", STATEMENT_ITEMS["benefit_year"].format(year=year), mine.taxable))
    if policy is not None and policy.payroll_limit is not None:
        charged = payroll.used(conn, rules, employee_no, policy.payroll_limit, at)
        words = clock.period_words(policy.payroll_limit.period)
        items.append(
            ("payroll_used", STATEMENT_ITEMS["payroll_used"].format(period=words), charged)
        )
        items.append(
            (
                "payroll_left",
                STATEMENT_ITEMS["payroll_left"].format(period=words),
                max(0, policy.payroll_limit.amount - charged),
            )
        )
    balance = payroll.open_amounts(conn, rules).get(employee_no, 0)
    items.append(("payroll_balance", STATEMENT_ITEMS["payroll_balance"].text(), balance))
    data["items"] = {key: format_amount(amount, currency) for key, _, amount in items}
    keys = ["item", "amount"]
    return Table(
        QT_TRANSLATE_NOOP("Reports", "Statement of {name} ({employee}), {day}").format(
            name=member["name"],
            employee=employee_no,
            day=at.astimezone(tz).date().isoformat(),
        ),
        keys,
        [STATEMENT_HEADINGS[k].text() for k in keys],
        [[label, _money(amount, currency)] for _, label, amount in items],
        frozenset({1}),
        [
            QT_TRANSLATE_NOOP("Reports", "Policy: {policy}").format(
                policy=policy.name
                if policy
                else QT_TRANSLATE_NOOP("Reports", "none applies").text()
            )
        ],
        data,
    )

"""One employee's statement: their allowance, discount, taxable benefit and payroll account
at a moment, as a table (reports/table.py's `Table`)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from zoneinfo import ZoneInfo

from pos_desktop.core import benefits, clock, payroll
from pos_desktop.core.errors import InputError
from pos_desktop.core.money import format_amount
from pos_desktop.core.policies import Allowance
from pos_desktop.core.reports.table import Table, money_cell
from pos_desktop.core.rules import Rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text

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


Item = tuple[str, Text, int]  # key, words, amount in minor units


def _allowance_items(
    conn: sqlite3.Connection, employee_no: str, allowance: Allowance, at: dt.datetime, tz: ZoneInfo
) -> list[Item]:
    """The allowance used and left in the period holding `at`, here and on the other tills."""
    lower, upper = clock.period_bounds(allowance.period, at, tz)
    spent = conn.execute(
        "SELECT COALESCE(SUM(allowance_delta), 0) FROM (SELECT allowance_delta FROM sales "
        "WHERE employee_no = :e AND period_at >= :lo AND period_at < :hi UNION ALL "
        "SELECT allowance_delta FROM remote_sales WHERE employee_no = :e "
        "AND period_at >= :lo AND period_at < :hi)",
        {"e": employee_no, "lo": lower, "hi": upper},
    ).fetchone()[0]
    words = clock.period_words(allowance.period)
    return [
        ("allowance_used", STATEMENT_ITEMS["allowance_used"].format(period=words), spent),
        (
            "allowance_left",
            STATEMENT_ITEMS["allowance_left"].format(period=words),
            max(0, allowance.amount - spent),
        ),
    ]


def _payroll_items(
    conn: sqlite3.Connection, rules: Rules, employee_no: str, limit: Allowance, at: dt.datetime
) -> list[Item]:
    """What was charged to payroll in the limit's period holding `at`, and what is left."""
    charged = payroll.used(conn, rules, employee_no, limit, at)
    words = clock.period_words(limit.period)
    return [
        ("payroll_used", STATEMENT_ITEMS["payroll_used"].format(period=words), charged),
        (
            "payroll_left",
            STATEMENT_ITEMS["payroll_left"].format(period=words),
            max(0, limit.amount - charged),
        ),
    ]


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
    items: list[Item] = []
    if policy is not None and policy.allowance is not None:
        items += _allowance_items(conn, employee_no, policy.allowance, at, tz)
    found = benefits.year(conn, rules, year, employee_no)
    mine = found[0] if found else benefits.EmployeeBenefit(employee_no, member["name"])
    items.append(
        ("discount_year", STATEMENT_ITEMS["discount_year"].format(year=year), mine.discount)
    )
    items.append(("benefit_year", STATEMENT_ITEMS["benefit_year"].format(year=year), mine.taxable))
    if policy is not None and policy.payroll_limit is not None:
        items += _payroll_items(conn, rules, employee_no, policy.payroll_limit, at)
    balance = payroll.open_amounts(conn, rules).get(employee_no, 0)
    items.append(("payroll_balance", STATEMENT_ITEMS["payroll_balance"].text(), balance))
    data: dict[str, object] = {
        "employee": employee_no,
        "name": member["name"],
        "year": year,
        "currency": currency,
        "policy": policy.name if policy else None,
        "items": {key: format_amount(amount, currency) for key, _, amount in items},
    }
    keys = ["item", "amount"]
    return Table(
        QT_TRANSLATE_NOOP("Reports", "Statement of {name} ({employee}), {day}").format(
            name=member["name"],
            employee=employee_no,
            day=at.astimezone(tz).date().isoformat(),
        ),
        keys,
        [STATEMENT_HEADINGS[k].text() for k in keys],
        [[label, money_cell(amount, currency)] for _, label, amount in items],
        frozenset({1}),
        [
            QT_TRANSLATE_NOOP("Reports", "Policy: {policy}").format(
                policy=policy.name
                if policy
                else QT_TRANSLATE_NOOP("Reports", "none applies").text()
            )
        ],
        data,
        units={1: currency},
    )

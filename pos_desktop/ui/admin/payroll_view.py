"""The Reports page's reports of staff purchases beyond the till: charges to payroll (with
the amount per month), the taxable benefit of the To day's year (with the benefit per month)
and the recharge to group companies (with the discount per company)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from pos_desktop.core import benefits, clock, payroll
from pos_desktop.core.reports import charts, payroll_reports, recharge
from pos_desktop.core.reports.charts import ChartData
from pos_desktop.core.reports.table import Table
from pos_desktop.core.rules import Rules

KEYS = ("payroll", "benefits", "recharge")


def report(
    conn: sqlite3.Connection, rules: Rules, key: str, start: dt.date, end: dt.date
) -> tuple[Table, ChartData]:
    currency = rules.settings.currency
    if key == "payroll":
        today = clock.now().astimezone(rules.settings.tz).date()
        table = payroll_reports.payroll_table(
            payroll_reports.payroll_rows(conn, rules, start, end),
            payroll_reports.leavers(conn, rules, today),
            start,
            end,
            currency,
            payroll.closed_through(conn),
        )
        months = payroll_reports.payroll_by_month(conn, rules, start, end)
        return table, charts.payroll_months(months, currency)
    if key == "benefits":
        found = benefits.year(conn, rules, end.year)
        table = payroll_reports.benefits_table(found, end.year, rules, None, rules.settings.tz)
        by_month = benefits.by_month(conn, rules, end.year)
        return table, charts.benefit_months(by_month, end.year, currency)
    rows = recharge.recharge_rows(conn, rules, start, end)
    return recharge.recharge_table(rows, start, end, currency), charts.recharge(rows, currency)

"""The Reports page's reports of staff purchases beyond the till: charges to payroll (with
the amount per month), the taxable benefit of the To day's year (with the benefit per month)
and the recharge to group companies (with the discount per company)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from pos_desktop.core import benefits, clock, payroll
from pos_desktop.core.reports import payroll_reports, recharge
from pos_desktop.core.reports.charts import ChartData
from pos_desktop.core.reports.table import Table
from pos_desktop.core.rules import Rules
from pos_desktop.i18n import month_name, translate

KEYS = ("payroll", "benefits", "recharge")


def report(
    conn: sqlite3.Connection, rules: Rules, key: str, start: dt.date, end: dt.date
) -> tuple[Table, ChartData | None]:
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
        chart = ChartData(
            translate("ReportsPage", "Charged to payroll per month"),
            [month for month, _ in months],
            [amount for _, amount in months],
            currency,
            by_day=True,
        )
        return table, chart
    if key == "benefits":
        found = benefits.year(conn, rules, end.year)
        table = payroll_reports.benefits_table(found, end.year, rules, None, rules.settings.tz)
        chart = ChartData(
            translate("ReportsPage", "Benefit per month, {year}").format(year=end.year),
            [month_name(month) for month in range(1, 13)],  # "2026-04" was cut to "2026..."
            benefits.by_month(conn, rules, end.year),
            currency,
            by_day=True,
        )
        return table, chart
    rows = recharge.recharge_rows(conn, rules, start, end)
    chart = ChartData(
        translate("ReportsPage", "Discount to charge back per company"),
        [row.name for row in rows],
        [row.discount for row in rows],
        currency,
    )
    return recharge.recharge_table(rows, start, end, currency), chart

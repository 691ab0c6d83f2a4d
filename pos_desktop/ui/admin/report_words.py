"""The reports' titles and column headings in the language in use.

The core builds each report (core/tables.py) in English for the command line, with stable
column keys for CSV and JSON; the reports page shows the same table with its title and
headings looked up here, by the report and the column key. The CSV keeps the keys."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pos_desktop.core.tables import Table
from pos_desktop.i18n import translate

# The reports to choose from, by key, in the order the page offers them.
REPORTS = {
    "day": QT_TRANSLATE_NOOP("Reports", "Discounts by day"),
    "employee": QT_TRANSLATE_NOOP("Reports", "Discounts by employee"),
    "department": QT_TRANSLATE_NOOP("Reports", "Discounts by department"),
    "company": QT_TRANSLATE_NOOP("Reports", "Discounts by company"),
    "category": QT_TRANSLATE_NOOP("Reports", "Discounts by category"),
    "policy": QT_TRANSLATE_NOOP("Reports", "Discounts by policy"),
    "allowance": QT_TRANSLATE_NOOP("Reports", "Allowance use (on the To day)"),
    "overrides": QT_TRANSLATE_NOOP("Reports", "Supervisor overrides"),
    "cost-centres": QT_TRANSLATE_NOOP("Reports", "Department orders by cost centre"),
    "flags": QT_TRANSLATE_NOOP("Reports", "Loss-prevention flags"),
}
# The discount reports' charts, by grouping.
CHARTS = {
    "day": QT_TRANSLATE_NOOP("Reports", "Discount per day"),
    "employee": QT_TRANSLATE_NOOP("Reports", "Biggest discounts by employee"),
    "department": QT_TRANSLATE_NOOP("Reports", "Biggest discounts by department"),
    "company": QT_TRANSLATE_NOOP("Reports", "Biggest discounts by company"),
    "category": QT_TRANSLATE_NOOP("Reports", "Biggest discounts by category"),
    "policy": QT_TRANSLATE_NOOP("Reports", "Biggest discounts by policy"),
}
# Column headings by the table's column key (core/tables.py's keys); a key not here keeps
# the core's heading.
HEADINGS = {
    "day": QT_TRANSLATE_NOOP("Reports", "Day"),
    "employee": QT_TRANSLATE_NOOP("Reports", "Employee"),
    "department": QT_TRANSLATE_NOOP("Reports", "Department"),
    "company": QT_TRANSLATE_NOOP("Reports", "Company"),
    "category": QT_TRANSLATE_NOOP("Reports", "Category"),
    "policy": QT_TRANSLATE_NOOP("Reports", "Policy"),
    "name": QT_TRANSLATE_NOOP("Reports", "Name"),
    "sales": QT_TRANSLATE_NOOP("Reports", "Sales"),
    "refunds": QT_TRANSLATE_NOOP("Reports", "Refunds"),
    "gross": QT_TRANSLATE_NOOP("Reports", "Gross"),
    "discount": QT_TRANSLATE_NOOP("Reports", "Discount"),
    "total": QT_TRANSLATE_NOOP("Reports", "Total"),
    "period": QT_TRANSLATE_NOOP("Reports", "Period"),
    "limit": QT_TRANSLATE_NOOP("Reports", "Limit"),
    "used": QT_TRANSLATE_NOOP("Reports", "Used"),
    "left": QT_TRANSLATE_NOOP("Reports", "Left"),
    "share": QT_TRANSLATE_NOOP("Reports", "Share of limit"),
    "supervisor": QT_TRANSLATE_NOOP("Reports", "Supervisor"),
    "at": QT_TRANSLATE_NOOP("Reports", "At"),
    "till": QT_TRANSLATE_NOOP("Reports", "Till"),
    "sale_id": QT_TRANSLATE_NOOP("Reports", "Sale"),
    "cashier": QT_TRANSLATE_NOOP("Reports", "Cashier"),
    "customer": QT_TRANSLATE_NOOP("Reports", "Customer"),
    "reason": QT_TRANSLATE_NOOP("Reports", "Reason"),
    "cost_centre": QT_TRANSLATE_NOOP("Reports", "Cost centre"),
    "orders": QT_TRANSLATE_NOOP("Reports", "Orders"),
    "regular": QT_TRANSLATE_NOOP("Reports", "At regular price"),
    "charge": QT_TRANSLATE_NOOP("Reports", "To recharge"),
    "kind": QT_TRANSLATE_NOOP("Reports", "Kind"),
    "subject": QT_TRANSLATE_NOOP("Reports", "Who"),
    "first_at": QT_TRANSLATE_NOOP("Reports", "First"),
    "what": QT_TRANSLATE_NOOP("Reports", "What"),
    "detail": QT_TRANSLATE_NOOP("Reports", "Detail"),
    "sale_ids": QT_TRANSLATE_NOOP("Reports", "Sale ids"),
}
# The daily close names its customers' column "Customers" (its key is "name").
CLOSE_NAME = QT_TRANSLATE_NOOP("Reports", "Customers")


def period(start: dt.date, end: dt.date) -> str:
    """Days as ISO dates, as the page's date fields show them (one form in every language)."""
    if start == end:
        return str(start)
    return translate("Reports", "{start} to {end}").format(start=start, end=end)


def title(key: str, start: dt.date, end: dt.date) -> str:
    """'Discounts by employee, 2026-06-01 to 2026-06-15'; the allowance on its one day."""
    if key == "allowance":
        return translate("Reports", "Allowance use on {day}").format(day=end)
    text = translate("Reports", "{report}, {period}")
    return text.format(report=translate("Reports", REPORTS[key]), period=period(start, end))


def translated(table: Table, title_: str, *, close: bool = False) -> Table:
    """The core's table with its title and headings in the language in use."""
    headings = [
        translate("Reports", CLOSE_NAME)
        if close and key == "name"
        else translate("Reports", HEADINGS[key])
        if key in HEADINGS
        else heading
        for key, heading in zip(table.keys, table.headings, strict=True)
    ]
    return dataclasses.replace(table, title=title_, headings=headings)


def close_title(day: dt.date) -> str:
    return translate("Reports", "Daily close {day}").format(day=day)

"""The reports page's own words: the reports to choose from. A report's title, column headings
and worded cells are the core's (core/reports/table.py), shown in the language in use through
`Table.read`; its chart's title is the core's too (core/reports/charts.py)."""

from __future__ import annotations

from pos_desktop.core.reports.figures import GROUPINGS
from pos_desktop.core.reports.table import TITLES
from pos_desktop.core.text import QT_TRANSLATE_NOOP

# The reports to choose from, by key, in the order the page offers them; the allowance
# report is of the period holding the To day.
REPORTS: dict[str, str] = {
    **{key: TITLES[key] for key in GROUPINGS},
    "allowance": QT_TRANSLATE_NOOP("Reports", "Allowance use (on the To day)"),
    **{key: TITLES[key] for key in ("overrides", "cost-centres", "flags")},
    "payroll": TITLES["payroll"],
    "benefits": QT_TRANSLATE_NOOP("Reports", "Taxable benefit (the To day's year)"),
    "recharge": TITLES["recharge"],
}

"""What a report's chart shows, the same for the Reports page, its PDF and the command line's
PDF: the discount per day or the biggest discounts of a grouping, allowance use as a share of
the limit, the discount each supervisor approved, what each cost centre is recharged, what was
charged to payroll and the taxable benefit per month, and what each group company is charged
back.

Titles are texts marked for translation (pos_desktop.core.text); the faces show them in the
language in use. Values are whole numbers: minor units of the currency, or tenths of a
percent; a face draws them in major units and percent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from pos_desktop.core.reports.figures import DiscountRow, Grouping
from pos_desktop.core.reports.oversight import AllowanceUse, CostCentreRow, SupervisorOverrides
from pos_desktop.core.reports.recharge import RechargeRow
from pos_desktop.core.text import QT_TRANSLATE_NOOP

PERCENT = "%"
MAX_BARS = 10
MAX_DAY_LABELS = 31  # more days than this are drawn without their labels
# The discount reports' charts, by grouping.
DISCOUNTS = {
    "day": QT_TRANSLATE_NOOP("Reports", "Discount per day"),
    "employee": QT_TRANSLATE_NOOP("Reports", "Biggest discounts by employee"),
    "department": QT_TRANSLATE_NOOP("Reports", "Biggest discounts by department"),
    "company": QT_TRANSLATE_NOOP("Reports", "Biggest discounts by company"),
    "category": QT_TRANSLATE_NOOP("Reports", "Biggest discounts by category"),
    "policy": QT_TRANSLATE_NOOP("Reports", "Biggest discounts by policy"),
}
ALLOWANCE = QT_TRANSLATE_NOOP("ReportsPage", "Allowance used, share of the limit")
OVERRIDES = QT_TRANSLATE_NOOP("ReportsPage", "Discount approved by supervisors")
COST_CENTRES = QT_TRANSLATE_NOOP("ReportsPage", "To recharge per cost centre")
PAYROLL = QT_TRANSLATE_NOOP("ReportsPage", "Charged to payroll per month")
BENEFITS = QT_TRANSLATE_NOOP("ReportsPage", "Benefit per month, {year}")
RECHARGE = QT_TRANSLATE_NOOP("ReportsPage", "Discount to charge back per company")


@dataclass(frozen=True)
class ChartData:
    """What to draw: a title, labels and one whole-number value per label."""

    title: str
    labels: list[str]
    values: list[int]
    unit: str  # the currency (values in minor units), or PERCENT (values in tenths of a percent)
    by_day: bool = False  # vertical bars in time order; otherwise the biggest, horizontal
    # Labels that are months (2026-04) a face writes as the language's month names (Apr, kwi).
    named_months: bool = False

    def read(self, say: Callable[[object], str], month: Callable[[int], str]) -> ChartData:
        """The chart as a person reads it: its title as `say` writes it (in the language in
        use), its months as `month` names them."""
        labels = [month(int(m[5:])) for m in self.labels] if self.named_months else self.labels
        return replace(self, title=say(self.title), labels=labels)

    def shown(self) -> tuple[list[str], list[int]]:
        """The bars drawn, in drawing order: every day in time order; otherwise the
        MAX_BARS biggest, the biggest last (at the top of a horizontal chart)."""
        if self.by_day:
            return self.labels, self.values
        ranked = sorted(zip(self.values, self.labels, strict=True), reverse=True)[:MAX_BARS]
        ranked.reverse()
        return [label for _, label in ranked], [value for value, _ in ranked]


def discounts(rows: list[DiscountRow], by: Grouping, currency: str) -> ChartData:
    return ChartData(
        DISCOUNTS[by].text(),
        [r.key if by == "day" else r.label for r in rows],
        [r.discount for r in rows],
        currency,
        by_day=by == "day",
    )


def allowance(uses: list[AllowanceUse]) -> ChartData:
    return ChartData(
        ALLOWANCE.text(), [u.name for u in uses], [u.share_tenths for u in uses], PERCENT
    )


def overrides(found: list[SupervisorOverrides], currency: str) -> ChartData:
    return ChartData(
        OVERRIDES.text(), [s.name for s in found], [s.discount for s in found], currency
    )


def cost_centres(rows: list[CostCentreRow], currency: str) -> ChartData:
    return ChartData(
        COST_CENTRES.text(),
        [f"{r.cost_centre} {r.name}" for r in rows],
        [r.total for r in rows],
        currency,
    )


def payroll_months(months: list[tuple[str, int]], currency: str) -> ChartData:
    """(month, amount) as payroll_reports.payroll_by_month gives them."""
    return ChartData(
        PAYROLL.text(),
        [month for month, _ in months],
        [amount for _, amount in months],
        currency,
        by_day=True,
    )


def benefit_months(by_month: list[int], year: int, currency: str) -> ChartData:
    """The year's twelve months, as benefits.by_month gives them."""
    return ChartData(
        BENEFITS.format(year=year),
        [f"{year}-{month:02d}" for month in range(1, 13)],
        by_month,
        currency,
        by_day=True,
        named_months=True,
    )


def recharge(rows: list[RechargeRow], currency: str) -> ChartData:
    return ChartData(RECHARGE.text(), [r.name for r in rows], [r.discount for r in rows], currency)

"""What a report's chart shows, the same for the Reports page, its PDF and the command line's
PDF: the discount per day or the biggest discounts of a grouping, allowance use as a share of
the limit, the discount each supervisor approved, and what each cost centre is recharged.

Titles are texts marked for translation (pos_desktop.core.text); the faces show them in the
language in use. Values are whole numbers: minor units of the currency, or tenths of a
percent; a face draws them in major units and percent."""

from __future__ import annotations

from dataclasses import dataclass

from pos_desktop.core.reports.figures import DiscountRow, Grouping
from pos_desktop.core.reports.oversight import AllowanceUse, CostCentreRow, SupervisorOverrides
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


@dataclass(frozen=True)
class ChartData:
    """What to draw: a title, labels and one whole-number value per label."""

    title: str
    labels: list[str]
    values: list[int]
    unit: str  # the currency (values in minor units), or PERCENT (values in tenths of a percent)
    by_day: bool = False  # vertical bars in time order; otherwise the biggest, horizontal

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

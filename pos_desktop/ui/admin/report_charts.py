"""Bar charts for the reports page (Qt Charts) of what core/reports/charts.py says a report's
chart shows: discount per day, the biggest groups, allowance use. Amounts arrive in minor units
and are shown in major units. A report's PDF draws the same chart with printing/bar_chart.py."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPainter

from pos_desktop.core.money import exponent
from pos_desktop.core.reports.charts import MAX_DAY_LABELS, PERCENT, ChartData


def build(data: ChartData, currency: str) -> QChart:
    chart = QChart()
    chart.setTitle(data.title)
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocale(QLocale())  # the language's locale (i18n.use makes it the default) ...
    chart.setLocalizeNumbers(True)  # ... writes the axis: 0,5 in Polish and Romanian
    labels, values = data.shown()
    scale = 10 if data.unit == PERCENT else 10 ** exponent(currency)
    bars = QBarSet(data.unit)
    bars.setColor(QColor("#2e7d32"))
    for value in values:
        bars.append(value / scale)  # for drawing only; the tables keep exact amounts
    series = QBarSeries() if data.by_day else QHorizontalBarSeries()
    series.append(bars)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([label[:28] for label in labels])
    if data.by_day and len(labels) > MAX_DAY_LABELS:
        categories.setLabelsVisible(False)
    amounts = QValueAxis()
    amounts.setTitleText(data.unit)
    top = max([0.0, *(v / scale for v in values)])
    amounts.setRange(min([0.0, *(v / scale for v in values)]), top * 1.1 if top else 1)
    amounts.applyNiceNumbers()  # ticks on round steps (0, 0.5, 1, 1.5), each label once
    amounts.setLabelFormat(axis_format(amounts.min(), amounts.max(), amounts.tickCount()))
    category_side = Qt.AlignmentFlag.AlignBottom if data.by_day else Qt.AlignmentFlag.AlignLeft
    value_side = Qt.AlignmentFlag.AlignLeft if data.by_day else Qt.AlignmentFlag.AlignBottom
    chart.addAxis(categories, category_side)
    chart.addAxis(amounts, value_side)
    series.attachAxis(categories)
    series.attachAxis(amounts)
    return chart


def axis_format(low: float, high: float, ticks: int) -> str:
    """The labels' format: whole numbers when the step between ticks is whole, else as many
    decimals as the step needs (a 0.5 step with "%.0f" read "0 0 1 1 2"). The chart writes
    it with its locale's decimal mark and digit grouping."""
    step = (high - low) / max(1, ticks - 1)
    for places in range(4):
        if abs(step * 10**places - round(step * 10**places)) < 1e-9:
            return f"%.{places}f"
    return "%.2f"


RENDER_HINT = QPainter.RenderHint.Antialiasing

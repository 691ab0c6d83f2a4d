"""Bar charts for the reports page (Qt Charts): discount per day, the biggest groups, allowance
use. Amounts arrive in minor units and are shown in major units. The same chart is drawn as a
picture for the report's PDF."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from pos_desktop.core.money import exponent

MAX_BARS = 10
MAX_DAY_LABELS = 31


@dataclass(frozen=True)
class ChartData:
    """What to draw: a title, labels and one whole-number value per label."""

    title: str
    labels: list[str]
    values: list[int]
    unit: str  # the currency (values in minor units), or "%" (values in tenths of a percent)
    by_day: bool = False  # vertical bars in time order; otherwise the biggest, horizontal


def build(data: ChartData, currency: str) -> QChart:
    chart = QChart()
    chart.setTitle(data.title)
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    labels, values = data.labels, data.values
    if not data.by_day:
        ranked = sorted(zip(values, labels, strict=True), reverse=True)[:MAX_BARS]
        ranked.reverse()  # the biggest at the top of a horizontal chart
        values = [v for v, _ in ranked]
        labels = [label for _, label in ranked]
    scale = 10 if data.unit == "%" else 10 ** exponent(currency)
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
    """The labels' printf format: whole numbers when the step between ticks is whole, else
    as many decimals as the step needs (a 0.5 step with "%.0f" read "0 0 1 1 2")."""
    step = (high - low) / max(1, ticks - 1)
    for places in range(4):
        if abs(step * 10**places - round(step * 10**places)) < 1e-9:
            return f"%.{places}f"
    return "%.2f"


RENDER_HINT = QPainter.RenderHint.Antialiasing


# A chart in a PDF: as tall as this (at most half its width), its words a little smaller than
# the 9 pt table's above it, four image pixels to each of the page's so that it prints sharp.
PICTURE_HEIGHT, PICTURE_SCALE = 280, 4
PICTURE_POINTS = {"title": 10.0, "labels": 8.0}


def picture(data: ChartData, currency: str, width: int) -> QImage:
    """The chart as the reports page draws it, `width` pixels wide (96 to the inch), as an
    image for the report's PDF."""
    chart = build(data, currency)
    chart.setBackgroundRoundness(0)
    chart.setDropShadowEnabled(False)
    title = QFont(chart.titleFont())
    title.setPointSizeF(PICTURE_POINTS["title"])
    chart.setTitleFont(title)
    for axis in chart.axes():
        labels = QFont(axis.labelsFont())
        labels.setPointSizeF(PICTURE_POINTS["labels"])
        axis.setLabelsFont(labels)
        axis.setTitleFont(labels)
        if isinstance(axis, QBarCategoryAxis) and data.by_day:
            # Whole days on paper: stood on end when they would not fit side by side.
            axis.setTruncateLabels(False)
            widest = max([0, *(QFontMetrics(labels).horizontalAdvance(d) for d in data.labels)])
            if widest * len(data.labels) > width * 0.8:
                axis.setLabelsAngle(-90)
    scene = QGraphicsScene()
    scene.addItem(chart)
    area = QRectF(0, 0, width, min(PICTURE_HEIGHT, width // 2))
    chart.setGeometry(area)
    image = QImage(
        int(area.width()) * PICTURE_SCALE,
        int(area.height()) * PICTURE_SCALE,
        QImage.Format.Format_RGB32,
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(RENDER_HINT)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    image.setDevicePixelRatio(PICTURE_SCALE)
    return image

"""A report's bar chart (core/reports/charts.py) drawn with QPainter for a PDF, from either face:
the Reports page's Save PDF… and the command line's `report … --pdf`. It draws what the page's
Qt Charts chart shows: the title, bars in the page's green, a value axis on round steps in major
units (or percent) and each bar's label, the days stood on end when they would not fit side by
side."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from pos_desktop import i18n
from pos_desktop.core.money import exponent
from pos_desktop.core.reports.charts import MAX_DAY_LABELS, PERCENT, ChartData
from pos_desktop.printing.pdf import ensure_application

BAR = QColor("#2e7d32")
GRID = QColor("#dddddd")
INK = QColor("#404040")
HEIGHT, SCALE = 280, 4  # the picture's height at most (half its width), pixels per page pixel
POINTS = {"title": 12.0, "labels": 10.0}
TICKS = 5
LABEL_CHARS = 28


def picture(data: ChartData, currency: str, width: int) -> QImage | None:
    """The chart `width` pixels wide (96 to the inch), sharp at SCALE times that; None when
    there is no bar to draw (an empty frame says nothing the table does not)."""
    if not any(data.values):
        return None
    ensure_application()  # fonts need one; the command line has none yet
    height = min(HEIGHT, width // 2)
    image = QImage(width * SCALE, height * SCALE, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(SCALE)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter, QRectF(0, 0, width, height), data, currency)
    painter.end()
    return image


def steps(low: float, high: float) -> tuple[float, float, float]:
    """Round axis ends and step around [low, high] (0 included), about TICKS ticks."""
    low, high = min(0.0, low), max(0.0, high)
    if high == low:
        high = low + 1
    raw = (high - low) / (TICKS - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def _places(step: float) -> int:
    for places in range(4):
        if abs(step * 10**places - round(step * 10**places)) < 1e-9:
            return places
    return 2


def tick_labels(low: float, high: float, step: float) -> list[str]:
    """The value axis's numbers as the language writes them: 2.5 / 2,5, 10,000 / 10 000."""
    places = _places(step)
    labels = []
    minus = i18n.number(-1).removesuffix(i18n.number(1))
    for n in range(round((high - low) / step) + 1):
        value = round(low + n * step, places)
        whole, _, part = f"{abs(value):.{places}f}".partition(".")
        text = i18n.number(int(whole)) + (i18n.decimal_mark(".") + part if part else "")
        labels.append(minus + text if value < 0 else text)
    return labels


def draw(painter: QPainter, area: QRectF, data: ChartData, currency: str) -> None:
    labels, values = data.shown()
    scale = 10 if data.unit == PERCENT else 10 ** exponent(currency)
    numbers = [v / scale for v in values]
    low, high, step = steps(min([0.0, *numbers]), max([0.0, *numbers]))
    ticks = tick_labels(low, high, step)
    title_font, small = QFont(painter.font()), QFont(painter.font())
    title_font.setPointSizeF(POINTS["title"])
    small.setPointSizeF(POINTS["labels"])
    title_metrics, metrics = QFontMetricsF(title_font), QFontMetricsF(small)
    painter.setPen(INK)
    painter.setFont(title_font)
    title_box = QRectF(area.left(), area.top() + 4, area.width(), title_metrics.height())
    painter.drawText(title_box, Qt.AlignmentFlag.AlignCenter, data.title)
    painter.setFont(small)
    shown = [label[:LABEL_CHARS] for label in labels]
    widest = max([0.0, *(metrics.horizontalAdvance(label) for label in shown)])
    top = title_box.bottom() + 8
    line = metrics.height()
    tick_width = max(metrics.horizontalAdvance(t) for t in ticks)
    if data.by_day:
        left = area.left() + line + 8 + tick_width + 6  # the unit, on end, then the numbers
        plot_width = area.right() - 8 - left
        standing = widest * len(shown) > plot_width * 0.8
        below = 0.0 if len(shown) > MAX_DAY_LABELS else (widest if standing else line) + 6
        plot = QRectF(left, top, plot_width, area.bottom() - below - 4 - top)
        _value_axis(painter, plot, ticks, vertical=True, unit=data.unit)
        _columns(painter, plot, shown, numbers, low, high, standing, below > 0)
    else:
        left = area.left() + 6 + min(widest, area.width() * 0.4) + 10
        right = area.right() - tick_width / 2 - 6
        plot = QRectF(left, top, right - left, area.bottom() - top - 2 * line - 8)
        _value_axis(painter, plot, ticks, vertical=False, unit=data.unit)
        _rows(painter, plot, shown, numbers, low, high)


def _value_axis(
    painter: QPainter, plot: QRectF, ticks: list[str], *, vertical: bool, unit: str
) -> None:
    """The grid lines on round steps, their numbers, and the unit beside them."""
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    middle = Qt.AlignmentFlag.AlignCenter
    for n, tick in enumerate(ticks):
        share = n / (len(ticks) - 1)
        painter.setPen(QPen(GRID, 0.8))
        if vertical:
            y = plot.bottom() - share * plot.height()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(INK)
            box = QRectF(plot.left() - 206, y - line / 2, 200, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tick)
        else:
            x = plot.left() + share * plot.width()
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(INK)
            painter.drawText(QRectF(x - 100, plot.bottom() + 2, 200, line), middle, tick)
    painter.setPen(INK)
    if vertical:
        widest = max(metrics.horizontalAdvance(t) for t in ticks)
        painter.save()
        painter.translate(plot.left() - 6 - widest - 8 - line / 2, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-100, -line / 2, 200, line), middle, unit)
        painter.restore()
    else:
        box = QRectF(plot.left(), plot.bottom() + line + 2, plot.width(), line)
        painter.drawText(box, middle, unit)


def _at(value: float, low: float, high: float) -> float:
    return (value - low) / (high - low)


def _columns(
    painter: QPainter,
    plot: QRectF,
    labels: list[str],
    numbers: list[float],
    low: float,
    high: float,
    standing: bool,
    named: bool,
) -> None:
    """Vertical bars in time order, each day's label under its bar (stood on end if need be)."""
    metrics = QFontMetricsF(painter.font())
    slot = plot.width() / max(1, len(numbers))
    zero = plot.bottom() - _at(0.0, low, high) * plot.height()
    for n, (label, number) in enumerate(zip(labels, numbers, strict=True)):
        x = plot.left() + n * slot
        y = plot.bottom() - _at(number, low, high) * plot.height()
        painter.fillRect(QRectF(x + slot * 0.2, min(y, zero), slot * 0.6, abs(zero - y)), BAR)
        if not named:
            continue
        painter.setPen(INK)
        if standing:
            painter.save()
            painter.translate(x + slot / 2 + metrics.ascent() / 2, plot.bottom() + 4)
            painter.rotate(-90)
            painter.drawText(QPointF(-metrics.horizontalAdvance(label), 0), label)
            painter.restore()
        else:
            box = QRectF(x, plot.bottom() + 4, slot, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)


def _rows(
    painter: QPainter,
    plot: QRectF,
    labels: list[str],
    numbers: list[float],
    low: float,
    high: float,
) -> None:
    """Horizontal bars, the biggest at the top, each label at the left of its bar."""
    metrics = QFontMetricsF(painter.font())
    slot = plot.height() / max(1, len(numbers))
    zero = plot.left() + _at(0.0, low, high) * plot.width()
    for n, (label, number) in enumerate(zip(labels, numbers, strict=True)):
        y = plot.bottom() - (n + 1) * slot
        x = plot.left() + _at(number, low, high) * plot.width()
        painter.fillRect(QRectF(min(x, zero), y + slot * 0.2, abs(x - zero), slot * 0.6), BAR)
        painter.setPen(INK)
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, plot.left() - 16)
        box = QRectF(6, y, plot.left() - 12, slot)
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)

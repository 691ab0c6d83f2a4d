"""Helpers that keep a window within a 1024x768 till screen in every language: combo boxes
that may be narrower than their longest choice, and rows of buttons that wrap."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def shrinkable(combo: QComboBox, characters: int = 10) -> QComboBox:
    """The combo asks for room for `characters` characters, not for its longest choice (a
    long company name or report title); its open list still shows each choice in full."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


class DownScroll(QScrollArea):
    """A form that scrolls up and down, never sideways, when the window is shorter than the
    form: it asks for the form's width plus its scroll bar's, so the bar never covers the
    form's right edge (a button, a field), and for little height, so the window fits a
    1024x768 screen whatever the form holds. The form keeps the height it asks for: it
    scrolls rather than squeezing a table in it to a row and a half."""

    LEAST_HEIGHT = 160

    def __init__(self, form: QWidget) -> None:
        super().__init__()
        self.form = form
        self.setWidget(form)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form.installEventFilter(self)
        self._keep_height()

    def _keep_height(self) -> None:
        self.form.setMinimumHeight(self.form.sizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form and event.type() == QEvent.Type.LayoutRequest:
            self._keep_height()  # a row added or a problem shown: its new height
        return super().eventFilter(watched, event)

    def _width(self) -> int:
        bar = self.verticalScrollBar().sizeHint().width()
        return self.form.minimumSizeHint().width() + bar + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        return QSize(self._width(), self.LEAST_HEIGHT)

    def sizeHint(self) -> QSize:
        form = self.form.sizeHint()
        return QSize(max(self._width(), form.width()), form.height() + 2 * self.frameWidth())


def rows(*groups: Sequence[QWidget], trailing: QWidget | None = None) -> QVBoxLayout:
    """Each group of buttons on a line of its own, left-aligned; `trailing` (a count, a note)
    at the right end of the first line."""
    layout = QVBoxLayout()
    for number, group in enumerate(groups):
        line = QHBoxLayout()
        for widget in group:
            line.addWidget(widget)
        line.addStretch(1)
        if number == 0 and trailing is not None:
            line.addWidget(trailing)
            line.addSpacing(8)
        layout.addLayout(line)
    return layout


class AmountLabel(QLabel):
    """An amount of money that is never cut: when its room is narrower than the amount at the
    style's font size, the font shrinks until every digit shows (8,550.00 must never read
    550.00). Its minimum width is the amount at the smallest size, so layouts may squeeze it."""

    SMALLEST = 8  # points

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._points = 0.0  # the style's size, learned on the first fit

    def _fit(self) -> None:
        font = QFont(self.font())
        if not self._points:
            self._points = font.pointSizeF()
        size = self._points
        room = self.contentsRect().width()
        while size > self.SMALLEST:
            font.setPointSizeF(size)
            if QFontMetrics(font).horizontalAdvance(self.text()) <= room:
                break
            size -= 0.5
        font.setPointSizeF(size)
        if font != self.font():
            super().setFont(font)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        font = QFont(self.font())
        font.setPointSizeF(self.SMALLEST)
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        width = QFontMetrics(font).horizontalAdvance(self.text()) + margins.left() + margins.right()
        return QSize(width, hint.height())


def total_label() -> AmountLabel:
    """The amount to pay, large and bold, right-aligned."""
    label = AmountLabel()
    font = QFont(label.font())
    font.setPointSize(20)
    font.setBold(True)
    label.setFont(font)
    return label


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size a top-level window to `width` x `height`, or less where the screen's free area
    (without its panels) is smaller, leaving room for the window manager's title bar and
    frame; once shown, a frame that still overhangs the free area is pulled back inside."""
    screen = window.screen()
    if screen is None:
        window.resize(width, height)
        return
    free = screen.availableGeometry()
    fitted = QSize(
        min(width, free.width() - FRAME.width()), min(height, free.height() - FRAME.height())
    )
    window.resize(fitted)
    window.installEventFilter(_KeepOnScreen(window, fitted))


# Room a window manager's frame usually takes: the borders and the title bar.
FRAME = QSize(8, 36)


class _KeepOnScreen(QObject):
    """After the first show: the frame inside the screen's free area (once), unless the
    window was given another size meanwhile."""

    def __init__(self, window: QWidget, fitted: QSize) -> None:
        super().__init__(window)
        self.fitted = fitted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and event.type() == QEvent.Type.Show:
            if watched.size() == self.fitted:
                QTimer.singleShot(0, lambda: _pull_inside(watched))
            watched.removeEventFilter(self)
        return False


def _pull_inside(window: QWidget) -> None:
    screen = window.screen()
    if screen is None:
        return
    free = screen.availableGeometry()
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    if frame.width() > free.width() or frame.height() > free.height():
        window.resize(
            min(window.width(), free.width() - extra.width()),
            min(window.height(), free.height() - extra.height()),
        )
    frame = window.frameGeometry()
    if not free.contains(frame):
        window.move(
            max(free.left(), min(frame.left(), free.right() - frame.width() + 1)),
            max(free.top(), min(frame.top(), free.bottom() - frame.height() + 1)),
        )

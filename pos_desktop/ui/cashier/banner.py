"""The verdict banner: who the buyer is, at a glance, in colour, icon and words together."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from pos_desktop.core.verdict_words import VerdictCard
from pos_desktop.i18n import say, translate
from pos_desktop.ui.common.spoken import announce
from pos_desktop.ui.common.style import status_colours

_ICONS = {
    "internal": QStyle.StandardPixmap.SP_DialogApplyButton,
    "not_eligible": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "external": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "blocked": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "invalid": QStyle.StandardPixmap.SP_MessageBoxQuestion,
    "idle": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class VerdictBanner(QFrame):
    """Shows the headline (INTERNAL — employee, BLOCKED — badge revoked…), the holder, the
    policy and the allowance left, or what the cashier should do next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName(translate("VerdictBanner", "Customer status"))
        self.setMinimumHeight(118)  # headline and two detail lines, whatever the state
        self.state = "idle"
        self._headline_size = 0
        self._pixmaps: dict[str, QPixmap] = {}
        self.icon = QLabel()
        self.icon.setFixedSize(56, 56)
        self.photo = QLabel()
        self.photo.setFixedSize(72, 72)
        self.photo.setScaledContents(True)
        self.photo.hide()
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        self.show_message("idle", translate("CashierWindow", "Scan your badge to sign in"), "")

    def show_message(self, state: str, headline: str, detail: str) -> None:
        """Any state with plain words: used before sign-in, for walk-ins and for bad scans."""
        if state != self.state or not self.styleSheet():
            self._colour(state)
        self.state = state
        if headline != self.headline.text():
            self.headline.setText(headline)
            self._fit_headline()
        self.detail.setText(detail)
        spoken = f"{headline}. {detail}" if detail else headline
        if spoken != self.accessibleDescription():  # a new customer, not the same one again
            self.setAccessibleDescription(spoken)
            announce(self, spoken, urgent=state in ("blocked", "invalid"))
        self.photo.hide()

    def _colour(self, state: str) -> None:
        """The state's colours and icon. One style sheet holds every state's colours, chosen
        by a property (parsing a sheet per scan cost milliseconds); it is rewritten only when
        the display (high contrast) changed."""
        sheet = _sheet()
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)
        self.setProperty("state", state)
        for widget in (self, self.headline, self.detail):
            style = widget.style()
            style.unpolish(widget)
            style.polish(widget)
        if state not in self._pixmaps:
            self._pixmaps[state] = self.style().standardIcon(_ICONS[state]).pixmap(48, 48)
        self.icon.setPixmap(self._pixmaps[state])

    def add_line(self, text: str) -> None:
        """One more line under the detail (who approved the sale)."""
        detail = self.detail.text()
        self.detail.setText(f"{detail}\n{text}" if detail else text)
        spoken = f"{self.accessibleDescription()} {text}"
        self.setAccessibleDescription(spoken)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_headline()

    def _fit_headline(self) -> None:
        """The headline at 22pt, smaller (down to 14pt) when a long reason in Polish or
        Romanian would not fit on its line."""
        room = self.headline.contentsRect().width()
        font = QFont(self.headline.font())
        size = 22
        while size > 14:
            font.setPointSize(size)
            if QFontMetrics(font).horizontalAdvance(self.headline.text()) <= room:
                break
            size -= 1
        if size != self._headline_size:
            self._headline_size = size
            self.headline.setStyleSheet(f"font-size: {size}pt;")

    def show_card(self, card: VerdictCard, photo: bytes | None = None) -> None:
        """A customer's verdict as core.verdict_words worded it, with their photo if any."""
        self.show_message(
            card.level, say(card.headline, symbol=True), say(card.detail, symbol=True)
        )
        if photo:
            pixmap = QPixmap()
            if pixmap.loadFromData(photo):
                self.photo.setPixmap(pixmap)
                self.photo.show()


def _sheet() -> str:
    rules = [
        "#headline { font-size: 22pt; font-weight: bold; }",
        "#detail { font-size: 13pt; }",
    ]
    for state in _ICONS:
        fg, bg = status_colours(state)
        rules.append(
            f'#banner[state="{state}"] {{ background: {bg}; border: 2px solid {fg}; '
            "border-radius: 6px; }"
            f'#banner[state="{state}"] QLabel {{ color: {fg}; background: transparent; }}'
        )
    return "".join(rules)

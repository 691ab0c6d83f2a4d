"""The verdict banner: who the buyer is, at a glance, in colour, icon and words together."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from pos_desktop.core import clock
from pos_desktop.core.money import format_amount
from pos_desktop.core.rules import Rules
from pos_desktop.core.verdict import REASON_WORDS, Verdict
from pos_desktop.ui.common.style import STATUS_COLOURS

_ICONS = {
    "internal": QStyle.StandardPixmap.SP_DialogApplyButton,
    "not_eligible": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "external": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "blocked": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "invalid": QStyle.StandardPixmap.SP_MessageBoxQuestion,
    "idle": QStyle.StandardPixmap.SP_MessageBoxInformation,
}
_KIND_WORDS = {
    "employee": "employee",
    "group_employee": "group company",
    "department": "department",
}


class VerdictBanner(QFrame):
    """Shows the headline (INTERNAL — employee, BLOCKED — badge revoked…), the holder, the
    policy and the allowance left, or what the cashier should do next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName("Customer status")
        self.setMinimumHeight(118)  # headline and two detail lines, whatever the state
        self.state = "idle"
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
        self.show_message("idle", "Scan your badge to sign in", "")

    def show_message(self, state: str, headline: str, detail: str) -> None:
        """Any state with plain words: used before sign-in, for walk-ins and for bad scans."""
        self.state = state
        fg, bg = STATUS_COLOURS[state]
        self.setStyleSheet(
            f"#banner {{ background: {bg}; border: 2px solid {fg}; border-radius: 6px; }}"
            f"#banner QLabel {{ color: {fg}; background: transparent; }}"
            "#headline { font-size: 22pt; font-weight: bold; }"
            "#detail { font-size: 13pt; }"
        )
        self.icon.setPixmap(self.style().standardIcon(_ICONS[state]).pixmap(48, 48))
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.photo.hide()

    def show_verdict(self, verdict: Verdict, rules: Rules, photo: bytes | None = None) -> None:
        headline, detail = describe(verdict, rules)
        if verdict.status == "internal" and not verdict.eligible:
            state = "not_eligible"
        else:
            state = verdict.status
        self.show_message(state, headline, detail)
        if photo:
            pixmap = QPixmap()
            if pixmap.loadFromData(photo):
                self.photo.setPixmap(pixmap)
                self.photo.show()


def describe(verdict: Verdict, rules: Rules) -> tuple[str, str]:
    """The banner's headline and detail line for a verdict."""
    holder = verdict.holder
    currency = rules.settings.currency
    if verdict.status == "invalid":
        return "INVALID — scan again", f"The scan was not read: {verdict.problem}."
    if verdict.status == "external" or holder is None:
        return "EXTERNAL — regular price", "Not in the staff registry."
    reasons = ", ".join(REASON_WORDS[r] for r in verdict.reasons)
    if verdict.status == "blocked":
        return f"BLOCKED — {reasons}", (
            f"{holder.name}: charge the regular price and alert the supervisor."
        )
    if verdict.kind == "dependant":
        who = f"dependant of {holder.employee_name}"
    else:
        who = _KIND_WORDS.get(verdict.kind or "", "")
    if verdict.kind == "department":
        department = rules.departments.get(holder.department or "")
        centre = department.cost_centre if department else "unknown"
        return f"INTERNAL — {who} {holder.name}", (
            f"Internal order at cost, charged to cost centre {centre}; no payment is taken."
        )
    parts = [holder.name]
    company = rules.companies.get(holder.company or "")
    if company is not None:
        parts.append(company.name)
    department = rules.departments.get(holder.department or "")
    if department is not None:
        parts.append(department.name)
    if verdict.policy is not None:
        parts.append(f"{verdict.policy.name} policy")
    if verdict.allowance is not None:
        left = format_amount(verdict.allowance.remaining, currency)
        parts.append(f"{left} {currency} left {clock.period_words(verdict.allowance.period)}")
    detail = " · ".join(parts)
    if not verdict.eligible:
        since = f" until {verdict.eligible_from.isoformat()}" if verdict.eligible_from else ""
        action = (
            "F7 calls a supervisor, or ring it at the regular price"
            if "self_purchase" in verdict.reasons
            else "regular price"
        )
        return f"INTERNAL — not eligible: {reasons}{since}", f"{detail}\n{action}."
    return f"INTERNAL — {who}", detail

"""The store settings page: name, till, time zone, PIN sign-in, and the badge format with a
field to try a scan against it before saving."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.admin import AdminGate
from pos_desktop.core.badge import CHECK_DIGITS, BadgeFormat, normalise
from pos_desktop.core.errors import PosError
from pos_desktop.core.money import format_amount, parse_amount
from pos_desktop.core.rules import StoreSettings, load_settings
from pos_desktop.i18n import LANGUAGES, say, translate
from pos_desktop.ui.common.style import error_style


class SettingsPage(QWidget):
    """Edits the [store] and [badge] settings; Save hands them to `save` (validated, audited)."""

    def __init__(
        self, conn: sqlite3.Connection, save: Callable[[StoreSettings, int], None]
    ) -> None:
        super().__init__()
        self.conn = conn
        self.name = QLineEdit()
        self.till = QLineEdit()
        self.currency = QLabel()
        self.timezone = QLineEdit()
        self.require_pin = QCheckBox(
            translate("SettingsPage", "Cashiers sign in with badge and PIN")
        )
        self.high_contrast = QCheckBox(
            translate("SettingsPage", "&High contrast: black, white and yellow, thick focus frame")
        )
        self.touch = QCheckBox(
            translate("SettingsPage", "Touch-screen till: larger &buttons, table rows and text")
        )
        self.language = QComboBox()
        self.language.addItem(translate("SettingsPage", "The system's language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.lockout = QSpinBox()
        self.lockout.setRange(1, 1440)
        self.lockout.setSuffix(translate("SettingsPage", " minutes"))
        self.lockout.setAccessibleName(
            translate("SettingsPage", "Admin sign-in lockout after five failures")
        )
        self.refund_above = QLineEdit()
        self.refund_above.setPlaceholderText(translate("SettingsPage", "empty: never"))
        self.max_open = QLineEdit()
        self.amount_problem = QLabel()
        self.amount_problem.setStyleSheet(error_style())
        self.amount_problem.setWordWrap(True)
        self.pattern = QLineEdit()
        self.check_digit = QComboBox()
        self.check_digit.addItems(list(CHECK_DIGITS))
        self.trial = QLineEdit()
        self.trial.setPlaceholderText(
            translate("SettingsPage", "scan or type a badge to try the format")
        )
        self.trial_result = QLabel()
        for widget, name in (
            (self.name, translate("SettingsPage", "Store name")),
            (self.till, translate("SettingsPage", "Till")),
            (self.timezone, translate("SettingsPage", "Time zone")),
            (self.language, translate("SettingsPage", "Language")),
            (self.refund_above, translate("SettingsPage", "Refunds need a supervisor above")),
            (self.max_open, translate("SettingsPage", "Largest open amount")),
            (self.pattern, translate("SettingsPage", "Badge pattern")),
            (self.check_digit, translate("SettingsPage", "Check digit")),
            (self.trial, translate("SettingsPage", "Try a badge")),
        ):
            widget.setAccessibleName(name)
        for field in (self.trial, self.pattern):
            field.textChanged.connect(self.try_badge)
        self.check_digit.currentIndexChanged.connect(self.try_badge)
        form = QFormLayout()
        form.addRow(translate("SettingsPage", "Store &name"), self.name)
        form.addRow(translate("SettingsPage", "&Till"), self.till)
        form.addRow(translate("SettingsPage", "Currency"), self.currency)
        form.addRow(translate("SettingsPage", "Time &zone"), self.timezone)
        form.addRow(translate("SettingsPage", "Lan&guage"), self.language)
        form.addRow("", self.require_pin)
        form.addRow(translate("SettingsPage", "Display"), self.high_contrast)
        form.addRow("", self.touch)
        form.addRow(translate("SettingsPage", "Admin &lockout"), self.lockout)
        form.addRow(
            translate("SettingsPage", "Refunds need a super&visor above"), self.refund_above
        )
        form.addRow(translate("SettingsPage", "Largest &open amount"), self.max_open)
        form.addRow("", self.amount_problem)
        form.addRow(translate("SettingsPage", "Badge &pattern"), self.pattern)
        form.addRow(translate("SettingsPage", "Check &digit"), self.check_digit)
        form.addRow(translate("SettingsPage", "T&ry a badge"), self.trial)
        form.addRow("", self.trial_result)
        save_button = QPushButton(translate("SettingsPage", "&Save settings"))
        save_button.clicked.connect(lambda: self._save(save))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(save_button)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        """Show what is stored now."""
        current = load_settings(self.conn)
        self.name.setText(current.name)
        self.till.setText(current.till)
        text = translate("SettingsPage", "{currency} (changes with a config import)")
        self.currency.setText(text.format(currency=current.currency))
        self.timezone.setText(current.timezone)
        self.require_pin.setChecked(current.require_pin)
        self.high_contrast.setChecked(current.high_contrast)
        self.touch.setChecked(current.touch)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.lockout.setValue(AdminGate(self.conn).lockout_minutes)
        above = current.refund_approval_above
        self.refund_above.setText("" if above is None else format_amount(above, current.currency))
        self.max_open.setText(format_amount(current.max_open_amount, current.currency))
        self.amount_problem.clear()
        self.pattern.setText(current.badge_pattern)
        self.check_digit.setCurrentText(current.check_digit)
        self.try_badge()

    def _save(self, save: Callable[[StoreSettings, int], None]) -> None:
        try:
            settings = self.settings()
        except PosError as exc:
            self.amount_problem.setText(say(exc))
            return
        self.amount_problem.clear()
        save(settings, self.lockout.value())

    def settings(self) -> StoreSettings:
        """The settings as the page shows them; an amount that is not one is an InputError."""
        current = load_settings(self.conn)
        refund_words = translate("SettingsPage", "Refunds need a supervisor above")
        open_words = translate("SettingsPage", "Largest open amount")
        return StoreSettings(
            name=self.name.text(),
            till=self.till.text(),
            currency=current.currency,
            timezone=self.timezone.text(),
            require_pin=self.require_pin.isChecked(),
            language=str(self.language.currentData() or ""),
            offline_limit=current.offline_limit,  # set by the config file, not shown here
            refund_approval_above=(
                parse_amount(self.refund_above.text(), current.currency, what=refund_words)
                if self.refund_above.text().strip()
                else None
            ),
            max_open_amount=parse_amount(self.max_open.text(), current.currency, what=open_words),
            badge_pattern=self.pattern.text(),
            check_digit=current.check_digit
            if self.check_digit.currentText() not in CHECK_DIGITS
            else self.check_digit.currentText(),  # type: ignore[arg-type]
            high_contrast=self.high_contrast.isChecked(),
            touch=self.touch.isChecked(),
        )

    def try_badge(self) -> None:
        """Say whether the trial scan is a badge under the format as typed (not yet saved)."""
        code = normalise(self.trial.text())
        if not code:
            self.trial_result.setText("")
            return
        try:
            re.compile(self.pattern.text())
        except re.error:
            self.trial_result.setText(
                translate("SettingsPage", "The pattern is not a valid expression.")
            )
            return
        problem = BadgeFormat(self.pattern.text(), self.settings().check_digit).problem(code)
        self.trial_result.setText(
            translate("SettingsPage", "{badge} is a valid badge.").format(badge=code)
            if problem is None
            else f"{code}: {say(problem)}."
        )

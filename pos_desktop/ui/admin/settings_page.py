"""The store settings page: name, till, time zone, PIN sign-in, the PIN lockout, who can read
the files, the badge format with a field to try a scan against it before saving, the charge to
payroll's PIN, and the [tax] rule set that values the staff discount as a taxable benefit, with
its parameters."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from typing import TypeVar

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

from pos_desktop.core import benefits, clock
from pos_desktop.core.badge import CHECK_DIGITS, BadgeFormat, nested_repeat, normalise
from pos_desktop.core.errors import FieldError, InputError, PosError
from pos_desktop.core.money import parse_amount
from pos_desktop.core.rules import StoreSettings, load_settings, load_tax
from pos_desktop.core.signin import AdminGate
from pos_desktop.i18n import LANGUAGES, amount, decimal_mark, say, sentence, translate
from pos_desktop.ui.common.amount_edit import AmountEdit
from pos_desktop.ui.common.fit import DownScroll
from pos_desktop.ui.common.style import error_style

T = TypeVar("T")


class SettingsPage(QWidget):
    """Edits the [store] and [badge] settings; Save hands them to `save` (validated, audited)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        save: Callable[[StoreSettings, int, dict[str, str]], None],
    ) -> None:
        super().__init__()
        self.conn = conn
        form = QFormLayout()
        self._store_rows(form)
        self._pin_rows(form)
        self._money_rows(form, load_settings(conn).currency)
        self._badge_rows(form)
        self._payroll_and_tax_rows(form)
        self.save_button = QPushButton(translate("SettingsPage", "&Save settings"))
        self.save_button.clicked.connect(lambda: self._save(save))
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addLayout(form)
        inner_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(DownScroll(inner), 1)  # the page once made the window 850 px tall
        layout.addWidget(self.save_button)
        self.load()

    # Building the form, a group of rows at a time

    def _store_rows(self, form: QFormLayout) -> None:
        """The store's name, till, currency, time zone, language and display."""
        self.name = QLineEdit()
        self.till = QLineEdit()
        self.currency = QLabel()
        self.timezone = QLineEdit()
        self.language = QComboBox()
        self.language.addItem(translate("SettingsPage", "The system's language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.require_pin = QCheckBox(
            translate("SettingsPage", "Cashiers sign in with badge and PIN")
        )
        self.high_contrast = QCheckBox(
            translate("SettingsPage", "&High contrast: black, white and yellow, thick focus frame")
        )
        self.touch = QCheckBox(
            translate("SettingsPage", "Touch-screen till: larger &buttons, table rows and text")
        )
        self.name.setAccessibleName(translate("SettingsPage", "Store name"))
        self.till.setAccessibleName(translate("SettingsPage", "Till"))
        self.timezone.setAccessibleName(translate("SettingsPage", "Time zone"))
        self.language.setAccessibleName(translate("SettingsPage", "Language"))
        form.addRow(translate("SettingsPage", "Store &name"), self.name)
        form.addRow(translate("SettingsPage", "&Till"), self.till)
        form.addRow(translate("SettingsPage", "Currency"), self.currency)
        form.addRow(translate("SettingsPage", "Time &zone"), self.timezone)
        self.timezone_problem = ProblemLine()
        form.addRow("", self.timezone_problem)
        form.addRow(translate("SettingsPage", "Lan&guage"), self.language)
        form.addRow("", self.require_pin)
        form.addRow(translate("SettingsPage", "Display"), self.high_contrast)
        form.addRow("", self.touch)

    def _pin_rows(self, form: QFormLayout) -> None:
        """The admin's lockout, the PIN lockout and who can read the files."""
        self.lockout = QSpinBox()
        self.lockout.setRange(1, 1440)
        self.lockout.setSuffix(translate("SettingsPage", " minutes"))
        self.lockout.setAccessibleName(
            translate("SettingsPage", "Admin sign-in lockout after five failures")
        )
        self.pin_failures = QSpinBox()
        self.pin_failures.setRange(1, 100)
        self.pin_failures.setSuffix(translate("SettingsPage", " wrong PINs"))
        self.pin_failures.setAccessibleName(translate("SettingsPage", "Wrong PINs that lock a PIN"))
        self.pin_lock_minutes = QSpinBox()
        self.pin_lock_minutes.setRange(1, 1440)
        self.pin_lock_minutes.setSuffix(translate("SettingsPage", " minutes"))
        self.pin_lock_minutes.setAccessibleName(
            translate("SettingsPage", "Minutes the wrong PINs are counted and the PIN locked")
        )
        self.file_access = QComboBox()
        self.file_access.addItem(translate("SettingsPage", "Only the owner of the files"), "owner")
        self.file_access.addItem(translate("SettingsPage", "The owner and their group"), "group")
        self.file_access.setAccessibleName(
            translate("SettingsPage", "Who can read the database and backups")
        )
        form.addRow(translate("SettingsPage", "Admin &lockout"), self.lockout)
        form.addRow(translate("SettingsPage", "A PIN loc&ks after"), self.pin_failures)
        form.addRow(translate("SettingsPage", "Co&unted and locked for"), self.pin_lock_minutes)
        form.addRow(translate("SettingsPage", "&Files readable by"), self.file_access)

    def _money_rows(self, form: QFormLayout, currency: str) -> None:
        """The refund limit and the largest open amount, with the line their problems go on."""
        self.refund_above = AmountEdit(currency)
        self.refund_above.setPlaceholderText(translate("SettingsPage", "empty: never"))
        self.refund_above.setAccessibleName(
            translate("SettingsPage", "Refunds need a supervisor above")
        )
        self.max_open = AmountEdit(currency)
        self.max_open.setAccessibleName(translate("SettingsPage", "Largest open amount"))
        self.amount_problem = ProblemLine()
        for amount_field in (self.refund_above, self.max_open):
            amount_field.problem_changed.connect(self._amount_typed)
        form.addRow(
            translate("SettingsPage", "Refunds need a super&visor above"), self.refund_above
        )
        form.addRow(translate("SettingsPage", "Largest &open amount"), self.max_open)
        form.addRow("", self.amount_problem)

    def _badge_rows(self, form: QFormLayout) -> None:
        """The badge format, and a field to try a scan against it before saving."""
        self.pattern = QLineEdit()
        self.pattern.setAccessibleName(translate("SettingsPage", "Badge pattern"))
        self.check_digit = QComboBox()
        self.check_digit.addItems(list(CHECK_DIGITS))
        self.check_digit.setAccessibleName(translate("SettingsPage", "Check digit"))
        self.trial = QLineEdit()
        self.trial.setPlaceholderText(
            translate("SettingsPage", "scan or type a badge to try the format")
        )
        self.trial.setAccessibleName(translate("SettingsPage", "Try a badge"))
        self.trial_result = QuietLine()  # no empty row under the field before a badge is tried
        for field in (self.trial, self.pattern):
            field.textChanged.connect(self.try_badge)
        self.check_digit.currentIndexChanged.connect(self.try_badge)
        form.addRow(translate("SettingsPage", "Badge &pattern"), self.pattern)
        form.addRow(translate("SettingsPage", "Check &digit"), self.check_digit)
        form.addRow(translate("SettingsPage", "T&ry a badge"), self.trial)
        form.addRow("", self.trial_result)

    def _payroll_and_tax_rows(self, form: QFormLayout) -> None:
        """The charge to payroll's PIN, and the taxable benefit's rule set and parameters."""
        self.payroll_pin = QCheckBox(
            translate("SettingsPage", "A charge to payroll asks the buyer's own PIN")
        )
        self.jurisdiction = QComboBox()
        self.jurisdiction.setAccessibleName(translate("SettingsPage", "Taxable benefit rules"))
        for code, rule_set in benefits.RULE_SETS.items():
            self.jurisdiction.addItem(
                translate("SettingsPage", "{code}: {name}").format(
                    code=code, name=translate("Benefits", rule_set.name)
                )
                if code != "none"
                else translate("Benefits", rule_set.name),
                code,
            )
        self.jurisdiction.currentIndexChanged.connect(self._show_parameters)
        self.tax_form = QFormLayout()
        self.tax_params: dict[str, QLineEdit] = {}  # an AmountEdit for an amount
        form.addRow(translate("SettingsPage", "Payroll"), self.payroll_pin)
        form.addRow(translate("SettingsPage", "Ta&xable benefit"), self.jurisdiction)
        form.addRow("", self.tax_form)

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
        self.payroll_pin.setChecked(current.payroll_pin)
        tax = load_tax(self.conn)
        self.jurisdiction.setCurrentIndex(max(0, self.jurisdiction.findData(tax.jurisdiction)))
        self._show_parameters(given=dict(tax.params))
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.lockout.setValue(AdminGate(self.conn).lockout_minutes)
        self.pin_failures.setValue(current.pin_failures)
        self.pin_lock_minutes.setValue(current.pin_lock_minutes)
        self.file_access.setCurrentIndex(max(0, self.file_access.findData(current.file_access)))
        for amount_field in (self.refund_above, self.max_open):
            amount_field.set_currency(current.currency)
        self.refund_above.set_minor(current.refund_approval_above)
        self.max_open.set_minor(current.max_open_amount)
        self.amount_problem.clear()
        self.timezone_problem.clear()
        self.pattern.setText(current.badge_pattern)
        self.check_digit.setCurrentText(current.check_digit)
        self.try_badge()

    def _save(self, save: Callable[[StoreSettings, int, dict[str, str]], None]) -> None:
        """A problem the form can see is said beside its field, which takes the focus; what
        only the store's rules can judge goes on to `save`, which says it on the status line."""
        self.amount_problem.clear()
        self.timezone_problem.clear()
        try:
            settings = self.settings()
            tax = self.tax_table()
        except FieldError as exc:
            beside = self.timezone_problem if exc.field == "timezone" else self.amount_problem
            beside.setText(sentence(exc))
            self._fields()[exc.field].setFocus()
            return
        except PosError as exc:
            self.amount_problem.setText(sentence(exc))
            return
        save(settings, self.lockout.value(), tax)

    def _fields(self) -> dict[str, QWidget]:
        """The fields a FieldError of the page may name."""
        return {
            "timezone": self.timezone,
            "refund_above": self.refund_above,
            "max_open": self.max_open,
            **self.tax_params,
        }

    def _amount_typed(self, problem: str) -> None:
        """An amount's problem shown as it is typed; gone once it is right."""
        self.amount_problem.setText(problem)

    def settings(self) -> StoreSettings:
        """The settings as the page shows them; an amount that is not one, or the largest open
        amount at 0, or an unknown time zone is a FieldError naming its field."""
        current = load_settings(self.conn)
        refund_above = _read(self.refund_above.minor, "refund_above")
        max_open = _read(self.max_open.minor, "max_open")
        if max_open is None:
            raise FieldError(translate("SettingsPage", "type the largest open amount"), "max_open")
        if max_open <= 0:
            raise FieldError(
                translate("SettingsPage", "the largest open amount must be more than 0"),
                "max_open",
            )
        _read(lambda: clock.zone(self.timezone.text()), "timezone")
        return StoreSettings(
            name=self.name.text(),
            till=self.till.text(),
            currency=current.currency,
            timezone=self.timezone.text(),
            require_pin=self.require_pin.isChecked(),
            language=str(self.language.currentData() or ""),
            offline_limit=current.offline_limit,  # set by the config file, not shown here
            refund_approval_above=refund_above,
            max_open_amount=max_open,
            badge_pattern=self.pattern.text(),
            check_digit=current.check_digit
            if self.check_digit.currentText() not in CHECK_DIGITS
            else self.check_digit.currentText(),  # type: ignore[arg-type]
            high_contrast=self.high_contrast.isChecked(),
            touch=self.touch.isChecked(),
            payroll_pin=self.payroll_pin.isChecked(),
            pin_failures=self.pin_failures.value(),
            pin_lock_minutes=self.pin_lock_minutes.value(),
            file_access=str(self.file_access.currentData() or "owner"),
        )

    def _show_parameters(self, _index: int = 0, given: dict[str, str] | None = None) -> None:
        """One field per parameter of the chosen rule set, empty for its default."""
        while self.tax_form.rowCount():
            self.tax_form.removeRow(0)
        self.tax_params = {}
        rule_set = benefits.RULE_SETS[str(self.jurisdiction.currentData() or "none")]
        currency = load_settings(self.conn).currency
        for param in rule_set.params:
            value = (given or {}).get(param.key, "")
            field: QLineEdit
            if param.kind == "amount":
                field = AmountEdit(currency)
                field.set_plain(value)
                field.problem_changed.connect(self._amount_typed)
                default = amount(parse_amount(param.default, currency), currency)
            else:  # a percentage: the language's decimal mark, read back by the core
                field = QLineEdit(decimal_mark(value))
                default = decimal_mark(param.default)
            field.setPlaceholderText(
                translate("SettingsPage", "default {value}").format(value=default)
            )
            about = translate("Benefits", param.about)
            label = QLabel(about[:1].upper() + about[1:])
            label.setWordWrap(True)
            label.setBuddy(field)
            field.setAccessibleName(about)
            field.setToolTip(param.key)  # the key of the config's [tax] table
            self.tax_params[param.key] = field
            self.tax_form.addRow(label, field)

    def tax_table(self) -> dict[str, str]:
        """The [tax] table as typed: the rule set and the parameters given (not defaults);
        an amount that is not one is a FieldError naming its field."""
        table = {"jurisdiction": str(self.jurisdiction.currentData() or "none")}
        for key, field in self.tax_params.items():
            text = (
                _read(field.plain, key) if isinstance(field, AmountEdit) else field.text().strip()
            )
            if text:
                table[key] = text
        return table

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
        if nested_repeat(self.pattern.text()):
            self.trial_result.setText(
                translate(
                    "SettingsPage",
                    "The pattern repeats a group that itself repeats: one scan could take "
                    "minutes, so it cannot be saved.",
                )
            )
            return
        check_digit = self.check_digit.currentText()
        if check_digit not in CHECK_DIGITS:
            check_digit = load_settings(self.conn).check_digit
        problem = BadgeFormat(self.pattern.text(), check_digit).problem(code)
        self.trial_result.setText(
            translate("SettingsPage", "{badge} is a valid badge.").format(badge=code)
            if problem is None
            else f"{code}: {say(problem)}."
        )


class QuietLine(QLabel):
    """A line under a field that takes no room while there is nothing to say."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


class ProblemLine(QuietLine):
    """The line under a field that says what is wrong with it, in the error colour."""

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet(error_style())


def _read(read: Callable[[], T], field: str) -> T:
    """What `read` gives; its InputError as a FieldError naming `field`."""
    try:
        return read()
    except InputError as exc:
        raise FieldError(say(exc), field) from None

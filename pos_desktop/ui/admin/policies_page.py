"""The policies page: who gets which discount within which limits, in order (the first that
matches a holder applies), with a live preview of what an item would cost.

The form speaks the shop's words (its parts in policy_widgets.py): employment types are
boxes to tick, the periods choices, the category rates a small table; a wrong value shows its
problem beside its field in the error colour. Turning the form into a policy, and the preview,
are the core's (pos_desktop.core.policy_form): this page only collects and shows."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core import config
from pos_desktop.core.errors import FieldError, InputError, PosError
from pos_desktop.core.policies import POLICY_FIELDS, Policy
from pos_desktop.core.policy_form import (
    PolicyForm,
    employment_choices,
    form_from_policy,
    policy_from_form,
    preview,
    preview_category,
)
from pos_desktop.core.rules import Rules, load_rules
from pos_desktop.i18n import amount, decimal_mark, say, translate
from pos_desktop.ui.admin.policy_widgets import (
    MONEY,
    CategoryRates,
    PeriodLimit,
    SampleItem,
    field_label,
    text_fields,
)
from pos_desktop.ui.common import words
from pos_desktop.ui.common.amount_edit import AmountEdit
from pos_desktop.ui.common.fit import DownScroll
from pos_desktop.ui.common.style import error_style


class PoliciesPage(QWidget):
    """The ordered list on the left, the chosen policy's rules on the right, the preview below;
    Save hands the whole list to `save` (validated as a config file is, audited)."""

    def __init__(
        self, conn: sqlite3.Connection, save: Callable[[list[dict[str, Any]]], None]
    ) -> None:
        super().__init__()
        self.conn = conn
        self.save = save
        self.forms: list[PolicyForm] = []
        self.list = QListWidget()
        self.list.setAccessibleName(
            translate("PoliciesPage", "Policies, in the order they are tried")
        )
        self.list.currentRowChanged.connect(self._show)
        self.form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        currency = load_rules(conn).settings.currency
        self._who_and_how()
        self._limits(currency)
        self.rates = CategoryRates(self.preview)
        self._row(field_label("category_percent"), self.rates, "category_percent")
        self.dependants = QCheckBox(field_label("dependants"))
        self.dependants.toggled.connect(self.preview)
        self.form.addRow("", self.dependants)
        sample = SampleItem(currency, self.preview)
        self.sample_price, self.sample_cost = sample.price, sample.cost
        self.sample_category = sample.category
        self.sample_error = self._error_label()
        self.preview_text = QLabel()
        self.preview_text.setObjectName("preview")
        self.preview_text.setWordWrap(True)  # a long category or rule must not widen the window
        self.preview_text.setStyleSheet("#preview { font-size: 13pt; font-weight: bold; }")
        inner = QWidget()
        right = QVBoxLayout(inner)
        right.addLayout(self.form)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addWidget(DownScroll(inner), 3)  # the whole form on 1024x768, in every language
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(sample)
        layout.addWidget(self.sample_error)
        layout.addWidget(self.preview_text)
        layout.addLayout(self._buttons())
        self.load()

    # Building the form

    def _who_and_how(self) -> None:
        """The name, whom the policy applies to, and its method."""
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("PoliciesPage", "Name"))
        self.name.textEdited.connect(self.preview)
        self._row(field_label("name"), self.name, "name")
        self.relation = QComboBox()
        self.relation.setAccessibleName(translate("PoliciesPage", "Company relation"))
        self.relation.addItem(translate("PoliciesPage", "any company"), None)
        for value in ("own", "group"):
            self.relation.addItem(words.word(words.RELATIONS, value), value)
        self.relation.currentIndexChanged.connect(self.preview)
        self._row(field_label("relation"), self.relation, "relation")
        self.employment_box = QWidget()
        self.employment_grid = QGridLayout(self.employment_box)
        self.employment_grid.setContentsMargins(0, 0, 0, 0)
        self.employment: dict[str, QCheckBox] = {}
        self._row(QLabel(field_label("employment")), self.employment_box, "employment")
        self.employment_note = QLabel(translate("PoliciesPage", "none ticked: any employment"))
        self.form.addRow("", self.employment_note)
        self.method = QComboBox()
        self.method.setAccessibleName(translate("PoliciesPage", "Method"))
        self.method.addItem(translate("PoliciesPage", "percent off"), "percent")
        self.method.addItem(translate("PoliciesPage", "cost plus markup"), "cost_plus")
        self.method.currentIndexChanged.connect(self._method_changed)
        self._row(field_label("method"), self.method, "method")

    def _limits(self, currency: str) -> None:
        """The typed fields, in POLICY_FIELDS' order: percentages, amounts (the allowance and
        the payroll limit each with its period), days and units."""
        self.fields: dict[str, QLineEdit] = {}
        periods = {
            "allowance_amount": translate("PoliciesPage", "Allowance period"),
            "payroll_amount": translate("PoliciesPage", "Payroll limit period"),
        }
        self.limits: dict[str, PeriodLimit] = {}
        for key, (label, hint) in text_fields().items():
            field = AmountEdit(currency) if key in MONEY else QLineEdit()
            field.setAccessibleName(label.replace("&", ""))
            field.setPlaceholderText(hint)
            field.textEdited.connect(self.preview)
            self.fields[key] = field
            if key in periods:
                self.limits[key] = PeriodLimit(field, periods[key], self.preview)
                spec = next(f for f in POLICY_FIELDS if f.form_key == key)
                self._row(label, self.limits[key], key, also=(spec.period_form, spec.days_form))
            else:
                self._row(label, field, key)
        allowance, payroll = self.limits["allowance_amount"], self.limits["payroll_amount"]
        self.period, self.days = allowance.period, allowance.days
        self.payroll_period, self.payroll_days = payroll.period, payroll.days

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        for text, action in (
            (translate("PoliciesPage", "New p&olicy"), self.add),
            (translate("PoliciesPage", "Move &up"), lambda: self.move_policy(-1)),
            (translate("PoliciesPage", "Move do&wn"), lambda: self.move_policy(1)),
            (translate("PoliciesPage", "&Remove"), self.remove),
            (translate("PoliciesPage", "&Save policies"), self.save_all),
            (translate("PoliciesPage", "Re&load"), self.load),
        ):
            button = QPushButton(text)
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(error_style())
        label.setWordWrap(True)
        label.setAccessibleName(translate("PoliciesPage", "Problem"))
        label.hide()
        return label

    def _row(
        self, label: str | QLabel, widget: QWidget, key: str, also: tuple[str, ...] = ()
    ) -> None:
        """A row of the form with, under it, the line its problems are shown on."""
        if isinstance(label, QLabel):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        else:
            self.form.addRow(label, widget)
        error = self._error_label()
        self.form.addRow("", error)
        self.form.setRowVisible(error, False)
        for name in (key, *also):
            self.errors[name] = error

    def _method_changed(self) -> None:
        percent = self.method.currentData() == "percent"
        self.fields["percent"].setEnabled(percent)
        self.fields["markup"].setEnabled(not percent)
        self.preview()

    def _employment_choices(self, rules: Rules) -> None:
        for box in self.employment.values():
            box.deleteLater()
        self.employment.clear()
        for number, code in enumerate(employment_choices(self.conn, rules)):
            box = QCheckBox(words.word(words.EMPLOYMENT, code))
            box.toggled.connect(self.preview)
            self.employment[code] = box
            self.employment_grid.addWidget(box, number // 3, number % 3)

    # Loading and showing

    @property
    def rules(self) -> Rules:
        return load_rules(self.conn)

    def load(self) -> None:
        rules = self.rules
        currency = rules.settings.currency
        self.forms = [form_from_policy(p, currency) for p in rules.policies]
        for amount_field in self.findChildren(AmountEdit):
            amount_field.set_currency(currency)
        self._employment_choices(rules)
        self.rates.categories = [(c, category.name) for c, category in rules.categories.items()]
        self.sample_category.blockSignals(True)
        self.sample_category.clear()
        for code, category in rules.categories.items():
            self.sample_category.addItem(category.name, code)
        self.sample_category.blockSignals(False)
        self._fill_list(0)

    def _fill_list(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([f.name for f in self.forms])
        self.list.blockSignals(False)
        if self.forms:
            self.list.setCurrentRow(max(0, min(current, len(self.forms) - 1)))

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.forms):
            return
        form = self.forms[row]
        quiet: list[QWidget] = [
            self.name,
            self.relation,
            self.method,
            self.period,
            self.days,
            self.payroll_period,
            self.payroll_days,
            self.dependants,
            self.sample_category,
            *self.employment.values(),
            *self.fields.values(),
        ]
        for widget in quiet:
            widget.blockSignals(True)
        self.name.setText(form.name)
        self.relation.setCurrentIndex(max(0, self.relation.findData(form.relation)))
        self.method.setCurrentIndex(max(0, self.method.findData(form.method)))
        for code, box in self.employment.items():
            box.setChecked(code in form.employment)
        for key, field in self.fields.items():
            if isinstance(field, AmountEdit):
                field.set_plain(str(getattr(form, key)))
            else:
                field.setText(decimal_mark(str(getattr(form, key))))
        self.limits["allowance_amount"].show_period(form.allowance_period, form.rolling_days)
        self.limits["payroll_amount"].show_period(form.payroll_period, form.payroll_days)
        self.dependants.setChecked(form.dependants)
        self.rates.set_rates(form.category_percent)
        self.fields["percent"].setEnabled(form.method == "percent")
        self.fields["markup"].setEnabled(form.method == "cost_plus")
        try:
            policy: Policy | None = policy_from_form(
                form, self.rules.settings.currency, self.rules.categories
            )
        except PosError:
            policy = None
        self.sample_category.setCurrentIndex(
            max(0, self.sample_category.findData(preview_category(self.rules, policy)))
        )
        for widget in quiet:
            widget.blockSignals(False)
        self.preview()

    def edited(self) -> PolicyForm:
        """The chosen policy's form, as typed and chosen; an amount that is not one is a
        FieldError naming its field."""
        typed: dict[str, Any] = {
            key: self._plain(key) if key in MONEY else field.text()
            for key, field in self.fields.items()
        }
        form = PolicyForm(
            name=self.name.text(),
            relation=self.relation.currentData(),
            employment=tuple(code for code, box in self.employment.items() if box.isChecked()),
            method=str(self.method.currentData()),
            dependants=self.dependants.isChecked(),
            category_percent=self.rates.rates(),
        )
        for spec in POLICY_FIELDS:  # an amount per period's period and rolling days
            if spec.form_key in self.limits:
                limit = self.limits[spec.form_key]
                typed[spec.period_form] = str(limit.period.currentData())
                typed[spec.days_form] = limit.days.text()
        return dataclasses.replace(form, **typed)  # the typed fields, by POLICY_FIELDS

    def _plain(self, key: str) -> str:
        """A money field's amount as the core reads it ("1234.50"), empty when none."""
        field = self.fields.get(key) or getattr(self, key)
        assert isinstance(field, AmountEdit)
        try:
            return field.plain()
        except InputError as exc:
            raise FieldError(exc.args[0], key) from None

    def _clear_problems(self) -> None:
        for label in self.errors.values():
            label.clear()
            self.form.setRowVisible(label, False)
        self.sample_error.hide()

    def _show_problem(self, exc: PosError) -> None:
        """The problem beside the field it is about, in the error colour."""
        text = say(exc)
        text = text[:1].upper() + text[1:] + "."
        field = exc.field if isinstance(exc, FieldError) else "name"
        if field in ("sample_price", "sample_cost"):
            self.sample_error.setText(text)
            self.sample_error.show()
        else:
            label = self.errors.get(field, self.errors["name"])
            label.setText(text)
            self.form.setRowVisible(label, True)
        self.preview_text.clear()

    def problem(self) -> str:
        """The problem shown on the page now, or an empty text."""
        shown = [label.text() for label in self.errors.values() if label.text()]
        if self.sample_error.text() and not self.sample_error.isHidden():
            shown.append(self.sample_error.text())
        return shown[0] if shown else ""

    def preview(self) -> None:
        """What the sample item would cost under the policy as typed, or what is wrong."""
        self._clear_problems()
        rules = self.rules
        currency = rules.settings.currency
        try:
            policy = policy_from_form(self.edited(), currency, rules.categories)
            code = str(self.sample_category.currentData() or "")
            price, cost = self._plain("sample_price"), self._plain("sample_cost")
            priced = preview(policy, price, cost, code, rules)
        except PosError as exc:
            self._show_problem(exc)
            return
        category = rules.categories.get(code)
        who = (
            ", ".join(words.word(words.EMPLOYMENT, e) for e in policy.employment)
            if policy.employment
            else translate("PoliciesPage", "any employment")
        )
        text = translate(
            "PoliciesPage", "A {price} item in {category} for {who} costs {total} ({why})."
        )
        self.preview_text.setText(
            text.format(
                price=amount(priced.line.unit_price, currency),
                category=category.name if category else code,
                who=who,
                total=amount(priced.total, currency),
                why=say(priced.rule),
            )
        )

    # The list's actions

    def _keep_edits(self) -> bool:
        """The form kept in the list when it is valid; else its problem shown and False."""
        row = self.list.currentRow()
        if 0 <= row < len(self.forms):
            try:
                form = self.edited()
                policy_from_form(form, self.rules.settings.currency, self.rules.categories)
            except PosError as exc:
                self._clear_problems()
                self._show_problem(exc)
                return False
            self.forms[row] = form
            self.list.item(row).setText(form.name.strip())
        return True

    def add(self) -> None:
        if self._keep_edits():
            name = translate("PoliciesPage", "Policy {number}").format(number=len(self.forms) + 1)
            self.forms.append(PolicyForm(name=name, percent="10"))
            self._fill_list(len(self.forms) - 1)
            self.name.setFocus()
            self.name.selectAll()

    def move_policy(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if self._keep_edits() and 0 <= row < len(self.forms) and 0 <= target < len(self.forms):
            self.forms[row], self.forms[target] = self.forms[target], self.forms[row]
            self._fill_list(target)

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.forms):
            del self.forms[row]
            self._fill_list(row)

    def save_all(self) -> None:
        if not self._keep_edits():
            return
        rules = self.rules
        currency = rules.settings.currency
        tables = []
        for row, form in enumerate(self.forms):
            try:
                policy = policy_from_form(form, currency, rules.categories)
            except PosError as exc:  # a policy whose category has gone since it was typed
                self.list.setCurrentRow(row)
                self._show_problem(exc)
                return
            tables.append(config.policy_to_dict(policy, currency))
        self.save(tables)

    def sample(self, price: str, cost: str, category: str) -> None:
        """Set the preview's sample item, its amounts as the core writes them ("100.00")."""
        self.sample_price.set_plain(price)
        self.sample_cost.set_plain(cost)
        self.sample_category.setCurrentIndex(max(0, self.sample_category.findData(category)))
        self.preview()

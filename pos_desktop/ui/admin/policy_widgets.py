"""The parts of the policies page's form that are more than one field: the category rates
(a small table), an amount per period (the allowance, the payroll limit) and the preview's
sample item; and the form's labels and hints, which come from POLICY_FIELDS."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.policies import POLICY_FIELDS
from pos_desktop.core.text import Template
from pos_desktop.i18n import decimal_mark, translate
from pos_desktop.ui.common.amount_edit import AmountEdit
from pos_desktop.ui.common.fit import shrinkable

# The kinds of policy field the form shows as a line of text (an amount per period with
# its period beside it).
_TYPED = (
    "percent",
    "optional percent",
    "markup",
    "optional amount",
    "per period",
    "whole",
    "optional whole",
)
SPECS = {f.field: f for f in POLICY_FIELDS}


def field_label(field: str) -> str:
    """The form's label of a policy field, in the language."""
    words_of = SPECS[field].label
    return translate(words_of.context, words_of)


def text_fields() -> dict[str, tuple[str, str]]:
    """The text fields, in the form's order: key, then label and hint."""
    found = {}
    for spec in POLICY_FIELDS:
        if spec.kind in _TYPED:
            hint = spec.hint
            shown = translate(hint.context, hint) if isinstance(hint, Template) else hint
            found[spec.form_key] = (field_label(spec.field), shown)
    return found


# The fields that hold money (an AmountEdit each); the others are percentages and numbers.
MONEY = tuple(f.form_key for f in POLICY_FIELDS if f.kind in ("optional amount", "per period"))


class CategoryRates(QWidget):
    """The policy's own percent for some categories: a table of (category, percent) rows with
    buttons to add and remove a row."""

    def __init__(self, changed: Callable[[], None]) -> None:
        super().__init__()
        self.changed = changed
        self.categories: list[tuple[str, str]] = []
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(field_label("category_percent"))
        self.table.setHorizontalHeaderLabels(
            [translate("PoliciesPage", "Category"), translate("PoliciesPage", "Percent")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMaximumHeight(120)
        self.add_button = QPushButton(translate("PoliciesPage", "Add a rate"))
        self.add_button.clicked.connect(lambda: self.add_rate())
        self.remove_button = QPushButton(translate("PoliciesPage", "Remove the rate"))
        self.remove_button.clicked.connect(self.remove_rate)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_rates(self, rates: tuple[tuple[str, str], ...]) -> None:
        self.table.setRowCount(0)
        for code, percent in rates:
            self.add_rate(code, decimal_mark(percent), quiet=True)

    def add_rate(self, code: str = "", percent: str = "", *, quiet: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = shrinkable(QComboBox(), 8)
        combo.setAccessibleName(translate("PoliciesPage", "Category"))
        used = {self.rate_at(r)[0] for r in range(row)}
        for value, name in self.categories:
            combo.addItem(name, value)
        if not code:  # a new row starts on a category that has no rate yet
            code = next((c for c, _ in self.categories if c not in used), "")
        combo.setCurrentIndex(max(0, combo.findData(code)))
        combo.currentIndexChanged.connect(self.changed)
        field = QLineEdit(percent)
        field.setAccessibleName(translate("PoliciesPage", "Percent"))
        field.setPlaceholderText("10")
        field.textEdited.connect(self.changed)
        self.table.setCellWidget(row, 0, combo)
        self.table.setCellWidget(row, 1, field)
        if not quiet:
            field.setFocus()
            self.changed()

    def remove_rate(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.changed()

    def rate_at(self, row: int) -> tuple[str, str]:
        combo = self.table.cellWidget(row, 0)
        field = self.table.cellWidget(row, 1)
        assert isinstance(combo, QComboBox) and isinstance(field, QLineEdit)
        return str(combo.currentData() or ""), field.text().strip()

    def rates(self) -> tuple[tuple[str, str], ...]:
        return tuple(self.rate_at(row) for row in range(self.table.rowCount()))


class PeriodLimit(QWidget):
    """An amount per period: the amount, the period chosen, the days of a rolling one.
    `changed` runs on each edit."""

    def __init__(self, field: QLineEdit, name: str, changed: Callable[[], None]) -> None:
        super().__init__()
        self.changed = changed
        self.period = QComboBox()
        self.period.setAccessibleName(name)
        for value, text in (
            ("year", translate("PoliciesPage", "a calendar year")),
            ("month", translate("PoliciesPage", "a calendar month")),
            ("rolling", translate("PoliciesPage", "the last … days")),
        ):
            self.period.addItem(text, value)
        self.days = QLineEdit()
        self.days.setAccessibleName(translate("PoliciesPage", "Days"))
        self.days.setPlaceholderText("30")
        self.days.setMaximumWidth(60)
        self.days.textEdited.connect(changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(field, 2)
        per = QLabel(translate("PoliciesPage", "per"))
        per.setBuddy(self.period)  # how Qt on Linux names a combo to a screen reader
        line.addWidget(per)
        line.addWidget(self.period, 2)
        line.addWidget(self.days)

    def _period_changed(self) -> None:
        self.days.setEnabled(self.period.currentData() == "rolling")
        self.changed()

    def show_period(self, period: str, days: str) -> None:
        self.period.setCurrentIndex(max(0, self.period.findData(period)))
        self.days.setText(days)
        self.days.setEnabled(period == "rolling")


class SampleItem(QHBoxLayout):
    """The preview's item: its price and cost (amounts) and its category."""

    def __init__(self, currency: str, changed: Callable[[], None]) -> None:
        super().__init__()
        self.price = AmountEdit(currency)
        self.price.set_plain("100.00")
        self.cost = AmountEdit(currency)
        self.cost.set_plain("60.00")
        self.category = shrinkable(QComboBox())
        named: tuple[tuple[QWidget, str], ...] = (
            (self.price, translate("PoliciesPage", "Preview price")),
            (self.cost, translate("PoliciesPage", "Preview cost")),
            (self.category, translate("PoliciesPage", "Preview category")),
        )
        for control, name in named:
            control.setAccessibleName(name)
        for field in (self.price, self.cost):
            field.textEdited.connect(changed)
        self.category.currentIndexChanged.connect(changed)
        self.addWidget(QLabel(translate("PoliciesPage", "Preview: an item at")))
        self.addWidget(self.price)
        self.addWidget(QLabel(translate("PoliciesPage", "cost")))
        self.addWidget(self.cost)
        inside = QLabel(translate("PoliciesPage", "in"))
        inside.setBuddy(self.category)  # how Qt on Linux names a combo to a screen reader
        inside.setAccessibleName(self.category.accessibleName())
        self.addWidget(inside)
        self.addWidget(self.category)

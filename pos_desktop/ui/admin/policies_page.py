"""The policies page: who gets which discount within which limits, in order (the first that
matches a holder applies), with a live preview of what an item would cost."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core import config
from pos_desktop.core.errors import InputError, PosError
from pos_desktop.core.money import parse_amount
from pos_desktop.core.pricing import BasketLine, StaffTerms, price_basket
from pos_desktop.core.rules import Rules, load_rules
from pos_desktop.i18n import amount, say, translate
from pos_desktop.ui.common import words
from pos_desktop.ui.common.fit import shrinkable


class PoliciesPage(QWidget):
    """The ordered list on the left, the chosen policy's rules on the right, the preview below;
    Save hands the whole list to `save` (validated as a config file is, audited)."""

    def __init__(
        self, conn: sqlite3.Connection, save: Callable[[list[dict[str, Any]]], None]
    ) -> None:
        super().__init__()
        self.conn = conn
        self.save = save
        self.policies: list[dict[str, Any]] = []
        self.list = QListWidget()
        self.list.setAccessibleName(
            translate("PoliciesPage", "Policies, in the order they are tried")
        )
        self.list.currentRowChanged.connect(self._show)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label, hint in (
            ("name", translate("PoliciesPage", "&Name"), ""),
            (
                "employment",
                translate("PoliciesPage", "&Employment types"),
                translate("PoliciesPage", "full_time, part_time (empty: any)"),
            ),
            ("percent", translate("PoliciesPage", "&Percent"), "20"),
            ("markup", translate("PoliciesPage", "Cost-plus &markup %"), "10"),
            ("open_percent", translate("PoliciesPage", "Open amounts %"), "0"),
            (
                "floor_margin_percent",
                translate("PoliciesPage", "&Floor above cost %"),
                translate("PoliciesPage", "empty: none"),
            ),
            (
                "max_discount_per_sale",
                translate("PoliciesPage", "&Cap per sale"),
                translate("PoliciesPage", "50.00 (empty: none)"),
            ),
            (
                "allowance_amount",
                translate("PoliciesPage", "&Allowance"),
                translate("PoliciesPage", "1000.00 (empty: none)"),
            ),
            (
                "allowance_period",
                translate("PoliciesPage", "Allowance per&iod"),
                translate("PoliciesPage", "year, month or rolling:30"),
            ),
            (
                "payroll_amount",
                translate("PoliciesPage", "Payroll limit"),
                translate("PoliciesPage", "300.00 (empty: pay at the till only)"),
            ),
            (
                "payroll_period",
                translate("PoliciesPage", "Payroll limit period"),
                translate("PoliciesPage", "month, year or rolling:30"),
            ),
            ("probation_days", translate("PoliciesPage", "Probation &days"), "90"),
            (
                "max_units_per_sku",
                translate("PoliciesPage", "Units per i&tem"),
                translate("PoliciesPage", "5 (empty: no limit)"),
            ),
            (
                "category_percent",
                translate("PoliciesPage", "Category percents"),
                "ELEC=10, HOME=15",
            ),
        ):
            field = QLineEdit()
            field.setAccessibleName(label.replace("&", ""))
            field.setPlaceholderText(hint)
            field.textEdited.connect(self.preview)
            self.fields[key] = field
            form.addRow(label, field)
        self.relation = QComboBox()
        self.relation.setAccessibleName(translate("PoliciesPage", "Company relation"))
        self.relation.addItem(translate("PoliciesPage", "any company"), None)
        for value in ("own", "group"):
            self.relation.addItem(words.word(words.RELATIONS, value), value)
        self.method = QComboBox()
        self.method.setAccessibleName(translate("PoliciesPage", "Method"))
        self.method.addItem(translate("PoliciesPage", "percent off"), "percent")
        self.method.addItem(translate("PoliciesPage", "cost plus markup"), "cost_plus")
        self.dependants = QCheckBox(
            translate("PoliciesPage", "Dependants share the employee's discount")
        )
        for widget in (self.relation, self.method):
            widget.currentIndexChanged.connect(self.preview)
        self.dependants.toggled.connect(self.preview)
        form.insertRow(1, translate("PoliciesPage", "Applies to"), self.relation)
        form.insertRow(3, translate("PoliciesPage", "Met&hod"), self.method)
        form.addRow("", self.dependants)
        self.sample_price = QLineEdit("100.00")
        self.sample_cost = QLineEdit("60.00")
        self.sample_category = shrinkable(QComboBox())
        named: tuple[tuple[QWidget, str], ...] = (
            (self.sample_price, translate("PoliciesPage", "Preview price")),
            (self.sample_cost, translate("PoliciesPage", "Preview cost")),
            (self.sample_category, translate("PoliciesPage", "Preview category")),
        )
        for control, name in named:
            control.setAccessibleName(name)
        for field in (self.sample_price, self.sample_cost):
            field.textEdited.connect(self.preview)
        self.sample_category.currentIndexChanged.connect(self.preview)
        sample = QHBoxLayout()
        sample.addWidget(QLabel(translate("PoliciesPage", "Preview: an item at")))
        sample.addWidget(self.sample_price)
        sample.addWidget(QLabel(translate("PoliciesPage", "cost")))
        sample.addWidget(self.sample_cost)
        inside = QLabel(translate("PoliciesPage", "in"))
        inside.setBuddy(self.sample_category)  # how Qt on Linux names a combo to a screen reader
        inside.setAccessibleName(self.sample_category.accessibleName())
        sample.addWidget(inside)
        sample.addWidget(self.sample_category)
        self.preview_text = QLabel()
        self.preview_text.setObjectName("preview")
        self.preview_text.setWordWrap(True)  # a long category or rule must not widen the window
        self.preview_text.setStyleSheet("#preview { font-size: 13pt; font-weight: bold; }")
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
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(sample)
        right.addWidget(self.preview_text)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        self.load()

    @property
    def rules(self) -> Rules:
        return load_rules(self.conn)

    def load(self) -> None:
        rules = self.rules
        currency = rules.settings.currency
        self.policies = [config.policy_to_dict(p, currency) for p in rules.policies]
        self.sample_category.clear()
        for code, category in rules.categories.items():
            self.sample_category.addItem(category.name, code)
        self._fill_list(0)

    def _fill_list(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([str(p.get("name", "")) for p in self.policies])
        self.list.blockSignals(False)
        if self.policies:
            self.list.setCurrentRow(max(0, min(current, len(self.policies) - 1)))

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.policies):
            return
        policy = self.policies[row]
        applies = policy.get("applies_to", {})
        allowance = policy.get("allowance", {})
        payroll = policy.get("payroll_limit", {})
        values = {
            "name": policy.get("name", ""),
            "employment": ", ".join(applies.get("employment", [])),
            "percent": policy.get("percent", ""),
            "markup": policy.get("markup", ""),
            "open_percent": policy.get("open_percent", ""),
            "floor_margin_percent": policy.get("floor_margin_percent", ""),
            "max_discount_per_sale": policy.get("max_discount_per_sale", ""),
            "allowance_amount": allowance.get("amount", ""),
            "allowance_period": allowance.get("period", ""),
            "payroll_amount": payroll.get("amount", ""),
            "payroll_period": payroll.get("period", ""),
            "probation_days": policy.get("probation_days", ""),
            "max_units_per_sku": policy.get("max_units_per_sku", ""),
            "category_percent": ", ".join(
                f"{k}={v}" for k, v in policy.get("category_percent", {}).items()
            ),
        }
        for key, field in self.fields.items():
            field.setText(str(values[key]))
        self.relation.setCurrentIndex(max(0, self.relation.findData(applies.get("relation"))))
        self.method.setCurrentIndex(max(0, self.method.findData(policy.get("method", "percent"))))
        self.dependants.setChecked(bool(policy.get("dependants", True)))
        self.preview()

    def edited(self) -> dict[str, Any]:
        """The chosen policy as a [[policy]] table, from the fields as typed."""
        text = {key: field.text().strip() for key, field in self.fields.items()}
        table: dict[str, Any] = {"name": text["name"], "method": self.method.currentData()}
        applies: dict[str, Any] = {}
        if self.relation.currentData() is not None:
            applies["relation"] = self.relation.currentData()
        if text["employment"]:
            applies["employment"] = [e.strip() for e in text["employment"].split(",") if e.strip()]
        if applies:
            table["applies_to"] = applies
        for key in ("percent", "markup", "open_percent", "floor_margin_percent"):
            if text[key]:
                table[key] = text[key]
        if text["max_discount_per_sale"]:
            table["max_discount_per_sale"] = text["max_discount_per_sale"]
        if text["allowance_amount"]:
            table["allowance"] = {
                "amount": text["allowance_amount"],
                "period": text["allowance_period"] or "year",
            }
        if text["payroll_amount"]:
            table["payroll_limit"] = {
                "amount": text["payroll_amount"],
                "period": text["payroll_period"] or "month",
            }
        for key in ("probation_days", "max_units_per_sku"):
            if text[key]:
                if not (text[key].isascii() and text[key].isdigit()):
                    what = {
                        "probation_days": translate("PoliciesPage", "probation days"),
                        "max_units_per_sku": translate("PoliciesPage", "units per item"),
                    }[key]
                    message = translate("PoliciesPage", "{what} must be a whole number")
                    raise InputError(message.format(what=what))
                table[key] = int(text[key])
        if text["category_percent"]:
            pairs = [p.split("=", 1) for p in text["category_percent"].split(",") if p.strip()]
            if any(len(p) != 2 for p in pairs):
                raise InputError(
                    translate("PoliciesPage", "category percents are written like ELEC=10, HOME=15")
                )
            table["category_percent"] = {k.strip().upper(): v.strip() for k, v in pairs}
        table["dependants"] = self.dependants.isChecked()
        return table

    def preview(self) -> None:
        """What the sample item would cost under the policy as typed, or why it is wrong."""
        rules = self.rules
        currency = rules.settings.currency
        try:
            policy = config.policy_from_dict(self.edited(), currency)
            price = parse_amount(
                self.sample_price.text(),
                currency,
                what=translate("PoliciesPage", "the sample price"),
            )
            cost = parse_amount(
                self.sample_cost.text(), currency, what=translate("PoliciesPage", "the sample cost")
            )
            code = str(self.sample_category.currentData() or "")
            category = rules.categories.get(code)
            line = BasketLine(
                "SAMPLE",
                "sample",
                code,
                1,
                price,
                cost,
                category.employee_discount if category else True,
                category.name if category else code,
            )
            priced = price_basket([line], StaffTerms(policy, None), currency)[0]
        except PosError as exc:
            self.preview_text.setText(self._not_valid(exc))
            return
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
                price=amount(price, currency),
                category=category.name if category else code,
                who=who,
                total=amount(priced.total, currency),
                why=say(priced.rule),
            )
        )

    @staticmethod
    def _not_valid(exc: PosError) -> str:
        return translate("PoliciesPage", "Not valid yet: {problem}.").format(problem=say(exc))

    def _keep_edits(self) -> bool:
        row = self.list.currentRow()
        if 0 <= row < len(self.policies):
            try:
                self.policies[row] = self.edited()
            except PosError as exc:
                self.preview_text.setText(self._not_valid(exc))
                return False
        return True

    def add(self) -> None:
        if self._keep_edits():
            name = translate("PoliciesPage", "Policy {number}").format(
                number=len(self.policies) + 1
            )
            self.policies.append({"name": name, "percent": 10})

            self._fill_list(len(self.policies) - 1)

    def move_policy(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if (
            self._keep_edits()
            and 0 <= row < len(self.policies)
            and 0 <= target < len(self.policies)
        ):
            self.policies[row], self.policies[target] = self.policies[target], self.policies[row]
            self._fill_list(target)

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.policies):
            del self.policies[row]
            self._fill_list(row)

    def save_all(self) -> None:
        if self._keep_edits():
            self.save([dict(p) for p in self.policies])

    def sample(self, price: str, cost: str, category: str) -> None:
        """Set the preview's sample item (for the window's tests and for admins)."""
        self.sample_price.setText(price)
        self.sample_cost.setText(cost)
        self.sample_category.setCurrentIndex(max(0, self.sample_category.findData(category)))
        self.preview()

"""The store's discount policies: who gets which discount within which limits (Policy), and
each of a policy's fields declared once (POLICY_FIELDS), which loading, saving, the TOML import
and export and the policies page all go by."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import MISSING, dataclass, field, fields
from decimal import Decimal
from typing import Any, Literal

from pos_desktop.core.money import parse_percent, percent_text
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Template

Relation = Literal["own", "group"]
Method = Literal["percent", "cost_plus"]


@dataclass(frozen=True)
class Allowance:
    amount: int
    period: str  # month | year | rolling:N


@dataclass(frozen=True)
class Policy:
    """Who gets which discount, and within which limits."""

    name: str
    method: Method = "percent"
    relation: Relation | None = None
    employment: tuple[str, ...] | None = None
    percent: Decimal = Decimal(0)
    markup: Decimal = Decimal(0)
    open_percent: Decimal = Decimal(0)
    floor_margin_percent: Decimal | None = None
    max_discount_per_sale: int | None = None
    allowance: Allowance | None = None
    probation_days: int = 0
    max_units_per_sku: int | None = None
    dependants: bool = True
    category_percent: dict[str, Decimal] = field(default_factory=dict)
    # What an employee (with their dependants) may charge to payroll per period, net of
    # refunds; None: this policy's holders pay at the till only.
    payroll_limit: Allowance | None = None

    def matches(self, relation: str, employment: str) -> bool:
        if self.relation is not None and self.relation != relation:
            return False
        return self.employment is None or employment in self.employment

    def percent_for(self, category: str) -> Decimal:
        return self.category_percent.get(category, self.percent)


PolicyKind = Literal[
    "text",
    "relation",
    "employment",
    "method",
    "percent",
    "optional percent",
    "markup",
    "optional amount",
    "per period",
    "whole",
    "optional whole",
    "switch",
    "rates",
]


@dataclass(frozen=True)
class PolicyField:
    """Where one field of Policy (which gives its type and default) lives: its key in a
    [[policy]] table (`applies_to.relation` in a nested one), its kind (how it is stored,
    read and written) and its label on the policies page. Its columns are named after it
    (an amount per period has two, `_amount` and `_period`). Loading, saving, the TOML
    import and export, the policies page and its form's words all go by POLICY_FIELDS."""

    field: str
    toml: str
    kind: PolicyKind
    label: Template
    hint: str = ""  # a plain example ("20") or a Template ("empty: none")
    form: str = ""  # the form's key when not the field's ("allowance_amount")
    words: Template | None = None  # the field as a problem on the form names it ("the cap")
    period_form: str = ""  # an amount per period's form keys: its period, a rolling one's days
    days_form: str = ""
    always: bool = False  # written to a file even when it has its default value
    method: Method | None = None  # written to a file only for a policy of this method
    least: int = 0  # a whole number's range
    most: int = 0
    period: str = ""  # an amount per period's period when a file leaves it out

    @property
    def form_key(self) -> str:
        return self.form or self.field

    @property
    def name(self) -> str:
        """Its key in the TOML table that holds it."""
        return self.toml.rpartition(".")[2]

    @property
    def default(self) -> object:
        found = next(f for f in fields(Policy) if f.name == self.field)
        return found.default if found.default_factory is MISSING else found.default_factory()


# Every policy field, in the order a configuration file lists them and the form shows them.
POLICY_FIELDS = (
    PolicyField(
        "name",
        "name",
        "text",
        QT_TRANSLATE_NOOP("PoliciesPage", "&Name"),
        always=True,
        words=QT_TRANSLATE_NOOP("PolicyForm", "the name"),
    ),
    PolicyField(
        "relation",
        "applies_to.relation",
        "relation",
        QT_TRANSLATE_NOOP("PoliciesPage", "Applies to"),
    ),
    PolicyField(
        "employment",
        "applies_to.employment",
        "employment",
        QT_TRANSLATE_NOOP("PoliciesPage", "&Employment types"),
        words=QT_TRANSLATE_NOOP("PolicyForm", "the employment types"),
    ),
    PolicyField(
        "method", "method", "method", QT_TRANSLATE_NOOP("PoliciesPage", "Met&hod"), always=True
    ),
    PolicyField(
        "percent",
        "percent",
        "percent",
        QT_TRANSLATE_NOOP("PoliciesPage", "&Percent"),
        "20",
        method="percent",
        words=QT_TRANSLATE_NOOP("PolicyForm", "the percent"),
    ),
    PolicyField(
        "markup",
        "markup",
        "markup",
        QT_TRANSLATE_NOOP("PoliciesPage", "Cost-plus &markup %"),
        "10",
        method="cost_plus",
        words=QT_TRANSLATE_NOOP("PolicyForm", "the markup"),
    ),
    PolicyField(
        "open_percent",
        "open_percent",
        "percent",
        QT_TRANSLATE_NOOP("PoliciesPage", "Open amounts %"),
        "0",
        words=QT_TRANSLATE_NOOP("PolicyForm", "the percent for open amounts"),
    ),
    PolicyField(
        "floor_margin_percent",
        "floor_margin_percent",
        "optional percent",
        QT_TRANSLATE_NOOP("PoliciesPage", "&Floor above cost %"),
        QT_TRANSLATE_NOOP("PoliciesPage", "empty: none"),
        words=QT_TRANSLATE_NOOP("PolicyForm", "the floor above cost"),
    ),
    PolicyField(
        "max_discount_per_sale",
        "max_discount_per_sale",
        "optional amount",
        QT_TRANSLATE_NOOP("PoliciesPage", "&Cap per sale"),
        QT_TRANSLATE_NOOP("PoliciesPage", "empty: none"),
        words=QT_TRANSLATE_NOOP("PolicyForm", "the cap per sale"),
    ),
    PolicyField(
        "allowance",
        "allowance",
        "per period",
        QT_TRANSLATE_NOOP("PoliciesPage", "&Allowance"),
        QT_TRANSLATE_NOOP("PoliciesPage", "empty: none"),
        form="allowance_amount",
        period="year",
        words=QT_TRANSLATE_NOOP("PolicyForm", "the allowance"),
        period_form="allowance_period",
        days_form="rolling_days",
    ),
    PolicyField(
        "payroll_limit",
        "payroll_limit",
        "per period",
        QT_TRANSLATE_NOOP("PoliciesPage", "Payroll limit"),
        QT_TRANSLATE_NOOP("PoliciesPage", "empty: pay at the till only"),
        form="payroll_amount",
        period="month",
        words=QT_TRANSLATE_NOOP("PolicyForm", "the payroll limit"),
        period_form="payroll_period",
        days_form="payroll_days",
    ),
    PolicyField(
        "probation_days",
        "probation_days",
        "whole",
        QT_TRANSLATE_NOOP("PoliciesPage", "Probation &days"),
        "0",
        always=True,
        most=3660,
        words=QT_TRANSLATE_NOOP("PolicyForm", "the probation days"),
    ),
    PolicyField(
        "max_units_per_sku",
        "max_units_per_sku",
        "optional whole",
        QT_TRANSLATE_NOOP("PoliciesPage", "Units per i&tem"),
        QT_TRANSLATE_NOOP("PoliciesPage", "empty: no limit"),
        least=1,
        most=9999,
        words=QT_TRANSLATE_NOOP("PolicyForm", "the units per item"),
    ),
    PolicyField(
        "dependants",
        "dependants",
        "switch",
        QT_TRANSLATE_NOOP("PoliciesPage", "Dependants share the employee's discount"),
        always=True,
    ),
    PolicyField(
        "category_percent",
        "category_percent",
        "rates",
        QT_TRANSLATE_NOOP("PoliciesPage", "Category rates"),
        words=QT_TRANSLATE_NOOP("PolicyForm", "the category rates"),
    ),
)


def policy_from_row(row: sqlite3.Row) -> Policy:
    return Policy(**{f.field: _from_columns(f, row) for f in POLICY_FIELDS})


def _from_columns(spec: PolicyField, row: sqlite3.Row) -> Any:
    """One policy field from its columns of the policies table."""
    if spec.kind == "per period":
        amount = row[f"{spec.field}_amount"]
        return None if amount is None else Allowance(amount, row[f"{spec.field}_period"])
    value = row[spec.field]
    if spec.kind == "employment":
        return tuple(json.loads(value)) if value else None
    if spec.kind in ("percent", "markup"):
        return Decimal(value or "0")
    if spec.kind == "optional percent":
        return None if value is None else Decimal(value)
    if spec.kind == "switch":
        return bool(value)
    if spec.kind == "rates":
        return {k: parse_percent(v) for k, v in json.loads(value or "{}").items()}
    return value


def policy_row(policy: Policy, position: int, updated_at: str) -> dict[str, object]:
    row: dict[str, object] = {"position": position, "updated_at": updated_at}
    for spec in POLICY_FIELDS:
        row.update(_to_columns(spec, getattr(policy, spec.field)))
    return row


def _to_columns(spec: PolicyField, value: Any) -> dict[str, object]:
    """One policy field as its columns of the policies table."""
    if spec.kind == "per period":
        return {
            f"{spec.field}_amount": None if value is None else value.amount,
            f"{spec.field}_period": None if value is None else value.period,
        }
    if spec.kind == "employment":
        value = json.dumps(list(value)) if value else None
    elif spec.kind in ("percent", "markup", "optional percent"):
        value = None if value is None else percent_text(value)
    elif spec.kind == "switch":
        value = int(value)
    elif spec.kind == "rates":
        value = json.dumps({k: percent_text(v) for k, v in value.items()}, sort_keys=True)
    return {spec.field: value}

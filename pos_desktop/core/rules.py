"""The store's rules: settings, companies, departments, categories and discount policies."""

from __future__ import annotations

import functools
import json
import sqlite3
from dataclasses import MISSING, dataclass, field, fields
from decimal import Decimal
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pos_desktop.core import clock
from pos_desktop.core.badge import BadgeFormat, CheckDigit
from pos_desktop.core.money import parse_percent, percent_text
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Template

Relation = Literal["own", "group"]
Method = Literal["percent", "cost_plus"]
# The languages the windows are translated into (the store's `language` setting).
LANGUAGES = ("en", "pl", "ro")


@dataclass(frozen=True)
class StoreSettings:
    name: str = "My Store"
    till: str = "T1"
    currency: str = "EUR"
    timezone: str = "Europe/Warsaw"
    require_pin: bool = False  # cashiers sign in with badge and PIN
    language: str = ""  # en | pl | ro; empty: the windows follow the system's language
    # A chain till that cannot reach the server grants each employee at most this much
    # allowance beyond what the server last knew (minor units; None: no such cap).
    offline_limit: int | None = None
    # The till asks a supervisor for a refund above this (minor units; None: never), and
    # refuses an open amount above max_open_amount (asking first above half of it).
    refund_approval_above: int | None = 10_000
    max_open_amount: int = 100_000
    badge_pattern: str = r"^2[0-9]{12}$"
    check_digit: CheckDigit = "ean13"
    high_contrast: bool = False  # the windows in black, white and yellow, thick focus frames
    touch: bool = False  # buttons and table rows at least 48 px high, larger text
    payroll_pin: bool = True  # a charge to payroll asks the buyer's (their employee's) PIN
    # This many wrong PINs for one person within pin_lock_minutes lock their PIN for as long.
    pin_failures: int = 5
    pin_lock_minutes: int = 15
    # Who may read the database, backups and exports: "owner" (0600) or "group" (0660).
    file_access: str = "owner"

    @functools.cached_property
    def tz(self) -> ZoneInfo:
        return clock.zone(self.timezone)

    @functools.cached_property
    def badge_format(self) -> BadgeFormat:
        return BadgeFormat(self.badge_pattern, self.check_digit)


SettingKind = Literal["text", "switch", "whole", "amount", "optional amount"]


@dataclass(frozen=True)
class Setting:
    """Where one store setting (a field of StoreSettings, which gives its type and default)
    lives: its key in the database's settings table, and its [table] and name in a TOML file.
    Loading, saving and the TOML import and export all go by SETTINGS."""

    field: str
    key: str
    table: Literal["store", "badge"]
    kind: SettingKind  # an amount is written in a file as text in the store's currency
    always: bool = True  # written to a file even when it has its default value

    @property
    def name(self) -> str:
        """Its name in the TOML file's table."""
        return self.key.partition(".")[2]


# Every store setting, in the order a configuration file lists them.
SETTINGS = (
    Setting("name", "store.name", "store", "text"),
    Setting("till", "store.till", "store", "text"),
    Setting("currency", "store.currency", "store", "text"),
    Setting("timezone", "store.timezone", "store", "text"),
    Setting("require_pin", "store.require_pin", "store", "switch"),
    Setting("pin_failures", "store.pin_failures", "store", "whole"),
    Setting("pin_lock_minutes", "store.pin_lock_minutes", "store", "whole"),
    Setting("file_access", "store.file_access", "store", "text"),
    Setting("language", "store.language", "store", "text", always=False),
    Setting("high_contrast", "store.high_contrast", "store", "switch", always=False),
    Setting("touch", "store.touch", "store", "switch", always=False),
    Setting("payroll_pin", "store.payroll_pin", "store", "switch", always=False),
    Setting("offline_limit", "store.offline_limit", "store", "optional amount", always=False),
    Setting(
        "refund_approval_above", "store.refund_approval_above", "store", "optional amount", False
    ),
    Setting("max_open_amount", "store.max_open_amount", "store", "amount", always=False),
    Setting("badge_pattern", "badge.pattern", "badge", "text"),
    Setting("check_digit", "badge.check_digit", "badge", "text"),
)


@dataclass(frozen=True)
class Company:
    code: str
    name: str
    relation: Relation


@dataclass(frozen=True)
class Department:
    code: str
    name: str
    cost_centre: str
    badge: str | None = None


@dataclass(frozen=True)
class Category:
    code: str
    name: str
    employee_discount: bool = True


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


@dataclass(frozen=True)
class TaxRules:
    """The store's `[tax]` section: whose law values a staff discount as a taxable benefit,
    and that rule set's parameters as given (core/benefits.py reads and checks them)."""

    jurisdiction: str = "none"
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Rules:
    """Everything the checkout needs besides the registry, loaded once and reused."""

    settings: StoreSettings
    companies: dict[str, Company]
    departments: dict[str, Department]
    categories: dict[str, Category]
    policies: tuple[Policy, ...]
    tax: TaxRules = field(default_factory=TaxRules)

    def policy_for(self, relation: str, employment: str) -> Policy | None:
        """The first policy, in order, that applies to this holder."""
        for policy in self.policies:
            if policy.matches(relation, employment):
                return policy
        return None


def load_settings(conn: sqlite3.Connection) -> StoreSettings:
    values = {row[0]: json.loads(row[1]) for row in conn.execute("SELECT key, value FROM settings")}
    defaults = StoreSettings()
    return StoreSettings(
        **{s.field: values.get(s.key, getattr(defaults, s.field)) for s in SETTINGS}
    )


def load_tax(conn: sqlite3.Connection) -> TaxRules:
    values = {
        row[0]: json.loads(row[1])
        for row in conn.execute("SELECT key, value FROM settings WHERE key LIKE 'tax.%'")
    }
    params = values.get("tax.params") or {}
    return TaxRules(
        values.get("tax.jurisdiction", "none"),
        tuple(sorted((k, str(v)) for k, v in params.items())),
    )


def tax_rows(tax: TaxRules) -> list[dict[str, str]]:
    return [
        {"key": "tax.jurisdiction", "value": json.dumps(tax.jurisdiction)},
        {"key": "tax.params", "value": json.dumps(dict(tax.params), sort_keys=True)},
    ]


def settings_rows(settings: StoreSettings) -> list[dict[str, str]]:
    return [{"key": s.key, "value": json.dumps(getattr(settings, s.field))} for s in SETTINGS]


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


def load_rules(conn: sqlite3.Connection) -> Rules:
    settings = load_settings(conn)
    companies = {
        r["code"]: Company(r["code"], r["name"], r["relation"])
        for r in conn.execute("SELECT code, name, relation FROM companies ORDER BY code")
    }
    badges = {
        r["holder_id"]: r["code"]
        for r in conn.execute(
            "SELECT holder_id, code FROM badges WHERE holder_type = 'department' "
            "AND status = 'active' ORDER BY issued_at"
        )
    }
    departments = {
        r["code"]: Department(r["code"], r["name"], r["cost_centre"], badges.get(r["code"]))
        for r in conn.execute("SELECT code, name, cost_centre FROM departments ORDER BY code")
    }
    categories = {
        r["code"]: Category(r["code"], r["name"], bool(r["employee_discount"]))
        for r in conn.execute("SELECT code, name, employee_discount FROM categories ORDER BY code")
    }
    policies = tuple(
        policy_from_row(r) for r in conn.execute("SELECT * FROM policies ORDER BY position")
    )
    return Rules(settings, companies, departments, categories, policies, load_tax(conn))

"""The store's rules: its settings, companies, departments and categories, and its policies
(declared in core/policies.py), loaded once and reused."""

from __future__ import annotations

import functools
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Literal
from zoneinfo import ZoneInfo

from pos_desktop.core import clock
from pos_desktop.core.badge import BadgeFormat, CheckDigit
from pos_desktop.core.policies import Policy, Relation, policy_from_row

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

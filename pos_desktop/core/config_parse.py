"""Reading a store's configuration (TOML, or the same data from the admin window) into a
Config, checked whole before anything changes: the [store] and [badge] settings (by
SETTINGS), the [tax] rule set, and the lists (core/config_lists.py), then what ties them
together (no code listed twice, rates only for known categories). The first problem raises
InputError naming where it is. core/config.py applies a Config and writes one back."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from pos_desktop.core import clock
from pos_desktop.core.badge import CHECK_DIGITS, nested_repeat
from pos_desktop.core.benefits import parse_tax
from pos_desktop.core.config_lists import (
    TRUE_FALSE,
    at,
    category_of,
    company_of,
    department_of,
    only,
    policy_of,
    table_of,
    tables_of,
    text_of,
    whole_of,
)
from pos_desktop.core.db.access import FILE_ACCESS
from pos_desktop.core.errors import InputError
from pos_desktop.core.money import parse_amount
from pos_desktop.core.policies import Policy
from pos_desktop.core.rules import (
    LANGUAGES,
    SETTINGS,
    Category,
    Company,
    Department,
    Setting,
    StoreSettings,
    TaxRules,
)
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text, join

_SECTIONS = {"store", "badge", "company", "department", "category", "policy", "tax"}


@dataclass(frozen=True)
class Config:
    settings: StoreSettings
    companies: list[Company]
    departments: list[Department]
    categories: list[Category]
    policies: list[Policy]
    tax: TaxRules = field(default_factory=TaxRules)


def _config_word() -> Text:
    return QT_TRANSLATE_NOOP("Config", "config").text()


def parse_toml(text: str, source: str = "", current: StoreSettings | None = None) -> Config:
    """Validate a whole TOML config; the first problem raises InputError naming where it is.

    Keys left out of [store] and [badge] keep their `current` values. Decimal numbers are
    read as Decimal, never float.
    """
    source = source or _config_word()
    try:
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{source} is not valid TOML: {problem}").format(
                source=source, problem=str(exc)
            )
        ) from None
    return config_from_dict(data, source, current)


def config_from_dict(
    data: dict[str, Any], source: str = "", current: StoreSettings | None = None
) -> Config:
    """The configuration in `data` (a TOML file's tables), checked whole."""
    source = source or _config_word()
    only(data, _SECTIONS, source)
    settings = _settings(data, source, current or StoreSettings())
    tax_table = data.get("tax", {})
    if not isinstance(tax_table, dict):
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{source}: [tax] must be a table").format(source=source)
        )
    tax = parse_tax(tax_table, at(source, "[tax]"), settings.currency)
    companies = [company_of(t, source) for t in tables_of(data, "company", source)]
    departments = [department_of(t, source) for t in tables_of(data, "department", source)]
    categories = [category_of(t, source) for t in tables_of(data, "category", source)]
    policies = [policy_of(t, source, settings.currency) for t in tables_of(data, "policy", source)]
    for kind, items in (
        ("company", [c.code for c in companies]),
        ("department", [d.code for d in departments]),
        ("category", [c.code for c in categories]),
        ("policy", [p.name for p in policies]),
    ):
        dupes = sorted({x for x in items if items.count(x) > 1})
        if dupes:
            raise InputError(
                QT_TRANSLATE_NOOP("Config", "{source}: [[{kind}]] {name} is listed twice").format(
                    source=source, kind=kind, name=repr(dupes[0])
                )
            )
    badges = [d.badge for d in departments if d.badge]
    if len(badges) != len(set(badges)):
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{source}: two departments have the same badge").format(
                source=source
            )
        )
    _refuse_unknown_rates(policies, {c.code for c in categories}, source)
    return Config(settings, companies, departments, categories, policies, tax)


def _refuse_unknown_rates(policies: list[Policy], known: set[str], source: str) -> None:
    for policy in policies:
        for code in policy.category_percent:
            if code not in known:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Config",
                        "{source}: [[policy]] {policy}: category_percent names unknown "
                        "category {category}",
                    ).format(source=source, policy=repr(policy.name), category=repr(code))
                )


# The [store] and [badge] settings, read by SETTINGS: each by its kind, then checked by
# what it is (a currency code, a time zone, …). A key left out keeps the current value.

Reader = Callable[[dict[str, Any], Setting, Text, Any, str], Any]


def _settings(data: dict[str, Any], source: str, defaults: StoreSettings) -> StoreSettings:
    tables = {"store": table_of(data, "store", source), "badge": table_of(data, "badge", source)}
    wheres = {"store": at(source, "[store]"), "badge": at(source, "[badge]")}
    for name, table in tables.items():
        only(table, {s.name for s in SETTINGS if s.table == name}, wheres[name])
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        where = wheres[setting.table]
        read = _SETTING_READERS.get(setting.field) or _KIND_READERS[setting.kind]
        currency = values.get("currency", defaults.currency)
        value = read(
            tables[setting.table], setting, where, getattr(defaults, setting.field), currency
        )
        check = _SETTING_CHECKS.get(setting.field)
        values[setting.field] = value if check is None else check(value, where)
    return StoreSettings(**values)


def _switch(table: dict[str, Any], setting: Setting, where: Text, default: Any, _: str) -> Any:
    value = table.get(setting.name, default)
    if not isinstance(value, bool):
        raise InputError(TRUE_FALSE.format(where=where, key=setting.name))
    return value


def _optional_amount(
    table: dict[str, Any], setting: Setting, where: Text, default: Any, currency: str
) -> Any:
    """An amount that may be "none" (or empty): no such limit."""
    if setting.name not in table:
        return default
    raw = table[setting.name]
    if raw in ("", "none"):
        return None
    return parse_amount(str(raw), currency, what=join(": ", (where, setting.name)))


def _amount(
    table: dict[str, Any], setting: Setting, where: Text, default: Any, currency: str
) -> Any:
    if setting.name not in table:
        return default
    what = join(": ", (where, setting.name))
    return parse_amount(str(table[setting.name]), currency, what=what)


# A whole number's range, by its setting.
_RANGES = {"pin_failures": (1, 100), "pin_lock_minutes": (1, 1440)}

_KIND_READERS: dict[str, Reader] = {
    "text": lambda table, setting, where, default, _: text_of(table, setting.name, where, default),
    "switch": _switch,
    "whole": lambda table, setting, where, default, _: (
        default
        if (value := whole_of(table, setting.name, where, *_RANGES[setting.field])) is None
        else value
    ),
    "amount": _amount,
    "optional amount": _optional_amount,
}
# The language may be empty (the windows follow the system's), unlike other texts.
_SETTING_READERS: dict[str, Reader] = {
    "language": lambda table, setting, where, default, _: table.get(setting.name, default),
}


def _currency(value: str, where: Text) -> str:
    currency = value.upper()
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config", "{where}: currency {currency} must be a code like EUR or PLN"
            ).format(where=where, currency=repr(currency))
        )
    return currency


def _timezone(value: str, where: Text) -> str:
    clock.zone(value)
    return value


def _language(value: Any, where: Text) -> Any:
    if value not in ("", *LANGUAGES):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config", "{where}: language {language} must be one of {codes}"
            ).format(where=where, language=repr(value), codes=", ".join(LANGUAGES))
        )
    return value


def _file_access(value: str, where: Text) -> str:
    if value not in FILE_ACCESS:
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{where}: file_access must be one of {choices}").format(
                where=where, choices=", ".join(FILE_ACCESS)
            )
        )
    return value


def _max_open_amount(value: int, where: Text) -> int:
    if value <= 0:
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{where}: max_open_amount must be more than 0").format(
                where=where
            )
        )
    return value


def _pattern(value: str, where: Text) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config", "{where}: pattern is not a valid expression ({problem})"
            ).format(where=where, problem=str(exc))
        ) from None
    if nested_repeat(value):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config",
                "{where}: pattern repeats a group that itself repeats, which can take minutes "
                "on one scan; write it without the nested repeat, like ^2[0-9]{{12}}$",
            ).format(where=where)
        )
    return value


def _check_digit(value: str, where: Text) -> str:
    if value not in CHECK_DIGITS:
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{where}: check_digit must be one of {choices}").format(
                where=where, choices=", ".join(CHECK_DIGITS)
            )
        )
    return value


# What each setting must be beyond its kind.
_SETTING_CHECKS: dict[str, Callable[[Any, Text], Any]] = {
    "currency": _currency,
    "timezone": _timezone,
    "language": _language,
    "file_access": _file_access,
    "max_open_amount": _max_open_amount,
    "badge_pattern": _pattern,
    "check_digit": _check_digit,
}

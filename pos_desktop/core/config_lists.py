"""The lists of a store's configuration file, one table each: a [[company]], a
[[department]], a [[category]] and a [[policy]] (its fields by POLICY_FIELDS), checked as a
file's are, each problem naming where it is; and the small readers of a TOML table that the
[store] and [badge] sections use too (core/config_parse.py)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from pos_desktop.core import clock
from pos_desktop.core.errors import InputError
from pos_desktop.core.money import parse_amount, parse_percent
from pos_desktop.core.policies import POLICY_FIELDS, Allowance, Policy, PolicyField
from pos_desktop.core.rules import Category, Company, Department
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text, join

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")
TRUE_FALSE = QT_TRANSLATE_NOOP("Config", "{where}: {key} must be true or false")
# The keys of a [[policy]] table: its fields', with applies_to for those inside it.
_POLICY_KEYS = {f.toml.partition(".")[0] for f in POLICY_FIELDS}


def at(*parts: str) -> Text:
    """Where in the file a problem is: 'staff.toml [[policy]] 'Staff'', its words translated."""
    return join(" ", parts)


def only(table: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{where}: unknown key {key}").format(
                where=where, key=repr(unknown[0])
            )
        )


def table_of(data: dict[str, Any], key: str, source: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{source}: [{key}] must be a table").format(
                source=source, key=key
            )
        )
    return value


def tables_of(data: dict[str, Any], key: str, source: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config", "{source}: {key} must be written as [[{key}]] tables"
            ).format(source=source, key=key)
        )
    return value


def text_of(table: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = table.get(key, default)
    if not isinstance(value, str) or not value.strip():
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{where}: {key} must be a non-empty text").format(
                where=where, key=key
            )
        )
    return value.strip()


def code_of(table: dict[str, Any], key: str, where: str) -> str:
    value = text_of(table, key, where)
    if not _CODE.match(value):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config", "{where}: {key} {value} may use only letters, digits, '-', '_', '.'"
            ).format(where=where, key=key, value=repr(value))
        )
    return value.upper()


def company_of(table: dict[str, Any], source: str) -> Company:
    where = at(source, "[[company]]", repr(table.get("code", "?")))
    only(table, {"code", "name", "relation"}, where)
    relation = text_of(table, "relation", where, "own")
    if relation not in ("own", "group"):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config", "{where}: relation must be own or group, not {value}"
            ).format(where=where, value=repr(relation))
        )
    return Company(code_of(table, "code", where), text_of(table, "name", where), relation)  # type: ignore[arg-type]


def department_of(table: dict[str, Any], source: str) -> Department:
    where = at(source, "[[department]]", repr(table.get("code", "?")))
    only(table, {"code", "name", "cost_centre", "badge"}, where)
    badge = table.get("badge")
    if badge is not None and (not isinstance(badge, str) or not badge.strip()):
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{where}: badge must be a text").format(where=where)
        )
    # A department HR created has no cost centre; one that buys internally (a badge) needs it.
    centre = table.get("cost_centre", "")
    return Department(
        code_of(table, "code", where),
        text_of(table, "name", where),
        text_of(table, "cost_centre", where) if badge or centre != "" else "",
        badge.strip().upper() if badge else None,
    )


def category_of(table: dict[str, Any], source: str) -> Category:
    where = at(source, "[[category]]", repr(table.get("code", "?")))
    only(table, {"code", "name", "employee_discount"}, where)
    flag = table.get("employee_discount", True)
    if not isinstance(flag, bool):
        raise InputError(TRUE_FALSE.format(where=where, key="employee_discount"))
    return Category(code_of(table, "code", where), text_of(table, "name", where), flag)


def whole_of(table: dict[str, Any], key: str, where: str, minimum: int, maximum: int) -> int | None:
    value = table.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config", "{where}: {key} must be a whole number from {minimum} to {maximum}"
            ).format(where=where, key=key, minimum=minimum, maximum=maximum)
        )
    return value


def _pct(table: dict[str, Any], key: str, where: str) -> Decimal | None:
    value = table.get(key)
    if value is None:
        return None
    return parse_percent(value, what=join(": ", (where, key)))


# What a policy's amount-per-period table is refused with, by its key: not a table, a bad period.
_PER_PERIOD_WORDS = {
    "allowance": (
        QT_TRANSLATE_NOOP("Config", "{where}: allowance must be a table with amount and period"),
        QT_TRANSLATE_NOOP("Config", "{where}: allowance period must be month, year or rolling:N"),
    ),
    "payroll_limit": (
        QT_TRANSLATE_NOOP(
            "Config", "{where}: payroll_limit must be a table with amount and period"
        ),
        QT_TRANSLATE_NOOP(
            "Config", "{where}: payroll_limit period must be month, year or rolling:N"
        ),
    ),
}


def _amount_per_period(
    table: dict[str, Any], key: str, default_period: str, where: str, currency: str
) -> Allowance | None:
    """A policy's `allowance` or `payroll_limit` table ({amount, period}), or None if absent."""
    if key not in table:
        return None
    not_a_table, bad_period = _PER_PERIOD_WORDS[key]
    raw = table[key]
    if not isinstance(raw, dict):
        raise InputError(not_a_table.format(where=where))
    only(raw, {"amount", "period"}, at(where, key))
    period = raw.get("period", default_period)
    if not isinstance(period, str) or not clock.valid_period(period):
        raise InputError(bad_period.format(where=where))
    amount = parse_amount(str(raw.get("amount", "")), currency, what=join(": ", (where, key)))
    return Allowance(amount, period)


def policy_of(table: dict[str, Any], source: str, currency: str) -> Policy:
    where = at(source, "[[policy]]", repr(table.get("name", "?")))
    only(table, _POLICY_KEYS, where)
    applies = table.get("applies_to", {})
    if not isinstance(applies, dict):
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{where}: applies_to must be a table").format(where=where)
        )
    only(
        applies,
        {f.name for f in POLICY_FIELDS if f.toml.startswith("applies_to.")},
        at(where, "applies_to"),
    )
    values = {
        f.field: _POLICY_READERS[f.kind](
            f, applies if f.toml.startswith("applies_to.") else table, where, currency
        )
        for f in POLICY_FIELDS
    }
    if values["method"] == "cost_plus" and table.get("markup") is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{where}: a cost_plus policy needs a markup").format(
                where=where
            )
        )
    return Policy(**values)


def _read_relation(spec: PolicyField, table: dict[str, Any], where: str, currency: str) -> Any:
    relation = table.get(spec.name)
    if relation is not None and relation not in ("own", "group"):
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{where}: applies_to.relation must be own or group").format(
                where=where
            )
        )
    return relation


def _read_employment(spec: PolicyField, table: dict[str, Any], where: str, currency: str) -> Any:
    employment = table.get(spec.name)
    if employment is not None and (
        not isinstance(employment, list) or not all(isinstance(e, str) and e for e in employment)
    ):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config", "{where}: applies_to.employment must be a list of employment types"
            ).format(where=where)
        )
    return None if employment is None else tuple(employment)


def _read_method(spec: PolicyField, table: dict[str, Any], where: str, currency: str) -> Any:
    method = table.get(spec.name, spec.default)
    if method not in ("percent", "cost_plus"):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config", "{where}: method must be percent or cost_plus, not {value}"
            ).format(where=where, value=repr(method))
        )
    return method


def _read_amount(spec: PolicyField, table: dict[str, Any], where: str, currency: str) -> Any:
    value = table.get(spec.name)
    if value is None:
        return None
    return parse_amount(str(value), currency, what=join(": ", (where, spec.name)))


def _read_switch(spec: PolicyField, table: dict[str, Any], where: str, currency: str) -> Any:
    value = table.get(spec.name, spec.default)
    if not isinstance(value, bool):
        raise InputError(TRUE_FALSE.format(where=where, key=spec.name))
    return value


def _read_rates(spec: PolicyField, table: dict[str, Any], where: str, currency: str) -> Any:
    rates = table.get(spec.name, {})
    if not isinstance(rates, dict):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config", "{where}: category_percent must be a table like {example}"
            ).format(where=where, example="{ ELEC = 10 }")
        )
    return {
        str(k).upper(): parse_percent(v, what=join(": ", (where, f"{spec.name}.{k}")))
        for k, v in rates.items()
    }


# How each kind of policy field is read from a [[policy]] table, checked as a file's is.
_POLICY_READERS: dict[str, Any] = {
    "text": lambda spec, table, where, currency: text_of(table, spec.name, where),
    "relation": _read_relation,
    "employment": _read_employment,
    "method": _read_method,
    "percent": lambda spec, table, where, currency: _pct(table, spec.name, where) or Decimal(0),
    "optional percent": lambda spec, table, where, currency: _pct(table, spec.name, where),
    "markup": lambda spec, table, where, currency: _markup(table.get(spec.name), where),
    "optional amount": _read_amount,
    "per period": lambda spec, table, where, currency: _amount_per_period(
        table, spec.name, spec.period, where, currency
    ),
    "whole": lambda spec, table, where, currency: (
        whole_of(table, spec.name, where, spec.least, spec.most) or 0
    ),
    "optional whole": lambda spec, table, where, currency: whole_of(
        table, spec.name, where, spec.least, spec.most
    ),
    "switch": _read_switch,
    "rates": _read_rates,
}


def _markup(value: object, where: str, key: str = "markup") -> Decimal:
    """A margin over cost: zero or more percent (may exceed 100), at most two decimals."""
    if value is None:
        return Decimal(0)
    if isinstance(value, int | Decimal) and not isinstance(value, bool) and 0 <= value <= 1000:
        result = Decimal(value)
        if result == result.quantize(Decimal("0.01")):
            return result
    raise InputError(
        QT_TRANSLATE_NOOP(
            "Config", "{where}: {key} must be a percentage from 0 to 1000, not {value}"
        ).format(where=where, key=key, value=repr(value))
    )

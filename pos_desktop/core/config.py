"""The store's configuration as TOML: store, badge format, companies, departments, categories
and policies. Import validates the whole file before changing anything; export round-trips."""

from __future__ import annotations

import re
import sqlite3
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import tomli_w

from pos_desktop.core import clock
from pos_desktop.core.badge import CHECK_DIGITS, nested_repeat
from pos_desktop.core.benefits import parse_tax, tax_dict
from pos_desktop.core.central.membership import is_registry_change, refuse_on_joined_till
from pos_desktop.core.db.access import FILE_ACCESS
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.errors import InputError
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.money import exponent, format_amount, parse_amount, parse_percent
from pos_desktop.core.rules import (
    LANGUAGES,
    POLICY_FIELDS,
    SETTINGS,
    Allowance,
    Category,
    Company,
    Department,
    Policy,
    PolicyField,
    Rules,
    StoreSettings,
    TaxRules,
    load_rules,
    policy_row,
    settings_rows,
    tax_rows,
)
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text, join

# A department's badge that someone else holds, by the badge's holder type.
_BADGE_TAKEN = {
    "staff": QT_TRANSLATE_NOOP(
        "Config", "department {department}: badge {badge} already belongs to staff {other}"
    ),
    "dependant": QT_TRANSLATE_NOOP(
        "Config", "department {department}: badge {badge} already belongs to dependant {other}"
    ),
    "department": QT_TRANSLATE_NOOP(
        "Config", "department {department}: badge {badge} already belongs to department {other}"
    ),
}

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")
_SECTIONS = {"store", "badge", "company", "department", "category", "policy", "tax"}
_TRUE_FALSE = QT_TRANSLATE_NOOP("Config", "{where}: {key} must be true or false")
# The keys of a [[policy]] table: its fields', with applies_to for those inside it.
_POLICY_KEYS = {f.toml.partition(".")[0] for f in POLICY_FIELDS}


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


def _at(*parts: str) -> Text:
    """Where in the file a problem is: 'staff.toml [[policy]] 'Staff'', its words translated."""
    return join(" ", parts)


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
    source = source or _config_word()
    in_store, in_badge = _at(source, "[store]"), _at(source, "[badge]")
    _only(data, _SECTIONS, source)
    store = _table(data, "store", source)
    badge = _table(data, "badge", source)
    _only(store, {s.name for s in SETTINGS if s.table == "store"}, in_store)
    switches = {}
    for key in (s.name for s in SETTINGS if s.kind == "switch"):
        switches[key] = store.get(key, getattr(current or StoreSettings(), key))
        if not isinstance(switches[key], bool):
            raise InputError(_TRUE_FALSE.format(where=in_store, key=key))
    _only(badge, {s.name for s in SETTINGS if s.table == "badge"}, in_badge)
    defaults = current or StoreSettings()
    currency = _text(store, "currency", in_store, defaults.currency).upper()
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config", "{where}: currency {currency} must be a code like EUR or PLN"
            ).format(where=in_store, currency=repr(currency))
        )
    timezone = _text(store, "timezone", in_store, defaults.timezone)
    clock.zone(timezone)
    language = store.get("language", defaults.language)
    if language not in ("", *LANGUAGES):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config", "{where}: language {language} must be one of {codes}"
            ).format(where=in_store, language=repr(language), codes=", ".join(LANGUAGES))
        )
    offline_limit = _optional_amount(store, "offline_limit", in_store, currency, defaults)
    file_access = _text(store, "file_access", in_store, defaults.file_access)
    if file_access not in FILE_ACCESS:
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{where}: file_access must be one of {choices}").format(
                where=in_store, choices=", ".join(FILE_ACCESS)
            )
        )
    pin_failures = _int(store, "pin_failures", in_store, 1, 100)
    pin_lock_minutes = _int(store, "pin_lock_minutes", in_store, 1, 1440)
    refund_approval_above = _optional_amount(
        store, "refund_approval_above", in_store, currency, defaults
    )
    max_open_amount = defaults.max_open_amount
    if "max_open_amount" in store:
        what = join(": ", (in_store, "max_open_amount"))
        max_open_amount = parse_amount(str(store["max_open_amount"]), currency, what=what)
        if max_open_amount <= 0:
            raise InputError(
                QT_TRANSLATE_NOOP("Config", "{where}: max_open_amount must be more than 0").format(
                    where=in_store
                )
            )
    pattern = _text(badge, "pattern", in_badge, defaults.badge_pattern)
    try:
        re.compile(pattern)
    except re.error as exc:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config", "{where}: pattern is not a valid expression ({problem})"
            ).format(where=in_badge, problem=str(exc))
        ) from None
    if nested_repeat(pattern):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config",
                "{where}: pattern repeats a group that itself repeats, which can take minutes "
                "on one scan; write it without the nested repeat, like ^2[0-9]{{12}}$",
            ).format(where=in_badge)
        )
    check_digit = _text(badge, "check_digit", in_badge, defaults.check_digit)
    if check_digit not in CHECK_DIGITS:
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{where}: check_digit must be one of {choices}").format(
                where=in_badge, choices=", ".join(CHECK_DIGITS)
            )
        )
    settings = StoreSettings(
        name=_text(store, "name", in_store, defaults.name),
        till=_text(store, "till", in_store, defaults.till),
        currency=currency,
        timezone=timezone,
        require_pin=switches["require_pin"],
        language=language,
        offline_limit=offline_limit,
        refund_approval_above=refund_approval_above,
        max_open_amount=max_open_amount,
        badge_pattern=pattern,
        check_digit=check_digit,
        high_contrast=switches["high_contrast"],
        touch=switches["touch"],
        payroll_pin=switches["payroll_pin"],
        pin_failures=defaults.pin_failures if pin_failures is None else pin_failures,
        pin_lock_minutes=defaults.pin_lock_minutes
        if pin_lock_minutes is None
        else pin_lock_minutes,
        file_access=file_access,
    )
    tax_table = data.get("tax", {})
    if not isinstance(tax_table, dict):
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{source}: [tax] must be a table").format(source=source)
        )
    tax = parse_tax(tax_table, _at(source, "[tax]"), currency)
    companies = [_company(t, source) for t in _tables(data, "company", source)]
    departments = [_department(t, source) for t in _tables(data, "department", source)]
    categories = [_category(t, source) for t in _tables(data, "category", source)]
    policies = [_policy(t, source, currency) for t in _tables(data, "policy", source)]
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
    known = {c.code for c in categories}
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
    return Config(settings, companies, departments, categories, policies, tax)


def _optional_amount(
    store: dict[str, Any], key: str, where: Text, currency: str, defaults: StoreSettings
) -> int | None:
    """An amount of [store] that may be "none" (or empty): no such limit."""
    if key not in store:
        value: int | None = getattr(defaults, key)
        return value
    raw = store[key]
    if raw in ("", "none"):
        return None
    return parse_amount(str(raw), currency, what=join(": ", (where, key)))


def _only(table: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{where}: unknown key {key}").format(
                where=where, key=repr(unknown[0])
            )
        )


def _table(data: dict[str, Any], key: str, source: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{source}: [{key}] must be a table").format(
                source=source, key=key
            )
        )
    return value


def _tables(data: dict[str, Any], key: str, source: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config", "{source}: {key} must be written as [[{key}]] tables"
            ).format(source=source, key=key)
        )
    return value


def _text(table: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = table.get(key, default)
    if not isinstance(value, str) or not value.strip():
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{where}: {key} must be a non-empty text").format(
                where=where, key=key
            )
        )
    return value.strip()


def _code(table: dict[str, Any], key: str, where: str) -> str:
    value = _text(table, key, where)
    if not _CODE.match(value):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config", "{where}: {key} {value} may use only letters, digits, '-', '_', '.'"
            ).format(where=where, key=key, value=repr(value))
        )
    return value.upper()


def _company(table: dict[str, Any], source: str) -> Company:
    where = _at(source, "[[company]]", repr(table.get("code", "?")))
    _only(table, {"code", "name", "relation"}, where)
    relation = _text(table, "relation", where, "own")
    if relation not in ("own", "group"):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Config", "{where}: relation must be own or group, not {value}"
            ).format(where=where, value=repr(relation))
        )
    return Company(_code(table, "code", where), _text(table, "name", where), relation)  # type: ignore[arg-type]


def _department(table: dict[str, Any], source: str) -> Department:
    where = _at(source, "[[department]]", repr(table.get("code", "?")))
    _only(table, {"code", "name", "cost_centre", "badge"}, where)
    badge = table.get("badge")
    if badge is not None and (not isinstance(badge, str) or not badge.strip()):
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{where}: badge must be a text").format(where=where)
        )
    # A department HR created has no cost centre; one that buys internally (a badge) needs it.
    centre = table.get("cost_centre", "")
    return Department(
        _code(table, "code", where),
        _text(table, "name", where),
        _text(table, "cost_centre", where) if badge or centre != "" else "",
        badge.strip().upper() if badge else None,
    )


def _category(table: dict[str, Any], source: str) -> Category:
    where = _at(source, "[[category]]", repr(table.get("code", "?")))
    _only(table, {"code", "name", "employee_discount"}, where)
    flag = table.get("employee_discount", True)
    if not isinstance(flag, bool):
        raise InputError(_TRUE_FALSE.format(where=where, key="employee_discount"))
    return Category(_code(table, "code", where), _text(table, "name", where), flag)


def _int(table: dict[str, Any], key: str, where: str, minimum: int, maximum: int) -> int | None:
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
    _only(raw, {"amount", "period"}, _at(where, key))
    period = raw.get("period", default_period)
    if not isinstance(period, str) or not clock.valid_period(period):
        raise InputError(bad_period.format(where=where))
    amount = parse_amount(str(raw.get("amount", "")), currency, what=join(": ", (where, key)))
    return Allowance(amount, period)


def _policy(table: dict[str, Any], source: str, currency: str) -> Policy:
    where = _at(source, "[[policy]]", repr(table.get("name", "?")))
    _only(table, _POLICY_KEYS, where)
    applies = table.get("applies_to", {})
    if not isinstance(applies, dict):
        raise InputError(
            QT_TRANSLATE_NOOP("Config", "{where}: applies_to must be a table").format(where=where)
        )
    _only(
        applies,
        {f.name for f in POLICY_FIELDS if f.toml.startswith("applies_to.")},
        _at(where, "applies_to"),
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
        raise InputError(_TRUE_FALSE.format(where=where, key=spec.name))
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
    "text": lambda spec, table, where, currency: _text(table, spec.name, where),
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
        _int(table, spec.name, where, spec.least, spec.most) or 0
    ),
    "optional whole": lambda spec, table, where, currency: _int(
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


# Writing and reading the database


def apply(
    conn: sqlite3.Connection,
    config: Config,
    *,
    actor: str = "admin",
    action: str = "config.import",
) -> None:
    """Replace the store's configuration in one transaction, refusing what would orphan data."""
    if is_registry_change(action):
        refuse_on_joined_till(conn)
    now = clock.stamp(clock.now())
    with write_transaction(conn):
        current = load_rules(conn)
        before = export_dict(current)
        _refuse_currency_change(conn, current.settings.currency, config.settings.currency)
        _refuse_orphans(conn, config)
        conn.execute(
            "DELETE FROM settings WHERE key LIKE 'store.%' OR key LIKE 'badge.%' "
            "OR key LIKE 'tax.%'"
        )
        conn.executemany(
            "INSERT INTO settings (key, value) VALUES (:key, :value)",
            [*settings_rows(config.settings), *tax_rows(config.tax)],
        )
        _replace(
            conn,
            "companies",
            "code",
            [{"code": c.code, "name": c.name, "relation": c.relation} for c in config.companies],
            now,
        )
        _replace(
            conn,
            "categories",
            "code",
            [
                {"code": c.code, "name": c.name, "employee_discount": int(c.employee_discount)}
                for c in config.categories
            ],
            now,
        )
        _replace(
            conn,
            "departments",
            "code",
            [
                {"code": d.code, "name": d.name, "cost_centre": d.cost_centre}
                for d in config.departments
            ],
            now,
        )
        _department_badges(conn, config.departments, now)
        old_policies = {r["name"]: dict(r) for r in conn.execute("SELECT * FROM policies")}
        conn.execute("DELETE FROM policies")
        rows = [policy_row(p, i, now) for i, p in enumerate(config.policies, start=1)]
        for row in rows:
            old = old_policies.get(str(row["name"]))
            if old is not None and {**old, "updated_at": now} == row:
                row["updated_at"] = old["updated_at"]
        if rows:
            columns = list(rows[0])
            conn.executemany(
                f"INSERT INTO policies ({', '.join(columns)}) "
                f"VALUES ({', '.join(':' + c for c in columns)})",
                rows,
            )
        after = export_dict(load_rules(conn))
        if after != before:
            record_audit(
                conn,
                till=config.settings.till,
                actor=actor,
                action=action,
                before=before,
                after=after,
                at=now,
            )


def _refuse_currency_change(conn: sqlite3.Connection, old: str, new: str) -> None:
    """Amounts are stored in minor units: a currency with other decimals would change them."""
    if exponent(old) == exponent(new):
        return
    refusals = {
        "products": QT_TRANSLATE_NOOP(
            "Config",
            "the currency cannot change from {old} to {new}: they have different decimal "
            "places and the store already has products priced in {old}",
        ),
        "sales": QT_TRANSLATE_NOOP(
            "Config",
            "the currency cannot change from {old} to {new}: they have different decimal "
            "places and the store already has sales priced in {old}",
        ),
        "policies": QT_TRANSLATE_NOOP(
            "Config",
            "the currency cannot change from {old} to {new}: they have different decimal "
            "places and the store already has policies priced in {old}",
        ),
    }
    for table, refusal in refusals.items():
        if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            raise InputError(refusal.format(old=old, new=new))


def _refuse_orphans(conn: sqlite3.Connection, config: Config) -> None:
    checks = (
        (
            {c.code for c in config.companies},
            "SELECT DISTINCT company FROM staff",
            QT_TRANSLATE_NOOP(
                "Config",
                "this leaves out company {code}, which staff in the registry still use; "
                "keep it, or move those staff first",
            ),
        ),
        (
            {d.code for d in config.departments},
            "SELECT DISTINCT department FROM staff WHERE department IS NOT NULL",
            QT_TRANSLATE_NOOP(
                "Config",
                "this leaves out department {code}, which staff in the registry still use; "
                "keep it, or move those staff first",
            ),
        ),
        (
            {c.code for c in config.categories},
            "SELECT DISTINCT category FROM products",
            QT_TRANSLATE_NOOP(
                "Config",
                "this leaves out category {code}, which products in the registry still use; "
                "keep it, or move those products first",
            ),
        ),
    )
    for kept, sql, refusal in checks:
        for row in conn.execute(sql):
            if row[0] not in kept:
                raise InputError(refusal.format(code=repr(row[0])))


def _replace(
    conn: sqlite3.Connection, table: str, key: str, rows: list[dict[str, object]], now: str
) -> None:
    """Upsert rows (touching updated_at only when something changed) and delete the others."""
    existing = {r[key]: dict(r) for r in conn.execute(f"SELECT * FROM {table}")}
    for row in rows:
        old = existing.pop(str(row[key]), None)
        if old is not None and all(old[k] == v for k, v in row.items()):
            continue
        columns = [*row, "updated_at"]
        conn.execute(
            f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})",
            [*row.values(), now],
        )
    for gone in existing:
        conn.execute(f"DELETE FROM {table} WHERE {key} = ?", (gone,))


def _department_badges(conn: sqlite3.Connection, departments: list[Department], now: str) -> None:
    wanted = {d.badge: d.code for d in departments if d.badge}
    for code, holder in wanted.items():
        row = conn.execute(
            "SELECT holder_type, holder_id, status FROM badges WHERE code = ?", (code,)
        ).fetchone()
        if row is None:
            conn.execute(
                "INSERT INTO badges (code, holder_type, holder_id, status, issued_at, updated_at) "
                "VALUES (?, 'department', ?, 'active', ?, ?)",
                (code, holder, now, now),
            )
        elif (row["holder_type"], row["holder_id"]) != ("department", holder):
            taken = _BADGE_TAKEN[row["holder_type"]]
            raise InputError(taken.format(department=holder, badge=code, other=row["holder_id"]))
        elif row["status"] != "active":
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Config", "department {department}: badge {badge} was revoked; issue a new one"
                ).format(department=holder, badge=code)
            )
    for row in conn.execute(
        "SELECT code FROM badges WHERE holder_type = 'department' AND status = 'active'"
    ).fetchall():
        if row["code"] not in wanted:
            conn.execute(
                "UPDATE badges SET status = 'revoked', reason = 'removed from config', "
                "revoked_at = ?, updated_at = ? WHERE code = ?",
                (now, now, row["code"]),
            )


def export_dict(rules: Rules) -> dict[str, Any]:
    """The configuration as plain TOML-ready data, in a fixed order."""
    s = rules.settings
    data: dict[str, Any] = {
        **settings_tables(s, whole=False),
        "company": [
            {"code": c.code, "name": c.name, "relation": c.relation}
            for c in rules.companies.values()
        ],
        "department": [
            {"code": d.code, "name": d.name}
            | ({"cost_centre": d.cost_centre} if d.cost_centre else {})
            | ({"badge": d.badge} if d.badge else {})
            for d in rules.departments.values()
        ],
        "category": [
            {"code": c.code, "name": c.name, "employee_discount": c.employee_discount}
            for c in rules.categories.values()
        ],
        "policy": [_policy_dict(p, s.currency) for p in rules.policies],
        "tax": tax_dict(rules.tax),
    }
    return {k: v for k, v in data.items() if v not in ([], {})}


def _number(value: Decimal) -> int | float:
    # At most two decimals (parse_percent, _markup), so the float's repr is exact.
    return int(value) if value == value.to_integral_value() else float(value)


def _policy_dict(policy: Policy, currency: str) -> dict[str, Any]:
    """A [[policy]] table: its fields in POLICY_FIELDS' order, those with their default
    left out unless always written, the percent or the markup as its method needs."""
    out: dict[str, Any] = {}
    for spec in POLICY_FIELDS:
        value = getattr(policy, spec.field)
        if spec.method is not None:
            if policy.method != spec.method:
                continue
        elif not spec.always and value == spec.default:
            continue
        inside, _, name = spec.toml.rpartition(".")
        (out.setdefault(inside, {}) if inside else out)[name] = _toml_value(spec, value, currency)
    return out


def _toml_value(spec: PolicyField, value: Any, currency: str) -> Any:
    if spec.kind in ("percent", "optional percent", "markup"):
        return _number(value)
    if spec.kind == "optional amount":
        return format_amount(value, currency)
    if spec.kind == "per period":
        return {"amount": format_amount(value.amount, currency), "period": value.period}
    if spec.kind == "employment":
        return list(value)
    if spec.kind == "rates":
        return {k: _number(v) for k, v in sorted(value.items())}
    return value


def settings_tables(settings: StoreSettings, *, whole: bool) -> dict[str, dict[str, Any]]:
    """The [store] and [badge] tables of a file: every setting (`whole`), or, for an export,
    those always written and the others where the store changed them."""
    defaults = StoreSettings()
    tables: dict[str, dict[str, Any]] = {"store": {}, "badge": {}}
    for setting in SETTINGS:
        value = getattr(settings, setting.field)
        if whole or setting.always or value != getattr(defaults, setting.field):
            if setting.kind in ("amount", "optional amount"):
                value = "none" if value is None else format_amount(value, settings.currency)
            tables[setting.table][setting.name] = value
    return tables


def with_settings(
    rules: Rules, settings: StoreSettings, tax: dict[str, Any] | None = None
) -> Config:
    """The current configuration with new store and badge settings (and, given, a new [tax]
    table), validated as a file is."""
    data = export_dict(rules)
    if tax is not None:
        data["tax"] = tax
    data.update(settings_tables(settings, whole=True))
    where = QT_TRANSLATE_NOOP("Config", "settings").text()
    return config_from_dict(_as_read(data), where, rules.settings)


def _as_read(data: dict[str, Any]) -> dict[str, Any]:
    """The data as a file holding it reads back: a percentage like 12.5, a float in the
    exported data, becomes the Decimal a file gives (a float is refused as a percentage)."""
    return tomllib.loads(tomli_w.dumps(data), parse_float=Decimal)


# What the admin window's lists are called in a problem's "where".
_LISTS = {
    "company": QT_TRANSLATE_NOOP("Config", "company list"),
    "department": QT_TRANSLATE_NOOP("Config", "department list"),
    "category": QT_TRANSLATE_NOOP("Config", "category list"),
    "policy": QT_TRANSLATE_NOOP("Config", "policy list"),
}


def with_section(rules: Rules, section: str, rows: list[dict[str, Any]]) -> Config:
    """The current configuration with one list ("company", "department", "category" or
    "policy") replaced, validated as a file is."""
    data = export_dict(rules)
    data[section] = rows
    return config_from_dict(_as_read(data), _LISTS[section].text(), rules.settings)


def policy_from_dict(table: dict[str, Any], currency: str) -> Policy:
    """One [[policy]] table as the admin window edits it, validated as a file's is."""
    return _policy(table, QT_TRANSLATE_NOOP("Config", "policy").text(), currency)


def policy_to_dict(policy: Policy, currency: str) -> dict[str, Any]:
    return _policy_dict(policy, currency)


def export_toml(rules: Rules) -> str:
    return tomli_w.dumps(export_dict(rules))


def write_toml(rules: Rules, path: Path) -> None:
    """The configuration to a file, whole or not at all (written aside, then moved)."""
    from pos_desktop.core.files import open_whole

    text = export_toml(rules)
    with open_whole(path) as handle:
        handle.write(text)

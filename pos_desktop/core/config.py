"""The store's configuration applied and written back: `apply` replaces it in one
transaction (refusing what would orphan the registry), `export_dict` and `export_toml` write
it as a file that reads back the same, and `with_settings` / `with_section` give the admin
window's edits as a Config checked as a file is (core/config_parse.py reads one)."""

from __future__ import annotations

import sqlite3
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import tomli_w

from pos_desktop.core import clock
from pos_desktop.core.benefits import tax_dict
from pos_desktop.core.central.membership import is_registry_change, refuse_on_joined_till
from pos_desktop.core.config_parse import Config, config_from_dict
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.errors import InputError
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.money import exponent, format_amount
from pos_desktop.core.policies import POLICY_FIELDS, Policy, PolicyField, policy_row
from pos_desktop.core.rules import (
    SETTINGS,
    Department,
    Rules,
    StoreSettings,
    load_rules,
    settings_rows,
    tax_rows,
)
from pos_desktop.core.text import QT_TRANSLATE_NOOP

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

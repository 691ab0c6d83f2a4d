"""The central server's tables, as this version of the app creates them: the registry
tables (mirroring the till's SQLite tables column for column), the journal and audit copies,
and how tables of an older version are upgraded (UPGRADES, up to SCHEMA_VERSION).

Definitions only: `server.init_schema` runs them and `server.require_schema` checks the version.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pos_desktop.core.ledger import journal

SCHEMA_VERSION = 5
# How a server's tables of one version become the next's: `server init` runs them in order
# in one transaction. The statements of schema_statements() are always the newest version's.
UPGRADES: dict[int, tuple[str, ...]] = {
    1: ("ALTER TABLE tills ADD COLUMN IF NOT EXISTS app_version text",),
    2: ("ALTER TABLE sales ADD COLUMN IF NOT EXISTS backdated text",),
    # Charge to payroll: a sale's tender, a policy's payroll limit.
    3: (
        "ALTER TABLE sales ADD COLUMN IF NOT EXISTS tender text",
        "ALTER TABLE policies ADD COLUMN IF NOT EXISTS payroll_limit_amount bigint",
        "ALTER TABLE policies ADD COLUMN IF NOT EXISTS payroll_limit_period text",
    ),
    # A sale line's discount reason as a key and its fields, beside the English words.
    4: (
        "ALTER TABLE sale_lines ADD COLUMN IF NOT EXISTS rule_key text",
        "ALTER TABLE sale_lines ADD COLUMN IF NOT EXISTS rule_args text",
    ),
}
# A sale or refund as a till pushes it: its place in the till's chain and its hashes.
PUSHED_SALE_COLUMNS = ("seq", *journal.RECORD_FIELDS, "prev_hash", "hash")
AUDIT_COLUMNS = ("seq", "at", "till", "actor", "action", "subject", "before", "after")


@dataclass(frozen=True)
class RegistryTable:
    """One registry table as both databases hold it: (column, PostgreSQL type) pairs."""

    name: str
    key: str
    columns: tuple[tuple[str, str], ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.columns)


def _text(*names: str) -> tuple[tuple[str, str], ...]:
    return tuple((name, "text") for name in names)


# In the order a till applies them: a row's references come before it.
REGISTRY = (
    RegistryTable("settings", "key", _text("key", "value")),
    RegistryTable("companies", "code", _text("code", "name", "relation", "updated_at")),
    RegistryTable("departments", "code", _text("code", "name", "cost_centre", "updated_at")),
    RegistryTable(
        "categories",
        "code",
        (
            ("code", "text"),
            ("name", "text"),
            ("employee_discount", "bigint"),
            ("updated_at", "text"),
        ),
    ),
    RegistryTable(
        "policies",
        "name",
        (
            *_text("name"),
            ("position", "bigint"),
            *_text("relation", "employment", "method", "percent", "markup", "open_percent"),
            *_text("floor_margin_percent"),
            ("max_discount_per_sale", "bigint"),
            ("allowance_amount", "bigint"),
            ("allowance_period", "text"),
            ("probation_days", "bigint"),
            ("max_units_per_sku", "bigint"),
            ("dependants", "bigint"),
            *_text("category_percent", "updated_at"),
            ("payroll_limit_amount", "bigint"),
            ("payroll_limit_period", "text"),
        ),
    ),
    RegistryTable(
        "staff",
        "employee_no",
        (
            *_text("employee_no", "name", "company", "department", "employment_type", "status"),
            *_text("start_date", "end_date", "role", "pin_hash"),
            ("photo", "bytea"),
            ("updated_at", "text"),
        ),
    ),
    RegistryTable(
        "dependants",
        "dependant_no",
        _text("dependant_no", "employee_no", "name", "status", "updated_at"),
    ),
    RegistryTable(
        "badges",
        "code",
        _text(
            "code",
            "holder_type",
            "holder_id",
            "status",
            "reason",
            "issued_at",
            "revoked_at",
            "updated_at",
        ),
    ),
    RegistryTable(
        "products",
        "sku",
        (
            *_text("sku", "barcode", "name", "category"),
            ("price", "bigint"),
            ("cost", "bigint"),
            ("updated_at", "text"),
        ),
    ),
)
REGISTRY_BY_NAME = {table.name: table for table in REGISTRY}

_JOURNAL_TYPES = {
    "seq": "bigint",
    "subtotal": "bigint",
    "discount": "bigint",
    "total": "bigint",
    "allowance_delta": "bigint",
    "line_no": "bigint",
    "qty": "bigint",
    "unit_price": "bigint",
    "cost": "bigint",
    "gross": "bigint",
    "after_seq": "bigint",
    "first_seq": "bigint",
    "last_seq": "bigint",
}
_SALE_NOT_NULL = {
    "id",
    "kind",
    "till",
    "at",
    "period_at",
    "customer_status",
    "subtotal",
    "discount",
    "total",
    "allowance_delta",
}
_LINE_NOT_NULL = {"name", "category", "qty", "unit_price", "gross", "discount", "total", "rule"}
_CLOSE_NOT_NULL = {"day", "at", "till", "actor", "after_seq", "figures"}
# What a till keeps of another till's sale: what the allowance sums read (the employee, the
# moment whose period the record counts in, and how much of the allowance it used or gave
# back), and the sale id so that a record pulled twice counts once. Every sale of every other
# till passes through here, so nothing more.
REMOTE_SALE_FIELDS = ("employee_no", "period_at", "id", "allowance_delta")


def _columns(names: Iterable[str], not_null: set[str]) -> str:
    return ", ".join(
        f"{name} {_JOURNAL_TYPES.get(name, 'text')}" + (" NOT NULL" if name in not_null else "")
        for name in names
    )


def _append_only(table: str) -> str:
    return (
        f"DROP TRIGGER IF EXISTS {table}_append_only ON {table};"
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION journal_append_only();"
    )


def schema_statements() -> list[str]:
    statements = [
        "CREATE TABLE IF NOT EXISTS server_meta (key text PRIMARY KEY, value text NOT NULL)",
        "CREATE SEQUENCE IF NOT EXISTS registry_change",
        "CREATE SEQUENCE IF NOT EXISTS journal_change",
        "CREATE TABLE IF NOT EXISTS tills (id text PRIMARY KEY, joined_at text NOT NULL, "
        "last_push_at text, last_pull_at text, app_version text)",
        "CREATE TABLE IF NOT EXISTS registry_deletions (change bigint PRIMARY KEY "
        "DEFAULT nextval('registry_change'), table_name text NOT NULL, key text NOT NULL)",
    ]
    for table in REGISTRY:
        columns = ", ".join(
            f"{name} {kind}" + (" PRIMARY KEY" if name == table.key else "")
            for name, kind in table.columns
        )
        statements += [
            f"CREATE TABLE IF NOT EXISTS {table.name} ({columns}, "
            "change bigint NOT NULL DEFAULT nextval('registry_change'))",
            f"CREATE INDEX IF NOT EXISTS {table.name}_change ON {table.name} (change)",
        ]
    statements += [
        f"CREATE TABLE IF NOT EXISTS sales (chain_till text NOT NULL REFERENCES tills (id), "
        f"seq bigint NOT NULL, {_columns(journal.RECORD_FIELDS, _SALE_NOT_NULL)}, "
        "prev_hash text NOT NULL, hash text NOT NULL, "
        "change bigint NOT NULL DEFAULT nextval('journal_change'), "
        "received_at timestamptz NOT NULL DEFAULT now(), "
        "PRIMARY KEY (id), UNIQUE (chain_till, seq))",
        "CREATE INDEX IF NOT EXISTS sales_change ON sales (change)",
        "CREATE INDEX IF NOT EXISTS sales_employee ON sales (employee_no, period_at)",
        "CREATE TABLE IF NOT EXISTS sale_lines (sale_id text NOT NULL REFERENCES sales (id), "
        f"{_columns(journal.LINE_FIELDS, _LINE_NOT_NULL | {'line_no'})}, "
        "PRIMARY KEY (sale_id, line_no))",
        "CREATE TABLE IF NOT EXISTS day_closes (chain_till text NOT NULL REFERENCES tills (id), "
        f"seq bigint NOT NULL, {_columns(journal.CLOSE_FIELDS, _CLOSE_NOT_NULL)}, "
        "prev_hash text NOT NULL, hash text NOT NULL, "
        "received_at timestamptz NOT NULL DEFAULT now(), "
        "PRIMARY KEY (chain_till, seq), UNIQUE (chain_till, day))",
        "CREATE OR REPLACE FUNCTION journal_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'the journal is append-only'; END $$",
        _append_only("sales"),
        _append_only("sale_lines"),
        _append_only("day_closes"),
        # Each till's audit log, chained as at the till (version 2).
        "CREATE TABLE IF NOT EXISTS audit_log (chain_till text NOT NULL REFERENCES tills (id), "
        "seq bigint NOT NULL, at text NOT NULL, till text, actor text, action text NOT NULL, "
        "subject text, before text, after text, prev_hash text NOT NULL, hash text NOT NULL, "
        "received_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (chain_till, seq))",
        _append_only("audit_log"),
    ]
    return statements

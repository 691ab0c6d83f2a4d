"""What a till pulls from the chain's server at a sync: the registry and rules that changed
and the other tills' sales that use its employees' allowances, read in one snapshot and
applied to the till's SQLite copy."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from pos_desktop.core.central import server_journal, server_schema
from pos_desktop.core.central.server import Connection
from pos_desktop.core.central.server_registry import RegistryChanges, registry_changes
from pos_desktop.core.errors import InputError
from pos_desktop.core.text import QT_TRANSLATE_NOOP


def snapshot(
    remote: Connection, till: str, registry_since: int, sales_since: int
) -> tuple[RegistryChanges, list[tuple[Any, ...]], int]:
    """The registry changes and other tills' sales, read in one consistent snapshot."""
    with remote.transaction():
        remote.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        changes = registry_changes(remote, registry_since)
        sales, upto = server_journal.other_sales(remote, till, sales_since)
    return changes, sales, upto


def apply_registry(conn: sqlite3.Connection, changes: RegistryChanges) -> None:
    """Upsert the changed rows (referenced tables first) after removing the removed ones."""
    _refuse_currency_change(conn, changes)
    keys = {table.name: table.key for table in server_schema.REGISTRY}
    for table_name, key in changes.removed:
        conn.execute(f"DELETE FROM {table_name} WHERE {keys[table_name]} = ?", (key,))
    for table in server_schema.REGISTRY:
        rows = changes.rows.get(table.name, [])
        if not rows:
            continue
        others = [n for n in table.names if n != table.key]
        conn.executemany(
            f"INSERT INTO {table.name} ({', '.join(table.names)}) "
            f"VALUES ({', '.join(':' + n for n in table.names)}) "
            f"ON CONFLICT ({table.key}) DO UPDATE SET "
            + ", ".join(f"{n} = excluded.{n}" for n in others),
            rows,
        )


def _refuse_currency_change(conn: sqlite3.Connection, changes: RegistryChanges) -> None:
    """A till's stored amounts are in the currency it sold in: a pulled store currency that
    differs, once the till has sales, would make them read as another money."""
    pulled = next(
        (r["value"] for r in changes.rows.get("settings", []) if r["key"] == "store.currency"),
        None,
    )
    held = conn.execute("SELECT value FROM settings WHERE key = 'store.currency'").fetchone()
    if pulled is None or held is None or json.loads(pulled) == json.loads(held[0]):
        return
    sold = conn.execute(
        "SELECT (SELECT count(*) FROM sales) + (SELECT count(*) FROM remote_sales)"
    ).fetchone()[0]
    if sold:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Chain",
                "the server's store currency is now {currency}, but this till has {count} sales "
                "in {held}; its own sales were sent, nothing was pulled, and it keeps selling in "
                "the old currency. Publish the old currency back from the office, or start this "
                "till afresh under a new id with "
                "'pos-desktop init --till NEW-ID --server URL --force'",
            ).format(currency=json.loads(pulled), count=sold, held=json.loads(held[0]))
        )


def store_other_sales(conn: sqlite3.Connection, sales: list[tuple[Any, ...]]) -> None:
    # In the table's key order (employee, period moment, id: Python's order of str is SQLite's
    # BINARY one), each insert lands next to the last one: a third faster than in the
    # server's order, for what is every other till's every staff sale.
    fields = server_schema.REMOTE_SALE_FIELDS
    assert fields[:3] == ("employee_no", "period_at", "id")
    conn.executemany(
        f"INSERT OR IGNORE INTO remote_sales ({', '.join(fields)}) "
        f"VALUES ({', '.join('?' for _ in fields)})",
        sorted(sales),
    )

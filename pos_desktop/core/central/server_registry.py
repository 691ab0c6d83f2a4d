"""The registry on the chain's central server: made equal to the head office's database
(`central publish`), and what changed in it since a till last pulled.

The registry (settings, companies, departments, categories, policies, staff, dependants,
badges, products) mirrors the till's SQLite tables column for column, plus a `change` number
from one server-wide sequence, so a till pulls what changed since the last number it saw.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from psycopg import sql

from pos_desktop.core.central.server import REGISTRY_LOCK, TILL_SETTING, Connection
from pos_desktop.core.central.server_schema import REGISTRY, REGISTRY_BY_NAME

# The settings that are rules (what `config import` sets); the admin window's sign-in state
# (admin.*) belongs to each machine.
_SHARED_SETTINGS = (
    f"(key LIKE 'store.%' OR key LIKE 'badge.%' OR key LIKE 'tax.%') AND key != '{TILL_SETTING}'"
)


def shared_setting(key: str) -> bool:
    return key.startswith(("store.", "badge.", "tax.")) and key != TILL_SETTING


@dataclass(frozen=True)
class Published:
    changed: dict[str, int]
    removed: dict[str, int]


def publish_registry(conn: Connection, source: sqlite3.Connection) -> Published:
    """Make the server's registry and rules equal to the `source` database's, in one
    transaction; only rows that differ get a new change number."""
    changed: dict[str, int] = {}
    removed: dict[str, int] = {}
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (REGISTRY_LOCK,))
        for table in REGISTRY:
            incoming = sql.Identifier(f"incoming_{table.name}")
            names = sql.SQL(", ").join(map(sql.Identifier, table.names))
            conn.execute(
                sql.SQL("CREATE TEMP TABLE {} ({}) ON COMMIT DROP").format(
                    incoming,
                    sql.SQL(", ").join(
                        sql.SQL("{} {}").format(sql.Identifier(n), sql.SQL(kind))
                        for n, kind in table.columns
                    ),
                )
            )
            rows = source.execute(
                f"SELECT {', '.join(table.names)} FROM {table.name}"
                + (f" WHERE {_SHARED_SETTINGS}" if table.name == "settings" else "")
            )
            with conn.cursor().copy(
                sql.SQL("COPY {} ({}) FROM STDIN").format(incoming, names)
            ) as copy:
                for row in rows:
                    copy.write_row(tuple(row))
            target = sql.Identifier(table.name)
            key = sql.Identifier(table.key)
            others = [n for n in table.names if n != table.key]
            changed[table.name] = conn.execute(
                sql.SQL(
                    "INSERT INTO {target} ({names}) SELECT {names} FROM {incoming} "
                    "ON CONFLICT ({key}) DO UPDATE SET {sets}, change = nextval('registry_change') "
                    "WHERE ({old}) IS DISTINCT FROM ({new})"
                ).format(
                    target=target,
                    names=names,
                    incoming=incoming,
                    key=key,
                    sets=sql.SQL(", ").join(
                        sql.SQL("{0} = EXCLUDED.{0}").format(sql.Identifier(n)) for n in others
                    ),
                    old=sql.SQL(", ").join(
                        sql.SQL("{}.{}").format(target, sql.Identifier(n)) for n in others
                    ),
                    new=sql.SQL(", ").join(
                        sql.SQL("EXCLUDED.{}").format(sql.Identifier(n)) for n in others
                    ),
                )
            ).rowcount
        for table in reversed(REGISTRY):
            target = sql.Identifier(table.name)
            key = sql.Identifier(table.key)
            removed[table.name] = conn.execute(
                sql.SQL(
                    "WITH gone AS (DELETE FROM {target} t WHERE NOT EXISTS "
                    "(SELECT 1 FROM {incoming} i WHERE i.{key} = t.{key}) RETURNING t.{key}) "
                    "INSERT INTO registry_deletions (table_name, key) "
                    "SELECT {name}, {key} FROM gone"
                ).format(
                    target=target,
                    incoming=sql.Identifier(f"incoming_{table.name}"),
                    key=key,
                    name=sql.Literal(table.name),
                )
            ).rowcount
    return Published(changed, removed)


@dataclass(frozen=True)
class RegistryChanges:
    """What changed in the registry after a change number: rows per table, keys removed,
    and the number to ask from next time."""

    rows: dict[str, list[dict[str, Any]]]
    removed: list[tuple[str, str]]
    upto: int

    @property
    def count(self) -> int:
        return sum(len(rows) for rows in self.rows.values()) + len(self.removed)


def registry_changes(conn: Connection, since: int) -> RegistryChanges:
    """Every registry row and removal with a change number above `since`. The caller holds
    one snapshot (a repeatable-read transaction) for this and other_sales."""
    upto = since
    rows: dict[str, list[dict[str, Any]]] = {}
    for table in REGISTRY:
        found = conn.execute(
            sql.SQL("SELECT {}, change FROM {} WHERE change > %s ORDER BY change").format(
                sql.SQL(", ").join(map(sql.Identifier, table.names)), sql.Identifier(table.name)
            ),
            (since,),
        ).fetchall()
        for row in found:
            upto = max(upto, row.pop("change"))
            if row.get("photo") is not None:
                row["photo"] = bytes(row["photo"])
        rows[table.name] = [
            r for r in found if table.name != "settings" or shared_setting(r["key"])
        ]
    removed = []
    for row in conn.execute(
        "SELECT change, table_name, key FROM registry_deletions WHERE change > %s ORDER BY change",
        (since,),
    ):
        upto = max(upto, row["change"])
        if row["table_name"] in REGISTRY_BY_NAME and (
            row["table_name"] != "settings" or shared_setting(row["key"])
        ):
            removed.append((row["table_name"], row["key"]))
    return RegistryChanges(rows, removed, upto)

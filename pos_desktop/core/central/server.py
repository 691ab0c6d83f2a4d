"""The chain's central PostgreSQL server: the registry it hands out and the journal every
till pushes into (its tables are defined in server_schema).

The registry (settings, companies, departments, categories, policies, staff, dependants,
badges, products) mirrors the till's SQLite tables column for column, plus a `change` number
from one server-wide sequence, so a till pulls what changed since the last number it saw.
The journal keeps every till's sales, refunds and day closes with the till's own sequence
number and hashes (`chain_till`, `seq`, `prev_hash`, `hash`): each till's chain stays
verifiable on the server, whichever tills pushed in between.

Writers that hand out change numbers (a push, a publish) take a transaction-level advisory
lock first, so numbers commit in the order they were given: a till that saw change N has
seen every change below N.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import DictRow, dict_row, tuple_row

from pos_desktop.core import clock
from pos_desktop.core.central.server_schema import (
    AUDIT_COLUMNS,
    PUSHED_SALE_COLUMNS,
    REGISTRY,
    REGISTRY_BY_NAME,
    REMOTE_SALE_FIELDS,
    SCHEMA_VERSION,
    UPGRADES,
    schema_statements,
)
from pos_desktop.core.errors import InputError, ServerError
from pos_desktop.core.ledger import journal
from pos_desktop.core.ledger.audit import audit_break
from pos_desktop.core.ledger.hashchain import Break
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text

CONNECT_TIMEOUT_SECONDS = 3
# A server that vanishes mid-sync (cable pulled) is given up on after this long.
TCP_USER_TIMEOUT_MS = 10_000
REGISTRY_LOCK = 7_301_001
JOURNAL_LOCK = 7_301_002
TILL_SETTING = "store.till"  # each till's own; never published nor pulled
# The settings that are rules (what `config import` sets); the admin window's sign-in state
# (admin.*) belongs to each machine.
_SHARED_SETTINGS = (
    f"(key LIKE 'store.%' OR key LIKE 'badge.%' OR key LIKE 'tax.%') AND key != '{TILL_SETTING}'"
)


def shared_setting(key: str) -> bool:
    return key.startswith(("store.", "badge.", "tax.")) and key != TILL_SETTING


Connection = psycopg.Connection[DictRow]


# Connecting


def describe(url: str) -> str:
    """The server's address for a message: host, port and database, never a password."""
    try:
        parts = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return QT_TRANSLATE_NOOP("Server", "the server").text()
    host = parts.get("host") or parts.get("hostaddr") or "localhost"
    port = parts.get("port") or "5432"
    return f"{host}:{port}/{parts.get('dbname') or parts.get('user') or ''}".rstrip("/")


def check_url(url: str, option: str = "--server") -> str:
    """The URL stripped, or an InputError when it is not a PostgreSQL address at all."""
    cleaned = url.strip()
    try:
        psycopg.conninfo.conninfo_to_dict(cleaned)
    except psycopg.ProgrammingError:
        cleaned = ""
    if not cleaned:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Server",
                "{option} {url} is not a PostgreSQL address like postgresql://pos@host:5432/pos",
            ).format(option=option, url=repr(url))
        )
    return cleaned


@contextlib.contextmanager
def server_errors(url: str) -> Iterator[None]:
    """Turn the server's failures into one line: unreachable, not set up, or refused."""
    where = describe(url)
    try:
        yield
    except psycopg.errors.UndefinedTable:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Server",
                "the server {server} has no pos-desktop tables; create them with "
                "'pos-desktop server init --url URL'",
            ).format(server=where)
        ) from None
    except psycopg.errors.InsufficientPrivilege as exc:
        raise ServerError(
            QT_TRANSLATE_NOOP("Server", "the server {server} refused the change: {problem}").format(
                server=where, problem=_first_line(exc)
            )
        ) from None
    except psycopg.OperationalError as exc:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Server",
                "cannot reach the server {server} ({problem}); check the network and the "
                "address, then try again",
            ).format(server=where, problem=_first_line(exc))
        ) from None
    except psycopg.Error as exc:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Server", "the server {server} refused the request: {problem}"
            ).format(server=where, problem=_first_line(exc))
        ) from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0].rstrip(".") if text else type(exc).__name__


def connect(url: str) -> Connection:
    """A connection that gives up quickly on a server that is down or cut off."""
    conn: Connection = psycopg.connect(
        url,
        connect_timeout=CONNECT_TIMEOUT_SECONDS,
        tcp_user_timeout=TCP_USER_TIMEOUT_MS,
        keepalives_idle=5,
        keepalives_interval=2,
        keepalives_count=3,
        application_name="pos-desktop",
        autocommit=True,  # each unit of work is an explicit transaction block
        row_factory=dict_row,
    )
    return conn


@dataclass(frozen=True)
class SchemaDone:
    """What `server init` did: created the tables, upgraded them (from `before`), or nothing."""

    created: bool
    before: int
    after: int = SCHEMA_VERSION


def init_schema(conn: Connection) -> SchemaDone:
    """Create the central tables, or upgrade older ones to this app's version (idempotent,
    one transaction). Refuses tables newer than this app knows."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (REGISTRY_LOCK,))
        existed = conn.execute("SELECT to_regclass('server_meta') IS NOT NULL AS e").fetchone()
        before = _version(conn) if existed and existed["e"] else None
        if before is not None and before > SCHEMA_VERSION:
            raise ServerError(_newer(before))
        for version in range(before or SCHEMA_VERSION, SCHEMA_VERSION):
            for statement in UPGRADES[version]:
                conn.execute(statement)
        for statement in schema_statements():
            conn.execute(statement)
        conn.execute(
            "INSERT INTO server_meta (key, value) VALUES ('schema_version', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            (str(SCHEMA_VERSION),),
        )
    return SchemaDone(before is None, before or SCHEMA_VERSION)


def _version(conn: Connection) -> int | None:
    row = conn.execute("SELECT value FROM server_meta WHERE key = 'schema_version'").fetchone()
    return int(row["value"]) if row is not None and str(row["value"]).isdigit() else None


def _newer(version: int) -> Text:
    return QT_TRANSLATE_NOOP(
        "Server",
        "the server's pos-desktop tables are version {version}, newer than this app knows "
        "({known}); update pos-desktop on this machine",
    ).format(version=version, known=SCHEMA_VERSION)


def require_schema(conn: Connection) -> None:
    """Refuse, as a ServerError, a server without our tables or with another version."""
    version = _version(conn)
    if version is None:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Server",
                "the server's pos-desktop tables have no version; create them with "
                "'pos-desktop server init --url URL'",
            ).text()
        )
    if version > SCHEMA_VERSION:
        raise ServerError(_newer(version))
    if version < SCHEMA_VERSION:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Server",
                "the server's pos-desktop tables are version {version}, older than this app's "
                "({known}); upgrade them with 'pos-desktop server init --url URL' (tills that "
                "are not updated yet then ask for an update and keep selling offline)",
            ).format(version=version, known=SCHEMA_VERSION)
        )


# The registry


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


# Tills and the journal


def register_till(conn: Connection, till: str) -> None:
    """Let a till join under a new id. An id that has joined already is refused, whether or
    not that till has pushed anything yet: two tills under one id could never both sync."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (JOURNAL_LOCK,))
        held = conn.execute(
            "SELECT (SELECT count(*) FROM sales WHERE chain_till = %s) "
            "+ (SELECT count(*) FROM day_closes WHERE chain_till = %s) AS n",
            (till, till),
        ).fetchone()
        if held is not None and held["n"]:
            raise ServerError(
                QT_TRANSLATE_NOOP(
                    "Server",
                    "till {till} already has {count} journal records on the server; give this "
                    "till another id (each till keeps its own chain)",
                ).format(till=till, count=held["n"])
            )
        joined = conn.execute(
            "INSERT INTO tills (id, joined_at) VALUES (%s, %s) ON CONFLICT (id) DO NOTHING",
            (till, clock.stamp(clock.now())),
        )
        if joined.rowcount == 0:
            raise ServerError(
                QT_TRANSLATE_NOOP(
                    "Server",
                    "a till has already joined the chain as {till}; give this till another id "
                    "(each till keeps its own chain)",
                ).format(till=till)
            )


def unregister_till(conn: Connection, till: str) -> None:
    """Undo a join that did not finish (its database was never made): the id is free again.
    A till that has pushed anything is kept."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (JOURNAL_LOCK,))
        conn.execute(
            "DELETE FROM tills WHERE id = %s AND last_push_at IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM sales WHERE chain_till = %s) "
            "AND NOT EXISTS (SELECT 1 FROM day_closes WHERE chain_till = %s) "
            "AND NOT EXISTS (SELECT 1 FROM audit_log WHERE chain_till = %s)",
            (till, till, till, till),
        )


@dataclass(frozen=True)
class TillHistory:
    """What the server holds of one till's own chain past given sequence numbers."""

    sales: list[dict[str, Any]]
    lines: list[dict[str, Any]]
    closes: list[dict[str, Any]]
    audit: list[dict[str, Any]]


# A till's own tables and the server's copies of them: (till table, server table).
OWN_CHAINS = (("sales", "sales"), ("day_closes", "day_closes"), ("audit", "audit_log"))


def chain_ends(conn: Connection, till: str) -> dict[str, tuple[int, str | None]]:
    """Per till table (OWN_CHAINS), the server's last sequence number of the till's records
    there, and its hash (None when it holds none)."""
    ends: dict[str, tuple[int, str | None]] = {}
    for own, table in OWN_CHAINS:
        row = conn.execute(
            sql.SQL(
                "SELECT seq, hash FROM {} WHERE chain_till = %s ORDER BY seq DESC LIMIT 1"
            ).format(sql.Identifier(table)),
            (till,),
        ).fetchone()
        ends[own] = (row["seq"], row["hash"]) if row else (0, None)
    return ends


def hash_at(conn: Connection, table: str, till: str, seq: int) -> str | None:
    """The hash of the till's record `seq` in the server's `table` (OWN_CHAINS), or None."""
    row = conn.execute(
        sql.SQL("SELECT hash FROM {} WHERE chain_till = %s AND seq = %s").format(
            sql.Identifier(table)
        ),
        (till, seq),
    ).fetchone()
    return None if row is None else str(row["hash"])


def till_history(conn: Connection, till: str, after: Mapping[str, int]) -> TillHistory:
    """The till's sales and refunds (with their lines), day closes and audit entries the
    server holds past `after` (per till table), in sequence order, as the till stores them."""
    sale_columns = ", ".join(PUSHED_SALE_COLUMNS)
    close_columns = ", ".join(("seq", *journal.CLOSE_FIELDS, "prev_hash", "hash"))
    audit_columns = ", ".join((*AUDIT_COLUMNS, "prev_hash", "hash"))
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        sales = conn.execute(
            f"SELECT {sale_columns} FROM sales WHERE chain_till = %s AND seq > %s ORDER BY seq",
            (till, after["sales"]),
        ).fetchall()
        lines = conn.execute(
            f"SELECT l.sale_id, {', '.join('l.' + c for c in journal.LINE_FIELDS)} "
            "FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
            "WHERE s.chain_till = %s AND s.seq > %s ORDER BY s.seq, l.line_no",
            (till, after["sales"]),
        ).fetchall()
        closes = conn.execute(
            f"SELECT {close_columns} FROM day_closes WHERE chain_till = %s AND seq > %s "
            "ORDER BY seq",
            (till, after["day_closes"]),
        ).fetchall()
        audit = conn.execute(
            f"SELECT {audit_columns} FROM audit_log WHERE chain_till = %s AND seq > %s "
            "ORDER BY seq",
            (till, after["audit"]),
        ).fetchall()
    return TillHistory(
        [dict(r) for r in sales],
        [dict(r) for r in lines],
        [dict(r) for r in closes],
        [dict(r) for r in audit],
    )


def other_sales(conn: Connection, till: str, since: int) -> tuple[list[tuple[Any, ...]], int]:
    """Other tills' records that use or give back an employee's allowance, with a journal
    change number above `since` (as tuples of REMOTE_SALE_FIELDS, in no particular order),
    and the number to ask from next time."""
    top = conn.execute("SELECT COALESCE(max(change), 0) AS top FROM sales").fetchone()
    upto = max(since, top["top"] if top else 0)
    with conn.cursor(row_factory=tuple_row) as cur:
        rows = cur.execute(_OTHER_SALES, (since, upto, till)).fetchall()
    return rows, upto


_OTHER_SALES = sql.SQL(
    "SELECT {} FROM sales WHERE change > %s AND change <= %s AND chain_till <> %s "
    "AND employee_no IS NOT NULL AND allowance_delta <> 0"
).format(sql.SQL(", ").join(map(sql.Identifier, REMOTE_SALE_FIELDS)))


def mark_pulled(conn: Connection, till: str) -> None:
    from pos_desktop import __version__

    conn.execute(
        "UPDATE tills SET last_pull_at = %s, app_version = %s WHERE id = %s",
        (clock.stamp(clock.now()), __version__, till),
    )


# Verifying every till's chain


@dataclass(frozen=True)
class TillChain:
    till: str
    records: int
    closes: int
    head: str
    broken: Break | None
    audit: int = 0  # audit entries the till has pushed, verified after its journal


def verify_tills(conn: Connection) -> list[TillChain]:
    """Each joined till's chain of sales, refunds and day closes as the server holds it."""
    result: list[TillChain] = []
    tills = [r["id"] for r in conn.execute("SELECT id FROM tills ORDER BY id")]
    for till in tills:
        with conn.transaction():
            closes = conn.execute(
                "SELECT * FROM day_closes WHERE chain_till = %s ORDER BY seq", (till,)
            ).fetchall()
            count = conn.execute(
                "SELECT count(*) AS n FROM sales WHERE chain_till = %s", (till,)
            ).fetchone()
            sales = conn.cursor(name=f"sales_{len(result)}")
            sales.execute("SELECT * FROM sales WHERE chain_till = %s ORDER BY seq", (till,))
            lines = conn.cursor(name=f"lines_{len(result)}")
            lines.execute(
                "SELECT l.* FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                "WHERE s.chain_till = %s ORDER BY s.seq, l.line_no",
                (till,),
            )
            chain = journal.ChainCheck()
            broken = chain.run(_with_lines(sales, lines), closes)
            sales.close()
            lines.close()
            entries = conn.execute(
                "SELECT * FROM audit_log WHERE chain_till = %s ORDER BY seq", (till,)
            ).fetchall()
            broken = broken or audit_break(entries)
        result.append(
            TillChain(
                till, count["n"] if count else 0, len(closes), chain.head, broken, len(entries)
            )
        )
    return result


def _with_lines(
    sales: Iterable[DictRow], lines: Iterable[DictRow]
) -> Iterator[tuple[DictRow, list[DictRow]]]:
    """Pair each sale with its lines; both come ordered by the sale's place in the chain."""
    pending = iter(lines)
    line = next(pending, None)
    for sale in sales:
        own = []
        while line is not None and line["sale_id"] == sale["id"]:
            own.append(line)
            line = next(pending, None)
        yield sale, own

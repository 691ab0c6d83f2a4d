"""The chain's central PostgreSQL server: connecting to it, its schema's version, and the tills
that join it. Its tables are defined in server_schema; the registry it hands out is
server_registry's, the journal every till pushes into push's and server_journal's.

Writers that hand out change numbers (a push, a publish) take a transaction-level advisory
lock first, so numbers commit in the order they were given: a till that saw change N has
seen every change below N.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.rows import DictRow, dict_row

from pos_desktop.core import clock
from pos_desktop.core.central.server_schema import (
    SCHEMA_VERSION,
    UPGRADES,
    schema_statements,
)
from pos_desktop.core.errors import InputError, ServerError
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text

CONNECT_TIMEOUT_SECONDS = 3
# A server that vanishes mid-sync (cable pulled) is given up on after this long.
TCP_USER_TIMEOUT_MS = 10_000
# libpq's own limits on every connection a till makes (the server's statement timeout cannot
# fire on a server that is frozen or cut off): connecting, data left unacknowledged, and
# keepalives that find a peer gone quiet on an idle connection.
CLIENT_LIMITS: dict[str, Any] = {  # all int; Any: psycopg.connect's keywords
    "connect_timeout": CONNECT_TIMEOUT_SECONDS,
    "tcp_user_timeout": TCP_USER_TIMEOUT_MS,
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
}
REGISTRY_LOCK = 7_301_001
JOURNAL_LOCK = 7_301_002
TILL_SETTING = "store.till"  # each till's own; never published nor pulled

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
        **CLIENT_LIMITS,
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

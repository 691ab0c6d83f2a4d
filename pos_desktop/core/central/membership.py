"""Where a chain's registry and rules are changed: on the office database that publishes them
to the server, never on a till that joined it.

A joined till's copy is the server's: a change made there would be overwritten by the next
pull and would never reach the other tills, so every registry or rules change on a joined till
is refused at the start of the change's own operation (staff, badges, PINs, products, the
rules, the imports), before any file is read or row written: `refuse_on_joined_till`. The
office database remembers the server it published to and the last audit entry that went with
it, so it can say how many changes are not on the server yet and publish them without the
address being typed again.

Kept free of psycopg: the refusal runs on the till's write paths.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pos_desktop.core import clock
from pos_desktop.core.errors import InputError
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from pos_desktop.core.central.server_registry import Published

# Audit actions that change only this machine (its sign-in, its journal, its backups), not
# the registry and rules a chain shares. Any other audited action is a registry change.
LOCAL_ACTIONS = (
    "admin.",
    "init",
    "registry.pull",
    "registry.publish",
    "database.restore",
    "database.permissions",
    "day.close",
    "payroll.close",
    "override.approve",
    "pin.failed",
    "pin.locked",
    "badge.reprint",
    "import.profile",
)


def is_registry_change(action: str) -> bool:
    return not action.startswith(LOCAL_ACTIONS)


def joined_server(conn: sqlite3.Connection) -> str | None:
    """The server a joined till takes its registry from; None for an office or lone till."""
    row = conn.execute("SELECT server_url FROM sync_state WHERE id = 1").fetchone()
    return str(row[0]) if row is not None else None


def joined_message(url: str) -> Text:
    from pos_desktop.core.central.server import describe

    return QT_TRANSLATE_NOOP(
        "Chain",
        "this till takes its staff, products and rules from the server {server}; change them "
        "on the office database that publishes to it ('pos-desktop --db OFFICE.sqlite admin', "
        "then 'server publish'), and every till gets them at its next sync",
    ).format(server=describe(url))


def refuse_on_joined_till(conn: sqlite3.Connection) -> None:
    """InputError when `conn` is a till of a chain; the caller's transaction rolls back."""
    url = joined_server(conn)
    if url is not None:
        raise InputError(
            QT_TRANSLATE_NOOP("Chain", "{refusal}; nothing was changed").format(
                refusal=joined_message(url)
            )
        )


# The office database


@dataclass(frozen=True)
class PublishState:
    server_url: str
    published_at: str
    audit_seq: int


def publish_state(conn: sqlite3.Connection) -> PublishState | None:
    row = conn.execute(
        "SELECT server_url, published_at, audit_seq FROM publish_state WHERE id = 1"
    ).fetchone()
    return PublishState(*row) if row is not None else None


def unpublished(conn: sqlite3.Connection) -> int | None:
    """Registry and rules changes made since the last publish; None when this database has
    never published."""
    state = publish_state(conn)
    if state is None:
        return None
    count = 0
    for (action,) in conn.execute("SELECT action FROM audit WHERE seq > ?", (state.audit_seq,)):
        count += is_registry_change(action)
    return count


@dataclass(frozen=True)
class PublishedTo:
    where: str
    published: Published


def publish(conn: sqlite3.Connection, url: str | None = None, *, actor: str) -> PublishedTo:
    """Send this database's registry and rules to the server (`url`, else the one it last
    published to) and remember the server and how far the audit log had got."""
    from pos_desktop.core.central import server, server_registry
    from pos_desktop.core.db.storage import write_transaction
    from pos_desktop.core.ledger.audit import record_audit
    from pos_desktop.core.rules import load_rules

    joined = joined_server(conn)
    if joined is not None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Chain",
                "this till takes its registry from the server {server}; publish from the office "
                "database, never from a till",
            ).format(server=server.describe(joined))
        )
    state = publish_state(conn)
    address = url or (state.server_url if state else None)
    if address is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Chain",
                "this database has not published to a server yet; give the server with --url URL",
            ).text()
        )
    where = server.describe(address)
    with server.server_errors(address):
        remote = server.connect(address)
        try:
            server.require_schema(remote)
            # One read snapshot: the registry sent and the audit entry it goes up to agree.
            conn.execute("BEGIN")
            try:
                head = conn.execute("SELECT COALESCE(max(seq), 0) FROM audit").fetchone()[0]
                published = server_registry.publish_registry(remote, conn)
            finally:
                conn.rollback()
        finally:
            remote.close()
    with write_transaction(conn):
        conn.execute(
            "INSERT INTO publish_state (id, server_url, published_at, audit_seq) "
            "VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET server_url = excluded.server_url, "
            "published_at = excluded.published_at, audit_seq = max(audit_seq, excluded.audit_seq)",
            (address, clock.stamp(clock.now()), head),
        )
        record_audit(
            conn,
            till=load_rules(conn).settings.till,
            actor=actor,
            action="registry.publish",
            after={
                "server": where,
                "changed": sum(published.changed.values()),
                "removed": sum(published.removed.values()),
            },
        )
    return PublishedTo(where, published)

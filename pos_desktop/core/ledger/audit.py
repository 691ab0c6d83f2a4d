"""The audit log: every change to the registry, the rules and this machine's own settings, one
hash-chained entry each (hashchain.py), its verification, the audit page's filter and its
CSV export."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pos_desktop.core import clock
from pos_desktop.core.files import open_whole
from pos_desktop.core.ledger.hashchain import (
    GENESIS,
    NOT_FOLLOWING,
    Break,
    canonical_json,
    chain_hash,
    head,
)
from pos_desktop.core.spreadsheet import neutralise
from pos_desktop.core.text import QT_TRANSLATE_NOOP


def record_audit(
    conn: sqlite3.Connection,
    *,
    till: str,
    actor: str,
    action: str,
    subject: str | None = None,
    before: object = None,
    after: object = None,
    at: str | None = None,
) -> None:
    """Append one chained audit entry; the caller holds the write transaction. (A registry
    or rules change on a till of a chain is refused before, at the start of the change's own
    operation: core/central/membership.py.)"""
    record: dict[str, object] = {
        "at": at or clock.stamp(clock.now()),
        "till": till,
        "actor": actor,
        "action": action,
        "subject": subject,
        "before": None if before is None else canonical_json({"v": before}),
        "after": None if after is None else canonical_json({"v": after}),
    }
    prev = head(conn, "audit")
    conn.execute(
        "INSERT INTO audit (at, till, actor, action, subject, before, after, prev_hash, hash) "
        "VALUES (:at, :till, :actor, :action, :subject, :before, :after, :prev_hash, :hash)",
        {**record, "prev_hash": prev, "hash": chain_hash(prev, record)},
    )


AUDIT_FIELDS = ("at", "till", "actor", "action", "subject", "before", "after")


def verify_audit(conn: sqlite3.Connection) -> Break | None:
    return audit_break(conn.execute("SELECT * FROM audit ORDER BY seq"))


def audit_break(rows: Iterable[Mapping[str, Any]]) -> Break | None:
    """The first entry of an audit chain (in seq order) whose link or hash does not hold."""
    prev = GENESIS
    for row in rows:
        if row["prev_hash"] != prev:
            return Break("audit", row["seq"], NOT_FOLLOWING.text())
        record = {name: row[name] for name in AUDIT_FIELDS}
        if chain_hash(prev, record) != row["hash"]:
            return Break(
                "audit",
                row["seq"],
                QT_TRANSLATE_NOOP("Journal", "was changed after it was written").text(),
            )
        prev = row["hash"]
    return None


@dataclass(frozen=True)
class AuditFilter:
    """What the audit page shows: an action prefix ("staff." for every staff change), an
    actor, and a time range in storage stamps (None: open)."""

    action: str = ""
    actor: str = ""
    since: str | None = None
    until: str | None = None

    def where(self) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if self.action.strip():
            clauses.append("action LIKE ?")
            params.append(self.action.strip().replace("%", "") + "%")
        if self.actor.strip():
            clauses.append("actor = ?")
            params.append(self.actor.strip())
        if self.since is not None:
            clauses.append("at >= ?")
            params.append(self.since)
        if self.until is not None:
            clauses.append("at < ?")
            params.append(self.until)
        return " AND ".join(clauses) or "1", params


def entries(
    conn: sqlite3.Connection, where: AuditFilter, before: int | None = None, size: int = 200
) -> list[sqlite3.Row]:
    """Newest first, a page at a time: the entries older than sequence number `before`."""
    sql, params = where.where()
    if before is not None:
        sql += " AND seq < ?"
        params.append(before)
    return conn.execute(
        f"SELECT seq, at, till, actor, action, subject, before, after FROM audit WHERE {sql} "
        "ORDER BY seq DESC LIMIT ?",
        [*params, size],
    ).fetchall()


def export_csv(conn: sqlite3.Connection, where: AuditFilter, destination: Path) -> int:
    """Every matching entry, oldest first, as CSV; formula-like cells neutralised."""
    import csv

    sql, params = where.where()
    count = 0
    with open_whole(destination) as handle:
        writer = csv.writer(handle)
        writer.writerow(AUDIT_EXPORT_FIELDS)
        for row in conn.execute(
            f"SELECT {', '.join(AUDIT_EXPORT_FIELDS)} FROM audit WHERE {sql} ORDER BY seq",
            params,
        ):
            writer.writerow([neutralise(row[f]) for f in AUDIT_EXPORT_FIELDS])
            count += 1
    return count


AUDIT_EXPORT_FIELDS = ("seq", "at", "till", "actor", "action", "subject", "before", "after", "hash")

"""Hash chains for the sales journal and the audit log: canonical JSON, sha256, verification."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from pos_desktop.core import clock

GENESIS = "0" * 64


def canonical_json(record: Mapping[str, object]) -> str:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(prev_hash: str, record: Mapping[str, object]) -> str:
    return hashlib.sha256((prev_hash + canonical_json(record)).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Break:
    """The first record whose hash or link does not hold."""

    log: str  # "sales" or "audit"
    seq: int
    what: str

    def describe(self) -> str:
        return f"{self.log} record {self.seq} {self.what}"


def head(conn: sqlite3.Connection, table: str) -> str:
    row = conn.execute(f"SELECT hash FROM {table} ORDER BY seq DESC LIMIT 1").fetchone()
    return str(row[0]) if row else GENESIS


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
    """Append one chained audit entry; the caller holds the write transaction."""
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
    prev = GENESIS
    for row in conn.execute("SELECT * FROM audit ORDER BY seq"):
        if row["prev_hash"] != prev:
            return Break("audit", row["seq"], "does not follow the record before it")
        record = {name: row[name] for name in AUDIT_FIELDS}
        if chain_hash(prev, record) != row["hash"]:
            return Break("audit", row["seq"], "was changed after it was written")
        prev = row["hash"]
    return None

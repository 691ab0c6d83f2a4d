"""The hash chain both ledgers (the sales journal and the audit log) are made of: each record
carries the sha256 of the one before it and of its own canonical JSON, so a record changed or
taken out after it was written breaks the chain at that record."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text, join

GENESIS = "0" * 64


def canonical_json(record: Mapping[str, object]) -> str:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(prev_hash: str, record: Mapping[str, object]) -> str:
    import hashlib  # OpenSSL loads on the first record written, not at the till's start

    return hashlib.sha256((prev_hash + canonical_json(record)).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Break:
    """The first record whose hash or link does not hold."""

    log: str  # "sales", "day close" or "audit"
    seq: int
    what: str

    def describe(self) -> Text:
        """'sales record 12 was changed after it was written', its words translated."""
        template = _BREAKS.get(self.log)
        if template is None:
            return join(" ", (self.log, str(self.seq), self.what))
        return template.format(seq=self.seq, what=self.what)


_BREAKS = {
    "sales": QT_TRANSLATE_NOOP("Journal", "sales record {seq} {what}"),
    "day close": QT_TRANSLATE_NOOP("Journal", "day close record {seq} {what}"),
    "audit": QT_TRANSLATE_NOOP("Journal", "audit record {seq} {what}"),
}
# What is wrong with the record a chain breaks at.
NOT_FOLLOWING = QT_TRANSLATE_NOOP("Journal", "does not follow the record before it")


def head(conn: sqlite3.Connection, table: str) -> str:
    row = conn.execute(f"SELECT hash FROM {table} ORDER BY seq DESC LIMIT 1").fetchone()
    return str(row[0]) if row else GENESIS

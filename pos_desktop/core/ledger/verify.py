"""One check of both hash chains (the sales journal with its day closes, and the audit log),
from their first record, with what they hold: `journal verify` and the admin window's audit
page both show this."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from pos_desktop.core.ledger import journal
from pos_desktop.core.ledger.audit import verify_audit
from pos_desktop.core.ledger.hashchain import Break


@dataclass(frozen=True)
class ChainReport:
    """The first record either chain breaks at (None when both hold), and their sizes."""

    broken: Break | None
    sales: int  # sales and refund records
    closes: int  # day closes
    entries: int  # audit entries
    head: str  # the sales journal's last hash
    last_seq: int  # the sales journal's last record number (0 when empty)


def verify_all(conn: sqlite3.Connection) -> ChainReport:
    def count(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    return ChainReport(
        broken=journal.verify(conn) or verify_audit(conn),
        sales=count("SELECT COUNT(*) FROM sales"),
        closes=count("SELECT COUNT(*) FROM day_closes"),
        entries=count("SELECT COUNT(*) FROM audit"),
        head=journal.head(conn),
        last_seq=count("SELECT COALESCE(MAX(seq), 0) FROM sales"),
    )

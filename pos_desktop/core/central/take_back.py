"""A till's own journal taken back from the server: after a backup was restored, or the file
was cut short, the records the server holds past the till's own come back into its database,
so its next records continue the chain. A till whose history differs from the server's is
refused, its file unchanged."""

from __future__ import annotations

import sqlite3

from pos_desktop.core.central import server_journal
from pos_desktop.core.central.server import Connection
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.errors import ChainDiverged
from pos_desktop.core.ledger import journal
from pos_desktop.core.text import QT_TRANSLATE_NOOP


def take_back(conn: sqlite3.Connection, remote: Connection, till: str) -> int:
    """Check that this till's journal and audit log continue what the server holds of them,
    and take back from the server the records it no longer has (a backup was restored, or
    the file was cut short): its next records then continue the chain. Returns how many
    sales and refunds came back. A till whose history differs from the server's is refused
    (ChainDiverged), its file unchanged."""
    ends = server_journal.chain_ends(remote, till)
    after: dict[str, int] = {}
    for own, table in server_journal.OWN_CHAINS:
        ours = conn.execute(f"SELECT COALESCE(MAX(seq), 0) FROM {own}").fetchone()[0]
        theirs, _ = ends[own]
        meet = min(ours, theirs)
        if meet:
            local = conn.execute(f"SELECT hash FROM {own} WHERE seq = ?", (meet,)).fetchone()
            held = server_journal.hash_at(remote, table, till, meet)
            if local is None or held is None or local[0] != held:
                raise ChainDiverged(
                    QT_TRANSLATE_NOOP(
                        "Chain",
                        "this till's {what} record {seq} is not the one the server holds for "
                        "till {till}: its history differs from the server's (its database was "
                        "replaced, cut short or rewritten, or another till joined as {till}); "
                        "nothing was pushed, and its sales no longer reach the server until it "
                        "is set up again",
                    ).format(what=_CHAIN_WORDS[own].text(), seq=meet, till=till)
                )
        after[own] = ours
    if all(after[own] >= ends[own][0] for own, _ in server_journal.OWN_CHAINS):
        return 0
    history = server_journal.till_history(remote, till, after)
    sale_columns = ("seq", *journal.RECORD_FIELDS, "prev_hash", "hash")
    line_columns = ("sale_id", *journal.LINE_FIELDS)
    close_columns = ("seq", *journal.CLOSE_FIELDS, "prev_hash", "hash")
    audit_columns = (
        "seq",
        "at",
        "till",
        "actor",
        "action",
        "subject",
        "before",
        "after",
        "prev_hash",
        "hash",
    )
    with write_transaction(conn):
        for table, columns, rows in (
            ("sales", sale_columns, history.sales),
            ("sale_lines", line_columns, history.lines),
            ("day_closes", close_columns, history.closes),
            ("audit", audit_columns, history.audit),
        ):
            conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})",
                [tuple(row[c] for c in columns) for row in rows],
            )
        conn.execute(
            "UPDATE sync_state SET pushed_sales_seq = max(pushed_sales_seq, ?), "
            "pushed_close_seq = max(pushed_close_seq, ?), "
            "pushed_audit_seq = max(pushed_audit_seq, ?) WHERE id = 1",
            (ends["sales"][0], ends["day_closes"][0], ends["audit"][0]),
        )
    return len(history.sales)


_CHAIN_WORDS = {
    "sales": QT_TRANSLATE_NOOP("Chain", "sales"),
    "day_closes": QT_TRANSLATE_NOOP("Chain", "day close"),
    "audit": QT_TRANSLATE_NOOP("Chain", "audit"),
}

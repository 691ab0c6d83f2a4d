"""Every till's journal on the chain's central server: what the server holds of a till's own
chain (to take it back after a restore), the other tills' sales that use an employee's
allowance, and each till's chain verified as the server holds it.

The journal keeps every till's sales, refunds and day closes with the till's own sequence
number and hashes (`chain_till`, `seq`, `prev_hash`, `hash`): each till's chain stays
verifiable on the server, whichever tills pushed in between.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from psycopg import sql
from psycopg.rows import DictRow, tuple_row

from pos_desktop.core import clock
from pos_desktop.core.central.server import Connection
from pos_desktop.core.central.server_schema import (
    AUDIT_COLUMNS,
    PUSHED_SALE_COLUMNS,
    REMOTE_SALE_FIELDS,
)
from pos_desktop.core.ledger import journal
from pos_desktop.core.ledger.audit import audit_break
from pos_desktop.core.ledger.hashchain import Break


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

"""The sales journal: append-only, hash-chained sale and refund records."""

from __future__ import annotations

import secrets
import sqlite3
import time
import uuid
from collections.abc import Mapping, Sequence

from pos_desktop.core.audit import GENESIS, Break, chain_hash, head

SALE_FIELDS = (
    "id",
    "kind",
    "refund_of",
    "till",
    "at",
    "period_at",
    "cashier_no",
    "customer_badge",
    "customer_status",
    "customer_kind",
    "employee_no",
    "dependant_no",
    "department",
    "cost_centre",
    "company",
    "policy",
    "subtotal",
    "discount",
    "total",
    "allowance_delta",
    "override_by",
    "override_reason",
)
LINE_FIELDS = (
    "line_no",
    "sku",
    "name",
    "category",
    "qty",
    "unit_price",
    "cost",
    "gross",
    "discount",
    "total",
    "rule",
)

_INSERT_SALE = (
    f"INSERT INTO sales ({', '.join(SALE_FIELDS)}, prev_hash, hash) "
    f"VALUES ({', '.join(':' + f for f in SALE_FIELDS)}, :prev_hash, :hash)"
)
_INSERT_LINE = (
    f"INSERT INTO sale_lines (sale_id, {', '.join(LINE_FIELDS)}) "
    f"VALUES (:sale_id, {', '.join(':' + f for f in LINE_FIELDS)})"
)


_last_sequence = 0


def new_record_id() -> str:
    """A UUID (version 7) that starts with the time in milliseconds: unique across tills, and
    written at the end of the id index rather than on a random page of it. Ids made by one
    process also increase within the same millisecond."""
    global _last_sequence
    # 48 bits of milliseconds then 74 random bits, kept increasing, then laid out as a UUID.
    sequence = (time.time_ns() // 1_000_000) << 74 | secrets.randbits(74)
    if sequence <= _last_sequence:
        sequence = _last_sequence + 1
    _last_sequence = sequence
    millis, rand_a, rand_b = sequence >> 74, (sequence >> 62) & 0xFFF, sequence & (2**62 - 1)
    return str(uuid.UUID(int=millis << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b))


def _hashable(
    sale: Mapping[str, object], lines: Sequence[Mapping[str, object]]
) -> dict[str, object]:
    record: dict[str, object] = {name: sale[name] for name in SALE_FIELDS}
    record["lines"] = [{name: line[name] for name in LINE_FIELDS} for line in lines]
    return record


def append(
    conn: sqlite3.Connection,
    sale: Mapping[str, object],
    lines: Sequence[Mapping[str, object]],
) -> None:
    """Write one sale or refund with its lines, chained to the journal's head.

    The caller holds a write transaction (BEGIN IMMEDIATE), so no other till can slip a record
    in between reading the head and writing this one.
    """
    prev = head(conn, "sales")
    digest = chain_hash(prev, _hashable(sale, lines))
    conn.execute(_INSERT_SALE, {**sale, "prev_hash": prev, "hash": digest})
    conn.executemany(_INSERT_LINE, [{**line, "sale_id": sale["id"]} for line in lines])


def verify(conn: sqlite3.Connection) -> Break | None:
    """The first sales record whose link or content does not hold, or None."""
    prev = GENESIS
    lines_of = conn.cursor()
    for row in conn.execute("SELECT * FROM sales ORDER BY seq"):
        if row["prev_hash"] != prev:
            return Break("sales", row["seq"], "does not follow the record before it")
        lines = lines_of.execute(
            "SELECT * FROM sale_lines WHERE sale_id = ? ORDER BY line_no", (row["id"],)
        ).fetchall()
        if chain_hash(prev, _hashable(row, lines)) != row["hash"]:
            return Break(
                "sales", row["seq"], f"(sale {row['id']}) was changed after it was written"
            )
        prev = row["hash"]
    return None


def sale_row(conn: sqlite3.Connection, sale_id: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM sales WHERE id = ?", (sale_id,)
    ).fetchone()
    return row


def line_rows(conn: sqlite3.Connection, sale_id: str) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT * FROM sale_lines WHERE sale_id = ? ORDER BY line_no", (sale_id,)
    ).fetchall()


def refunded_so_far(conn: sqlite3.Connection, sale_id: str) -> dict[int, tuple[int, int, int]]:
    """Per original line: (qty, gross, discount) already refunded."""
    rows = conn.execute(
        "SELECT l.line_no, SUM(l.qty), SUM(l.gross), SUM(l.discount) FROM sale_lines l "
        "JOIN sales s ON s.id = l.sale_id WHERE s.refund_of = ? GROUP BY l.line_no",
        (sale_id,),
    )
    return {row[0]: (row[1], row[2], row[3]) for row in rows}

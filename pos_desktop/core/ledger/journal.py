"""The sales journal: append-only, hash-chained sale and refund records."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pos_desktop.core.ledger.hashchain import GENESIS, NOT_FOLLOWING, Break, chain_hash
from pos_desktop.core.text import QT_TRANSLATE_NOOP

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
# Fields added to the chained record later: a record's hash covers one only when it is set, so
# the records written before it existed still verify. `tender`: "payroll" for a sale charged to
# payroll (NULL: paid at the till). `backdated`: the moment a sale or refund was really entered,
# when it claims a moment well before that.
LATER_SALE_FIELDS = ("tender", "backdated")
RECORD_FIELDS = (*SALE_FIELDS, *LATER_SALE_FIELDS)
LINE_BASE_FIELDS = (
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
# Added to the chained line later, like the sale's later fields: a line's hash covers one only
# when it is set. `rule_key` and `rule_args` (JSON): the discount's reason as a key and its
# fields beside the English words of `rule`, so a reprint is worded in any language.
LATER_LINE_FIELDS = ("rule_key", "rule_args")
LINE_FIELDS = (*LINE_BASE_FIELDS, *LATER_LINE_FIELDS)

_INSERT_SALE = (
    f"INSERT INTO sales ({', '.join(RECORD_FIELDS)}, prev_hash, hash) "
    f"VALUES ({', '.join(':' + f for f in RECORD_FIELDS)}, :prev_hash, :hash)"
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
    import secrets  # with uuid (platform, socket), loaded on the first sale, not at the start
    import uuid

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
    present = sale.keys()
    for name in LATER_SALE_FIELDS:
        if name in present and sale[name] is not None:
            record[name] = sale[name]
    record["lines"] = [_hashable_line(line) for line in lines]
    return record


def _hashable_line(line: Mapping[str, object]) -> dict[str, object]:
    record = {name: line[name] for name in LINE_BASE_FIELDS}
    present = line.keys()
    for name in LATER_LINE_FIELDS:
        if name in present and line[name] is not None:
            record[name] = line[name]
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
    prev = head(conn)
    digest = chain_hash(prev, _hashable(sale, lines))
    later = {name: sale.get(name) for name in LATER_SALE_FIELDS}
    conn.execute(_INSERT_SALE, {**sale, **later, "prev_hash": prev, "hash": digest})
    unset = dict.fromkeys(LATER_LINE_FIELDS)
    conn.executemany(_INSERT_LINE, [{**unset, **line, "sale_id": sale["id"]} for line in lines])


CLOSE_FIELDS = ("day", "at", "till", "actor", "after_seq", "first_seq", "last_seq", "figures")


def head(conn: sqlite3.Connection) -> str:
    """The hash the journal's next record links to: its last sale or refund, or a day's close
    made after it."""
    row = conn.execute("SELECT seq, hash FROM sales ORDER BY seq DESC LIMIT 1").fetchone()
    seq, digest = (row[0], str(row[1])) if row else (0, GENESIS)
    close = conn.execute(
        "SELECT hash FROM day_closes WHERE after_seq = ? ORDER BY seq DESC LIMIT 1", (seq,)
    ).fetchone()
    return str(close[0]) if close else digest


def append_close(conn: sqlite3.Connection, record: Mapping[str, object]) -> str:
    """Write a day's close (CLOSE_FIELDS) into the chain after the journal's head; returns
    its hash. The caller holds the write transaction."""
    prev = head(conn)
    hashable = {name: record[name] for name in CLOSE_FIELDS}
    digest = chain_hash(prev, hashable)
    conn.execute(
        f"INSERT INTO day_closes ({', '.join(CLOSE_FIELDS)}, prev_hash, hash) "
        f"VALUES ({', '.join(':' + f for f in CLOSE_FIELDS)}, :prev_hash, :hash)",
        {**hashable, "prev_hash": prev, "hash": digest},
    )
    return digest


def verify(conn: sqlite3.Connection) -> Break | None:
    """The first journal record (sale, refund or day close) whose link or content does not
    hold, or None."""
    lines_of = conn.cursor()
    records = (
        (
            row,
            lines_of.execute(
                "SELECT * FROM sale_lines WHERE sale_id = ? ORDER BY line_no", (row["id"],)
            ).fetchall(),
        )
        for row in conn.execute("SELECT * FROM sales ORDER BY seq")
    )
    return ChainCheck().run(records, conn.execute("SELECT * FROM day_closes ORDER BY seq"))


Row = Mapping[str, Any]


class ChainCheck:
    """Walks one till's chain (its records in sequence order, each with its lines, and its day
    closes) from the genesis hash; `head` is the last hash that held. The till's own SQLite
    file and the central server's copy of its journal are checked the same way."""

    def __init__(self) -> None:
        self.head = GENESIS

    def run(
        self, records: Iterable[tuple[Row, Sequence[Row]]], day_closes: Iterable[Row]
    ) -> Break | None:
        closes: dict[int, list[Row]] = {}
        for close in day_closes:
            closes.setdefault(close["after_seq"], []).append(close)
        broken = self._closes(closes.pop(0, []))
        if broken is not None:
            return broken
        for row, lines in records:
            if row["prev_hash"] != self.head:
                return Break("sales", row["seq"], NOT_FOLLOWING.text())
            if chain_hash(self.head, _hashable(row, lines)) != row["hash"]:
                return Break(
                    "sales",
                    row["seq"],
                    QT_TRANSLATE_NOOP(
                        "Journal", "(sale {sale}) was changed after it was written"
                    ).format(sale=row["id"]),
                )
            self.head = row["hash"]
            broken = self._closes(closes.pop(row["seq"], []))
            if broken is not None:
                return broken
        for stray in sorted(c["seq"] for rows in closes.values() for c in rows):
            return Break(
                "day close",
                stray,
                QT_TRANSLATE_NOOP("Journal", "names a journal record that does not exist").text(),
            )
        return None

    def _closes(self, closes: list[Row]) -> Break | None:
        for close in closes:
            if close["prev_hash"] != self.head:
                return Break("day close", close["seq"], NOT_FOLLOWING.text())
            if chain_hash(self.head, {name: close[name] for name in CLOSE_FIELDS}) != close["hash"]:
                return Break(
                    "day close",
                    close["seq"],
                    QT_TRANSLATE_NOOP(
                        "Journal", "(day {day}) was changed after it was written"
                    ).format(day=close["day"]),
                )
            self.head = close["hash"]
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

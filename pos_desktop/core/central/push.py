"""A till's push into the central server: its new sales, refunds and day closes, and its
audit entries, each checked to follow the till's chain as the server holds it, so a record
pushed twice is counted once and a record that differs refuses the whole push.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

from psycopg import sql

from pos_desktop.core import clock
from pos_desktop.core.central.server import JOURNAL_LOCK, Connection
from pos_desktop.core.central.server_schema import AUDIT_COLUMNS, PUSHED_SALE_COLUMNS
from pos_desktop.core.errors import ChainDiverged, ServerError
from pos_desktop.core.ledger import journal
from pos_desktop.core.ledger.hashchain import GENESIS
from pos_desktop.core.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Pushed:
    records: int  # sales and refunds new to the server
    closes: int
    already: int  # records the server held from an earlier push that was not acknowledged


def push(
    conn: Connection,
    till: str,
    records: Sequence[tuple[Mapping[str, Any], Sequence[Mapping[str, Any]]]],
    closes: Sequence[Mapping[str, Any]],
) -> Pushed:
    """Add a till's journal records (each a sale or refund with its lines) and day closes,
    in one transaction. A record the server already holds is skipped, so a push retried after
    a lost acknowledgement never counts twice; one that differs from what the server holds
    is refused, and nothing of the push is kept.

    The records and lines are first copied into temporary tables (COPY, one stream each),
    before the journal's lock: every till's push waits for that lock, so it is held only while
    the server moves the rows over, and not while they travel from the till."""
    line_columns = ("sale_id", *journal.LINE_FIELDS)
    close_columns = ("chain_till", "seq", *journal.CLOSE_FIELDS, "prev_hash", "hash")
    with conn.transaction():
        if records:
            _copy_in(
                conn,
                "incoming_sales",
                "sales",
                PUSHED_SALE_COLUMNS,
                (tuple(sale[c] for c in PUSHED_SALE_COLUMNS) for sale, _ in records),
            )
            _copy_in(
                conn,
                "incoming_lines",
                "sale_lines",
                line_columns,
                (
                    (sale["id"], *(line[c] for c in journal.LINE_FIELDS))
                    for sale, lines in records
                    for line in lines
                ),
            )
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (JOURNAL_LOCK,))
        if conn.execute("SELECT 1 FROM tills WHERE id = %s", (till,)).fetchone() is None:
            raise ServerError(
                QT_TRANSLATE_NOOP(
                    "Server",
                    "till {till} has not joined this server; join it with "
                    "'pos-desktop init --till ID --server URL'",
                ).format(till=till)
            )
        new_records = 0
        if records:
            _refuse_not_following(conn, till, closes)
            new_records = conn.execute(_MOVE_SALES, (till,)).rowcount
            if new_records < len(records):
                # Some were held already: each must be the very same record (same place in
                # this till's chain, same hash), or the whole push is refused.
                differing = conn.execute(_DIFFERING_SALE, (till,)).fetchone()
                if differing is not None:
                    _refuse_different(till, "sales", differing["seq"])
            # The lines of a record held already are there too (it came in one transaction
            # with them, and its hash covers them).
            conn.execute(_MOVE_LINES)
        new_closes = 0
        with conn.cursor() as cur:
            for close in closes:
                cur.execute(
                    _insert_sql("day_closes", close_columns, returning="seq"),
                    {**close, "chain_till": till},
                )
                if cur.fetchone() is None:
                    _same_as_held(conn, "day_closes", till, close)
                else:
                    new_closes += 1
        conn.execute(
            "UPDATE tills SET last_push_at = %s WHERE id = %s", (clock.stamp(clock.now()), till)
        )
    return Pushed(new_records, new_closes, len(records) - new_records)


_MOVE_SALES = sql.SQL(
    "INSERT INTO sales (chain_till, {cols}) SELECT %s, {cols} FROM incoming_sales "
    "ORDER BY seq ON CONFLICT DO NOTHING"
).format(cols=sql.SQL(", ").join(map(sql.Identifier, PUSHED_SALE_COLUMNS)))
_DIFFERING_SALE = (
    "SELECT i.seq FROM incoming_sales i LEFT JOIN sales s "
    "ON s.chain_till = %s AND s.seq = i.seq "
    "WHERE s.hash IS DISTINCT FROM i.hash ORDER BY i.seq LIMIT 1"
)
_MOVE_LINES = sql.SQL(
    "INSERT INTO sale_lines ({cols}) SELECT {cols} FROM incoming_lines ON CONFLICT DO NOTHING"
).format(cols=sql.SQL(", ").join(map(sql.Identifier, ("sale_id", *journal.LINE_FIELDS))))


def _refuse_not_following(conn: Connection, till: str, closes: Sequence[Mapping[str, Any]]) -> None:
    """The first record new to the server must come right after the server's last one for
    the till (its sequence number) and link to it (its hash, or a day close's made after it):
    a till whose history was cut short, rewritten or replaced is refused, not mixed in."""
    first = conn.execute(
        "SELECT i.seq, i.prev_hash FROM incoming_sales i WHERE i.seq > "
        "(SELECT COALESCE(max(seq), 0) FROM sales WHERE chain_till = %s) ORDER BY i.seq LIMIT 1",
        (till,),
    ).fetchone()
    if first is None:
        return
    held = conn.execute(
        "SELECT seq, hash FROM sales WHERE chain_till = %s ORDER BY seq DESC LIMIT 1", (till,)
    ).fetchone()
    last, head = (held["seq"], held["hash"]) if held else (0, GENESIS)
    links = {head}
    links.update(
        r["hash"]
        for r in conn.execute(
            "SELECT hash FROM day_closes WHERE chain_till = %s AND after_seq = %s", (till, last)
        )
    )
    links.update(str(c["hash"]) for c in closes if c["after_seq"] == last)
    if first["seq"] != last + 1 or first["prev_hash"] not in links:
        raise ChainDiverged(
            QT_TRANSLATE_NOOP(
                "Server",
                "till {till}'s record {seq} does not follow the server's last record of it "
                "({last}): this till's history differs from what the server holds (its "
                "database was replaced, cut short or rewritten); nothing was pushed",
            ).format(till=till, seq=first["seq"], last=last)
        )


def _copy_in(
    conn: Connection,
    name: str,
    like: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
) -> None:
    """A temporary table `name` with `like`'s types for `columns` (no constraints, no
    defaults: no change number is drawn here), dropped at commit, filled by one COPY."""
    names = sql.SQL(", ").join(map(sql.Identifier, columns))
    conn.execute(
        sql.SQL("CREATE TEMP TABLE {} ON COMMIT DROP AS SELECT {} FROM {} WITH NO DATA").format(
            sql.Identifier(name), names, sql.Identifier(like)
        )
    )
    with conn.cursor().copy(
        sql.SQL("COPY {} ({}) FROM STDIN").format(sql.Identifier(name), names)
    ) as copy:
        for row in rows:
            copy.write_row(row)


def _insert_sql(table: str, columns: Sequence[str], returning: str | None = None) -> sql.Composed:
    statement = sql.SQL("INSERT INTO {} ({}) VALUES ({}) ON CONFLICT DO NOTHING").format(
        sql.Identifier(table),
        sql.SQL(", ").join(map(sql.Identifier, columns)),
        sql.SQL(", ").join(map(sql.Placeholder, columns)),
    )
    if returning is not None:
        statement += sql.SQL(" RETURNING {}").format(sql.Identifier(returning))
    return statement


def _same_as_held(conn: Connection, table: str, till: str, record: Mapping[str, Any]) -> None:
    """A record the server already has must be the very same (same place, same hash)."""
    held = conn.execute(
        sql.SQL("SELECT chain_till, seq, hash FROM {} WHERE chain_till = %s AND seq = %s").format(
            sql.Identifier(table)
        ),
        (till, record["seq"]),
    ).fetchone()
    if held is None or held["hash"] != record["hash"]:
        _refuse_different(till, table, record["seq"])


def _refuse_different(till: str, table: str, seq: int) -> NoReturn:
    """Refuse a push whose record `seq` (of `table`: sales or day_closes) differs from the
    server's."""
    if table == "sales":
        different = QT_TRANSLATE_NOOP(
            "Server",
            "the server holds a different sale or refund at till {till}'s record {seq}: this "
            "till's journal is not the one that joined as {till}; nothing was pushed",
        )
    else:
        different = QT_TRANSLATE_NOOP(
            "Server",
            "the server holds a different day close at till {till}'s record {seq}: this "
            "till's journal is not the one that joined as {till}; nothing was pushed",
        )
    raise ServerError(different.format(till=till, seq=seq))


def push_audit(conn: Connection, till: str, entries: Sequence[Mapping[str, Any]]) -> int:
    """Add a till's audit entries (kept by the till's sequence number, so a retried push
    adds each once); how many were new."""
    columns = ("chain_till", *AUDIT_COLUMNS, "prev_hash", "hash")
    new = 0
    with conn.transaction(), conn.cursor() as cur:
        for entry in entries:
            cur.execute(
                _insert_sql("audit_log", columns, returning="seq"), {**entry, "chain_till": till}
            )
            new += cur.fetchone() is not None
    return new

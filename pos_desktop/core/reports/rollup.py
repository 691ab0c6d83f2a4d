"""Sums of the sales journal per store day, kept so that reports over a year need not read it.

The journal is append-only: once a record is in, the sums of the records up to it never
change. The rollup holds, per store-local day (per month by employee, who are too many for
one row each per day) and per grouping of the discount report, the count, gross and discount
of sales and of refunds apart, for every journal record up to its mark (a sequence number).
A report first brings the rollup up to the journal's last record, then reads it for the days
it covers and the journal itself for the rest (`reports.discounts`).

The days are the store's days in the time zone stored with the rollup; when the store's zone
changes, the rollup is built again from the first record. Filling reads a bounded chunk of
records without holding the write lock, then writes its sums under a brief BEGIN IMMEDIATE,
so a till waits at most for one chunk's upsert.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from zoneinfo import ZoneInfo

from pos_desktop.core import clock
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.rules import Rules

CHUNK = 20_000  # journal records summed per write
NO_KEY = "-"
# What a rollup row's `start` is: the store day itself, or the first day of its month.
GRAIN = {
    "day": "day",
    "category": "day",
    "department": "day",
    "company": "day",
    "policy": "day",
    "employee": "month",
}
# A zone's offset is looked up this far apart to find where it changes (daylight saving and
# the like); no zone changes its offset twice within it.
_OFFSET_STEP = dt.timedelta(hours=6)

# Each grouping as the discount report counts it (reports.discounts): by employee, department
# and company only staff purchases; a missing key is NO_KEY; by category a sale counts once
# in each category it has lines in.
_FILL_SQL = """
WITH chunk AS MATERIALIZED (
    SELECT seq, id, kind, employee_no, department, company, policy, subtotal, discount,
           date(at, {offset}) AS day
    FROM sales WHERE seq > :mark AND seq <= :top)
SELECT 'day', day, '', kind, COUNT(*), SUM(subtotal), SUM(discount)
    FROM chunk GROUP BY 2, 3, 4
UNION ALL
SELECT 'employee', substr(day, 1, 8) || '01', employee_no, kind, COUNT(*), SUM(subtotal),
       SUM(discount)
    FROM chunk WHERE employee_no IS NOT NULL GROUP BY 2, 3, 4
UNION ALL
SELECT 'department', day, COALESCE(department, '-'), kind, COUNT(*), SUM(subtotal),
       SUM(discount)
    FROM chunk WHERE employee_no IS NOT NULL GROUP BY 2, 3, 4
UNION ALL
SELECT 'company', day, COALESCE(company, '-'), kind, COUNT(*), SUM(subtotal), SUM(discount)
    FROM chunk WHERE employee_no IS NOT NULL GROUP BY 2, 3, 4
UNION ALL
SELECT 'policy', day, COALESCE(policy, '-'), kind, COUNT(*), SUM(subtotal), SUM(discount)
    FROM chunk GROUP BY 2, 3, 4
UNION ALL
SELECT 'category', c.day, l.category, c.kind, COUNT(DISTINCT c.seq), SUM(l.gross),
       SUM(l.discount)
    FROM chunk c JOIN sale_lines l ON l.sale_id = c.id GROUP BY 2, 3, 4
"""
_UPSERT = (
    "INSERT INTO report_rollup (dimension, start, key, kind, records, gross, discount) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dimension, start, key, kind) DO UPDATE SET "
    "records = records + excluded.records, gross = gross + excluded.gross, "
    "discount = discount + excluded.discount"
)


def refresh(conn: sqlite3.Connection, rules: Rules, *, most: int | None = None) -> bool:
    """Sum every journal record past the rollup's mark into it (at most `most` of them).

    False when the rollup could not be written (a read-only or long-busy database, or a
    transaction already open on this connection): the caller then reads the journal alone.
    """
    zone = rules.settings.timezone
    done = 0
    try:
        while most is None or done < most:
            stored = _state(conn)
            mark = stored[1] if stored is not None and stored[0] == zone else 0
            last = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM sales").fetchone()[0]
            if stored == (zone, mark) and mark >= last:
                return True
            top = min(last, mark + CHUNK, mark + (most - done if most is not None else CHUNK))
            summed = sums(conn, rules.settings.tz, mark, top) if top > mark else []
            with write_transaction(conn):
                if _state(conn) != stored:
                    continue  # another process filled it meanwhile: look again
                if mark == 0:  # a first fill, or the store's time zone changed: start over
                    conn.execute("DELETE FROM report_rollup")
                conn.executemany(_UPSERT, summed)
                conn.execute(
                    "INSERT INTO report_rollup_state (id, timezone, mark) VALUES (1, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET timezone = excluded.timezone, "
                    "mark = excluded.mark",
                    (zone, top),
                )
            done += top - mark
    except sqlite3.OperationalError:
        return False
    return True


def behind(conn: sqlite3.Connection, rules: Rules) -> tuple[int, int]:
    """(journal records not summed yet, all journal records): how far the rollup lags."""
    last = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM sales").fetchone()[0]
    summed = mark(conn, rules) or 0
    return max(last - summed, 0), last


def mark(conn: sqlite3.Connection, rules: Rules) -> int | None:
    """The last journal record the rollup holds, or None when it holds the days of another
    time zone than the store's (or nothing yet)."""
    stored = _state(conn)
    if stored is None or stored[0] != rules.settings.timezone:
        return None
    return stored[1]


def _state(conn: sqlite3.Connection) -> tuple[str, int] | None:
    row = conn.execute("SELECT timezone, mark FROM report_rollup_state WHERE id = 1").fetchone()
    return (str(row[0]), int(row[1])) if row else None


def sums(conn: sqlite3.Connection, tz: ZoneInfo, mark: int, top: int) -> list[tuple[object, ...]]:
    """The rollup's rows (dimension, start, key, kind, records, gross, discount) for the
    journal's records after `mark` up to `top`."""
    lower, upper = conn.execute(
        "SELECT MIN(at), MAX(at) FROM sales WHERE seq > ? AND seq <= ?", (mark, top)
    ).fetchone()
    if lower is None:
        return []
    offset, params = local_day_offset("at", tz, lower, upper)
    bound: dict[str, object] = {**params, "mark": mark, "top": top}
    return [tuple(row) for row in conn.execute(_FILL_SQL.format(offset=offset), bound)]


def local_day_offset(
    column: str, tz: ZoneInfo, lower: str, upper: str
) -> tuple[str, dict[str, str]]:
    """An SQL modifier that turns the UTC stamp in `column` into store-local time with
    SQLite's date(): `date(column, <modifier>)` is the store day of any stamp between
    lower and upper (both included). Exact across the zone's offset changes."""
    changes = offset_changes(tz, clock.parse_stamp(lower), clock.parse_stamp(upper))
    params = {f"o{n}": f"{seconds:+d} seconds" for n, (_, seconds) in enumerate(changes)}
    if len(changes) == 1:
        return ":o0", params
    branches = []
    for n, (moment, _) in enumerate(changes[1:], start=1):
        params[f"b{n}"] = clock.stamp(moment)
        branches.append(f"WHEN {column} < :b{n} THEN :o{n - 1}")
    return f"CASE {' '.join(branches)} ELSE :o{len(changes) - 1} END", params


def offset_changes(
    tz: ZoneInfo, lower: dt.datetime, upper: dt.datetime
) -> list[tuple[dt.datetime, int]]:
    """The zone's UTC offset in seconds from `lower` on, and each moment up to `upper` at
    which it changes: [(lower, offset), (change, new offset), ...]."""

    def offset(moment: dt.datetime) -> int:
        delta = moment.astimezone(tz).utcoffset()
        return int(delta.total_seconds()) if delta is not None else 0

    start = lower.replace(microsecond=0)
    changes = [(lower, offset(start))]
    moment = start
    while moment <= upper:
        following = moment + _OFFSET_STEP
        if offset(following) != changes[-1][1]:
            # Offsets change on a whole second: narrow down to it.
            before, after = moment, following
            while after - before > dt.timedelta(seconds=1):
                middle = before + (after - before) // 2
                middle = middle.replace(microsecond=0)
                if offset(middle) == changes[-1][1]:
                    before = middle
                else:
                    after = middle
            changes.append((after, offset(after)))
        moment = following
    return changes


def covered(by: str, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the part of [start, end] that whole rollup rows of `by`
    cover (the whole of it by day; the whole months in it by month), or None."""
    if GRAIN[by] == "day":
        return start, end
    first = (
        start if start.day == 1 else (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    )
    last = (
        end if (end + dt.timedelta(days=1)).day == 1 else end.replace(day=1) - dt.timedelta(days=1)
    )
    return (first, last) if first <= last else None


def read(conn: sqlite3.Connection, by: str, first: dt.date, last: dt.date) -> Iterator[sqlite3.Row]:
    """key, kind, records, gross and discount of `by` for the rollup rows from first to last;
    by day the key is the day."""
    key = "start" if by == "day" else "key"
    yield from conn.execute(
        f"SELECT {key} AS key, kind, SUM(records) AS records, SUM(gross) AS gross, "
        "SUM(discount) AS discount FROM report_rollup WHERE dimension = ? AND start >= ? "
        f"AND start <= ? GROUP BY {key}, kind",
        (by, first.isoformat(), last.isoformat()),
    )


@contextlib.contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction, so the rollup's mark, its rows and the journal past the mark
    are read as of the same moment."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")

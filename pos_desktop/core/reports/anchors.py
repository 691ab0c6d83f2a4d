"""What `journal verify` checks beyond the hash chain, against what the shop keeps outside the
file and against the journal's own records.

The chain shows a record changed in place; it cannot show a journal cut short or rewritten and
hashed again from the start, since whoever holds the file can do that. Hashes kept elsewhere
can: the head printed on each Z report (`--anchor`), a backup's journal (`--against`), the
server's copy of a chain till's records (`sync` and `journal verify --server`). And the figures
derived from the journal must agree with it: each day close's totals with the sales it covers,
and the reports' per-day sums (`report_rollup`) with the records they sum.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from pos_desktop.core.errors import InputError
from pos_desktop.core.reports import rollup
from pos_desktop.core.reports.closing import STORE_DAYS, count_day
from pos_desktop.core.reports.figures import Period
from pos_desktop.core.rules import Rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Template, Text

SALES = QT_TRANSLATE_NOOP("Anchors", "sales")
CLOSE = QT_TRANSLATE_NOOP("Anchors", "day close")
AUDIT = QT_TRANSLATE_NOOP("Anchors", "audit")
HASH = re.compile(r"^[0-9a-f]{12,64}$")  # a printed anchor may be cut to its first 12 digits


def read_anchor(text: str) -> str:
    """An anchor as typed from a Z report (spaces and case ignored); InputError otherwise."""
    anchor = "".join(text.split()).lower()
    if not HASH.match(anchor):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Anchors",
                "--anchor {anchor} is not a journal hash (12 to 64 digits 0-9 and a-f, as the "
                "Z report prints it)",
            ).format(anchor=text)
        )
    return anchor


def missing_anchor(conn: sqlite3.Connection, anchors: list[str]) -> Text | None:
    """The first anchor no record of the journal carries (run on a journal whose chain holds:
    every record's hash then follows from the ones before it), or None."""
    for anchor in anchors:
        found = conn.execute(
            "SELECT 1 FROM sales WHERE substr(hash, 1, ?) = ? "
            "UNION ALL SELECT 1 FROM day_closes WHERE substr(hash, 1, ?) = ? LIMIT 1",
            (len(anchor), anchor, len(anchor), anchor),
        ).fetchone()
        if found is None:
            return QT_TRANSLATE_NOOP(
                "Anchors",
                "no record of this journal carries the anchor {anchor}: the journal was cut "
                "short or rewritten since that hash was kept",
            ).format(anchor=anchor)
    return None


def backup_differs(conn: sqlite3.Connection, backup: Path) -> Text | None:
    """The first record of the backup's journal or audit log that the live file does not hold,
    the same, at the same place (a backup's records are a prefix of the live ones), or None."""
    if not backup.is_file():
        raise InputError(
            QT_TRANSLATE_NOOP("Anchors", "--against {file}: there is no such file").format(
                file=backup
            )
        )
    try:
        other = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            theirs = other.execute("SELECT seq, hash FROM sales ORDER BY seq").fetchall()
            their_closes = other.execute(
                "SELECT seq, day, hash FROM day_closes ORDER BY seq"
            ).fetchall()
            their_audit = other.execute("SELECT seq, hash FROM audit ORDER BY seq").fetchall()
        finally:
            other.close()
    except sqlite3.DatabaseError:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Anchors", "--against {file} is not a pos-desktop database or backup"
            ).format(file=backup)
        ) from None
    ours = dict(conn.execute("SELECT seq, hash FROM sales"))
    for seq, digest in theirs:
        if ours.get(seq) != digest:
            what = "missing" if seq not in ours else "different"
            return _backup_words(what).format(file=backup.name, kind=SALES.text(), seq=seq)
    our_closes = {row[0]: row[2] for row in conn.execute("SELECT seq, day, hash FROM day_closes")}
    for seq, _day, digest in their_closes:
        if our_closes.get(seq) != digest:
            what = "missing" if seq not in our_closes else "different"
            return _backup_words(what).format(file=backup.name, kind=CLOSE.text(), seq=seq)
    our_audit = dict(conn.execute("SELECT seq, hash FROM audit"))
    for seq, digest in their_audit:
        if our_audit.get(seq) != digest:
            what = "missing" if seq not in our_audit else "different"
            return _backup_words(what).format(file=backup.name, kind=AUDIT.text(), seq=seq)
    return None


def _backup_words(what: str) -> Template:
    if what == "missing":
        return QT_TRANSLATE_NOOP(
            "Anchors",
            "the backup {file} holds {kind} record {seq}, which this journal no longer has: "
            "the journal was cut short since the backup was taken",
        )
    return QT_TRANSLATE_NOOP(
        "Anchors",
        "{kind} record {seq} differs from the one in the backup {file}: the journal was "
        "rewritten since the backup was taken",
    )


def closes_differ(conn: sqlite3.Connection, rules: Rules) -> Text | None:
    """The first day close whose figures are not what the journal's records of that day add
    up to, or None."""
    import datetime as dt

    for row in conn.execute(f"SELECT * FROM day_closes WHERE {STORE_DAYS} ORDER BY seq").fetchall():
        day = dt.date.fromisoformat(row["day"])
        stored = json.loads(row["figures"])
        period = Period.of(rules, day, day)
        counted, first, last = count_day(conn, period, row["after_seq"], stored.get("currency"))
        if counted != stored or (first, last) != (row["first_seq"], row["last_seq"]):
            return QT_TRANSLATE_NOOP(
                "Anchors",
                "the close of {day} says other totals than its sales and refunds add up to: "
                "the journal or the close was rewritten",
            ).format(day=day.isoformat())
    return None


def rollup_differs(conn: sqlite3.Connection, rules: Rules) -> Text | None:
    """The first of the reports' sums (report_rollup) that is not what the journal's records
    up to its mark add up to, or None (also when there is no rollup yet)."""
    mark = rollup.mark(conn, rules)
    if not mark:
        return None
    stored = {
        (r[0], r[1], r[2], r[3]): (r[4], r[5], r[6])
        for r in conn.execute(
            "SELECT dimension, start, key, kind, records, gross, discount FROM report_rollup"
        )
    }
    counted = {
        (r[0], r[1], r[2], r[3]): (r[4], r[5], r[6])
        for r in rollup.sums(conn, rules.settings.tz, 0, mark)
    }
    for key in sorted(set(stored) | set(counted)):
        if stored.get(key) != counted.get(key):
            return QT_TRANSLATE_NOOP(
                "Anchors",
                "the reports' sums for {start} are not what the journal's records add up to: "
                "they were changed outside the app",
            ).format(start=key[1])
    return None

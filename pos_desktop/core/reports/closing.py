"""The daily close: a day's totals written into the sales journal's chain, once per day.

A close counts every sale and refund whose moment falls on the store-local day: totals by
kind of customer, discounts, refunds, supervisor overrides, the day's first and last journal
sequence numbers and the journal's head hash at closing. It is a record of the chain itself
(`journal.append_close`), so the next day's first sale links to it and `journal verify`
checks it; the day cannot be closed again, and a closed day takes no more sales or refunds.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from pos_desktop.core import clock
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.errors import InputError
from pos_desktop.core.ledger import journal
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.ledger.hashchain import canonical_json
from pos_desktop.core.reports import rollup
from pos_desktop.core.reports.figures import Period
from pos_desktop.core.rules import Rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP

# Kinds of customer in the order a close lists them; a blocked badge is rung at the regular
# price whatever its holder is, so it is a kind of its own.
CUSTOMER_KINDS = ("employee", "dependant", "group_employee", "department", "external", "blocked")
ROLLUP_AT_CLOSE = 100_000  # journal records summed into the report rollup at most per close


@dataclass(frozen=True)
class KindTotals:
    kind: str
    sales: int
    refunds: int
    gross: int  # net of refunds, like discount and total
    discount: int

    @property
    def total(self) -> int:
        return self.gross - self.discount


@dataclass(frozen=True)
class DayClose:
    day: dt.date
    at: dt.datetime
    till: str
    actor: str
    kinds: tuple[KindTotals, ...]
    refunded: int  # what the day's refunds paid back
    overrides: int
    first_seq: int | None
    last_seq: int | None
    head: str  # the journal's head when the day was closed: the close links to it
    hash: str  # the close's own hash: the next record links to it
    # The anchor printed on the Z report, kept outside the file: the journal's head right
    # after the close (its hash), how many records the journal then held (sales, refunds and
    # day closes) and its last sale or refund's sequence number.
    after_seq: int = 0
    records: int = 0

    @property
    def anchor(self) -> dict[str, object]:
        """What `journal verify --anchor` and a person comparing `journal verify` use."""
        return {"head_hash": self.hash, "records": self.records, "last_seq": self.after_seq}

    @property
    def sales(self) -> int:
        return sum(k.sales for k in self.kinds)

    @property
    def refunds(self) -> int:
        return sum(k.refunds for k in self.kinds)

    @property
    def gross(self) -> int:
        return sum(k.gross for k in self.kinds)

    @property
    def discount(self) -> int:
        return sum(k.discount for k in self.kinds)

    @property
    def total(self) -> int:
        return self.gross - self.discount


_KIND_SQL = (
    "SELECT CASE WHEN customer_status = 'internal' THEN customer_kind ELSE customer_status END "
    "AS customer, kind AS record, COUNT(*) AS n, SUM(subtotal) AS gross, "
    "SUM(discount) AS discount, SUM(total) AS total, SUM(override_by IS NOT NULL) AS overrides, "
    "MIN(seq) AS first_seq, MAX(seq) AS last_seq FROM sales WHERE at >= ? AND at < ? AND seq <= ? "
    "GROUP BY 1, 2"
)


def close_day(
    conn: sqlite3.Connection, rules: Rules, day: dt.date, *, actor: str, at: dt.datetime
) -> DayClose:
    """Close `day` (store-local) at the moment `at`: count it, chain it, audit it."""
    tz = rules.settings.tz
    today = at.astimezone(tz).date()
    if day > today:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Closing", "{day} has not begun yet (today is {today}); close a day once it is over"
            ).format(day=day, today=today)
        )
    period = Period.of(rules, day, day)
    with write_transaction(conn):
        earlier = load(conn, day)
        if earlier is not None:
            when = earlier.at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Closing",
                    "{day} is already closed (at {when} by {actor}); a day is closed once",
                ).format(day=day, when=when, actor=earlier.actor)
            )
        after = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM sales").fetchone()[0]
        figures, first, last = count_day(conn, period, after, rules.settings.currency)
        record = {
            "day": day.isoformat(),
            "at": clock.stamp(at),
            "till": rules.settings.till,
            "actor": actor,
            "after_seq": after,
            "first_seq": first,
            "last_seq": last,
            "figures": canonical_json(figures),
        }
        journal.append_close(conn, record)
        record_audit(
            conn,
            till=rules.settings.till,
            actor=actor,
            action="day.close",
            subject=day.isoformat(),
            after={"first_seq": first, "last_seq": last},
            at=clock.stamp(at),
        )
        closed = load(conn, day)
    assert closed is not None
    # The report's sums per day (core/reports/rollup.py) catch up with the day just closed; bounded,
    # so that a first close after an upgrade does not stall on a year of records.
    rollup.refresh(conn, rules, most=ROLLUP_AT_CLOSE)
    return closed


def count_day(
    conn: sqlite3.Connection, period: Period, after_seq: int, currency: str
) -> tuple[dict[str, object], int | None, int | None]:
    """A day's figures as its close stores them, and its first and last record, from the
    journal's records up to `after_seq` (`journal verify` counts a closed day again so)."""
    kinds: dict[str, dict[str, int]] = {}
    refunded = overrides = 0
    first: int | None = None
    last: int | None = None
    for row in conn.execute(_KIND_SQL, (period.lower, period.upper, after_seq)):
        totals = kinds.setdefault(
            row["customer"] or "external",
            {"sales": 0, "refunds": 0, "gross": 0, "discount": 0},
        )
        sign = 1 if row["record"] == "sale" else -1
        totals["sales" if sign > 0 else "refunds"] += row["n"]
        totals["gross"] += sign * row["gross"]
        totals["discount"] += sign * row["discount"]
        if sign < 0:
            refunded += row["total"]
        overrides += row["overrides"]
        first = row["first_seq"] if first is None else min(first, row["first_seq"])
        last = row["last_seq"] if last is None else max(last, row["last_seq"])
    figures = {"currency": currency, "kinds": kinds, "refunded": refunded, "overrides": overrides}
    return figures, first, last


def load(conn: sqlite3.Connection, day: dt.date) -> DayClose | None:
    """The stored close of `day`, or None when the day is still open."""
    row = conn.execute("SELECT * FROM day_closes WHERE day = ?", (day.isoformat(),)).fetchone()
    if row is None:
        return None
    figures = json.loads(row["figures"])
    stored = figures["kinds"]  # canonical JSON sorts the kinds by name: put them back in order
    kinds = tuple(
        KindTotals(kind, t["sales"], t["refunds"], t["gross"], t["discount"])
        for kind, t in sorted(
            stored.items(),
            key=lambda item: CUSTOMER_KINDS.index(item[0]) if item[0] in CUSTOMER_KINDS else 99,
        )
    )
    return DayClose(
        dt.date.fromisoformat(row["day"]),
        clock.parse_stamp(row["at"]),
        row["till"],
        row["actor"],
        kinds,
        figures["refunded"],
        figures["overrides"],
        row["first_seq"],
        row["last_seq"],
        row["prev_hash"],
        row["hash"],
        row["after_seq"],
        records_up_to(conn, row["after_seq"], row["seq"]),
    )


def records_up_to(conn: sqlite3.Connection, after_seq: int, close_seq: int) -> int:
    """How many journal records there are up to a close: sales and refunds to `after_seq`
    and day closes to the close's own `close_seq`, itself included."""
    row = conn.execute(
        "SELECT (SELECT COUNT(*) FROM sales WHERE seq <= ?) "
        "+ (SELECT COUNT(*) FROM day_closes WHERE seq <= ?)",
        (after_seq, close_seq),
    ).fetchone()
    return int(row[0])


# The rows of day_closes that close a store day: the same chain also holds the payroll
# closes (core/payroll.py), whose `day` is "payroll:" and a date.
STORE_DAYS = "day NOT LIKE '%:%'"


def refuse_if_closed(conn: sqlite3.Connection, rules: Rules, moment: dt.datetime) -> None:
    """A sale or refund may not land on a day already closed, nor before the last one."""
    day = moment.astimezone(rules.settings.tz).date()
    last = conn.execute(f"SELECT MAX(day) FROM day_closes WHERE {STORE_DAYS}").fetchone()[0]
    if last is None or day.isoformat() > last:
        return
    if day.isoformat() == last:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Closing",
                "the day {day} is already closed; nothing was recorded (sales and refunds "
                "resume on the next day)",
            ).format(day=day)
        )
    raise InputError(
        QT_TRANSLATE_NOOP(
            "Closing",
            "{day} is before the last closed day, {closed}; nothing was recorded (a closed "
            "day's figures cannot change)",
        ).format(day=day, closed=last)
    )

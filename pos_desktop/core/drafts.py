"""The basket a till is ringing up, kept in the database on every change.

A till killed mid-sale (a power cut, a crash) finds its basket again when it restarts: the
customer's badge and each line (a SKU and quantity, or an open amount). Nothing in a draft is
sold: a sale removes its draft in the same transaction that records it. A supervisor's
approval is not kept (it carries a PIN); after a restart it is asked for again.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass

from pos_desktop.core import clock
from pos_desktop.core.db.storage import without_fsync, write_transaction
from pos_desktop.core.pricing import BasketLine


def station(till: str) -> str:
    """Which till a draft belongs to: the till code and the computer it runs on."""
    if hasattr(os, "uname"):  # the host name socket.gethostname() gives, without loading socket
        return f"{till}@{os.uname().nodename}"
    import socket  # Windows

    return f"{till}@{socket.gethostname()}"


@dataclass(frozen=True)
class Draft:
    """A saved basket: the customer's badge (None: a walk-in) and its lines as stored."""

    customer: str | None
    cashier_no: str | None
    saved_at: str
    lines: list[dict[str, object]]
    blocked_badge: str | None = None  # see TillSession: a switch from these needs a supervisor
    person_badge: str | None = None


def line_entry(line: BasketLine) -> dict[str, object]:
    """One basket line as a draft keeps it: a product by SKU, an open amount by category."""
    if line.sku is not None:
        return {"sku": line.sku, "qty": line.qty}
    return {"category": line.category, "amount": line.unit_price, "qty": line.qty}


def save(
    conn: sqlite3.Connection,
    key: str,
    customer: str | None,
    lines: list[BasketLine],
    cashier_no: str | None,
    blocked_badge: str | None = None,
    person_badge: str | None = None,
) -> None:
    """Keep the basket (an empty basket without a customer removes the draft). Not flushed to
    disk: a scan must not wait for the disk. A killed till finds it; a power cut may take the
    last few changes with it (a sale is always flushed, and flushes them too)."""
    with without_fsync(conn), write_transaction(conn):
        if not lines and customer is None and blocked_badge is None and person_badge is None:
            forget(conn, key)
            return
        conn.execute(
            "INSERT OR REPLACE INTO drafts (station, saved_at, cashier_no, customer, lines, "
            "blocked_badge, person_badge) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                key,
                clock.stamp(clock.now()),
                cashier_no,
                customer,
                json.dumps([line_entry(line) for line in lines]),
                blocked_badge,
                person_badge,
            ),
        )


def forget(conn: sqlite3.Connection, key: str) -> None:
    """Remove the draft; the caller holds the write transaction (a sale's, or save's)."""
    conn.execute("DELETE FROM drafts WHERE station = ?", (key,))


def load(conn: sqlite3.Connection, key: str) -> Draft | None:
    row = conn.execute(
        "SELECT customer, cashier_no, saved_at, lines, blocked_badge, person_badge FROM drafts "
        "WHERE station = ?",
        (key,),
    ).fetchone()
    if row is None:
        return None
    try:
        lines = json.loads(row[3])
    except ValueError:
        lines = []
    if not isinstance(lines, list):
        lines = []
    return Draft(row[0], row[1], row[2], [e for e in lines if isinstance(e, dict)], row[4], row[5])

"""The allowance confirmed with the chain's server at checkout: one round trip, a short wait,
then the till's own knowledge (and the store's offline limit) when the server does not answer.

A till on its own never creates one; a chain till loads psycopg only when a staff scan first
needs the server, so the till's start-up does not pay for it.
"""

from __future__ import annotations

import sqlite3
import time
import weakref
from typing import Any

ANSWER_MS = 800  # the longest a scan waits for the server's answer
RETRY_SECONDS = 30.0  # after no answer, scans use the offline rules this long before asking again

_OTHERS_SQL = (
    "SELECT COALESCE(SUM(allowance_delta), 0) AS used FROM sales WHERE employee_no = %s "
    "AND period_at >= %s AND period_at < %s AND chain_till <> %s"
)


class ServerAllowance:
    """Asks the server what the other tills have used of an employee's allowance."""

    def __init__(self, url: str, till: str) -> None:
        self.url = url
        self.till = till
        self.online: bool | None = None  # None: not asked yet
        self.last_answer: float | None = None  # time.monotonic() of the last answer
        self._held: list[Any] = []  # the open connection, if any (closed when this goes)
        self._retry_at = 0.0
        weakref.finalize(self, _close_all, self._held)

    def used(self, employee_no: str, lo: str, hi: str) -> int | None:
        if time.monotonic() < self._retry_at:
            return None
        import psycopg

        try:
            if not self._held:
                self._held.append(
                    psycopg.connect(
                        self.url,
                        connect_timeout=2,  # libpq's least
                        options=f"-c statement_timeout={ANSWER_MS}",
                        autocommit=True,
                    )
                )
            row = self._held[0].execute(_OTHERS_SQL, (employee_no, lo, hi, self.till)).fetchone()
        except psycopg.Error:
            self.close()
            self.online = False
            self._retry_at = time.monotonic() + RETRY_SECONDS
            return None
        self.online = True
        self.last_answer = time.monotonic()
        return int(row[0])

    def close(self) -> None:
        _close_all(self._held)


def _close_all(held: list[Any]) -> None:
    while held:
        held.pop().close()


def for_till(conn: sqlite3.Connection) -> ServerAllowance | None:
    """The server check for a till that joined a chain (None for a till on its own)."""
    try:
        row = conn.execute("SELECT server_url, till FROM sync_state WHERE id = 1").fetchone()
    except sqlite3.OperationalError:
        return None
    return ServerAllowance(row[0], row[1]) if row is not None else None

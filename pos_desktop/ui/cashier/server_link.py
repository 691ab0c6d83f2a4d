"""A chain till's link to the server, kept up in the background: a sync every minute on its
own thread and connection, and one line for the header (online, offline, last sync).

While the server is down the header counts the sales waiting to be sent. Counting them all
takes tens of milliseconds once thousands wait (an outage of a busy day), so the sync's own
thread counts them after each round, and the window adds only its sales since."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time

from PySide6.QtCore import QObject, QTimer, Signal

from pos_desktop.core.central import sync
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import database_file, open_database
from pos_desktop.core.errors import PosError
from pos_desktop.i18n import translate

INTERVAL_MS = 60_000


Unsent = tuple[int, int]  # how many sales wait to be sent, counted up to this sequence number


class _Round(QObject):
    """One sync on its own thread and connection (the till keeps selling meanwhile), and a
    count of what is still to send after it; its results come to the window's thread as
    signals. The thread is a daemon that nobody waits for: a round held by a frozen server
    (a sync has no answer to wait for in time) never keeps a closed till from exiting; the
    database is transactional, so a round cut short at exit leaves nothing half-written."""

    done = Signal(object, object)  # the sync's result, Unsent | None
    failed = Signal(str, object)  # the problem, Unsent | None
    finished = Signal()

    def __init__(self, database: str) -> None:
        super().__init__()  # no parent: it lives while its thread does, not with the window
        self.database = database

    def start(self) -> None:
        import threading

        threading.Thread(target=self._run, name="sync", daemon=True).start()

    def _run(self) -> None:
        try:
            self.run()
        finally:
            self.finished.emit()

    def run(self) -> None:
        try:
            conn = open_database(self.database)
        except PosError as exc:
            self.failed.emit(str(exc), None)
            return
        try:
            try:
                result = sync.sync(conn)
            except PosError as exc:
                self.failed.emit(str(exc), unsent(conn))
                return
            self.done.emit(result, unsent(conn))
        finally:
            conn.close()


def unsent(conn: sqlite3.Connection) -> Unsent | None:
    """The sales (and refunds) not sent to the server yet, and the newest one's number."""
    try:
        state = conn.execute("SELECT pushed_sales_seq FROM sync_state WHERE id = 1").fetchone()
        pushed = int(state[0] or 0) if state is not None else 0
        row = conn.execute(
            "SELECT count(*), max(seq) FROM sales WHERE seq > ?", (pushed,)
        ).fetchone()
    except sqlite3.Error:
        return None  # the header says no count rather than the round failing twice
    return int(row[0]), int(row[1]) if row[1] is not None else pushed


class ChainLink(QObject):
    """Syncs now and every minute; `text` says how the link is, `changed` when it changes."""

    changed = Signal()

    def __init__(self, database: str, checkout: Checkout, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.checkout = checkout
        self.online: bool | None = None
        self.last_sync: dt.datetime | None = None
        self.offline_since: dt.datetime | None = None
        self.synced_at = 0.0  # time.monotonic() of the last sync that went through
        self.unsent: Unsent | None = None  # as the last round counted, then kept up here
        self.round: _Round | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)

    def start(self) -> None:
        self.sync_now()
        self.timer.start(INTERVAL_MS)

    def stop(self) -> None:
        """No more rounds; one under way is let go, never waited for (see _Round)."""
        self.timer.stop()
        if self.round is not None:
            self.round.done.disconnect(self._synced)
            self.round.failed.disconnect(self._failed)
            self.round.finished.disconnect(self._ended)
            self.round = None

    def sync_now(self) -> None:
        if self.round is not None:
            return
        self.round = _Round(self.database)
        self.round.done.connect(self._synced)
        self.round.failed.connect(self._failed)
        self.round.finished.connect(self._ended)
        self.round.start()

    def _ended(self) -> None:
        self.round = None

    def _synced(self, _result: object, counted: Unsent | None) -> None:
        self.unsent = counted
        self.online, self.offline_since = True, None
        self.last_sync = dt.datetime.now(dt.UTC)
        self.synced_at = time.monotonic()
        self.changed.emit()

    def _failed(self, _message: str, counted: Unsent | None) -> None:
        self.unsent = counted
        if self.online is not False:
            self.offline_since = dt.datetime.now(dt.UTC)
        self.online = False
        self.changed.emit()

    def text(self, tz: dt.tzinfo) -> str:
        """'Online, synced 10:42' or 'OFFLINE since 10:40, 3 sales to send' for the header."""
        asked = self.checkout.other_tills
        if (
            asked is not None
            and (asked.failed_at or 0.0) > self.synced_at
            and self.online is not False
        ):
            # The server left an allowance question unanswered since the last sync (a sale's
            # wait ran out): offline now, as the next sync round would find.
            self.online, self.offline_since = False, dt.datetime.now(dt.UTC)
        if self.online is None:
            return translate("ChainLink", "connecting to the server…")
        if self.online:
            assert self.last_sync is not None
            when = self.last_sync.astimezone(tz).strftime("%H:%M")
            return translate("ChainLink", "online, synced {time}").format(time=when)
        since = (self.offline_since or dt.datetime.now(dt.UTC)).astimezone(tz).strftime("%H:%M")
        waiting = self._waiting()
        if waiting == 1:
            text = translate("ChainLink", "OFFLINE since {time}, {count} sale to send")
        else:
            text = translate("ChainLink", "OFFLINE since {time}, {count} sales to send")
        return text.format(time=since, count=waiting)

    def _waiting(self) -> int:
        """The sales to send: the last round's count plus this till's sales since (only
        those are read; with no count from a round yet, all are counted once here)."""
        conn = self.checkout.conn
        if self.unsent is None:
            self.unsent = unsent(conn) or (0, 0)
        count, upto = self.unsent
        row = conn.execute("SELECT count(*), max(seq) FROM sales WHERE seq > ?", (upto,)).fetchone()
        if row[0]:
            self.unsent = count + int(row[0]), int(row[1])
        return self.unsent[0]


def link_for(checkout: Checkout, parent: QObject) -> ChainLink | None:
    """The background link of a till that joined a chain (None for a till on its own)."""
    if checkout.other_tills is None:
        return None
    database = database_file(checkout.conn)
    return ChainLink(str(database), checkout, parent) if database else None

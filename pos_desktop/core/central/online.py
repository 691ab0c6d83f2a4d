"""The allowance confirmed with the chain's server at checkout: one round trip, a short wait,
then the till's own knowledge (and the store's offline limit) when the server does not answer.

A till on its own never creates one; a chain till loads psycopg only when a staff scan first
needs the server, so the till's start-up does not pay for it. A scan never waits for the
server: it is judged by what the till knows, and judged again when the answer comes in. The
till window does not wait on its own thread for a sale's answer either: it sends the question
first (`ask_for_sale`), waits in its event loop at most SALE_WAIT_SECONDS, and the sale recorded
next takes that answer, or the offline rules when none came in time.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
import weakref
from typing import TYPE_CHECKING, Any

from pos_desktop.core.verdict import judge

if TYPE_CHECKING:  # a till on its own never loads the worker
    import concurrent.futures
    import datetime as dt
    from collections.abc import Callable

    from pos_desktop.core.registry import StaffMember, StaffRegistry
    from pos_desktop.core.rules import Rules

ANSWER_MS = 800  # the longest the server may take over the question itself
CONNECT_SECONDS = 2  # libpq's least connect timeout
RETRY_SECONDS = 30.0  # after no answer, scans use the offline rules this long before asking again
FRESH_SECONDS = 10.0  # a scan may use an answer this old; a sale always asks again
SALE_WAIT_SECONDS = CONNECT_SECONDS + ANSWER_MS / 1000 + 0.5  # the longest a sale waits
# A question sent for a sale (`ask_for_sale`) holds for the sale recorded within this long after.
SALE_HOLDS_SECONDS = SALE_WAIT_SECONDS + 2.0

_OTHERS_SQL = (
    "SELECT COALESCE(SUM(allowance_delta), 0) AS used FROM sales WHERE employee_no = %s "
    "AND period_at >= %s AND period_at < %s AND chain_till <> %s"
)
Question = tuple[str, str, str]


class ServerAllowance:
    """Asks the server what the other tills have used of an employee's allowance.

    The question always runs on one background thread (`_Worker`, which alone holds the
    connection; a till closed while it waits on a frozen server exits at once): a
    scan (`at_a_glance`) does not wait for the answer at all; a sale waits at most the connect
    and statement timeouts, in `used` (the command line) or, at the till, in the window's
    event loop after `ask_for_sale`, so the window never freezes on the network."""

    def __init__(self, url: str, till: str) -> None:
        import threading

        self.url = url
        self.till = till
        self.online: bool | None = None  # None: not asked yet
        self.last_answer: float | None = None  # time.monotonic() of the last answer
        self.answers = 0  # counts answers that came in, so a till knows to judge again
        self._held: list[Any] = []  # the open connection, if any (closed when this goes)
        self._retry_at = 0.0
        self._known: dict[Question, tuple[int, float]] = {}  # answer, when it came
        self._asking: dict[Question, concurrent.futures.Future[int | None]] = {}
        self._for_sale: dict[Question, tuple[concurrent.futures.Future[int | None], float]] = {}
        self._lock = threading.Lock()
        self.failed_at: float | None = None  # time.monotonic() the server last went unanswered
        self._worker = _Worker()
        self.at_a_glance = _Glance(self)
        weakref.finalize(self, _stop, self._worker, self._held)

    def used(self, employee_no: str, lo: str, hi: str) -> int | None:
        """The server's answer for a sale; None when it does not come in time. A question
        sent ahead for this sale (`ask_for_sale`) is not waited for again: its answer if it came
        in, otherwise None (the window already waited); any other is waited for here."""
        question = (employee_no, lo, hi)
        with self._lock:
            sent = self._for_sale.get(question)
        if sent is not None and time.monotonic() - sent[1] <= SALE_HOLDS_SECONDS:
            return sent[0].result() if sent[0].done() else None
        if time.monotonic() < self._retry_at:
            return None
        future = self._ask(question)
        try:
            return future.result(timeout=SALE_WAIT_SECONDS)
        except TimeoutError:  # concurrent.futures' is the built-in one
            return None

    def ask_for_sale(
        self,
        badge: str,
        rules: Rules,
        registry: StaffRegistry,
        cashier: StaffMember | None,
        at: dt.datetime,
    ) -> list[concurrent.futures.Future[int | None]]:
        """Send the questions a sale to `badge` at `at` will ask, without waiting (one in
        flight already is joined); returns what to wait for. The sale recorded next, at the
        same moment, takes their answers from `used` without asking again."""
        with self._lock:
            self._for_sale.clear()  # one sale at a time: an older one's questions are done
        questions = SaleQuestions(self)
        judge(badge, rules=rules, registry=registry, at=at, cashier=cashier, other_tills=questions)
        return questions.sent

    def _send_for_sale(self, question: Question) -> concurrent.futures.Future[int | None] | None:
        if time.monotonic() < self._retry_at:
            return None  # the server did not answer lately: the sale follows the offline rules
        future = self._ask(question)
        with self._lock:
            self._for_sale[question] = (future, time.monotonic())
        return future

    def known(self, employee_no: str, lo: str, hi: str) -> int | None:
        """A recent answer without waiting; otherwise the question goes to the server in the
        background (its answer counts in `answers`) and None says: judge offline meanwhile."""
        question = (employee_no, lo, hi)
        with self._lock:
            found = self._known.get(question)
        if found is not None and time.monotonic() - found[1] <= FRESH_SECONDS:
            return found[0]
        if time.monotonic() >= self._retry_at:
            self._ask(question)
        return None

    def _ask(self, question: Question) -> concurrent.futures.Future[int | None]:
        with self._lock:
            future = self._asking.get(question)
            if future is None:
                future = self._worker.submit(self._answer, question)
                self._asking[question] = future
            return future

    def _answer(self, question: Question) -> int | None:
        """On the background thread: one round trip to the server."""
        import psycopg

        from pos_desktop.core.central import server

        try:
            try:
                if not self._held:
                    self._held.append(
                        psycopg.connect(
                            self.url,
                            **{**server.CLIENT_LIMITS, "connect_timeout": CONNECT_SECONDS},
                            options=f"-c statement_timeout={ANSWER_MS}",
                            autocommit=True,
                        )
                    )
                row = self._held[0].execute(_OTHERS_SQL, (*question, self.till)).fetchone()
            except psycopg.Error:
                _close_all(self._held)
                self.unanswered()
                return None
            value = int(row[0])
            now = time.monotonic()
            with self._lock:
                self._known[question] = (value, now)
            self.online = True
            self.last_answer = now
            self.answers += 1
            return value
        finally:
            with self._lock:
                self._asking.pop(question, None)

    def unanswered(self) -> None:
        """The server did not answer (an error, or a sale's wait ran out): the till is offline
        and scans use the offline rules for RETRY_SECONDS before asking again."""
        now = time.monotonic()
        self.online, self.failed_at = False, now
        self._retry_at = now + RETRY_SECONDS

    def close(self) -> None:
        """Close the connection; waits at most a sale's wait for a question in flight."""
        done = self._worker.submit(_close_all, self._held)
        with contextlib.suppress(TimeoutError):  # a frozen server holds the worker: it ends
            done.result(timeout=SALE_WAIT_SECONDS)  # with the process


class _Glance:
    """The server's answers as a scan sees them: never waited for. A scan judged without one
    is provisional (the till judges again when the answer comes), not unconfirmed."""

    provisional = True

    def __init__(self, server: ServerAllowance) -> None:
        self._server = weakref.proxy(server)

    def used(self, employee_no: str, lo: str, hi: str) -> int | None:
        answer: int | None = self._server.known(employee_no, lo, hi)
        return answer


class SaleQuestions:
    """The allowance questions of a sale about to be recorded: sent, never waited for here
    (`used` answers None, as if offline); the window waits for `sent` in its event loop."""

    def __init__(self, server: ServerAllowance) -> None:
        self._server = server
        self.sent: list[concurrent.futures.Future[int | None]] = []

    def used(self, employee_no: str, lo: str, hi: str) -> int | None:
        future = self._server._send_for_sale((employee_no, lo, hi))
        if future is not None:
            self.sent.append(future)
        return None


def _close_all(held: list[Any]) -> None:
    while held:
        held.pop().close()


class _Worker:
    """One daemon thread that runs the server's questions in turn, started by the first one.

    Not a ThreadPoolExecutor: Python joins its threads at exit, and a question sent to a
    frozen server (stopped, not down: its port still accepts) never returns, so a till closed
    then would never exit. Nobody waits for this thread; at exit it is simply dropped."""

    def __init__(self) -> None:
        import queue

        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._started = False

    def submit(self, work: Callable[..., Any], *args: Any) -> concurrent.futures.Future[Any]:
        import concurrent.futures
        import threading

        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        self._jobs.put((future, work, args))
        if not self._started:
            self._started = True
            threading.Thread(target=self._run, name="allowance", daemon=True).start()
        return future

    def shutdown(self) -> None:
        self._jobs.put(None)  # the thread ends after the questions before this one

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            future, work, args = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(work(*args))
            except BaseException as exc:  # handed to whoever waits, as an executor does
                future.set_exception(exc)


_Job = tuple["concurrent.futures.Future[Any]", "Callable[..., Any]", tuple[Any, ...]]


def _stop(worker: _Worker, held: list[Any]) -> None:
    worker.submit(_close_all, held)  # never waited for: a frozen server may hold the worker
    worker.shutdown()


def for_till(conn: sqlite3.Connection) -> ServerAllowance | None:
    """The server check for a till that joined a chain (None for a till on its own)."""
    try:
        row = conn.execute("SELECT server_url, till FROM sync_state WHERE id = 1").fetchone()
    except sqlite3.OperationalError:
        return None
    return ServerAllowance(row[0], row[1]) if row is not None else None

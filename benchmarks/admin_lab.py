"""The admin benchmark's instruments (benchmarks/admin.py): watching the staff table paint, the
application with the app's connection, opening the page (and a bare table beside it),
scrolling it, and reading this process's memory and a whole-table reader's."""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import big_store as bench  # benchmarks/big_store.py: the store measured
import cashier as gui  # benchmarks/cashier.py: the reference guard
import harness  # benchmarks/harness.py: what every benchmark shares
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

from pos_desktop.core import staff
from pos_desktop.core.errors import StorageError
from pos_desktop.core.signin import AdminIdentity
from pos_desktop.core.staff import StaffFilter
from pos_desktop.ui.admin.staff_page import HEADERS, StaffPage
from pos_desktop.ui.admin.window import AdminWindow

NS_PER_MS = harness.NS_PER_MS
WAIT_S = 120.0  # give up on a paint that never comes
COUNTING = "counting…"  # the page's count label until the count is in
IDENTITY = AdminIdentity("admin", "Administrator")
ROOT = harness.ROOT

_MIGRATE = """\
import sqlite3, sys, time
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.db.versions import KNOWN_MIGRATIONS
probe = sqlite3.connect(sys.argv[1])
try:
    done = {r[0] for r in probe.execute("SELECT name FROM _sqlite_migrations")}
finally:
    probe.close()
t0 = time.perf_counter()
open_database(sys.argv[1]).close()
print(len(set(KNOWN_MIGRATIONS) - done), time.perf_counter() - t0)
"""

# Opening the page


# A child's ru_maxrss starts at its parent's peak (Linux keeps it across fork and exec), so
# the child reads its own high-water mark, VmHWM, where there is one.
_WHOLE_TABLE = """\
import resource, sys, time
from pathlib import Path
from pos_desktop.core import staff
from pos_desktop.core.errors import StorageError
from pos_desktop.core.staff import StaffFilter
from pos_desktop.core.db.storage import open_database
def peak():
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
conn = open_database(sys.argv[1])
before = peak()
t0 = time.perf_counter()
rows = staff.page(conn, StaffFilter(), size=-1)
took = time.perf_counter() - t0
print(len(rows), before, peak(), took)
"""


class CannotMeasure(Exception):
    """Something the benchmark waits for never happened."""


# Tables


def timing_of(samples: list[int]) -> harness.Timing:
    return harness.Timing(sorted(samples))


def row(name: str, samples: list[int], high: float, target: float | None = None) -> tuple[str, ...]:
    """name, n, median, the `high` percentile, max, target, met? (the target on `high`)."""
    if not samples:
        return (name, "0", "-", "-", "-", "", "")
    timing = timing_of(samples)
    shown = met = ""
    if target is not None:
        shown = f"<= {target / NS_PER_MS:g} ms"
        met = "yes" if timing.pct(high) <= target else "NO"
    return (
        name,
        str(len(samples)),
        harness.ms(timing.p50),
        harness.ms(timing.pct(high)),
        harness.ms(timing.samples[-1]),
        shown,
        met,
    )


# Watching the table paint


class PaintProbe(QObject):
    """When armed, takes a table view's next viewport paint (once the model has rows, if
    asked), lets the view paint it at once through its own ``viewportEvent`` (which Qt would
    call right after this filter) and stamps the moment the paint is done."""

    def __init__(self, view: QTableView) -> None:
        super().__init__()
        self.view = view
        self.armed = False
        self.need_rows = False
        self.done_ns = 0
        self.rows = 0
        view.viewport().installEventFilter(self)

    def arm(self, *, need_rows: bool) -> None:
        self.armed, self.need_rows, self.done_ns = True, need_rows, 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.armed or event.type() != QEvent.Type.Paint:
            return False
        rows = self.view.model().rowCount()
        if self.need_rows and rows == 0:
            return False
        self.armed = False
        self.view.viewportEvent(event)
        self.done_ns = time.perf_counter_ns()
        self.rows = rows
        return True

    def detach(self) -> None:
        self.view.viewport().removeEventFilter(self)


@dataclass
class Lab:
    """The application, the app's connection and a trace of when its count queries start."""

    app: QApplication
    conn: sqlite3.Connection
    guard: gui.RefGuard
    count_starts: list[int] = field(default_factory=list)

    def until(self, done: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + WAIT_S
        while not done():
            self.app.processEvents()
            if time.monotonic() > deadline:
                raise CannotMeasure(f"waited {WAIT_S:.0f} s for {what}")

    def idle(self, page: StaffPage) -> None:
        """Until the count is in its label and nothing is left to do."""
        self.until(lambda: page.count.text() != COUNTING, "the count")
        self.app.processEvents()

    def _traced(self, sql: str) -> None:
        if sql.startswith("SELECT COUNT(*) FROM staff s"):
            self.count_starts.append(time.perf_counter_ns())

    @contextmanager
    def tracing(self) -> Iterator[None]:
        self.conn.set_trace_callback(self._traced)
        try:
            yield
        finally:
            self.conn.set_trace_callback(None)


def close(window: QMainWindow, probe: PaintProbe) -> None:
    probe.detach()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# Opening the page


@dataclass
class Opened:
    painted: int  # ns from before the constructor until the first rows are painted
    counted: int  # ns until the count is in its label
    count_first: bool  # the count query started before the first paint


def open_admin(lab: Lab) -> tuple[AdminWindow, PaintProbe, Opened]:
    lab.count_starts.clear()
    with lab.tracing():
        t0 = time.perf_counter_ns()
        window = AdminWindow(lab.conn, IDENTITY)
        probe = PaintProbe(window.staff.table)
        probe.arm(need_rows=True)
        window.show()
        lab.until(lambda: probe.done_ns > 0, "the staff table's first paint")
        page = window.staff
        lab.until(lambda: page.count.text() != COUNTING, "the count")
        t1 = time.perf_counter_ns()
    lab.app.processEvents()
    first = bool(lab.count_starts) and lab.count_starts[0] < probe.done_ns
    return window, probe, Opened(probe.done_ns - t0, t1 - t0, first)


def open_bare(lab: Lab, rows: list[list[str]]) -> int:
    t0 = time.perf_counter_ns()
    window = QMainWindow()
    model = QStandardItemModel(len(rows), len(HEADERS), window)
    model.setHorizontalHeaderLabels(list(HEADERS))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            model.setItem(r, c, QStandardItem(text))
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 800)
    probe = PaintProbe(view)
    probe.arm(need_rows=True)
    window.show()
    lab.until(lambda: probe.done_ns > 0, "the bare table's first paint")
    took = probe.done_ns - t0
    lab.app.processEvents()
    close(window, probe)
    return took


def first_rows(conn: sqlite3.Connection) -> list[list[str]]:
    """The first page as the page's model shows it, as text, for the baseline."""
    fields = (*staff.COLUMNS, "badge")
    return [
        ["" if row[f] is None else str(row[f]).replace("_", " ") for f in fields]
        for row in staff.page(conn, StaffFilter())
    ]


# Scrolling


@dataclass
class Scrolled:
    fetched: list[int] = field(default_factory=list)  # ns of scrollToBottom (fetchMore inside)
    painted: list[int] = field(default_factory=list)  # ns until the new rows are painted
    not_fetched: int = 0  # scrolls that read no new page
    rows: int = 0


def scroll(lab: Lab, window: AdminWindow, probe: PaintProbe, pages: int) -> Scrolled:
    table, model = window.staff.table, window.staff.model
    out = Scrolled()
    for n in range(pages):
        if n % 20 == 0:
            lab.guard.top_up()
        if not model.canFetchMore():
            break
        before = model.rowCount()
        probe.arm(need_rows=False)
        t0 = time.perf_counter_ns()
        table.scrollToBottom()
        t1 = time.perf_counter_ns()
        lab.until(lambda: probe.done_ns > 0, "the scrolled rows' paint")
        if model.rowCount() > before:
            out.fetched.append(t1 - t0)
            out.painted.append(probe.done_ns - t0)
        else:
            out.not_fetched += 1
        for _ in range(3):  # the delayed layout: the scroll bar's new range
            lab.app.processEvents()
    out.rows = model.rowCount()
    return out


# Memory


def _rss_kib() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return float(line.split()[1])
    except OSError:
        pass
    return float("nan")


@dataclass(frozen=True)
class Memory:
    label: str
    peak_kib: float
    now_kib: float
    rows: int | None


def memory(label: str, rows: int | None) -> Memory:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    if sys.platform == "darwin":
        peak /= 1024  # bytes there
    return Memory(label, float(peak), _rss_kib(), rows)


@dataclass(frozen=True)
class WholeTable:
    rows: int
    grew_kib: float
    seconds: float


def whole_table(path: Path) -> WholeTable:
    done = subprocess.run(
        [sys.executable, "-c", _WHOLE_TABLE, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise CannotMeasure(f"the whole-table reader failed: {done.stderr.strip()[-2000:]}")
    rows, before, after, took = done.stdout.split()
    scale = 1024 if sys.platform == "darwin" else 1
    return WholeTable(int(rows), (float(after) - float(before)) / scale, float(took))


# Before measuring


def prepare(path: Path) -> None:
    """Bring the file's schema up to date in a child process, then read it into the OS cache."""
    done = subprocess.run(
        [sys.executable, "-c", _MIGRATE, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise StorageError(done.stderr.strip().splitlines()[-1] if done.stderr else "failed")
    applied, took = done.stdout.split()
    if int(applied):
        print(f"schema brought up to date ({applied} migrations) in {float(took):.1f} s, untimed")
    bench.read_through(path)

"""The admin benchmark's filters (benchmarks/admin.py): each kind as the admin sets it on the
staff page and as the core reads it, timed to its first page painted, beside its queries
alone and a plain ``LIKE`` baseline."""

from __future__ import annotations

import gc
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import big_store as bench  # benchmarks/big_store.py: the store measured
import harness  # benchmarks/harness.py: what every benchmark shares
from admin_lab import COUNTING, CannotMeasure, Lab, PaintProbe, row

from pos_desktop.core import staff
from pos_desktop.core.staff import StaffFilter
from pos_desktop.ui.admin.staff_page import StaffPage
from pos_desktop.ui.admin.window import AdminWindow

NS_PER_MS = harness.NS_PER_MS
FILTER_TARGET_NS = 100 * NS_PER_MS  # p99, setting a filter to its first page painted
NAME = "kowal"  # a common surname prefix in the builder's names (Kowalski)
NO_MATCH = "wisniewski"  # a surname the builder never gives


# Filters


@dataclass
class Kind:
    """One kind of filter: how the admin sets it, and the same filter for the core."""

    label: str
    set_on: Callable[[StaffPage, int], None]  # (page, sample number)
    where: Callable[[int], StaffFilter]
    like: str | None = None  # the name baseline's pattern
    paint: list[int] = field(default_factory=list)
    counted: list[int] = field(default_factory=list)
    page_alone: list[int] = field(default_factory=list)
    count_alone: list[int] = field(default_factory=list)
    like_page: list[int] = field(default_factory=list)
    like_count: list[int] = field(default_factory=list)
    count_first: int = 0
    matches: int = 0


def _search(texts: list[str]) -> Callable[[StaffPage, int], None]:
    def set_on(page: StaffPage, i: int) -> None:
        page.search.setText(texts[i % len(texts)])
        page.apply_filter()  # what Enter (or the debounce) does

    return set_on


def _combo(key: str, value: str) -> Callable[[StaffPage, int], None]:
    def set_on(page: StaffPage, _i: int) -> None:
        combo = page.filters[key]
        combo.setCurrentIndex(combo.findData(value))

    return set_on


def _rarest(conn: sqlite3.Connection, column: str) -> str:
    return str(
        conn.execute(
            f"SELECT {column} FROM staff GROUP BY {column} ORDER BY count(*), {column} LIMIT 1"
        ).fetchone()[0]
    )


def filter_kinds(conn: sqlite3.Connection, samples: int, seed: int) -> list[Kind]:
    company, status = _rarest(conn, "company"), _rarest(conn, "status")
    keys = bench.sample_staff(conn, random.Random(seed), samples + 1)
    numbers, badges = keys.employee_nos, keys.badges
    kinds = [
        Kind(f"name {NAME!r}", _search([NAME]), lambda _i: StaffFilter(NAME), f"%{NAME}%"),
        Kind(
            f"name {NO_MATCH!r} (nobody)",
            _search([NO_MATCH]),
            lambda _i: StaffFilter(NO_MATCH),
            f"%{NO_MATCH}%",
        ),
        Kind(
            f"company {company} (the rarest)",
            _combo("company", company),
            lambda _i: StaffFilter(company=company),
        ),
        Kind(
            f"status {status} (the rarest)",
            _combo("status", status),
            lambda _i: StaffFilter(status=status),
        ),
        Kind("employee number (random)", _search(numbers), lambda i: StaffFilter(numbers[i])),
        Kind("badge (random)", _search(badges), lambda i: StaffFilter(badges[i])),
    ]
    for kind in kinds:
        kind.matches = staff.count(conn, kind.where(0))
    return kinds


def reset(lab: Lab, page: StaffPage) -> None:
    """Back to no filter, untimed, and wait until the page is idle."""
    widgets = [page.search, *page.filters.values()]
    for widget in widgets:
        widget.blockSignals(True)
    page.search.clear()
    for combo in page.filters.values():
        combo.setCurrentIndex(0)
    for widget in widgets:
        widget.blockSignals(False)
    page.apply_filter()
    lab.idle(page)


def filter_once(lab: Lab, page: StaffPage, probe: PaintProbe, kind: Kind, i: int) -> None:
    reset(lab, page)
    gc.collect()
    lab.count_starts.clear()
    with lab.tracing():
        probe.arm(need_rows=False)
        t0 = time.perf_counter_ns()
        kind.set_on(page, i)
        lab.until(lambda: probe.done_ns > 0, f"the first page of {kind.label}")
        lab.until(lambda: page.count.text() != COUNTING, "the count")
        t1 = time.perf_counter_ns()
    # The page adds the store's day (for "ended"); the kind's filter leaves it to the core.
    if page.model.where != replace(kind.where(i), today=page.model.where.today):
        raise CannotMeasure(f"{kind.label}: the page shows {page.model.where}")
    kind.paint.append(probe.done_ns - t0)
    kind.counted.append(t1 - t0)
    if lab.count_starts and lab.count_starts[0] < probe.done_ns:
        kind.count_first += 1


def timed(op: Callable[[], object]) -> int:
    t0 = time.perf_counter_ns()
    op()
    return time.perf_counter_ns() - t0


def run_filters(
    lab: Lab,
    window: AdminWindow,
    probe: PaintProbe,
    raw: sqlite3.Connection,
    kinds: list[Kind],
    samples: int,
) -> None:
    """Round after round: each kind through the page, its queries alone, its baseline."""
    page = window.staff
    like = (
        f"SELECT {', '.join(staff.COLUMNS)} FROM staff WHERE name LIKE ? "
        f"ORDER BY employee_no LIMIT {staff.PAGE}"
    )
    like_count = "SELECT COUNT(*) FROM staff WHERE name LIKE ?"
    for kind in kinds:  # warm-up, untimed
        filter_once(lab, page, probe, kind, samples)
    for kind in kinds:
        kind.paint.clear()
        kind.counted.clear()
        kind.count_first = 0
    for i in range(samples):
        lab.guard.top_up()
        for kind in kinds:
            filter_once(lab, page, probe, kind, i)
            where = kind.where(i)
            kind.page_alone.append(timed(lambda w=where: staff.page(lab.conn, w)))
            kind.count_alone.append(timed(lambda w=where: staff.count(lab.conn, w)))
            if kind.like is not None:
                pattern = kind.like
                kind.like_page.append(timed(lambda p=pattern: raw.execute(like, (p,)).fetchall()))
                kind.like_count.append(
                    timed(lambda p=pattern: raw.execute(like_count, (p,)).fetchone())
                )
        if sys.stdout.isatty():
            print(f"  filter rounds {i + 1} / {samples}", end="\r", flush=True)
    reset(lab, page)


def filter_rows(kinds: list[Kind]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for kind in kinds:
        rows.append(row(f"{kind.label}: {kind.matches:,} match", kind.paint, 99, FILTER_TARGET_NS))
        rows.append(row("  page query alone (staff.page)", kind.page_alone, 99))
        rows.append(row("  count query alone (staff.count)", kind.count_alone, 99))
        rows.append(row("  until the count is shown", kind.counted, 99))
        if kind.like is not None:
            rows.append(row(f"  baseline: LIKE {kind.like!r} ... LIMIT 200", kind.like_page, 99))
            rows.append(row("  baseline: COUNT(*) ... LIKE, plain sqlite3", kind.like_count, 99))
    return rows

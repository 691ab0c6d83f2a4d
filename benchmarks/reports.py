"""The discount report over a year of 1,000,000 sales, against a baseline in the same run.

    .venv/bin/python benchmarks/reports.py                       # 1,000,000 sales; a few minutes
    .venv/bin/python benchmarks/reports.py --sales 100000        # quicker
    .venv/bin/python benchmarks/reports.py --keep /tmp/big.sqlite / --reuse /tmp/big.sqlite

It builds the store with big_store.py (20,000 staff, sales spread over the last
year, real hash chain), opens it through the app's `open_database` and empties the report's
sums per day (core/reports/rollup.py), so that the first report fills them as it would after an
upgrade; that first run is timed alone. Then it times, alternating, `--repeat` times each:

``baseline``  a bare ``SELECT COUNT(*), SUM(subtotal), SUM(discount) FROM sales WHERE at >= ?
              AND at < ?`` over the same year: the least any discount report must do (read
              every sale of the period once).
``report``    ``figures.discounts(conn, rules, first, last, by)`` for the same store-local
              dates, for each grouping: one row per day (employee, ...), net of refunds, in
              the store's time zone; it reads the rollup and the journal past its mark.

and, once per grouping, ``figures.discounts_from_journal`` (the same figures from the
journal alone: what a report did before the rollup, and still does on a read-only database),
checking that both give the same rows.

Target: every grouping at most 1 s. It prints medians and the ratio to the baseline;
nothing here is an assertion.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

import big_store as bench  # benchmarks/big_store.py (this script's folder): the store measured
import harness  # benchmarks/harness.py: what every benchmark shares

from pos_desktop.core.db.storage import open_database, write_transaction
from pos_desktop.core.reports import figures
from pos_desktop.core.rules import load_rules

TARGET_S = 1.0
_BASELINE = "SELECT COUNT(*), SUM(subtotal), SUM(discount) FROM sales WHERE at >= ? AND at < ?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=20_000, help="staff to build")
    parser.add_argument("--sales", type=int, default=1_000_000, help="journal sales to build")
    parser.add_argument("--repeat", type=int, default=5, help="timed reports of each grouping")
    harness.store_options(parser, seed=7)
    args = parser.parse_args(argv)
    harness.check_options(parser, args, at_least_one=("staff", "sales", "repeat"))
    print(harness.machine("reports"))
    with tempfile.TemporaryDirectory(prefix="pos-bench-", dir=args.dir) as folder:
        path = harness.ready_store(
            args,
            folder,
            building=f"{args.sales:,} sales over a year for {args.staff:,} staff",
            ignored="--staff and --sales are",
            build=lambda at: bench.build(at, args.staff, args.sales, args.seed),
            remove=bench.remove,
        )
        run(path, args.repeat)
    return 0


def run(path: Path, repeat: int) -> None:
    conn = open_database(path)
    rules = load_rules(conn)
    tz = rules.settings.tz
    lower, upper = conn.execute("SELECT MIN(at), MAX(at) FROM sales").fetchone()
    first = dt.datetime.fromisoformat(lower.replace("Z", "+00:00")).astimezone(tz).date()
    last = dt.datetime.fromisoformat(upper.replace("Z", "+00:00")).astimezone(tz).date()
    period = figures.Period.of(rules, first, last)
    count = conn.execute(_BASELINE, (period.lower, period.upper)).fetchone()[0]
    print(f"{count:,} sales from {first} to {last} ({(last - first).days + 1} store days)")
    with write_transaction(conn):
        conn.execute("DELETE FROM report_rollup")
        conn.execute("DELETE FROM report_rollup_state")
    began = time.perf_counter()
    figures.discounts(conn, rules, first, last, "day")
    print(f"first report (by day), filling the rollup: {time.perf_counter() - began:.1f} s")
    lines: list[tuple[str, ...]] = []
    for by in figures.GROUPINGS:
        timings: list[float] = []
        base: list[float] = []
        rows = 0
        for _ in range(repeat):
            began = time.perf_counter()
            conn.execute(_BASELINE, (period.lower, period.upper)).fetchone()
            base.append(time.perf_counter() - began)
            began = time.perf_counter()
            rows = len(figures.discounts(conn, rules, first, last, by))
            timings.append(time.perf_counter() - began)
        began = time.perf_counter()
        direct = figures.discounts_from_journal(conn, rules, first, last, by)
        journal = time.perf_counter() - began
        same = direct == figures.discounts(conn, rules, first, last, by)
        report, baseline = statistics.median(timings), statistics.median(base)
        lines.append(
            (
                by,
                f"{rows:,}",
                f"{report:.3f}s",
                f"{baseline:.3f}s",
                f"{report / baseline:.3f}x",
                f"{journal:.3f}s",
                "yes" if same else "NO",
                f"<= {TARGET_S:.0f} s",
                "yes" if report <= TARGET_S else "NO",
            )
        )
    conn.close()
    header = ("grouping", "rows", "report", "baseline", "ratio", "journal", "same", "target")
    harness.print_table((*header, "met?"), lines)


if __name__ == "__main__":
    sys.exit(main())

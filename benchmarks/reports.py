"""The discount report over a year of 1,000,000 sales, against a baseline in the same run.

    .venv/bin/python benchmarks/figures.py                       # 1,000,000 sales; a few minutes
    .venv/bin/python benchmarks/figures.py --sales 100000        # quicker
    .venv/bin/python benchmarks/figures.py --keep /tmp/big.sqlite / --reuse /tmp/big.sqlite

It builds the store with checkout.py's builder (20,000 staff, sales spread over the last
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

import checkout as bench  # benchmarks/checkout.py (this script's folder): the store builder

from pos_desktop.core.db.storage import open_database, write_transaction
from pos_desktop.core.reports import figures
from pos_desktop.core.rules import load_rules

TARGET_S = 1.0
_BASELINE = "SELECT COUNT(*), SUM(subtotal), SUM(discount) FROM sales WHERE at >= ? AND at < ?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=20_000)
    parser.add_argument("--sales", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build the store at this path and keep it")
    parser.add_argument("--reuse", type=Path, help="measure a store built before with --keep")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = args.reuse or args.keep or Path(folder) / "figures.sqlite"
        if args.reuse is None:
            print(f"Building {args.sales:,} sales over a year for {args.staff:,} staff ...")
            print(f"  built in {bench.build(path, args.staff, args.sales, args.seed):.0f} s")
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
    print(
        f"{'grouping':<12} {'rows':>7} {'report':>9} {'baseline':>9} {'ratio':>7} "
        f"{'journal':>9} {'same':>5}  target"
    )
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
        target = f"<= {TARGET_S:.0f} s: {'met' if report <= TARGET_S else 'MISSED'}"
        print(
            f"{by:<12} {rows:>7,} {report:>8.3f}s {baseline:>8.3f}s {report / baseline:>6.3f}x "
            f"{journal:>8.3f}s {'yes' if same else 'NO':>5}  {target}"
        )
    conn.close()


if __name__ == "__main__":
    sys.exit(main())

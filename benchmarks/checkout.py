"""How fast the till's hot path is on a large store, against a baseline measured in the same run.

Run it from the repository root with the project's virtualenv:

    .venv/bin/python benchmarks/checkout.py                    # 1,000,000 staff and sales
    .venv/bin/python benchmarks/checkout.py --staff 100000 --sales 100000 --samples 5000

What it does
------------
1. Builds a pos-desktop database in a temporary directory (or at ``--keep PATH``) with
   ``big_store.build``: the demo store's configuration, N staff with one active EAN-13 badge
   each, a catalogue of products, and a journal of M sales over the last year, a real hash
   chain (``pos-desktop journal verify`` passes on a kept database).
2. Opens the file again through ``open_database(path)`` (the app's own pragmas: WAL,
   ``synchronous=FULL``, foreign keys, busy timeout) and measures, each after a warm-up:

   ``check``  ``Checkout.check(badge, at=...)`` for random existing badges. Baseline: the
              cheapest thing a badge check could possibly be, one primary-key
              ``SELECT * FROM staff WHERE employee_no = ?`` on a plain ``sqlite3`` connection to
              the same file, for as many random keys. Target: p99 at most 5x the baseline's.
   ``quote``  a 5-line basket for a random employee: five ``Checkout.product_line(sku)`` calls
              (as the scanner adds them) and ``Checkout.quote``. Target: p99 at most 1 ms.
              The row "quote, lines ready" prices an already-built basket (no target).
   ``sell``   ``Checkout.sell`` of a ready 5-line basket: check, price and append to the
              journal in one ``BEGIN IMMEDIATE`` transaction committed with ``synchronous=FULL``
              in WAL. Baseline: a one-row INSERT and COMMIT into a plain table of a separate
              file in the same directory, also in WAL with ``synchronous=FULL``. Target: p99 at
              most 2x the baseline's.

Why the baselines are fair
--------------------------
* Same file system, same SQLite library, same process, same moment: the engine and its
  baseline run interleaved in small blocks, so background load on the machine hits both.
* The database file is read once before measuring, so neither side pays cold-disk reads that
  the other got for free; engine and baseline draw independent random keys from the same
  population, so neither warms the other's rows.
* The ``check`` baseline does the least any lookup must do (parse nothing, one index probe,
  one row); whatever the engine spends above it is the engine's overhead: scan
  normalisation, the format and check digit, the badge and staff reads, the allowance sum
  over the journal, the verdict objects.
* The ``sell`` baseline pays the same durable commit (one WAL append + fsync); whatever the
  engine spends above it is pricing, the hash chain and writing one sale, its lines and their
  indexes.

Nothing here is an assertion: it prints a table and exits 0 whatever the numbers are.
``--profile`` adds a cProfile of each engine path and the SQL statements one call issues.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import io
import os
import pstats
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import big_store  # benchmarks/big_store.py (this script's folder): the store measured
import harness  # benchmarks/harness.py: what every benchmark shares

from pos_desktop.core import clock
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.errors import StorageError
from pos_desktop.core.pricing import BasketLine

NS_PER_US = harness.NS_PER_US
NS_PER_MS = harness.NS_PER_MS
BLOCK = 50  # engine and baseline alternate in blocks of this many calls
BASKET = big_store.BASKET  # lines in each quoted and sold basket

CHECK_TARGET = 5.0  # p99(check) / p99(raw lookup)
QUOTE_TARGET_NS = 1 * NS_PER_MS  # p99(quote)
SELL_TARGET = 2.0  # p99(sell) / p99(raw insert + commit)

_RAW_CHECK_SQL = "SELECT * FROM staff WHERE employee_no = ?"


# Measuring


def _time(op: Callable[[int], object], indexes: range, out: list[int]) -> None:
    clock_ns = time.perf_counter_ns
    for i in indexes:
        t0 = clock_ns()
        op(i)
        out.append(clock_ns() - t0)


def measure(
    ops: Sequence[Callable[[int], object]], samples: int, warmup: int
) -> list[harness.Timing]:
    """Time each op(i) for i in [warmup, warmup + samples), interleaved in blocks of BLOCK.

    op(i) for i < warmup is the warm-up and is not timed.
    """
    for op in ops:
        for i in range(warmup):
            op(i)
    results: list[list[int]] = [[] for _ in ops]
    gc.collect()
    for first in range(warmup, warmup + samples, BLOCK):
        block = range(first, min(warmup + samples, first + BLOCK))
        for op, out in zip(ops, results, strict=True):
            _time(op, block, out)
    return [harness.Timing(sorted(out)) for out in results]


@dataclass(frozen=True)
class Row:
    name: str
    unit: str  # "us" or "ms"
    timing: harness.Timing
    baseline_p99: float | None = None  # ns
    target: float | None = None  # ratio p99 / baseline_p99
    baseline_label: str = ""


def _fmt(ns: float, unit: str) -> str:
    return harness.us(ns) if unit == "us" else harness.ms(ns, 3)


def print_table(rows: list[Row]) -> None:
    header = ("measurement", "p50", "p99", "baseline p99", "ratio", "target", "met?")
    lines: list[tuple[str, ...]] = [header]
    for row in rows:
        baseline = ratio = target = met = ""
        if row.baseline_p99 is not None:
            baseline = row.baseline_label or _fmt(row.baseline_p99, row.unit)
            ratio, target, met = harness.ratio_cells(
                row.timing.p99 / row.baseline_p99, row.target, f"<= {row.target:g}x"
            )
        p50, p99 = _fmt(row.timing.p50, row.unit), _fmt(row.timing.p99, row.unit)
        lines.append((row.name, p50, p99, baseline, ratio, target, met))
    harness.print_table(header, lines[1:])


def _raw_writer(directory: Path, stem: str) -> tuple[sqlite3.Connection, Path]:
    handle, name = tempfile.mkstemp(prefix=f".{stem}.baseline-", suffix=".sqlite", dir=directory)
    os.close(handle)
    raw = sqlite3.connect(name)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute(
        "CREATE TABLE receipts (id INTEGER PRIMARY KEY, sale_id TEXT NOT NULL, "
        "at TEXT NOT NULL, total INTEGER NOT NULL)"
    )
    raw.commit()
    return raw, Path(name)


def _baskets(
    checkout: Checkout, skus: list[str], rng: random.Random, n: int
) -> list[list[BasketLine]]:
    return [[checkout.product_line(s) for s in rng.sample(skus, BASKET)] for _ in range(n)]


def _verdict_shares(verdicts: Counter[tuple[str, bool]], keys: int) -> str:
    return "verdicts among the check keys: " + ", ".join(
        f"{status}{'/eligible' if ok else ''} {n / keys:.0%}"
        for (status, ok), n in verdicts.most_common()
    )


def run(path: Path, args: argparse.Namespace) -> None:
    """Measure on the database at path and print the table (and the profile with --profile)."""
    rng = random.Random(args.seed + 1)
    big_store.read_through(path)
    conn = open_database(path)
    checkout = Checkout(conn)
    raw = sqlite3.connect(str(path))
    raw_writer, raw_path = _raw_writer(path.parent, path.name)
    moment = clock.now()
    skus = [r[0] for r in conn.execute("SELECT sku FROM products ORDER BY sku")]
    warmup, samples, sells = args.warmup, args.samples, args.sell_samples
    rows: list[Row] = []
    try:
        # check: engine vs raw primary-key lookup, independent random keys
        engine_keys = big_store.sample_staff(conn, rng, warmup + samples).badges
        raw_keys = big_store.sample_staff(conn, rng, warmup + samples).employee_nos
        verdicts = Counter(
            (v.status, v.eligible) for v in (checkout.check(b, at=moment) for b in engine_keys)
        )
        check, lookup = measure(
            [
                lambda i: checkout.check(engine_keys[i], at=moment),
                lambda i: raw.execute(_RAW_CHECK_SQL, (raw_keys[i],)).fetchone(),
            ],
            samples,
            warmup,
        )
        rows.append(Row("check", "us", check, lookup.p99, CHECK_TARGET))
        rows.append(Row("  baseline: SELECT staff by primary key", "us", lookup))

        # quote: five product_line scans and the quote, for random employees
        customers = big_store.sample_staff(conn, rng, warmup + samples).badges
        picks = [rng.sample(skus, BASKET) for _ in customers]
        ready = _baskets(checkout, skus, rng, warmup + samples)

        def quote(i: int) -> object:
            lines = [checkout.product_line(s) for s in picks[i]]
            return checkout.quote(customers[i], lines, at=moment)

        (quoted,) = measure([quote], samples, warmup)
        (priced,) = measure(
            [lambda i: checkout.quote(customers[i], ready[i], at=moment)], samples, warmup
        )
        rows.append(Row("quote (5 scans + price)", "ms", quoted, QUOTE_TARGET_NS, 1.0, "1 ms"))
        rows.append(Row("  quote, lines ready", "ms", priced))

        # sell: durable sale vs a one-row insert + commit in WAL, synchronous=FULL
        buyers = big_store.sample_staff(conn, rng, warmup + sells).badges
        baskets = _baskets(checkout, skus, rng, warmup + sells)
        receipt_ids = [str(uuid.uuid4()) for _ in buyers]
        stamp = clock.stamp(moment)

        def insert(i: int) -> None:
            raw_writer.execute(
                "INSERT INTO receipts (sale_id, at, total) VALUES (?, ?, ?)",
                (receipt_ids[i], stamp, 1234),
            )
            raw_writer.commit()

        sold, inserted = measure(
            [lambda i: checkout.sell(buyers[i], baskets[i], at=moment), insert], sells, warmup
        )
        rows.append(Row("sell (5 lines, durable)", "ms", sold, inserted.p99, SELL_TARGET))
        rows.append(Row("  baseline: 1-row INSERT + COMMIT", "ms", inserted))

        print(_verdict_shares(verdicts, len(engine_keys)))
        print()
        print_table(rows)
        print(
            f"\nfor comparison, p50 ratios: check {check.p50 / lookup.p50:.2f}x, "
            f"sell {sold.p50 / inserted.p50:.2f}x"
        )
        if args.profile:
            profile(checkout, engine_keys, customers, ready, buyers, baskets, moment)
    finally:
        raw.close()
        raw_writer.close()
        big_store.remove(raw_path)
        conn.close()


def profile(
    checkout: Checkout,
    badges: list[str],
    customers: list[str],
    ready: list[list[BasketLine]],
    buyers: list[str],
    baskets: list[list[BasketLine]],
    moment: dt.datetime,
) -> None:
    """cProfile of each engine path, and the SQL one call of it issues for an eligible buyer."""
    cases: list[tuple[str, list[str], Callable[[int], object], int]] = [
        ("check", badges, lambda i: checkout.check(badges[i], at=moment), 5000),
        (
            "quote, lines ready",
            customers,
            lambda i: checkout.quote(customers[i], ready[i], at=moment),
            5000,
        ),
        ("sell", buyers, lambda i: checkout.sell(buyers[i], baskets[i], at=moment), 300),
    ]
    for name, keys, op, n in cases:
        n = min(n, len(keys))
        typical = next((i for i, b in enumerate(keys) if checkout.check(b, at=moment).eligible), 0)
        statements: list[str] = []
        checkout.conn.set_trace_callback(statements.append)
        op(typical)
        checkout.conn.set_trace_callback(None)
        print(f"\n--- {name}: SQL of one call for an eligible buyer ({len(statements)} statements)")
        for text in statements:
            print(f"    {' '.join(text.split())[:96]}")
        profiler = cProfile.Profile()
        profiler.enable()
        for i in range(n):
            op(i)
        profiler.disable()
        for order, count in (("tottime", 16), ("cumulative", 12)):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order).print_stats(count)
            print(f"--- {name}: cProfile over {n} calls, by {order}")
            print("\n".join(line for line in out.getvalue().splitlines()[5:] if line.strip()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Benchmark check / quote / sell against baselines measured in the same run."
    )
    parser.add_argument("--staff", type=int, default=1_000_000, help="staff to build")
    parser.add_argument("--sales", type=int, default=1_000_000, help="journal sales to build")
    parser.add_argument("--samples", type=int, default=20_000, help="timed checks and quotes")
    parser.add_argument("--sell-samples", type=int, default=2_000, help="timed sells")
    parser.add_argument("--warmup", type=int, default=200, help="untimed calls before each")
    harness.store_options(parser)
    parser.add_argument("--profile", action="store_true", help="cProfile each engine path")
    args = parser.parse_args(argv)
    harness.check_options(
        parser,
        args,
        at_least_one=("staff", "sales", "samples", "sell_samples"),
        not_negative=("warmup",),
    )

    print(harness.machine("checkout"))
    with tempfile.TemporaryDirectory(prefix="pos-bench-", dir=args.dir) as tmp:
        path = harness.ready_store(
            args,
            tmp,
            building=f"{args.staff:,} staff, {args.sales:,} sales",
            ignored="--staff and --sales are",
            build=lambda at: big_store.build(at, args.staff, args.sales, args.seed),
            remove=big_store.remove,
        )
        counted = harness.count(path, big_store.COUNTS)
        if counted is None:
            return 2
        staff, sales = counted
        size = path.stat().st_size / 2**20
        print(f"database: {staff:,} staff, {sales:,} sales, {size:,.0f} MiB")
        print(
            f"samples: {args.samples:,} checks and quotes, {args.sell_samples:,} sells, "
            f"{args.warmup} warm-up calls each; engine and baseline interleaved in blocks of "
            f"{BLOCK}\n"
        )
        try:
            run(path, args)
        except StorageError as exc:
            print(f"cannot measure {path}: {exc}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

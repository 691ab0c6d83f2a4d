"""How fast the till's hot path is on a large store, against a baseline measured in the same run.

Run it from the repository root with the project's virtualenv:

    .venv/bin/python benchmarks/checkout.py                    # 1,000,000 staff and sales
    .venv/bin/python benchmarks/checkout.py --staff 100000 --sales 100000 --samples 5000

What it does
------------
1. Builds a pos-desktop database in a temporary directory (or at ``--keep PATH``): the schema
   through ``storage.open_database(create=True)``, the demo store's configuration through
   ``config.apply``, then N staff with one active EAN-13 badge each, a catalogue of products,
   and a journal of M sales with their lines spread over the employees and over the last
   year. The journal is a real hash chain (``hashchain.chain_hash`` over the same record shape
   ``journal.append`` hashes), so ``pos-desktop journal verify`` passes on a kept database.
   Rows go in with ``executemany``, one transaction per chunk, with ``synchronous=OFF`` for
   the build only; the file is checkpointed and put back to ``synchronous=FULL`` afterwards.
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
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import harness  # benchmarks/harness.py (this script's folder): what every benchmark shares

from pos_desktop.core import clock, config, demo
from pos_desktop.core.badge import ean13_check_digit
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.errors import StorageError
from pos_desktop.core.ledger import journal
from pos_desktop.core.ledger.hashchain import chain_hash, head
from pos_desktop.core.pricing import BasketLine

NS_PER_US = harness.NS_PER_US
NS_PER_MS = harness.NS_PER_MS
BLOCK = 50  # engine and baseline alternate in blocks of this many calls
CHUNK = 50_000  # rows per build transaction
PRODUCTS = 1_000
BASKET = 5

STORE_COUNTS = "SELECT (SELECT count(*) FROM staff), (SELECT count(*) FROM sales)"
CHECK_TARGET = 5.0  # p99(check) / p99(raw lookup)
QUOTE_TARGET_NS = 1 * NS_PER_MS  # p99(quote)
SELL_TARGET = 2.0  # p99(sell) / p99(raw insert + commit)

_FIRST = [
    "Adam",
    "Agnieszka",
    "Ana",
    "Bogdan",
    "Cristina",
    "Ewa",
    "Florin",
    "Irina",
    "Jakub",
    "Joanna",
    "Laura",
    "Łukasz",
]
_LAST = [
    "Nowak",
    "Kowalski",
    "Wójcik",
    "Zając",
    "Mazur",
    "Popa",
    "Radu",
    "Stoica",
    "Matei",
    "Tudor",
    "Brown",
    "Evans",
]

# Who the staff are, weighted roughly like the demo store.
_COMPANIES = (("ACME", 6), ("ACLOG", 2), ("ACFOOD", 2))
_RELATION = {"ACME": "own", "ACLOG": "group", "ACFOOD": "group"}
_EMPLOYMENT = (
    ("full_time", 12),
    ("part_time", 5),
    ("seasonal", 2),
    ("contractor", 1),
    ("retiree", 1),
)
_STATUS = (("active", 40), ("suspended", 1), ("terminated", 1))
_ROLE = (("none", 14), ("cashier", 4), ("supervisor", 1))
_DEPARTMENTS: tuple[str | None, ...] = ("OPS", "OPS", "MKT", "IT", None)

# (category, employee_discount, share of the catalogue)
_CATEGORIES = (
    ("CLOTH", True, 20),
    ("SHOE", True, 8),
    ("ELEC", True, 12),
    ("HOME", True, 12),
    ("GROC", True, 15),
    ("BEAU", True, 8),
    ("TOYS", True, 6),
    ("BOOK", True, 5),
    ("SPORT", True, 6),
    ("ALCO", False, 5),
    ("TOBA", False, 2),
    ("GIFT", False, 1),
)

_SALE_SQL = (
    f"INSERT INTO sales ({', '.join(journal.SALE_FIELDS)}, prev_hash, hash) "
    f"VALUES ({', '.join('?' * (len(journal.SALE_FIELDS) + 2))})"
)
_LINE_SQL = (
    f"INSERT INTO sale_lines (sale_id, {', '.join(journal.LINE_FIELDS)}) "
    f"VALUES ({', '.join('?' * (len(journal.LINE_FIELDS) + 1))})"
)
_STAFF_SQL = (
    "INSERT INTO staff (employee_no, name, company, department, employment_type, status, "
    "start_date, end_date, role, pin_hash, photo, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, NULL, ?)"
)
_BADGE_SQL = (
    "INSERT INTO badges (code, holder_type, holder_id, status, reason, issued_at, revoked_at, "
    "updated_at) VALUES (?, 'staff', ?, 'active', NULL, ?, NULL, ?)"
)
_PRODUCT_SQL = (
    "INSERT INTO products (sku, barcode, name, category, price, cost, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_RAW_CHECK_SQL = "SELECT * FROM staff WHERE employee_no = ?"


# Building the store


def employee_no(i: int) -> str:
    return f"E{i:07d}"


def _weighted(rng: random.Random, table: Sequence[tuple[str, int]], k: int) -> list[str]:
    return rng.choices([row[0] for row in table], weights=[row[1] for row in table], k=k)


@dataclass
class StaffFacts:
    """What the journal generator needs to know about each employee (index = number - 1)."""

    company: list[str]
    department: list[str | None]
    relation: list[str]
    policy: list[str | None]
    percent: list[int]
    active: list[bool]


def _policy(relation: str, employment: str) -> tuple[str | None, int]:
    """The demo configuration's first matching policy and its headline percent."""
    if relation == "own" and employment in ("full_time", "part_time"):
        return "Staff", 20
    if relation == "own" and employment == "seasonal":
        return "Seasonal staff", 10
    if relation == "group" and employment in ("full_time", "part_time"):
        return "Group staff", 10
    if employment == "retiree":
        return "Retirees", 10
    return None, 0


@contextmanager
def _chunk(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    conn.execute("COMMIT")


def _insert_staff(
    conn: sqlite3.Connection, staff: int, rng: random.Random, today: dt.date, now: str
) -> StaffFacts:
    facts = StaffFacts([], [], [], [], [], [])
    for first in range(1, staff + 1, CHUNK):
        last = min(staff, first + CHUNK - 1)
        n = last - first + 1
        companies = _weighted(rng, _COMPANIES, n)
        employments = _weighted(rng, _EMPLOYMENT, n)
        statuses = _weighted(rng, _STATUS, n)
        roles = _weighted(rng, _ROLE, n)
        staff_rows = []
        badge_rows = []
        for k, i in enumerate(range(first, last + 1)):
            number = employee_no(i)
            company = companies[k]
            employment = employments[k]
            department = rng.choice(_DEPARTMENTS)
            # about 1.5% still on probation (started in the last 90 days)
            start = today - dt.timedelta(days=rng.randint(10, 15 * 365))
            name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            status, role = statuses[k], roles[k]
            staff_rows.append(
                (number, name, company, department, employment, status, str(start), role, now)
            )
            badge_rows.append((demo.badge_for("0", i), number, now, now))
            policy, percent = _policy(_RELATION[company], employment)
            facts.company.append(company)
            facts.department.append(department)
            facts.relation.append(_RELATION[company])
            facts.policy.append(policy)
            facts.percent.append(percent)
            facts.active.append(status == "active")
        with _chunk(conn):
            conn.executemany(_STAFF_SQL, staff_rows)
            conn.executemany(_BADGE_SQL, badge_rows)
    return facts


def _insert_products(
    conn: sqlite3.Connection, rng: random.Random, now: str
) -> list[tuple[str, str, str, int, int, bool]]:
    """PRODUCTS products; returns (sku, name, category, price, cost, discountable) each."""
    products: list[tuple[str, str, str, int, int, bool]] = []
    rows = []
    codes = [c[0] for c in _CATEGORIES]
    discountable = {c[0]: c[1] for c in _CATEGORIES}
    categories = rng.choices(codes, weights=[c[2] for c in _CATEGORIES], k=PRODUCTS)
    for n, category in enumerate(categories, start=1):
        sku = f"{category[:4]}-{n:04d}"
        body = f"590{n:09d}"
        barcode = body + str(ean13_check_digit(body))
        price = rng.randint(3, 120) * 100 - rng.choice([0, 1, 5, 51])
        cost = price * rng.randint(45, 75) // 100
        name = f"{category.title()} item {n}"
        products.append((sku, name, category, price, cost, discountable[category]))
        rows.append((sku, barcode, name, category, price, cost, now))
    with _chunk(conn):
        conn.executemany(_PRODUCT_SQL, rows)
    return products


def _insert_sales(
    conn: sqlite3.Connection,
    sales: int,
    facts: StaffFacts,
    products: list[tuple[str, str, str, int, int, bool]],
    rng: random.Random,
    now: dt.datetime,
) -> int:
    """M chained sales over the last year, in time order; returns the number of lines."""
    staff = len(facts.company)
    span = dt.timedelta(days=365).total_seconds()
    start = now - dt.timedelta(days=365)
    prev = head(conn, "sales")
    line_count = 0
    for first in range(0, sales, CHUNK):
        sale_rows = []
        line_rows = []
        for s in range(first, min(sales, first + CHUNK)):
            e = rng.randrange(staff)
            moment = clock.stamp(start + dt.timedelta(seconds=(s + rng.random()) * span / sales))
            sale_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            staff_terms = facts.active[e] and facts.policy[e] is not None
            percent = facts.percent[e] if staff_terms else 0
            cap = 5000  # max_discount_per_sale of the Staff policy, roughly
            lines: list[dict[str, object]] = []
            subtotal = discount = 0
            for line_no in range(1, rng.randint(1, BASKET) + 1):
                sku, name, category, price, cost, can_discount = rng.choice(products)
                qty = 1 if rng.random() < 0.8 else 2
                gross = price * qty
                off = min(gross * percent // 100, cap - discount) if can_discount else 0
                lines.append(
                    {
                        "line_no": line_no,
                        "sku": sku,
                        "name": name,
                        "category": category,
                        "qty": qty,
                        "unit_price": price,
                        "cost": cost,
                        "gross": gross,
                        "discount": off,
                        "total": gross - off,
                        "rule": f"{percent}% staff" if off else "regular price",
                    }
                )
                subtotal += gross
                discount += off
            sale: dict[str, object] = {
                "id": sale_id,
                "kind": "sale",
                "refund_of": None,
                "till": "T1",
                "at": moment,
                "period_at": moment,
                "cashier_no": employee_no(1 + rng.randrange(min(staff, 100))),
                "customer_badge": demo.badge_for("0", e + 1),
                "customer_status": "internal" if facts.active[e] else "blocked",
                "customer_kind": "employee" if facts.relation[e] == "own" else "group_employee",
                "employee_no": employee_no(e + 1),
                "dependant_no": None,
                "department": facts.department[e],
                "company": facts.company[e],
                "policy": facts.policy[e] if staff_terms else None,
                "subtotal": subtotal,
                "discount": discount,
                "total": subtotal - discount,
                "allowance_delta": discount if staff_terms else 0,
                "override_by": None,
                "override_reason": None,
            }
            # the record journal.append hashes: every journal field (None for those this
            # generator does not fill) plus the lines' fields
            record = {f: sale.get(f) for f in journal.SALE_FIELDS}
            rows = [{f: line.get(f) for f in journal.LINE_FIELDS} for line in lines]
            digest = chain_hash(prev, {**record, "lines": rows})
            sale_rows.append((*record.values(), prev, digest))
            prev = digest
            for row in rows:
                line_rows.append((sale_id, *row.values()))
        with _chunk(conn):
            conn.executemany(_SALE_SQL, sale_rows)
            conn.executemany(_LINE_SQL, line_rows)
        line_count += len(line_rows)
        if sys.stdout.isatty():
            print(f"  sales {min(sales, first + CHUNK):>10,} / {sales:,}", end="\r", flush=True)
    return line_count


def build(path: Path, staff: int, sales: int, seed: int) -> float:
    """Create the store at path; returns the seconds it took."""
    began = time.perf_counter()
    rng = random.Random(seed)
    moment = clock.now()
    now = clock.stamp(moment)
    conn = open_database(path, create=True)
    try:
        config.apply(
            conn, config.config_from_dict(demo.DEMO_CONFIG, "benchmark"), actor="benchmark"
        )
        conn.execute("PRAGMA synchronous=OFF")  # the build only; measured connections are FULL
        conn.execute("PRAGMA cache_size=-1048576")  # 1 GiB: random UUID index inserts
        # No implicit transactions from the sqlite3 module: one BEGIN/COMMIT per chunk.
        conn.isolation_level = None
        step = time.perf_counter()
        facts = _insert_staff(conn, staff, rng, moment.date(), now)
        print(f"  staff and badges: {staff:,} in {time.perf_counter() - step:.1f} s")
        products = _insert_products(conn, rng, now)
        step = time.perf_counter()
        lines = _insert_sales(conn, sales, facts, products, rng, moment)
        print(f"  sales: {sales:,} with {lines:,} lines in {time.perf_counter() - step:.1f} s")
        step = time.perf_counter()
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"  checkpoint in {time.perf_counter() - step:.1f} s")
    finally:
        conn.close()
    return time.perf_counter() - began


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
class Keys:
    badges: list[str]
    employee_nos: list[str]


def sample_staff(conn: sqlite3.Connection, rng: random.Random, n: int) -> Keys:
    """n random staff members (with repetition) who have an active badge."""
    count = conn.execute("SELECT max(rowid) FROM staff").fetchone()[0] or 0
    badges: list[str] = []
    numbers: list[str] = []
    while len(badges) < n:
        row = conn.execute(
            "SELECT s.employee_no, b.code FROM staff s JOIN badges b "
            "ON b.holder_type = 'staff' AND b.holder_id = s.employee_no AND b.status = 'active' "
            "WHERE s.rowid = ?",
            (rng.randint(1, count),),
        ).fetchone()
        if row is not None:
            numbers.append(row[0])
            badges.append(row[1])
    return Keys(badges, numbers)


def _read_through(path: Path) -> None:
    """Read the file once so the OS caches it for engine and baseline alike."""
    for name in (path, Path(f"{path}-wal")):
        if name.exists():
            with name.open("rb") as handle:
                while handle.read(1 << 24):
                    pass


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


def _remove_db(path: Path) -> None:
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        name.unlink(missing_ok=True)


def _baskets(
    checkout: Checkout, skus: list[str], rng: random.Random, n: int
) -> list[list[BasketLine]]:
    return [[checkout.product_line(s) for s in rng.sample(skus, BASKET)] for _ in range(n)]


def run(path: Path, args: argparse.Namespace) -> None:
    """Measure on the database at path and print the table (and the profile with --profile)."""
    rng = random.Random(args.seed + 1)
    _read_through(path)
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
        engine_keys = sample_staff(conn, rng, warmup + samples).badges
        raw_keys = sample_staff(conn, rng, warmup + samples).employee_nos
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
        customers = sample_staff(conn, rng, warmup + samples).badges
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
        buyers = sample_staff(conn, rng, warmup + sells).badges
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

        print(
            "verdicts among the check keys: "
            + ", ".join(
                f"{status}{'/eligible' if ok else ''} {n / len(engine_keys):.0%}"
                for (status, ok), n in verdicts.most_common()
            )
        )
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
        _remove_db(raw_path)
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
            build=lambda at: build(at, args.staff, args.sales, args.seed),
            remove=_remove_db,
        )
        counted = harness.count(path, STORE_COUNTS)
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

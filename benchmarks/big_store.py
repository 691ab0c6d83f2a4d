"""The large store the benchmarks measure, built fast: the schema through
``storage.open_database(create=True)``, the demo store's configuration through
``config.apply``, then N staff with one active EAN-13 badge each, a catalogue of products, and
a journal of M sales with their lines spread over the employees and over the last year. The
journal is a real hash chain (``hashchain.chain_hash`` over the same record shape
``journal.append`` hashes), so ``pos-desktop journal verify`` passes on a kept database. Rows
go in with ``executemany``, one transaction per chunk, with ``synchronous=OFF`` for the build
only; the file is checkpointed and put back to ``synchronous=FULL`` afterwards.

Also what a benchmark does with it: count its staff and sales, draw random staff with an
active badge, read it once into the OS cache, remove it with its WAL."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pos_desktop.core import clock, config, config_parse, demo
from pos_desktop.core.badge import ean13_check_digit
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.ledger import journal
from pos_desktop.core.ledger.hashchain import chain_hash, head

CHUNK = 50_000  # rows per build transaction
PRODUCTS = 1_000
BASKET = 5  # lines in each sale of the journal

COUNTS = "SELECT (SELECT count(*) FROM staff), (SELECT count(*) FROM sales)"

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


def _basket(
    products: list[tuple[str, str, str, int, int, bool]], rng: random.Random, percent: int
) -> tuple[list[dict[str, object]], int, int]:
    """One sale's lines at `percent` off where the category allows, with its subtotal and
    discount."""
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
    return lines, subtotal, discount


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
            lines, subtotal, discount = _basket(products, rng, percent)
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
            rows = [{f: line.get(f) for f in journal.LINE_BASE_FIELDS} for line in lines]
            digest = chain_hash(prev, {**record, "lines": rows})
            sale_rows.append((*record.values(), prev, digest))
            prev = digest
            for line in lines:
                line_rows.append((sale_id, *(line.get(f) for f in journal.LINE_FIELDS)))
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
            conn, config_parse.config_from_dict(demo.DEMO_CONFIG, "benchmark"), actor="benchmark"
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


def read_through(path: Path) -> None:
    """Read the file once so the OS caches it for engine and baseline alike."""
    for name in (path, Path(f"{path}-wal")):
        if name.exists():
            with name.open("rb") as handle:
                while handle.read(1 << 24):
                    pass


def remove(path: Path) -> None:
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        name.unlink(missing_ok=True)

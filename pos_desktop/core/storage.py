"""The SQLite file: opening it safely, its schema migrations, and its failure messages.

One file holds the registry, the rules, the sales journal and the audit log. It runs in WAL
mode with `synchronous=FULL` so that a completed sale survives a power cut, and a busy timeout
so that a till and the admin window can share it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database, Migrations

from pos_desktop.core.errors import StorageError

BUSY_TIMEOUT_MS = 5000
MIGRATION_SET = "pos_desktop"

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_initial(db: Database) -> None:
    db.table("settings").create({"key": str, "value": str}, pk="key", not_null={"value"})
    db.table("companies").create(
        {"code": str, "name": str, "relation": str, "updated_at": str},
        pk="code",
        not_null={"name", "relation", "updated_at"},
    )
    db.table("departments").create(
        {"code": str, "name": str, "cost_centre": str, "updated_at": str},
        pk="code",
        not_null={"name", "cost_centre", "updated_at"},
    )
    db.table("staff").create(
        {
            "employee_no": str,
            "name": str,
            "company": str,
            "department": str,
            "employment_type": str,
            "status": str,
            "start_date": str,
            "end_date": str,
            "role": str,
            "pin_hash": str,
            "photo": bytes,
            "updated_at": str,
        },
        pk="employee_no",
        not_null={"name", "company", "employment_type", "status", "role", "updated_at"},
        foreign_keys=[("company", "companies", "code"), ("department", "departments", "code")],
    )
    db.table("dependants").create(
        {
            "dependant_no": str,
            "employee_no": str,
            "name": str,
            "status": str,
            "updated_at": str,
        },
        pk="dependant_no",
        not_null={"employee_no", "name", "status", "updated_at"},
        foreign_keys=[("employee_no", "staff", "employee_no")],
    )
    db.table("dependants").create_index(["employee_no"])
    db.table("badges").create(
        {
            "code": str,
            "holder_type": str,  # staff | dependant | department
            "holder_id": str,
            "status": str,  # active | revoked
            "reason": str,
            "issued_at": str,
            "revoked_at": str,
            "updated_at": str,
        },
        pk="code",
        not_null={"holder_type", "holder_id", "status", "issued_at", "updated_at"},
    )
    db.table("badges").create_index(["holder_type", "holder_id"])
    db.table("categories").create(
        {"code": str, "name": str, "employee_discount": int, "updated_at": str},
        pk="code",
        not_null={"name", "employee_discount", "updated_at"},
    )
    db.table("products").create(
        {
            "sku": str,
            "barcode": str,
            "name": str,
            "category": str,
            "price": int,
            "cost": int,
            "updated_at": str,
        },
        pk="sku",
        not_null={"name", "category", "price", "updated_at"},
        foreign_keys=[("category", "categories", "code")],
    )
    db.table("products").create_index(["barcode"], unique=True)
    db.table("policies").create(
        {
            "name": str,
            "position": int,
            "relation": str,
            "employment": str,  # JSON list, or NULL for any
            "method": str,
            "percent": str,  # percentages are Decimal text, e.g. "12.5"
            "markup": str,
            "open_percent": str,
            "floor_margin_percent": str,
            "max_discount_per_sale": int,
            "allowance_amount": int,
            "allowance_period": str,
            "probation_days": int,
            "max_units_per_sku": int,
            "dependants": int,
            "category_percent": str,  # JSON object category -> percent text
            "updated_at": str,
        },
        pk="name",
        not_null={"position", "method", "probation_days", "dependants", "updated_at"},
    )
    db.table("sales").create(
        {
            "seq": int,
            "id": str,
            "kind": str,  # sale | refund
            "refund_of": str,
            "till": str,
            "at": str,
            "period_at": str,  # the moment whose allowance period this record counts in
            "cashier_no": str,
            "customer_badge": str,
            "customer_status": str,
            "customer_kind": str,
            "employee_no": str,  # whose allowance this record uses (or gives back)
            "dependant_no": str,
            "department": str,
            "company": str,
            "policy": str,
            "subtotal": int,
            "discount": int,
            "total": int,
            "allowance_delta": int,
            "override_by": str,
            "override_reason": str,
            "prev_hash": str,
            "hash": str,
        },
        pk="seq",
        not_null={
            "id",
            "kind",
            "till",
            "at",
            "period_at",
            "customer_status",
            "subtotal",
            "discount",
            "total",
            "allowance_delta",
            "prev_hash",
            "hash",
        },
    )
    db.table("sales").create_index(["id"], unique=True)
    db.table("sales").create_index(["employee_no", "period_at"])
    db.table("sales").create_index(["refund_of"])
    db.table("sales").create_index(["at"])
    db.table("sale_lines").create(
        {
            "sale_id": str,
            "line_no": int,
            "sku": str,
            "name": str,
            "category": str,
            "qty": int,
            "unit_price": int,
            "cost": int,
            "gross": int,
            "discount": int,
            "total": int,
            "rule": str,
        },
        pk=("sale_id", "line_no"),
        not_null={"name", "category", "qty", "unit_price", "gross", "discount", "total", "rule"},
    )
    db.table("audit").create(
        {
            "seq": int,
            "at": str,
            "till": str,
            "actor": str,
            "action": str,
            "subject": str,
            "before": str,
            "after": str,
            "prev_hash": str,
            "hash": str,
        },
        pk="seq",
        not_null={"at", "till", "actor", "action", "prev_hash", "hash"},
    )
    for table in ("sales", "sale_lines", "audit"):
        for event in ("UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER {table}_append_only_{event.lower()} BEFORE {event} ON {table} "
                "BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"
            )


KNOWN_MIGRATIONS = frozenset(m.name for m in migrations._migrations)


@contextlib.contextmanager
def storage_errors(path: Path | str) -> Iterator[None]:
    """Turn SQLite's failures into one-line messages a cashier or admin can act on."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        raise StorageError(_explain(exc, path)) from exc
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.IntegrityError):
            raise
        raise StorageError(_explain(exc, path)) from exc


def _explain(exc: sqlite3.Error, path: Path | str) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return (
            f"the database {path} is busy (another till or the admin window is saving); "
            "nothing was recorded, try again in a moment"
        )
    if "disk is full" in text or "database or disk is full" in text:
        return f"the disk holding {path} is full; nothing was recorded, free some space and retry"
    if "readonly" in text or "read-only" in text:
        return f"the database {path} is read-only; nothing was recorded, check its permissions"
    if "not a database" in text:
        return f"{path} is not a pos-desktop database (it is not an SQLite file)"
    if "malformed" in text or "corrupt" in text:
        return f"the database {path} is damaged ({exc}); restore it from a backup"
    if "unable to open" in text:
        return f"cannot open the database {path}; check that its folder exists and is writable"
    return f"the database {path} could not be used: {exc}"


def connect(path: Path | str) -> sqlite3.Connection:
    """Open an SQLite connection with the app's pragmas; no schema check."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    try:
        _configure(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def _configure(conn: sqlite3.Connection, path: Path | str) -> None:
    with storage_errors(path):
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys=ON")
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode.lower() not in ("wal", "memory"):
            raise StorageError(f"the database {path} cannot use write-ahead logging ({mode})")
        conn.execute("PRAGMA synchronous=FULL")


def open_database(path: Path | str, *, create: bool = False) -> Database:
    """Open (or with create=True, make) a pos-desktop database and bring its schema up to date.

    Refuses, changing nothing, a missing file, a file that is not SQLite, an SQLite file that
    is not ours, and a database written by a newer version of the app.
    """
    target = Path(path) if str(path) != ":memory:" else None
    if target is not None and not create and not target.exists():
        raise StorageError(f"there is no database at {path}; create one with 'pos-desktop init'")
    if target is not None and target.exists() and not _looks_like_sqlite(target):
        raise StorageError(f"{path} is not a pos-desktop database (it is not an SQLite file)")
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    db = Database(conn, execute_plugins=False, recursive_triggers=False)
    try:
        with storage_errors(path):
            applied = {m.name for m in migrations.applied(db)}
            tables = set(db.table_names())
            unknown = applied - KNOWN_MIGRATIONS
            if unknown:
                raise StorageError(
                    f"{path} was written by a newer version of pos-desktop; "
                    "update the app before opening it"
                )
            if not applied and tables - {"_sqlite_migrations"}:
                raise StorageError(f"{path} is an SQLite file but not a pos-desktop database")
            if not applied and not create:
                raise StorageError(
                    f"there is no pos-desktop database at {path}; create one with "
                    "'pos-desktop init'"
                )
            _configure(conn, path)
            migrations.apply(db)
    except BaseException:
        conn.close()
        raise
    return db


def _looks_like_sqlite(path: Path) -> bool:
    if path.stat().st_size == 0:
        return True
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT: takes the write lock up front so chained records never race."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.rollback()
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            conn.rollback()
            raise


def backup(conn: sqlite3.Connection, destination: Path) -> None:
    """Copy the live database with SQLite's online backup; safe while tills keep selling."""
    tmp = destination.with_name(destination.name + ".partial")
    tmp.unlink(missing_ok=True)
    target = sqlite3.connect(str(tmp))
    try:
        with storage_errors(destination):
            conn.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        target.close()
        tmp.unlink(missing_ok=True)
        raise
    target.close()
    tmp.replace(destination)

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

from pos_desktop.core.errors import StorageError

BUSY_TIMEOUT_MS = 5000
MIGRATION_SET = "pos_desktop"

# The migrations this version knows, in order; pos_desktop.core.schema defines them. Opening a
# database whose migrations are all applied needs no sqlite-utils import (the till's start-up).
KNOWN_MIGRATIONS = (
    "m001_initial",
    "m002_staff_name_search",
    "m003_staff_filter_indexes",
    "m004_import_profiles",
    "m005_day_close",
    "m006_report_rollup",
    "m007_central_sync",
)


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


def _configure(conn: sqlite3.Connection, path: Path | str) -> None:
    with storage_errors(path):
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys=ON")
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode.lower() not in ("wal", "memory"):
            raise StorageError(f"the database {path} cannot use write-ahead logging ({mode})")
        conn.execute("PRAGMA synchronous=FULL")


def open_database(path: Path | str, *, create: bool = False) -> sqlite3.Connection:
    """Open (or with create=True, make) a pos-desktop database and bring its schema up to date.

    Refuses, changing nothing, a missing file, a folder, a file that is not SQLite, an SQLite
    file that is not ours, and a database written by a newer version of the app.
    """
    target = Path(path) if str(path) != ":memory:" else None
    if target is not None and target.is_dir():
        raise StorageError(f"{path} is a folder; give the database file's path")
    if target is not None and not create and not target.exists():
        raise StorageError(f"there is no database at {path}; create one with 'pos-desktop init'")
    if target is not None and target.exists() and not _looks_like_sqlite(target):
        raise StorageError(f"{path} is not a pos-desktop database (it is not an SQLite file)")
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    try:
        with storage_errors(path):
            applied = _applied_migrations(conn)
            if set(applied) - set(KNOWN_MIGRATIONS):
                raise StorageError(
                    f"{path} was written by a newer version of pos-desktop; "
                    "update the app before opening it"
                )
            if not applied:
                tables = {
                    r[0]
                    for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                }
                if tables - {"_sqlite_migrations"}:
                    raise StorageError(f"{path} is an SQLite file but not a pos-desktop database")
                if not create:
                    raise StorageError(
                        f"there is no pos-desktop database at {path}; create one with "
                        "'pos-desktop init'"
                    )
            _configure(conn, path)
            if applied != list(KNOWN_MIGRATIONS):
                from pos_desktop.core import schema

                schema.migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _applied_migrations(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return []
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            (MIGRATION_SET,),
        )
    ]


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

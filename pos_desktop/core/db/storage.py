"""The SQLite file: opening it safely, its schema migrations, and its failure messages.

One file holds the registry, the rules, the sales journal and the audit log. It runs in WAL
mode with `synchronous=FULL` so that a completed sale survives a power cut, and a busy timeout
so that a till and the admin window can share it.
"""

from __future__ import annotations

import contextlib
import functools
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from pos_desktop.core.db.versions import KNOWN_MIGRATIONS, MIGRATION_SET
from pos_desktop.core.errors import DamagedDatabase, StorageError
from pos_desktop.core.files import note_database
from pos_desktop.core.text import QT_TRANSLATE_NOOP

BUSY_TIMEOUT_MS = 5000
# Waiting for the write lock is done in short turns: SQLite's own wait looks again only every
# 100 ms after a while, and two busy tills can keep taking the lock in between those looks.
LOCK_POLL_MS = 10
DAMAGED = QT_TRANSLATE_NOOP("Storage", "the database {path} is damaged ({problem})")
IN_USE = QT_TRANSLATE_NOOP(
    "Storage",
    "{path} is open in a till, the admin window or another command; close them first, or "
    "their sales would go on into the old file and be lost",
)


@contextlib.contextmanager
def storage_errors(path: Path | str) -> Iterator[None]:
    """Turn SQLite's failures into one-line messages a cashier or admin can act on."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        raise _failure(exc, path) from exc
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.IntegrityError):
            raise
        raise _failure(exc, path) from exc


class _OnADatabase(Protocol):
    @property
    def database(self) -> str: ...


Self = TypeVar("Self", bound=_OnADatabase)
P = ParamSpec("P")
R = TypeVar("R")


def in_storage_words(
    method: Callable[Concatenate[Self, P], R],
) -> Callable[Concatenate[Self, P], R]:
    """A method of an object with a `database` (its file's name) whose SQLite failures come
    out as storage_errors words them."""

    @functools.wraps(method)
    def wrapper(self: Self, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with storage_errors(self.database):
            return method(self, *args, **kwargs)

    return wrapper


def _failure(exc: sqlite3.Error, path: Path | str) -> StorageError:
    text = str(exc).lower()
    damaged = any(w in text for w in ("malformed", "corrupt", "not a database"))
    return (DamagedDatabase if damaged else StorageError)(_explain(exc, path))


def _explain(exc: sqlite3.Error, path: Path | str) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        template = QT_TRANSLATE_NOOP(
            "Storage",
            "the database {path} is busy (another till or the admin window is saving); "
            "nothing was recorded, try again in a moment",
        )
    elif "disk is full" in text or "database or disk is full" in text:
        template = QT_TRANSLATE_NOOP(
            "Storage",
            "the disk holding {path} is full; nothing was recorded, free some space and retry",
        )
    elif "readonly" in text or "read-only" in text:
        template = QT_TRANSLATE_NOOP(
            "Storage",
            "the database {path} is read-only; nothing was recorded, check its permissions",
        )
    elif "not a database" in text:
        template = QT_TRANSLATE_NOOP(
            "Storage", "{path} is not a pos-desktop database (it is not an SQLite file)"
        )
    elif "malformed" in text or "corrupt" in text:
        template = QT_TRANSLATE_NOOP(
            "Storage", "the database {path} is damaged ({problem}); restore it from a backup"
        )
    elif "unable to open" in text:
        template = QT_TRANSLATE_NOOP(
            "Storage",
            "cannot open the database {path}; check that its folder exists and is writable",
        )
    else:
        template = QT_TRANSLATE_NOOP("Storage", "the database {path} could not be used: {problem}")
    return template.format(path=path, problem=exc)


def _configure(conn: sqlite3.Connection, path: Path | str) -> None:
    with storage_errors(path):
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys=ON")
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode.lower() not in ("wal", "memory"):
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Storage", "the database {path} cannot use write-ahead logging ({mode})"
                ).format(path=path, mode=mode)
            )
        conn.execute("PRAGMA synchronous=FULL")


def open_database(path: Path | str, *, create: bool = False) -> sqlite3.Connection:
    """Open (or with create=True, make) a pos-desktop database and bring its schema up to date.

    Refuses, changing nothing, a missing file, a folder, a file that is not SQLite, an SQLite
    file that is not ours, and a database written by a newer version of the app.
    """
    target = Path(path) if str(path) != ":memory:" else None
    if target is not None and target.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Storage", "{path} is a folder; give the database file's path"
            ).format(path=path)
        )
    if target is not None and not create and not target.exists():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Storage", "there is no database at {path}; create one with 'pos-desktop init'"
            ).format(path=path)
        )
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    try:
        with storage_errors(path):
            sqlite = target is None or _is_sqlite(conn)
        if not sqlite:
            raise DamagedDatabase(
                QT_TRANSLATE_NOOP(
                    "Storage", "{path} is not a pos-desktop database (it is not an SQLite file)"
                ).format(path=path)
            )
        with storage_errors(path):
            applied = _applied_migrations(conn)
            if set(applied) - set(KNOWN_MIGRATIONS):
                raise StorageError(
                    QT_TRANSLATE_NOOP(
                        "Storage",
                        "{path} was written by a newer version of pos-desktop; "
                        "update the app before opening it",
                    ).format(path=path)
                )
            if not applied:
                tables = {
                    r[0]
                    for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                }
                if tables - {"_sqlite_migrations"}:
                    raise StorageError(
                        QT_TRANSLATE_NOOP(
                            "Storage", "{path} is an SQLite file but not a pos-desktop database"
                        ).format(path=path)
                    )
                if not create:
                    raise StorageError(
                        QT_TRANSLATE_NOOP(
                            "Storage",
                            "there is no pos-desktop database at {path}; create one with "
                            "'pos-desktop init'",
                        ).format(path=path)
                    )
            _configure(conn, path)
            if applied != list(KNOWN_MIGRATIONS):
                from pos_desktop.core.db import schema

                schema.migrate(conn)
            if target is not None:
                from pos_desktop.core.db import access

                changed = access.tighten(conn, target)
                if changed:
                    # a read-only database: the files are tightened all the same, unaudited
                    with contextlib.suppress(sqlite3.Error), write_transaction(conn):
                        access.record_tightening(conn, changed)
    except BaseException:
        conn.close()
        raise
    if target is not None:
        note_database(target)
    return conn


def database_file(conn: sqlite3.Connection) -> Path | None:
    """The file an open connection's main database lives in (None for one held in memory)."""
    name = conn.execute("PRAGMA database_list").fetchone()[2]
    return Path(name) if name else None


def in_use(path: Path) -> bool:
    """Whether a till, the admin window or a command (in another process or this one) has the
    database open, so that a file put in its place would leave them writing to the old one.

    SQLite's own locks say: in WAL mode every open connection that has read holds a shared lock
    on the file, so an exclusive lock is refused while any is open; with none open it is given
    and let go at once, changing nothing. A file SQLite cannot use as a database is in no one's
    use."""
    if not path.is_file():
        return False
    probe = sqlite3.connect(str(path), timeout=0, isolation_level=None)
    try:
        probe.execute("PRAGMA locking_mode=EXCLUSIVE")
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        probe.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        return exc.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    except sqlite3.DatabaseError:
        return False
    finally:
        probe.close()
    return False


def open_read_only(path: Path | str) -> sqlite3.Connection:
    """Open a pos-desktop database only to read it, for the commands that change nothing
    (`journal verify`, `check`, the reports): a read-only file, or one on read-only media
    (a CD, a write-protected card, a read-only mount), where SQLite cannot create the
    write-ahead log's files; then it reads the file as it is (`immutable`). Its schema must
    be this version's: nothing can bring it up to date."""
    target = Path(path)
    if not target.is_file():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Storage", "there is no database at {path}; create one with 'pos-desktop init'"
            ).format(path=path)
        )
    conn: sqlite3.Connection | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(
                f"{target.resolve().as_uri()}?{query}", uri=True, check_same_thread=False
            )
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            break
        except sqlite3.OperationalError:
            if conn is not None:
                conn.close()
                conn = None
        except sqlite3.DatabaseError:
            if conn is not None:
                conn.close()
            raise DamagedDatabase(
                QT_TRANSLATE_NOOP(
                    "Storage", "{path} is not a pos-desktop database (it is not an SQLite file)"
                ).format(path=path)
            ) from None
    if conn is None:
        raise StorageError(
            QT_TRANSLATE_NOOP("Storage", "cannot read the database {path}").format(path=path)
        )
    conn.row_factory = sqlite3.Row
    try:
        with storage_errors(path):
            conn.execute("PRAGMA query_only=ON")
            if _applied_migrations(conn) != list(KNOWN_MIGRATIONS):
                raise StorageError(
                    QT_TRANSLATE_NOOP(
                        "Storage",
                        "{path} is read-only and was written by another version of "
                        "pos-desktop; open it once where it can be written",
                    ).format(path=path)
                )
        problem = integrity_problem(conn)
        if problem is not None:
            raise DamagedDatabase(DAMAGED.format(path=path, problem=problem))
    except BaseException:
        conn.close()
        raise
    note_database(target)
    return conn


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    """What SQLite's quick_check finds wrong with the database, or None when it is sound.
    It reads every page: about a second for a store of a million staff."""
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows == ["ok"]:
        return None
    return "; ".join(" ".join(r.split()) for r in rows[:3])


def open_checked(path: Path | str) -> sqlite3.Connection:
    """open_database, then quick_check: a damaged file raises DamagedDatabase at once rather
    than when a sale reaches the damaged page."""
    conn = open_database(path)
    problem = integrity_problem(conn)
    if problem is not None:
        conn.close()
        raise DamagedDatabase(DAMAGED.format(path=path, problem=problem))
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


def _is_sqlite(conn: sqlite3.Connection) -> bool:
    """Whether SQLite reads the file as a database (an empty file is one).

    SQLite reads the header, never our code: a process that opens and closes the database with
    anything but SQLite loses all its locks on it (POSIX locks belong to the process), and a
    till or the admin window opens a second connection while its first one holds them.
    """
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            return False
        raise
    return True


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT: takes the write lock up front so chained records never race.
    Waits up to BUSY_TIMEOUT_MS for another till or the admin window to finish its write."""
    _begin_immediate(conn)
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


@contextlib.contextmanager
def without_fsync(conn: sqlite3.Connection) -> Iterator[None]:
    """Writes that may be lost in a power cut (never corrupted): SQLite's synchronous=NORMAL,
    so they cost no disk flush. The next FULL commit, a sale's, flushes them along with it."""
    conn.execute("PRAGMA synchronous=NORMAL")
    try:
        yield
    finally:
        conn.execute("PRAGMA synchronous=FULL")


def _begin_immediate(conn: sqlite3.Connection) -> None:
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    conn.execute(f"PRAGMA busy_timeout={LOCK_POLL_MS}")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                busy = "locked" in str(exc) or "busy" in str(exc)
                if not busy or time.monotonic() >= deadline:
                    raise
                time.sleep(random.uniform(0.0005, 0.003))
    finally:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def backup(conn: sqlite3.Connection, destination: Path) -> None:
    """Copy the live database with SQLite's online backup; safe while tills keep selling.
    The copy is made aside (named with this process's id, so that a copy a kill left behind
    is told from one being made: `backups.clean_leftovers`) and renamed when whole."""
    tmp = destination.with_name(f"{destination.name}.{os.getpid()}.partial")
    try:
        tmp.unlink(missing_ok=True)
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("Storage", "cannot write the backup {path}: {problem}").format(
                path=destination, problem=exc.strerror
            )
        ) from None
    with storage_errors(destination):
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

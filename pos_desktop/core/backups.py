"""Backups in a `backups` folder beside the database: one a day, taken with SQLite's online
backup while tills sell, the newest KEEP_DAILY kept; checked for damage; restored either into
the live database (the admin window, with tills running) or in place of a damaged file.

Nothing is ever deleted to restore: the database a restore replaces is kept in the folder
first (`NAME-before-restore-STAMP.sqlite`, or `NAME-damaged-STAMP.sqlite` for a damaged one).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from pos_desktop.core import clock
from pos_desktop.core.db.storage import (
    DAMAGED,
    IN_USE,
    backup,
    in_use,
    integrity_problem,
    open_database,
    storage_errors,
    write_transaction,
)
from pos_desktop.core.errors import DamagedDatabase, InputError, StorageError
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.rules import load_rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text

FOLDER = "backups"
KEEP_DAILY = 14  # two weeks of daily backups; older daily ones are deleted
KINDS = {
    "daily": QT_TRANSLATE_NOOP("Recovery", "daily"),
    "manual": QT_TRANSLATE_NOOP("Recovery", "manual"),
    "before restore": QT_TRANSLATE_NOOP("Recovery", "before restore"),
}
_NO_FOLDER = QT_TRANSLATE_NOOP("Storage", "cannot create the backup folder {folder}: {problem}")


def folder(database: Path) -> Path:
    return database.parent / FOLDER


def _daily_name(database: Path) -> re.Pattern[str]:
    return re.compile(re.escape(database.stem) + r"-(\d{4}-\d{2}-\d{2})\.sqlite")


@dataclass(frozen=True)
class Backup:
    """One backup file, as the admin window lists it."""

    path: Path
    taken: dt.datetime  # when it was written (the file's time), in UTC
    size: int
    kind: str  # "daily", "manual" or "before restore"

    def describe(self) -> Text:
        local = self.taken.astimezone().strftime("%Y-%m-%d %H:%M")
        kind = KINDS[self.kind].text() if self.kind in KINDS else self.kind
        return QT_TRANSLATE_NOOP("Recovery", "{file} ({kind}, {taken})").format(
            file=self.path.name, kind=kind, taken=local
        )


def check_file(path: Path) -> str | None:
    """quick_check on a file, through its own connection (for a check away from the window)."""
    try:
        conn = sqlite3.connect(str(path))
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return integrity_problem(conn)
    finally:
        conn.close()


def listing(database: Path) -> list[Backup]:
    """The backups of this database that can be restored, newest first."""
    place = folder(database)
    if not place.is_dir():
        return []
    daily = _daily_name(database)
    found = []
    for path in place.glob(f"{glob_escape(database.stem)}-*.sqlite"):
        if daily.fullmatch(path.name):
            kind = "daily"
        elif path.name.startswith(f"{database.stem}-before-restore-"):
            kind = "before restore"
        elif path.name.startswith(f"{database.stem}-manual-"):
            kind = "manual"
        else:
            continue  # a damaged file kept for recovery is never offered
        stat = path.stat()
        taken = dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC)
        found.append(Backup(path, taken, stat.st_size, kind))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def newest(database: Path) -> Backup | None:
    found = listing(database)
    return found[0] if found else None


def daily(conn: sqlite3.Connection, database: Path, today: dt.date | None = None) -> Path | None:
    """Take today's backup unless there is one already; returns the new file, or None.

    The copy is checked before it is kept: a damaged database raises DamagedDatabase rather
    than pushing a good backup out of the rotation.
    """
    day = today or clock.now().astimezone().date()
    target = folder(database) / f"{database.stem}-{day.isoformat()}.sqlite"
    if target.exists():
        return None
    try:
        target.parent.mkdir(exist_ok=True)
    except OSError as exc:
        raise StorageError(_NO_FOLDER.format(folder=target.parent, problem=_why(exc))) from None
    fresh = target.with_name(target.name + ".new")
    backup(conn, fresh)
    problem = check_file(fresh)
    if problem is not None:
        fresh.unlink(missing_ok=True)
        raise DamagedDatabase(DAMAGED.format(path=database.name, problem=problem))
    fresh.replace(target)
    rotate(database)
    return target


def now(conn: sqlite3.Connection, database: Path) -> Path:
    """A backup taken on request (before a big import, say); never rotated away."""
    place = folder(database)
    try:
        place.mkdir(exist_ok=True)
    except OSError as exc:
        raise StorageError(_NO_FOLDER.format(folder=place, problem=_why(exc))) from None
    target = place / f"{database.stem}-manual-{_stamp()}.sqlite"
    backup(conn, target)
    return target


def rotate(database: Path, keep: int = KEEP_DAILY) -> list[Path]:
    """Delete the daily backups beyond the newest `keep`; returns what was deleted."""
    daily_name = _daily_name(database)
    days = sorted(
        (p for p in folder(database).glob("*.sqlite") if daily_name.fullmatch(p.name)),
        key=lambda p: p.name,
        reverse=True,
    )
    for old in days[keep:]:
        old.unlink(missing_ok=True)
    return days[keep:]


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _stamp() -> str:
    return clock.now().astimezone().strftime("%Y%m%d-%H%M%S")


def _checked_copy(source: Path, place: Path) -> Path:
    """A working copy of a backup, opened as a pos-desktop database (brought up to this
    version's schema) and checked; refuses anything that is not a sound backup of ours."""
    if not source.is_file():
        raise StorageError(
            QT_TRANSLATE_NOOP("Storage", "there is no backup file {path}").format(path=source)
        )
    copy = place / f".restoring-{os.getpid()}-{source.name}"
    copy.unlink(missing_ok=True)
    try:
        with storage_errors(source):
            reader = sqlite3.connect(str(source))
            try:
                problem = integrity_problem(reader)
                if problem is not None:
                    raise StorageError(
                        QT_TRANSLATE_NOOP(
                            "Storage", "the backup {file} is damaged too ({problem})"
                        ).format(file=source.name, problem=problem)
                    )
                backup(reader, copy)
            finally:
                reader.close()
        open_database(copy).close()
    except BaseException:
        _remove(copy)
        raise
    return copy


def restore_live(
    conn: sqlite3.Connection, database: Path, source: Path, *, actor: str, till: str
) -> Path:
    """Put a backup's contents into the open database, which tills may be using (they see it
    from their next scan). The database as it was is kept first; returns where."""
    place = folder(database)
    place.mkdir(exist_ok=True)
    copy = _checked_copy(source, place)
    try:
        kept = place / f"{database.stem}-before-restore-{_stamp()}.sqlite"
        _prepare(copy, conn, source, kept, actor=actor, till=till)
        backup(conn, kept)
        with storage_errors(database):
            reader = sqlite3.connect(str(copy))
            try:
                # One write transaction on the live database: a kill leaves it as it was or
                # restored, with its audit entry, never in between.
                reader.backup(conn)
            finally:
                reader.close()
    finally:
        _remove(copy)
    return kept


def replace_damaged(database: Path, source: Path, *, actor: str) -> Path | None:
    """Put a backup in place of a damaged (or missing) database file, which with its
    write-ahead log is moved into the backups folder, not deleted; returns where it went.
    Refused while anyone has the file open: they would go on writing to the moved one."""
    if in_use(database):
        raise InputError(IN_USE.format(path=database))
    place = folder(database)
    place.mkdir(exist_ok=True)
    copy = _checked_copy(source, place)
    kept = place / f"{database.stem}-damaged-{_stamp()}.sqlite"
    old_files = [p for p in (Path(str(database) + s) for s in ("", "-wal", "-shm")) if p.exists()]
    try:
        _prepare(copy, None, source, kept if old_files else None, actor=actor, till=None)
        for old in old_files:
            old.replace(Path(str(kept) + old.name[len(database.name) :]))
        copy.replace(database)
    finally:
        _remove(copy)
    return kept if old_files else None


def _prepare(
    copy: Path,
    live: sqlite3.Connection | None,
    source: Path,
    kept: Path | None,
    *,
    actor: str,
    till: str | None,
) -> None:
    """Make the working copy exactly what the database will be: on a till of a chain, with
    its records since the backup taken back from the server (sync.prepare_restore); its
    saved baskets cleared and the restore audited. Only then does it replace the database,
    so the restore is applied and audited together or not at all."""
    conn = open_database(copy)
    try:
        if _joined(conn) or (live is not None and _joined(live)):
            from pos_desktop.core.central import sync

            sync.prepare_restore(live, conn)
        with storage_errors(copy):
            here = till if till is not None else load_rules(conn).settings.till
            _after_restore(conn, source, kept, actor=actor, till=here)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def last_record(backup: Path) -> int:
    """The sequence number of a backup's last sale or refund (0 when it has none)."""
    reader = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(reader.execute("SELECT COALESCE(MAX(seq), 0) FROM sales").fetchone()[0])
    finally:
        reader.close()


def _joined(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sync_state WHERE id = 1").fetchone() is not None


def _after_restore(
    conn: sqlite3.Connection, source: Path, kept: Path | None, *, actor: str, till: str
) -> None:
    # A backup's saved baskets are from the day it was taken: no till should get them back.
    with write_transaction(conn):
        conn.execute("DELETE FROM drafts")
        record_audit(
            conn,
            till=till,
            actor=actor,
            action="database.restore",
            subject=source.name,
            after={"backup": source.name, "previous_kept_as": kept.name if kept else None},
        )


# What a kill can leave behind, with the id of the process that was making it: a restore's
# working copy, a backup's copy made aside, and core/files.py's temporary files.
_LEFTOVER = re.compile(
    r"^(\.restoring-(?P<restore>\d+)-.+"
    r"|.+\.(?P<backup>\d+)\.partial"
    r"|\.pos-desktop-(?P<file>\d+)-.+\.partial)(-wal|-shm|-journal)?$"
)


def clean_leftovers(database: Path) -> list[Path]:
    """Remove what a killed restore, backup or export left beside the database and in its
    backups folder: files named for a process that is no longer running (one still running
    is making them now). Returns what was removed; nothing that cannot be removed stops
    anything."""
    removed = []
    for place in (database.parent, folder(database)):
        try:
            names = list(place.iterdir())
        except OSError:
            continue
        for path in names:
            found = _LEFTOVER.match(path.name)
            if found is None:
                continue
            pid = int(found.group("restore") or found.group("backup") or found.group("file"))
            if pid == os.getpid() or _running(pid):
                continue
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: running
    return True


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".partial"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def damage_advice(database: Path) -> str:
    """What to do about a damaged database, for the command line: which backup to restore."""
    found = newest(database)
    if found is None:
        return QT_TRANSLATE_NOOP("Storage", "there is no backup in {folder} to restore").format(
            folder=folder(database)
        )
    return QT_TRANSLATE_NOOP(
        "Storage", "the newest backup is {backup}: restore it with '{command}'"
    ).format(backup=found.describe(), command=f"pos-desktop --db {database} restore {found.path}")

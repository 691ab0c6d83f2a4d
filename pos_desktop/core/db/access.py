"""Who can read the shop's files: the database, its WAL and SHM, backups, exports and PDFs.

Whoever can write the database file is the back office (the command line asks for no
password), and the file holds the PIN and password hashes. So every process starts with a
umask that creates files for their owner only (0600, folders 0700); a store that sets
`file_access = "group"` shares them with the owner's group instead (0660 / 0770). A database
found readable by others is tightened when it is opened, with an audit entry, and the admin
window says so once (core/admin.py `unseen_tightening`).
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from pos_desktop.core.files import set_new_file_mode

FILE_ACCESS = ("owner", "group")
OWNER_UMASK = 0o077
GROUP_UMASK = 0o007


def use_umask(file_access: str = "owner") -> None:
    """Create this process's files for the owner only (or the owner's group too)."""
    os.umask(GROUP_UMASK if file_access == "group" else OWNER_UMASK)
    set_new_file_mode(0o660 if file_access == "group" else 0o600)


def store_file_access(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = 'store.file_access'").fetchone()
    value = json.loads(row[0]) if row is not None else "owner"
    return value if value in FILE_ACCESS else "owner"


@dataclass(frozen=True)
class Tightened:
    path: str
    before: int
    after: int


def tighten(conn: sqlite3.Connection, database: Path) -> list[Tightened]:
    """Take away what others (and, for an owner-only store, the group) may do with the
    database, its WAL and SHM and its backups folder; set this process's umask to the store's
    setting. Only ever takes rights away, and leaves alone a file it may not change (another
    owner's, a read-only medium). The caller audits the changes (`record_tightening`)."""
    access = store_file_access(conn)
    use_umask(access)
    allowed = 0o770 if access == "group" else 0o700
    changed: list[Tightened] = []
    candidates = [Path(str(database) + suffix) for suffix in ("", "-wal", "-shm", "-journal")]
    candidates.append(database.parent / "backups")
    for path in candidates:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & ~allowed:
                path.chmod(mode & allowed)
                changed.append(Tightened(str(path), mode, mode & allowed))
        except OSError:
            continue
    return changed


def record_tightening(conn: sqlite3.Connection, changed: list[Tightened]) -> None:
    """The audit entry for files found open to others; the caller holds the write transaction."""
    from pos_desktop.core.ledger.audit import record_audit

    record_audit(
        conn,
        till="-",
        actor="-",
        action="database.permissions",
        before={c.path: oct(c.before) for c in changed},
        after={c.path: oct(c.after) for c in changed},
    )

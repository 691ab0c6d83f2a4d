"""The admin window's notice, said once, that the database's files were found open to other
users of this computer and were closed to them (core/db/access.py)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text

SEEN_SETTING = "admin.permissions_seen"  # the last tightening the admin window told of


def unseen_tightening(conn: sqlite3.Connection) -> Text | None:
    """What the admin window says once after the database's files were found open to others
    (core/db/access.py): None when there is nothing new to say. Marks it said."""
    row = conn.execute(
        "SELECT seq, after FROM audit WHERE action = 'database.permissions' "
        "ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    seen = conn.execute("SELECT value FROM settings WHERE key = ?", (SEEN_SETTING,)).fetchone()
    if seen is not None and json.loads(seen[0]) >= row[0]:
        return None
    try:
        with write_transaction(conn):
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (SEEN_SETTING, json.dumps(row[0])),
            )
    except sqlite3.Error:
        pass  # said again next time rather than not at all
    files = ", ".join(Path(p).name for p in json.loads(row[1])["v"])
    return QT_TRANSLATE_NOOP(
        "Access",
        "The database's files could be read by other users of this computer ({files}); others "
        "can no longer read them. The database holds the PIN and password hashes.",
    ).format(files=files)

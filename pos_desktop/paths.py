"""Where the store's database is unless --db says: the default and the demo one.

Kept apart from the command line so that a plain start of the till (pos_desktop.launch) finds
its database without loading the command line's machinery."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV = "POS_DESKTOP_DB"


def default_db_path() -> Path:
    """POS_DESKTOP_DB, else pos-desktop.sqlite in the platform's user data folder."""
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV])
    from platformdirs import user_data_path

    return user_data_path("pos-desktop", appauthor=False) / "pos-desktop.sqlite"


def demo_db_path() -> Path:
    """The demo database: demo.sqlite beside the default one (`dev.py demo` builds it there,
    `cashier --demo` and `admin --demo` open it), so no demo file lands in a working folder."""
    return default_db_path().with_name("demo.sqlite")

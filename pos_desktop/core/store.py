"""A new store database: made whole beside its place, then moved there in one step, so a
failure part-way never leaves a half-made store where the till looks for one."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from pos_desktop.core.db.storage import open_database, write_transaction
from pos_desktop.core.errors import InputError
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.money import exponent
from pos_desktop.core.rules import StoreSettings, settings_rows
from pos_desktop.core.text import QT_TRANSLATE_NOOP


def create_database(target: Path, *, demo_store: bool, currency: str = "EUR") -> None:
    """A new store at `target` (replacing one there): empty, with the default settings in
    `currency`, or filled with the demo store. The first audit entry says which."""
    from pos_desktop.core import demo

    if demo_store and exponent(currency) != exponent("EUR"):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Store",
                "the demo store is priced with two decimals; {currency} has {places}, so "
                "choose a currency like EUR, PLN or RON",
            ).format(currency=currency, places=exponent(currency))
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Store", "cannot create the folder {folder}: {problem}").format(
                folder=target.parent, problem=exc.strerror
            )
        ) from None
    fresh = target.with_name(target.name + ".new")
    remove_database(fresh)
    try:
        conn = open_database(fresh, create=True)
        if demo_store:
            demo.build(conn)
            if currency != "EUR":
                _set_currency(conn, currency)
        else:
            with write_transaction(conn):
                conn.executemany(
                    "INSERT INTO settings (key, value) VALUES (:key, :value)",
                    settings_rows(StoreSettings(currency=currency)),
                )
        with write_transaction(conn):
            record_audit(
                conn,
                till="-",
                actor="init",
                action="init",
                after={"demo": demo_store, "currency": currency},
            )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        remove_database(target)
        fresh.replace(target)
    except BaseException:
        remove_database(fresh)
        raise


def _set_currency(conn: sqlite3.Connection, currency: str) -> None:
    with write_transaction(conn):
        conn.execute(
            "UPDATE settings SET value = ? WHERE key = 'store.currency'", (json.dumps(currency),)
        )


def remove_database(path: Path) -> None:
    """The database file and its write-ahead log and shared-memory files, if there."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)

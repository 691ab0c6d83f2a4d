"""A new store database: made whole beside its place, then moved there in one step, so a
failure part-way never leaves a half-made store where the till looks for one. A database that
a till, the admin window or a command has open is never replaced: they would go on writing to
the old file, and every sale after it would be lost."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from pos_desktop.core.db.storage import IN_USE, in_use, open_database, write_transaction
from pos_desktop.core.errors import InputError
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.money import exponent
from pos_desktop.core.rules import StoreSettings, settings_rows
from pos_desktop.core.text import QT_TRANSLATE_NOOP


def check_replaceable(target: Path, *, leave_chain: bool = False) -> None:
    """Refuses (InputError, changing nothing) to replace `target` while anyone has it open, or
    when it is a till joined to a chain's server unless `leave_chain` says so."""
    if in_use(target):
        raise InputError(IN_USE.format(path=target))
    chain = joined_to(target)
    if chain is not None and not leave_chain:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Store",
                "{path} is till {till} of the chain at {server}; a new database would leave "
                "the chain and lose what it has not sent yet. Add --leave-chain to replace "
                "it all the same",
            ).format(path=target, till=chain[0], server=chain[1])
        )


def joined_to(path: Path) -> tuple[str, str] | None:
    """(till, server) when the database at `path` is a till of a chain; None for a store on
    its own, or a file that cannot be read as one of ours."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT till, server_url FROM sync_state WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    if row is None:
        return None
    from pos_desktop.core.central.server import describe  # psycopg, only for a chain's till

    return str(row[0]), describe(str(row[1]))


def create_database(
    target: Path, *, demo_store: bool, currency: str = "EUR", leave_chain: bool = False
) -> None:
    """A new store at `target` (replacing one there, unless it is open or a till of a chain
    and `leave_chain` is not given): empty, with the default settings in `currency`, or
    filled with the demo store. The first audit entry says which."""
    from pos_desktop.core import demo

    check_replaceable(target, leave_chain=leave_chain)

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
        # asked again: a till may have started while the new store was being made
        if in_use(target):
            raise InputError(IN_USE.format(path=target))
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

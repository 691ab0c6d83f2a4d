"""A till of a chain: joining the central server, and syncing with it.

The till's SQLite file stays its working copy: it sells with or without the server. A sync
pushes the till's new journal records (the server keeps them by sale id, so a push retried
after a lost acknowledgement counts once), then pulls the registry and rules that changed and
the other tills' sales that use its employees' allowances (into `remote_sales`, which the
allowance sum adds in). Each step commits on one side before the other side remembers it: a
sync cut off at any point leaves both databases whole, and the next sync goes on from there.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pos_desktop.core import clock
from pos_desktop.core.central import push, server, server_schema
from pos_desktop.core.db.storage import open_database, write_transaction
from pos_desktop.core.errors import ChainDiverged, InputError, ServerError
from pos_desktop.core.ledger import journal
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.rules import load_rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP
from pos_desktop.core.verdict import ALLOWANCE_SQL

PUSH_BATCH = 1000
_TILL_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")


@dataclass(frozen=True)
class SyncState:
    server_url: str
    till: str
    pushed_sales_seq: int
    pushed_close_seq: int
    registry_change: int
    sales_change: int
    last_sync_at: str | None


def load_state(conn: sqlite3.Connection) -> SyncState | None:
    """Where this till stands with its server; None for a till on its own."""
    row = conn.execute(
        "SELECT server_url, till, pushed_sales_seq, pushed_close_seq, registry_change, "
        "sales_change, last_sync_at FROM sync_state WHERE id = 1"
    ).fetchone()
    return SyncState(*row) if row is not None else None


def check_till_id(till: str) -> str:
    cleaned = till.strip()
    if not _TILL_ID.match(cleaned):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Chain",
                "--till {till} must be 1-32 letters, digits, '.', '_' or '-', like T1 or WAW-03",
            ).format(till=repr(till))
        )
    return cleaned


# Joining


@dataclass(frozen=True)
class Joined:
    till: str
    where: str
    registry_rows: int
    other_sales: int


def join(target: Path, url: str, till: str) -> Joined:
    """Build a new till database at `target` from the server's registry and rules, recording
    the till id and the server; the till is registered on the server. The file appears only
    when everything is in it."""
    where = server.describe(url)
    with server.server_errors(url):
        remote = server.connect(url)
        try:
            server.require_schema(remote)
            changes, sales, sales_upto = _snapshot(remote, till, 0, 0)
            if not changes.rows["settings"]:
                raise ServerError(
                    QT_TRANSLATE_NOOP(
                        "Chain",
                        "the server {server} has no store settings yet; publish the registry "
                        "and rules first with 'pos-desktop --db OFFICE.sqlite server publish "
                        "--url URL'",
                    ).format(server=where)
                )
            server.register_till(remote, till)
        finally:
            remote.close()
    try:
        _build_till(target, url, till, where, changes, sales, sales_upto)
    except BaseException:
        with contextlib.suppress(Exception), server.server_errors(url):
            remote = server.connect(url)
            try:
                server.unregister_till(remote, till)
            finally:
                remote.close()
        raise
    return Joined(till, where, changes.count, len(sales))


def _build_till(
    target: Path,
    url: str,
    till: str,
    where: str,
    changes: server.RegistryChanges,
    sales: list[tuple[Any, ...]],
    sales_upto: int,
) -> None:
    fresh = target.with_name(target.name + ".new")
    _remove(fresh)
    try:
        conn = open_database(fresh, create=True)
        try:
            with write_transaction(conn):
                _apply_registry(conn, changes)
                conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?)",
                    (server.TILL_SETTING, json.dumps(till)),
                )
                _store_other_sales(conn, sales)
                conn.execute(
                    "INSERT INTO sync_state (id, server_url, till, registry_change, "
                    "sales_change, last_sync_at) VALUES (1, ?, ?, ?, ?, ?)",
                    (url, till, changes.upto, sales_upto, clock.stamp(clock.now())),
                )
                record_audit(
                    conn,
                    till=till,
                    actor="init",
                    action="init",
                    after={"till": till, "server": where, "registry_rows": changes.count},
                )
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        _remove(target)
        fresh.replace(target)
    except BaseException:
        _remove(fresh)
        raise


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


# Syncing


@dataclass(frozen=True)
class Synced:
    till: str
    where: str
    pushed: int  # sales and refunds new to the server
    pushed_closes: int
    already: int  # records the server had from an unacknowledged earlier push
    registry_changes: int
    other_sales: int
    overspent: tuple[Overspend, ...] = ()


@dataclass(frozen=True)
class Overspend:
    """An employee whose allowance the chain's tills together granted beyond its limit (tills
    that sold offline, each within what it knew)."""

    employee_no: str
    name: str
    period: str
    limit: int
    used: int


def overspent(conn: sqlite3.Connection, at: dt.datetime) -> list[Overspend]:
    """Employees over their allowance in the period holding `at`, counting this till's sales
    and every other till's that sync brought."""
    rules = load_rules(conn)
    found = []
    for row in conn.execute(
        "SELECT s.employee_no, s.name, s.company, s.employment_type FROM staff s "
        "WHERE s.employee_no IN (SELECT employee_no FROM sales WHERE allowance_delta != 0 "
        "UNION SELECT employee_no FROM remote_sales WHERE allowance_delta != 0) "
        "ORDER BY s.employee_no"
    ).fetchall():
        company = rules.companies.get(row["company"])
        policy = rules.policy_for(company.relation, row["employment_type"]) if company else None
        if policy is None or policy.allowance is None:
            continue
        lo, hi = clock.period_bounds(policy.allowance.period, at, rules.settings.tz)
        used = conn.execute(
            ALLOWANCE_SQL, {"e": row["employee_no"], "lo": lo, "hi": hi}
        ).fetchone()[0]
        if used > policy.allowance.amount:
            found.append(
                Overspend(
                    row["employee_no"],
                    row["name"],
                    policy.allowance.period,
                    policy.allowance.amount,
                    used,
                )
            )
    return found


def sync(conn: sqlite3.Connection, url: str | None = None, *, batch: int = PUSH_BATCH) -> Synced:
    """Push this till's journal, then pull the registry, rules and other tills' sales.

    `url` replaces the remembered server address once a sync with it succeeds.
    """
    state = load_state(conn)
    if state is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Chain",
                "this till has not joined a server; join it with "
                "'pos-desktop init --till ID --server URL' (a till on its own needs no sync)",
            ).text()
        )
    address = url or state.server_url
    where = server.describe(address)
    with server.server_errors(address):
        remote = server.connect(address)
        try:
            server.require_schema(remote)
            take_back(conn, remote, state.till)
            pushed, closes, already = _push(conn, remote, state.till, batch)
            _push_audit(conn, remote, state.till, batch)
            changes, sales, sales_upto = _snapshot(
                remote, state.till, state.registry_change, state.sales_change
            )
            server.mark_pulled(remote, state.till)
        finally:
            remote.close()
    with write_transaction(conn):
        now = load_state(conn)
        assert now is not None
        applied = 0
        # Another sync of this till (the window's, a script's) may have pulled meanwhile:
        # registry changes are applied only on top of the state they were asked from.
        if now.registry_change == state.registry_change and changes.count:
            _apply_registry(conn, changes)
            applied = changes.count
            record_audit(
                conn,
                till=state.till,
                actor="sync",
                action="registry.pull",
                after={"server": where, "changes": applied, "upto": changes.upto},
            )
        _store_other_sales(conn, sales)
        conn.execute(
            "UPDATE sync_state SET server_url = ?, registry_change = max(registry_change, ?), "
            "sales_change = max(sales_change, ?), last_sync_at = ? WHERE id = 1",
            (address, changes.upto, sales_upto, clock.stamp(clock.now())),
        )
    over = tuple(overspent(conn, clock.now()))
    return Synced(state.till, where, pushed, closes, already, applied, len(sales), over)


def _push(
    conn: sqlite3.Connection,
    remote: server.Connection,
    till: str,
    batch: int,
) -> tuple[int, int, int]:
    pushed = closes = already = 0
    while True:
        state = load_state(conn)
        assert state is not None
        rows = conn.execute(
            "SELECT * FROM sales WHERE seq > ? ORDER BY seq LIMIT ?",
            (state.pushed_sales_seq, batch),
        ).fetchall()
        sales_mark = rows[-1]["seq"] if rows else state.pushed_sales_seq
        lines: dict[str, list[dict[str, Any]]] = {row["id"]: [] for row in rows}
        for line in conn.execute(
            "SELECT l.* FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
            "WHERE s.seq > ? AND s.seq <= ? ORDER BY s.seq, l.line_no",
            (state.pushed_sales_seq, sales_mark),
        ):
            lines[line["sale_id"]].append(dict(line))
        records = [(dict(row), lines[row["id"]]) for row in rows]
        day_closes = [
            dict(row)
            for row in conn.execute(
                "SELECT * FROM day_closes WHERE seq > ? AND after_seq <= ? ORDER BY seq",
                (state.pushed_close_seq, sales_mark),
            )
        ]
        if not records and not day_closes:
            return pushed, closes, already
        done = push.push(remote, till, records, day_closes)
        close_mark = day_closes[-1]["seq"] if day_closes else state.pushed_close_seq
        with write_transaction(conn):
            conn.execute(
                "UPDATE sync_state SET pushed_sales_seq = max(pushed_sales_seq, ?), "
                "pushed_close_seq = max(pushed_close_seq, ?) WHERE id = 1",
                (sales_mark, close_mark),
            )
        pushed += done.records
        closes += done.closes
        already += done.already


def take_back(conn: sqlite3.Connection, remote: server.Connection, till: str) -> int:
    """Check that this till's journal and audit log continue what the server holds of them,
    and take back from the server the records it no longer has (a backup was restored, or
    the file was cut short): its next records then continue the chain. Returns how many
    sales and refunds came back. A till whose history differs from the server's is refused
    (ChainDiverged), its file unchanged."""
    ends = server.chain_ends(remote, till)
    after: dict[str, int] = {}
    for own, table in server.OWN_CHAINS:
        ours = conn.execute(f"SELECT COALESCE(MAX(seq), 0) FROM {own}").fetchone()[0]
        theirs, _ = ends[own]
        meet = min(ours, theirs)
        if meet:
            local = conn.execute(f"SELECT hash FROM {own} WHERE seq = ?", (meet,)).fetchone()
            held = server.hash_at(remote, table, till, meet)
            if local is None or held is None or local[0] != held:
                raise ChainDiverged(
                    QT_TRANSLATE_NOOP(
                        "Chain",
                        "this till's {what} record {seq} is not the one the server holds for "
                        "till {till}: its history differs from the server's (its database was "
                        "replaced, cut short or rewritten, or another till joined as {till}); "
                        "nothing was pushed, and its sales no longer reach the server until it "
                        "is set up again",
                    ).format(what=_CHAIN_WORDS[own].text(), seq=meet, till=till)
                )
        after[own] = ours
    if all(after[own] >= ends[own][0] for own, _ in server.OWN_CHAINS):
        return 0
    history = server.till_history(remote, till, after)
    sale_columns = ("seq", *journal.RECORD_FIELDS, "prev_hash", "hash")
    line_columns = ("sale_id", *journal.LINE_FIELDS)
    close_columns = ("seq", *journal.CLOSE_FIELDS, "prev_hash", "hash")
    audit_columns = (
        "seq",
        "at",
        "till",
        "actor",
        "action",
        "subject",
        "before",
        "after",
        "prev_hash",
        "hash",
    )
    with write_transaction(conn):
        for table, columns, rows in (
            ("sales", sale_columns, history.sales),
            ("sale_lines", line_columns, history.lines),
            ("day_closes", close_columns, history.closes),
            ("audit", audit_columns, history.audit),
        ):
            conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})",
                [tuple(row[c] for c in columns) for row in rows],
            )
        conn.execute(
            "UPDATE sync_state SET pushed_sales_seq = max(pushed_sales_seq, ?), "
            "pushed_close_seq = max(pushed_close_seq, ?), "
            "pushed_audit_seq = max(pushed_audit_seq, ?) WHERE id = 1",
            (ends["sales"][0], ends["day_closes"][0], ends["audit"][0]),
        )
    return len(history.sales)


_CHAIN_WORDS = {
    "sales": QT_TRANSLATE_NOOP("Chain", "sales"),
    "day_closes": QT_TRANSLATE_NOOP("Chain", "day close"),
    "audit": QT_TRANSLATE_NOOP("Chain", "audit"),
}


def prepare_restore(live: sqlite3.Connection | None, backup: sqlite3.Connection) -> int | None:
    """Before a backup replaces a chain till's database (`backup` is the working copy that
    will): send the server what the live database has not sent yet (when it is sound enough
    to be read), then take back into the copy the till's records made since the backup, so
    that nothing sold is lost and the till's next sale continues its chain. Returns how many
    sales and refunds came back; None for a till on its own. Raises, restoring nothing, when
    the server cannot be reached or the backup is not this till's history."""
    state = load_state(backup)
    live_state = load_state(live) if live is not None else None
    if state is None and live_state is None:
        return None
    if state is None or (live_state is not None and live_state.till != state.till):
        assert live_state is not None
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Chain",
                "this database is till {till} of a chain and the backup is not one of its "
                "backups; nothing was restored",
            ).format(till=live_state.till)
        )
    url = live_state.server_url if live_state is not None else state.server_url
    try:
        with server.server_errors(url):
            remote = server.connect(url)
            try:
                server.require_schema(remote)
                if live is not None:
                    _push(live, remote, state.till, PUSH_BATCH)
                    _push_audit(live, remote, state.till, PUSH_BATCH)
                return take_back(backup, remote, state.till)
            finally:
                remote.close()
    except ChainDiverged:
        raise
    except ServerError as exc:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Chain",
                "this database is till {till} of the chain at {server}: a restore takes back "
                "from the server the sales made since the backup, and {problem}; nothing was "
                "restored, try again when the server can be reached",
            ).format(till=state.till, server=server.describe(url), problem=exc.args[0])
        ) from None


def _push_audit(conn: sqlite3.Connection, remote: server.Connection, till: str, batch: int) -> None:
    """Send the audit entries the server does not hold yet, in batches."""
    while True:
        mark = conn.execute("SELECT pushed_audit_seq FROM sync_state WHERE id = 1").fetchone()[0]
        entries = [
            dict(row)
            for row in conn.execute(
                "SELECT * FROM audit WHERE seq > ? ORDER BY seq LIMIT ?", (mark, batch)
            )
        ]
        if not entries:
            return
        push.push_audit(remote, till, entries)
        with write_transaction(conn):
            conn.execute(
                "UPDATE sync_state SET pushed_audit_seq = max(pushed_audit_seq, ?) WHERE id = 1",
                (entries[-1]["seq"],),
            )


def _snapshot(
    remote: server.Connection, till: str, registry_since: int, sales_since: int
) -> tuple[server.RegistryChanges, list[tuple[Any, ...]], int]:
    """The registry changes and other tills' sales, read in one consistent snapshot."""
    with remote.transaction():
        remote.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        changes = server.registry_changes(remote, registry_since)
        sales, upto = server.other_sales(remote, till, sales_since)
    return changes, sales, upto


def _apply_registry(conn: sqlite3.Connection, changes: server.RegistryChanges) -> None:
    """Upsert the changed rows (referenced tables first) after removing the removed ones."""
    _refuse_currency_change(conn, changes)
    keys = {table.name: table.key for table in server_schema.REGISTRY}
    for table_name, key in changes.removed:
        conn.execute(f"DELETE FROM {table_name} WHERE {keys[table_name]} = ?", (key,))
    for table in server_schema.REGISTRY:
        rows = changes.rows.get(table.name, [])
        if not rows:
            continue
        others = [n for n in table.names if n != table.key]
        conn.executemany(
            f"INSERT INTO {table.name} ({', '.join(table.names)}) "
            f"VALUES ({', '.join(':' + n for n in table.names)}) "
            f"ON CONFLICT ({table.key}) DO UPDATE SET "
            + ", ".join(f"{n} = excluded.{n}" for n in others),
            rows,
        )


def _refuse_currency_change(conn: sqlite3.Connection, changes: server.RegistryChanges) -> None:
    """A till's stored amounts are in the currency it sold in: a pulled store currency that
    differs, once the till has sales, would make them read as another money."""
    pulled = next(
        (r["value"] for r in changes.rows.get("settings", []) if r["key"] == "store.currency"),
        None,
    )
    held = conn.execute("SELECT value FROM settings WHERE key = 'store.currency'").fetchone()
    if pulled is None or held is None or json.loads(pulled) == json.loads(held[0]):
        return
    sold = conn.execute(
        "SELECT (SELECT count(*) FROM sales) + (SELECT count(*) FROM remote_sales)"
    ).fetchone()[0]
    if sold:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Chain",
                "the server's store currency is now {currency}, but this till has {count} sales "
                "in {held}; its own sales were sent, nothing was pulled, and it keeps selling in "
                "the old currency. Publish the old currency back from the office, or start this "
                "till afresh under a new id with "
                "'pos-desktop init --till NEW-ID --server URL --force'",
            ).format(currency=json.loads(pulled), count=sold, held=json.loads(held[0]))
        )


def _store_other_sales(conn: sqlite3.Connection, sales: list[tuple[Any, ...]]) -> None:
    # In the table's key order (employee, period moment, id: Python's order of str is SQLite's
    # BINARY one), each insert lands next to the last one: a third faster than in the
    # server's order, for what is every other till's every staff sale.
    fields = server_schema.REMOTE_SALE_FIELDS
    assert fields[:3] == ("employee_no", "period_at", "id")
    conn.executemany(
        f"INSERT OR IGNORE INTO remote_sales ({', '.join(fields)}) "
        f"VALUES ({', '.join('?' for _ in fields)})",
        sorted(sales),
    )

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
from pos_desktop.core.central import pull, push, server, server_journal
from pos_desktop.core.central.server_registry import RegistryChanges
from pos_desktop.core.central.take_back import take_back
from pos_desktop.core.db.storage import IN_USE, in_use, open_database, write_transaction
from pos_desktop.core.errors import ChainDiverged, InputError, ServerError
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.rules import load_rules
from pos_desktop.core.store import remove_database
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
            changes, sales, sales_upto = pull.snapshot(remote, till, 0, 0)
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
    changes: RegistryChanges,
    sales: list[tuple[Any, ...]],
    sales_upto: int,
) -> None:
    fresh = target.with_name(target.name + ".new")
    remove_database(fresh)
    try:
        conn = open_database(fresh, create=True)
        try:
            with write_transaction(conn):
                pull.apply_registry(conn, changes)
                conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?)",
                    (server.TILL_SETTING, json.dumps(till)),
                )
                pull.store_other_sales(conn, sales)
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
        if in_use(target):  # a till started on it while the registry came down
            raise InputError(IN_USE.format(path=target))
        remove_database(target)
        fresh.replace(target)
    except BaseException:
        remove_database(fresh)
        raise


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
            changes, sales, sales_upto = pull.snapshot(
                remote, state.till, state.registry_change, state.sales_change
            )
            server_journal.mark_pulled(remote, state.till)
        finally:
            remote.close()
    with write_transaction(conn):
        now = load_state(conn)
        assert now is not None
        applied = 0
        # Another sync of this till (the window's, a script's) may have pulled meanwhile:
        # registry changes are applied only on top of the state they were asked from.
        if now.registry_change == state.registry_change and changes.count:
            pull.apply_registry(conn, changes)
            applied = changes.count
            record_audit(
                conn,
                till=state.till,
                actor="sync",
                action="registry.pull",
                after={"server": where, "changes": applied, "upto": changes.upto},
            )
        pull.store_other_sales(conn, sales)
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

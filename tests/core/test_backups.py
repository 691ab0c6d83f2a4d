"""Damage found at start, daily backups (rotated), and restoring one without losing the file
it replaces."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from pos_desktop.core import backups
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_checked, open_database
from pos_desktop.core.errors import DamagedDatabase, InputError, StorageError
from pos_desktop.core.ledger import journal
from pos_desktop.core.ledger.audit import verify_audit
from tests.conftest import ANNA, CASHIER, DEMO_AT, content_digest

DAY = dt.date(2026, 6, 15)


def damage(path: Path, page: int = 20) -> None:
    """Overwrite one page in the middle of the file, as a failing disk would."""
    with path.open("r+b") as handle:
        handle.seek(4096 * page)
        handle.write(b"\xff" * 4096)


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def sell(path: Path, count: int = 1) -> list[str]:
    store = Checkout(open_database(path))
    at = dt.datetime(2026, 6, 15, 10, tzinfo=dt.UTC)
    ids = [store.sell(ANNA, [store.product_line("COAT-01")], at=at).sale_id for _ in range(count)]
    store.conn.close()
    return ids


def sales(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM sales ORDER BY seq")]
    finally:
        conn.close()


@pytest.mark.parametrize("harm", [damage, truncate])
def test_a_damaged_or_cut_off_file_is_found_at_start(demo_path, harm):
    harm(demo_path)
    with pytest.raises(DamagedDatabase, match="damaged"):
        open_checked(demo_path)


def test_the_daily_backup_is_taken_once_a_day_and_checked(demo_path):
    conn = open_database(demo_path)
    made = backups.daily(conn, demo_path, DAY)
    assert made == demo_path.parent / "backups" / "demo-2026-06-15.sqlite"
    assert backups.check_file(made) is None
    assert backups.daily(conn, demo_path, DAY) is None  # already taken today
    assert [b.path for b in backups.listing(demo_path)] == [made]
    copy = open_database(made)
    assert copy.execute("SELECT COUNT(*) FROM staff").fetchone()[0] == 300
    copy.close()
    conn.close()


def test_daily_backups_keep_the_newest_two_weeks(demo_path):
    conn = open_database(demo_path)
    for n in range(20):
        backups.daily(conn, demo_path, DAY + dt.timedelta(days=n))
    names = sorted(p.name for p in (demo_path.parent / "backups").iterdir())
    assert len(names) == backups.KEEP_DAILY == 14
    assert names[0] == "demo-2026-06-21.sqlite" and names[-1] == "demo-2026-07-04.sqlite"
    conn.close()


def test_a_damaged_database_is_not_backed_up_over_a_good_backup(demo_path):
    conn = open_database(demo_path)
    good = backups.daily(conn, demo_path, DAY)
    conn.close()
    damage(demo_path)
    conn = sqlite3.connect(demo_path)
    with pytest.raises(DamagedDatabase):
        backups.daily(conn, demo_path, DAY + dt.timedelta(days=1))
    conn.close()
    assert [b.path for b in backups.listing(demo_path)] == [good]


def test_restoring_into_the_live_database_keeps_what_it_replaces(demo_path):
    sell(demo_path)
    conn = open_database(demo_path)
    backup = backups.daily(conn, demo_path, DAY)
    assert backup is not None
    later = sell(demo_path, 2)  # sold after the backup
    till = Checkout(open_database(demo_path))  # a till on the same file all along
    assert till.conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == 3
    kept = backups.restore_live(conn, demo_path, backup, actor="E0012", till="T1")
    assert kept.name.startswith("demo-before-restore-")
    assert set(later) <= set(sales(kept))  # nothing is lost: the replaced file keeps them
    assert len(sales(demo_path)) == 1
    assert till.conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == 1
    entry = conn.execute("SELECT * FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert (entry["action"], entry["actor"], entry["subject"]) == (
        "database.restore",
        "E0012",
        backup.name,
    )
    assert kept.name in entry["after"]
    assert journal.verify(conn) is None and verify_audit(conn) is None
    assert backups.listing(demo_path)[0].kind == "before restore"
    till.sell(ANNA, [till.product_line("SHIRT-01")], at=dt.datetime(2026, 6, 15, 11, tzinfo=dt.UTC))
    assert journal.verify(conn) is None
    conn.close()
    till.conn.close()


def test_a_damaged_file_is_moved_aside_and_the_backup_put_in_its_place(demo_path):
    conn = open_database(demo_path)
    backup = backups.daily(conn, demo_path, DAY)
    conn.close()
    assert backup is not None
    damage(demo_path)
    damaged = demo_path.read_bytes()
    kept = backups.replace_damaged(demo_path, backup, actor="admin")
    assert kept is not None and kept.read_bytes() == damaged
    conn = open_checked(demo_path)
    entry = conn.execute("SELECT action FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert entry[0] == "database.restore"
    assert [b.kind for b in backups.listing(demo_path)] == ["daily"]  # damaged is not offered
    conn.close()


def test_a_file_a_till_still_has_open_is_not_moved_aside(demo_path):
    conn = open_database(demo_path)
    backup = backups.daily(conn, demo_path, DAY)
    assert backup is not None
    before = content_digest(demo_path)
    try:
        with pytest.raises(InputError, match="is open in a till, the admin window"):
            backups.replace_damaged(demo_path, backup, actor="admin")
        assert conn.execute("SELECT count(*) FROM staff").fetchone()[0] > 10
    finally:
        conn.close()
    assert content_digest(demo_path) == before
    assert [b.kind for b in backups.listing(demo_path)] == ["daily"]


def test_a_damaged_backup_is_refused_and_nothing_changes(demo_path):
    conn = open_database(demo_path)
    backup = backups.daily(conn, demo_path, DAY)
    assert backup is not None
    damage(backup, page=10)
    before = content_digest(demo_path)
    with pytest.raises(StorageError, match="damaged too"):
        backups.restore_live(conn, demo_path, backup, actor="admin", till="T1")
    conn.close()
    assert content_digest(demo_path) == before
    assert not any(p.name.startswith(".restoring") for p in backup.parent.iterdir())


def test_the_command_line_names_the_newest_backup_and_restores_it(run, demo_path):
    assert run("backup", str(demo_path.parent / "manual.sqlite")).code == 0
    conn = open_database(demo_path)
    backup = backups.daily(conn, demo_path, DAY)
    conn.close()
    damage(demo_path)
    damaged = demo_path.read_bytes()
    result = run("check", ANNA)
    assert result.code == 2
    assert "damaged" in result.err and "Traceback" not in result.err
    assert f"restore {backup}" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert demo_path.read_bytes() == damaged  # nothing written to the damaged file
    result = run("restore", str(backup))
    assert result.code == 0, result.err
    assert "the damaged file is kept as" in result.out
    assert run("journal", "verify").code == 0
    result = run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", "--at", DEMO_AT)
    assert result.code == 0
    result = run("restore", str(backup))  # a sound database: restored live, kept first
    assert result.code == 0 and "the database before it is kept as" in result.out
    assert run("restore", str(demo_path.parent / "nothing.sqlite")).code == 2

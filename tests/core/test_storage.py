"""Opening the database: refusals that change nothing, and failures in the user's words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pos_desktop.cli.main import main
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import database_file, open_database, storage_errors
from pos_desktop.core.errors import StorageError
from tests.conftest import ANNA


def test_new_database_uses_wal_full_sync_and_foreign_keys(tmp_path):
    db = open_database(tmp_path / "s.sqlite", create=True)
    conn = db
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"shopping list: milk, eggs\n" * 100)
    before = path.read_bytes()
    with pytest.raises(StorageError, match="not a pos-desktop database"):
        open_database(path)
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="not a pos-desktop database"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused_untouched(demo_path):
    conn = sqlite3.connect(demo_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('pos_desktop', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="newer version"):
        open_database(demo_path)


def test_a_damaged_database_gives_a_clear_message(demo_path, capsys):
    data = bytearray(demo_path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):
        data[offset : offset + 64] = b"\xff" * 64
    demo_path.write_bytes(bytes(data))
    code = main(["--db", str(demo_path), "journal", "verify"])
    err = capsys.readouterr().err
    assert code == 2
    assert "damaged" in err or "not a pos-desktop database" in err
    assert "Traceback" not in err


def test_a_locked_database_says_try_again_and_records_nothing(demo_path, monkeypatch):
    monkeypatch.setattr("pos_desktop.core.db.storage.BUSY_TIMEOUT_MS", 100)
    store = Checkout(open_database(demo_path))
    store.conn.execute("PRAGMA busy_timeout=100")
    other = sqlite3.connect(demo_path)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError, match="busy"), storage_errors(demo_path):
            store.sell(ANNA, [store.product_line("COAT-01")])
    finally:
        other.rollback()
        other.close()
    assert store.conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == 0


def test_a_read_only_database_says_so_and_records_nothing(demo_path):
    store = Checkout(open_database(demo_path))
    store.conn.execute("PRAGMA query_only=1")
    with pytest.raises(StorageError, match="read-only"), storage_errors(demo_path):
        store.sell(ANNA, [store.product_line("COAT-01")])
    store.conn.execute("PRAGMA query_only=0")
    assert store.conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == 0


def test_a_full_disk_says_so_and_leaves_no_half_written_sale(demo_path):
    store = Checkout(open_database(demo_path))
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count={pages}")
    lines = [store.product_line("COAT-01")] * 40
    with pytest.raises(StorageError, match="full"), storage_errors(demo_path):
        for _ in range(200):
            store.sell(ANNA, lines)
    store.conn.execute("PRAGMA max_page_count=1073741823")
    sales = store.conn.execute("SELECT id FROM sales").fetchall()
    for (sale_id,) in sales:
        count = store.conn.execute(
            "SELECT COUNT(*) FROM sale_lines WHERE sale_id = ?", (sale_id,)
        ).fetchone()[0]
        assert count == 40
    from pos_desktop.core.ledger import journal

    assert journal.verify(store.conn) is None


def test_demo_store_is_the_same_every_time(tmp_path):
    import datetime as dt

    from pos_desktop.core import demo

    tables = {}
    for name in ("one", "two"):
        db = open_database(tmp_path / f"{name}.sqlite", create=True)
        demo.build(db, today=dt.date(2026, 6, 15))
        tables[name] = {
            table: db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("staff", "dependants", "badges", "products", "policies")
        }
        tables[name] = {
            t: [
                tuple(
                    v
                    for k, v in zip(r.keys(), r, strict=True)
                    if k not in ("updated_at", "issued_at", "revoked_at", "pin_hash")
                )
                for r in rows
            ]
            for t, rows in tables[name].items()
        }
    assert tables["one"] == tables["two"]
    assert len(tables["one"]["staff"]) == 300
    assert len(tables["one"]["products"]) == 100


def test_a_connection_names_its_own_file_and_one_in_memory_names_none(tmp_path):
    conn = open_database(tmp_path / "shop.db", create=True)
    assert database_file(conn) == tmp_path / "shop.db"
    assert database_file(open_database(":memory:", create=True)) is None

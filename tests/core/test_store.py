"""Creating a store database, the same for `init` and the demo start: whole or not at all."""

from __future__ import annotations

import json
import sqlite3

import pytest

from pos_desktop.core import demo
from pos_desktop.core.errors import InputError
from pos_desktop.core.store import create_database
from tests.conftest import content_digest


def setting(path, key):
    conn = sqlite3.connect(path)
    try:
        return json.loads(
            conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()[0]
        )
    finally:
        conn.close()


def init_entry(path):
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT action, actor, after FROM audit WHERE action = 'init'")
        action, actor, after = row.fetchone()
    finally:
        conn.close()
    return action, actor, json.loads(after)


def test_an_empty_store_in_its_currency_with_its_init_audit_entry(tmp_path):
    target = tmp_path / "shop" / "store.sqlite"
    create_database(target, demo_store=False, currency="PLN")
    assert setting(target, "store.currency") == "PLN"
    assert init_entry(target) == ("init", "init", {"v": {"demo": False, "currency": "PLN"}})
    assert sorted(p.name for p in target.parent.iterdir()) == ["store.sqlite"]


def test_the_demo_store_in_another_two_decimal_currency(tmp_path):
    target = tmp_path / "demo.sqlite"
    create_database(target, demo_store=True, currency="RON")
    assert setting(target, "store.currency") == "RON"
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM staff").fetchone()[0] > 10
    conn.close()


def test_the_demo_refuses_a_currency_without_two_decimals(tmp_path):
    target = tmp_path / "demo.sqlite"
    with pytest.raises(InputError, match="two decimals; JPY has 0"):
        create_database(target, demo_store=True, currency="JPY")
    assert not list(tmp_path.iterdir())


def test_a_failure_part_way_keeps_the_store_that_was_there(demo_path, monkeypatch):
    before = content_digest(demo_path)

    def broken(conn, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(demo, "build", broken)
    with pytest.raises(OSError, match="disk full"):
        create_database(demo_path, demo_store=True)
    assert content_digest(demo_path) == before
    assert not (demo_path.parent / "demo.sqlite.new").exists()


def test_a_folder_that_cannot_be_made_is_said_in_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(InputError, match="cannot create the folder"):
        create_database(blocker / "store.sqlite", demo_store=False)


def test_a_store_someone_has_open_is_never_replaced(demo_path):
    before = content_digest(demo_path)
    reader = sqlite3.connect(demo_path)  # a till or the admin window: open, and has read
    try:
        reader.execute("SELECT count(*) FROM sales").fetchone()
        with pytest.raises(InputError, match="is open in a till, the admin window or another"):
            create_database(demo_path, demo_store=False)
        assert reader.execute("SELECT count(*) FROM staff").fetchone()[0] > 10
    finally:
        reader.close()
    assert content_digest(demo_path) == before
    assert not list(demo_path.parent.glob("*.new*"))
    create_database(demo_path, demo_store=False)  # closed: replaced
    assert setting(demo_path, "store.currency") == "EUR"


def test_a_chain_till_is_replaced_only_when_told_to_leave_the_chain(demo_path):
    conn = sqlite3.connect(demo_path)
    with conn:
        conn.execute(
            "INSERT INTO sync_state (id, server_url, till) VALUES "
            "(1, 'postgresql://chain:s3cret@head-office:5433/shops', 'T1')"
        )
    conn.close()
    before = content_digest(demo_path)
    with pytest.raises(InputError) as refused:
        create_database(demo_path, demo_store=True)
    said = str(refused.value)
    assert "till T1 of the chain at head-office:5433/shops" in said
    assert "--leave-chain" in said and "s3cret" not in said
    assert content_digest(demo_path) == before
    create_database(demo_path, demo_store=True, leave_chain=True)
    conn = sqlite3.connect(demo_path)
    assert conn.execute("SELECT count(*) FROM sync_state").fetchone()[0] == 0
    conn.close()

"""A chain of tills on a real PostgreSQL server (started on loopback by tests/pg_cluster.py):
server init and publish, tills joining, selling offline, syncing, verifying every chain."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from PySide6.QtTest import QTest

from pos_desktop.core.central import push, server_schema, sync
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.errors import ServerError
from tests.conftest import ANNA, CASHIER, JAN, MARIA, PIOTR, Result, content_digest

ROOT = Path(__file__).resolve().parents[2]
DAY = "2026-06-15"
AT = ("--at", f"{DAY}T12:00")


def pos(db: Path, *args: str) -> subprocess.Popen[str]:
    """The command line as a till runs it: its own process."""
    return subprocess.Popen(
        [sys.executable, "-m", "pos_desktop", "--db", str(db), *args],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def together(*processes: subprocess.Popen[str]) -> list[Result]:
    """Wait for processes started side by side."""
    results = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        results.append(Result(process.returncode, out, err))
    return results


def minor(amount: str) -> int:
    return int(Decimal(amount) * 100)


def allowance_used(db: Path, badge: str = ANNA) -> int:
    result = together(pos(db, "check", badge, "--at", f"{DAY}T18:00", "--json"))[0]
    assert result.code == 0, result.err
    return minor(result.json["allowance"]["used"])


def on_server(url: str, query: str, *params: object) -> list[tuple[object, ...]]:
    with psycopg.connect(url) as conn:
        cursor = conn.execute(query, params)  # type: ignore[arg-type]
        return cursor.fetchall() if cursor.description else []


@pytest.fixture
def chain(central: str, run, demo_path: Path, tmp_path: Path):
    """A server with the demo store's registry published and tills T1, T2, T3 joined."""
    assert run("server", "init", "--url", central).code == 0
    published = run("server", "publish", "--url", central)
    assert published.code == 0, published.err
    tills = {}
    for till in ("T1", "T2", "T3"):
        tills[till] = tmp_path / f"{till}.sqlite"
        joined = run("init", "--till", till, "--server", central, db=tills[till])
        assert joined.code == 0, joined.err
    return tills


def test_server_init_creates_the_tables_and_a_second_run_keeps_them(central, run):
    first = run("server", "init", "--url", central)
    assert first.code == 0 and "Created the central tables" in first.out
    on_server(central, "INSERT INTO tills (id, joined_at) VALUES ('T1', 'x')")
    again = run("server", "init", "--url", central)
    assert again.code == 0 and "already there" in again.out
    assert on_server(central, "SELECT id FROM tills") == [("T1",)]


def test_the_servers_registry_has_every_column_of_the_tills_tables(tmp_path):
    conn = open_database(tmp_path / "till.sqlite", create=True)
    for table in server_schema.REGISTRY:
        columns = tuple(r["name"] for r in conn.execute(f"PRAGMA table_info({table.name})"))
        assert table.names == columns, table.name
    conn.close()


def test_a_till_joins_with_the_registry_rules_and_its_own_id(chain, run):
    till = chain["T2"]
    assert "Staff discount, 1000.00 left this year" in run("check", ANNA, *AT, db=till).out
    assert run("check", JAN, *AT, db=till).code == 0
    conn = sqlite3.connect(till)
    assert conn.execute("SELECT value FROM settings WHERE key = 'store.till'").fetchone() == (
        '"T2"',
    )
    assert conn.execute("SELECT COUNT(*) FROM products").fetchone()[0] == 100
    conn.close()
    sold = run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", *AT, "--json", db=till)
    assert sold.code == 0
    assert run("receipt", sold.json["sale_id"], db=till).code == 0


def test_joining_refuses_clearly_and_leaves_no_file(central, run, tmp_path):
    folder = tmp_path / "tills"
    folder.mkdir()
    till = folder / "till.sqlite"
    closed = "postgresql://pos@127.0.0.1:1/pos"
    result = run("init", "--till", "T1", "--server", closed, db=till)
    assert result.code == 2 and "cannot reach the server 127.0.0.1:1/pos" in result.err
    result = run("init", "--till", "T1", "--server", central, db=till)
    assert result.code == 2 and "server init" in result.err
    run("server", "init", "--url", central)
    result = run("init", "--till", "T1", "--server", central, db=till)
    assert result.code == 2 and "server publish" in result.err
    assert run("init", "--till", "T 1", "--server", central, db=till).code == 2
    assert run("init", "--till", "T1", db=till).code == 2
    assert run("init", "--server", "not an address", "--till", "T1", db=till).code == 2
    assert list(folder.iterdir()) == []


def test_a_lone_till_has_nothing_to_sync(run):
    result = run("sync")
    assert result.code == 2 and "init --till ID --server URL" in result.err


@pytest.mark.slow
def test_three_tills_sell_through_an_outage_and_reconcile_exactly(
    chain, central, postgres_cluster, run
):
    t1, t2, t3 = chain.values()

    def sell_everywhere(hour: int, items: tuple[str, str, str]) -> list[int]:
        sold = together(
            *(
                pos(
                    db,
                    "sell",
                    *CASHIER,
                    "--customer",
                    ANNA,
                    "--item",
                    item,
                    "--at",
                    f"{DAY}T{hour:02d}:00",
                )
                for db, item in zip((t1, t2, t3), items, strict=True)
            )
        )
        for result in sold:
            assert result.code == 0, result.err
        return [
            minor(line.split("Discount ")[1].split()[0])
            for result in sold
            for line in result.out.splitlines()
            if line.startswith("Subtotal")
        ]

    def sync_everywhere() -> list[Result]:
        return together(*(pos(db, "sync", "--json") for db in (t1, t2, t3)))

    discounts = sell_everywhere(9, ("COAT-01", "SHIRT-01", "COAT-01:2"))
    assert all(r.code == 0 for r in sync_everywhere())
    assert all(r.code == 0 for r in sync_everywhere())  # each sees what the others pushed
    assert {allowance_used(db) for db in (t1, t2, t3)} == {sum(discounts)}

    postgres_cluster.stop()
    try:
        discounts += sell_everywhere(11, ("SHIRT-01:3", "COAT-01", "SHIRT-01"))
        discounts += sell_everywhere(13, ("COAT-01", "COAT-01", "SHIRT-01:2"))
        before = content_digest(t1)
        for result in sync_everywhere():
            assert result.code == 2
            assert "cannot reach the server" in result.err
            assert "keeps selling offline" in result.err
            assert "Traceback" not in result.err
        assert content_digest(t1) == before
        # Offline, each till counts what it sold itself on top of what it last heard.
        assert allowance_used(t2) < sum(discounts)
    finally:
        postgres_cluster.start()

    first = sync_everywhere()
    assert [r.json["pushed"] for r in first] == [2, 2, 2]
    assert all(r.code == 0 for r in sync_everywhere())
    total = on_server(
        central,
        "SELECT count(*), sum(allowance_delta) FROM sales WHERE employee_no = 'E0001'",
    )
    assert total == [(9, sum(discounts))]
    assert {allowance_used(db) for db in (t1, t2, t3)} == {sum(discounts)}

    # A refund at one till gives the discount back on every till after a sync.
    refunded = run("refund", *CASHIER, first_sale_of(t2), "--at", f"{DAY}T15:00", "--json", db=t2)
    assert refunded.code == 0
    returned = minor(refunded.json["discount"])
    sync_everywhere()
    sync_everywhere()
    assert {allowance_used(db) for db in (t1, t2, t3)} == {sum(discounts) - returned}

    # Syncing again sends nothing twice.
    again = sync_everywhere()
    assert [r.json["pushed"] for r in again] == [0, 0, 0]
    assert on_server(central, "SELECT count(*) FROM sales") == [(10,)]

    verified = run("journal", "verify", "--server", central, "--json")
    assert verified.code == 0, verified.out
    assert [(t["till"], t["ok"], t["records"]) for t in verified.json["tills"]] == [
        ("T1", True, 3),
        ("T2", True, 4),
        ("T3", True, 3),
    ]
    for db in (t1, t2, t3):
        local = run("journal", "verify", "--json", db=db).json
        server_side = next(t for t in verified.json["tills"] if t["till"] == db.stem)
        assert local["head"] == server_side["head"]


def first_sale_of(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("SELECT id FROM sales ORDER BY seq LIMIT 1").fetchone()[0])
    finally:
        conn.close()


def test_a_push_whose_acknowledgement_is_lost_is_counted_once(chain, central, run, monkeypatch):
    t1, t2 = chain["T1"], chain["T2"]
    for hour in ("09", "10"):
        sold = run(
            "sell",
            *CASHIER,
            "--customer",
            ANNA,
            "--item",
            "COAT-01",
            "--at",
            f"{DAY}T{hour}:00",
            db=t1,
        )
        assert sold.code == 0
    real_push = push.push

    def push_then_lose_the_answer(*args, **kwargs):
        real_push(*args, **kwargs)
        raise ServerError("cannot reach the server (connection lost)")

    monkeypatch.setattr(push, "push", push_then_lose_the_answer)
    lost = run("sync", db=t1)
    assert lost.code == 2 and "keeps selling offline" in lost.err
    monkeypatch.undo()
    assert on_server(central, "SELECT count(*) FROM sales") == [(2,)]
    conn = open_database(t1)
    state = sync.load_state(conn)
    conn.close()
    assert state is not None and state.pushed_sales_seq == 0

    retried = run("sync", "--json", db=t1)
    assert retried.code == 0, retried.err
    assert (retried.json["pushed"], retried.json["already_on_server"]) == (0, 2)
    assert on_server(central, "SELECT count(*), sum(discount) FROM sales") == [(2, 8000)]
    assert run("sync", db=t2).code == 0
    assert allowance_used(t2) == 8000
    assert run("sync", db=t2).code == 0  # pulling again adds nothing
    assert allowance_used(t2) == 8000


def test_a_till_id_with_a_journal_on_the_server_cannot_join_again(chain, run):
    t1 = chain["T1"]
    assert run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", *AT, db=t1).code == 0
    assert run("sync", db=t1).code == 0
    rejoin = ["init", "--till", "T1", "--server", server_url(t1), "--force"]
    result = run(*rejoin, db=t1)
    assert result.code == 2
    assert "is till T1 of the chain" in result.err and "--leave-chain" in result.err
    result = run(*rejoin, "--leave-chain", db=t1)
    assert result.code == 2
    assert "till T1 already has 1 journal records on the server" in result.err
    assert run("journal", "verify", db=t1).code == 0  # the till's own file is untouched


def test_two_tills_cannot_join_under_one_id_even_before_either_has_sold(
    chain, central, run, tmp_path, monkeypatch
):
    twin = tmp_path / "twin.sqlite"
    result = run("init", "--till", "T1", "--server", central, db=twin)
    assert result.code == 2
    assert "a till has already joined the chain as T1; give this till another id" in result.err
    assert not twin.exists()
    # A join that fails after the server took its id frees the id again.
    from pos_desktop.core.central import sync

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sync, "_build_till", full_disk)
    assert run("init", "--till", "T4", "--server", central, db=twin).code == 2
    monkeypatch.undo()
    joined = run("init", "--till", "T4", "--server", central, db=twin)
    assert joined.code == 0, joined.err


def test_a_backdated_sale_keeps_its_mark_on_the_server_and_verifies(chain, central, run):
    t1 = chain["T1"]
    assert run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", *AT, db=t1).code == 0
    assert run("sync", db=t1).code == 0
    assert on_server(central, "SELECT backdated IS NOT NULL FROM sales") == [(True,)]
    verified = run("journal", "verify", "--server", central)
    assert verified.code == 0, verified.out + verified.err


def server_url(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("SELECT server_url FROM sync_state").fetchone()[0])
    finally:
        conn.close()


def test_a_changed_record_on_the_server_breaks_only_its_tills_chain(chain, central, run):
    for db in chain.values():
        assert (
            run(
                "sell", "--cashier", MARIA, "--customer", PIOTR, "--item", "SHIRT-01", *AT, db=db
            ).code
            == 0
        )
        assert run("sync", db=db).code == 0
    closed = run("close-day", "--date", DAY, "--at", f"{DAY}T21:00", db=chain["T3"])
    assert closed.code == 0, closed.err
    assert run("sync", db=chain["T3"]).code == 0
    good = run("journal", "verify", "--server", central)
    assert good.code == 0
    assert "Till T3: OK, 1 sales records and 1 day closes chain" in good.out
    with psycopg.connect(central) as conn:
        conn.execute("ALTER TABLE sales DISABLE TRIGGER sales_append_only")
        conn.execute("UPDATE sales SET discount = 0 WHERE chain_till = 'T2'")
    broken = run("journal", "verify", "--server", central)
    assert broken.code == 1
    assert "Till T2: BROKEN, sales record 1 (sale " in broken.out
    assert "Till T1: OK" in broken.out and "Till T3: OK" in broken.out


def test_the_office_publishes_registry_changes_and_removals_to_every_till(
    chain, central, run, demo_path
):
    t1 = chain["T1"]
    assert run("staff", "badge-revoke", ANNA, "--reason", "lost").code == 0
    office = sqlite3.connect(demo_path)
    office.execute("DELETE FROM products WHERE sku = 'WINE-01'")
    office.execute("INSERT INTO settings (key, value) VALUES ('admin.password_hash', '\"x\"')")
    office.commit()
    office.close()
    till = sqlite3.connect(t1)
    till.execute("INSERT INTO settings (key, value) VALUES ('admin.failures', '2')")
    till.commit()
    till.close()
    published = run("server", "publish", "--url", central)
    assert published.code == 0
    assert "changed 1 badges" in published.out and "removed 1 products" in published.out
    assert run("check", ANNA, *AT, db=t1).out.startswith("Internal")
    synced = run("sync", "--json", db=t1)
    assert synced.json["registry_changes"] == 2
    assert run("check", ANNA, *AT, db=t1).out.startswith("Blocked")
    assert "unknown SKU" in run("quote", "--item", "WINE-01", db=t1).err
    assert run("sync", "--json", db=t1).json["registry_changes"] == 0
    till = sqlite3.connect(t1)
    admin = till.execute("SELECT key, value FROM settings WHERE key LIKE 'admin.%'").fetchall()
    till.close()
    assert admin == [("admin.failures", "2")]  # the sign-in state stays each machine's own


def test_sync_to_a_stopped_server_writes_nothing(chain, postgres_cluster, run):
    t1 = chain["T1"]
    assert run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", *AT, db=t1).code == 0
    before = content_digest(t1)
    postgres_cluster.stop()
    try:
        result = run("sync", db=t1)
    finally:
        postgres_cluster.start()
    assert result.code == 2
    assert result.err.startswith("pos-desktop: cannot reach the server 127.0.0.1:")
    assert len(result.err.strip().splitlines()) == 1
    assert content_digest(t1) == before
    assert run("sync", db=t1).code == 0


def discount_of(result: Result) -> int:
    assert result.code == 0, result.err
    line = next(x for x in result.out.splitlines() if x.startswith("Subtotal"))
    return minor(line.split("Discount ")[1].split()[0])


def test_the_till_asks_the_server_before_it_has_synced(chain, run):
    t1, t2, _ = chain.values()
    sold = discount_of(
        together(pos(t1, "sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", *AT))[0]
    )
    assert run("sync", db=t1).code == 0
    # T2 has pulled nothing yet, but the server tells it what T1 granted.
    assert allowance_used(t2) == sold
    assert sqlite3.connect(t2).execute("SELECT count(*) FROM remote_sales").fetchone() == (0,)


def test_offline_tills_grant_at_most_the_offline_limit_and_overspend_is_reported(
    chain, run, demo_path, tmp_path, central, postgres_cluster
):
    exported = tmp_path / "store.toml"
    assert run("config", "export", str(exported)).code == 0
    text = exported.read_text().replace('amount = "1000.00"', 'amount = "100.00"', 1)
    text = text.replace("[store]\n", '[store]\noffline_limit = "60.00"\n', 1)
    exported.write_text(text)
    assert run("config", "import", str(exported)).code == 0, "head office changes the rules"
    assert run("server", "publish", "--url", central).code == 0
    for till in chain.values():
        assert run("sync", db=till).code == 0
    t1, t2, t3 = chain.values()
    postgres_cluster.stop()
    try:
        coat = ("--customer", ANNA, "--item", "COAT-01", *AT)
        first = [
            discount_of(r)
            for r in together(*(pos(t, "sell", *CASHIER, *coat) for t in chain.values()))
        ]
        assert first == [4000, 4000, 4000]  # 20% of a coat at each till, each within 60.00
        second = together(pos(t1, "sell", *CASHIER, *coat))[0]
        assert discount_of(second) == 2000  # T1 has granted 40.00 the server does not know of
        offline = together(pos(t1, "check", ANNA, *AT))[0]
        assert "Not eligible: offline limit reached until the server can be asked" in offline.out
    finally:
        postgres_cluster.start()
    for till in (t1, t2, t3, t1):
        assert run("sync", db=till).code == 0
    report = run("sync", db=t2)
    assert "Over the allowance: Anna Kowalska (E0001) has used 140.00 of 100.00 this year" in (
        report.out
    )


def test_the_till_window_syncs_in_the_background_and_says_when_it_is_offline(
    qtbot, chain, postgres_cluster
):
    from pos_desktop.core.checkout import Checkout
    from pos_desktop.core.till import TillSession
    from pos_desktop.ui.cashier.window import CashierWindow

    conn = open_database(chain["T1"])
    window = CashierWindow(TillSession(Checkout(conn)))
    qtbot.add_widget(window)
    window.show()
    qtbot.waitUntil(lambda: "online, synced" in window.header.text(), timeout=30_000)
    postgres_cluster.stop()
    try:
        window.chain.sync_now()
        qtbot.waitUntil(lambda: "OFFLINE since" in window.header.text(), timeout=30_000)
        assert "0 sales to send" in window.header.text()
        shots = ROOT / "tests" / "screenshots"
        shots.mkdir(exist_ok=True)
        assert window.grab().save(str(shots / "cashier-chain-offline.png"))
    finally:
        postgres_cluster.start()
    window.chain.sync_now()
    qtbot.waitUntil(lambda: "online, synced" in window.header.text(), timeout=30_000)
    window.close()
    conn.close()


def test_a_push_mixing_held_and_new_records_adds_only_the_new_ones(
    chain, central, run, monkeypatch
):
    t1, t2 = chain["T1"], chain["T2"]
    assert run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", *AT, db=t1).code == 0
    real_push = push.push

    def push_then_lose_the_answer(*args, **kwargs):
        real_push(*args, **kwargs)
        raise ServerError("cannot reach the server (connection lost)")

    monkeypatch.setattr(push, "push", push_then_lose_the_answer)
    assert run("sync", db=t1).code == 2
    monkeypatch.undo()
    assert run("sell", *CASHIER, "--customer", ANNA, "--item", "SHIRT-01:2", *AT, db=t1).code == 0
    retried = run("sync", "--json", db=t1)
    assert (retried.json["pushed"], retried.json["already_on_server"]) == (1, 1)
    assert on_server(central, "SELECT count(*) FROM sale_lines") == [(2,)]
    assert on_server(central, "SELECT sku, qty FROM sale_lines ORDER BY sku") == [
        ("COAT-01", 1),
        ("SHIRT-01", 2),
    ]
    assert run("sync", db=t2).code == 0
    mine = run("check", ANNA, "--at", f"{DAY}T18:00", "--json", db=t1).json["allowance"]
    assert allowance_used(t2) == minor(mine["used"]) > 0
    assert run("journal", "verify", "--server", central).code == 0


def test_a_push_that_differs_from_what_the_server_holds_is_refused_whole(
    chain, central, run, tmp_path
):
    t1 = chain["T1"]
    # A copy of T1's file made before T1 pushed anything (a second machine can no longer join
    # as T1): two journals, one id.
    twin = tmp_path / "twin.sqlite"
    source, copy = sqlite3.connect(t1), sqlite3.connect(twin)
    source.backup(copy)
    source.close()
    copy.close()
    assert run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", *AT, db=t1).code == 0
    assert run("sync", db=t1).code == 0
    for item in ("SHIRT-01", "COAT-01"):
        assert run("sell", *CASHIER, "--customer", ANNA, "--item", item, *AT, db=twin).code == 0
    refused = run("sync", db=twin)
    assert refused.code == 2
    # The till sees it before pushing (its record 1 is not the server's); the server would
    # refuse the push too.
    assert "this till's sales record 1 is not the one the server holds for till T1" in (refused.err)
    assert on_server(central, "SELECT count(*) FROM sales") == [(1,)]
    assert on_server(central, "SELECT sku FROM sale_lines") == [("COAT-01",)]


def test_a_till_from_before_the_lean_pull_keeps_what_it_had_pulled(tmp_path):
    path = tmp_path / "till.sqlite"
    open_database(path, create=True).close()
    old = sqlite3.connect(path)
    old.executescript(
        "DROP TABLE remote_sales;"
        "CREATE TABLE remote_sales (id TEXT PRIMARY KEY, till TEXT NOT NULL, seq INTEGER NOT "
        "NULL, kind TEXT NOT NULL, refund_of TEXT, at TEXT NOT NULL, period_at TEXT NOT NULL, "
        "employee_no TEXT NOT NULL, dependant_no TEXT, customer_badge TEXT, discount INTEGER, "
        "total INTEGER, allowance_delta INTEGER NOT NULL);"
        "INSERT INTO remote_sales VALUES ('a', 'T2', 1, 'sale', NULL, '2026-06-15T09:00:00Z', "
        "'2026-06-15T09:00:00Z', 'E0001', NULL, NULL, 4000, 16000, 4000);"
        "INSERT INTO remote_sales VALUES ('b', 'T2', 2, 'refund', 'a', '2026-06-15T10:00:00Z', "
        "'2026-06-15T09:00:00Z', 'E0001', NULL, NULL, -4000, -16000, -4000);"
        "INSERT INTO remote_sales VALUES ('c', 'T3', 1, 'sale', NULL, '2026-06-15T11:00:00Z', "
        "'2026-06-15T11:00:00Z', 'E0001', NULL, NULL, 1500, 6000, 1500);"
        "DELETE FROM _sqlite_migrations WHERE name = 'm009_lean_remote_sales';"
    )
    old.commit()
    old.close()
    conn = open_database(path)
    try:
        kept = conn.execute(
            "SELECT id, employee_no, period_at, allowance_delta FROM remote_sales ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    assert [tuple(row) for row in kept] == [
        ("a", "E0001", "2026-06-15T09:00:00Z", 4000),
        ("b", "E0001", "2026-06-15T09:00:00Z", -4000),
        ("c", "E0001", "2026-06-15T11:00:00Z", 1500),
    ]


def test_an_admin_change_on_the_office_reaches_all_three_tills_and_a_till_cannot_make_one(
    chain, central, run, demo_path, tmp_path
):
    revoked = run("staff", "badge-revoke", ANNA, "--reason", "lost")
    assert revoked.code == 0
    assert "1 changes not yet published to 127.0.0.1:" in revoked.err
    assert "'pos-desktop server publish'" in revoked.err
    published = run("server", "publish")  # the server it last published to
    assert published.code == 0, published.err
    assert "changed 1 badges" in published.out
    for till in chain.values():
        assert run("check", ANNA, *AT, db=till).out.startswith("Internal")
        assert run("sync", db=till).code == 0
        assert run("check", ANNA, *AT, db=till).out.startswith("Blocked")

    t2 = chain["T2"]
    before = content_digest(t2)
    refused = run("staff", "badge-revoke", JAN, "--reason", "lost", db=t2)
    assert refused.code == 2
    assert "this till takes its staff, products and rules from the server" in refused.err
    assert "nothing was changed" in refused.err
    rules = tmp_path / "rules.toml"
    assert run("config", "export", str(rules), db=t2).code == 0
    assert run("config", "import", str(rules), db=t2).code == 2
    assert run("server", "publish", "--url", central, db=t2).code == 2
    assert content_digest(t2) == before
    assert run("check", JAN, *AT, db=t2).out.startswith("Internal")


def test_a_joined_tills_core_refuses_registry_changes_but_keeps_its_own_sign_in(chain):
    from pos_desktop.core import staff
    from pos_desktop.core.errors import InputError
    from pos_desktop.core.rules import load_rules
    from pos_desktop.core.signin import AdminGate

    conn = open_database(chain["T1"])
    number = conn.execute("SELECT holder_id FROM badges WHERE code = ?", (ANNA,)).fetchone()[0]
    with pytest.raises(InputError, match="every till gets them at its next sync"):
        staff.set_status(conn, load_rules(conn), number, "suspended", actor="admin")
    status = conn.execute("SELECT status FROM staff WHERE employee_no = ?", (number,)).fetchone()
    assert status[0] == "active"
    AdminGate(conn).set_password("a long password", actor="admin")  # this machine's own
    conn.close()


def _admin_window(qtbot, db: Path):
    from pos_desktop.core.signin import AdminGate
    from pos_desktop.ui.admin.window import AdminWindow

    conn = open_database(db)
    gate = AdminGate(conn)
    gate.set_password("a long password")
    win = AdminWindow(conn, gate.sign_in(password="a long password"))
    qtbot.add_widget(win)
    win.show()
    assert QTest.qWaitForWindowExposed(win)
    return win


def _add_umbrella(window) -> None:
    window.add_product()
    dialog = window.dialog
    dialog.sku.setText("UMB-1")
    dialog.name.setText("Umbrella")
    dialog.category.setCurrentIndex(dialog.category.findData("HOME"))
    dialog.price.setText("15.00")
    dialog.cost.setText("7.50")
    dialog.ok.click()
    return dialog


def test_the_office_admin_window_publishes_with_one_button_and_every_till_gets_it(
    qtbot, chain, run, demo_path
):
    from tests.ui.test_admin_window import shot

    office = _admin_window(qtbot, demo_path)
    assert "Every change is published to 127.0.0.1:" in office.server_bar.text.text()
    assert not office.server_bar.publish.isVisibleTo(office)
    _add_umbrella(office)
    assert "Changes not yet published to 127.0.0.1:" in office.server_bar.text.text()
    assert ": 1." in office.server_bar.text.text()
    assert office.server_bar.publish.isVisibleTo(office)
    shot(office, "chain-unpublished")
    office.server_bar.publish.click()
    assert "Published to 127.0.0.1:" in office.status.text()
    assert "Every change is published" in office.server_bar.text.text()
    for till in chain.values():
        assert run("sync", db=till).code == 0
        quoted = run("quote", "--item", "UMB-1", db=till)
        assert quoted.code == 0 and "15.00" in quoted.out


def test_a_joined_tills_admin_window_says_where_to_change_the_registry_and_changes_nothing(
    qtbot, chain
):
    from tests.ui.test_admin_window import shot

    till = _admin_window(qtbot, chain["T1"])
    assert "This till takes its staff, products and rules from the server" in (
        till.server_bar.text.text()
    )
    assert not till.server_bar.publish.isVisibleTo(till)
    dialog = _add_umbrella(till)
    assert "every till gets them at its next sync; nothing was changed" in dialog.error.text()
    shot(till, "chain-joined-till")
    dialog.reject()
    assert till.conn.execute("SELECT 1 FROM products WHERE sku = 'UMB-1'").fetchone() is None


def test_a_pulled_currency_change_is_refused_by_a_till_that_has_sold(chain, run, tmp_path):
    t1, t2, _ = chain.values()
    assert run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", *AT, db=t1).code == 0
    assert run("sync", db=t1).code == 0
    exported = tmp_path / "store.toml"
    assert run("config", "export", str(exported)).code == 0
    exported.write_text(exported.read_text().replace('currency = "EUR"', 'currency = "PLN"', 1))
    assert run("config", "import", str(exported)).code == 0
    assert run("server", "publish").code == 0
    assert run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", *AT, db=t1).code == 0
    refused = run("sync", db=t1)
    assert refused.code == 2
    assert "the server's store currency is now PLN, but this till has 2 sales in EUR" in (
        refused.err
    )
    assert len(refused.err.strip().splitlines()) == 1
    conn = sqlite3.connect(t1)
    currency = conn.execute("SELECT value FROM settings WHERE key = 'store.currency'").fetchone()
    conn.close()
    assert currency == ('"EUR"',)
    assert run("journal", "verify", "--server", server_url(t1)).code == 0  # its sales went
    assert run("sync", db=t2).code == 0  # T2 had sold nothing and held no sales yet
    t4 = tmp_path / "T4.sqlite"
    assert run("init", "--till", "T4", "--server", server_url(t1), db=t4).code == 0
    conn = sqlite3.connect(t4)
    currency = conn.execute("SELECT value FROM settings WHERE key = 'store.currency'").fetchone()
    conn.close()
    assert currency == ('"PLN"',)


def test_server_init_upgrades_older_tables_and_tills_name_a_version_mismatch(chain, central, run):
    t1 = chain["T1"]
    assert run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", *AT, db=t1).code == 0
    on_server(central, "ALTER TABLE tills DROP COLUMN app_version")
    on_server(central, "ALTER TABLE sales DROP COLUMN backdated")
    on_server(central, "ALTER TABLE sale_lines DROP COLUMN rule_key")
    on_server(central, "ALTER TABLE sale_lines DROP COLUMN rule_args")
    on_server(central, "UPDATE server_meta SET value = '1' WHERE key = 'schema_version'")
    older = run("sync", db=t1)
    assert older.code == 2
    assert (
        f"tables are version 1, older than this app's ({server_schema.SCHEMA_VERSION})" in older.err
    )
    assert "server init --url URL" in older.err
    upgraded = run("server", "init", "--url", central)
    assert upgraded.code == 0, upgraded.err
    assert f"from version 1 to {server_schema.SCHEMA_VERSION}" in upgraded.out
    assert run("sync", db=t1).code == 0
    assert on_server(central, "SELECT count(*) FROM sales") == [(1,)]
    assert on_server(central, "SELECT app_version IS NOT NULL FROM tills WHERE id = 'T1'") == [
        (True,)
    ]
    assert on_server(central, "SELECT count(*) FROM sale_lines WHERE rule_key IS NULL") == [(0,)]
    on_server(central, "UPDATE server_meta SET value = '99' WHERE key = 'schema_version'")
    newer = run("sync", db=t1)
    assert newer.code == 2 and "version 99, newer than this app knows" in newer.err
    assert "update pos-desktop" in newer.err
    assert run("server", "init", "--url", central).code == 2
    assert on_server(central, "SELECT value FROM server_meta") == [("99",)]


def test_a_tills_allowance_report_counts_the_other_tills_sales_sync_brought(chain, run):
    t1, t2, _ = chain.values()
    one = run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", *AT, "--json", db=t1)
    two = run(
        "sell", *CASHIER, "--customer", ANNA, "--item", "SHIRT-01", "--at", f"{DAY}T12:05", db=t2
    )
    assert one.code == 0 and two.code == 0
    assert run("sync", db=t1).code == 0
    assert run("sync", db=t2).code == 0
    report = run("report", "allowance", "--on", DAY, "--format", "json", db=t2).json
    used = {r["employee"]: minor(r["used"]) for r in report["rows"]}
    assert used["E0001"] == allowance_used(t2) == minor(one.json["discount"]) + 800


def test_a_sale_is_refunded_at_its_own_till_and_the_allowance_comes_back_everywhere(chain, run):
    t1, t2, t3 = chain.values()
    sold = run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", *AT, "--json", db=t1)
    assert sold.code == 0
    for till in (t1, t2, t3):
        assert run("sync", db=till).code == 0
    sale_id = sold.json["sale_id"]
    elsewhere = run("refund", *CASHIER, sale_id, db=t2)
    assert elsewhere.code == 2
    assert f"sale '{sale_id}' was made at another till of the chain; refund it at that till" in (
        elsewhere.err
    )
    assert "was made at another till" in run("refund", *CASHIER, sale_id[-8:].upper(), db=t3).err
    assert run("refund", *CASHIER, sale_id, db=t1).code == 0
    assert run("refund", *CASHIER, sale_id, db=t1).code == 2  # already fully refunded
    for till in (t1, t2, t3):
        assert run("sync", db=till).code == 0
    conn = sqlite3.connect(t3)
    held = conn.execute(
        "SELECT SUM(allowance_delta) FROM remote_sales WHERE employee_no = 'E0001'"
    ).fetchone()
    conn.close()
    assert held == (0,)


def test_sync_sends_the_tills_audit_log_once(chain, central, run):
    t1 = chain["T1"]
    assert run("sync", db=t1).code == 0
    assert run("sync", db=t1).code == 0
    conn = sqlite3.connect(t1)
    local = conn.execute("SELECT seq, action, hash FROM audit ORDER BY seq").fetchall()
    conn.close()
    held = on_server(
        central, "SELECT seq, action, hash FROM audit_log WHERE chain_till = 'T1' ORDER BY seq"
    )
    assert held == local and local[0][1] == "init"
    with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
        on_server(central, "UPDATE audit_log SET actor = 'someone else'")
    assert "Till T1: OK, 0 sales records and 0 day closes chain" in (
        run("journal", "verify", "--server", central).out
    )
    with psycopg.connect(central) as conn:
        conn.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        conn.execute("UPDATE audit_log SET actor = 'someone else' WHERE seq = 1")
    broken = run("journal", "verify", "--server", central)
    assert broken.code == 1
    assert "Till T1: BROKEN, audit record 1 was changed after it was written" in broken.out


def test_a_charge_to_payroll_reaches_the_server_and_its_chain_verifies(chain, central, run):
    assert run("staff", "set-pin", "E0001", stdin="5831\n").code == 0  # on the office
    assert run("server", "publish").code == 0
    t1 = chain["T1"]
    assert run("sync", db=t1).code == 0
    sold = run(
        "sell",
        *("--customer", ANNA, "--cashier", PIOTR, "--item", "COAT-01", *AT),
        *("--pay", "payroll", "--payer-pin", "5831", "--json"),
        db=t1,
    )
    assert sold.code == 0, sold.err
    assert run("sync", db=t1).code == 0
    held = on_server(central, "SELECT tender FROM sales WHERE chain_till = 'T1'")
    assert held == [("payroll",)]
    verified = run("journal", "verify", "--server", central)
    assert verified.code == 0 and "Till T1: OK, 1 sales records" in verified.out

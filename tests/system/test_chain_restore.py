"""A till of a chain (real PostgreSQL, tests/pg_cluster.py): a restored backup takes back from
the server the sales made since it was taken, so new sales continue the chain and reach the
server; a till whose history differs from the server's is refused at sync, and the server's
chains keep verifying."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import ANNA, IOANA, PIOTR, content_digest
from tests.core.test_anchors import rewrite
from tests.system.test_central import AT, on_server

SALE = ("--cashier", PIOTR, "--item", "SHIRT-01", *AT)


@pytest.fixture
def chain(central: str, run, tmp_path: Path) -> dict[str, Path]:
    """A server with the demo store's registry published and tills T1 and T2 joined."""
    assert run("server", "init", "--url", central).code == 0
    assert run("server", "publish", "--url", central).code == 0
    tills = {}
    for till in ("T1", "T2"):
        tills[till] = tmp_path / f"{till}.sqlite"
        joined = run("init", "--till", till, "--server", central, db=tills[till])
        assert joined.code == 0, joined.err
    return tills


def sell(run, db: Path, customer: str = IOANA) -> None:
    sold = run("sell", "--customer", customer, *SALE, db=db)
    assert sold.code == 0, sold.err


def server_seqs(central: str, till: str) -> list[int]:
    rows = on_server(central, "SELECT seq FROM sales WHERE chain_till = %s ORDER BY seq", till)
    return [int(r[0]) for r in rows]


def test_a_restored_backup_takes_back_the_sales_since_and_the_chain_goes_on(
    chain, central, run, tmp_path
):
    t2 = chain["T2"]
    for _ in range(3):
        sell(run, t2)
    assert run("sync", db=t2).code == 0
    backup = tmp_path / "b2.sqlite"
    assert run("backup", str(backup), db=t2).code == 0
    for _ in range(2):
        sell(run, t2)
    assert run("sync", db=t2).code == 0
    sell(run, t2, ANNA)  # not sent yet when the backup is restored: it must not be lost
    restored = run("restore", str(backup), db=t2)
    assert restored.code == 0, restored.err
    took = "This till took back 3 sales and refunds from the server; its next record is number 7"
    assert took in restored.out
    sell(run, t2)
    synced = run("sync", "--json", db=t2)
    assert synced.code == 0, synced.err
    assert synced.json["pushed"] == 1
    assert server_seqs(central, "T2") == [1, 2, 3, 4, 5, 6, 7]
    assert run("journal", "verify", db=t2).code == 0
    assert run("journal", "verify", "--server", central).code == 0
    actions = on_server(
        central, "SELECT action FROM audit_log WHERE chain_till = 'T2' ORDER BY seq"
    )
    assert [a for (a,) in actions].count("database.restore") == 1


def test_a_restore_the_server_cannot_help_with_is_refused_and_changes_nothing(chain, run, tmp_path):
    t2 = chain["T2"]
    sell(run, t2)
    backup = tmp_path / "b2.sqlite"
    assert run("backup", str(backup), db=t2).code == 0
    sell(run, t2)
    conn = sqlite3.connect(t2)
    conn.execute("UPDATE sync_state SET server_url = 'postgresql://pos@127.0.0.1:9/pos'")
    conn.commit()
    conn.close()
    before = content_digest(t2)
    refused = run("restore", str(backup), db=t2)
    assert refused.code == 2
    assert "a restore takes back from the server the sales made since the backup" in refused.err
    assert "nothing was restored" in refused.err
    assert content_digest(t2) == before


def test_a_rewritten_till_is_refused_at_sync_and_the_server_keeps_verifying(chain, central, run):
    t1 = chain["T1"]
    for _ in range(3):
        sell(run, t1)
    assert run("sync", db=t1).code == 0
    rewrite(t1, "UPDATE sales SET discount = 0, total = subtotal WHERE seq = 2;")
    assert run("journal", "verify", db=t1).code == 0  # hashed again: the file alone agrees
    sell(run, t1)
    refused = run("sync", db=t1)
    assert refused.code == 2
    assert "this till's sales record 3 is not the one the server holds for till T1" in (refused.err)
    assert "goes at the next sync" not in refused.err
    assert server_seqs(central, "T1") == [1, 2, 3]
    assert run("journal", "verify", "--server", central).code == 0


def test_a_till_cut_short_that_sold_again_is_refused(chain, central, run):
    t1 = chain["T1"]
    for _ in range(3):
        sell(run, t1)
    assert run("sync", db=t1).code == 0
    rewrite(
        t1,
        "DELETE FROM sale_lines WHERE sale_id IN (SELECT id FROM sales WHERE seq > 1);"
        "DELETE FROM sales WHERE seq > 1;",
    )
    sell(run, t1)  # takes seq 2 again, which the server holds as another sale
    refused = run("sync", db=t1)
    assert refused.code == 2 and "its history differs from the server's" in refused.err
    assert server_seqs(central, "T1") == [1, 2, 3]


def test_a_till_cut_short_takes_back_its_records_at_the_next_sync(chain, central, run):
    t1 = chain["T1"]
    for _ in range(3):
        sell(run, t1)
    assert run("sync", db=t1).code == 0
    rewrite(
        t1,
        "DELETE FROM sale_lines WHERE sale_id IN (SELECT id FROM sales WHERE seq > 1);"
        "DELETE FROM sales WHERE seq > 1;",
    )
    assert run("sync", db=t1).code == 0
    assert run("journal", "verify", "--json", db=t1).json["records"] == 3
    sell(run, t1)
    assert run("sync", db=t1).code == 0
    assert server_seqs(central, "T1") == [1, 2, 3, 4]


def test_the_server_refuses_new_records_that_do_not_follow_its_last_one(
    chain, central, run, monkeypatch
):
    from pos_desktop.core.central import sync

    t1 = chain["T1"]
    for _ in range(2):
        sell(run, t1)
    assert run("sync", db=t1).code == 0
    rewrite(t1, "UPDATE sales SET discount = 0, total = subtotal WHERE seq = 1;")
    sell(run, t1)
    monkeypatch.setattr(sync, "take_back", lambda conn, remote, till: 0)  # the till's own check
    refused = run("sync", db=t1)
    assert refused.code == 2
    assert "till T1's record 3 does not follow the server's last record of it (2)" in refused.err
    assert server_seqs(central, "T1") == [1, 2]
    assert run("journal", "verify", "--server", central).code == 0


def test_the_backups_page_says_what_a_restore_does_on_a_chain_till(qtbot, demo_path):
    """No server needed: a till whose server cannot be reached is told so, and nothing is
    restored."""
    from PySide6.QtWidgets import QMessageBox

    from pos_desktop.core import backups
    from pos_desktop.core.db.storage import open_database
    from pos_desktop.ui.admin.backups_page import BackupsPage
    from pos_desktop.ui.common.operations import Operations, StatusLine

    conn = open_database(demo_path)
    conn.execute(
        "INSERT INTO sync_state (id, server_url, till) "
        "VALUES (1, 'postgresql://pos@127.0.0.1:9/pos', 'T1')"
    )
    conn.commit()
    made = backups.now(conn, demo_path)
    asked: list[str] = []
    status = StatusLine()
    qtbot.add_widget(status)
    ops = Operations(status, status, database=demo_path.name, title="pos-desktop admin")
    ops.confirm = lambda q: asked.append(q) is None
    page = BackupsPage(conn, demo_path, "E0012", ops)
    qtbot.add_widget(page)
    page.table.selectRow([b.path for b in page.found].index(made))
    before = content_digest(demo_path)
    page.restore_chosen()
    assert "This till belongs to a chain: first it sends the server the sales" in asked[0]
    assert status.text().startswith("Nothing was restored: this database is till T1 of the chain")
    assert content_digest(demo_path) == before
    box = QMessageBox(QMessageBox.Icon.Question, "pos-desktop", asked[0])
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.add_widget(box)
    box.show()
    shots = Path(__file__).resolve().parents[1] / "screenshots"
    shots.mkdir(exist_ok=True)
    assert box.grab().save(str(shots / "admin-backups-restore-chain-till.png"))
    conn.close()


def test_a_damaged_chain_till_restored_takes_back_its_sales(chain, central, run, tmp_path):
    from tests.core.test_backups import damage

    t2 = chain["T2"]
    sell(run, t2)
    backup = tmp_path / "b2.sqlite"
    assert run("backup", str(backup), db=t2).code == 0
    for _ in range(2):
        sell(run, t2)
    assert run("sync", db=t2).code == 0
    conn = sqlite3.connect(t2)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    damage(t2, page=3)
    assert run("check", ANNA, db=t2).code == 2  # found damaged
    restored = run("restore", str(backup), db=t2)
    assert restored.code == 0, restored.err
    assert "the damaged file is kept as" in restored.out
    assert run("journal", "verify", "--json", db=t2).json["records"] == 3
    sell(run, t2)
    assert run("sync", db=t2).code == 0
    assert server_seqs(central, "T2") == [1, 2, 3, 4]

"""The windows and a damaged database, a full disk or a read-only file: said plainly, the
newest backup offered, nothing half-written; and the admin window's backups page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from pos_desktop.core import backups
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_checked, open_database
from pos_desktop.core.signin import AdminGate
from pos_desktop.core.till import TillSession
from pos_desktop.ui.admin.window import AdminWindow
from pos_desktop.ui.cashier import app as till_app
from pos_desktop.ui.cashier.window import CashierWindow
from pos_desktop.ui.common.recovery import Upkeep
from tests.conftest import ANNA, PIOTR, RADU
from tests.core.test_backups import damage

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)
DAY = dt.date(2026, 6, 15)


@pytest.fixture
def dialogs(monkeypatch):
    """Answer the message boxes as a user would (Yes to restoring); record what they said."""
    said: list[str] = []

    def answer(kind: str, reply: QMessageBox.StandardButton):
        def box(parent, title, text, *args, **kwargs):
            said.append(f"{kind}: {text}")
            return reply

        return box

    monkeypatch.setattr(QMessageBox, "question", answer("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(
        "pos_desktop.ui.common.recovery.ask",
        lambda parent, title, text, **kwargs: said.append(f"question: {text}") is None,
    )
    monkeypatch.setattr(QMessageBox, "critical", answer("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "information", answer("information", QMessageBox.StandardButton.Ok)
    )
    return said


def daily_backup(path: Path) -> Path:
    conn = open_database(path)
    made = backups.daily(conn, path, DAY)
    conn.close()
    assert made is not None
    return made


def shot(widget, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture
def till(qtbot, demo_path):
    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    window = CashierWindow(session)
    qtbot.add_widget(window)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    yield window
    window.session.checkout.conn.close()


def scan(window: CashierWindow, text: str) -> None:
    window.scan.setText(text)
    window.submit_scan()


def test_the_admin_window_lists_backups_takes_one_and_restores_one(qtbot, demo_path):
    made = daily_backup(demo_path)
    conn = open_database(demo_path)
    identity = AdminGate(conn).sign_in(badge=RADU, pin="4321")
    window = AdminWindow(conn, identity)
    qtbot.add_widget(window)
    window.resize(1280, 800)
    window.show()
    window.pages.setCurrentWidget(window.backups_page)
    page = window.backups_page
    assert page.table.rowCount() == 1
    assert page.table.item(0, 2).text() == made.name
    page.restore_chosen()
    assert "Choose a backup in the table first" in window.status.text()
    page.back_up_now()
    assert page.table.rowCount() == 2 and "Backed up to demo-manual-" in window.status.text()
    store = Checkout(conn)
    store.sell(ANNA, [store.product_line("COAT-01")], at=AT)  # after the backups
    shot(window, "admin-backups")
    asked: list[str] = []
    window.confirm = lambda question: asked.append(question) is None and False
    row = [b.path for b in page.found].index(made)
    page.table.selectRow(row)
    page.restore_chosen()
    assert "Sales and changes made since it was taken leave the database" in asked[0]
    assert conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == 1  # No changes nothing
    window.confirm = lambda question: True
    page.table.selectRow(row)
    page.restore_chosen()
    assert "Restored demo-2026-06-15.sqlite; the database before it is kept as" in (
        window.status.text()
    )
    assert conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == 0
    entry = conn.execute("SELECT actor, action FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert tuple(entry) == (identity.actor, "database.restore")
    assert page.found[0].kind == "before restore"
    conn.close()


def test_the_admin_window_offers_the_newest_backup_for_a_damaged_file(dialogs, demo_path):
    from pos_desktop.ui.admin import app as admin_app

    daily_backup(demo_path)
    damage(demo_path)
    picture = demo_path.parent / "admin.png"
    assert admin_app.run(demo_path, screenshot=picture) == 0
    assert "is damaged" in dialogs[0]
    assert "The newest backup is demo-2026-06-15.sqlite" in dialogs[0]
    assert "the damaged file is kept in" in dialogs[0]
    assert dialogs[1].startswith("information: Restored the backup demo-2026-06-15.sqlite")
    assert picture.exists()
    open_checked(demo_path).close()
    kept = list((demo_path.parent / "backups").glob("demo-damaged-*.sqlite"))
    assert len(kept) == 1


def test_a_damaged_file_without_a_backup_is_said_and_left_alone(dialogs, demo_path):
    from pos_desktop.ui.admin import app as admin_app

    damage(demo_path)
    before = demo_path.read_bytes()
    assert admin_app.run(demo_path, screenshot=demo_path.parent / "admin.png") == 2
    assert (
        dialogs[0].startswith("critical: The database") and "There is no backup in" in (dialogs[0])
    )
    assert demo_path.read_bytes() == before


def test_the_till_offers_the_backup_when_its_file_is_unreadable_at_start(dialogs, demo_path):
    daily_backup(demo_path)
    with demo_path.open("r+b") as handle:
        handle.write(b"\0" * 100)  # the file's header is gone
    assert till_app.run(demo_path, exit_when_open=True) == 0
    assert dialogs[0].startswith("question: ") and "The newest backup" in dialogs[0]
    open_checked(demo_path).close()


def test_damage_found_while_the_till_is_open_keeps_the_cashier_and_basket(
    qtbot, dialogs, demo_path, till
):
    daily_backup(demo_path)
    scan(till, PIOTR)
    scan(till, ANNA)
    scan(till, "COAT-01")
    upkeep = Upkeep(demo_path, till)
    damage(demo_path, page=40)
    with qtbot.waitSignal(upkeep.damaged, timeout=10_000) as found:
        upkeep.start(check=True)
    problem = found.args[0]
    assert problem.startswith("the database demo.sqlite is damaged")
    till_app._damaged(till, demo_path, problem)
    assert "Restored the newest backup; the basket is still here" in till.status.text()
    assert till.session.cashier is not None and [line.sku for line in till.session.lines] == [
        "COAT-01"
    ]
    till.complete_sale()
    assert "Sale complete" in till.status.text()
    assert till.session.checkout.conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == 1


def test_the_till_takes_the_days_backup_in_the_background(qtbot, demo_path, till):
    upkeep = Upkeep(demo_path, till)
    with qtbot.waitSignal(upkeep.finished, timeout=10_000):
        upkeep.start(check=True)
    assert [b.kind for b in backups.listing(demo_path)] == ["daily"]


def test_a_full_disk_at_the_till_is_a_message_and_no_half_written_sale(qtbot, demo_path, till):
    from pos_desktop.core.ledger import journal

    scan(till, PIOTR)
    conn = till.session.checkout.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count={pages + 2}")  # the disk fills up from here on
    completed = 0
    for _ in range(100):
        scan(till, ANNA)
        for sku in ("COAT-01", "SHIRT-01", "GROC-02", "WINE-01"):
            scan(till, sku)
        till.complete_sale()
        if "Sale complete" not in till.status.text():
            break
        completed += 1
    assert "The disk holding demo.sqlite is full; nothing was recorded" in till.status.text()
    assert len(till.session.lines) == 4  # the basket stays for when there is room
    shot(till, "cashier-disk-full")
    assert conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == completed
    assert conn.execute("SELECT COUNT(*) FROM sale_lines").fetchone()[0] == 4 * completed
    assert journal.verify(conn) is None
    conn.execute("PRAGMA max_page_count=1073741823")
    till.complete_sale()
    assert "Sale complete" in till.status.text()
    assert conn.execute("SELECT COUNT(*) FROM sale_lines").fetchone()[0] == 4 * (completed + 1)

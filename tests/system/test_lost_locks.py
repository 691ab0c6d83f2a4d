"""No sale lost through lost locks: nothing in a window process opens the database's files but
SQLite, so the till keeps its locks whatever a file dialog shows, and another process never
deletes the WAL that holds the till's newest sales."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QTreeView

from pos_desktop.core.db.storage import open_database
from pos_desktop.ui.common import file_dialogs
from tests.conftest import PIOTR
from tests.window_till import database_locks

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
LINUX = sys.platform.startswith("linux")


def pos(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pos_desktop", *args], capture_output=True, text=True, cwd=ROOT
    )


class Till:
    """A real till window process (tests/window_till.py) and its answers."""

    def __init__(self, database: Path) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.window_till", str(database)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.answer() == "open"

    def answer(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def ask(self, command: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.answer()

    def sell(self, customer: str, *items: str) -> str:
        for code in (customer, *items):
            assert self.ask(f"scan {code}") == "scanned"
        sold = self.ask("pay")
        assert sold.startswith("sold "), sold
        return sold.split()[1]

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()


@pytest.mark.skipif(not LINUX, reason="/proc/locks and SQLite's POSIX locks: Linux")
def test_a_sale_after_the_receipt_dialog_showed_the_database_folder_is_in_the_journal(tmp_path):
    database = tmp_path / "shop.sqlite"
    assert pos("--db", str(database), "init", "--demo").returncode == 0
    till = Till(database)
    try:
        assert till.ask(f"scan {PIOTR}") == "scanned"
        first = till.sell("2000000000015", "SHIRT-01")
        held = {"db", "shm"}
        assert database_locks(till.process.pid, database) == held
        # Ctrl+S, the dialog goes to the database's folder, the receipt is saved there.
        assert till.ask(f"save {tmp_path / 'receipt.pdf'}") == f"saved {tmp_path}"
        assert (tmp_path / "receipt.pdf").stat().st_size > 0
        assert database_locks(till.process.pid, database) == held
        # ... and a dialog that lists the folder, its file name field offering its files
        assert till.ask(f"browse {tmp_path}") == "cancelled"
        assert database_locks(till.process.pid, database) == held
        # Another process on the file: it must not take the till's WAL away.
        assert pos("--db", str(database), "check", "2000000000015").returncode == 0
        assert (tmp_path / "shop.sqlite-wal").exists()
        second = till.sell("2000000000046", "COAT-01")
        # A third process finds every sale while the till runs, and after it is killed.
        for sale in (first, second):
            found = pos("--db", str(database), "receipt", sale)
            assert found.returncode == 0, found.stderr
        assert database_locks(till.process.pid, database) == held
    finally:
        till.stop()
    assert pos("--db", str(database), "receipt", second).returncode == 0


@pytest.mark.skipif(not LINUX, reason="/proc/locks: Linux")
def test_a_second_connection_in_the_process_leaves_the_first_ones_locks(tmp_path):
    """A chain till's sync and the admin window's workers open the database again while the
    window's connection holds its locks: only SQLite may read the file for that."""
    database = tmp_path / "shop.sqlite"
    assert pos("--db", str(database), "init", "--demo").returncode == 0
    first = open_database(database)
    first.execute("SELECT count(*) FROM sales").fetchone()
    assert database_locks(os.getpid(), database) == {"db", "shm"}
    open_database(database).close()
    assert database_locks(os.getpid(), database) == {"db", "shm"}
    first.close()


def test_a_file_that_is_not_sqlite_is_still_refused(tmp_path):
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database, just some words" * 10)
    found = pos("--db", str(text), "journal", "verify")
    assert found.returncode == 2
    assert "not an SQLite file" in found.stderr
    assert text.read_text().startswith("not a database")


@pytest.mark.parametrize(
    "name",
    [
        "shop.sqlite",
        "shop.sqlite-wal",
        "shop.sqlite-shm",
        "shop.sqlite-journal",
        "demo.db",
        "shop-2026-06-15.sqlite",
        "copy.sqlite.partial",
        ".restoring-shop-2026-06-15.sqlite",
    ],
)
def test_the_database_family_is_kept_out_of_the_dialogs(name):
    assert file_dialogs.in_database_family(name)


@pytest.mark.parametrize("name", ["receipt.pdf", "staff.csv", "photo.jpg", "config.toml"])
def test_what_a_dialog_is_for_is_shown(name):
    assert not file_dialogs.in_database_family(name)


def test_the_dialog_never_sniffs_a_file_and_hides_the_database(qtbot, tmp_path, monkeypatch):
    """The dialog as the windows open it: widget-based, name-only icons and types, in the
    documents folder; shown on the database's folder it lists the receipt, not the database."""
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: documents)
    shop = tmp_path / "shop"
    shop.mkdir()
    for name in ("shop.sqlite", "shop.sqlite-wal", "shop.sqlite-shm", "old-receipt.pdf"):
        (shop / name).write_bytes(b"SQLite format 3\x00" if "sqlite" in name else b"%PDF")
    dialog = file_dialogs.file_dialog(None, "Save receipt", "PDF (*.pdf)", save=True)
    qtbot.add_widget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert isinstance(dialog.iconProvider(), file_dialogs.NameOnlyIcons)
    assert Path(dialog.directory().absolutePath()) == documents
    dialog.setNameFilter("")
    dialog.setDirectory(str(shop))
    dialog.resize(720, 420)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) > 0)
    shown = {
        model.index(row, 0, view.rootIndex()).data()
        for row in range(model.rowCount(view.rootIndex()))
    }
    assert shown == {"old-receipt.pdf"}
    kinds = {
        model.index(row, 2, view.rootIndex()).data()
        for row in range(model.rowCount(view.rootIndex()))
    }
    assert kinds == {"PDF file"}
    SCREENSHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOTS / "file-dialog-database-folder.png"))


def test_ask_save_file_returns_the_chosen_path(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: tmp_path)

    def type_name() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, type_name)
            return
        dialog.findChild(QLineEdit, "fileNameEdit").setText("mine.pdf")
        dialog.accept()

    QTimer.singleShot(20, type_name)
    chosen = file_dialogs.ask_save_file(None, "Save receipt", "receipt.pdf", "PDF (*.pdf)")
    assert chosen == tmp_path / "mine.pdf"


def test_every_file_dialog_of_both_windows_goes_through_the_shared_one():
    ui = ROOT / "pos_desktop" / "ui"
    direct = []
    for module in ui.rglob("*.py"):
        if module.name == "file_dialogs.py":
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name | ast.Attribute):
                name = node.id if isinstance(node, ast.Name) else node.attr
                if name in (
                    "QFileDialog",
                    "QFileSystemModel",
                    "QMimeDatabase",
                    "QFileIconProvider",
                ):
                    direct.append(f"{module.relative_to(ROOT)}:{node.lineno}")
    assert direct == []


@pytest.fixture
def admin(qtbot, demo_path):
    from pos_desktop.core.signin import AdminGate
    from pos_desktop.ui.admin.window import AdminWindow
    from tests.conftest import RADU

    conn = open_database(demo_path)
    identity = AdminGate(conn).sign_in(badge=RADU, pin="4321")
    window = AdminWindow(conn, identity)
    qtbot.add_widget(window)
    window.show()
    yield window
    conn.close()


@pytest.mark.skipif(not LINUX, reason="/proc/locks: Linux")
def test_the_admin_window_never_reads_the_database_as_an_import_or_a_photo(admin, demo_path):
    window, conn = admin, admin.conn
    conn.execute("SELECT COUNT(*) FROM sales").fetchone()
    held = database_locks(os.getpid(), demo_path)
    assert "db" in held
    window.staff.table.selectRow(0)
    for name in (demo_path, Path(f"{demo_path}-wal")):
        window.staff.changes.set_photo(name)
        assert "is the database's own; choose another file" in window.status.text()
    wizard = window.data.open_wizard()
    wizard.file_page.path.setText(str(demo_path))
    assert not wizard.file_page.validatePage()
    assert "The file demo.sqlite is the database's own" in wizard.file_page.error.text()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert wizard.grab().save(str(SCREENSHOTS / "wizard-database-file-refused.png"))
    assert database_locks(os.getpid(), demo_path) == held
    wizard.reject()


def test_a_save_dialog_never_writes_over_a_database_file(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: tmp_path)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    names = iter(["shop.sqlite-wal", "receipt.pdf"])

    def type_name() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, type_name)
            return
        name = next(names, None)
        if name is None:  # done: no timer left to act on a later test's dialog
            return
        dialog.findChild(QLineEdit, "fileNameEdit").setText(name)
        dialog.accept()
        QTimer.singleShot(20, type_name)

    QTimer.singleShot(20, type_name)
    chosen = file_dialogs.ask_save_file(None, "Save receipt", "receipt.pdf", "PDF (*.pdf)")
    assert chosen == tmp_path / "receipt.pdf"
    assert warned == ["shop.sqlite-wal is a database file; choose another name for what you save."]


def test_the_command_line_never_writes_a_pdf_over_the_database_or_its_log(run, demo_path):
    from tests.conftest import ANNA

    sold = run(
        "sell",
        "--customer",
        ANNA,
        "--cashier",
        PIOTR,
        "--item",
        "COAT-01",
        "--json",
        "--at",
        "2026-06-15T12:00:00",
    )
    sale = sold.json["sale_id"]
    conn = open_database(demo_path)  # keeps the log files there while the commands run
    try:
        for target in (demo_path, Path(f"{demo_path}-wal")):
            before = target.read_bytes()[:100]
            for args in (
                ["receipt", sale, "--pdf", str(target)],
                [
                    "report",
                    "discounts",
                    "--from",
                    "2026-06-01",
                    "--to",
                    "2026-06-30",
                    "--pdf",
                    str(target),
                ],
            ):
                refused = run(*args)
                assert refused.code == 2 and "is the database itself" in refused.err
            assert target.read_bytes()[:100] == before
    finally:
        conn.close()

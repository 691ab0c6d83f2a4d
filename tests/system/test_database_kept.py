"""The database is never read or written over as a file a person chose: a receipt or an export
saved under the database's own name (whatever that name is) is refused, and a file dialog
that is given the database's path asks again instead of reading it (reading and closing it
outside SQLite would drop the window's locks on it, and a sale could then be lost)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from pos_desktop.core import files
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.errors import InputError
from pos_desktop.core.importing import staff_export
from pos_desktop.ui.common import file_dialogs
from tests.window_till import database_locks

SQLITE = b"SQLite format 3\x00"
SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
LINUX = sys.platform.startswith("linux")


@pytest.fixture
def shop(demo_path: Path, tmp_path: Path) -> Path:
    """The demo store under a name the dialogs' name rules do not know as a database's."""
    folder = tmp_path / "shop"
    folder.mkdir()
    database = folder / "till.data"
    shutil.copy(demo_path, database)
    return database


def test_a_receipt_saved_under_the_database_name_leaves_the_database(shop):
    conn = open_database(shop)
    sales = conn.execute("SELECT COUNT(*) FROM staff").fetchone()[0]

    def write(path: Path) -> None:
        path.write_bytes(b"%PDF-1.4\n" + b"x" * 200 + b"\n%%EOF\n")

    with pytest.raises(InputError, match="the database's own"):
        files.write_whole(shop, write, check=files.is_whole_pdf)
    assert shop.read_bytes()[:16] == SQLITE
    assert conn.execute("SELECT COUNT(*) FROM staff").fetchone()[0] == sales
    conn.close()


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_an_export_saved_under_the_database_or_its_log_leaves_them(shop, suffix):
    conn = open_database(shop)
    conn.execute("SELECT COUNT(*) FROM staff").fetchone()
    target = Path(f"{shop}{suffix}")
    before = target.read_bytes()
    with pytest.raises(InputError, match="the database's own"):
        staff_export.export_staff(conn, target)
    assert target.read_bytes() == before
    conn.close()


@pytest.mark.skipif(not LINUX, reason="/proc/locks: Linux")
def test_an_open_dialog_given_the_database_asks_again_and_keeps_the_locks(qtbot, shop, monkeypatch):
    """The admin window's Import configuration… / Import products… read the chosen file: given
    the database's path they must not (the dialog warns and opens again)."""
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: shop.parent)
    conn = open_database(shop)
    conn.execute("SELECT COUNT(*) FROM staff").fetchone()
    assert database_locks(os.getpid(), shop) == {"db", "shm"}
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    shown: list[int] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        shown.append(1)
        if len(shown) == 1:
            dialog.findChild(QLineEdit, "fileNameEdit").setText(str(shop))
            dialog.accept()
            QTimer.singleShot(20, answer)
        else:
            dialog.reject()

    QTimer.singleShot(20, answer)
    chosen = file_dialogs.ask_open_file(None, "Import configuration", "")
    assert chosen is None
    assert len(shown) == 2
    assert warned and "till.data" in warned[0]
    assert database_locks(os.getpid(), shop) == {"db", "shm"}
    conn.close()


@pytest.fixture
def printed(demo_store):
    from pos_desktop.core import receipts
    from tests.conftest import ANNA, PIOTR

    lines = [demo_store.product_line("SHIRT-01")]
    sale = demo_store.sell(ANNA, lines, cashier=demo_store.cashier(PIOTR))
    return receipts.from_journal(demo_store, sale.sale_id)


def test_the_print_dialog_offers_no_print_to_file_and_its_file_dialog(qtbot, printed, monkeypatch):
    """Ctrl+P's print dialog had "Print to File (PDF)" with a "…" button opening Qt's own file
    dialog: shown the database's folder it read the database's files to name their types, the
    till lost its locks, another process deleted the WAL and the next sale was lost. A PDF is
    saved with Ctrl+S, through the app's own dialog."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinterInfo
    from PySide6.QtWidgets import QComboBox, QDialog

    from pos_desktop.ui.cashier.receipt import print_receipt

    monkeypatch.setattr(QPrinterInfo, "availablePrinters", lambda: [QPrinterInfo()])
    shown: list[QPrintDialog] = []

    def exec_(dialog: QPrintDialog) -> int:
        shown.append(dialog)
        dialog.show()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    assert not print_receipt(printed, None)
    dialog = shown[0]
    qtbot.add_widget(dialog)
    assert not dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    printers = [
        combo.itemText(i) for combo in dialog.findChildren(QComboBox) for i in range(combo.count())
    ]
    assert not [p for p in printers if "File" in p], printers


def test_with_no_printer_set_up_nothing_is_said_to_be_printed(qtbot, printed, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo

    from pos_desktop.ui.cashier.receipt import print_receipt

    monkeypatch.setattr(QPrinterInfo, "availablePrinters", lambda: [])
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *a: told.append(text)
    )
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: pytest.fail("no printer to choose"))
    assert not print_receipt(printed, None)
    assert told == ["No printer is set up on this computer; save a PDF instead."]


def test_the_dialogs_do_not_list_an_open_database_of_any_name(qtbot, shop, monkeypatch):
    """Listed, a database named outside the usual names could be chosen, renamed or deleted
    from the dialog's own menu while the window writes to it."""
    from PySide6.QtWidgets import QTreeView

    conn = open_database(shop)
    (shop.parent / "old-receipt.pdf").write_bytes(b"%PDF")
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: shop.parent)
    dialog = file_dialogs.file_dialog(None, "Save receipt", "", save=True)
    qtbot.add_widget(dialog)
    dialog.setDirectory(str(shop.parent))
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) > 0)
    qtbot.wait(200)
    shown = {
        model.index(row, 0, view.rootIndex()).data()
        for row in range(model.rowCount(view.rootIndex()))
    }
    assert "till.data" not in shown and "old-receipt.pdf" in shown
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.resize(720, 420)
    assert dialog.grab().save(str(SCREENSHOTS / "file-dialog-open-database-any-name.png"))
    conn.close()


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_a_receipt_printed_to_the_database_as_a_file_printer_is_refused(run, demo_path, suffix):
    """`--escpos file:PATH` is for a printer's device file: given the database, it emptied
    the file and wrote the receipt's printer codes into it ("Printed", exit 0)."""
    from tests.conftest import ANNA, PIOTR

    sold = run("sell", "--customer", ANNA, "--cashier", PIOTR, "--item", "SHIRT-01", "--json")
    sale = sold.json["sale_id"]
    conn = open_database(demo_path)  # keeps the WAL there, as a till does
    conn.execute("SELECT COUNT(*) FROM sales").fetchone()
    printed = run("receipt", sale, "--escpos", f"file:{demo_path}{suffix}")
    assert printed.code == 2 and "the database's own" in printed.err
    assert demo_path.read_bytes()[:16] == SQLITE
    assert conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == 1
    conn.close()


@pytest.mark.parametrize("window", ["cashier", "admin"])
def test_a_screenshot_named_as_the_database_leaves_it(demo_path, window):
    """`--screenshot FILE` opened FILE to write before finding it could not: given the
    database, it emptied it and only then said it could not write the screenshot."""
    import subprocess

    before = demo_path.read_bytes()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pos_desktop",
            "--db",
            str(demo_path),
            window,
            "--screenshot",
            str(demo_path),
        ],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert result.returncode == 2
    assert "the database's own" in result.stderr
    assert demo_path.read_bytes()[:16] == SQLITE
    assert len(demo_path.read_bytes()) == len(before)

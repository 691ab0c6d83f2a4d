"""Receipt, report and day-close PDFs and every export are written whole or not at all: a full
disk or an unwritable target is one line and exit 2, never "Saved"; the old file stays; no
temporary file is left; a symlink put at the target is replaced, never written through."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_desktop.core import files
from pos_desktop.core.errors import InputError
from tests.conftest import ANNA, PIOTR

AT = "2026-06-15T12:00:00"


def sell(run) -> str:
    sold = run("sell", "--customer", ANNA, "--cashier", PIOTR, "--item", "COAT-01", "--at", AT)
    assert sold.code == 0, sold.err
    return sold.out.strip().splitlines()[-1].split()[-1]


@pytest.fixture
def full_disk() -> Iterator[Path]:
    """A folder on a filesystem with 8 KB left (needs the right to mount a tmpfs)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("mounts a Linux tmpfs")
    mount = Path(tempfile.mkdtemp(prefix="pos-full-disk-"))
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        mount.rmdir()
        pytest.skip("mounting a small filesystem needs administrator rights")
    try:
        (mount / "filler").write_bytes(b"\0" * ((1024 - 8) * 1024))
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)
        mount.rmdir()


def assert_refused(result, target: Path) -> None:
    assert result.code == 2, result.out
    assert "Saved" not in result.out
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "nothing was saved" in lines[0], result.err
    assert not target.exists()
    assert files.leftovers(target.parent) == []


def test_a_full_disk_saves_no_pdf_and_no_export(run, full_disk):
    sale = sell(run)
    cases = [
        (["receipt", sale, "--pdf"], "receipt.pdf"),
        (["report", "discounts", "--from", "2026-06-01", "--to", "2026-06-30", "--pdf"], "r.pdf"),
        (["staff", "export"], "staff.csv"),
    ]
    for args, name in cases:
        target = full_disk / name
        assert_refused(run(*args, str(target)), target)
    fill_up(full_disk)  # the configuration is small enough for what was left
    assert_refused(
        run("config", "export", str(full_disk / "config.toml")), full_disk / "config.toml"
    )


def fill_up(folder: Path) -> None:
    with (folder / "more").open("wb", buffering=0) as more:
        try:
            while True:
                more.write(b"\0" * 4096)
        except OSError:
            pass


def test_a_day_closed_onto_a_full_disk_says_how_to_print_its_report_again(run, full_disk, tmp_path):
    sell(run)
    target = full_disk / "z.pdf"
    closed = run(
        "close-day", "--date", "2026-06-15", "--at", "2026-06-16T08:00:00", "--pdf", str(target)
    )
    assert closed.code == 2 and "Saved" not in closed.out
    assert "the day 2026-06-15 is closed all the same: print its report again with " in (closed.err)
    assert not target.exists() and files.leftovers(full_disk) == []
    again = tmp_path / "z.pdf"
    assert run("close-day", "--date", "2026-06-15", "--pdf", str(again)).code == 0
    assert files.is_whole_pdf(again)


def test_a_symlink_at_the_target_is_replaced_not_written_through(run, tmp_path):
    sale = sell(run)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    for args in (
        ["receipt", sale, "--pdf"],
        ["report", "discounts", "--from", "2026-06-01", "--to", "2026-06-30", "--pdf"],
        ["staff", "export"],
    ):
        link = tmp_path / "out"
        link.unlink(missing_ok=True)
        link.symlink_to(victim)
        assert run(*args, str(link)).code == 0
        assert victim.read_text() == "keep me"
        assert not link.is_symlink() and link.stat().st_size > 0


def test_a_target_that_is_no_file_is_refused(run):
    sale = sell(run)
    refused = run("receipt", sale, "--pdf", "/proc/version")
    assert refused.code == 2 and "Saved" not in refused.out
    assert "nothing was saved" in refused.err
    device = run("receipt", sale, "--pdf", "/dev/null")
    assert device.code == 2 and "/dev/null is not a file the app can write over" in device.err


def test_an_old_file_stays_when_the_new_one_is_not_whole(tmp_path):
    target = tmp_path / "receipt.pdf"
    target.write_bytes(b"%PDF- the old receipt %%EOF")

    def cut_short(path: Path) -> None:
        path.write_bytes(b"%PDF-1.4 half a page")

    with pytest.raises(InputError, match="came out incomplete"):
        files.write_whole(target, cut_short, check=files.is_whole_pdf)
    assert target.read_bytes() == b"%PDF- the old receipt %%EOF"
    assert files.leftovers(tmp_path) == []


def test_a_write_failing_half_way_leaves_the_old_export(tmp_path, monkeypatch):
    target = tmp_path / "staff.csv"
    target.write_text("old")
    full = pytest.raises(InputError, match="the disk is full; nothing was saved")
    with full, files.open_whole(target) as handle:
        handle.write("half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert target.read_text() == "old"
    assert files.leftovers(tmp_path) == []


def test_the_till_says_a_receipt_it_could_not_save_and_never_saved(qtbot, demo_path, tmp_path):
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from pos_desktop.core.checkout import Checkout
    from pos_desktop.core.db.storage import open_database
    from pos_desktop.core.till import TillSession
    from pos_desktop.ui.cashier.window import CashierWindow

    session = TillSession(
        Checkout(open_database(demo_path)), now=dt.datetime(2026, 6, 15, 10, tzinfo=dt.UTC)
    )
    window = CashierWindow(session)
    qtbot.add_widget(window)
    window.resize(1024, 768)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    for code in (PIOTR, ANNA, "SHIRT-01"):
        qtbot.keyClicks(window.scan, code)
        qtbot.keyClick(window.scan, Qt.Key.Key_Return)
    qtbot.keyClick(window.scan, Qt.Key.Key_F12)
    assert window.last_receipt is not None
    window.save_receipt_pdf(tmp_path / "no such folder" / "receipt.pdf")
    assert "does not exist" in window.status.text()
    assert "saved" not in window.status.text().lower()
    shots = Path(__file__).resolve().parents[1] / "screenshots"
    shots.mkdir(exist_ok=True)
    assert window.grab().save(str(shots / "cashier-receipt-not-saved.png"))
    session.checkout.conn.close()

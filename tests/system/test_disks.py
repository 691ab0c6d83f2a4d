"""A read-only database file and a full disk, from the command line: one line saying so,
exit code 2, and no sale half-written."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_desktop.cli import context
from pos_desktop.cli.main import main as cli_main
from pos_desktop.core.db.storage import open_checked
from pos_desktop.core.ledger import journal
from tests.conftest import ANNA, CASHIER, DEMO_AT, content_digest

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534
SALE = ("--customer", ANNA, "--at", DEMO_AT, "--item", "COAT-01", "--item", "SHIRT-01")


def _as_someone_else() -> None:
    """The superuser writes to any file: the till runs as an ordinary user instead."""
    if os.getuid() == 0:
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)


@pytest.fixture
def read_only_copy(demo_path: Path) -> Iterator[Path]:
    """The demo store in a folder nobody may write to, the file itself read-only."""
    folder = Path(tempfile.mkdtemp(prefix="pos-read-only-"))
    path = folder / "demo.sqlite"
    shutil.copy(demo_path, path)
    path.chmod(0o444)
    folder.chmod(0o555)
    yield path
    folder.chmod(0o755)
    shutil.rmtree(folder)


def test_a_read_only_database_is_a_message_and_nothing_is_written(read_only_copy):
    if os.getuid() == 0:
        try:
            subprocess.run([sys.executable, "-c", "pass"], preexec_fn=_as_someone_else, check=True)
        except (PermissionError, subprocess.CalledProcessError):
            pytest.skip("this machine's Python cannot be run by an ordinary user")
    before = content_digest(read_only_copy)
    result = subprocess.run(
        [sys.executable, "-m", "pos_desktop", "--db", str(read_only_copy), "sell", *CASHIER, *SALE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=_as_someone_else,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip().endswith(
        "is read-only; nothing was recorded, check its permissions"
    )
    assert len(result.stderr.strip().splitlines()) == 1
    assert content_digest(read_only_copy) == before


def _sell(db: Path) -> tuple[int, str]:
    import contextlib
    import io

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli_main(["--db", str(db), "sell", *CASHIER, *SALE, "--item", "GROC-02"])
    return code, err.getvalue()


def _assert_whole(db: Path, sold: int) -> None:
    conn = open_checked(db)
    try:
        assert conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == sold
        assert conn.execute("SELECT COUNT(*) FROM sale_lines").fetchone()[0] == 3 * sold
        assert journal.verify(conn) is None
    finally:
        conn.close()


def test_a_full_disk_is_a_message_and_no_half_written_sale(demo_path, monkeypatch):
    real_open = context.open_checked

    def nearly_full(path):  # SQLite's own limit on the file's size stands in for the disk
        conn = real_open(path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count={pages + 1}")
        return conn

    monkeypatch.setattr(context, "open_checked", nearly_full)
    sold = 0
    for _ in range(200):
        code, err = _sell(demo_path)
        if code != 0:
            break
        sold += 1
    assert code == 2
    assert "is full; nothing was recorded, free some space and retry" in err
    assert "Traceback" not in err
    monkeypatch.setattr(context, "open_checked", real_open)
    _assert_whole(demo_path, sold)
    assert _sell(demo_path)[0] == 0


@pytest.fixture
def tiny_disk(demo_path: Path) -> Iterator[Path]:
    """A filesystem with a little room beside the database (needs the right to mount)."""
    mount = Path(tempfile.mkdtemp(prefix="pos-tiny-disk-"))
    size = demo_path.stat().st_size + 160 * 1024
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
        capture_output=True,
    )
    if done.returncode != 0:
        mount.rmdir()
        pytest.skip("mounting a small filesystem needs administrator rights")
    try:
        shutil.copy(demo_path, mount / "demo.sqlite")
        yield mount / "demo.sqlite"
    finally:
        subprocess.run(["umount", str(mount)], check=True)
        mount.rmdir()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mounts a Linux tmpfs")
def test_a_really_full_disk_is_a_message_and_no_half_written_sale(tiny_disk):
    sold = 0
    for _ in range(500):
        code, err = _sell(tiny_disk)
        if code != 0:
            break
        sold += 1
    assert code == 2 and sold > 0
    assert "is full; nothing was recorded, free some space and retry" in err, err
    _assert_whole(tiny_disk, sold)
    sqlite3.connect(tiny_disk).close()

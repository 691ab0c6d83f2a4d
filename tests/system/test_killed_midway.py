"""Killed mid-way, nothing half-done: a restore or a backup killed (SIGKILL) at any moment
leaves the database either as it was or restored and audited exactly once, a backup either
whole or absent, and no working copy or `.partial` file after the next start. And what only
reads (verify, check, reports) works on a read-only medium."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ANNA, PIOTR

ROOT = Path(__file__).resolve().parents[2]
KILLS = 10
SALE = ("sell", "--customer", ANNA, "--cashier", PIOTR, "--item", "COAT-01")


def pos(db: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "pos_desktop", "--db", str(db), *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def done(db: Path, *args: str) -> None:
    assert pos(db, *args).wait(timeout=120) == 0, args


def big_store(demo_path: Path, folder: Path) -> Path:
    """The demo store with 24 MB more in it, so that a restore or backup takes a while."""
    folder.mkdir()
    store = folder / "shop.sqlite"
    shutil.copy(demo_path, store)
    conn = sqlite3.connect(store)
    conn.execute("CREATE TABLE ballast (data BLOB)")
    rng = random.Random(7)
    conn.executemany(
        "INSERT INTO ballast VALUES (?)", ((rng.randbytes(1024),) for _ in range(24_000))
    )
    conn.commit()
    conn.close()
    return store


def leftovers(store: Path) -> list[str]:
    places = (store.parent, store.parent / "backups")
    return sorted(
        p.name
        for place in places
        if place.is_dir()
        for p in place.iterdir()
        if ".partial" in p.name or p.name.startswith(".restoring-")
    )


def state(store: Path) -> tuple[int, int]:
    """(sales in the journal, restores in the audit log), read as any other process does."""
    conn = sqlite3.connect(f"{store.as_uri()}?mode=ro", uri=True)
    try:
        sales = conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0]
        restores = conn.execute(
            "SELECT COUNT(*) FROM audit WHERE action = 'database.restore'"
        ).fetchone()[0]
    finally:
        conn.close()
    return sales, restores


def killed_after(process: subprocess.Popen[bytes], seconds: float) -> bool:
    """SIGKILL the process after `seconds`; whether it was still running then."""
    time.sleep(seconds)
    running = process.poll() is None
    if running:
        process.send_signal(signal.SIGKILL)
    process.wait()
    return running


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL timings: Linux")
def test_a_restore_killed_at_any_moment_is_applied_and_audited_once_or_not_at_all(
    demo_path, tmp_path
):
    base = big_store(demo_path, tmp_path / "base")
    done(base, *SALE, "--at", "2026-06-15T10:00:00")
    backup = tmp_path / "kept.sqlite"
    done(base, "backup", str(backup))
    done(base, *SALE, "--at", "2026-06-15T11:00:00")  # after the backup: restoring drops it
    timing = _copy(base, tmp_path / "timing")
    started = time.monotonic()
    done(timing, "restore", str(backup))
    whole = time.monotonic() - started
    rng = random.Random(11)
    outcomes = {"as it was": 0, "restored": 0}
    killed = 0
    for run in range(KILLS):
        store = _copy(base, tmp_path / f"run{run}")
        killed += killed_after(pos(store, "restore", str(backup)), rng.uniform(0.05, whole))
        sales, restores = state(store)
        assert (sales, restores) in ((2, 0), (1, 1)), (run, sales, restores)
        outcomes["as it was" if sales == 2 else "restored"] += 1
        done(store, "journal", "verify")  # the next start: opens, verifies, cleans up
        assert leftovers(store) == [], run
    assert killed >= KILLS // 2, outcomes


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL timings: Linux")
def test_a_backup_killed_at_any_moment_is_whole_or_absent(demo_path, tmp_path):
    store = big_store(demo_path, tmp_path / "shop")
    done(store, *SALE, "--at", "2026-06-15T10:00:00")
    target = store.parent / "copy.sqlite"
    started = time.monotonic()
    done(store, "backup", str(target))
    whole = time.monotonic() - started
    target.unlink()
    rng = random.Random(13)
    killed = 0
    for run in range(KILLS):
        killed += killed_after(pos(store, "backup", str(target)), rng.uniform(0.05, whole))
        if target.exists():
            check = sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)
            assert check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            assert check.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == 1
            check.close()
            target.unlink()
        done(store, "journal", "verify")  # the next start cleans up
        assert leftovers(store) == [], run
    assert killed >= KILLS // 2


def _copy(base: Path, folder: Path) -> Path:
    folder.mkdir()
    store = folder / base.name
    shutil.copy(base, store)
    return store


def test_leftovers_of_a_running_process_are_kept(tmp_path):
    """A working copy named for a process that still runs is being made: it stays."""
    from pos_desktop.core.backups import clean_leftovers

    store = tmp_path / "shop.sqlite"
    store.write_bytes(b"")
    (tmp_path / "backups").mkdir()
    ours = tmp_path / "backups" / f".restoring-{os.getppid()}-x.sqlite"
    dead = tmp_path / "backups" / ".restoring-999999999-x.sqlite"
    partial = tmp_path / "copy.sqlite.999999999.partial"
    for path in (ours, dead, partial):
        path.write_bytes(b"x")
    assert sorted(clean_leftovers(store)) == sorted([dead, partial])
    assert ours.exists()


@pytest.fixture
def read_only_medium(demo_path: Path) -> Iterator[Path]:
    """The demo store (one sale, one closed day) on a filesystem mounted read-only."""
    if not sys.platform.startswith("linux"):
        pytest.skip("mounts a Linux tmpfs")
    done(demo_path, *SALE, "--at", "2026-06-15T10:00:00")
    done(demo_path, "close-day", "--date", "2026-06-15", "--at", "2026-06-16T08:00:00")
    mount = Path(tempfile.mkdtemp(prefix="pos-read-only-medium-"))
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], capture_output=True
    )
    if made.returncode != 0:
        mount.rmdir()
        pytest.skip("mounting a filesystem needs administrator rights")
    try:
        check = sqlite3.connect(demo_path)
        check.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        check.close()
        shutil.copy(demo_path, mount / "archive.sqlite")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield mount / "archive.sqlite"
    finally:
        subprocess.run(["umount", str(mount)], check=True)
        mount.rmdir()


def test_verify_check_and_reports_work_on_a_read_only_medium(read_only_medium):
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pos_desktop", "--db", str(read_only_medium), *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )

    verified = run("journal", "verify")
    assert verified.returncode == 0, verified.stderr
    assert "Journal OK: 1 sales records, 1 day closes" in verified.stdout
    checked = run("check", ANNA, "--json")
    assert checked.returncode == 0, checked.stderr
    report = run("report", "discounts", "--from", "2026-06-01", "--to", "2026-06-30")
    assert report.returncode == 0, report.stderr
    assert "Discount granted 2026-06-01 to 2026-06-30: 40.00 EUR" in report.stdout
    refused = run(*SALE)
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1

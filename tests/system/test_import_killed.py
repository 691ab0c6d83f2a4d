"""An HR import killed mid-way leaves the old registry whole: the bulk write (indexes and name
search set aside and rebuilt) is one WAL transaction, so a SIGKILL at any moment leaves the
registry as it was or the whole file in it, audited once, and the database sound."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pos_desktop.core.demo import badge_for

ROOT = Path(__file__).resolve().parents[2]
KILLS = 6
PEOPLE = 60_000  # more than staff_apply.BULK_ROWS: the indexes are rebuilt once


def pos(db: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "pos_desktop", "--db", str(db), *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def state(store: Path) -> tuple[int, int, str, int]:
    """(staff, HR imports audited, quick_check, people the name search finds), read as another
    process reads them."""
    conn = sqlite3.connect(f"{store.as_uri()}?mode=ro", uri=True)
    try:
        staff = conn.execute("SELECT count(*) FROM staff").fetchone()[0]
        imports = conn.execute(
            "SELECT count(*) FROM audit WHERE action = 'staff.import'"
        ).fetchone()[0]
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        found = conn.execute(
            "SELECT count(*) FROM staff_fts WHERE staff_fts MATCH 'wisniewska'"
        ).fetchone()[0]
    finally:
        conn.close()
    return staff, imports, check, found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL timings: Linux")
def test_an_import_killed_at_any_moment_leaves_the_registry_as_it_was_or_imported(
    demo_path, tmp_path
):
    export = tmp_path / "hr.csv"
    export.write_text(
        "employee_no,name,badge,company,department,employment_type,status,start_date\n"
        + "".join(
            f"H{i:06d},Łucja Wiśniewska {i},{badge_for('6', i)},ACME,{('MKT', 'IT', '')[i % 3]},"
            f"{('full_time', 'part_time')[i % 2]},active,2020-01-{1 + i % 28:02d}\n"
            for i in range(PEOPLE)
        ),
        encoding="utf-8",
    )
    before, _, _, _ = state(demo_path)
    timing = tmp_path / "timing.sqlite"
    timing.write_bytes(demo_path.read_bytes())
    started = time.monotonic()
    assert pos(timing, "staff", "import", str(export)).wait(timeout=300) == 0
    whole = time.monotonic() - started
    assert state(timing) == (before + PEOPLE, 1, "ok", PEOPLE)
    rng = random.Random(17)
    outcomes = {"as it was": 0, "imported": 0}
    killed = 0
    for run in range(KILLS):
        store = tmp_path / f"run{run}.sqlite"
        store.write_bytes(demo_path.read_bytes())
        process = pos(store, "staff", "import", str(export))
        time.sleep(rng.uniform(0.3, whole))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait()
        after = state(store)
        assert after in ((before, 0, "ok", 0), (before + PEOPLE, 1, "ok", PEOPLE)), (run, after)
        outcomes["as it was" if after[0] == before else "imported"] += 1
    assert killed >= KILLS // 2, outcomes

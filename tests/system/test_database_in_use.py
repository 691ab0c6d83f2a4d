"""A database is never replaced under a running till: `init --force` while a till (or any
other process) has the file open would leave the till writing to the deleted file, and every
sale it then calls complete would be lost."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import PIOTR, content_digest
from tests.system.test_lost_locks import Till, pos

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM sales").fetchone()
print("open", flush=True)
sys.stdin.readline()
"""


def sales(database: Path) -> int:
    conn = sqlite3.connect(database)
    try:
        return int(conn.execute("SELECT count(*) FROM sales").fetchone()[0])
    finally:
        conn.close()


def test_init_force_is_refused_while_a_till_is_open_and_its_sales_stay_in_the_file(tmp_path):
    database = tmp_path / "shop.sqlite"
    assert pos("--db", str(database), "init", "--demo").returncode == 0
    till = Till(database)
    try:
        assert till.ask(f"scan {PIOTR}") == "scanned"
        before = content_digest(database)
        refused = pos("--db", str(database), "init", "--demo", "--force")
        assert refused.returncode == 2
        assert refused.stderr.count("\n") == 1
        assert "is open in a till, the admin window or another command" in refused.stderr
        assert "Traceback" not in refused.stderr and refused.stdout == ""
        assert content_digest(database) == before
        till.sell("2000000000015", "SHIRT-01")
        assert sales(database) == 1  # in the file the till was started on
    finally:
        till.stop()
    replaced = pos("--db", str(database), "init", "--demo", "--force")
    assert replaced.returncode == 0, replaced.stderr
    assert sales(database) == 0


def test_any_process_with_the_database_open_keeps_it(tmp_path):
    database = tmp_path / "shop.sqlite"
    assert pos("--db", str(database), "init").returncode == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        refused = pos("--db", str(database), "init", "--demo", "--force")
        assert refused.returncode == 2
        assert "is open in a till" in refused.stderr
    finally:
        holder.communicate("\n")
    assert pos("--db", str(database), "init", "--demo", "--force").returncode == 0

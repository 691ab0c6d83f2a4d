"""A chain till shut down while its server is frozen (a hung machine: its port still takes
connections, nothing answers) exits at once and leaves its sale in the journal, as a till
closed at the end of a shift must, whatever the server does."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from pos_desktop.core.db.storage import open_database
from tests.conftest import ANNA, PIOTR
from tests.system.test_central import chain as chain  # the fixture: three tills joined
from tests.system.test_central import pos, together

ROOT = Path(__file__).resolve().parents[2]
EXIT_SECONDS = 2.0  # a till exits in some 0.05 s; waiting out a connect timeout takes 3 s


class WindowTill:
    """The real till window in its own process (tests/window_till.py), driven over stdin."""

    def __init__(self, database: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.window_till", str(database)],
            cwd=ROOT,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.answer() == "open"

    def answer(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def quit(self) -> tuple[int | None, float]:
        """Closes the window (as Alt+F4 does); the exit code (None: still running long after)
        and the seconds until the process was gone."""
        assert self.process.stdin is not None
        started = time.monotonic()
        self.process.stdin.write("quit\n")
        self.process.stdin.flush()
        try:
            code: int | None = self.process.wait(timeout=EXIT_SECONDS * 4)
        except subprocess.TimeoutExpired:
            code = None
        return code, time.monotonic() - started

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()

    def ask(self, command: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.answer()


def test_a_chain_till_closed_while_its_server_is_frozen_exits_at_once(chain, postgres_cluster):
    """The till hung after its window closed until the server woke: Python joined the
    allowance question's thread at exit, and it waited on the frozen server for ever."""
    t2 = chain["T2"]
    till = WindowTill(t2)
    try:
        for code in (PIOTR, ANNA, "SHIRT-01"):
            assert till.ask(f"scan {code}") == "scanned"
        with postgres_cluster.frozen():
            sold = till.ask("pay")  # the sale's question waits in vain, then the offline rules
            assert sold.startswith("sold "), sold
            code, took = till.quit()
            assert code == 0 and took < EXIT_SECONDS, (code, took)
    finally:
        till.close()
    conn = open_database(t2)
    try:
        row = conn.execute("SELECT id FROM sales WHERE id = ?", (sold.split()[1],))
        assert row.fetchone() is not None  # recorded before the till closed
    finally:
        conn.close()
    verified = together(pos(t2, "journal", "verify"))[0]
    assert verified.code == 0, verified.err


def test_a_chain_till_closed_during_a_sync_held_by_a_frozen_server_exits_cleanly(
    chain, postgres_cluster
):
    """The window waited for the sync under way; now that sync is left to the process's end,
    which must still be a clean one (exit code 0, no crash from the sync thread)."""
    with postgres_cluster.frozen():
        till = WindowTill(chain["T3"])  # its first sync now waits on the frozen server
        try:
            code, took = till.quit()
            assert code == 0 and took < EXIT_SECONDS, (code, took)
        finally:
            till.close()

"""The `pos-desktop` program: the till starts without loading the command line's machinery.

`pos-desktop`, `pos-desktop cashier` and `pos-desktop --db PATH [cashier]` open the till
straight away; anything else goes to the full command line (pos_desktop.cli).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

_TILL_FLAGS = {"--exit-when-ready", "--exit-when-open"}


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    till = _plain_till_start(arguments)
    if till is None:
        from pos_desktop.cli import main as command_line

        return command_line(arguments)
    path, flags = till
    if path is None:
        from pos_desktop.cli import default_db_path

        path = default_db_path()
    from pos_desktop.ui.cashier.app import run

    return run(
        path,
        exit_when_ready="--exit-when-ready" in flags,
        exit_when_open="--exit-when-open" in flags,
    )


def _plain_till_start(arguments: list[str]) -> tuple[Path | None, set[str]] | None:
    """(database, flags) for a plain start of the till, or None for anything else."""
    rest = list(arguments)
    path = None
    if len(rest) >= 2 and rest[0] == "--db" and not rest[1].startswith("-"):
        path = Path(rest[1])
        rest = rest[2:]
    if rest and rest[0] == "cashier":
        rest = rest[1:]
    flags = set(rest)
    if not flags <= _TILL_FLAGS or len(flags) != len(rest):
        return None
    return path, flags

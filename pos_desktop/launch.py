"""The `pos-desktop` program: the till starts without loading the command line's machinery.

`pos-desktop`, `pos-desktop cashier` and `pos-desktop [--db PATH] [--lang LANG] [cashier]` open
the till straight away; anything else goes to the full command line (pos_desktop.cli.main).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

_TILL_FLAGS = {"--exit-when-ready", "--exit-when-open"}


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    # Before anything opens or writes a file: the database and what comes from it (backups,
    # exports, PDFs) are for their owner only; opening the database applies the store's
    # file_access setting (core/db/access.py).
    os.umask(0o077)
    till = _plain_till_start(arguments)
    if till is None:
        from pos_desktop.cli.main import main as command_line

        return command_line(arguments)
    path, language, flags = till
    if path is None:
        from pos_desktop.paths import default_db_path

        path = default_db_path()
    from pos_desktop.ui.cashier.app import run

    return run(
        path,
        exit_when_ready="--exit-when-ready" in flags,
        exit_when_open="--exit-when-open" in flags,
        language=language,
    )


def _plain_till_start(arguments: list[str]) -> tuple[Path | None, str | None, set[str]] | None:
    """(database, language, flags) for a plain start of the till, or None for anything else."""
    from pos_desktop.i18n import LANGUAGES

    rest = list(arguments)
    options: dict[str, str] = {}
    while len(rest) >= 2 and rest[0] in ("--db", "--lang") and rest[0] not in options:
        if rest[1].startswith("-") or (rest[0] == "--lang" and rest[1] not in LANGUAGES):
            return None  # the command line explains the mistake
        options[rest[0]] = rest[1]
        rest = rest[2:]
    path = Path(options["--db"]) if "--db" in options else None
    if rest and rest[0] == "cashier":
        rest = rest[1:]
    flags = set(rest)
    if not flags <= _TILL_FLAGS or len(flags) != len(rest):
        return None
    return path, options.get("--lang"), flags

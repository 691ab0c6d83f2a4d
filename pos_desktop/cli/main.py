"""The command line: an argparse front end over pos_desktop.core.

Exit codes: 0 ok; 1 a negative answer the caller asked for (broken journal, problems found by
a dry run); 2 bad input, with one line on stderr naming what and where. No traceback reaches
a user.

Each group of commands is a module of this package that adds its own sub-commands
(`register`); a command is an ordinary function taking the Context.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence

from pos_desktop import __version__, i18n
from pos_desktop.cli import central, imports, payroll, reports, store, till, windows
from pos_desktop.cli.context import Commands, Context, Parser, file_name, one_line
from pos_desktop.core.db.access import use_umask
from pos_desktop.core.db.storage import storage_errors
from pos_desktop.core.errors import DamagedDatabase, PosError
from pos_desktop.i18n import LANGUAGES, translate
from pos_desktop.paths import DB_ENV


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="pos-desktop", description=translate("Cli", "Staff-discount checkout helper.")
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"pos-desktop {__version__}",
        help=translate("Cli", "show the version and exit"),
    )
    parser.add_argument(
        "--db",
        type=file_name,
        help=translate("Cli", "database file (default: ${variable} or user data)").format(
            variable=DB_ENV
        ),
    )
    parser.add_argument(
        "--lang",
        choices=tuple(LANGUAGES),
        help=translate(
            "Cli",
            "language: en, pl or ro (default: the store's setting in the windows, else the "
            "system's language)",
        ),
    )
    parser.add_argument(
        "--high-contrast",
        action=argparse.BooleanOptionalAction,
        help=translate("Cli", "windows in black, white and yellow (default: the store's setting)"),
    )
    parser.add_argument(
        "--touch",
        action=argparse.BooleanOptionalAction,
        help=translate(
            "Cli", "the till with larger buttons, rows and text (default: the store's setting)"
        ),
    )
    commands = Commands(
        parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    )
    # In the order `--help` lists them: the windows, a new database, the chain's server, the
    # registry's files, the till's work, the journal, the reports and the safety copies.
    windows.register(commands)
    store.register_new(commands)
    central.register(commands)
    imports.register(commands)
    store.register_registry(commands)
    till.register(commands)
    store.register_journal(commands)
    reports.register(commands)
    payroll.register(commands)
    reports.register_day(commands)
    store.register_copies(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    use_umask()  # files for their owner only, before anything is opened (core/db/access.py)
    i18n.use(i18n.choose(_language_option(arguments)))
    for argument in arguments:
        if not _is_text(argument):
            invalid = translate("Cli", "the argument {argument} is not valid text")
            print(f"pos-desktop: {invalid.format(argument=repr(argument))}", file=sys.stderr)
            return 2
    try:
        args = parse_arguments(arguments)
    except SystemExit as exc:  # --help, --version and usage mistakes end here
        return exc.code if isinstance(exc.code, int) else 2
    ctx = Context(args)
    try:
        with storage_errors(ctx.path):
            code: int = args.run(ctx)
            return code
    except DamagedDatabase as exc:
        from pos_desktop.core.backups import damage_advice

        print(f"pos-desktop: {one_line(exc)}; {one_line(damage_advice(ctx.path))}", file=sys.stderr)
        return 2
    except PosError as exc:
        print(f"pos-desktop: {one_line(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        stopped = translate("Cli", "interrupted; nothing half-written was kept")
        print(f"pos-desktop: {stopped}", file=sys.stderr)
        return 130
    except sqlite3.IntegrityError as exc:
        refused = translate("Cli", "the change was refused by the database ({problem})")
        print(f"pos-desktop: {refused.format(problem=exc)}", file=sys.stderr)
        return 2
    except OSError as exc:  # a file named on the command line cannot be read or written
        where = f"{exc.filename}: " if exc.filename else ""
        text = one_line(f"{where}{exc.strerror or exc}")
        unchanged = translate("Cli", "{problem}; nothing was changed")
        print(f"pos-desktop: {unchanged.format(problem=text)}", file=sys.stderr)
        return 2
    except Exception as exc:  # a defect: still one line, and every write was one transaction
        internal = translate(
            "Cli",
            "internal error ({problem}); nothing half-written was kept. Please report this.",
        )
        problem = f"{type(exc).__name__}: {one_line(exc)}"
        print(f"pos-desktop: {internal.format(problem=problem)}", file=sys.stderr)
        return 3
    finally:
        if ctx._checkout is not None:
            ctx._checkout.conn.close()


def parse_arguments(arguments: list[str]) -> argparse.Namespace:
    """The parsed command line; with no command, the till window."""
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command is None:
        args = parser.parse_args([*arguments, "cashier"])
    for name in _single_positionals(parser):
        # Python 3.11's argparse gives a positional an empty list for a second "--"
        # (`badge-issue -- E1 --`): that is the argument missing, not a value.
        if isinstance(getattr(args, name, None), list):
            parser.error(translate("Cli", "the argument {name} is missing").format(name=name))
    return args


def _single_positionals(parser: argparse.ArgumentParser) -> set[str]:
    """The destinations of every positional argument taking exactly one value."""
    names = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                names |= _single_positionals(sub)
        elif not action.option_strings and action.nargs is None:
            names.add(action.dest)
    return names


def _language_option(arguments: list[str]) -> str | None:
    """--lang, read before the parser is built so that its help is in that language too."""
    for index, argument in enumerate(arguments):
        if argument == "--lang" and index + 1 < len(arguments):
            return arguments[index + 1]
        if argument.startswith("--lang="):
            return argument.removeprefix("--lang=")
    return None


def _is_text(argument: str) -> bool:
    """False for bytes the terminal could not decode (they arrive as lone surrogates)."""
    try:
        argument.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True

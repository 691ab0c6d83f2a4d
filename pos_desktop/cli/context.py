"""What every command of the command line shares: its parser class, the Context a command
runs with, the one-line output helpers, and `Commands`, through which each group
(pos_desktop.cli.till, store, imports, reports, payroll, central, windows) adds its own
sub-commands."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from pos_desktop import i18n
from pos_desktop.core import clock
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_checked, open_read_only
from pos_desktop.core.errors import DamagedDatabase, InputError, StorageError
from pos_desktop.core.money import Amount, parse_amount
from pos_desktop.core.registry import StaffMember
from pos_desktop.core.rules import StoreSettings
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Count, Text
from pos_desktop.i18n import translate
from pos_desktop.paths import default_db_path

Command = Callable[["Context"], int]


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help with its own fixed words ("usage:") in the language in use."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        word = translate("Cli", "usage: ") if prefix is None else prefix
        super().add_usage(usage, actions, groups, word)


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake as one line and exit code 2, and writes its help
    (section titles, -h) in the language in use; argparse's own error wording stays English."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.update(add_help=False, formatter_class=HelpFormatter)
        super().__init__(**kwargs)
        self._positionals.title = translate("Cli", "positional arguments")
        self._optionals.title = translate("Cli", "options")
        self.add_argument(
            "-h", "--help", action="help", help=translate("Cli", "show this help and exit")
        )

    def error(self, message: str) -> NoReturn:
        see = translate("Cli", "see {program} --help").format(program=self.prog)
        self.exit(2, f"{self.prog}: {one_line(message)} ({see})\n")


def one_line(text: object) -> str:
    """A message as one line: control characters from the input (a newline in a file name,
    say) are shown escaped rather than breaking it."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], i18n.say(text))


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def count_text(n: int) -> str:
    """A count as the language writes it (English without loading Qt: 1,234)."""
    return i18n.say(Count(n))


def error_field(exc: BaseException) -> object:
    """An error's message as a field of another message: its Text (translated with it) when
    it has one, else its English words."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Text):
        return exc.args[0]
    return str(exc)


def file_name(text: str) -> Path:
    """A file named on the command line: at least a name."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            translate("Cli", "a file name is needed, not an empty one")
        )
    if "\0" in text:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} cannot be a file name (it holds a NUL)").format(
                text=repr(text)
            )
        )
    return Path(text)


def not_the_database(ctx: Context, target: Path) -> None:
    """Refuse to write over the database or one of its log files (compared by identity)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        own = Path(f"{ctx.path}{suffix}")
        if target.exists() and own.exists() and target.samefile(own):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Cli", "{file} is the database itself; choose another file to write"
                ).format(file=target)
            )


class Commands:
    """The program's sub-commands: each group of the command line adds its own, and a group
    of several (`staff import`, `staff set-pin`, …) is made by whichever adds to it first."""

    def __init__(self, top: argparse._SubParsersAction[Any]) -> None:
        self.top = top
        self.groups: dict[str, argparse._SubParsersAction[Any]] = {}

    def add(self, name: str, text: str, run: Command | None = None) -> argparse.ArgumentParser:
        """A command of its own (`check`, `backup`) that runs `run`."""
        sub: argparse.ArgumentParser = self.top.add_parser(name, help=text)
        if run is not None:
            sub.set_defaults(run=run)
        return sub

    def group(self, name: str, text: str) -> argparse._SubParsersAction[Any]:
        """The sub-commands of a group (`staff`, `report`), made on first use."""
        if name not in self.groups:
            parser = self.top.add_parser(name, help=text)
            self.groups[name] = parser.add_subparsers(
                dest="action", required=True, parser_class=Parser
            )
        return self.groups[name]


def registry_change(command: Callable[[Context], int]) -> Callable[[Context], int]:
    """A command that changes the registry or rules: refused up front on a till of a chain
    (its copy is the server's), and on an office database that publishes to a server it says
    what has not been published yet."""

    def run(ctx: Context) -> int:
        from pos_desktop.core.central import membership

        if not getattr(ctx.args, "dry_run", False):
            membership.refuse_on_joined_till(ctx.conn)
        code = command(ctx)
        waiting = membership.unpublished(ctx.conn)
        state = membership.publish_state(ctx.conn)
        if waiting and state is not None:
            from pos_desktop.core.central.server import describe

            waits = translate(
                "Cli",
                "{count} changes not yet published to {server}; send them with "
                "'pos-desktop server publish'",
            )
            print(
                f"pos-desktop: {waits.format(count=waiting, server=describe(state.server_url))}",
                file=sys.stderr,
            )
        return code

    return run


# Commands that change nothing in the database: they also work on a read-only file or medium.
READ_ONLY_COMMANDS = frozenset({"check", "quote", "report", "receipt"})


class Context:
    """What a command needs: the database path and, opened on demand, the checkout."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.path: Path = args.db or default_db_path()
        self._checkout: Checkout | None = None

    @property
    def checkout(self) -> Checkout:
        if self._checkout is None:
            try:
                conn = open_checked(self.path)
            except DamagedDatabase:
                raise
            except StorageError:
                if not self._reads_only() or not self.path.is_file():
                    raise
                conn = open_read_only(self.path)  # a read-only file or medium
            self._checkout = Checkout(conn)
            from pos_desktop.core.backups import clean_leftovers

            clean_leftovers(self.path)  # what a killed restore, backup or export left
        return self._checkout

    def _reads_only(self) -> bool:
        """Whether the command changes nothing in the database (it may then be read-only)."""
        command = self.args.command
        action = getattr(self.args, "action", None)
        return command in READ_ONLY_COMMANDS or (command, action) == ("journal", "verify")

    @property
    def conn(self) -> sqlite3.Connection:
        return self.checkout.conn

    @property
    def settings(self) -> StoreSettings:
        return self.checkout.rules.settings

    @property
    def actor(self) -> str:
        """Who the audit log names for a change made here: the command line, with the
        operating-system user who ran it (it asks for no password: see README)."""
        return command_line_actor()

    def money(self, minor: int | None) -> str:
        """An amount as the language in use writes it (12.50 in English, 12,50 in Polish)."""
        return "" if minor is None else i18n.say(Amount(minor, self.settings.currency))

    def money_of(self, text: str) -> str:
        """An amount of the --json output ("12.50") as the language in use writes it."""
        return self.money(parse_amount(text, self.settings.currency))

    def moment(self) -> dt.datetime:
        at = getattr(self.args, "at", None)
        return clock.parse_moment(at, self.settings.tz) if at is not None else clock.now()

    def cashier(self, *, required: bool = False) -> StaffMember | None:
        badge = getattr(self.args, "cashier", None)
        if required and badge is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "give --cashier BADGE, the badge of the cashier who rings this up (as the "
                    "till asks for a sign-in); nothing was recorded",
                ).text()
            )
        if badge is None:
            return None
        member = self.checkout.cashier(badge, at=self.moment())
        if required and getattr(self.args, "at", None) is not None:
            # A sale or refund dated in the past is rung up by someone who is a cashier today.
            self.checkout.cashier(badge)
        return member

    def customer(self) -> str | None:
        badge: str | None = self.args.customer
        if badge is not None and not badge.strip():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Cli", "--customer is empty; give a badge, or leave it out for a walk-in"
                ).text()
            )
        return badge


def command_line_actor() -> str:
    """'command line (maria)': the audit log's actor for what the command line changes. On
    POSIX the name is the process's own user's, not LOGNAME or USER, which anyone can set."""
    try:
        if hasattr(os, "getuid"):
            import pwd

            user = pwd.getpwuid(os.getuid()).pw_name
        else:
            user = getpass.getuser()
    except (OSError, KeyError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "?"
    return f"command line ({user})"


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# A new database is not written over an existing one unless --force says so.
ALREADY = QT_TRANSLATE_NOOP(
    "Cli",
    "there is already a database at {path}; add --force to replace it "
    "(its registry and journal will be lost)",
)


NO_FOLDER = QT_TRANSLATE_NOOP("Cli", "cannot create the folder {folder}: {problem}")

"""The command line: an argparse front end over pos_desktop.core.

Exit codes: 0 ok; 1 a negative answer the caller asked for (broken journal, problems found by
a dry run); 2 bad input, with one line on stderr naming what and where. No traceback reaches
a user.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn

from pos_desktop import __version__, i18n
from pos_desktop.core import audit, clock, contract, journal
from pos_desktop.core.access import use_umask
from pos_desktop.core.badge import normalise
from pos_desktop.core.checkout import Checkout, Override
from pos_desktop.core.errors import DamagedDatabase, InputError, PosError, StorageError
from pos_desktop.core.money import Amount, exponent, parse_amount
from pos_desktop.core.pricing import BasketLine
from pos_desktop.core.registry import StaffMember
from pos_desktop.core.rules import StoreSettings, settings_rows
from pos_desktop.core.storage import (
    backup,
    open_checked,
    open_database,
    open_read_only,
    storage_errors,
    write_transaction,
)
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Count, Text
from pos_desktop.i18n import LANGUAGES, translate

DB_ENV = "POS_DESKTOP_DB"


def default_db_path() -> Path:
    """POS_DESKTOP_DB, else pos-desktop.sqlite in the platform's user data folder."""
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV])
    from platformdirs import user_data_path

    return user_data_path("pos-desktop", appauthor=False) / "pos-desktop.sqlite"


def demo_db_path() -> Path:
    """The demo database: demo.sqlite beside the default one (`dev.py demo` builds it there,
    `cashier --demo` and `admin --demo` open it), so no demo file lands in a working folder."""
    return default_db_path().with_name("demo.sqlite")


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help with its own fixed words ("usage:") in the language in use."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        word = translate("Cli", "usage: ") if prefix is None else prefix
        super().add_usage(usage, actions, groups, word)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake as one line and exit code 2, and writes its help
    (section titles, -h) in the language in use; argparse's own error wording stays English."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.update(add_help=False, formatter_class=_HelpFormatter)
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


def _file(text: str) -> Path:
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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
        type=_file,
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    cashier = commands.add_parser(
        "cashier", help=translate("Cli", "open the till window (the default)")
    )
    cashier.add_argument(
        "--demo", action="store_true", help=translate("Cli", "open on the demo database")
    )
    cashier.add_argument(
        "--screenshot",
        type=_file,
        metavar="FILE",
        help=translate("Cli", "save the window after a scripted demo checkout, then exit"),
    )
    cashier.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    cashier.add_argument("--exit-when-open", action="store_true", help=argparse.SUPPRESS)
    cashier.set_defaults(run=cmd_cashier)

    admin = commands.add_parser(
        "admin", help=translate("Cli", "open the admin window (registry and rules)")
    )
    admin.add_argument(
        "--demo", action="store_true", help=translate("Cli", "open on the demo database")
    )
    admin.add_argument(
        "--screenshot",
        type=_file,
        metavar="FILE",
        help=translate("Cli", "sign in as the demo admin, save the registry page, then exit"),
    )
    admin.set_defaults(run=cmd_admin)

    init = commands.add_parser("init", help=translate("Cli", "create a new database"))
    init.add_argument(
        "--demo", action="store_true", help=translate("Cli", "fill it with the demo store")
    )
    init.add_argument("--currency", help=translate("Cli", "ISO currency code (default EUR)"))
    init.add_argument(
        "--force", action="store_true", help=translate("Cli", "replace an existing database")
    )
    init.add_argument(
        "--till", metavar="ID", help=translate("Cli", "join a chain as this till (with --server)")
    )
    init.add_argument(
        "--server", metavar="URL", help=translate("Cli", "the chain's server, postgresql://...")
    )
    init.set_defaults(run=cmd_init)

    srv = commands.add_parser(
        "server", help=translate("Cli", "the chain's central PostgreSQL server")
    )
    srv_cmds = srv.add_subparsers(dest="action", required=True, parser_class=_Parser)
    srv_init = srv_cmds.add_parser("init", help=translate("Cli", "create the central tables"))
    srv_init.add_argument(
        "--url", required=True, metavar="URL", help=translate("Cli", "postgresql://...")
    )
    srv_init.set_defaults(run=_lazy("cli_central", "server_init"))
    publish = srv_cmds.add_parser(
        "publish", help=translate("Cli", "send this database's registry and rules")
    )
    publish.add_argument(
        "--url",
        metavar="URL",
        help=translate("Cli", "postgresql://... (by default the server it last published to)"),
    )
    publish.set_defaults(run=_lazy("cli_central", "server_publish"))

    sync = commands.add_parser(
        "sync", help=translate("Cli", "push this till's sales, pull the chain's changes")
    )
    sync.add_argument(
        "--server", metavar="URL", help=translate("Cli", "another address for the server")
    )
    sync.add_argument(
        "--json", action="store_true", help=translate("Cli", "print JSON for scripts")
    )
    sync.set_defaults(run=_lazy("cli_central", "sync"))

    cfg = commands.add_parser(
        "config", help=translate("Cli", "import or export the store's rules (TOML)")
    )
    cfg_cmds = cfg.add_subparsers(dest="action", required=True, parser_class=_Parser)
    cfg_import = cfg_cmds.add_parser(
        "import", help=translate("Cli", "replace the configuration from a file")
    )
    cfg_import.add_argument("file", type=_file)
    cfg_import.set_defaults(run=_registry_change(_lazy("cli_imports", "config_import")))
    cfg_export = cfg_cmds.add_parser(
        "export", help=translate("Cli", "write the configuration as TOML")
    )
    cfg_export.add_argument("file", type=_file, nargs="?")
    cfg_export.set_defaults(run=_lazy("cli_imports", "config_export"))

    staff = commands.add_parser("staff", help=translate("Cli", "the staff registry"))
    staff_cmds = staff.add_subparsers(dest="action", required=True, parser_class=_Parser)
    staff_import = staff_cmds.add_parser(
        "import", help=translate("Cli", "import an HR export (CSV or XLSX)")
    )
    _import_options(staff_import)
    staff_import.set_defaults(run=_registry_change(_lazy("cli_imports", "staff_import")))
    staff_export = staff_cmds.add_parser(
        "export", help=translate("Cli", "write the registry as CSV")
    )
    staff_export.add_argument("file", type=_file)
    staff_export.set_defaults(run=_lazy("cli_imports", "staff_export"))
    set_pin = staff_cmds.add_parser(
        "set-pin", help=translate("Cli", "set a supervisor's override PIN")
    )
    set_pin.add_argument("employee_no")
    set_pin.set_defaults(run=_registry_change(cmd_set_pin))
    revoke = staff_cmds.add_parser(
        "badge-revoke", help=translate("Cli", "revoke a lost or replaced badge")
    )
    revoke.add_argument("badge")
    revoke.add_argument("--reason", default="lost")
    revoke.set_defaults(run=_registry_change(cmd_badge_revoke))
    issue = staff_cmds.add_parser(
        "badge-issue", help=translate("Cli", "give an employee a new badge")
    )
    issue.add_argument("employee_no")
    issue.add_argument("badge")
    issue.set_defaults(run=_registry_change(cmd_badge_issue))

    products = commands.add_parser("products", help=translate("Cli", "the product catalogue"))
    product_cmds = products.add_subparsers(dest="action", required=True, parser_class=_Parser)
    products_import = product_cmds.add_parser(
        "import", help=translate("Cli", "import a catalogue (CSV or XLSX)")
    )
    _import_options(products_import)
    products_import.set_defaults(run=_registry_change(_lazy("cli_imports", "products_import")))

    check = commands.add_parser("check", help=translate("Cli", "what a badge scan answers"))
    check.add_argument("badge")
    _moment_options(check)
    check.set_defaults(run=cmd_check)

    for name, run, text in (
        ("quote", cmd_quote, translate("Cli", "price a basket")),
        ("sell", cmd_sell, translate("Cli", "price and record a sale")),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument(
            "--customer",
            metavar="BADGE",
            help=translate("Cli", "the buyer's badge (none: external)"),
        )
        sub.add_argument("--item", action="append", default=[], metavar="SKU[:QTY]")
        sub.add_argument("--open", action="append", default=[], metavar="CATEGORY:AMOUNT")
        _moment_options(sub)
        if name == "sell":
            sub.add_argument(
                "--override", metavar="BADGE", help=translate("Cli", "supervisor badge")
            )
            sub.add_argument("--pin", help=translate("Cli", "supervisor PIN"))
            sub.add_argument("--reason", help=translate("Cli", "why the supervisor approves"))
            sub.add_argument(
                "--pay",
                default="till",
                metavar="till|payroll",
                help=translate("Cli", "how the sale is paid: at the till, or charged to payroll"),
            )
            sub.add_argument(
                "--payer-pin",
                metavar="PIN",
                help=translate("Cli", "the buyer's own PIN, for a charge to payroll"),
            )
        sub.set_defaults(run=run)

    refund = commands.add_parser(
        "refund", help=translate("Cli", "refund a sale, or some of its lines")
    )
    refund.add_argument("sale_id")
    refund.add_argument("--line", action="append", default=[], metavar="N[:QTY]")
    _moment_options(refund)
    refund.set_defaults(run=cmd_refund)

    jrnl = commands.add_parser("journal", help=translate("Cli", "the sales journal"))
    jrnl_cmds = jrnl.add_subparsers(dest="action", required=True, parser_class=_Parser)
    verify = jrnl_cmds.add_parser("verify", help=translate("Cli", "check the hash chains"))
    verify.add_argument("--json", action="store_true")
    verify.add_argument(
        "--server", metavar="URL", help=translate("Cli", "check every till's chain there")
    )
    verify.add_argument(
        "--anchor",
        action="append",
        default=[],
        metavar="HASH",
        help=translate("Cli", "a head hash kept from a Z report: it must be in the journal"),
    )
    verify.add_argument(
        "--against",
        type=_file,
        metavar="BACKUP",
        help=translate("Cli", "a backup: its journal must be the start of this one"),
    )
    verify.set_defaults(run=cmd_journal_verify)

    report = commands.add_parser("report", help=translate("Cli", "reports from the journal"))
    report_cmds = report.add_subparsers(dest="action", required=True, parser_class=_Parser)
    for name, text in (
        ("discounts", translate("Cli", "discounts granted, net of refunds")),
        ("allowance", translate("Cli", "allowance used and left per employee")),
        ("overrides", translate("Cli", "supervisor overrides with their reasons")),
        ("cost-centres", translate("Cli", "internal department orders per cost centre")),
        ("flags", translate("Cli", "loss-prevention flags, each with its sales")),
    ):
        sub = report_cmds.add_parser(name, help=text)
        if name == "allowance":
            sub.add_argument(
                "--on", metavar="DATE", help=translate("Cli", "the day whose periods count (today)")
            )
        else:
            sub.add_argument("--from", dest="date_from", required=True, metavar="DATE")
            sub.add_argument("--to", dest="date_to", required=True, metavar="DATE")
        if name == "discounts":
            sub.add_argument("--by", choices=reports_groupings(), default="day")
        if name == "flags":
            for option, default in flag_thresholds().items():
                sub.add_argument(
                    f"--{option.replace('_', '-')}", type=int, default=default, metavar="N"
                )
        sub.add_argument("--format", choices=("table", "csv", "json"), default="table")
        sub.add_argument(
            "--pdf",
            type=_file,
            metavar="FILE",
            help=translate("Cli", "also save the report as PDF"),
        )
        sub.set_defaults(run=_lazy("cli_reports", "report_" + name.replace("-", "_")))
    _payroll_commands(commands, report_cmds, staff_cmds)

    close = commands.add_parser(
        "close-day", help=translate("Cli", "close a day: its totals into the journal")
    )
    close.add_argument(
        "--date", metavar="DATE", help=translate("Cli", "the store-local day (default: today)")
    )
    close.add_argument(
        "--at", metavar="ISO-8601", help=translate("Cli", "the moment of closing (default: now)")
    )
    close.add_argument(
        "--pdf",
        type=_file,
        metavar="FILE",
        help=translate("Cli", "also save the close as PDF (a closed day: its report again)"),
    )
    close.add_argument(
        "--json", action="store_true", help=translate("Cli", "print JSON for scripts")
    )
    close.set_defaults(run=_lazy("cli_reports", "close_day"))

    receipt = commands.add_parser("receipt", help=translate("Cli", "print a sale's receipt again"))
    receipt.add_argument(
        "sale_id", help=translate("Cli", "the sale id or the receipt's refund code")
    )
    receipt.add_argument(
        "--pdf", type=_file, metavar="FILE", help=translate("Cli", "save it as PDF")
    )
    receipt.add_argument(
        "--escpos",
        metavar="PRINTER",
        help=translate(
            "Cli", "an ESC/POS thermal printer: file:/dev/usb/lp0, net:HOST[:PORT], usb:VID:PID"
        ),
    )
    receipt.add_argument(
        "--width", type=int, choices=(58, 80), default=80, help=translate("Cli", "paper mm")
    )
    receipt.set_defaults(run=_lazy("cli_reports", "receipt"))

    bkp = commands.add_parser(
        "backup", help=translate("Cli", "copy the database safely while it is in use")
    )
    bkp.add_argument("file", type=_file)
    bkp.set_defaults(run=cmd_backup)

    rst = commands.add_parser(
        "restore",
        help=translate("Cli", "replace the database with a backup (the current file is kept)"),
    )
    rst.add_argument("file", type=_file)
    rst.set_defaults(run=cmd_restore)
    return parser


def _payroll_commands(
    commands: argparse._SubParsersAction[Any],
    report_cmds: argparse._SubParsersAction[Any],
    staff_cmds: argparse._SubParsersAction[Any],
) -> None:
    """Staff purchases beyond the till (pos_desktop.cli_payroll): charges to payroll, the
    taxable benefit, recharge to group companies, an employee's statement."""

    def outputs(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--format", choices=("table", "csv", "json"), default="table")
        sub.add_argument(
            "--pdf", type=_file, metavar="FILE", help=translate("Cli", "also save it as PDF")
        )

    charges = report_cmds.add_parser(
        "payroll", help=translate("Cli", "charges to payroll per employee, net of refunds")
    )
    charges.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help=translate("Cli", "default: the day after payroll was last closed"),
    )
    charges.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    outputs(charges)
    charges.set_defaults(run=_lazy("cli_payroll", "report_payroll"))
    taxable = report_cmds.add_parser(
        "benefits", help=translate("Cli", "the staff discount as a taxable benefit, per employee")
    )
    taxable.add_argument("--year", type=int, required=True, metavar="YEAR")
    taxable.add_argument(
        "--employee", metavar="EMPLOYEE_NO", help=translate("Cli", "one employee, with the sales")
    )
    outputs(taxable)
    taxable.set_defaults(run=_lazy("cli_payroll", "report_benefits"))
    recharge = report_cmds.add_parser(
        "recharge", help=translate("Cli", "discount granted to group companies' staff")
    )
    recharge.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    recharge.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    recharge.add_argument(
        "--sales", action="store_true", help=translate("Cli", "list the sales too")
    )
    outputs(recharge)
    recharge.set_defaults(run=_lazy("cli_payroll", "report_recharge"))

    pay = commands.add_parser("payroll", help=translate("Cli", "charges to payroll"))
    pay_cmds = pay.add_subparsers(dest="action", required=True, parser_class=_Parser)
    close = pay_cmds.add_parser(
        "close", help=translate("Cli", "record that the charges up to a day went to payroll")
    )
    close.add_argument("--through", required=True, metavar="DATE")
    close.add_argument(
        "--at", metavar="ISO-8601", help=translate("Cli", "the moment of closing (default: now)")
    )
    close.add_argument(
        "--json", action="store_true", help=translate("Cli", "print JSON for scripts")
    )
    close.set_defaults(run=_lazy("cli_payroll", "payroll_close"))

    statement = staff_cmds.add_parser(
        "statement",
        help=translate("Cli", "an employee's allowance, discount, taxable benefit and payroll"),
    )
    statement.add_argument("employee_no")
    statement.add_argument("--year", type=int, metavar="YEAR")
    statement.add_argument(
        "--at", metavar="ISO-8601", help=translate("Cli", "the moment (default: now)")
    )
    outputs(statement)
    statement.set_defaults(run=_lazy("cli_payroll", "staff_statement"))


def reports_groupings() -> tuple[str, ...]:
    from pos_desktop.core.reports import GROUPINGS

    return GROUPINGS


def flag_thresholds() -> dict[str, int]:
    from dataclasses import asdict

    from pos_desktop.core.flags import Thresholds

    return asdict(Thresholds())


def _lazy(module: str, name: str) -> Callable[[Context], int]:
    """A command of another module of the command line (pos_desktop.cli_reports,
    cli_central, cli_imports), imported only when it runs."""

    def run(ctx: Context) -> int:
        # Plain imports, so that the desktop bundle's analysis finds each module.
        found: ModuleType
        if module == "cli_reports":
            from pos_desktop import cli_reports

            found = cli_reports
        elif module == "cli_central":
            from pos_desktop import cli_central

            found = cli_central
        elif module == "cli_payroll":
            from pos_desktop import cli_payroll

            found = cli_payroll
        else:
            from pos_desktop import cli_imports

            found = cli_imports
        command: Callable[[Context], int] = getattr(found, "cmd_" + name)
        return command(ctx)

    return run


def _registry_change(command: Callable[[Context], int]) -> Callable[[Context], int]:
    """A command that changes the registry or rules: refused up front on a till of a chain
    (its copy is the server's), and on an office database that publishes to a server it says
    what has not been published yet."""

    def run(ctx: Context) -> int:
        from pos_desktop.core import chain

        if not getattr(ctx.args, "dry_run", False):
            chain.refuse_on_joined_till(ctx.conn)
        code = command(ctx)
        waiting = chain.unpublished(ctx.conn)
        state = chain.publish_state(ctx.conn)
        if waiting and state is not None:
            from pos_desktop.core.server import describe

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


def _import_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("file", type=_file, help=translate("Cli", "a CSV or XLSX export"))
    sub.add_argument(
        "--sync", action="store_true", help=translate("Cli", "the file is the complete list")
    )
    sub.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "check only; exit 1 on problems")
    )
    sub.add_argument(
        "--skip-invalid",
        action="store_true",
        help=translate(
            "Cli", "apply the valid rows and report the others (default: all or nothing)"
        ),
    )
    sub.add_argument("--encoding", help=translate("Cli", "file encoding (default: detected)"))
    sub.add_argument(
        "--delimiter", help=translate("Cli", "column separator: , ; or tab (default: detected)")
    )
    sub.add_argument("--sheet", help=translate("Cli", "the workbook's sheet (default: the first)"))
    sub.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="SRC=DEST",
        help=translate(
            "Cli", "read the file's column SRC as DEST (DEST empty: leave the column out)"
        ),
    )
    sub.add_argument(
        "--value",
        action="append",
        default=[],
        metavar="FIELD:FROM=TO",
        help=translate(
            "Cli",
            "read the word FROM in column FIELD (status, employment_type, role, worker_type) "
            "as TO, like --value employment_type:Stażysta=part_time",
        ),
    )
    sub.add_argument(
        "--profile", metavar="NAME", help=translate("Cli", "use a saved column mapping")
    )
    sub.add_argument(
        "--save-profile",
        metavar="NAME",
        help=translate("Cli", "save this file's column mapping under NAME"),
    )
    sub.add_argument(
        "--report",
        type=_file,
        metavar="FILE.csv",
        help=translate("Cli", "write the problems as CSV"),
    )
    sub.add_argument(
        "--allow-mass-end",
        action="store_true",
        help=translate("Cli", "let a sync end more than 10%% of the active staff"),
    )
    sub.add_argument("--json", action="store_true")


def _moment_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--cashier", metavar="BADGE", help=translate("Cli", "the cashier's badge"))
    sub.add_argument("--at", metavar="ISO-8601", help=translate("Cli", "the moment (default: now)"))
    sub.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for scripts"))


# Helpers


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


def _split(spec: str) -> tuple[str, str | None]:
    head, sep, tail = spec.rpartition(":")
    return (head, tail) if sep else (spec, None)


def _whole(text: str, option: str, spec: str) -> int:
    digits = text.strip().removeprefix("-")
    if not (digits.isascii() and digits.isdigit() and len(digits) <= 9):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Cli", "{option} {spec}: quantity {text} is not a whole number"
            ).format(option=option, spec=repr(spec), text=repr(text))
        )
    return int(text)


def _basket(ctx: Context) -> list[BasketLine]:
    lines = []
    for spec in ctx.args.item:
        sku, qty = _split(spec)
        if not sku.strip():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Cli", "--item {spec}: give a SKU, like --item SHIRT-01:2"
                ).format(spec=repr(spec))
            )
        lines.append(ctx.checkout.product_line(sku, _whole(qty, "--item", spec) if qty else 1))
    for spec in ctx.args.open:
        category, amount = _split(spec)
        if amount is None or not category.strip():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Cli", "--open {spec}: give CATEGORY:AMOUNT, like --open GROC:12.50"
                ).format(spec=repr(spec))
            )
        what = QT_TRANSLATE_NOOP("Cli", "--open {spec}: amount").format(spec=repr(spec))
        minor = parse_amount(amount, ctx.settings.currency, what=what)
        lines.append(ctx.checkout.open_line(category, minor))
    return lines


# Commands


def cmd_cashier(ctx: Context) -> int:
    """The till window; with --demo on a demo database built on first use."""
    from pos_desktop.ui.cashier.app import run

    args = ctx.args
    return run(
        _demo_path(ctx),
        screenshot=args.screenshot,
        exit_when_ready=args.exit_when_ready,
        exit_when_open=args.exit_when_open,
        language=args.lang,
        high_contrast=args.high_contrast,
    )


def cmd_admin(ctx: Context) -> int:
    """The admin window, behind its sign-in; with --demo on the demo database."""
    from pos_desktop.ui.admin.app import run

    path = _demo_path(ctx)
    args = ctx.args
    return run(
        path,
        screenshot=args.screenshot,
        language=args.lang,
        high_contrast=args.high_contrast,
    )


def _demo_path(ctx: Context) -> Path:
    """The database a window opens: with --demo (and no --db) the demo one, built if new."""
    path = ctx.path
    if ctx.args.demo and ctx.args.db is None:
        path = demo_db_path()
    if ctx.args.demo and not path.exists():
        create_database(path, demo_store=True)
    return path


def cmd_init(ctx: Context) -> int:
    args = ctx.args
    if args.till is not None or args.server is not None:
        return _lazy("cli_central", "join")(ctx)
    currency = (args.currency or "EUR").strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise InputError(
            QT_TRANSLATE_NOOP("Cli", "--currency {code} must be a code like EUR or PLN").format(
                code=repr(args.currency)
            )
        )
    if ctx.path.exists() and not args.force:
        raise InputError(ALREADY.format(path=ctx.path))
    create_database(ctx.path, demo_store=args.demo, currency=currency)
    if args.demo:
        made = translate("Cli", "Created a new demo store database at {path}")
    else:
        made = translate("Cli", "Created a new empty store database at {path}")
    print(made.format(path=ctx.path))
    return 0


# A new database is not written over an existing one unless --force says so.
ALREADY = QT_TRANSLATE_NOOP(
    "Cli",
    "there is already a database at {path}; add --force to replace it "
    "(its registry and journal will be lost)",
)
NO_FOLDER = QT_TRANSLATE_NOOP("Cli", "cannot create the folder {folder}: {problem}")


def create_database(target: Path, *, demo_store: bool, currency: str = "EUR") -> None:
    """Build a new database beside `target`, then move it into place in one step."""
    from pos_desktop.core import demo

    if demo_store and exponent(currency) != exponent("EUR"):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "the demo store is priced with two decimals; {currency} has {places}, so "
                "choose a currency like EUR, PLN or RON",
            ).format(currency=currency, places=exponent(currency))
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(NO_FOLDER.format(folder=target.parent, problem=exc.strerror)) from None
    fresh = target.with_name(target.name + ".new")
    _remove_database(fresh)
    try:
        conn = open_database(fresh, create=True)
        if demo_store:
            demo.build(conn)
            if currency != "EUR":
                _set_currency(conn, currency)
        else:
            with write_transaction(conn):
                conn.executemany(
                    "INSERT INTO settings (key, value) VALUES (:key, :value)",
                    settings_rows(StoreSettings(currency=currency)),
                )
        with write_transaction(conn):
            audit.record_audit(
                conn,
                till="-",
                actor="init",
                action="init",
                after={"demo": demo_store, "currency": currency},
            )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        _remove_database(target)
        fresh.replace(target)
    except BaseException:
        _remove_database(fresh)
        raise


def _set_currency(conn: sqlite3.Connection, currency: str) -> None:
    with write_transaction(conn):
        conn.execute(
            "UPDATE settings SET value = ? WHERE key = 'store.currency'", (json.dumps(currency),)
        )


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def cmd_set_pin(ctx: Context) -> int:
    member = ctx.checkout.registry.require_member(ctx.args.employee_no)
    if sys.stdin.isatty():
        pin = getpass.getpass(translate("Cli", "New PIN for {name}: ").format(name=member.name))
        if getpass.getpass(translate("Cli", "Repeat the PIN: ")) != pin:
            raise InputError(
                QT_TRANSLATE_NOOP("Cli", "the two PINs differ; nothing was changed").text()
            )
    else:
        pin = sys.stdin.readline().strip()
    ctx.checkout.registry.set_pin(member.employee_no, pin, actor=ctx.actor)
    done = translate("Cli", "PIN set for {name} ({employee})")
    print(done.format(name=member.name, employee=member.employee_no))
    return 0


def cmd_badge_revoke(ctx: Context) -> int:
    reason = ctx.args.reason.strip()
    if not reason:
        raise InputError(QT_TRANSLATE_NOOP("Cli", "--reason must not be empty").text())
    code = normalise(ctx.args.badge)
    ctx.checkout.registry.revoke_badge(code, reason, actor=ctx.actor)
    print(
        translate("Cli", "Badge {code} revoked ({reason}); scanning it now shows BLOCKED").format(
            code=code, reason=reason
        )
    )
    return 0


def cmd_badge_issue(ctx: Context) -> int:
    code = normalise(ctx.args.badge)
    problem = ctx.settings.badge_format.problem(code)
    if problem:
        raise InputError(
            QT_TRANSLATE_NOOP("Cli", "badge {badge}: {problem}").format(
                badge=repr(ctx.args.badge), problem=problem
            )
        )
    member = ctx.checkout.registry.require_member(ctx.args.employee_no)
    ctx.checkout.registry.issue_badge(member.employee_no, code, actor=ctx.actor)
    issued = translate("Cli", "Badge {code} issued to {name} ({employee})")
    print(issued.format(code=code, name=member.name, employee=member.employee_no))
    return 0


def cmd_check(ctx: Context) -> int:
    verdict = ctx.checkout.check(ctx.args.badge, cashier=ctx.cashier(), at=ctx.moment())
    if ctx.args.json:
        print_json(contract.verdict_json(verdict, ctx.settings.currency))
    else:
        print(i18n.say(verdict.message))
    return 0


def _override(ctx: Context) -> Override | None:
    args = ctx.args
    given = [args.override, args.pin, args.reason]
    if not any(v is not None for v in given):
        return None
    if args.override is None or args.pin is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Cli", "an override needs --override BADGE and --pin PIN (and --reason)"
            ).text()
        )
    return Override(args.override, args.pin, args.reason or "")


def _tender(ctx: Context) -> tuple[str, str | None]:
    from pos_desktop.core import payroll

    tender: str = ctx.args.pay
    payroll.check_tender(tender)
    if ctx.args.payer_pin is not None and tender != payroll.PAYROLL:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "--payer-pin is for a charge to payroll (--pay payroll); nothing was recorded",
            ).text()
        )
    return tender, ctx.args.payer_pin


def cmd_quote(ctx: Context) -> int:
    quote = ctx.checkout.quote(ctx.customer(), _basket(ctx), cashier=ctx.cashier(), at=ctx.moment())
    if ctx.args.json:
        print_json(contract.quote_json(quote, ctx.settings.currency))
    else:
        _print_quote(ctx, contract.quote_json(quote, ctx.settings.currency))
    return 0


def cmd_sell(ctx: Context) -> int:
    lines = _basket(ctx)
    tender, payer_pin = _tender(ctx)
    sale = ctx.checkout.sell(
        ctx.customer(),
        lines,
        cashier=ctx.cashier(required=True),
        at=ctx.moment(),
        override=_override(ctx),
        tender=tender,
        payer_pin=payer_pin,
    )
    data = contract.sale_json(sale, ctx.settings.currency)
    if ctx.args.json:
        print_json(data)
    else:
        _print_quote(ctx, data)
        if sale.quote.tender != "till":
            print(
                translate("Cli", "Charged to payroll: {total} {currency}").format(
                    total=data["total"], currency=ctx.settings.currency
                )
            )
        print(sale.sale_id)
    return 0


def _print_quote(ctx: Context, data: dict[str, Any]) -> None:
    print(i18n.say(data["customer"]["message"]))
    item, qty = translate("Basket", "Item"), translate("Basket", "Qty")
    price, discount = translate("Basket", "Price"), translate("Basket", "Discount")
    total, why = translate("Basket", "Total"), translate("Basket", "Why")
    print(f"{'#':>2}  {item:<22} {qty:>4} {price:>9} {discount:>9} {total:>9}  {why}")
    for line in data["lines"]:
        print(
            f"{line['line']:>2}  {line['name'][:22]:<22} {line['qty']:>4} "
            f"{ctx.money_of(line['unit_price']):>9} {ctx.money_of(line['discount']):>9} "
            f"{ctx.money_of(line['total']):>9}  "
            f"{i18n.say(line['rule'])}"
        )
    summary = translate("Cli", "Subtotal {subtotal}  Discount {discount}  Total {total} {currency}")
    text = summary.format(
        subtotal=ctx.money_of(data["subtotal"]),
        discount=ctx.money_of(data["discount"]),
        total=ctx.money_of(data["total"]),
        currency=ctx.settings.currency,
    )
    if data["allowance_after"] is not None:
        after = translate("Cli", "Allowance after {amount}")
        text += "  " + after.format(amount=ctx.money_of(data["allowance_after"]))
    print(text)


def cmd_refund(ctx: Context) -> int:
    wanted: list[tuple[int, int | None]] = []
    for spec in ctx.args.line:
        number, qty = _split(spec)
        line_no = _whole(number, "--line", spec)
        wanted.append((line_no, _whole(qty, "--line", spec) if qty else None))
    refund = ctx.checkout.refund(
        ctx.args.sale_id, wanted or None, cashier=ctx.cashier(required=True), at=ctx.moment()
    )
    if ctx.args.json:
        print_json(contract.refund_json(refund, ctx.settings.currency))
    else:
        for line in refund.lines:
            each = translate("Cli", "line {line}: {qty} x {name}  {total}")
            print(
                each.format(
                    line=line.line_no, qty=line.qty, name=line.name, total=ctx.money(line.total)
                )
            )
        refunded = translate(
            "Cli", "Refunded {total} {currency} (discount returned {discount}); refund {refund}"
        )
        print(
            refunded.format(
                total=ctx.money(refund.total),
                currency=ctx.settings.currency,
                discount=ctx.money(refund.discount),
                refund=refund.refund_id,
            )
        )
    return 0


def cmd_journal_verify(ctx: Context) -> int:
    if ctx.args.server is not None:
        return _lazy("cli_central", "journal_verify")(ctx)
    from pos_desktop.core import anchors

    wanted = [anchors.read_anchor(a) for a in ctx.args.anchor]
    conn = ctx.conn
    broken = journal.verify(conn) or audit.verify_audit(conn)
    problem: Text | None = None
    if broken is None:
        rules = ctx.checkout.rules
        problem = (
            anchors.missing_anchor(conn, wanted)
            or (anchors.backup_differs(conn, ctx.args.against) if ctx.args.against else None)
            or anchors.closes_differ(conn, rules)
            or anchors.rollup_differs(conn, rules)
        )
    sales = conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0]
    closes = conn.execute("SELECT COUNT(*) FROM day_closes").fetchone()[0]
    entries = conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    head = journal.head(conn)
    last = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM sales").fetchone()[0]
    sound = broken is None and problem is None
    if ctx.args.json:
        print_json(
            {
                "ok": sound,
                "records": sales,
                "closes": closes,
                "audit_records": entries,
                "head": head,
                "last_seq": last,
                "broken": None if broken is None else broken.__dict__,
                "problem": None if problem is None else str(problem),
            }
        )
    elif problem is not None:
        print(translate("Cli", "Journal BROKEN: {problem}").format(problem=i18n.say(problem)))
    elif broken is None:
        ok = translate(
            "Cli",
            "Journal OK: {sales} sales records, {closes} day closes and {entries} audit "
            "records chain; head {head}",
        )
        print(ok.format(sales=sales, closes=closes, entries=entries, head=head))
    else:
        print(
            translate("Cli", "Journal BROKEN: {problem}").format(
                problem=i18n.say(broken.describe())
            )
        )
    return 0 if sound else 1


def cmd_backup(ctx: Context) -> int:
    target: Path = ctx.args.file
    if target.exists():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Cli", "{file} already exists; choose a new file name for the backup"
            ).format(file=target)
        )
    if not target.parent.is_dir():
        raise InputError(
            QT_TRANSLATE_NOOP("Cli", "the folder {folder} does not exist").format(
                folder=target.parent
            )
        )
    backup(ctx.conn, target)
    print(translate("Cli", "Backed up {path} to {target}").format(path=ctx.path, target=target))
    return 0


def cmd_restore(ctx: Context) -> int:
    """Restore a backup: into the live database when it is sound (tills may keep running), or
    in place of a damaged or missing file. What it replaces is kept in the backups folder."""
    from pos_desktop.core import backups

    source: Path = ctx.args.file
    try:
        conn = ctx.conn if ctx.path.exists() else None
    except DamagedDatabase:
        conn = None
    if conn is None:
        kept = backups.replace_damaged(ctx.path, source, actor=ctx.actor)
        if kept is None:
            print(
                translate("Cli", "Restored {path} from {source}").format(
                    path=ctx.path, source=source
                )
            )
            return 0
        restored = translate(
            "Cli", "Restored {path} from {source}; the damaged file is kept as {kept}"
        )
    else:
        from pos_desktop.core import sync

        chain = sync.load_state(conn) is not None
        kept = backups.restore_live(conn, ctx.path, source, actor=ctx.actor, till=ctx.settings.till)
        ctx.checkout.reload()
        restored = translate(
            "Cli", "Restored {path} from {source}; the database before it is kept as {kept}"
        )
        if chain:
            print(restored.format(path=ctx.path, source=source, kept=kept))
            last = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM sales").fetchone()[0]
            came = last - backups.last_record(source)
            print(
                translate(
                    "Cli",
                    "This till took back {count} sales and refunds from the server; its next "
                    "record is number {seq}",
                ).format(count=Count(came), seq=last + 1)
            )
            return 0
    print(restored.format(path=ctx.path, source=source, kept=kept))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    use_umask()  # files for their owner only, before anything is opened (core/access.py)
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
    return args


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

"""The two windows as commands: `cashier` (the till) and `admin`. The command line reaches a
window only through its app's `run`."""

from __future__ import annotations

import argparse
from pathlib import Path

from pos_desktop.cli.context import Commands, Context, file_name
from pos_desktop.i18n import translate
from pos_desktop.paths import demo_db_path


def register(commands: Commands) -> None:
    cashier = commands.add("cashier", translate("Cli", "open the till window (the default)"))
    cashier.add_argument(
        "--demo", action="store_true", help=translate("Cli", "open on the demo database")
    )
    cashier.add_argument(
        "--screenshot",
        type=file_name,
        metavar="FILE",
        help=translate("Cli", "save the window after a scripted demo checkout, then exit"),
    )
    cashier.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    cashier.add_argument("--exit-when-open", action="store_true", help=argparse.SUPPRESS)
    cashier.set_defaults(run=cmd_cashier)

    admin = commands.add("admin", translate("Cli", "open the admin window (registry and rules)"))
    admin.add_argument(
        "--demo", action="store_true", help=translate("Cli", "open on the demo database")
    )
    admin.add_argument(
        "--screenshot",
        type=file_name,
        metavar="FILE",
        help=translate("Cli", "sign in as the demo admin, save the registry page, then exit"),
    )
    admin.set_defaults(run=cmd_admin)


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
        from pos_desktop.core.store import create_database

        create_database(path, demo_store=True)
    return path

"""The store's own database: creating it, the supervisors' PINs and the badges, checking its
hash chains, and its safety copies (backup, restore)."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from pos_desktop import i18n
from pos_desktop.cli.context import (
    ALREADY,
    Commands,
    Context,
    file_name,
    print_json,
    registry_change,
)
from pos_desktop.core import store
from pos_desktop.core.badge import normalise
from pos_desktop.core.db.storage import backup
from pos_desktop.core.errors import DamagedDatabase, InputError
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Count, Text
from pos_desktop.i18n import translate


def register_new(commands: Commands) -> None:
    init = commands.add("init", translate("Cli", "create a new database"))
    init.add_argument(
        "--demo", action="store_true", help=translate("Cli", "fill it with the demo store")
    )
    init.add_argument("--currency", help=translate("Cli", "ISO currency code (default EUR)"))
    init.add_argument(
        "--force", action="store_true", help=translate("Cli", "replace an existing database")
    )
    init.add_argument(
        "--leave-chain",
        action="store_true",
        help=translate("Cli", "with --force: replace even a till joined to a chain's server"),
    )
    init.add_argument(
        "--till", metavar="ID", help=translate("Cli", "join a chain as this till (with --server)")
    )
    init.add_argument(
        "--server", metavar="URL", help=translate("Cli", "the chain's server, postgresql://...")
    )
    init.set_defaults(run=cmd_init)


def register_registry(commands: Commands) -> None:
    staff_cmds = commands.group("staff", translate("Cli", "the staff registry"))
    set_pin = staff_cmds.add_parser(
        "set-pin", help=translate("Cli", "set a supervisor's override PIN")
    )
    set_pin.add_argument("employee_no")
    set_pin.set_defaults(run=registry_change(cmd_set_pin))
    revoke = staff_cmds.add_parser(
        "badge-revoke", help=translate("Cli", "revoke a lost or replaced badge")
    )
    revoke.add_argument("badge")
    revoke.add_argument("--reason", default="lost")
    revoke.set_defaults(run=registry_change(cmd_badge_revoke))
    issue = staff_cmds.add_parser(
        "badge-issue", help=translate("Cli", "give an employee a new badge")
    )
    issue.add_argument("employee_no")
    issue.add_argument("badge")
    issue.set_defaults(run=registry_change(cmd_badge_issue))


def register_journal(commands: Commands) -> None:
    jrnl_cmds = commands.group("journal", translate("Cli", "the sales journal"))
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
        type=file_name,
        metavar="BACKUP",
        help=translate("Cli", "a backup: its journal must be the start of this one"),
    )
    verify.set_defaults(run=cmd_journal_verify)


def register_copies(commands: Commands) -> None:
    bkp = commands.add("backup", translate("Cli", "copy the database safely while it is in use"))
    bkp.add_argument("file", type=file_name)
    bkp.set_defaults(run=cmd_backup)

    rst = commands.add(
        "restore",
        translate("Cli", "replace the database with a backup (the current file is kept)"),
    )
    rst.add_argument("file", type=file_name)
    rst.set_defaults(run=cmd_restore)


def cmd_init(ctx: Context) -> int:
    args = ctx.args
    if ctx.path.exists() and args.force:
        store.check_replaceable(ctx.path, leave_chain=args.leave_chain)
    if args.till is not None or args.server is not None:
        from pos_desktop.cli.central import cmd_join

        return cmd_join(ctx)
    currency = (args.currency or "EUR").strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise InputError(
            QT_TRANSLATE_NOOP("Cli", "--currency {code} must be a code like EUR or PLN").format(
                code=repr(args.currency)
            )
        )
    if ctx.path.exists() and not args.force:
        raise InputError(ALREADY.format(path=ctx.path))
    store.create_database(
        ctx.path, demo_store=args.demo, currency=currency, leave_chain=args.leave_chain
    )
    if args.demo:
        made = translate("Cli", "Created a new demo store database at {path}")
    else:
        made = translate("Cli", "Created a new empty store database at {path}")
    print(made.format(path=ctx.path))
    return 0


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
    code = normalise(ctx.args.badge)
    reason = ctx.args.reason.strip()
    ctx.checkout.registry.revoke_badge(code, reason, actor=ctx.actor)
    print(
        translate("Cli", "Badge {code} revoked ({reason}); scanning it now shows BLOCKED").format(
            code=code, reason=reason
        )
    )
    return 0


def cmd_badge_issue(ctx: Context) -> int:
    member = ctx.checkout.registry.require_member(ctx.args.employee_no)
    code = ctx.checkout.registry.issue_badge(member.employee_no, ctx.args.badge, actor=ctx.actor)
    issued = translate("Cli", "Badge {code} issued to {name} ({employee})")
    print(issued.format(code=code, name=member.name, employee=member.employee_no))
    return 0


def cmd_journal_verify(ctx: Context) -> int:
    if ctx.args.server is not None:
        from pos_desktop.cli.central import cmd_journal_verify as verify_every_till

        return verify_every_till(ctx)
    from pos_desktop.core.ledger.verify import verify_all
    from pos_desktop.core.reports import anchors

    wanted = [anchors.read_anchor(a) for a in ctx.args.anchor]
    conn = ctx.conn
    chains = verify_all(conn)
    broken = chains.broken
    problem: Text | None = None
    if broken is None:
        rules = ctx.checkout.rules
        problem = (
            anchors.missing_anchor(conn, wanted)
            or (anchors.backup_differs(conn, ctx.args.against) if ctx.args.against else None)
            or anchors.closes_differ(conn, rules)
            or anchors.rollup_differs(conn, rules)
        )
    sound = broken is None and problem is None
    if ctx.args.json:
        print_json(
            {
                "ok": sound,
                "records": chains.sales,
                "closes": chains.closes,
                "audit_records": chains.entries,
                "head": chains.head,
                "last_seq": chains.last_seq,
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
        print(
            ok.format(
                sales=chains.sales, closes=chains.closes, entries=chains.entries, head=chains.head
            )
        )
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
        from pos_desktop.core.central import sync

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

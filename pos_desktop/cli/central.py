"""Commands of a chain of tills: the central server, joining it, syncing, verifying every
till's chain there. The server's modules (psycopg) are loaded only when one of them runs."""

from __future__ import annotations

import json

from pos_desktop import i18n
from pos_desktop.cli.context import (
    ALREADY,
    NO_FOLDER,
    Commands,
    Context,
    count_text,
    error_field,
)
from pos_desktop.core import clock
from pos_desktop.core.central import membership
from pos_desktop.core.errors import ChainDiverged, InputError, ServerError
from pos_desktop.core.money import Amount, format_amount
from pos_desktop.core.text import QT_TRANSLATE_NOOP
from pos_desktop.i18n import translate

# What a publish changed or removed, by the registry's table (server_schema.REGISTRY).
TABLE_COUNTS = {
    "settings": QT_TRANSLATE_NOOP("Cli", "{count} settings"),
    "companies": QT_TRANSLATE_NOOP("Cli", "{count} companies"),
    "departments": QT_TRANSLATE_NOOP("Cli", "{count} departments"),
    "categories": QT_TRANSLATE_NOOP("Cli", "{count} categories"),
    "policies": QT_TRANSLATE_NOOP("Cli", "{count} policies"),
    "staff": QT_TRANSLATE_NOOP("Cli", "{count} staff"),
    "dependants": QT_TRANSLATE_NOOP("Cli", "{count} dependants"),
    "badges": QT_TRANSLATE_NOOP("Cli", "{count} badges"),
    "products": QT_TRANSLATE_NOOP("Cli", "{count} products"),
}


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def cmd_server_init(ctx: Context) -> int:
    from pos_desktop.core.central import server

    url = server.check_url(ctx.args.url, "--url")
    with server.server_errors(url):
        conn = server.connect(url)
        try:
            done = server.init_schema(conn)
        finally:
            conn.close()
    where = server.describe(url)
    if done.created:
        made = translate(
            "Cli", "Created the central tables on {server}; publish the registry and rules next"
        )
        print(made.format(server=where))
    elif done.before < done.after:
        upgraded = translate(
            "Cli",
            "Upgraded the central tables on {server} from version {before} to {after}; "
            "nothing was removed",
        )
        print(upgraded.format(server=where, before=done.before, after=done.after))
    else:
        there = translate(
            "Cli", "The central tables on {server} were already there; nothing was removed"
        )
        print(there.format(server=where))
    return 0


def cmd_server_publish(ctx: Context) -> int:
    from pos_desktop.core.central import server

    url = server.check_url(ctx.args.url, "--url") if ctx.args.url is not None else None
    done = membership.publish(ctx.conn, url, actor=ctx.actor)
    published = done.published
    text = translate(
        "Cli",
        "Published {file} to {server}: changed {changed}; removed {removed}. "
        "Tills pick it up at their next sync.",
    )
    print(
        text.format(
            file=ctx.path,
            server=done.where,
            changed=_tables(published.changed),
            removed=_tables(published.removed),
        )
    )
    return 0


def _tables(counts: dict[str, int]) -> str:
    """'3 staff, 1 badges', or 'nothing'."""
    found = [
        translate("Cli", TABLE_COUNTS[table]).format(count=count_text(n))
        if table in TABLE_COUNTS
        else f"{count_text(n)} {table}"
        for table, n in counts.items()
        if n
    ]
    return ", ".join(found) or translate("Cli", "nothing")


def cmd_join(ctx: Context) -> int:
    from pos_desktop.core.central import server, sync

    args = ctx.args
    if args.till is None or args.server is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Cli", "joining a chain needs both --till ID and --server URL").text()
        )
    if args.demo:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Cli", "a till of a chain takes the server's registry; leave out --demo"
            ).text()
        )
    if args.currency is not None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Cli", "a till of a chain takes the server's currency; leave out --currency"
            ).text()
        )
    till = sync.check_till_id(args.till)
    url = server.check_url(args.server)
    if ctx.path.exists() and not args.force:
        raise InputError(ALREADY.format(path=ctx.path))
    try:
        ctx.path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(NO_FOLDER.format(folder=ctx.path.parent, problem=exc.strerror)) from None
    joined = sync.join(ctx.path, url, till)
    made = translate(
        "Cli",
        "Created till {till} at {file}, joined to {server}: {rows} registry rows and {sales} "
        "sales of other tills",
    )
    print(
        made.format(
            till=joined.till,
            file=ctx.path,
            server=joined.where,
            rows=count_text(joined.registry_rows),
            sales=count_text(joined.other_sales),
        )
    )
    return 0


def cmd_sync(ctx: Context) -> int:
    from pos_desktop.core.central import server, sync

    url = server.check_url(ctx.args.server) if ctx.args.server is not None else None
    try:
        done = sync.sync(ctx.conn, url)
    except ChainDiverged:
        raise  # it will not catch up by itself: said as it is
    except ServerError as exc:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{error}. This till keeps selling offline; what it has not sent goes at the "
                "next sync",
            ).format(error=error_field(exc))
        ) from None
    if ctx.args.json:
        print_json(
            {
                "till": done.till,
                "server": done.where,
                "pushed": done.pushed,
                "pushed_closes": done.pushed_closes,
                "already_on_server": done.already,
                "registry_changes": done.registry_changes,
                "other_sales": done.other_sales,
                "overspent": [
                    {
                        "employee_no": o.employee_no,
                        "name": o.name,
                        "period": o.period,
                        "limit": format_amount(o.limit, ctx.settings.currency),
                        "used": format_amount(o.used, ctx.settings.currency),
                    }
                    for o in done.overspent
                ],
            }
        )
        return 0
    if done.already:
        synced = translate(
            "Cli",
            "Till {till} synced with {server}: pushed {pushed} sales and refunds ({already} "
            "already there) and {closes} day closes; pulled {changes} registry changes and "
            "{other} sales of other tills",
        )
    else:
        synced = translate(
            "Cli",
            "Till {till} synced with {server}: pushed {pushed} sales and refunds and {closes} "
            "day closes; pulled {changes} registry changes and {other} sales of other tills",
        )
    print(
        synced.format(
            till=done.till,
            server=done.where,
            pushed=done.pushed,
            already=done.already,
            closes=done.pushed_closes,
            changes=done.registry_changes,
            other=done.other_sales,
        )
    )
    currency = ctx.settings.currency
    for over in done.overspent:
        text = QT_TRANSLATE_NOOP(
            "Cli",
            "Over the allowance: {name} ({employee}) has used {used} of {limit} {period}: the "
            "tills together granted more than the limit while they could not reach the server",
        ).format(
            name=over.name,
            employee=over.employee_no,
            used=Amount(over.used, currency),
            limit=Amount(over.limit, currency),
            period=clock.period_words(over.period),
        )
        print(i18n.say(text))
    return 0


def cmd_journal_verify(ctx: Context) -> int:
    from pos_desktop.core.central import server, server_journal

    url = server.check_url(ctx.args.server)
    with server.server_errors(url):
        conn = server.connect(url)
        try:
            server.require_schema(conn)
            chains = server_journal.verify_tills(conn)
        finally:
            conn.close()
    broken = [c for c in chains if c.broken is not None]
    if ctx.args.json:
        print_json(
            {
                "ok": not broken,
                "tills": [
                    {
                        "till": c.till,
                        "ok": c.broken is None,
                        "records": c.records,
                        "closes": c.closes,
                        "audit_entries": c.audit,
                        "head": c.head,
                        "broken": None if c.broken is None else c.broken.__dict__,
                    }
                    for c in chains
                ],
            }
        )
    else:
        for chain in chains:
            if chain.broken is None:
                ok = translate(
                    "Cli",
                    "Till {till}: OK, {records} sales records and {closes} day closes chain; "
                    "head {head}; {entries} audit entries chain",
                )
                print(
                    ok.format(
                        till=chain.till,
                        records=chain.records,
                        closes=chain.closes,
                        head=chain.head,
                        entries=chain.audit,
                    )
                )
            else:
                broken_ = translate("Cli", "Till {till}: BROKEN, {problem}")
                print(broken_.format(till=chain.till, problem=i18n.say(chain.broken.describe())))
        if not chains:
            nobody = translate("Cli", "No till has joined {server} yet")
            print(nobody.format(server=server.describe(url)))
    return 1 if broken else 0


def register(commands: Commands) -> None:
    srv_cmds = commands.group("server", translate("Cli", "the chain's central PostgreSQL server"))
    srv_init = srv_cmds.add_parser("init", help=translate("Cli", "create the central tables"))
    srv_init.add_argument(
        "--url", required=True, metavar="URL", help=translate("Cli", "postgresql://...")
    )
    srv_init.set_defaults(run=cmd_server_init)
    publish = srv_cmds.add_parser(
        "publish", help=translate("Cli", "send this database's registry and rules")
    )
    publish.add_argument(
        "--url",
        metavar="URL",
        help=translate("Cli", "postgresql://... (by default the server it last published to)"),
    )
    publish.set_defaults(run=cmd_server_publish)

    sync = commands.add(
        "sync", translate("Cli", "push this till's sales, pull the chain's changes")
    )
    sync.add_argument(
        "--server", metavar="URL", help=translate("Cli", "another address for the server")
    )
    sync.add_argument(
        "--json", action="store_true", help=translate("Cli", "print JSON for scripts")
    )
    sync.set_defaults(run=cmd_sync)

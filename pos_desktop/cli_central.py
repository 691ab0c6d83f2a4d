"""Commands of a chain of tills: the central server, joining it, syncing, verifying every
till's chain there. Imported only when one of them runs (psycopg stays off a lone till)."""

from __future__ import annotations

import json

from pos_desktop.cli import Context
from pos_desktop.core import chain, clock, server, sync
from pos_desktop.core.errors import InputError, ServerError


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def cmd_server_init(ctx: Context) -> int:
    url = server.check_url(ctx.args.url, "--url")
    with server.server_errors(url):
        conn = server.connect(url)
        try:
            done = server.init_schema(conn)
        finally:
            conn.close()
    where = server.describe(url)
    if done.created:
        print(f"Created the central tables on {where}; publish the registry and rules next")
    elif done.before < done.after:
        print(
            f"Upgraded the central tables on {where} from version {done.before} to "
            f"{done.after}; nothing was removed"
        )
    else:
        print(f"The central tables on {where} were already there; nothing was removed")
    return 0


def cmd_server_publish(ctx: Context) -> int:
    url = server.check_url(ctx.args.url, "--url") if ctx.args.url is not None else None
    done = chain.publish(ctx.conn, url, actor="command line")
    published = done.published
    changed = ", ".join(f"{n:,} {t}" for t, n in published.changed.items() if n) or "nothing"
    removed = ", ".join(f"{n:,} {t}" for t, n in published.removed.items() if n) or "nothing"
    print(
        f"Published {ctx.path} to {done.where}: changed {changed}; removed {removed}. "
        "Tills pick it up at their next sync."
    )
    return 0


def cmd_join(ctx: Context) -> int:
    args = ctx.args
    if args.till is None or args.server is None:
        raise InputError("joining a chain needs both --till ID and --server URL")
    if args.demo:
        raise InputError("a till of a chain takes the server's registry; leave out --demo")
    if args.currency is not None:
        raise InputError("a till of a chain takes the server's currency; leave out --currency")
    till = sync.check_till_id(args.till)
    url = server.check_url(args.server)
    if ctx.path.exists() and not args.force:
        raise InputError(
            f"there is already a database at {ctx.path}; add --force to replace it "
            "(its registry and journal will be lost)"
        )
    try:
        ctx.path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the folder {ctx.path.parent}: {exc.strerror}") from None
    joined = sync.join(ctx.path, url, till)
    print(
        f"Created till {joined.till} at {ctx.path}, joined to {joined.where}: "
        f"{joined.registry_rows:,} registry rows and {joined.other_sales:,} sales of other tills"
    )
    return 0


def cmd_sync(ctx: Context) -> int:
    url = server.check_url(ctx.args.server) if ctx.args.server is not None else None
    try:
        done = sync.sync(ctx.conn, url)
    except ServerError as exc:
        raise ServerError(
            f"{exc}. This till keeps selling offline; what it has not sent goes at the next sync"
        ) from None
    if ctx.args.json:
        _print_json(
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
                        "limit": ctx.money(o.limit),
                        "used": ctx.money(o.used),
                    }
                    for o in done.overspent
                ],
            }
        )
        return 0
    already = f" ({done.already} already there)" if done.already else ""
    print(
        f"Till {done.till} synced with {done.where}: pushed {done.pushed} sales and refunds"
        f"{already} and {done.pushed_closes} day closes; pulled {done.registry_changes} "
        f"registry changes and {done.other_sales} sales of other tills"
    )
    for over in done.overspent:
        print(
            f"Over the allowance: {over.name} ({over.employee_no}) has used "
            f"{ctx.money(over.used)} of {ctx.money(over.limit)} "
            f"{clock.period_words(over.period)}: the tills "
            "together granted more than the limit while they could not reach the server"
        )
    return 0


def cmd_journal_verify(ctx: Context) -> int:
    url = server.check_url(ctx.args.server)
    with server.server_errors(url):
        conn = server.connect(url)
        try:
            server.require_schema(conn)
            chains = server.verify_tills(conn)
        finally:
            conn.close()
    broken = [c for c in chains if c.broken is not None]
    if ctx.args.json:
        _print_json(
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
                print(
                    f"Till {chain.till}: OK, {chain.records} sales records and {chain.closes} "
                    f"day closes chain; head {chain.head}; {chain.audit} audit entries chain"
                )
            else:
                print(f"Till {chain.till}: BROKEN, {chain.broken.describe()}")
        if not chains:
            print(f"No till has joined {server.describe(url)} yet")
    return 1 if broken else 0

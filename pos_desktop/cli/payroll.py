"""The command line's staff purchases beyond the till: the payroll, benefits and recharge
reports, the payroll close and an employee's statement."""

from __future__ import annotations

import datetime as dt
from argparse import ArgumentParser

from pos_desktop import i18n
from pos_desktop.cli.context import Commands, Context, file_name, print_json
from pos_desktop.cli.reports import show_table, store_today
from pos_desktop.core import clock
from pos_desktop.core.errors import InputError
from pos_desktop.core.money import format_amount
from pos_desktop.core.text import QT_TRANSLATE_NOOP
from pos_desktop.i18n import translate


def cmd_report_payroll(ctx: Context) -> int:
    from pos_desktop.core import payroll
    from pos_desktop.core.reports import charts, payroll_reports

    rules = ctx.checkout.rules
    through = payroll.closed_through(ctx.conn)
    end = clock.parse_date(ctx.args.date_to, what="--to")
    if ctx.args.date_from is not None:
        start = clock.parse_date(ctx.args.date_from, what="--from")
    elif through is not None:
        start = through + dt.timedelta(days=1)
    else:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Cli", "payroll has never been closed; give the first day with --from DATE"
            ).text()
        )
    rows = payroll_reports.payroll_rows(ctx.conn, rules, start, end)
    gone = payroll_reports.leavers(ctx.conn, rules, store_today(ctx))
    currency = ctx.settings.currency
    table = payroll_reports.payroll_table(rows, gone, start, end, currency, through)
    months = payroll_reports.payroll_by_month(ctx.conn, rules, start, end)
    return show_table(ctx, table, chart=charts.payroll_months(months, currency))


def cmd_report_benefits(ctx: Context) -> int:
    from pos_desktop.core import benefits
    from pos_desktop.core.reports import charts, payroll_reports

    rules = ctx.checkout.rules
    employee = ctx.args.employee
    if (
        employee is not None
        and ctx.conn.execute("SELECT 1 FROM staff WHERE employee_no = ?", (employee,)).fetchone()
        is None
    ):
        raise InputError(
            QT_TRANSLATE_NOOP("Cli", "--employee {employee}: no such employee").format(
                employee=repr(employee)
            )
        )
    found = benefits.year(ctx.conn, rules, ctx.args.year, employee)
    year = ctx.args.year
    table = payroll_reports.benefits_table(found, year, rules, employee, ctx.settings.tz)
    if employee is not None:  # one employee's sales; the chart is the whole store's year
        return show_table(ctx, table, landscape=True)
    by_month = benefits.by_month(ctx.conn, rules, year)
    chart = charts.benefit_months(by_month, year, ctx.settings.currency)
    return show_table(ctx, table, chart=chart)


def cmd_report_recharge(ctx: Context) -> int:
    from pos_desktop.core.reports import charts, recharge

    rules = ctx.checkout.rules
    start = clock.parse_date(ctx.args.date_from, what="--from")
    end = clock.parse_date(ctx.args.date_to, what="--to")
    rows = recharge.recharge_rows(ctx.conn, rules, start, end)
    currency = ctx.settings.currency
    if ctx.args.sales:
        sales = recharge.recharge_sales_table(rows, start, end, currency, ctx.settings.tz)
        return show_table(ctx, sales, landscape=True)
    table = recharge.recharge_table(rows, start, end, currency)
    return show_table(ctx, table, chart=charts.recharge(rows, currency))


def cmd_payroll_close(ctx: Context) -> int:
    from pos_desktop.core import payroll

    through = clock.parse_date(ctx.args.through, what="--through")
    closed = payroll.close(ctx.conn, ctx.checkout.rules, through, actor=ctx.actor, at=ctx.moment())
    currency = ctx.settings.currency
    if ctx.args.json:
        print_json(
            {
                "through": closed.through.isoformat(),
                "employees": closed.employees,
                "amount": format_amount(closed.amount, currency),
                "currency": currency,
                "hash": closed.hash,
            }
        )
    else:
        done = i18n.translate(
            "Cli",
            "Payroll closed through {day}: {amount} {currency}, employees: {employees}; "
            "record {hash}",
        )
        print(
            done.format(
                day=closed.through.isoformat(),
                amount=i18n.amount(closed.amount, currency),
                currency=currency,
                employees=i18n.number(closed.employees),
                hash=closed.hash,
            )
        )
    return 0


def cmd_staff_statement(ctx: Context) -> int:
    from pos_desktop.core.reports.statement import statement

    rules = ctx.checkout.rules
    moment = ctx.moment()
    year = ctx.args.year or moment.astimezone(ctx.settings.tz).year
    table = statement(ctx.conn, rules, ctx.args.employee_no, year, moment)
    # There is no language per employee in the registry: like every command, the statement
    # is in the store's language when it sets one (or --lang's).
    return show_table(ctx, table)


def register(commands: Commands) -> None:
    """Staff purchases beyond the till: charges to payroll, the taxable benefit, recharge to
    group companies, an employee's statement."""
    report_cmds = commands.group("report", translate("Cli", "reports from the journal"))
    staff_cmds = commands.group("staff", translate("Cli", "the staff registry"))

    def outputs(sub: ArgumentParser) -> None:
        sub.add_argument("--format", choices=("table", "csv", "json"), default="table")
        sub.add_argument(
            "--pdf", type=file_name, metavar="FILE", help=translate("Cli", "also save it as PDF")
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
    charges.set_defaults(run=cmd_report_payroll)
    taxable = report_cmds.add_parser(
        "benefits", help=translate("Cli", "the staff discount as a taxable benefit, per employee")
    )
    taxable.add_argument("--year", type=int, required=True, metavar="YEAR")
    taxable.add_argument(
        "--employee", metavar="EMPLOYEE_NO", help=translate("Cli", "one employee, with the sales")
    )
    outputs(taxable)
    taxable.set_defaults(run=cmd_report_benefits)
    recharge = report_cmds.add_parser(
        "recharge", help=translate("Cli", "discount granted to group companies' staff")
    )
    recharge.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    recharge.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    recharge.add_argument(
        "--sales", action="store_true", help=translate("Cli", "list the sales too")
    )
    outputs(recharge)
    recharge.set_defaults(run=cmd_report_recharge)

    pay_cmds = commands.group("payroll", translate("Cli", "charges to payroll"))
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
    close.set_defaults(run=cmd_payroll_close)

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
    statement.set_defaults(run=cmd_staff_statement)

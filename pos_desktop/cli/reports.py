"""The command line's reports, daily close and receipt reprint."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pos_desktop import i18n
from pos_desktop.cli.context import Commands, Context, file_name, not_the_database, print_json
from pos_desktop.core import clock
from pos_desktop.core.errors import InputError
from pos_desktop.core.text import QT_TRANSLATE_NOOP
from pos_desktop.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from pos_desktop.core.receipts import Receipt
    from pos_desktop.core.reports.charts import ChartData
    from pos_desktop.core.reports.table import Table


def _dates(ctx: Context) -> tuple[dt.date, dt.date]:
    start = clock.parse_date(ctx.args.date_from, what="--from")
    end = clock.parse_date(ctx.args.date_to, what="--to")
    return start, end


def store_today(ctx: Context) -> dt.date:
    return clock.now().astimezone(ctx.settings.tz).date()


def show_table(
    ctx: Context, table: Table, *, landscape: bool = False, chart: ChartData | None = None
) -> int:
    """The table as text, CSV or JSON; with --pdf also as PDF, with its chart when given."""
    pdf: Path | None = ctx.args.pdf
    if pdf is not None:
        from pos_desktop.printing.pdf import save_html_pdf

        not_the_database(ctx, pdf)
        picture = None if chart is None else _chart_picture(ctx, chart, landscape)
        html = _read(table).html(ctx.settings.name)
        save_html_pdf(html, pdf, landscape=landscape, picture=picture)
    fmt = getattr(ctx.args, "format", "table")
    if fmt == "json":
        print_json(table.json())
    elif fmt == "csv":
        table.write_csv(sys.stdout)
    else:
        print(_read(table).text())
        if pdf is not None:
            print(i18n.translate("Cli", "Saved {file}").format(file=pdf))
    return 0


def _chart_picture(ctx: Context, chart: ChartData, landscape: bool) -> QImage | None:
    """The report's chart as the Reports page's PDF draws it, its title in the language."""
    from pos_desktop.printing.bar_chart import picture
    from pos_desktop.printing.pdf import text_width

    read = chart.read(i18n.say, i18n.month_name)
    return picture(read, ctx.settings.currency, text_width(landscape=landscape))


def _read(table: Table) -> Table:
    """The table as a person reads it: its title, headings, worded cells and notes in the
    language in use, its amounts, shares and counts as that language writes them (CSV and
    JSON keep the English words and the machine forms). English needs no Qt."""
    if i18n.current() == "en":
        return table
    return table.read(i18n.say, i18n.number)


def cmd_report_discounts(ctx: Context) -> int:
    from pos_desktop.core.reports import charts, figures, tables

    start, end = _dates(ctx)
    by, currency = ctx.args.by, ctx.settings.currency
    rows = figures.discounts(ctx.conn, ctx.checkout.rules, start, end, by)
    table = tables.discounts(rows, by, start, end, currency)
    return show_table(ctx, table, chart=charts.discounts(rows, by, currency))


def cmd_report_allowance(ctx: Context) -> int:
    from pos_desktop.core.reports import charts, oversight, tables

    on = clock.parse_date(ctx.args.on, what="--on") if ctx.args.on else store_today(ctx)
    uses = oversight.allowance_use(ctx.conn, ctx.checkout.rules, on)
    table = tables.allowance(uses, on, ctx.settings.currency)
    return show_table(ctx, table, chart=charts.allowance(uses))


def cmd_report_overrides(ctx: Context) -> int:
    from pos_desktop.core.reports import charts, oversight, tables

    start, end = _dates(ctx)
    currency = ctx.settings.currency
    found = oversight.overrides(ctx.conn, ctx.checkout.rules, start, end)
    table = tables.overrides(found, start, end, ctx.settings.tz, currency)
    return show_table(ctx, table, landscape=True, chart=charts.overrides(found, currency))


def cmd_report_cost_centres(ctx: Context) -> int:
    from pos_desktop.core.reports import charts, oversight, tables

    start, end = _dates(ctx)
    currency = ctx.settings.currency
    rows = oversight.cost_centres(ctx.conn, ctx.checkout.rules, start, end)
    table = tables.cost_centres(rows, start, end, currency)
    return show_table(ctx, table, chart=charts.cost_centres(rows, currency))


def cmd_report_flags(ctx: Context) -> int:
    from dataclasses import fields

    from pos_desktop.core.reports import flags, tables

    start, end = _dates(ctx)
    limits = flags.Thresholds(
        **{f.name: getattr(ctx.args, f.name) for f in fields(flags.Thresholds)}
    )
    found = flags.find(ctx.conn, ctx.checkout.rules, start, end, limits)
    return show_table(ctx, tables.flags(found, start, end, ctx.settings.tz), landscape=True)


def cmd_close_day(ctx: Context) -> int:
    from pos_desktop.core.reports import closing, tables

    moment = ctx.moment()
    tz = ctx.settings.tz
    day = (
        clock.parse_date(ctx.args.date, what="--date")
        if ctx.args.date
        else moment.astimezone(tz).date()
    )
    pdf: Path | None = ctx.args.pdf
    earlier = closing.load(ctx.conn, day) if pdf is not None else None
    if pdf is not None:
        _can_write(pdf)  # checked first: a day is closed once, never half-reported
        not_the_database(ctx, pdf)
    if earlier is not None:  # a closed day's report printed again; nothing changes
        closed = earlier
    else:
        closed = closing.close_day(ctx.conn, ctx.checkout.rules, day, actor=ctx.actor, at=moment)
    table = tables.close(closed, tz, ctx.settings.currency)
    ctx.args.format = "json" if ctx.args.json else "table"
    try:
        return show_table(ctx, table)
    except InputError as exc:
        if pdf is None or earlier is not None:
            raise
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{problem}; the day {day} is closed all the same: print its report again "
                "with 'close-day --date {day} --pdf FILE'",
            ).format(problem=exc.args[0], day=day.isoformat())
        ) from None


def _can_write(path: Path) -> None:
    if path.is_dir():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Cli", "--pdf {file} is a folder; give a file name; nothing was closed"
            ).format(file=path)
        )
    if not path.parent.is_dir():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Cli", "--pdf {file}: the folder {folder} does not exist; nothing was closed"
            ).format(file=path, folder=path.parent)
        )


def cmd_receipt(ctx: Context) -> int:
    from pos_desktop.core import receipts

    args = ctx.args
    receipt = receipts.from_journal(ctx.checkout, args.sale_id)
    if args.pdf is not None:
        from pos_desktop.printing.pdf import ensure_application
        from pos_desktop.printing.receipt import save_receipt_pdf

        ensure_application()
        not_the_database(ctx, args.pdf)
        save_receipt_pdf(receipt, args.pdf)
        saved = i18n.translate("Cli", "Saved the receipt of sale {sale} to {file}")
        print(saved.format(sale=receipt.sale_id, file=args.pdf))
    if args.escpos is not None:
        from pos_desktop.printing import thermal

        device = thermal.open_printer(args.escpos)
        thermal.print_receipt(device, receipt, args.width, *_receipt_words(receipt))
        printed = i18n.translate("Cli", "Printed the receipt of sale {sale} on {printer}")
        print(printed.format(sale=receipt.sale_id, printer=args.escpos))
    if args.pdf is None and args.escpos is None:
        columns = receipts.columns_for(args.width)
        print("\n".join(receipts.text_lines(receipt, columns, *_receipt_words(receipt))))
    return 0


def _receipt_words(receipt: Receipt) -> tuple[Callable[[object], str], Any, Any]:
    """How a text receipt writes its words, amounts and time: English as the core does,
    another language through its translations and QLocale."""
    if i18n.current() == "en":
        return str, None, None

    def money(minor: int) -> str:
        return i18n.amount(minor, receipt.currency)

    return i18n.say, money, i18n.moment_text


# Each report's command, by its name on the command line.
REPORTS = {
    "discounts": cmd_report_discounts,
    "allowance": cmd_report_allowance,
    "overrides": cmd_report_overrides,
    "cost-centres": cmd_report_cost_centres,
    "flags": cmd_report_flags,
}


def register(commands: Commands) -> None:
    report_cmds = commands.group("report", translate("Cli", "reports from the journal"))
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
            type=file_name,
            metavar="FILE",
            help=translate("Cli", "also save the report as PDF"),
        )
        sub.set_defaults(run=REPORTS[name])


def register_day(commands: Commands) -> None:
    close = commands.add("close-day", translate("Cli", "close a day: its totals into the journal"))
    close.add_argument(
        "--date", metavar="DATE", help=translate("Cli", "the store-local day (default: today)")
    )
    close.add_argument(
        "--at", metavar="ISO-8601", help=translate("Cli", "the moment of closing (default: now)")
    )
    close.add_argument(
        "--pdf",
        type=file_name,
        metavar="FILE",
        help=translate("Cli", "also save the close as PDF (a closed day: its report again)"),
    )
    close.add_argument(
        "--json", action="store_true", help=translate("Cli", "print JSON for scripts")
    )
    close.set_defaults(run=cmd_close_day)

    receipt = commands.add("receipt", translate("Cli", "print a sale's receipt again"))
    receipt.add_argument(
        "sale_id", help=translate("Cli", "the sale id or the receipt's refund code")
    )
    receipt.add_argument(
        "--pdf", type=file_name, metavar="FILE", help=translate("Cli", "save it as PDF")
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
    receipt.set_defaults(run=cmd_receipt)


def reports_groupings() -> tuple[str, ...]:
    from pos_desktop.core.reports.figures import GROUPINGS

    return GROUPINGS


def flag_thresholds() -> dict[str, int]:
    from dataclasses import asdict

    from pos_desktop.core.reports.flags import Thresholds

    return asdict(Thresholds())

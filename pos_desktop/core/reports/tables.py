"""Reports as tables a person reads: the same rows for the terminal, CSV, JSON, the admin
window and PDF (the PDF is drawn by the user interface from `Table.html`).

A table is built in English with stable column keys: CSV and JSON write the keys, the English
words and amounts as `format_amount` writes them. Its title, headings, worded cells and notes
are texts marked for translation (pos_desktop.core.text), and amounts and shares remember
their numbers: `Table.read(say, number)` gives the table as a person reads it in the
language in use, for the terminal, the admin window and PDF."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import IO, Any
from zoneinfo import ZoneInfo

from pos_desktop.core.money import Amount, format_amount
from pos_desktop.core.reports.closing import DayClose
from pos_desktop.core.reports.figures import (
    AllowanceUse,
    CostCentreRow,
    DiscountRow,
    Grouping,
    SupervisorOverrides,
)
from pos_desktop.core.reports.flags import Flag
from pos_desktop.core.spreadsheet import neutralise
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Count, Template, Text

Cell = str | int

# The reports' names, by report key (a discount report by its grouping).
TITLES = {
    "day": QT_TRANSLATE_NOOP("Reports", "Discounts by day"),
    "employee": QT_TRANSLATE_NOOP("Reports", "Discounts by employee"),
    "department": QT_TRANSLATE_NOOP("Reports", "Discounts by department"),
    "company": QT_TRANSLATE_NOOP("Reports", "Discounts by company"),
    "category": QT_TRANSLATE_NOOP("Reports", "Discounts by category"),
    "policy": QT_TRANSLATE_NOOP("Reports", "Discounts by policy"),
    "overrides": QT_TRANSLATE_NOOP("Reports", "Supervisor overrides"),
    "cost-centres": QT_TRANSLATE_NOOP("Reports", "Department orders by cost centre"),
    "flags": QT_TRANSLATE_NOOP("Reports", "Loss-prevention flags"),
}
# Column headings by column key, in every report (the daily close names its "name" column
# CLOSE_NAME).
HEADINGS = {
    "day": QT_TRANSLATE_NOOP("Reports", "Day"),
    "employee": QT_TRANSLATE_NOOP("Reports", "Employee"),
    "department": QT_TRANSLATE_NOOP("Reports", "Department"),
    "company": QT_TRANSLATE_NOOP("Reports", "Company"),
    "category": QT_TRANSLATE_NOOP("Reports", "Category"),
    "policy": QT_TRANSLATE_NOOP("Reports", "Policy"),
    "name": QT_TRANSLATE_NOOP("Reports", "Name"),
    "sales": QT_TRANSLATE_NOOP("Reports", "Sales"),
    "refunds": QT_TRANSLATE_NOOP("Reports", "Refunds"),
    "gross": QT_TRANSLATE_NOOP("Reports", "Gross"),
    "discount": QT_TRANSLATE_NOOP("Reports", "Discount"),
    "total": QT_TRANSLATE_NOOP("Reports", "Total"),
    "period": QT_TRANSLATE_NOOP("Reports", "Period"),
    "limit": QT_TRANSLATE_NOOP("Reports", "Limit"),
    "used": QT_TRANSLATE_NOOP("Reports", "Used"),
    "left": QT_TRANSLATE_NOOP("Reports", "Left"),
    "share": QT_TRANSLATE_NOOP("Reports", "Share of limit"),
    "supervisor": QT_TRANSLATE_NOOP("Reports", "Supervisor"),
    "at": QT_TRANSLATE_NOOP("Reports", "At"),
    "till": QT_TRANSLATE_NOOP("Reports", "Till"),
    "sale_id": QT_TRANSLATE_NOOP("Reports", "Sale"),
    "cashier": QT_TRANSLATE_NOOP("Reports", "Cashier"),
    "customer": QT_TRANSLATE_NOOP("Reports", "Customer"),
    "reason": QT_TRANSLATE_NOOP("Reports", "Reason"),
    "cost_centre": QT_TRANSLATE_NOOP("Reports", "Cost centre"),
    "orders": QT_TRANSLATE_NOOP("Reports", "Orders"),
    "regular": QT_TRANSLATE_NOOP("Reports", "At regular price"),
    "charge": QT_TRANSLATE_NOOP("Reports", "To recharge"),
    "kind": QT_TRANSLATE_NOOP("Reports", "Kind"),
    "subject": QT_TRANSLATE_NOOP("Reports", "Who"),
    "first_at": QT_TRANSLATE_NOOP("Reports", "First"),
    "what": QT_TRANSLATE_NOOP("Reports", "What"),
    "detail": QT_TRANSLATE_NOOP("Reports", "Detail"),
    "sale_ids": QT_TRANSLATE_NOOP("Reports", "Sale ids"),
}
CLOSE_NAME = QT_TRANSLATE_NOOP("Reports", "Customers")
# The daily close's rows: its customers by kind (closing.KINDS), then all of them.
CUSTOMERS = {
    "employee": QT_TRANSLATE_NOOP("Reports", "Employees"),
    "dependant": QT_TRANSLATE_NOOP("Reports", "Dependants"),
    "group_employee": QT_TRANSLATE_NOOP("Reports", "Group company staff"),
    "department": QT_TRANSLATE_NOOP("Reports", "Department orders"),
    "external": QT_TRANSLATE_NOOP("Reports", "External customers"),
    "blocked": QT_TRANSLATE_NOOP("Reports", "Blocked badges"),
    "all": QT_TRANSLATE_NOOP("Reports", "All customers"),
}
# An allowance's period in its report (the English cell keeps the rule's own word).
PERIODS = {
    "month": QT_TRANSLATE_NOOP("Reports", "month"),
    "year": QT_TRANSLATE_NOOP("Reports", "year"),
}
ROLLING = QT_TRANSLATE_NOOP("Reports", "{days} days")
# A share of a limit in tenths of a percent: '4.8%' (a translation writes its decimal comma).
SHARE = QT_TRANSLATE_NOOP("Reports", "{whole}.{tenth}%")
EMPTY = QT_TRANSLATE_NOOP("Reports", "Nothing in this period.")
# An amount in a cell: the English cell is format_amount's '1234.50' (CSV, JSON); shown, it
# is written as the language writes money. The template itself needs no translation.
_AMOUNT = Template("Reports", "{amount}")


@dataclass
class Table:
    title: str
    keys: list[str]  # CSV header and JSON keys
    headings: list[str]  # column names for people
    rows: list[list[Cell]]
    numeric: frozenset[int] = frozenset()  # right-aligned, written to CSV as they are
    notes: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)  # what JSON adds to the rows
    empty: str = EMPTY.text()  # what the PDF says of a table without rows
    # Columns a person need not read, kept in CSV and JSON: a day's "name" (the day again),
    # the daily close's customer codes beside their words.
    hidden: frozenset[int] = frozenset()

    def records(self) -> list[dict[str, Cell]]:
        return [dict(zip(self.keys, row, strict=True)) for row in self.rows]

    def json(self) -> dict[str, Any]:
        return {**self.data, "rows": self.records()}

    def read(self, say: Callable[[object], str], number: Callable[[int], str] = str) -> Table:
        """The table as a person reads it: its title, headings, worded cells, amounts and
        notes as `say` writes them (in the language in use), its counts as `number` does.
        CSV and JSON are written from the table itself, with the English words."""
        return dataclasses.replace(
            self,
            title=say(self.title),
            headings=[say(heading) for heading in self.headings],
            rows=[
                [say(cell) if isinstance(cell, str) else number(cell) for cell in row]
                for row in self.rows
            ],
            notes=[say(note) for note in self.notes],
            empty=say(self.empty),
        )

    def shown(self) -> Table:
        """The table without its hidden columns, as the text and the PDF show it."""
        keep = [n for n in range(len(self.keys)) if n not in self.hidden]
        return dataclasses.replace(
            self,
            keys=[self.keys[n] for n in keep],
            headings=[self.headings[n] for n in keep],
            rows=[[row[n] for n in keep] for row in self.rows],
            numeric=frozenset(keep.index(n) for n in self.numeric if n in keep),
            hidden=frozenset(),
        )

    def text(self) -> str:
        if self.hidden:
            return self.shown().text()
        widths = [
            max(len(str(x)) for x in column)
            for column in zip(self.headings, *self.rows, strict=True)
        ]
        lines = []
        everything: list[list[Cell]] = [list(self.headings), *self.rows]
        for number, row in enumerate(everything):
            cells = [
                str(c).rjust(w) if n in self.numeric and number else str(c).ljust(w)
                for n, (c, w) in enumerate(zip(row, widths, strict=True))
            ]
            lines.append("  ".join(cells).rstrip())
        return "\n".join([*lines, *self.notes])

    def write_csv(self, handle: IO[str]) -> None:
        """Text cells that a spreadsheet would run as formulas are neutralised; amounts and
        counts stay numbers (a refund's -40.00 included)."""
        writer = csv.writer(handle)
        writer.writerow(self.keys)
        for row in self.rows:
            writer.writerow([c if n in self.numeric else neutralise(c) for n, c in enumerate(row)])

    def html(self, store: str = "") -> str:
        """The table as HTML for a PDF, under the store's name when given."""
        if self.hidden:
            return self.shown().html(store)
        head = "".join(
            f"<th align={'right' if n in self.numeric else 'left'}>{escape(h)}</th>"
            for n, h in enumerate(self.headings)
        )
        body = "".join(
            "<tr>"
            + "".join(
                f"<td align={'right' if n in self.numeric else 'left'}>{escape(str(c))}</td>"
                for n, c in enumerate(row)
            )
            + "</tr>"
            for row in self.rows
        )
        notes = "".join(f"<p>{escape(note)}</p>" for note in self.notes)
        empty = "" if self.rows else f"<p><i>{escape(self.empty)}</i></p>"
        shop = f"<p><b>{escape(store)}</b></p>" if store else ""
        return (
            f"{shop}<h2>{escape(self.title)}</h2>"
            "<table width=100% cellspacing=0 cellpadding=3 border=1 style='border-collapse:"
            f"collapse; border-color:#999'><tr bgcolor=#e8e8e8>{head}</tr>{body}</table>"
            f"{empty}{notes}"
        )


# Counts in notes: English '1 flag' / '3 flags'; a translation may write 'flagi: 3' for both.
_COUNTED = {
    "employee": (
        QT_TRANSLATE_NOOP("Reports", "{count} employee"),
        QT_TRANSLATE_NOOP("Reports", "{count} employees"),
    ),
    "override": (
        QT_TRANSLATE_NOOP("Reports", "{count} override"),
        QT_TRANSLATE_NOOP("Reports", "{count} overrides"),
    ),
    "flag": (
        QT_TRANSLATE_NOOP("Reports", "{count} flag"),
        QT_TRANSLATE_NOOP("Reports", "{count} flags"),
    ),
}


def _counted(n: int, word: str) -> Text:
    one, many = _COUNTED[word]
    return (one if n == 1 else many).format(count=n)


def _days(start: dt.date, end: dt.date) -> str:
    """A title's days, as ISO dates in every language (as the window's date fields show
    them and the command line's --from and --to take them)."""
    if start == end:
        return start.isoformat()
    return QT_TRANSLATE_NOOP("Reports", "{start} to {end}").format(
        start=start.isoformat(), end=end.isoformat()
    )


def title(report: str, start: dt.date, end: dt.date) -> Text:
    """'Discounts by employee, 2026-06-01 to 2026-06-15' (report: a key of TITLES)."""
    return QT_TRANSLATE_NOOP("Reports", "{report}, {period}").format(
        report=TITLES[report].text(), period=_days(start, end)
    )


def _headings(*keys: str) -> list[str]:
    return [HEADINGS[key].text() for key in keys]


def _money(minor: int, currency: str) -> Text:
    return _AMOUNT.format(amount=Amount(minor, currency))


def _share(tenths: int) -> Text:
    """'4.8%' in English, CSV and JSON; '4,8%' in Polish."""
    return SHARE.format(whole=tenths // 10, tenth=tenths % 10)


def _allowance_period(period: str) -> str:
    """month, year or rolling:N as the rule says them (CSV, JSON, English); translated, the
    period's words ('miesiąc', '30 dni')."""
    if period in PERIODS:
        return PERIODS[period].text()
    kind, _, days = period.partition(":")
    if kind == "rolling" and days.isdigit():
        return Text(period, ROLLING.context, str(ROLLING), {"days": int(days)})
    return period


def discounts(
    rows: list[DiscountRow], by: Grouping, start: dt.date, end: dt.date, currency: str
) -> Table:
    def money(minor: int) -> Text:
        return _money(minor, currency)

    total = sum(r.discount for r in rows)
    keys = [by, "name", "sales", "refunds", "gross", "discount", "total"]
    return Table(
        title(by, start, end),
        keys,
        _headings(*keys),
        [
            [r.key, r.label, r.sales, r.refunds, money(r.gross), money(r.discount), money(r.total)]
            for r in rows
        ],
        frozenset({2, 3, 4, 5, 6}),
        [
            QT_TRANSLATE_NOOP(
                "Reports", "Discount granted {start} to {end}: {amount} {currency}"
            ).format(start=start, end=end, amount=Amount(total, currency), currency=currency)
        ],
        {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "by": by,
            "currency": currency,
            "discount": format_amount(total, currency),
        },
        hidden=frozenset({1}) if by == "day" else frozenset(),
    )


def allowance(uses: list[AllowanceUse], on: dt.date, currency: str) -> Table:
    def money(minor: int) -> Text:
        return _money(minor, currency)

    keys = ["employee", "name", "policy", "period", "limit", "used", "left", "share"]
    return Table(
        QT_TRANSLATE_NOOP("Reports", "Allowance use on {day}").format(day=on.isoformat()),
        keys,
        _headings(*keys),
        [
            [
                u.employee_no,
                u.name,
                u.policy,
                _allowance_period(u.period),
                money(u.limit),
                money(u.used),
                money(u.left),
                _share(u.share_tenths),
            ]
            for u in uses
        ],
        frozenset({4, 5, 6, 7}),
        [
            QT_TRANSLATE_NOOP(
                "Reports",
                "{employees} used allowance in the period holding {on}; together {amount} "
                "{currency}",
            ).format(
                employees=_counted(len(uses), "employee"),
                on=on,
                amount=Amount(sum(u.used for u in uses), currency),
                currency=currency,
            )
        ],
        {"on": on.isoformat(), "currency": currency},
    )


def overrides(
    supervisors: list[SupervisorOverrides],
    start: dt.date,
    end: dt.date,
    tz: ZoneInfo,
    currency: str,
) -> Table:
    def money(minor: int) -> str:
        return format_amount(minor, currency)

    rows: list[list[Cell]] = []
    for who in supervisors:
        for e in who.entries:
            rows.append(
                [
                    who.employee_no,
                    who.name,
                    e.at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                    e.till,
                    e.sale_id,
                    e.cashier_no or "",
                    e.customer_no or "",
                    _money(e.discount, currency),
                    e.reason,
                ]
            )
    keys = [
        "supervisor",
        "name",
        "at",
        "till",
        "sale_id",
        "cashier",
        "customer",
        "discount",
        "reason",
    ]
    return Table(
        title("overrides", start, end),
        keys,
        _headings(*keys),
        rows,
        frozenset({7}),
        [
            QT_TRANSLATE_NOOP(
                "Reports",
                "{name} ({employee}): {overrides}, discount {amount} {currency} net of refunds",
            ).format(
                name=who.name,
                employee=who.employee_no,
                overrides=_counted(who.count, "override"),
                amount=Amount(who.discount, currency),
                currency=currency,
            )
            for who in supervisors
        ],
        {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "currency": currency,
            "supervisors": [
                {
                    "employee_no": who.employee_no,
                    "name": who.name,
                    "overrides": who.count,
                    "discount": money(who.discount),
                }
                for who in supervisors
            ],
        },
    )


def cost_centres(rows: list[CostCentreRow], start: dt.date, end: dt.date, currency: str) -> Table:
    def money(minor: int) -> Text:
        return _money(minor, currency)

    total = sum(r.total for r in rows)
    keys = [
        "cost_centre",
        "department",
        "name",
        "orders",
        "refunds",
        "regular",
        "discount",
        "charge",
    ]
    return Table(
        title("cost-centres", start, end),
        keys,
        _headings(*keys),
        [
            [
                r.cost_centre,
                r.department,
                r.name,
                r.orders,
                r.refunds,
                money(r.gross),
                money(r.discount),
                money(r.total),
            ]
            for r in rows
        ],
        frozenset({3, 4, 5, 6, 7}),
        [
            QT_TRANSLATE_NOOP(
                "Reports", "To recharge {start} to {end}: {amount} {currency}"
            ).format(start=start, end=end, amount=Amount(total, currency), currency=currency)
        ],
        {"from": start.isoformat(), "to": end.isoformat(), "currency": currency},
    )


def flags(found: list[Flag], start: dt.date, end: dt.date, tz: ZoneInfo) -> Table:
    keys = ["kind", "subject", "first_at", "what", "detail", "sales", "sale_ids"]
    return Table(
        title("flags", start, end),
        keys,
        _headings(*keys),
        [
            [
                f.kind,
                f.subject,
                f.first_at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                f.title,
                f.detail,
                len(f.sale_ids),
                " ".join(f.sale_ids),
            ]
            for f in found
        ],
        frozenset({5}),
        [
            QT_TRANSLATE_NOOP("Reports", "{flags} {period}").format(
                flags=_counted(len(found), "flag"), period=_days(start, end)
            )
        ],
        {"from": start.isoformat(), "to": end.isoformat()},
    )


def close(day_close: DayClose, tz: ZoneInfo, currency: str) -> Table:
    def money(minor: int) -> Text:
        return _money(minor, currency)

    c = day_close
    rows: list[list[Cell]] = [
        [
            k.kind,
            CUSTOMERS[k.kind].text() if k.kind in CUSTOMERS else k.kind,
            k.sales,
            k.refunds,
            money(k.gross),
            money(k.discount),
            money(k.total),
        ]
        for k in c.kinds
    ]
    rows.append(
        [
            "all",
            CUSTOMERS["all"].text(),
            c.sales,
            c.refunds,
            money(c.gross),
            money(c.discount),
            money(c.total),
        ]
    )
    seqs = (
        QT_TRANSLATE_NOOP("Reports", "none").text()
        if c.first_seq is None
        else QT_TRANSLATE_NOOP("Reports", "{first} to {last}").format(
            first=c.first_seq, last=c.last_seq
        )
    )
    closed = c.at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    keys = ["kind", "name", "sales", "refunds", "gross", "discount", "total"]
    return Table(
        QT_TRANSLATE_NOOP("Reports", "Daily close {day}").format(day=c.day.isoformat()),
        keys,
        [HEADINGS["kind"].text(), CLOSE_NAME.text(), *_headings(*keys[2:])],
        rows,
        frozenset({2, 3, 4, 5, 6}),
        [
            QT_TRANSLATE_NOOP("Reports", "Refunds paid back: {amount} {currency}").format(
                amount=Amount(c.refunded, currency), currency=currency
            ),
            QT_TRANSLATE_NOOP("Reports", "Supervisor overrides: {count}").format(count=c.overrides),
            QT_TRANSLATE_NOOP("Reports", "Journal records of the day: {records}").format(
                records=seqs
            ),
            QT_TRANSLATE_NOOP("Reports", "Journal head at closing: {head}").format(head=c.head),
            QT_TRANSLATE_NOOP("Reports", "Close record: {hash}").format(hash=c.hash),
            QT_TRANSLATE_NOOP(
                "Reports",
                "Keep for checking the journal: head {hash}, {records} records, last "
                "sequence number {seq}",
            ).format(hash=c.hash, records=Count(c.records), seq=c.after_seq),
            QT_TRANSLATE_NOOP("Reports", "Closed {at} on till {till} by {actor}").format(
                at=closed, till=c.till, actor=c.actor
            ),
        ],
        {
            "day": c.day.isoformat(),
            "currency": currency,
            "closed_at": closed,
            "till": c.till,
            "actor": c.actor,
            "sales": c.sales,
            "refunds": c.refunds,
            "discount": format_amount(c.discount, currency),
            "total": format_amount(c.total, currency),
            "refunded": format_amount(c.refunded, currency),
            "overrides": c.overrides,
            "first_seq": c.first_seq,
            "last_seq": c.last_seq,
            "head": c.head,
            "hash": c.hash,
            "anchor": c.anchor,
        },
        hidden=frozenset({0}),
    )

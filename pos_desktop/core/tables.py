"""Reports as tables a person reads: the same rows for the terminal, CSV, JSON, the admin
window and PDF (the PDF is drawn by the user interface from `Table.html`)."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from html import escape
from typing import IO, Any
from zoneinfo import ZoneInfo

from pos_desktop.core.closing import KIND_WORDS, DayClose
from pos_desktop.core.flags import Flag
from pos_desktop.core.money import format_amount
from pos_desktop.core.reports import (
    AllowanceUse,
    CostCentreRow,
    DiscountRow,
    Grouping,
    SupervisorOverrides,
)
from pos_desktop.core.spreadsheet import neutralise
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Amount, Text

Cell = str | int


@dataclass
class Table:
    title: str
    keys: list[str]  # CSV header and JSON keys
    headings: list[str]  # column names for people
    rows: list[list[Cell]]
    numeric: frozenset[int] = frozenset()  # right-aligned, written to CSV as they are
    notes: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)  # what JSON adds to the rows

    def records(self) -> list[dict[str, Cell]]:
        return [dict(zip(self.keys, row, strict=True)) for row in self.rows]

    def json(self) -> dict[str, Any]:
        return {**self.data, "rows": self.records()}

    def text(self) -> str:
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

    def html(self) -> str:
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
        empty = "" if self.rows else "<p><i>Nothing in this period.</i></p>"
        return (
            f"<h2>{escape(self.title)}</h2>"
            "<table width=100% cellspacing=0 cellpadding=3 border=1 style='border-collapse:"
            f"collapse; border-color:#999'><tr bgcolor=#e8e8e8>{head}</tr>{body}</table>"
            f"{empty}{notes}"
        )


def counted(n: int, word: str) -> str:
    """'1 sale', '3 sales'."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


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


def _period(start: dt.date, end: dt.date) -> str:
    if start == end:
        return str(start)
    return QT_TRANSLATE_NOOP("Reports", "{start} to {end}").format(start=start, end=end)


def discounts(
    rows: list[DiscountRow], by: Grouping, start: dt.date, end: dt.date, currency: str
) -> Table:
    def money(minor: int) -> str:
        return format_amount(minor, currency)

    total = sum(r.discount for r in rows)
    return Table(
        f"Discounts by {by}, {_period(start, end)}",
        [by, "name", "sales", "refunds", "gross", "discount", "total"],
        [by.title(), "Name", "Sales", "Refunds", "Gross", "Discount", "Total"],
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
            "discount": money(total),
        },
    )


def allowance(uses: list[AllowanceUse], on: dt.date, currency: str) -> Table:
    def money(minor: int) -> str:
        return format_amount(minor, currency)

    return Table(
        f"Allowance use on {on}",
        ["employee", "name", "policy", "period", "limit", "used", "left", "share"],
        ["Employee", "Name", "Policy", "Period", "Limit", "Used", "Left", "Share of limit"],
        [
            [
                u.employee_no,
                u.name,
                u.policy,
                u.period,
                money(u.limit),
                money(u.used),
                money(u.left),
                f"{u.share_tenths // 10}.{u.share_tenths % 10}%",
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
                    money(e.discount),
                    e.reason,
                ]
            )
    return Table(
        f"Supervisor overrides, {_period(start, end)}",
        [
            "supervisor",
            "name",
            "at",
            "till",
            "sale_id",
            "cashier",
            "customer",
            "discount",
            "reason",
        ],
        ["Supervisor", "Name", "At", "Till", "Sale", "Cashier", "Customer", "Discount", "Reason"],
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
    def money(minor: int) -> str:
        return format_amount(minor, currency)

    total = sum(r.total for r in rows)
    return Table(
        f"Department orders by cost centre, {_period(start, end)}",
        ["cost_centre", "department", "name", "orders", "refunds", "regular", "discount", "charge"],
        [
            "Cost centre",
            "Department",
            "Name",
            "Orders",
            "Refunds",
            "At regular price",
            "Discount",
            "To recharge",
        ],
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
    return Table(
        f"Loss-prevention flags, {_period(start, end)}",
        ["kind", "subject", "first_at", "what", "detail", "sales", "sale_ids"],
        ["Kind", "Who", "First", "What", "Detail", "Sales", "Sale ids"],
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
                flags=_counted(len(found), "flag"), period=_period(start, end)
            )
        ],
        {"from": start.isoformat(), "to": end.isoformat()},
    )


def close(day_close: DayClose, tz: ZoneInfo, currency: str) -> Table:
    def money(minor: int) -> str:
        return format_amount(minor, currency)

    c = day_close
    rows: list[list[Cell]] = [
        [
            k.kind,
            KIND_WORDS.get(k.kind, k.kind),
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
            "All customers",
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
    return Table(
        f"Daily close {c.day}",
        ["kind", "name", "sales", "refunds", "gross", "discount", "total"],
        ["Kind", "Customers", "Sales", "Refunds", "Gross", "Discount", "Total"],
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
            "discount": money(c.discount),
            "total": money(c.total),
            "refunded": money(c.refunded),
            "overrides": c.overrides,
            "first_seq": c.first_seq,
            "last_seq": c.last_seq,
            "head": c.head,
            "hash": c.hash,
        },
    )

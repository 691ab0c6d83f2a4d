"""Reports as tables a person reads: the same rows for the terminal, CSV, JSON, the admin
window and PDF (the PDF is drawn by the user interface from `Table.html`), and the words every
report shares: its title, its column headings and how an amount, a share or a count is written.

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

from pos_desktop.core.money import Amount
from pos_desktop.core.spreadsheet import neutralise
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Template, Text

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
    "payroll": QT_TRANSLATE_NOOP("Reports", "Charges to payroll"),
    "recharge": QT_TRANSLATE_NOOP("Reports", "Recharge to group companies"),
    "recharge-sales": QT_TRANSLATE_NOOP("Reports", "Sales to recharge"),
}
# Column headings by column key, in every report (the daily close names its "name" column
# "Customers").
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
    "amount": QT_TRANSLATE_NOOP("Reports", "Amount"),
    "benefit": QT_TRANSLATE_NOOP("Reports", "Benefit"),
    "tax_free": QT_TRANSLATE_NOOP("Reports", "Tax-free"),
    "taxable": QT_TRANSLATE_NOOP("Reports", "Taxable"),
    "buyer": QT_TRANSLATE_NOOP("Reports", "Buyer"),
}
# A sale or a refund, as a worded cell or note.
SALE_KINDS = {
    "sale": QT_TRANSLATE_NOOP("Reports", "sale"),
    "refund": QT_TRANSLATE_NOOP("Reports", "refund"),
}
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
    # A word a person reads after each cell of a column, kept out of CSV and JSON (which
    # give it once): a statement's currency after each amount, '160,00 EUR'.
    units: dict[int, str] = field(default_factory=dict)

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
        """The table without its hidden columns and with its units after their cells, as the
        text and the PDF show it."""
        keep = [n for n in range(len(self.keys)) if n not in self.hidden]

        def cell(row: list[Cell], n: int) -> Cell:
            return f"{row[n]} {self.units[n]}" if n in self.units else row[n]

        return dataclasses.replace(
            self,
            keys=[self.keys[n] for n in keep],
            headings=[self.headings[n] for n in keep],
            rows=[[cell(row, n) for n in keep] for row in self.rows],
            numeric=frozenset(keep.index(n) for n in self.numeric if n in keep),
            hidden=frozenset(),
            units={},
        )

    def text(self) -> str:
        if self.hidden or self.units:
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
        if self.hidden or self.units:
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


def counted(n: int, word: str) -> Text:
    one, many = _COUNTED[word]
    return (one if n == 1 else many).format(count=n)


def days(start: dt.date, end: dt.date) -> str:
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
        report=TITLES[report].text(), period=days(start, end)
    )


def headings(*keys: str) -> list[str]:
    return [HEADINGS[key].text() for key in keys]


def money_cell(minor: int, currency: str) -> Text:
    return _AMOUNT.format(amount=Amount(minor, currency))


def share_cell(tenths: int) -> Text:
    """'4.8%' in English, CSV and JSON; '4,8%' in Polish."""
    return SHARE.format(whole=tenths // 10, tenth=tenths % 10)

"""The till's reports as tables (reports/table.py's `Table`): discounts by a grouping, allowance
use, supervisor overrides, department orders by cost centre, loss-prevention flags and the
daily close."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from pos_desktop.core.money import Amount, format_amount
from pos_desktop.core.reports.closing import DayClose
from pos_desktop.core.reports.figures import DiscountRow, Grouping
from pos_desktop.core.reports.flags import Flag
from pos_desktop.core.reports.oversight import AllowanceUse, CostCentreRow, SupervisorOverrides
from pos_desktop.core.reports.table import (
    HEADINGS,
    Cell,
    Table,
    counted,
    days,
    headings,
    money_cell,
    share_cell,
    title,
)
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Count, Text

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


def _allowance_period(period: str) -> str:
    """month, year or rolling:N as the rule says them (CSV, JSON, English); translated, the
    period's words ('miesiąc', '30 dni')."""
    if period in PERIODS:
        return PERIODS[period].text()
    kind, _, length = period.partition(":")
    if kind == "rolling" and length.isdigit():
        return Text(period, ROLLING.context, str(ROLLING), {"days": int(length)})
    return period


def discounts(
    rows: list[DiscountRow], by: Grouping, start: dt.date, end: dt.date, currency: str
) -> Table:
    def money(minor: int) -> Text:
        return money_cell(minor, currency)

    total = sum(r.discount for r in rows)
    keys = [by, "name", "sales", "refunds", "gross", "discount", "total"]
    return Table(
        title(by, start, end),
        keys,
        headings(*keys),
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
        return money_cell(minor, currency)

    keys = ["employee", "name", "policy", "period", "limit", "used", "left", "share"]
    return Table(
        QT_TRANSLATE_NOOP("Reports", "Allowance use on {day}").format(day=on.isoformat()),
        keys,
        headings(*keys),
        [
            [
                u.employee_no,
                u.name,
                u.policy,
                _allowance_period(u.period),
                money(u.limit),
                money(u.used),
                money(u.left),
                share_cell(u.share_tenths),
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
                employees=counted(len(uses), "employee"),
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
                    money_cell(e.discount, currency),
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
        headings(*keys),
        rows,
        frozenset({7}),
        [
            QT_TRANSLATE_NOOP(
                "Reports",
                "{name} ({employee}): {overrides}, discount {amount} {currency} net of refunds",
            ).format(
                name=who.name,
                employee=who.employee_no,
                overrides=counted(who.count, "override"),
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
        return money_cell(minor, currency)

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
        headings(*keys),
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
        headings(*keys),
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
                flags=counted(len(found), "flag"), period=days(start, end)
            )
        ],
        {"from": start.isoformat(), "to": end.isoformat()},
    )


def _close_notes(c: DayClose, closed: str, currency: str) -> list[str]:
    """The daily close's notes: what was paid back, the overrides, and what to keep for
    checking the journal later."""
    seqs = (
        QT_TRANSLATE_NOOP("Reports", "none").text()
        if c.first_seq is None
        else QT_TRANSLATE_NOOP("Reports", "{first} to {last}").format(
            first=c.first_seq, last=c.last_seq
        )
    )
    return [
        QT_TRANSLATE_NOOP("Reports", "Refunds paid back: {amount} {currency}").format(
            amount=Amount(c.refunded, currency), currency=currency
        ),
        QT_TRANSLATE_NOOP("Reports", "Supervisor overrides: {count}").format(count=c.overrides),
        QT_TRANSLATE_NOOP("Reports", "Journal records of the day: {records}").format(records=seqs),
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
    ]


def close(day_close: DayClose, tz: ZoneInfo, currency: str) -> Table:
    def money(minor: int) -> Text:
        return money_cell(minor, currency)

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
    closed = c.at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    keys = ["kind", "name", "sales", "refunds", "gross", "discount", "total"]
    return Table(
        QT_TRANSLATE_NOOP("Reports", "Daily close {day}").format(day=c.day.isoformat()),
        keys,
        [HEADINGS["kind"].text(), CLOSE_NAME.text(), *headings(*keys[2:])],
        rows,
        frozenset({2, 3, 4, 5, 6}),
        _close_notes(c, closed, currency),
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

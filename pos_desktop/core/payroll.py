"""Charge to payroll: a tender besides paying at the till.

An eligible employee of the own company, or their dependant on the employee's account, may
have a sale deducted from pay, within their policy's `payroll_limit` per period (net of
refunds). The tender is a field of the sale's chained journal record (`tender = "payroll"`); a
refund of a charged sale copies it and so credits the account. `close` records in the journal
that the charges up to a day went to payroll: a record of the chain beside the day closes, so
`journal verify` checks it; a closed period takes no more charges, and the next payroll report
starts after it.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from pos_desktop.core import clock, pins
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.errors import InputError
from pos_desktop.core.ledger import journal
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.ledger.hashchain import canonical_json
from pos_desktop.core.money import format_amount
from pos_desktop.core.policies import Allowance
from pos_desktop.core.registry import StaffRegistry
from pos_desktop.core.rules import Rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text
from pos_desktop.core.verdict import Verdict

TILL = "till"
PAYROLL = "payroll"
TENDERS = (TILL, PAYROLL)
# A payroll close is kept with the day closes (it is a record of the same chain); its `day`
# is this prefix and the last day it covers, which no store day can be.
CLOSE_PREFIX = "payroll:"
NOTHING = QT_TRANSLATE_NOOP("Payroll", "{problem}; nothing was recorded")


def _refuse(problem: Text) -> InputError:
    return InputError(NOTHING.format(problem=problem))


def check_payer(
    conn: sqlite3.Connection,
    rules: Rules,
    registry: StaffRegistry,
    verdict: Verdict,
    pin: str | None,
    at: dt.datetime,
) -> None:
    """Whether this buyer may charge at all (`check_buyer`, an open period), then their own
    PIN (for a dependant, their employee's) when the store asks for it: the one place a
    payer's PIN is checked, through the PIN lockout every PIN check shares. InputError when
    they may not, or the PIN is missing, wrong or locked. The connection must not be inside a
    transaction (a wrong PIN is counted in one of its own)."""
    check_buyer(conn, rules, verdict, at)
    _refuse_closed(conn, rules, at)
    if not rules.settings.payroll_pin or verdict.employee_no is None:
        return
    member = registry.require_member(verdict.employee_no)
    if not member.pin_hash:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Payroll",
                "{name} ({employee}) has no PIN yet, and a charge to payroll needs one; set it "
                "with 'staff set-pin {employee}'",
            ).format(name=member.name, employee=member.employee_no)
        )
    if pin is None or not pin.strip():
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Payroll", "a charge to payroll needs the PIN of {name} ({employee})"
            ).format(name=member.name, employee=member.employee_no)
        )
    pins.check_pin(
        conn,
        member,
        pin,
        badge=verdict.badge or member.employee_no,
        place="payroll_payer",
        till=rules.settings.till,
    )


def check_tender(tender: str) -> None:
    if tender not in TENDERS:
        raise InputError(
            QT_TRANSLATE_NOOP("Payroll", "--pay {tender} must be one of {choices}").format(
                tender=repr(tender), choices=", ".join(TENDERS)
            )
        )


@dataclass(frozen=True)
class PayrollRoom:
    """An employee's payroll limit in the period holding a moment."""

    limit: Allowance
    used: int

    @property
    def left(self) -> int:
        return max(0, self.limit.amount - self.used)


def used(
    conn: sqlite3.Connection, rules: Rules, employee_no: str, limit: Allowance, at: dt.datetime
) -> int:
    """What the employee (with their dependants) charged to payroll in the limit's period
    holding `at`, net of refunds (a refund counts in its sale's period)."""
    lower, upper = clock.period_bounds(limit.period, at, rules.settings.tz)
    row = conn.execute(
        "SELECT COALESCE(SUM(CASE kind WHEN 'sale' THEN total ELSE -total END), 0) FROM sales "
        "WHERE employee_no = ? AND tender = 'payroll' AND period_at >= ? AND period_at < ?",
        (employee_no, lower, upper),
    ).fetchone()
    return int(row[0])


def room(
    conn: sqlite3.Connection, rules: Rules, verdict: Verdict, at: dt.datetime
) -> PayrollRoom | None:
    """The buyer's payroll limit and what is used of it; None when their policy has none."""
    policy = verdict.policy
    if policy is None or policy.payroll_limit is None or verdict.employee_no is None:
        return None
    return PayrollRoom(
        policy.payroll_limit, used(conn, rules, verdict.employee_no, policy.payroll_limit, at)
    )


NOT_STAFF = QT_TRANSLATE_NOOP(
    "Payroll",
    "only the own company's employees and their dependants can charge to payroll; this buyer "
    "pays at the till",
)


def check_buyer(
    conn: sqlite3.Connection, rules: Rules, verdict: Verdict, at: dt.datetime
) -> PayrollRoom:
    """The buyer's payroll limit, or InputError when they may not charge to payroll at all:
    not an eligible employee of the own company or their dependant, or a policy without a
    payroll limit. The till asks this before it asks for the PIN."""
    holder = verdict.holder
    company = rules.companies.get(holder.company or "") if holder else None
    if (
        verdict.status != "internal"
        or verdict.kind not in ("employee", "dependant")
        or company is None
        or company.relation != "own"
        or verdict.employee_no is None
    ):
        raise _refuse(NOT_STAFF.text())
    if not verdict.eligible:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Payroll",
                "{name} is not eligible for the staff discount today, so cannot charge to "
                "payroll; pay at the till",
            ).format(name=holder.name if holder else verdict.employee_no)
        )
    limit_room = room(conn, rules, verdict, at)
    if limit_room is None:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Payroll", "policy {policy} sets no payroll limit, so its holders pay at the till"
            ).format(policy=verdict.policy.name if verdict.policy else "-")
        )
    return limit_room


def _refuse_closed(conn: sqlite3.Connection, rules: Rules, at: dt.datetime) -> None:
    through = closed_through(conn)
    day = at.astimezone(rules.settings.tz).date()
    if through is not None and day <= through:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Payroll", "payroll is closed through {day}; a charge must fall after it"
            ).format(day=through.isoformat())
        )


def authorise(
    conn: sqlite3.Connection,
    rules: Rules,
    verdict: Verdict,
    total: int,
    at: dt.datetime,
) -> None:
    """Refuse a charge to payroll that the buyer may not make (`check_buyer`), in a closed
    period, or past the limit (saying what is left). The caller holds the write transaction
    and has checked the payer's PIN (`check_payer`) before it."""
    limit_room = check_buyer(conn, rules, verdict, at)
    _refuse_closed(conn, rules, at)
    if total > limit_room.left:
        currency = rules.settings.currency
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Payroll",
                "{amount} {currency} is past the payroll limit of {limit} {currency} {period}; "
                "{left} {currency} is left",
            ).format(
                amount=format_amount(total, currency),
                currency=currency,
                limit=format_amount(limit_room.limit.amount, currency),
                period=clock.period_words(limit_room.limit.period),
                left=format_amount(limit_room.left, currency),
            )
        )


def refuse_closed_refund(
    conn: sqlite3.Connection, rules: Rules, original: sqlite3.Row, at: dt.datetime
) -> None:
    """A refund of a charged sale credits the account in an open period, never a closed one."""
    if original["tender"] != PAYROLL:
        return
    through = closed_through(conn)
    if through is not None and at.astimezone(rules.settings.tz).date() <= through:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Payroll", "payroll is closed through {day}; a refund to payroll must fall after it"
            ).format(day=through.isoformat())
        )


# Closing


@dataclass(frozen=True)
class PayrollClose:
    through: dt.date
    at: dt.datetime
    actor: str
    employees: int
    amount: int
    hash: str


def closed_through(conn: sqlite3.Connection) -> dt.date | None:
    """The last day payroll has been closed through, or None."""
    row = conn.execute(
        "SELECT day FROM day_closes WHERE day LIKE ? ORDER BY seq DESC LIMIT 1",
        (CLOSE_PREFIX + "%",),
    ).fetchone()
    return dt.date.fromisoformat(row[0].removeprefix(CLOSE_PREFIX)) if row else None


def close(
    conn: sqlite3.Connection, rules: Rules, through: dt.date, *, actor: str, at: dt.datetime
) -> PayrollClose:
    """Record in the journal that the charges up to `through` (store-local, included) went
    to payroll: each employee's open amount, chained after the journal's head."""
    tz = rules.settings.tz
    today = at.astimezone(tz).date()
    if through >= today:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Payroll",
                "--through {day} is not over yet (today is {today}); close payroll through a "
                "past day; nothing was closed",
            ).format(day=through.isoformat(), today=today.isoformat())
        )
    with write_transaction(conn):
        before = closed_through(conn)
        if before is not None and through <= before:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Payroll",
                    "payroll is already closed through {day}; close through a later day; "
                    "nothing was closed",
                ).format(day=before.isoformat())
            )
        amounts = open_amounts(conn, rules, through)
        after = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM sales").fetchone()[0]
        figures = {
            "currency": rules.settings.currency,
            "from": None if before is None else (before + dt.timedelta(days=1)).isoformat(),
            "through": through.isoformat(),
            "employees": amounts,
        }
        digest = journal.append_close(
            conn,
            {
                "day": CLOSE_PREFIX + through.isoformat(),
                "at": clock.stamp(at),
                "till": rules.settings.till,
                "actor": actor,
                "after_seq": after,
                "first_seq": None,
                "last_seq": None,
                "figures": canonical_json(figures),
            },
        )
        record_audit(
            conn,
            till=rules.settings.till,
            actor=actor,
            action="payroll.close",
            subject=through.isoformat(),
            after={"employees": len(amounts), "amount": sum(amounts.values())},
            at=clock.stamp(at),
        )
    return PayrollClose(through, at, actor, len(amounts), sum(amounts.values()), digest)


def open_amounts(
    conn: sqlite3.Connection, rules: Rules, through: dt.date | None = None
) -> dict[str, int]:
    """Per employee, the charges to payroll not yet closed (up to `through`, included, when
    given), net of refunds; employees whose amount is zero are left out."""
    tz = rules.settings.tz
    before = closed_through(conn)
    lower = clock.stamp(clock.local_midnight(before + dt.timedelta(days=1), tz)) if before else ""
    upper = (
        clock.stamp(clock.local_midnight(through + dt.timedelta(days=1), tz)) if through else "9999"
    )
    return {
        row[0]: int(row[1])
        for row in conn.execute(
            "SELECT employee_no, SUM(CASE kind WHEN 'sale' THEN total ELSE -total END) "
            "FROM sales WHERE tender = 'payroll' AND at >= ? AND at < ? "
            "GROUP BY employee_no HAVING SUM(CASE kind WHEN 'sale' THEN total ELSE -total END) "
            "!= 0 ORDER BY employee_no",
            (lower, upper),
        )
    }


def closes(conn: sqlite3.Connection) -> list[PayrollClose]:
    """Every payroll close, oldest first."""
    result = []
    for row in conn.execute(
        "SELECT day, at, actor, figures, hash FROM day_closes WHERE day LIKE ? ORDER BY seq",
        (CLOSE_PREFIX + "%",),
    ):
        amounts = json.loads(row["figures"])["employees"]
        result.append(
            PayrollClose(
                dt.date.fromisoformat(row["day"].removeprefix(CLOSE_PREFIX)),
                clock.parse_stamp(row["at"]),
                row["actor"],
                len(amounts),
                sum(amounts.values()),
                row["hash"],
            )
        )
    return result

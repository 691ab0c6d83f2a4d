"""Loss-prevention flags: patterns in the journal worth a look, each linked to its sales.

A flag is a question for a person, not a verdict: it names what was seen, who, and the sales
to open (its words are reports/flag_words.py's). The thresholds are the store's to tune; the
defaults (in `Thresholds`) are:

* the same badge on two different tills within 10 minutes;
* any sale to a badge that scanned as BLOCKED (lost or revoked badge, suspended or departed
  holder) and was rung anyway;
* any sale whose customer was replaced after a badge scanned BLOCKED, or whose employee's
  basket was moved to a department's at-cost terms (approved by a supervisor or not);
* a cashier ringing their own (or their dependant's) purchase 3 or more times in the period,
  with or without a supervisor's approval;
* a supervisor with at least 5 overrides and more than 3 times the average of the other
  supervisors (every active supervisor or admin counts, those with none as 0);
* a cashier with at least 20 sales whose share of discounted sales is 30 percentage points
  or more above the store's;
* a person whose PIN was typed wrong 3 or more times (override, till or admin sign-in), or
  was locked;
* any sale or refund entered more than 15 minutes after the moment it claims (backdated).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from pos_desktop.core import clock
from pos_desktop.core.errors import InputError
from pos_desktop.core.reports import flag_words as words
from pos_desktop.core.reports.figures import Period
from pos_desktop.core.rules import Rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP

KINDS = (
    "two_tills",
    "blocked_badge",
    "blocked_then_switched",
    "blocked_then_cleared",
    "switched_to_department",
    "self_purchase",
    "overrides",
    "discount_share",
    "pin_failures",
    "backdated",
)


@dataclass(frozen=True)
class Thresholds:
    badge_minutes: int = 10
    self_purchases: int = 3
    override_min: int = 5
    override_factor: int = 3
    cashier_min_sales: int = 20
    cashier_points: int = 30
    pin_failures: int = 3

    def __post_init__(self) -> None:
        for name, value in self.__dict__.items():
            if not 1 <= value <= 100_000:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Flags", "flag threshold {name} must be a whole number from 1, not {value}"
                    ).format(name=name, value=value)
                )
        if self.cashier_points > 100:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Flags", "flag threshold cashier_points is a share: at most 100"
                ).text()
            )


@dataclass(frozen=True)
class Flag:
    kind: str  # one of KINDS
    subject: str  # the badge or the employee number it is about
    title: str
    detail: str
    sale_ids: tuple[str, ...]
    first_at: dt.datetime


def find(
    conn: sqlite3.Connection,
    rules: Rules,
    start: dt.date,
    end: dt.date,
    thresholds: Thresholds | None = None,
) -> list[Flag]:
    """Every flag raised by the sales between two store-local dates, oldest first."""
    limits = thresholds or Thresholds()
    period = Period.of(rules, start, end)
    names = _Names(conn)
    found = [
        *_two_tills(conn, period, limits, names),
        *_blocked(conn, period, names),
        *_switched(conn, period, names),
        *_cleared(conn, period, names),
        *_self_purchases(conn, period, limits, names),
        *_overrides(conn, period, limits, names),
        *_discount_share(conn, period, limits, names),
        *_pin_failures(conn, period, limits, names),
        *_backdated(conn, period, names, rules),
    ]
    return sorted(found, key=lambda f: (f.first_at, f.kind, f.subject))


class _Names:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.known: dict[str, str] = {}

    def __call__(self, employee_no: str | None) -> str:
        if employee_no is None:
            return "someone unknown"
        if employee_no not in self.known:
            row = self.conn.execute(
                "SELECT name FROM staff WHERE employee_no = ?", (employee_no,)
            ).fetchone()
            self.known[employee_no] = f"{row[0]} ({employee_no})" if row else employee_no
        return self.known[employee_no]


def _two_tills(
    conn: sqlite3.Connection, period: Period, limits: Thresholds, names: _Names
) -> list[Flag]:
    window = dt.timedelta(minutes=limits.badge_minutes)
    flags: list[Flag] = []
    cluster: list[sqlite3.Row] = []

    def close() -> None:
        if len({r["till"] for r in cluster}) > 1:
            first = cluster[0]
            tills = ", ".join(sorted({r["till"] for r in cluster}))
            flags.append(
                Flag(
                    "two_tills",
                    first["customer_badge"],
                    words.title("two_tills"),
                    words.two_tills(
                        first["customer_badge"],
                        names(first["employee_no"]),
                        tills,
                        limits.badge_minutes,
                    ),
                    tuple(r["id"] for r in cluster),
                    clock.parse_stamp(first["at"]),
                )
            )
        cluster.clear()

    for row in conn.execute(
        "SELECT id, at, till, customer_badge, employee_no FROM sales WHERE kind = 'sale' "
        "AND customer_badge IS NOT NULL AND at >= ? AND at < ? ORDER BY customer_badge, at",
        (period.lower, period.upper),
    ):
        if cluster and (
            row["customer_badge"] != cluster[-1]["customer_badge"]
            or clock.parse_stamp(row["at"]) - clock.parse_stamp(cluster[-1]["at"]) > window
        ):
            close()
        cluster.append(row)
    close()
    return flags


def _blocked(conn: sqlite3.Connection, period: Period, names: _Names) -> list[Flag]:
    sales: dict[str, list[sqlite3.Row]] = {}
    for row in conn.execute(
        "SELECT id, at, customer_badge, employee_no, cashier_no FROM sales WHERE kind = 'sale' "
        "AND customer_status = 'blocked' AND at >= ? AND at < ? ORDER BY at",
        (period.lower, period.upper),
    ):
        sales.setdefault(row["customer_badge"], []).append(row)
    flags = []
    for badge, rows in sales.items():
        cashiers = ", ".join(sorted({names(r["cashier_no"]) for r in rows}))
        flags.append(
            Flag(
                "blocked_badge",
                badge,
                words.title("blocked_badge"),
                words.blocked(badge, names(rows[0]["employee_no"]), len(rows), cashiers),
                tuple(r["id"] for r in rows),
                clock.parse_stamp(rows[0]["at"]),
            )
        )
    return flags


def _switched(conn: sqlite3.Connection, period: Period, names: _Names) -> list[Flag]:
    """Sales whose customer was switched at the till (see TillSession.set_customer)."""
    flags = []
    for row in conn.execute(
        "SELECT at, subject, before, after FROM audit WHERE action = 'customer.switch' "
        "AND at >= ? AND at < ? ORDER BY seq",
        (period.lower, period.upper),
    ):
        before = json.loads(row["before"])["v"]
        after = json.loads(row["after"])["v"]
        first, then = _badge_holder(conn, before["badge"]), _badge_holder(conn, after["badge"])
        approver = names(after["approved_by"]) if after["approved_by"] else None
        after_blocked = after["kind"] == "after_blocked"
        kind = "blocked_then_switched" if after_blocked else "switched_to_department"
        flags.append(
            Flag(
                kind,
                before["badge"],
                words.title(kind),
                words.switched(
                    after_blocked,
                    before["badge"],
                    first,
                    after["badge"],
                    then,
                    names(after["cashier"]),
                    words.approval(approver, after["reason"]),
                ),
                (row["subject"],),
                clock.parse_stamp(row["at"]),
            )
        )
    return flags


def _cleared(conn: sqlite3.Connection, period: Period, names: _Names) -> list[Flag]:
    """Baskets a BLOCKED badge scanned for, cleared unsold (see TillSession.new_sale): with
    the sale that followed on that till, the way around the supervisor a switch needs."""
    flags = []
    for row in conn.execute(
        "SELECT at, actor, subject, after FROM audit "
        "WHERE action = 'basket.cleared_after_blocked' AND at >= ? AND at < ? ORDER BY seq",
        (period.lower, period.upper),
    ):
        after = json.loads(row["after"])["v"]
        flags.append(
            Flag(
                "blocked_then_cleared",
                row["subject"],
                words.title("blocked_then_cleared"),
                words.cleared(
                    row["subject"],
                    _badge_holder(conn, row["subject"]),
                    after["lines"],
                    names(row["actor"]),
                ),
                (),
                clock.parse_stamp(row["at"]),
            )
        )
    return flags


def _badge_holder(conn: sqlite3.Connection, badge: str) -> str:
    """Who holds a badge, in a few words: a staff member, a dependant or a department."""
    row = conn.execute(
        "SELECT COALESCE(s.name, d.name, dep.name, ?) FROM badges b "
        "LEFT JOIN staff s ON b.holder_type = 'staff' AND s.employee_no = b.holder_id "
        "LEFT JOIN dependants d ON b.holder_type = 'dependant' AND d.dependant_no = b.holder_id "
        "LEFT JOIN departments dep ON b.holder_type = 'department' AND dep.code = b.holder_id "
        "WHERE b.code = ?",
        (badge, badge),
    ).fetchone()
    return str(row[0]) if row else badge


def _self_purchases(
    conn: sqlite3.Connection, period: Period, limits: Thresholds, names: _Names
) -> list[Flag]:
    sales: dict[str, list[sqlite3.Row]] = {}
    for row in conn.execute(
        "SELECT id, at, cashier_no, override_by FROM sales WHERE kind = 'sale' "
        "AND cashier_no IS NOT NULL AND cashier_no = employee_no AND at >= ? AND at < ? "
        "ORDER BY at",
        (period.lower, period.upper),
    ):
        sales.setdefault(row["cashier_no"], []).append(row)
    flags = []
    for cashier, rows in sales.items():
        if len(rows) < limits.self_purchases:
            continue
        approved = sum(1 for r in rows if r["override_by"])
        flags.append(
            Flag(
                "self_purchase",
                cashier,
                words.title("self_purchase"),
                words.self_purchase(names(cashier), len(rows), approved),
                tuple(r["id"] for r in rows),
                clock.parse_stamp(rows[0]["at"]),
            )
        )
    return flags


def _overrides(
    conn: sqlite3.Connection, period: Period, limits: Thresholds, names: _Names
) -> list[Flag]:
    sales: dict[str, list[sqlite3.Row]] = {}
    for row in conn.execute(
        "SELECT id, at, override_by FROM sales WHERE kind = 'sale' AND override_by IS NOT NULL "
        "AND at >= ? AND at < ? ORDER BY at",
        (period.lower, period.upper),
    ):
        sales.setdefault(row["override_by"], []).append(row)
    supervisors = {
        row[0]
        for row in conn.execute(
            "SELECT employee_no FROM staff WHERE role IN ('supervisor', 'admin') "
            "AND status = 'active'"
        )
    } | set(sales)
    flags = []
    for supervisor, rows in sales.items():
        others = len(supervisors) - 1
        if len(rows) < limits.override_min or others == 0:
            continue
        others_total = sum(len(r) for who, r in sales.items() if who != supervisor)
        # count > factor x (others_total / others), kept in whole numbers
        if len(rows) * others <= limits.override_factor * others_total:
            continue
        tenths = (others_total * 10 + others // 2) // others
        average = f"{tenths // 10}.{tenths % 10}"
        flags.append(
            Flag(
                "overrides",
                supervisor,
                words.title("overrides"),
                words.overrides(names(supervisor), len(rows), others, average),
                tuple(r["id"] for r in rows),
                clock.parse_stamp(rows[0]["at"]),
            )
        )
    return flags


def _discount_share(
    conn: sqlite3.Connection, period: Period, limits: Thresholds, names: _Names
) -> list[Flag]:
    counts = conn.execute(
        "SELECT cashier_no, COUNT(*), SUM(discount > 0) FROM sales WHERE kind = 'sale' "
        "AND cashier_no IS NOT NULL AND at >= ? AND at < ? GROUP BY cashier_no",
        (period.lower, period.upper),
    ).fetchall()
    store_sales = sum(r[1] for r in counts)
    store_discounted = sum(r[2] for r in counts)
    flags = []
    for cashier, sold, discounted in counts:
        if sold < limits.cashier_min_sales:
            continue
        # discounted / sold - store_discounted / store_sales >= points / 100, in integers
        gap = 100 * (discounted * store_sales - store_discounted * sold)
        if gap < limits.cashier_points * sold * store_sales:
            continue
        rows = conn.execute(
            "SELECT id, at FROM sales WHERE kind = 'sale' AND cashier_no = ? AND discount > 0 "
            "AND at >= ? AND at < ? ORDER BY at",
            (cashier, period.lower, period.upper),
        ).fetchall()
        flags.append(
            Flag(
                "discount_share",
                cashier,
                words.title("discount_share"),
                words.discount_share(
                    names(cashier),
                    words.percent(discounted, sold),
                    sold,
                    words.percent(store_discounted, store_sales),
                ),
                tuple(r["id"] for r in rows),
                clock.parse_stamp(rows[0]["at"]),
            )
        )
    return flags


def _pin_failures(
    conn: sqlite3.Connection, period: Period, limits: Thresholds, names: _Names
) -> list[Flag]:
    """Wrong PINs from the audit log (core/pins.py), per person whose PIN it is."""
    found: dict[str, list[sqlite3.Row]] = {}
    for row in conn.execute(
        "SELECT at, action, subject, json_extract(after, '$.v.employee_no') AS holder, "
        "json_extract(after, '$.v.place') AS place, "
        "json_extract(after, '$.v.locked') AS refused_locked FROM audit "
        "WHERE action IN ('pin.failed', 'pin.locked') AND at >= ? AND at < ? ORDER BY seq",
        (period.lower, period.upper),
    ):
        found.setdefault(str(row["holder"]), []).append(row)
    flags = []
    for holder, rows in found.items():
        # A PIN refused because it was locked was not checked: it may have been the right one.
        failures = [r for r in rows if r["action"] == "pin.failed" and not r["refused_locked"]]
        locks = sum(1 for r in rows if r["action"] == "pin.locked")
        if len(failures) < limits.pin_failures and not locks:
            continue
        places = ", ".join(sorted({words.place(str(r["place"])) for r in rows}))
        badges = ", ".join(sorted({str(r["subject"]) for r in rows}))
        flags.append(
            Flag(
                "pin_failures",
                holder,
                words.title("pin_failures"),
                words.pin_failures(names(holder), len(failures), locks, badges, places),
                (),
                clock.parse_stamp(rows[0]["at"]),
            )
        )
    return flags


def _backdated(conn: sqlite3.Connection, period: Period, names: _Names, rules: Rules) -> list[Flag]:
    def local(stamp: str) -> str:
        return clock.parse_stamp(stamp).astimezone(rules.settings.tz).strftime("%Y-%m-%d %H:%M")

    flags = []
    for row in conn.execute(
        "SELECT id, kind, at, backdated, cashier_no FROM sales WHERE backdated IS NOT NULL "
        "AND at >= ? AND at < ? ORDER BY at",
        (period.lower, period.upper),
    ):
        flags.append(
            Flag(
                "backdated",
                row["cashier_no"] or "-",
                words.title("backdated"),
                words.backdated(
                    row["kind"], local(row["at"]), local(row["backdated"]), names(row["cashier_no"])
                ),
                (row["id"],),
                clock.parse_stamp(row["at"]),
            )
        )
    return flags

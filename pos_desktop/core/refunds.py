"""Refunds: finding a sale again (by its id or the receipt's refund code), what of it can still
be refunded, and recording a refund, with a supervisor's approval above the store's limit.

`Checkout.find_sale`, `Checkout.refundable` and `Checkout.refund` hand their work to these
functions; the checkout keeps the sign-in (the supervisor's PIN) and the moment of entry.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace

from pos_desktop.core import clock, payroll
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.errors import InputError
from pos_desktop.core.ledger import journal
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.money import Amount, LineTotals, share
from pos_desktop.core.registry import StaffMember
from pos_desktop.core.rules import Rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP

IS_REFUND = QT_TRANSLATE_NOOP("Checkout", "{sale} is a refund; refund the original sale instead")
REFUND_CODE_LENGTH = 8  # the receipt's short code: the last characters of the sale id
_REFUND_CODE = re.compile(r"[0-9A-Fa-f]{8}")


@dataclass(frozen=True)
class RefundLine:
    line_no: int
    sku: str | None
    name: str
    qty: int
    gross: int
    discount: int

    @property
    def total(self) -> int:
        return self.gross - self.discount


@dataclass(frozen=True)
class Refund(LineTotals):
    refund_id: str
    sale_id: str
    lines: list[RefundLine]
    approved_by: str | None = None  # the supervisor's name, above the store's limit


@dataclass(frozen=True)
class RefundableLine:
    """A line of a sale as a refund sees it: what was sold and paid, what is refunded."""

    line_no: int
    name: str
    unit_price: int
    sold: int
    left: int
    discount: int = 0  # the line's whole discount
    refunded: int = 0  # units refunded before
    refunded_discount: int = 0

    @property
    def paid(self) -> int:
        """What the customer paid for the whole line, after its discount."""
        return self.unit_price * self.sold - self.discount

    @property
    def paid_back(self) -> int:
        """What the refunds before this one paid back for the line."""
        return self.unit_price * self.refunded - self.refunded_discount

    def back(self, qty: int) -> int:
        """What refunding `qty` more units pays back, to the minor unit as `refund` counts."""
        if qty <= 0:
            return 0
        through = share(self.discount, self.refunded + qty, self.sold)
        return self.unit_price * qty - (through - self.refunded_discount)


def refund_code(sale_id: str) -> str:
    """The short code a receipt prints for finding the sale again at a refund."""
    return sale_id.replace("-", "")[-REFUND_CODE_LENGTH:].upper()


def _refund_lines(
    sold: dict[int, sqlite3.Row],
    done: dict[int, tuple[int, int, int]],
    wanted: list[tuple[int, int | None]],
    sale_id: str,
) -> list[RefundLine]:
    result: list[RefundLine] = []
    seen: set[int] = set()
    for line_no, qty in wanted:
        if line_no not in sold:
            raise InputError(
                QT_TRANSLATE_NOOP("Checkout", "sale {sale} has no line {line}").format(
                    sale=sale_id, line=line_no
                )
            )
        if line_no in seen:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Checkout", "line {line} is named twice; give it once with its quantity"
                ).format(line=line_no)
            )
        seen.add(line_no)
        row = sold[line_no]
        qty_before, _, discount_before = done.get(line_no, (0, 0, 0))
        left = row["qty"] - qty_before
        if qty is None:
            qty = left
            if qty == 0:
                continue
        if qty <= 0:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Checkout", "quantity to refund on line {line} must be at least 1"
                ).format(line=line_no)
            )
        if qty > left:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Checkout", "line {line} has only {left} left to refund, not {qty}"
                ).format(line=line_no, left=left, qty=qty)
            )
        # Pro rata, rounded on the running total so that refunding every unit returns the
        # line's whole discount to the minor unit.
        discount_through = share(row["discount"], qty_before + qty, row["qty"])
        result.append(
            RefundLine(
                line_no,
                row["sku"],
                row["name"],
                qty,
                row["unit_price"] * qty,
                discount_through - discount_before,
            )
        )
    return result


def _refund_line_record(sold: dict[int, sqlite3.Row], refund: RefundLine) -> dict[str, object]:
    row = sold[refund.line_no]
    return {
        "line_no": refund.line_no,
        "sku": row["sku"],
        "name": row["name"],
        "category": row["category"],
        "qty": refund.qty,
        "unit_price": row["unit_price"],
        "cost": row["cost"],
        "gross": refund.gross,
        "discount": refund.discount,
        "total": refund.total,
        "rule": f"refund of line {refund.line_no}",
    }


def find_sale(conn: sqlite3.Connection, text: str) -> sqlite3.Row:
    """A sale by its id, or by the refund code printed on the receipt (its last characters)."""
    wanted = text.strip()
    row = journal.sale_row(conn, wanted.lower())
    if row is None and _REFUND_CODE.fullmatch(wanted):
        matches = conn.execute(
            "SELECT * FROM sales WHERE kind = 'sale' AND substr(replace(id, '-', ''), ?) = ? "
            "LIMIT 2",
            (-REFUND_CODE_LENGTH, wanted.lower()),
        ).fetchall()
        row = matches[0] if len(matches) == 1 else None
    if row is None:
        _refuse_other_tills_sale(conn, wanted)
        raise InputError(
            QT_TRANSLATE_NOOP("Checkout", "there is no sale {sale} in the journal").format(
                sale=repr(text.strip())
            )
        )
    return row


def _refuse_other_tills_sale(conn: sqlite3.Connection, wanted: str) -> None:
    """A till of a chain knows another till's staff sale only as the allowance it used
    (not its lines, nor every refund of it): such a sale is refunded where it was made, so
    it can never be refunded twice, and the allowance comes back on every till at their
    next sync."""
    code = wanted.lower() if _REFUND_CODE.fullmatch(wanted) else None
    remote = conn.execute(
        "SELECT id FROM remote_sales WHERE allowance_delta > 0 AND (id = ? OR "
        "substr(replace(id, '-', ''), ?) = ?) LIMIT 2",
        (wanted.lower(), -REFUND_CODE_LENGTH, code),
    ).fetchall()
    if len(remote) == 1:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Checkout",
                "sale {sale} was made at another till of the chain; refund it at that till "
                "(it keeps the sale's lines and refunds), and the allowance comes back on "
                "every till at their next sync",
            ).format(sale=repr(wanted))
        )


def refundable(conn: sqlite3.Connection, sale_id: str) -> tuple[str, list[RefundableLine]]:
    """The sale's full id and, per line, what was sold and what can still be refunded."""
    sale = find_sale(conn, sale_id)
    if sale["kind"] != "sale":
        raise InputError(IS_REFUND.format(sale=sale_id))
    done = journal.refunded_so_far(conn, sale["id"])
    return sale["id"], [
        RefundableLine(
            row["line_no"],
            row["name"],
            row["unit_price"],
            row["qty"],
            row["qty"] - done.get(row["line_no"], (0, 0, 0))[0],
            row["discount"],
            done.get(row["line_no"], (0, 0, 0))[0],
            done.get(row["line_no"], (0, 0, 0))[2],
        )
        for row in journal.line_rows(conn, sale["id"])
    ]


def record(
    conn: sqlite3.Connection,
    rules: Rules,
    sale_id: str,
    lines: list[tuple[int, int | None]] | None,
    *,
    cashier: StaffMember | None,
    moment: dt.datetime,
    backdated: str | None,
    approval_above: int | None,
    reason: str | None,
    approve: Callable[[], StaffMember],
) -> Refund:
    """Record a refund of a whole sale, or of (line number, quantity or None for all) pairs of
    it, entered at `moment`. Above `approval_above` a supervisor approves: `reason` is theirs
    (None when no supervisor came) and `approve` checks them; refused, nothing is recorded."""
    from pos_desktop.core.reports import closing

    with write_transaction(conn):
        closing.refuse_if_closed(conn, rules, moment)
        original = _refundable_sale(conn, rules, sale_id, moment)
        sold = {row["line_no"]: row for row in journal.line_rows(conn, original["id"])}
        done = journal.refunded_so_far(conn, original["id"])
        if lines is not None and not lines:
            raise InputError(
                QT_TRANSLATE_NOOP("Checkout", "choose at least one line to refund").text()
            )
        wanted: list[tuple[int, int | None]] = (
            lines if lines is not None else [(n, None) for n in sold]
        )
        refund_lines = _refund_lines(sold, done, wanted, sale_id)
        if not refund_lines:
            raise InputError(
                QT_TRANSLATE_NOOP("Checkout", "sale {sale} is already fully refunded").format(
                    sale=sale_id
                )
            )
        refund = Refund(journal.new_record_id(), original["id"], refund_lines)
        supervisor = None
        # The sale's refunds together: two refunds under the limit pay back no more
        # without a supervisor than one above it.
        (earlier,) = conn.execute(
            "SELECT COALESCE(SUM(total), 0) FROM sales WHERE refund_of = ? AND kind = 'refund'",
            (original["id"],),
        ).fetchone()
        if approval_above is not None and earlier + refund.total > approval_above:
            supervisor = _approval(rules, refund, reason, approval_above, approve, earlier)
        record = _refund_record(original, refund, rules.settings.till, cashier, moment)
        journal.append(
            conn,
            record | {"backdated": backdated},
            [_refund_line_record(sold, r) for r in refund_lines],
        )
        if supervisor is not None and reason is not None:
            record_audit(
                conn,
                till=rules.settings.till,
                actor=supervisor.employee_no,
                action="refund.approve",
                subject=refund.refund_id,
                after={
                    "sale": original["id"],
                    "total": refund.total,
                    "cashier": cashier.employee_no if cashier else None,
                    "reason": reason.strip(),
                },
                at=clock.stamp(moment),
            )
    return replace(refund, approved_by=supervisor.name if supervisor else None)


def _refundable_sale(
    conn: sqlite3.Connection, rules: Rules, sale_id: str, moment: dt.datetime
) -> sqlite3.Row:
    """The sale a refund entered at `moment` pays back: a sale (not a refund), made before
    that moment, whose payroll month is still open."""
    original = find_sale(conn, sale_id)
    if original["kind"] != "sale":
        raise InputError(IS_REFUND.format(sale=sale_id))
    sold_at = clock.parse_stamp(original["at"])
    if moment < sold_at - clock.AT_SLACK:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Checkout",
                "a refund cannot be dated before its sale, sold {when}; nothing was recorded",
            ).format(when=sold_at.astimezone(rules.settings.tz).strftime("%Y-%m-%d %H:%M"))
        )
    payroll.refuse_closed_refund(conn, rules, original, moment)
    return original


def _refund_record(
    original: sqlite3.Row,
    refund: Refund,
    till: str,
    cashier: StaffMember | None,
    moment: dt.datetime,
) -> dict[str, object]:
    """The journal record of a refund: the sale's customer and terms, the refund's amounts."""
    # A refund of a sale charged to payroll credits the account: it keeps the tender.
    record = {name: original[name] for name in (*journal.SALE_FIELDS, "tender")}
    record.update(
        id=refund.refund_id,
        kind="refund",
        refund_of=original["id"],
        till=till,
        at=clock.stamp(moment),
        cashier_no=cashier.employee_no if cashier else None,
        subtotal=refund.subtotal,
        discount=refund.discount,
        total=refund.total,
        allowance_delta=-refund.discount if original["allowance_delta"] else 0,
        override_by=None,
        override_reason=None,
    )
    return record


def _approval(
    rules: Rules,
    refund: Refund,
    reason: str | None,
    above: int,
    approve: Callable[[], StaffMember],
    earlier: int = 0,
) -> StaffMember:
    currency = rules.settings.currency
    if reason is None and earlier:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Checkout",
                "with {earlier} refunded before, this sale's refunds come to {total}, above "
                "{above}: a supervisor approves it",
            ).format(
                earlier=Amount(earlier, currency),
                total=Amount(earlier + refund.total, currency),
                above=Amount(above, currency),
            )
        )
    if reason is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Checkout", "a refund of {total} is above {above}: a supervisor approves it"
            ).format(total=Amount(refund.total, currency), above=Amount(above, currency))
        )
    if not reason.strip():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Checkout", "a supervisor override needs a reason; nothing was recorded"
            ).text()
        )
    return approve()

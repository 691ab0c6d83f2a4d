"""What a receipt says, whatever prints it: the store, each line with its discount and why,
the totals, the staff allowance left, a supervisor's approval, and the sale id with its
refund code. Built from a sale just made or, for a reprint, from the journal."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from pos_desktop.core import clock
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.errors import InputError
from pos_desktop.core.ledger import journal
from pos_desktop.core.money import Amount, LineTotals, format_amount
from pos_desktop.core.payroll import PAYROLL
from pos_desktop.core.pricing import line_reason
from pos_desktop.core.refunds import Refund, refund_code
from pos_desktop.core.rules import StoreSettings
from pos_desktop.core.sale import Sale
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Template, Text

# Characters per line in font A (12 dots wide) on a 203 dpi head: 48 mm and 72 mm printable.
COLUMNS = {58: 32, 80: 48}


@dataclass(frozen=True)
class ReceiptLine:
    name: str
    qty: int
    unit_price: int
    gross: int
    discount: int
    rule: str


@dataclass(frozen=True)
class Receipt(LineTotals):
    store: str
    till: str
    at: dt.datetime  # store-local
    cashier: str | None
    customer: str  # a core.text.Text
    currency: str
    lines: tuple[ReceiptLine, ...]
    allowance_left: int | None
    allowance_words: str  # "this year", "this month", "in the last 30 days" (a Text)
    approved_by: str | None
    approval_reason: str | None
    sale_id: str
    charged_to_payroll: bool = False
    refund_of: str | None = None  # a refund slip: the sale it pays back

    @property
    def refund_code(self) -> str:
        return refund_code(self.sale_id)

    def money(self, minor: int) -> str:
        return format_amount(minor, self.currency)


def from_sale(sale: Sale, settings: StoreSettings, cashier: str | None) -> Receipt:
    """The receipt of a sale the till has just recorded."""
    quote = sale.quote
    verdict = quote.verdict
    allowance = verdict.allowance
    return Receipt(
        settings.name,
        settings.till,
        quote.at.astimezone(settings.tz),
        cashier,
        _customer(
            verdict.status,
            verdict.kind,
            verdict.holder.name if verdict.holder else None,
            verdict.policy.name if verdict.eligible and verdict.policy else None,
        ),
        settings.currency,
        tuple(
            ReceiptLine(p.line.name, p.line.qty, p.line.unit_price, p.gross, p.discount, p.rule)
            for p in quote.lines
        ),
        quote.allowance_after,
        clock.period_words(allowance.period) if allowance else "",
        quote.supervisor.name if quote.supervisor else None,
        quote.override_reason,
        sale.sale_id,
        quote.tender == PAYROLL,
    )


def from_refund(
    refund: Refund, settings: StoreSettings, cashier: str | None, at: dt.datetime
) -> Receipt:
    """The slip of a refund the till has just recorded: what each line paid back."""
    return Receipt(
        settings.name,
        settings.till,
        at.astimezone(settings.tz),
        cashier,
        QT_TRANSLATE_NOOP("Receipt", "Refund of sale {code}").format(
            code=refund_code(refund.sale_id)
        ),
        settings.currency,
        tuple(
            ReceiptLine(
                line.name,
                line.qty,
                line.gross // line.qty,
                line.gross,
                line.discount,
                QT_TRANSLATE_NOOP("Receipt", "discount given at the sale").text(),
            )
            for line in refund.lines
        ),
        None,
        "",
        refund.approved_by,
        None,
        refund.refund_id,
        refund_of=refund.sale_id,
    )


def from_journal(checkout: Checkout, text: str) -> Receipt:
    """The receipt of a recorded sale, found by its id or refund code. The allowance left is
    the one after that sale, counted from the journal."""
    conn = checkout.conn
    rules = checkout.rules
    settings = rules.settings
    sale = checkout.find_sale(text)
    if sale["kind"] != "sale":
        raise InputError(
            QT_TRANSLATE_NOOP("Receipt", "{sale} is a refund; give the sale's id").format(
                sale=text.strip()
            )
        )
    holder = _holder_name(checkout, sale)
    policy = next((p for p in rules.policies if p.name == sale["policy"]), None)
    left = None
    words = ""
    if policy is not None and policy.allowance is not None and sale["employee_no"]:
        period_at = clock.parse_stamp(sale["period_at"])
        lower, upper = clock.period_bounds(policy.allowance.period, period_at, settings.tz)
        used = conn.execute(
            "SELECT COALESCE(SUM(allowance_delta), 0) FROM sales WHERE employee_no = ? "
            "AND period_at >= ? AND period_at < ? AND seq <= ?",
            (sale["employee_no"], lower, upper, sale["seq"]),
        ).fetchone()[0]
        left = max(0, policy.allowance.amount - used)
        words = clock.period_words(policy.allowance.period)
    return Receipt(
        settings.name,
        sale["till"],
        clock.parse_stamp(sale["at"]).astimezone(settings.tz),
        _staff_name(checkout, sale["cashier_no"]),
        _customer(sale["customer_status"], sale["customer_kind"], holder, sale["policy"]),
        settings.currency,
        tuple(
            ReceiptLine(
                r["name"],
                r["qty"],
                r["unit_price"],
                r["gross"],
                r["discount"],
                line_reason(r, settings.currency),
            )
            for r in journal.line_rows(conn, sale["id"])
        ),
        left,
        words,
        _staff_name(checkout, sale["override_by"]),
        sale["override_reason"],
        sale["id"],
        sale["tender"] == PAYROLL,
    )


def _staff_name(checkout: Checkout, employee_no: str | None) -> str | None:
    if employee_no is None:
        return None
    row = checkout.conn.execute(
        "SELECT name FROM staff WHERE employee_no = ?", (employee_no,)
    ).fetchone()
    return str(row[0]) if row else employee_no


def _holder_name(checkout: Checkout, sale: sqlite3.Row) -> str | None:
    if sale["customer_kind"] == "department":
        department = checkout.rules.departments.get(sale["department"] or "")
        return department.name if department else sale["department"]
    if sale["dependant_no"]:
        found = checkout.conn.execute(
            "SELECT name FROM dependants WHERE dependant_no = ?", (sale["dependant_no"],)
        ).fetchone()
        return str(found[0]) if found else None
    return _staff_name(checkout, sale["employee_no"])


def _customer(status: str, kind: str | None, holder: str | None, policy: str | None) -> Text:
    if holder is None or status != "internal":
        return QT_TRANSLATE_NOOP("Receipt", "Customer").text()
    if kind == "department":
        internal = QT_TRANSLATE_NOOP(
            "Receipt", "Internal order: department {name}, charged at cost"
        )
        return internal.format(name=holder)
    if policy:
        staff = QT_TRANSLATE_NOOP("Receipt", "Staff purchase: {name} ({policy} discount)")
        return staff.format(name=holder, policy=policy)
    return QT_TRANSLATE_NOOP("Receipt", "Staff purchase: {name}").format(name=holder)


def columns_for(width_mm: int) -> int:
    if width_mm not in COLUMNS:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Receipt", "receipt paper must be 58 or 80 mm wide, not {width}"
            ).format(width=width_mm)
        )
    return COLUMNS[width_mm]


def text_lines(
    receipt: Receipt,
    columns: int,
    say: Callable[[object], str] = str,
    money: Callable[[int], str] | None = None,
    moment: Callable[[dt.datetime], str] | None = None,
) -> list[str]:
    """The receipt as lines of at most `columns` characters, for a thermal printer.

    The words in English, or in the language of `say` (pos_desktop.i18n.say), with amounts
    written by `money` and the time by `moment` (English: 12.50 and 2026-06-15 14:30)."""
    money = money or receipt.money
    when = moment(receipt.at) if moment else f"{receipt.at:%Y-%m-%d %H:%M}"

    def words(template: Template, **fields: object) -> str:
        return say(template.format(**fields))

    def wrap(text: str, lead: str = "", indent: str = "") -> list[str]:
        return _wrap(text, columns, lead=lead, indent=indent, units=units)

    def pair(left: str, right: str, lead: str = "") -> list[str]:
        """`left` with `right` at the end of its line. A `left` too long for that line wraps,
        indented, never cut: each of its clauses ('20% staff; capped: 50.00 per sale') from
        a line of its own, and `right` ends the last line (or a line of its own), so no
        phrase reads as if the amount were part of it ('capped: -34.00')."""
        room = columns - len(right) - 1
        indent = lead + "  "
        clauses = [left] if len(lead) + len(left) <= room else _clauses(left)
        lines = []
        for n, clause in enumerate(clauses):
            lines += _wrap(clause, columns, lead=indent if n else lead, indent=indent, units=units)
        if len(lines[-1]) > room:
            lines.append("")
        return [*lines[:-1], f"{lines[-1]:<{room}} {right}"]

    units = frozenset({receipt.currency})
    rule = "-" * columns
    out = store_lines(receipt, columns)
    out += wrap(f"{words(QT_TRANSLATE_NOOP('Receipt', 'Till {till}'), till=receipt.till)}  {when}")
    if receipt.cashier:
        out += wrap(words(QT_TRANSLATE_NOOP("Receipt", "Cashier {name}"), name=receipt.cashier))
    out += wrap(say(receipt.customer))
    out.append(rule)
    for n, line in enumerate(receipt.lines, start=1):
        out += wrap(f"{n} {line.name}", indent="  ")
        out += pair(f"{line.qty} x {money(line.unit_price)}", money(line.gross), lead="  ")
        if line.discount:
            out += pair(say(line.rule), f"-{money(line.discount)}", lead="  ")
    out.append(rule)
    out += pair(say(QT_TRANSLATE_NOOP("Receipt", "Subtotal")), money(receipt.subtotal))
    discount = say(QT_TRANSLATE_NOOP("Receipt", "Employee discount"))
    out += pair(discount, f"-{money(receipt.discount)}")
    total = words(QT_TRANSLATE_NOOP("Receipt", "TOTAL {currency}"), currency=receipt.currency)
    out += pair(total, money(receipt.total))
    if receipt.charged_to_payroll:
        out += wrap(say(payroll_line(receipt)))
    if receipt.allowance_left is not None:
        left = QT_TRANSLATE_NOOP("Receipt", "Staff allowance left {period}: {amount} {currency}")
        out += wrap(
            words(
                left,
                period=receipt.allowance_words,
                amount=money(receipt.allowance_left),
                currency=receipt.currency,
            )
        )
    if receipt.approved_by:
        approved = QT_TRANSLATE_NOOP("Receipt", "Approved by {name}: {reason}")
        reason = receipt.approval_reason or ""
        out += wrap(words(approved, name=receipt.approved_by, reason=reason))
    out.append(rule)
    out += wrap(words(QT_TRANSLATE_NOOP("Receipt", "Sale {sale}"), sale=receipt.sale_id))
    out += wrap(words(QT_TRANSLATE_NOOP("Receipt", "Refund code {code}"), code=receipt.refund_code))
    return out


def store_lines(receipt: Receipt, columns: int) -> list[str]:
    """The store's name, centred, on as many lines as it needs (the receipt's first lines)."""
    return [line.center(columns).rstrip() for line in _wrap(receipt.store, columns)]


def payroll_line(receipt: Receipt) -> Text:
    """'Charged to payroll: 160.00 EUR', said under the total of a sale paid that way."""
    return QT_TRANSLATE_NOOP("Receipt", "Charged to payroll: {amount} {currency}").format(
        amount=Amount(receipt.total, receipt.currency), currency=receipt.currency
    )


def total_line(receipt: Receipt, say: Callable[[object], str] = str) -> str:
    """The start of the receipt's TOTAL line (printed bold)."""
    return say(QT_TRANSLATE_NOOP("Receipt", "TOTAL {currency}").format(currency=receipt.currency))


def _wrap(
    text: str,
    columns: int,
    *,
    first: int | None = None,
    lead: str = "",
    indent: str = "",
    units: frozenset[str] = frozenset(),
) -> list[str]:
    """`text` on lines of at most `columns` characters (the first at most `first`), the first
    starting with `lead` and the others with `indent`. Lines break between words, and an
    amount stays on one line with its currency (a unit in `units`); only a word longer than a
    whole line, such as a sale id on a 58 mm roll, is split, after a hyphen where it can be."""
    lines: list[str] = []
    line = ""

    def limit() -> int:
        if not lines:
            return (columns if first is None else first) - len(lead)
        return columns - len(indent)

    for chunk in _chunks(text, units):
        joined = f"{line} {chunk}" if line else chunk
        if len(joined) <= limit():
            line = joined
            continue
        if line and len(chunk) > columns - len(indent):  # fits no line: split it from here
            room = limit() - len(line) - 1
            piece = _piece(chunk, room) if room > 0 else ""
            if piece.endswith("-"):
                line, chunk = f"{line} {piece}", chunk[len(piece) :]
        if line or (first is not None and not lines and len(chunk) <= columns - len(indent)):
            lines.append(line)  # an empty first line leaves the room beside an amount free
            line = ""
        while len(chunk) > limit():
            piece = _piece(chunk, max(1, limit()))
            lines.append(piece)
            chunk = chunk[len(piece) :]
        line = chunk
    lines.append(line)
    return [((indent if n else lead) + words).rstrip() for n, words in enumerate(lines)]


def _clauses(text: str) -> list[str]:
    """The clauses of a reason, each keeping its semicolon: ['20% staff;', 'capped: …']."""
    parts = text.split("; ")
    return [part + ";" for part in parts[:-1]] + parts[-1:]


def _chunks(text: str, units: frozenset[str]) -> list[str]:
    """The words of `text`, each amount joined to its currency: '950,00 EUR' is one."""
    chunks: list[str] = []
    for word in text.split(" "):
        if chunks and (
            (word in units and chunks[-1][-1:].isdigit())
            or (chunks[-1] in units and word[:1].isdigit())
        ):
            chunks[-1] += " " + word
        else:
            chunks.append(word)
    return chunks


def _piece(word: str, room: int) -> str:
    """The start of a word too long for a line: up to its last hyphen that fits, if any."""
    hyphen = word.rfind("-", 0, room)
    return word[: hyphen + 1] if hyphen > 0 else word[:room]

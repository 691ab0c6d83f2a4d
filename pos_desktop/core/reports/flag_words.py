"""How a loss-prevention flag (reports/flags.py) is worded: its title by kind and the sentence
that says what was seen. Texts are marked for translation; the English is what CSV and JSON
keep."""

from __future__ import annotations

from pos_desktop.core.pins import PLACES
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text

TITLES = {
    "two_tills": QT_TRANSLATE_NOOP("Flags", "Badge used on two tills"),
    "blocked_badge": QT_TRANSLATE_NOOP("Flags", "Blocked badge scanned"),
    "blocked_then_switched": QT_TRANSLATE_NOOP("Flags", "Customer switched after a blocked badge"),
    "blocked_then_cleared": QT_TRANSLATE_NOOP("Flags", "Basket cleared after a blocked badge"),
    "switched_to_department": QT_TRANSLATE_NOOP("Flags", "Employee's basket moved to a department"),
    "self_purchase": QT_TRANSLATE_NOOP("Flags", "Repeated self-purchase"),
    "overrides": QT_TRANSLATE_NOOP("Flags", "Overrides far above the others"),
    "discount_share": QT_TRANSLATE_NOOP("Flags", "Discounted sales far above the store's"),
    "pin_failures": QT_TRANSLATE_NOOP("Flags", "Wrong PINs"),
    "backdated": QT_TRANSLATE_NOOP("Flags", "Entered after the moment it claims"),
}
_RECORD_WORDS = {
    "sale": QT_TRANSLATE_NOOP("Flags", "a sale"),
    "refund": QT_TRANSLATE_NOOP("Flags", "a refund"),
}


def title(kind: str) -> str:
    return TITLES[kind].text()


def two_tills(badge: str, who: str, tills: str, minutes: int) -> str:
    return QT_TRANSLATE_NOOP(
        "Flags", "badge {badge} ({who}) on tills {tills} within {minutes} minutes"
    ).format(badge=badge, who=who, tills=tills, minutes=minutes)


def blocked(badge: str, who: str, rung: int, cashiers: str) -> str:
    return QT_TRANSLATE_NOOP(
        "Flags",
        "badge {badge} of {who} scanned as BLOCKED and rung {times} (by {cashiers})",
    ).format(badge=badge, who=who, times=times(rung), cashiers=cashiers)


def switched(
    after_blocked: bool,
    before: str,
    first: str,
    after: str,
    then: str,
    cashier: str,
    approval: str,
) -> str:
    """A customer switch: after a BLOCKED badge, or an employee's basket moved to a
    department's at-cost terms."""
    if after_blocked:
        detail = QT_TRANSLATE_NOOP(
            "Flags",
            "badge {before} ({first}) scanned as BLOCKED, then {after} ({then}) took the "
            "basket, rung by {cashier}; {approval}",
        )
    else:
        detail = QT_TRANSLATE_NOOP(
            "Flags",
            "badge {before} ({first}) started the basket, then department badge {after} "
            "({then}) took it at cost, rung by {cashier}; {approval}",
        )
    return detail.format(
        before=before, first=first, after=after, then=then, cashier=cashier, approval=approval
    )


def approval(approver: str | None, reason: str) -> str:
    """Who approved a customer switch and why, or that nobody did."""
    if approver:
        return QT_TRANSLATE_NOOP("Flags", "approved by {who}: {reason}").format(
            who=approver, reason=reason
        )
    return QT_TRANSLATE_NOOP("Flags", "not approved: rung at the regular price").text()


def cleared(badge: str, who: str, lines: object, cashier: str) -> str:
    return QT_TRANSLATE_NOOP(
        "Flags",
        "badge {badge} ({who}) scanned as BLOCKED, then the basket was cleared unsold by "
        "{cashier}; lines in it: {lines}",
    ).format(badge=badge, who=who, lines=lines, cashier=cashier)


def self_purchase(who: str, rung: int, approved: int) -> str:
    return QT_TRANSLATE_NOOP(
        "Flags",
        "{who} rang their own purchase {times} ({approved} approved by a supervisor)",
    ).format(who=who, times=times(rung), approved=approved)


def overrides(who: str, count: int, others: int, average: str) -> str:
    return QT_TRANSLATE_NOOP(
        "Flags",
        "{who} approved {count} overrides; the other {others} supervisors {average} on average",
    ).format(who=who, count=count, others=others, average=average)


def discount_share(who: str, share: str, sales: int, store: str) -> str:
    return QT_TRANSLATE_NOOP(
        "Flags", "{who}: {share} of {sales} sales discounted; the store {store}"
    ).format(who=who, share=share, sales=sales, store=store)


def pin_failures(who: str, failures: int, locks: int, badges: str, places: str) -> str:
    if locks:
        return QT_TRANSLATE_NOOP(
            "Flags",
            "PIN of {who} typed wrong {times} and locked {locks} (badge {badges}; {places})",
        ).format(who=who, times=times(failures), locks=times(locks), badges=badges, places=places)
    return QT_TRANSLATE_NOOP(
        "Flags", "PIN of {who} typed wrong {times} (badge {badges}; {places})"
    ).format(who=who, times=times(failures), badges=badges, places=places)


def backdated(kind: str, at: str, entered: str, who: str) -> str:
    return QT_TRANSLATE_NOOP("Flags", "{kind} dated {at}, entered at {entered} by {who}").format(
        kind=_RECORD_WORDS[kind].text() if kind in _RECORD_WORDS else kind,
        at=at,
        entered=entered,
        who=who,
    )


def place(code: str) -> str:
    """Where a PIN was typed (core/pins.py's PLACES), in words."""
    return PLACES[code].text() if code in PLACES else code


def times(n: int) -> Text:
    if n == 1:
        return QT_TRANSLATE_NOOP("Flags", "once").text()
    if n == 2:
        return QT_TRANSLATE_NOOP("Flags", "twice").text()
    return QT_TRANSLATE_NOOP("Flags", "{count} times").format(count=n)


def percent(part: int, whole: int) -> str:
    return f"{(part * 1000 // whole + 5) // 10 if whole else 0}%"

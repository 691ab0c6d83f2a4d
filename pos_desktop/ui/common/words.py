"""The core's fixed words (reasons, periods, kinds of buyer) in the language in use: the core
keeps English codes and words; the windows show these."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pos_desktop.core.verdict import REASON_WORDS
from pos_desktop.i18n import translate

# The core's own table: one list of reasons, shown in the banner and in the windows.
REASONS = REASON_WORDS
KINDS = {
    "employee": QT_TRANSLATE_NOOP("Words", "employee"),
    "group_employee": QT_TRANSLATE_NOOP("Words", "group company"),
    "department": QT_TRANSLATE_NOOP("Words", "department"),
}


def reasons(codes: tuple[str, ...] | list[str]) -> str:
    """'on probation, allowance used up' in the language in use."""
    return ", ".join(translate("Words", REASONS[c]) if c in REASONS else c for c in codes)


def kind(code: str | None) -> str:
    return translate("Words", KINDS[code]) if code in KINDS else ""


def period(period: str) -> str:
    """'this month', 'this year', 'in the last 30 days' in the language in use."""
    if period == "month":
        return translate("Words", "this month")
    if period == "year":
        return translate("Words", "this year")
    days = period.split(":", 1)[1]
    return translate("Words", "in the last {days} days").format(days=days)


STATUSES = {
    "active": QT_TRANSLATE_NOOP("Words", "active"),
    "suspended": QT_TRANSLATE_NOOP("Words", "suspended"),
    "terminated": QT_TRANSLATE_NOOP("Words", "terminated"),
    "ended": QT_TRANSLATE_NOOP("Words", "ended"),  # active, but past the end date
}
ROLES = {
    "none": QT_TRANSLATE_NOOP("Words", "none"),
    "cashier": QT_TRANSLATE_NOOP("Words", "cashier"),
    "supervisor": QT_TRANSLATE_NOOP("Words", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("Words", "admin"),
}
EMPLOYMENT = {
    "full_time": QT_TRANSLATE_NOOP("Words", "full time"),
    "part_time": QT_TRANSLATE_NOOP("Words", "part time"),
    "seasonal": QT_TRANSLATE_NOOP("Words", "seasonal"),
    "contractor": QT_TRANSLATE_NOOP("Words", "contractor"),
    "retiree": QT_TRANSLATE_NOOP("Words", "retiree"),
}
RELATIONS = {
    "own": QT_TRANSLATE_NOOP("Words", "own company"),
    "group": QT_TRANSLATE_NOOP("Words", "group company"),
}


def word(table: dict[str, object], code: str | None) -> str:
    """A stored code (status, role, employment type, relation) in the language in use; a code
    the table does not know (an employment type a policy made up) as written, '_' as spaces."""
    if code is None:
        return ""
    return translate("Words", table[code]) if code in table else code.replace("_", " ")

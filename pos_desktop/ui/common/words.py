"""The registry's stored codes (status, role, employment type, company relation) in the
language in use: the core keeps English codes; the windows show these. The verdict's words
(reasons, periods, kinds of buyer) are the core's own, in core/verdict_words.py."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pos_desktop.i18n import translate

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

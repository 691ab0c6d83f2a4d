"""What a screen reader says of text that changes. A label showing a value is named by its
caption and its value together (a label's accessible name replaces its text, so a caption
alone would hide the amount); news such as the till's message or a new customer verdict is
announced as it happens, urgently when something went wrong."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget

from pos_desktop.i18n import translate


def spoken(caption: str, value: str) -> str:
    """'Total: €40.00': what a screen reader says of a value under its caption."""
    return translate("Spoken", "{caption}: {value}").format(caption=caption, value=value)


def show_value(label: QLabel, caption: str, text: str) -> None:
    """Show `text` in the label; a screen reader reads 'Total: €40.00'."""
    label.setText(text)
    label.setAccessibleName(spoken(caption, text))


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have a screen reader say `text` now: politely after what it is saying, or at once."""
    if not text.strip():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)

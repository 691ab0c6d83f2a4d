"""Helpers that keep a window within a 1024x768 till screen in every language: combo boxes
that may be narrower than their longest choice, and rows of buttons that wrap."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget


def shrinkable(combo: QComboBox, characters: int = 10) -> QComboBox:
    """The combo asks for room for `characters` characters, not for its longest choice (a
    long company name or report title); its open list still shows each choice in full."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def rows(*groups: Sequence[QWidget], trailing: QWidget | None = None) -> QVBoxLayout:
    """Each group of buttons on a line of its own, left-aligned; `trailing` (a count, a note)
    at the right end of the first line."""
    layout = QVBoxLayout()
    for number, group in enumerate(groups):
        line = QHBoxLayout()
        for widget in group:
            line.addWidget(widget)
        line.addStretch(1)
        if number == 0 and trailing is not None:
            line.addWidget(trailing)
            line.addSpacing(8)
        layout.addLayout(line)
    return layout

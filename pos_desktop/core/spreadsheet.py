"""Cells written for spreadsheets: text that a spreadsheet would run as a formula is not."""

from __future__ import annotations

# Cells starting with these run as formulas in spreadsheets; exports prefix them with "'".
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> str:
    """A cell safe to open in a spreadsheet: formula-like text gets a leading quote."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text

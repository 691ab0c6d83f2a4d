"""Money as integer minor units; Decimal only at the edges (parsing and formatting)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from pos_desktop.core.errors import InputError
from pos_desktop.core.text import QT_TRANSLATE_NOOP

# ISO 4217 minor-unit exponents that differ from 2; every other currency uses 2 (the forint
# too: ISO keeps HUF at 2 although no coin below one forint is left).
_EXPONENTS = {"JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "BHD": 3, "KWD": 3, "TND": 3}


class PricedLine(Protocol):
    @property
    def gross(self) -> int: ...
    @property
    def discount(self) -> int: ...


class LineTotals:
    """A subtotal, discount and total summed from `lines` (a quote, a receipt, a refund)."""

    lines: Sequence[PricedLine]

    @property
    def subtotal(self) -> int:
        return sum(line.gross for line in self.lines)

    @property
    def discount(self) -> int:
        return sum(line.discount for line in self.lines)

    @property
    def total(self) -> int:
        return self.subtotal - self.discount


def exponent(currency: str) -> int:
    """Number of decimal places of the currency's minor unit."""
    return _EXPONENTS.get(currency.upper(), 2)


def round_half_up(value: Decimal) -> int:
    """Round a Decimal amount of minor units to an int, halves away from zero."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def share(amount: int, numerator: int, denominator: int) -> int:
    """amount * numerator / denominator in minor units, rounded half up."""
    return round_half_up(Decimal(amount) * numerator / denominator)


# Plain ASCII amounts only: no exponents, underscores, signs or other scripts' digits.
_AMOUNT = re.compile(r"^[0-9]{1,15}(?:[.,][0-9]{1,6})?$")
MAX_AMOUNT = 10**12  # minor units; far above any till's sale, far below SQLite's limit


def parse_amount(text: str, currency: str = "EUR", *, what: str = "") -> int:
    """Parse '12.50' (or '12,50') in major units into minor units; refuse anything else."""
    what = what or QT_TRANSLATE_NOOP("Money", "amount").text()
    given = repr(text)
    cleaned = text.strip()
    if cleaned.startswith("-") and _AMOUNT.match(cleaned[1:]):
        raise InputError(
            QT_TRANSLATE_NOOP("Money", "{what} {text} must not be negative").format(
                what=what, text=given
            )
        )
    if not _AMOUNT.match(cleaned):
        raise InputError(
            QT_TRANSLATE_NOOP("Money", "{what} {text} is not an amount like 12.50").format(
                what=what, text=given
            )
        )
    places = exponent(currency)
    minor = Decimal(cleaned.replace(",", ".")).scaleb(places)
    if minor != minor.to_integral_value():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Money", "{what} {text} has more than {places} decimal places"
            ).format(what=what, text=given, places=places)
        )
    if minor > MAX_AMOUNT:
        raise InputError(
            QT_TRANSLATE_NOOP("Money", "{what} {text} is too large").format(what=what, text=given)
        )
    return int(minor)


def format_amount(minor: int, currency: str = "EUR") -> str:
    """Minor units as a plain major-unit string: 1250 -> '12.50', -5 -> '-0.05'."""
    places = exponent(currency)
    return str(Decimal(minor).scaleb(-places).quantize(Decimal(1).scaleb(-places)))


@dataclass(frozen=True)
class Amount:
    """Money in a text (a field of a core.text.Text): English as format_amount writes it;
    translated (i18n.say), as the language writes money."""

    minor: int
    currency: str

    def __str__(self) -> str:
        return format_amount(self.minor, self.currency)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def parse_percent(value: object, *, what: str = "") -> Decimal:
    """A percentage between 0 and 100, with at most two decimals, as Decimal."""
    what = what or QT_TRANSLATE_NOOP("Money", "percent").text()
    not_percent = QT_TRANSLATE_NOOP(
        "Money", "{what} must be a number between 0 and 100, not {value}"
    )
    text = str(value).strip()
    if isinstance(value, bool | float) or not _AMOUNT.match(text):
        raise InputError(not_percent.format(what=what, value=repr(value)))
    result = Decimal(text.replace(",", "."))
    if result > 100:
        raise InputError(not_percent.format(what=what, value=repr(value)))
    if result != result.quantize(Decimal("0.01")):
        raise InputError(
            QT_TRANSLATE_NOOP("Money", "{what} may have at most two decimals, not {value}").format(
                what=what, value=repr(value)
            )
        )
    return result


def percent_text(value: Decimal) -> str:
    """A percentage for storage and display: 20 -> '20', 12.50 -> '12.5'."""
    return format(value.normalize(), "f")

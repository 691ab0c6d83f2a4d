"""Barcodes as modules, "1" a bar and "0" a space: EAN-13 for badge cards, Code 128 for
the sale id on receipts."""

from __future__ import annotations

from pos_desktop.core.badge import ean13_valid
from pos_desktop.core.errors import InputError
from pos_desktop.core.text import QT_TRANSLATE_NOOP

_L = (
    "0001101",
    "0011001",
    "0010011",
    "0111101",
    "0100011",
    "0110001",
    "0101111",
    "0111011",
    "0110111",
    "0001011",
)
_G = tuple(code.translate(str.maketrans("01", "10"))[::-1] for code in _L)
_R = tuple(code.translate(str.maketrans("01", "10")) for code in _L)
# Which of the six left digits use the G set, by the first digit.
_PARITY = (
    "LLLLLL",
    "LLGLGG",
    "LLGGLG",
    "LLGGGL",
    "LGLLGG",
    "LGGLLG",
    "LGGGLL",
    "LGLGLG",
    "LGLGGL",
    "LGGLGL",
)


def ean13_modules(code: str) -> str:
    """The 95 modules of an EAN-13 code with a correct check digit."""
    if not ean13_valid(code):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Badge", "{code} is not an EAN-13 code with a correct check digit"
            ).format(code=repr(code))
        )
    digits = [int(d) for d in code]
    parity = _PARITY[digits[0]]
    left = "".join((_L if p == "L" else _G)[d] for p, d in zip(parity, digits[1:7], strict=True))
    right = "".join(_R[d] for d in digits[7:])
    return "101" + left + "01010" + right + "101"


def code128_modules(text: str) -> str:
    """The modules of `text` as Code 128 (start, data, check symbol and stop), from
    python-barcode, which picks the shortest code sets."""
    from barcode import Code128

    if not text or not text.isascii() or not text.isprintable():
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Badge", "{text} cannot be a Code 128 barcode (printable ASCII only)"
            ).format(text=repr(text))
        )
    modules: str = Code128(text).build()[0]
    return modules

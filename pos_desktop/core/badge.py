"""Reading a scanned badge: normalisation, the store's pattern and check digits."""

from __future__ import annotations

import functools
import re
import re._parser as regex_parser
from dataclasses import dataclass
from typing import Any, Literal

from pos_desktop.core.text import QT_TRANSLATE_NOOP

CheckDigit = Literal["none", "ean13", "luhn"]
CHECK_DIGITS: tuple[CheckDigit, ...] = ("none", "ean13", "luhn")

# AIM symbology identifiers that scanners may prepend: "]" + code character + modifier.
_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# No badge is longer: a longer scan is refused before the store's pattern runs on it.
MAX_SCAN = 64
_REPEATS = (regex_parser.MAX_REPEAT, regex_parser.MIN_REPEAT, regex_parser.POSSESSIVE_REPEAT)


def normalise(raw: str) -> str:
    """Trim, drop control characters and an AIM prefix such as ']E0', and upper-case."""
    if raw.isdigit():  # what a scanner sends nearly every time
        return raw
    text = _CONTROL.sub("", raw).strip()
    text = _AIM_PREFIX.sub("", text, count=1)
    return text.strip().upper()


def ean13_valid(code: str) -> bool:
    """True when a 13-digit code's last digit is its EAN-13 check digit."""
    if len(code) != 13 or not _ascii_digits(code):
        return False
    return ean13_check_digit(code[:12]) == ord(code[12]) - 48


def _ascii_digits(code: str) -> bool:
    # str.isdigit() also accepts digits such as "²" that int() refuses.
    return code.isascii() and code.isdigit()


def ean13_check_digit(first12: str) -> int:
    """The EAN-13 check digit for 12 leading digits (summed as bytes: a million-row import
    checks a million of them)."""
    digits = first12.encode("ascii")
    odd, even = digits[0::2], digits[1::2]
    total = sum(odd) + 3 * sum(even) - 48 * (len(odd) + 3 * len(even))
    return -total % 10


def luhn_valid(code: str) -> bool:
    """True when a numeric code passes the Luhn (mod 10) check."""
    if len(code) < 2 or not _ascii_digits(code):
        return False
    total = 0
    for i, digit in enumerate(reversed(code)):
        value = int(digit)
        if i % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def luhn_check_digit(payload: str) -> int:
    """The Luhn check digit to append to a numeric payload."""
    for digit in range(10):
        if luhn_valid(payload + str(digit)):
            return digit
    raise ValueError(
        QT_TRANSLATE_NOOP("Badge", "no Luhn check digit for {payload}").format(
            payload=repr(payload)
        )
    )


@dataclass(frozen=True)
class BadgeFormat:
    """The store's badge format: a regular expression and a check-digit scheme."""

    pattern: str = r"^2[0-9]{12}$"
    check_digit: CheckDigit = "ean13"

    def problem(self, code: str) -> str | None:
        """Why a normalised code is not a badge of this format, or None when it is one."""
        if not code:
            return QT_TRANSLATE_NOOP("Badge", "the scan is empty").text()
        if len(code) > MAX_SCAN:
            return QT_TRANSLATE_NOOP(
                "Badge", "the scan is longer than {count} characters; no badge is"
            ).format(count=MAX_SCAN)
        if self._slow:
            return QT_TRANSLATE_NOOP(
                "Badge",
                "the store's badge pattern repeats a group that itself repeats and could take "
                "minutes on this scan; an admin must change it in the settings",
            ).text()
        if not self._compiled.fullmatch(code):
            return QT_TRANSLATE_NOOP("Badge", "the scan does not look like a badge").text()
        if self.check_digit == "ean13" and not ean13_valid(code):
            return QT_TRANSLATE_NOOP("Badge", "the check digit is wrong").text()
        if self.check_digit == "luhn" and not luhn_valid(code):
            return QT_TRANSLATE_NOOP("Badge", "the check digit is wrong").text()
        return None

    @functools.cached_property
    def _slow(self) -> bool:
        """A pattern stored before such patterns were refused: fail closed, never run it."""
        return nested_repeat(self.pattern)

    @functools.cached_property
    def _compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern)


def nested_repeat(pattern: str) -> bool:
    """True when a part repeated a varying number of times itself holds such a repeat, like
    (\\w+)+ or (a*)*, or a choice, like (\\d|\\d)+, or when a part repeated more than three
    times holds an unbounded repeat, like (.*1){12}: each can take minutes on a scan that
    almost matches."""
    try:
        parsed = regex_parser.parse(pattern)
    except re.error:
        return False
    return _has_nested_repeat(list(parsed), inside_repeat=False)


def _has_nested_repeat(items: list[tuple[Any, Any]], *, inside_repeat: bool) -> bool:
    for op, value in items:
        if op in _REPEATS:
            low, high, sub = value
            repeats = low != high  # a fixed count, like {12}, cannot backtrack by itself...
            if repeats and inside_repeat:
                return True
            many = high > 3  # ...but it multiplies the tries of what it holds
            if _has_nested_repeat(list(sub), inside_repeat=inside_repeat or repeats or many):
                return True
            continue
        if op is regex_parser.BRANCH and inside_repeat:
            return True  # two ways through each round, tried again on every round
        if op is regex_parser.SUBPATTERN:
            parts = [value[-1]]
        elif op is regex_parser.BRANCH:
            parts = list(value[1])
        elif op in (regex_parser.ASSERT, regex_parser.ASSERT_NOT):
            parts = [value[1]]
        else:
            parts = []
        if any(_has_nested_repeat(list(p), inside_repeat=inside_repeat) for p in parts):
            return True
    return False

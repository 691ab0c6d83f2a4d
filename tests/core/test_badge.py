"""Reading what a scanner types: normalisation, pattern and check digits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.core.badge import (
    BadgeFormat,
    ean13_check_digit,
    ean13_valid,
    luhn_check_digit,
    luhn_valid,
    nested_repeat,
    normalise,
)


def test_normalise_strips_whitespace_aim_prefix_control_characters_and_case():
    assert normalise("  ]E02000000000015\r\n") == "2000000000015"
    assert normalise("]C1abc-12") == "ABC-12"
    assert normalise("\x022000000000015\x03") == "2000000000015"


def test_ean13_check_digit_of_known_codes():
    assert ean13_valid("5901234123457")
    assert not ean13_valid("5901234123458")
    assert ean13_check_digit("400638133393") == 1


def test_luhn_of_a_known_number():
    assert luhn_valid("79927398713")
    assert not luhn_valid("79927398710")
    assert luhn_check_digit("7992739871") == 3


def test_format_reports_why_a_scan_is_not_a_badge():
    fmt = BadgeFormat(r"^2[0-9]{12}$", "ean13")
    assert fmt.problem("2000000000015") is None
    assert fmt.problem("2000000000016") == "the check digit is wrong"
    assert fmt.problem("5901234123457") == "the scan does not look like a badge"
    assert fmt.problem("") == "the scan is empty"
    assert BadgeFormat(r"^[A-Z0-9-]+$", "none").problem("ABC-12") is None


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_every_ean13_with_its_check_digit_is_valid_and_any_other_digit_is_not(body):
    digit = ean13_check_digit(body)
    assert ean13_valid(body + str(digit))
    assert not ean13_valid(body + str((digit + 1) % 10))


@given(st.text(alphabet="0123456789", min_size=1, max_size=18))
def test_luhn_catches_every_single_digit_error(payload):
    code = payload + str(luhn_check_digit(payload))
    assert luhn_valid(code)
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    assert not luhn_valid(wrong)


@given(st.text())
def test_reading_any_scan_never_raises(raw):
    BadgeFormat().problem(normalise(raw))


@pytest.mark.parametrize(
    "pattern",
    [
        r"^(\d|\d)+$",  # 27 digits and a '!': 10 s on one scan, 64 digits: never ends
        r"^(1|1)+$",
        r"^(2\d|\d)+$",
        r"^(.*1){12}$",  # a dozen nested searches: seconds at 26 characters
    ],
)
def test_a_badge_pattern_that_backtracks_through_choices_or_counts_is_refused(pattern):
    assert nested_repeat(pattern)


@pytest.mark.parametrize(
    "pattern",
    [r"^2[0-9]{12}$", r"^(?:2|3)[0-9]{12}$", r"^(2|3)\d{12}$", r"^([0-9]{4}-?){3}[0-9]{4}$"],
)
def test_an_ordinary_badge_pattern_is_kept(pattern):
    assert not nested_repeat(pattern)

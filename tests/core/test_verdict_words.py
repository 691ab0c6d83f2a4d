"""The banner's words for each kind of verdict, read in English without a window: what the
cashier sees as the headline, the line under it, and how loudly (the banner's colour)."""

from __future__ import annotations

import datetime as dt

import pytest

from pos_desktop.core.checkout import Checkout
from pos_desktop.core.clock import UTC
from pos_desktop.core.verdict_words import card
from tests.conftest import (
    ANDREI,
    ANNA,
    ANNA_LOST,
    ELENA,
    IOANA,
    JAN,
    JOHN,
    KATARZYNA,
    MARK,
    MARKETING,
    PIOTR,
    STRANGER,
    TOMASZ,
)

AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=UTC)
CHARGE = "{}: charge the regular price and alert the supervisor."


def words(store: Checkout, code: str, **kw) -> tuple[str, str, str]:
    shown = card(store.check(code, at=AT, **kw), store.rules)
    return str(shown.headline), str(shown.detail), shown.level


@pytest.mark.parametrize(
    ("code", "headline", "detail", "level"),
    [
        (
            ANNA,
            "INTERNAL — employee",
            "Anna Kowalska · Acme Retail · Store Operations · Staff policy · "
            "1000.00 left this year",
            "internal",
        ),
        (
            JAN,
            "INTERNAL — dependant of Anna Kowalska",
            "Jan Kowalski · Acme Retail · Store Operations · Staff policy · 1000.00 left this year",
            "internal",
        ),
        (
            IOANA,
            "INTERNAL — group company",
            "Ioana Ionescu · Acme Logistics · Group staff policy · 500.00 left this year",
            "internal",
        ),
        (
            ANDREI,
            "INTERNAL — employee",
            "Andrei Georgescu · Acme Retail · Store Operations · Seasonal staff policy · "
            "200.00 left this month",
            "internal",
        ),
        (
            MARKETING,
            "INTERNAL — department Marketing",
            "Internal order at cost, charged to cost centre CC-4100; no payment is taken.",
            "internal",
        ),
        (STRANGER, "EXTERNAL — regular price", "Not in the staff registry.", "external"),
        (ANNA_LOST, "BLOCKED — badge revoked", CHARGE.format("Anna Kowalska"), "blocked"),
        (JOHN, "BLOCKED — suspended", CHARGE.format("John Smith"), "blocked"),
        (ELENA, "BLOCKED — terminated", CHARGE.format("Elena Dumitru"), "blocked"),
        (
            KATARZYNA,
            "BLOCKED — employment ended",
            CHARGE.format("Katarzyna Lewandowska"),
            "blocked",
        ),
        (
            TOMASZ,
            "INTERNAL — not eligible: on probation until 2026-08-24",
            "Tomasz Wiśniewski · Acme Retail · Store Operations · Staff policy · "
            "1000.00 left this year\nRegular price.",
            "not_eligible",
        ),
        (
            MARK,
            "INTERNAL — not eligible: no discount rule covers them",
            "Mark Taylor · Acme Retail · IT Services\nRegular price.",
            "not_eligible",
        ),
    ],
)
def test_each_kind_of_verdict_has_its_headline_detail_and_level(
    demo_store, code, headline, detail, level
):
    assert words(demo_store, code) == (headline, detail, level)


def test_a_bad_scan_says_why_it_was_not_read(demo_store):
    assert words(demo_store, "2000000000016") == (
        "INVALID — scan again",
        "The scan was not read: the check digit is wrong.",
        "invalid",
    )


def test_a_cashier_s_own_purchase_says_a_supervisor_can_approve_it(demo_store):
    cashier = demo_store.cashier(PIOTR)
    headline, detail, level = words(demo_store, PIOTR, cashier=cashier)
    assert headline == "INTERNAL — not eligible: cashier's own purchase"
    assert detail.endswith("\nF7 calls a supervisor, or ring it at the regular price.")
    assert level == "not_eligible"


def test_the_words_keep_their_templates_for_the_till_s_language(demo_store):
    shown = card(demo_store.check(TOMASZ, at=AT), demo_store.rules)
    assert shown.detail.fields["items"][1].source == "Regular price."
    assert shown.headline.fields["items"][0].source == "INTERNAL — not eligible: {reasons}"

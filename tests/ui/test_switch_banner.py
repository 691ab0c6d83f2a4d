"""The banner over a switch of customer that waits for a supervisor names the person whose
basket it was, as the registry names them, never their badge number: a department taking
over an employee's or a dependant's basket, and a colleague replacing a blocked badge.
Screenshots: tests/screenshots/till-<language>-switch-*.png."""

from __future__ import annotations

import pytest

from tests.conftest import ANNA, JAN, JOHN, MARKETING
from tests.ui.test_language_screens import clipped
from tests.ui.test_till_day import scan, shot, till

__all__ = ["till"]  # the till fixture, at 1024x768 in each language, Piotr signed in

TO_DEPARTMENT = {
    "en": "Marketing takes over the basket of {before} at cost only once a supervisor",
    "pl": "Marketing przejmuje koszyk osoby {before} po kosztach dopiero po zgodzie kierownika",
    "ro": "Marketing preia coșul persoanei {before} la cost numai după aprobarea supervizorului",
}


@pytest.mark.parametrize("till", ["en", "pl", "ro"], indirect=True)
@pytest.mark.parametrize(("first", "before"), [(ANNA, "Anna Kowalska"), (JAN, "Jan Kowalski")])
def test_a_department_taking_over_a_basket_names_whose_basket_it_was(qtbot, till, first, before):
    scan(qtbot, till, first)
    scan(qtbot, till, "COAT-01")
    scan(qtbot, till, MARKETING)
    assert till.banner.state == "not_eligible"
    detail = till.banner.detail.text()
    assert TO_DEPARTMENT[till.language].format(before=before) in detail
    assert first not in detail and MARKETING not in detail
    if first == ANNA:
        shot(till, till, "switch-to-department")
        assert clipped(till) == []


@pytest.mark.parametrize("till", ["ro"], indirect=True)
def test_a_colleague_replacing_a_blocked_badge_is_told_whose_badge_it_was(qtbot, till):
    scan(qtbot, till, JOHN)
    scan(qtbot, till, ANNA)
    detail = till.banner.detail.text()
    assert "Anna Kowalska a înlocuit legitimația blocată a persoanei John Smith" in detail
    assert JOHN not in detail
    shot(till, till, "switch-after-blocked")
    assert clipped(till) == []

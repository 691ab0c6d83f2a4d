"""The banner over a switch of customer that waits for a supervisor names the person whose
basket it was, as the registry names them, never their badge number: a department taking
over an employee's or a dependant's basket, and a colleague replacing a blocked badge.
Screenshots: tests/screenshots/till-<language>-switch-*.png."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from pos_desktop.ui.cashier.dialogs import OverrideDialog
from tests.conftest import ANNA, JAN, JOHN, MARKETING
from tests.ui.test_language_screens import clipped
from tests.ui.test_till_day import key, scan, shot, till

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


F7_NAMES = {
    "en": "The customer changed after the badge of John Smith in this basket",
    "pl": "Klient zmienił się po identyfikatorze osoby John Smith w tym koszyku",
    "ro": "Clientul s-a schimbat după legitimația persoanei John Smith din acest coș",
}


@pytest.mark.parametrize("till", ["en", "pl", "ro"], indirect=True)
def test_f7_after_a_blocked_badge_names_whose_badge_it_was_not_its_number(qtbot, till):
    scan(qtbot, till, JOHN)
    scan(qtbot, till, ANNA)
    key(qtbot, till, Qt.Key.Key_F7)
    dialog = till.dialog
    assert isinstance(dialog, OverrideDialog)
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert F7_NAMES[till.language] in said
    assert JOHN not in said
    if till.language == "ro":
        shot(dialog, till, "switch-f7")
        assert clipped(dialog) == []


def test_f7_names_the_badge_only_when_the_registry_no_longer_knows_it():
    from pos_desktop.core.sale import CustomerSwitch
    from pos_desktop.ui.cashier.approval import switch_words

    known = switch_words(CustomerSwitch("after_blocked", JOHN, "John Smith"))
    assert "John Smith" in known and JOHN not in known
    assert JOHN in switch_words(CustomerSwitch("after_blocked", JOHN, ""))

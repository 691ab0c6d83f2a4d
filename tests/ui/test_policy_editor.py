"""The policy editor speaks the shop's words: employment types and the allowance period are
choices, category rates a small table, a wrong value shows its problem in the error colour
beside its field (no config-file words), and the preview starts on a discounted category."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from pos_desktop import i18n
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.errors import FieldError
from pos_desktop.core.policy_form import (
    PolicyForm,
    form_from_policy,
    policy_from_form,
    preview,
    preview_category,
)
from pos_desktop.core.rules import load_rules
from pos_desktop.core.signin import AdminGate
from pos_desktop.ui.admin.window import AdminWindow
from tests.conftest import RADU

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


@pytest.fixture
def conn(demo_path):
    connection = open_database(demo_path)
    yield connection
    connection.close()


def open_window(qtbot, conn) -> AdminWindow:
    window = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    qtbot.add_widget(window)
    window.resize(1024, 768)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    window.pages.setCurrentWidget(window.policies_page)
    return window


def shot(window, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()  # the layout settled, as a person sees it
    assert window.grab().save(str(SCREENSHOTS / f"policy-editor-{name}.png"))


# The core: the form to a policy, each problem naming its field


def test_a_saved_policy_reads_back_from_its_form_unchanged(conn):
    rules = load_rules(conn)
    for policy in rules.policies:
        form = form_from_policy(policy, "EUR")
        assert policy_from_form(form, "EUR", rules.categories) == policy


def test_a_wrong_value_names_its_field_in_plain_words(conn):
    rules = load_rules(conn)
    staff = form_from_policy(rules.policies[0], "EUR")
    cases = {
        "percent": PolicyForm(name="Staff", percent="150"),
        "max_discount_per_sale": PolicyForm(name="Staff", max_discount_per_sale="abc"),
        "rolling_days": PolicyForm(
            name="Staff", allowance_amount="100.00", allowance_period="rolling"
        ),
        "probation_days": PolicyForm(name="Staff", probation_days="ninety"),
        "category_percent": PolicyForm(name="Staff", category_percent=(("ELEC", "120"),)),
        "markup": PolicyForm(name="Staff", method="cost_plus"),
        "name": PolicyForm(name=" "),
    }
    for field, form in cases.items():
        with pytest.raises(FieldError) as caught:
            policy_from_form(form, "EUR", rules.categories)
        assert caught.value.field == field
        assert "[[" not in str(caught.value) and "_" not in str(caught.value)
    assert staff.employment == ("full_time", "part_time")
    assert staff.category_percent == (("ELEC", "10"),)


def test_a_rolling_allowance_and_category_rates_come_from_choices(conn):
    rules = load_rules(conn)
    form = PolicyForm(
        name="Seasonal",
        employment=("seasonal",),
        percent="15",
        allowance_amount="200.00",
        allowance_period="rolling",
        rolling_days="30",
        category_percent=(("ELEC", "5"),),
    )
    policy = policy_from_form(form, "EUR", rules.categories)
    assert policy.allowance is not None and policy.allowance.period == "rolling:30"
    assert policy.allowance.amount == 20000
    assert policy.category_percent == {"ELEC": Decimal(5)}
    assert policy.employment == ("seasonal",)
    assert form_from_policy(policy, "EUR") == form


def test_the_preview_is_the_core_s_and_starts_on_a_discounted_category(conn):
    rules = load_rules(conn)
    staff = rules.policies[0]
    assert not rules.categories[next(iter(rules.categories))].employee_discount  # ALCO first
    start = preview_category(rules, staff)
    assert rules.categories[start].employee_discount
    priced = preview(staff, "100.00", "60.00", "CLOTH", rules)
    assert (priced.total, priced.rule) == (8000, "20% staff")
    with pytest.raises(FieldError) as caught:
        preview(staff, "1O0", "60.00", "CLOTH", rules)
    assert caught.value.field == "sample_price"


# The window, driven by keys


def test_the_editor_starts_on_a_discounted_category_with_a_discount_shown(qtbot, conn):
    window = open_window(qtbot, conn)
    page = window.policies_page
    assert page.sample_category.currentData() == "ELEC"  # Staff's own rate, not Alcohol
    assert "no discount" not in page.preview_text.text()
    assert page.preview_text.text().endswith("costs 90.00 (10% staff).")


def test_a_wrong_percent_shows_in_red_beside_its_field_and_goes_when_corrected(qtbot, conn):
    window = open_window(qtbot, conn)
    page = window.policies_page
    percent = page.fields["percent"]
    percent.setFocus()
    percent.selectAll()
    qtbot.keyClicks(percent, "150")
    error = page.errors["percent"]
    assert error.isVisible()
    assert error.text() == "The percent must be a number between 0 and 100, not '150'."
    assert "#b71c1c" in error.styleSheet()
    assert page.preview_text.text() == ""
    # beside its field: the row just under the percent field
    assert 0 < error.geometry().top() - percent.geometry().bottom() < 20
    shot(window, "150")
    percent.selectAll()
    qtbot.keyClicks(percent, "abc")
    assert error.text() == "The percent must be a number between 0 and 100, not 'abc'."
    shot(window, "abc")
    percent.selectAll()
    qtbot.keyClicks(percent, "25")
    assert not error.isVisible()
    assert page.preview_text.text().endswith("costs 90.00 (10% staff).")  # ELEC keeps 10%
    page.save_all()
    assert "Policies saved" in window.status.text()
    assert load_rules(conn).policies[0].percent == Decimal(25)


def test_employment_period_and_rates_are_chosen_not_typed(qtbot, conn):
    window = open_window(qtbot, conn)
    page = window.policies_page
    assert page.employment["full_time"].isChecked() and page.employment["part_time"].isChecked()
    assert not page.employment["seasonal"].isChecked()
    page.employment["seasonal"].setFocus()
    qtbot.keyClick(page.employment["seasonal"], Qt.Key.Key_Space)
    assert page.employment["seasonal"].isChecked()
    assert "full time, part time, seasonal" in page.preview_text.text()
    assert page.period.currentData() == "year"
    assert not page.days.isEnabled()
    page.period.setFocus()
    page.period.setCurrentIndex(page.period.findData("rolling"))
    assert page.days.isEnabled()
    assert page.errors["rolling_days"].text() == "A rolling period needs its number of days."
    qtbot.keyClicks(page.days, "30")
    assert not page.errors["rolling_days"].isVisible()
    page.rates.add_button.click()
    row = page.rates.table.rowCount() - 1
    combo = page.rates.table.cellWidget(row, 0)
    field = page.rates.table.cellWidget(row, 1)
    assert isinstance(combo, QComboBox) and isinstance(field, QLineEdit)
    assert combo.currentData() != "ELEC"  # a new rate starts on a category without one
    combo.setCurrentIndex(combo.findData("HOME"))
    qtbot.keyClicks(field, "15")
    page.sample("100.00", "60.00", "HOME")
    assert page.preview_text.text().endswith("costs 85.00 (15% staff).")
    QApplication.processEvents()
    table = page.rates.table  # both rates whole: the form scrolls, its table is not squeezed
    assert table.height() >= min(table.maximumHeight(), table.sizeHint().height())
    shot(window, "choices")
    page.save_all()
    assert "Policies saved" in window.status.text()
    saved = load_rules(conn).policies[0]
    assert saved.employment == ("full_time", "part_time", "seasonal")
    assert saved.allowance is not None and saved.allowance.period == "rolling:30"
    assert saved.category_percent == {"ELEC": Decimal(10), "HOME": Decimal(15)}


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_the_policy_editor_in_each_language(qtbot, conn, language):
    i18n.use(language)
    window = open_window(qtbot, conn)
    page = window.policies_page
    page.fields["max_discount_per_sale"].setText("dużo")
    page.preview()
    problem = page.errors["max_discount_per_sale"].text()
    assert problem and "[[" not in problem and "max_discount_per_sale" not in problem
    shot(window, f"invalid-{language}")
    page.fields["max_discount_per_sale"].setText("50")
    page.preview()
    assert page.problem() == ""
    assert page.preview_text.text()
    shot(window, language)


def test_a_polish_form_shows_amounts_with_a_decimal_comma_and_saves_them(qtbot, conn):
    i18n.use("pl")
    window = open_window(qtbot, conn)
    page = window.policies_page
    assert page.fields["max_discount_per_sale"].text() == "50,00"
    assert page.fields["allowance_amount"].text() == "1000,00"
    assert page.sample_price.text() == "100,00"
    page.fields["max_discount_per_sale"].setText("60,50")
    page.save_all()
    assert load_rules(conn).policies[0].max_discount_per_sale == 6050


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_the_form_scrolls_down_without_its_scroll_bar_covering_its_right_edge(
    qtbot, conn, language
):
    """At the app's font the policies and settings forms are taller than a window on a
    1024x768 screen: they scroll down (the settings page once made the window 850 px tall),
    and the scroll bar stands beside the form, not over "Add a rate" or the allowance's days."""
    from pos_desktop import i18n
    from pos_desktop.ui.common.fit import DownScroll

    i18n.use(language)
    window = open_window(qtbot, conn)
    window.resize(1024, 700)  # 768 less a window manager's title bar and a panel
    qtbot.waitUntil(lambda: window.height() == 700)
    for page in (window.policies_page, window.settings_page):
        window.pages.setCurrentWidget(page)
        QApplication.processEvents()
        [scroll] = page.findChildren(DownScroll)
        assert scroll.verticalScrollBar().isVisible(), "the form is taller than the window"
        form = scroll.widget()
        assert form.width() <= scroll.viewport().width()
        assert form.width() >= form.minimumSizeHint().width()
    window.pages.setCurrentWidget(window.policies_page)
    QApplication.processEvents()
    [scroll] = window.policies_page.findChildren(DownScroll)
    add_rate = window.policies_page.rates.add_button
    edge = add_rate.mapTo(scroll.viewport(), add_rate.rect().topRight()).x()
    assert edge < scroll.viewport().width()
    shot(window, f"scrolled-{language}")

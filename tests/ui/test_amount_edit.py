"""The one amount field: integer minor units in, integer minor units out, written as the
language writes money; a malformed amount is refused with a message, never read as another
number. Used by the settings page, the policies page, the product dialog and F3."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pos_desktop import i18n
from pos_desktop.core.errors import InputError
from pos_desktop.core.rules import load_settings
from pos_desktop.ui.cashier.dialogs import OpenAmountDialog
from pos_desktop.ui.common.amount_edit import AmountEdit
from tests.ui.test_payroll_screens import admin  # noqa: F401 (a fixture)
from tests.ui.test_till_day import SCREENSHOTS, enter, key, shot, till  # noqa: F401


def typed(qtbot, language: str, keys: str, currency: str = "EUR") -> AmountEdit:
    i18n.use(language)
    field = AmountEdit(currency)
    field.setAccessibleName("Price")
    qtbot.add_widget(field)
    qtbot.keyClicks(field, keys)
    return field


def test_polish_1234_comma_5_is_123450_minor_units_shown_back_with_two_decimals(qtbot):
    field = typed(qtbot, "pl", "1234,5")
    assert field.minor() == 123450 and field.problem() == ""
    field.editingFinished.emit()
    assert field.text() == "1234,50"
    field.set_minor(1234550)
    assert field.text().replace("\u00a0", " ") == "12 345,50"
    assert field.minor() == 1234550


@pytest.mark.parametrize(
    ("language", "keys", "minor"),
    [
        ("en", "1,234.50", 123450),
        ("pl", "1 234,50", 123450),
        ("pl", "12.5", 1250),  # a number pad's dot is the Polish comma
        ("ro", "1.234,50", 123450),
        ("ro", "12,05", 1205),
    ],
)
def test_each_language_writes_its_own_decimal_mark_and_groups(qtbot, language, keys, minor):
    assert typed(qtbot, language, keys).minor() == minor


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_12_3_4_is_refused_with_a_message(qtbot, language):
    field = typed(qtbot, language, "12.3.4")
    assert field.problem()
    assert field.problem().startswith("Price: ")
    with pytest.raises(InputError) as caught:
        field.minor()
    assert "Price" in str(caught.value.args[0])


@pytest.mark.parametrize(
    ("language", "keys"),
    [("en", "12,50"), ("ro", "12.50"), ("en", "1.234"), ("pl", "12,505")],
)
def test_a_mark_the_language_reads_otherwise_is_refused_not_guessed(qtbot, language, keys):
    """12,50 in English or 12.50 in Romanian would be 1250 read by groups: refused."""
    field = typed(qtbot, language, keys)
    if keys == "1.234":  # three decimals in EUR
        assert "decimal places" in field.problem()
    else:
        with pytest.raises(InputError):
            field.minor()


def test_letters_are_refused_as_they_are_typed_with_a_message(qtbot):
    field = typed(qtbot, "pl", "12a")
    assert field.text() == "12"
    assert "," in field.problem() and "12" in field.problem()  # says the mark and an example
    qtbot.keyClicks(field, "5")
    assert field.problem() == "" and field.minor() == 125 * 100


def test_a_yen_amount_has_no_decimals_and_the_symbol_stands_beside_it(qtbot):
    field = typed(qtbot, "en", "1250.5", currency="JPY")
    assert "decimal places" in field.problem()
    field.set_minor(1250)
    assert field.text() == "1,250" and field.minor() == 1250
    assert field.alignment() & Qt.AlignmentFlag.AlignRight
    assert typed(qtbot, "en", "", currency="PLN").unit == "zł"
    assert field.textMargins().right() > 10  # room for the symbol


@pytest.mark.parametrize("till", ["pl"], indirect=True)
def test_f3_in_polish_driven_by_keys(qtbot, till):  # noqa: F811
    win = till
    key(qtbot, win, Qt.Key.Key_F3)
    dialog = win.dialog
    assert isinstance(dialog, OpenAmountDialog)
    qtbot.keyClick(dialog.category, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.category, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.amount, "12.3")
    qtbot.keyClicks(dialog.amount, "x")  # refused, and said
    assert dialog.amount.text() == "12,3" and dialog.error.text()
    qtbot.keyClicks(dialog.amount, ".4")
    enter(qtbot, dialog.amount)
    assert dialog.isVisible() and "12,3,4" in dialog.error.text()
    shot(dialog, win, "open-amount-refused")
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "12,5")
    assert dialog.amount.text() == "12,5"
    shot(dialog, win, "open-amount-typed")
    enter(qtbot, dialog.amount)
    assert win.dialog is None and win.model.rowCount() == 1
    assert "12,50" in win.totals["total"].text()


@pytest.mark.parametrize("language", ["pl", "ro"])
def test_the_settings_page_reads_and_writes_money_in_the_language(qtbot, admin, language):  # noqa: F811
    window = admin(language)
    page = window.settings_page
    window.pages.setCurrentWidget(page)
    page.max_open.selectAll()
    qtbot.keyClicks(page.max_open, "12.3.4" if language == "pl" else "1,2,3")
    assert page.amount_problem.text()  # said as it is typed, beside the fields
    page.max_open.selectAll()
    qtbot.keyClicks(page.max_open, "1500,5")
    assert page.amount_problem.text() == ""
    page.refund_above.clear()
    qtbot.keyClicks(page.tax_params["free_per_year"], "5")
    assert isinstance(page.tax_params["free_per_year"], AmountEdit)
    page.tax_params["free_per_year"].selectAll()
    qtbot.keyClicks(page.tax_params["free_per_year"], "44,5")
    window.save_settings(page.settings(), None, page.tax_table())
    saved = load_settings(window.conn)
    assert saved.max_open_amount == 150050 and saved.refund_approval_above is None
    assert dict(window.rules.tax.params)["free_per_year"] == "44.50"
    page.load()
    assert page.max_open.text() == {"pl": "1500,50", "ro": "1.500,50"}[language]
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    assert window.grab().save(str(SCREENSHOTS / f"amounts-settings-{language}.png"))


def _amount_text_fits(field: AmountEdit) -> bool:
    """The amount and the currency beside it both show, without overlapping."""
    room = field.width() - field.textMargins().right()
    return field.fontMetrics().horizontalAdvance(field.text()) < room


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_the_settings_and_policies_pages_at_1024x768(qtbot, admin, language):  # noqa: F811
    """Both pages whole at 1024x768 in each language, their amounts as the language writes
    them beside the currency, nothing cut."""
    from tests.ui.test_language_screens import clipped

    window = admin(language)
    SCREENSHOTS.mkdir(exist_ok=True)
    for page, name in ((window.settings_page, "settings"), (window.policies_page, "policies")):
        window.pages.setCurrentWidget(page)
        qtbot.wait(20)  # laid out
        assert clipped(window) == []
        fields = [f for f in page.findChildren(AmountEdit) if f.isVisible() and f.text()]
        assert fields and all(_amount_text_fits(f) for f in fields)
        mark = "." if language == "en" else ","
        assert all(mark in f.text() for f in fields)
        assert window.grab().save(str(SCREENSHOTS / f"amounts-{name}-page-{language}.png"))


def test_a_larger_font_makes_more_room_for_the_symbol(qtbot):
    field = typed(qtbot, "en", "12.50")
    before = field.textMargins().right()
    font = field.font()
    font.setPointSize(font.pointSize() * 2)
    field.setFont(font)
    assert field.textMargins().right() > before

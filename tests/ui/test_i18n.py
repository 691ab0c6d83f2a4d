"""The language: how it is chosen, the store's setting, and money, numbers and dates in it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from pos_desktop import i18n
from pos_desktop.core import config, config_parse
from pos_desktop.core.errors import InputError
from pos_desktop.core.rules import load_rules
from pos_desktop.launch import _plain_till_start

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def test_the_language_is_the_option_else_the_store_else_the_system(monkeypatch):
    assert i18n.choose("ro", "pl") == "ro"
    assert i18n.choose(None, "pl") == "pl"
    assert i18n.choose(None, None) == "en"  # the tests' system speaks C
    monkeypatch.setenv("LANG", "ro_RO.UTF-8")
    assert i18n.choose(None, None) == "ro"
    monkeypatch.setenv("LANGUAGE", "de:pl")  # the first language there is a translation for
    assert i18n.choose(None, None) == "pl"
    assert i18n.choose(None, "en") == "en"


def test_money_numbers_and_dates_are_written_as_each_language_writes_them():
    i18n.use("en")
    assert i18n.money(21200, "EUR") == "€212.00"
    assert i18n.money(-550, "EUR") == "-€5.50"
    assert i18n.amount(123456789, "EUR") == "1,234,567.89"
    assert i18n.date_text(dt.date(2026, 6, 15)) == "2026-06-15"  # one style: ISO
    i18n.use("pl")
    assert i18n.money(21200, "PLN") == "212,00\xa0zł"
    assert i18n.money(123456789, "EUR") == "1\xa0234\xa0567,89\xa0€"
    assert i18n.number(1000000) == "1\xa0000\xa0000"
    assert i18n.moment_text(dt.datetime(2026, 6, 15, 14, 30)) == "2026-06-15 14:30"
    i18n.use("ro")
    assert i18n.money(21200, "RON") == "212,00\xa0lei"
    assert i18n.money(5, "JPY") == "5\xa0JPY"  # no minor unit, no symbol of its own here
    assert i18n.date_text(dt.date(2026, 6, 5)) == "2026-06-05"


def test_the_translations_and_qt_own_are_loaded_and_a_missing_one_falls_back_quietly(qtbot):
    i18n.use("pl")
    assert i18n.current() == "pl"
    assert i18n.translate("SettingsPage", "The system's language") == "Język systemu"
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own word
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Anuluj"
    i18n.use("ro")  # Qt has no qtbase_ro: the app's own translation holds Qt's words
    assert i18n.translate("SettingsPage", "The system's language") == "Limba sistemului"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Anulează"


@pytest.mark.parametrize(
    ("language", "look_in", "of_type"),
    [("pl", "&Szukaj w:", "Pliki &rodzaju:"), ("ro", "&Căutare în:", "Fișiere de &tipul:")],
)
def test_qt_s_own_file_dialog_speaks_the_language(qtbot, language, look_in, of_type):
    """The save dialog read "Look in:" and "Files of type:" in a Polish or Romanian window."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QLabel

    i18n.use(language)
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") == look_in.replace("&", "")
        dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.add_widget(dialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {look_in, of_type} <= labels, labels
        dialog.resize(640, 420)
        dialog.show()
        SCREENSHOTS.mkdir(exist_ok=True)
        assert dialog.grab().save(str(SCREENSHOTS / f"file-dialog-{language}.png"))
    finally:
        i18n.use("en")


def test_the_store_language_is_checked_exported_and_kept(demo_store):
    rules = demo_store.rules
    with pytest.raises(InputError, match="language 'de' must be one of en, pl, ro"):
        config_parse.config_from_dict(
            {**config.export_dict(rules), "store": {"language": "de"}}, "shop.toml"
        )
    config.apply(
        demo_store.conn, config.with_settings(rules, replace(rules.settings, language="ro"))
    )
    assert load_rules(demo_store.conn).settings.language == "ro"
    assert 'language = "ro"' in config.export_toml(load_rules(demo_store.conn))
    assert i18n.stored_language(demo_store.conn) == "ro"


def test_lang_is_taken_on_the_till_s_quick_start_and_a_wrong_one_goes_to_the_parser():
    assert _plain_till_start(["--lang", "pl"]) == (None, "pl", set())
    assert _plain_till_start(["--db", "x.sqlite", "--lang", "ro", "cashier"])[1] == "ro"
    assert _plain_till_start(["--lang", "de"]) is None


def test_a_wrong_lang_is_a_usage_mistake(run):
    result = run("--lang", "de", "check", "1")
    assert result.code == 2
    assert "invalid choice: 'de'" in result.err


def test_lang_pl_gives_the_command_line_s_help_in_polish(run):
    result = run("--lang", "pl", "--help")
    assert result.code == 0
    assert result.out.startswith("użycie: pos-desktop")
    assert "otwórz okno kasy (domyślnie)" in result.out
    assert "pokaż tę pomoc i zakończ" in result.out
    result = run("--lang", "ro", "report", "discounts", "--help")
    assert "salvează și raportul ca PDF" in result.out
    english = run("--help")
    assert english.out.startswith("usage: pos-desktop") and "open the till window" in english.out

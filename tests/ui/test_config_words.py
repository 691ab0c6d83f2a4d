"""The store's configuration, the admin sign-in, the database file and the chain check speak
the admin's language (Polish, Romanian) on the command line and in the admin window, while the
English text stays what `--json`, the journal and the audit log keep."""

from __future__ import annotations

import tomllib

import pytest
import tomli_w
from PySide6.QtCore import Qt

from pos_desktop import i18n
from pos_desktop.core import config_parse
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.errors import InputError
from pos_desktop.core.signin import AdminGate
from pos_desktop.ui.admin.signin import SignInDialog
from pos_desktop.ui.admin.window import AdminWindow
from tests.conftest import ANNA, CASHIER, DEMO_AT, RADU
from tests.ui.test_language_screens import shot

BAD_POLICY = '[[policy]]\nname = "Staff"\nmethod = "free"\n'


def test_a_bad_config_imported_in_romanian_gives_a_romanian_line(run, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD_POLICY, encoding="utf-8")
    romanian = run("--lang", "ro", "config", "import", str(bad))
    assert romanian.code == 2
    assert romanian.err.strip() == (
        f"pos-desktop: {bad} [[policy]] 'Staff': method trebuie să fie percent sau cost_plus, "
        "nu 'free'"
    )
    english = run("config", "import", str(bad))
    assert english.err.strip() == (
        f"pos-desktop: {bad} [[policy]] 'Staff': method must be percent or cost_plus, not 'free'"
    )


def test_a_percentage_inside_a_policy_and_a_toml_mistake_in_polish(run, tmp_path):
    over = tmp_path / "over.toml"
    over.write_text('[[policy]]\nname = "Staff"\npercent = 120\n', encoding="utf-8")
    said = run("--lang", "pl", "config", "import", str(over)).err.strip()
    assert (
        said
        == f"pos-desktop: {over} [[policy]] 'Staff': percent musi być liczbą od 0 do 100, nie 120"
    )
    broken = tmp_path / "broken.toml"
    broken.write_text("[store\n", encoding="utf-8")
    said = run("--lang", "pl", "config", "import", str(broken)).err
    assert f"{broken} nie jest poprawnym plikiem TOML" in said


def test_a_change_that_would_orphan_staff_is_refused_in_polish_and_nothing_changes(run, tmp_path):
    before = run("config", "export").out
    data = tomllib.loads(before)
    data["company"] = [c for c in data["company"] if c["code"] != "ACLOG"]
    changed = tmp_path / "store.toml"
    changed.write_text(tomli_w.dumps(data), encoding="utf-8")
    said = run("--lang", "pl", "config", "import", str(changed)).err.strip()
    assert said == (
        "pos-desktop: to pomija spółkę 'ACLOG', do której nadal należą pracownicy w rejestrze; "
        "zostaw ją albo najpierw przenieś tych pracowników"
    )
    assert run("config", "export").out == before


def test_the_words_of_a_problem_s_place_are_translated_too():
    with pytest.raises(InputError) as refused:
        config_parse.config_from_dict({"store": {"currency": "E"}})
    english = "config [store]: currency 'E' must be a code like EUR or PLN"
    assert str(refused.value) == english
    i18n.use("pl")
    assert (
        i18n.say(refused.value)
        == "konfiguracja [store]: waluta 'E' musi być kodem, np. PLN lub EUR"
    )
    i18n.use("ro")
    assert (
        i18n.say(refused.value)
        == "configurația [store]: moneda 'E' trebuie să fie un cod ca RON sau EUR"
    )
    assert str(refused.value) == english  # what a log or --json keeps


def test_a_missing_database_and_a_bad_date_in_romanian(run, tmp_path):
    missing = tmp_path / "nowhere.sqlite"
    said = run(
        "--lang",
        "ro",
        "report",
        "discounts",
        "--from",
        "2026-06-01",
        "--to",
        "2026-06-30",
        db=missing,
    )
    assert said.err.strip() == (
        f"pos-desktop: nu există nicio bază de date la {missing}; creați una cu 'pos-desktop init'"
    )
    said = run("--lang", "ro", "report", "discounts", "--from", "2026-06-30", "--to", "2026-06-01")
    assert said.err.strip() == "pos-desktop: --to 2026-06-01 este înainte de --from 2026-06-30"
    said = run("--lang", "pl", "report", "discounts", "--from", "2026-06-01", "--to", "soon")
    assert said.err.strip() == (
        "pos-desktop: --to 'soon' nie jest datą, np. 2026-11-23 lub 23.11.2026"
    )


def test_a_wrong_admin_password_in_polish_in_the_sign_in_dialog(qtbot, demo_path):
    conn = open_database(demo_path)
    gate = AdminGate(conn)
    gate.set_password("correct horse")
    i18n.use("pl")
    dialog = SignInDialog(gate, "demo.sqlite")
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "nope")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error.text() == "Logowanie nieudane; pozostałe próby przed blokadą: 4."
    shot(dialog, "signin-wrong-password-pl")
    for _ in range(4):
        qtbot.keyClicks(dialog.password, "nope")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error.text() == "Logowanie nieudane; zablokowano na 15 min."
    assert dialog.identity is None
    dialog.close()
    conn.close()


@pytest.fixture
def polish_window(qtbot, demo_path):
    i18n.use("pl")
    conn = open_database(demo_path)
    window = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    qtbot.add_widget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    conn.close()


def test_the_admin_window_s_settings_and_policies_pages_refuse_in_polish(qtbot, polish_window):
    window = polish_window
    page = window.settings_page
    window.pages.setCurrentWidget(page)
    page.pattern.setText("^2[0-9")
    window.save_settings(page.settings())
    assert window.status.text().startswith("Ustawienia [badge]: pattern nie jest poprawnym")
    page.pattern.setText(r"^2[0-9]{12}$")
    qtbot.keyClicks(page.trial, "2000000000016")
    assert (
        page.trial_result.text()
        == "2000000000016: "
        + i18n.say(window.rules.settings.badge_format.problem("2000000000016"))
        + "."
    )
    shot(window, "admin-settings-refused-pl")
    policies = window.policies_page
    window.pages.setCurrentWidget(policies)
    policies.fields["percent"].setText("120")
    policies.preview()
    assert "musi być liczbą od 0 do 100, nie '120'" in policies.problem()
    assert "[[policy]]" not in policies.problem()
    shot(window, "admin-policies-refused-pl")


def test_a_tampered_sale_is_reported_in_polish_while_verify_json_stays_english(
    qtbot, run, demo_path
):
    sold = run(
        "sell", *CASHIER, "--customer", ANNA, "--item", "SHIRT-01", "--at", DEMO_AT, "--json"
    )
    sale = sold.json["sale_id"]
    conn = open_database(demo_path)
    conn.execute("DROP TRIGGER sales_append_only_update")
    conn.execute("UPDATE sales SET total = total + 1 WHERE id = ?", (sale,))
    conn.commit()
    conn.close()
    checked = run("--lang", "pl", "journal", "verify", "--json")
    assert checked.code == 1
    broken = checked.json["broken"]
    assert (broken["log"], broken["what"]) == (
        "sales",
        f"(sale {sale}) was changed after it was written",
    )
    i18n.use("pl")
    conn = open_database(demo_path)
    window = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    qtbot.add_widget(window)
    window.audit.verify_chains()
    assert window.audit.result.text().startswith(
        f"Uszkodzony: zapis sprzedaży {broken['seq']} (sprzedaż {sale}) został zmieniony po "
        "zapisaniu."
    )
    conn.close()

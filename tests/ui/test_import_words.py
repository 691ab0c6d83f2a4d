"""What the imports, the registry and the catalogue say to people (a row's problem, a file
that cannot be read, a refused edit) reaches them in Polish or Romanian, while `--json`, the
audit log and the English report keep the English words. The staff dialog names employment
types in the language in use and stores their codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from pos_desktop import i18n
from pos_desktop.core import catalogue, staff
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.errors import InputError
from pos_desktop.core.importing.imports import FileOptions, ImportRefused
from pos_desktop.core.importing.products import import_products
from pos_desktop.core.importing.staff_import import import_staff
from pos_desktop.core.importing.tabular import open_table
from pos_desktop.core.rules import load_rules
from pos_desktop.core.signin import AdminGate
from pos_desktop.ui.admin.staff_dialog import StaffDialog
from pos_desktop.ui.admin.window import AdminWindow
from tests.conftest import PIOTR, RADU
from tests.ui.test_language_screens import shot

KADRY = (
    "Nr ewidencyjny;Imię i nazwisko;Spółka;Data zatrudnienia;Rodzaj zatrudnienia\n"
    "P100;Łucja Świątek;ACME;01.09.2024;pełny etat\n"
    "P101;Zbigniew Żółć;ACMX;2024-13-01;pełny etat\n"
    "P100;Ola Nowak;ACME;15/10/2024;umowa zlecenie\n"
)


def hr_file(tmp_path: Path) -> Path:
    path = tmp_path / "kadry.csv"
    path.write_bytes(KADRY.encode("cp1250"))
    return path


def test_a_row_s_problems_are_polish_when_shown_and_english_in_json(demo_path, tmp_path):
    conn = open_database(demo_path)
    report = import_staff(conn, load_rules(conn), hr_file(tmp_path), dry_run=True)
    conn.close()
    found = {(p.row, p.column): p for p in report.problems}
    company, date, twice = found[3, "company"], found[3, "start_date"], found[4, "employee_no"]
    assert (company.problem, company.suggestion) == ("unknown company", "did you mean ACME?")
    english = json.dumps([p.__dict__ for p in report.problems], ensure_ascii=False)
    i18n.use("pl")
    assert (i18n.say(company.problem), i18n.say(company.suggestion)) == (
        "nieznana spółka",
        "czy chodziło o ACME?",
    )
    assert i18n.say(date.problem) == "to nie jest data"
    assert i18n.say(date.suggestion) == "wpisz ją jako 2026-11-23, 23.11.2026 lub 23/11/2026"
    assert i18n.say(twice.describe()) == (
        "wiersz 4, Numer pracownika 'P100': ten sam numer jest w wierszu 2 "
        "(zostaw jeden z wierszy 2 i 4)"
    )
    assert i18n.say(report.source) == "CSV, cp1250, separator: średnik"
    assert json.dumps([p.__dict__ for p in report.problems], ensure_ascii=False) == english
    assert "did you mean ACME?" in english and "czy" not in english


def test_a_refused_import_and_an_unreadable_file_are_explained_in_romanian(demo_path, tmp_path):
    conn = open_database(demo_path)
    rules = load_rules(conn)
    with pytest.raises(ImportRefused) as refused:
        import_staff(conn, rules, hr_file(tmp_path))
    utf16 = tmp_path / "export.csv"
    utf16.write_bytes("employee_no,name\nE1,Ana\n".encode("utf-16"))
    with pytest.raises(InputError) as unreadable:
        open_table(utf16)
    no_name = tmp_path / "fara-nume.csv"
    no_name.write_text("employee_no;company\nE1;ACME\n", encoding="utf-8")
    with pytest.raises(InputError) as unmapped:
        import_staff(conn, rules, no_name, FileOptions(mapping={"Nume": "name"}))
    conn.close()
    assert str(refused.value).endswith(
        "2 rows with problems; nothing was imported "
        "(fix them, or apply the valid rows with --skip-invalid)"
    )
    i18n.use("ro")
    assert i18n.say(refused.value) == (
        f"{tmp_path / 'kadry.csv'}: rânduri cu probleme: 2; nu s-a importat nimic "
        "(corectați-le sau aplicați rândurile valide cu --skip-invalid)"
    )
    assert i18n.say(unreadable.value) == (
        f"{utf16} este text UTF-16; salvați-l din nou ca CSV UTF-8 (sau ca XLSX)"
    )
    assert i18n.say(unmapped.value) == (
        f"corespondența citește o coloană 'Nume', pe care {no_name} nu o are "
        "(coloanele lui: employee_no, company)"
    )


def test_a_product_s_name_and_a_person_s_name_are_told_apart_in_polish(demo_path, tmp_path):
    products = tmp_path / "towary.csv"
    products.write_text("sku,name,category,price\nX-1,,CLOTHING,abc\n", encoding="utf-8")
    conn = open_database(demo_path)
    rules = load_rules(conn)
    report = import_products(conn, rules, products, dry_run=True)
    with pytest.raises(InputError) as person:
        staff.StaffDetails("E1", " ", "ACME").checked(rules)
    with pytest.raises(InputError) as taken:
        catalogue.save(
            conn,
            catalogue.Product("NEW-1", "5900000000017", "Kubek", "CLOTH", 100, None),
            new=True,
            actor="test",
            till="T1",
        )
        catalogue.save(
            conn,
            catalogue.Product("NEW-2", "5900000000017", "Kubek 2", "CLOTH", 100, None),
            new=True,
            actor="test",
            till="T1",
        )
    conn.close()
    i18n.use("pl")
    said = {p.column: i18n.say(p.problem) for p in report.problems}
    assert said["name"] == "nazwa jest pusta"
    assert said["price"].startswith("cena 'abc' nie jest kwotą")
    assert i18n.say(person.value) == "imię i nazwisko jest puste"
    assert i18n.say(taken.value) == "kod kreskowy 5900000000017 jest już używany przez NEW-1"


def test_the_cli_says_an_import_error_in_polish_and_json_keeps_english(run, tmp_path):
    missing = run("--lang", "pl", "staff", "import", str(tmp_path / "brak.csv"))
    assert missing.code == 2
    assert missing.err.strip() == f"pos-desktop: nie ma pliku {tmp_path / 'brak.csv'}"
    path = hr_file(tmp_path)
    refused = run("--lang", "pl", "staff", "import", str(path))
    assert refused.code == 2
    assert refused.err.splitlines()[-1] == (
        f"pos-desktop: {path}: wiersze z problemami: 2; niczego nie zaimportowano "
        "(popraw je albo zastosuj poprawne wiersze z --skip-invalid)"
    )
    checked = run("--lang", "pl", "staff", "import", str(path), "--dry-run", "--json")
    assert checked.json["file"] == "CSV, cp1250, semicolon-separated"
    assert {p["problem"] for p in checked.json["problems"]} == {
        "unknown company",
        "not a date",
        "the same number is on row 2",
    }


@pytest.fixture
def admin(qtbot, demo_path):
    def opened(language: str) -> AdminWindow:
        i18n.use(language)
        conn = open_database(demo_path)
        identity = AdminGate(conn).sign_in(badge=RADU, pin="4321")
        window = AdminWindow(conn, identity)
        qtbot.add_widget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    windows: list[AdminWindow] = []
    yield opened
    for window in windows:
        window.conn.close()


def test_the_import_wizard_in_romanian_shows_romanian_problems(qtbot, admin, tmp_path):
    window = admin("ro")
    wizard = window.data.open_wizard()
    qtbot.waitExposed(wizard)
    broken = tmp_path / "hr.csv"
    broken.write_bytes(b"employee_no,name\x00\n")
    wizard.file_page.path.setText(str(broken))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.file_page.error.text() == (
        f"{broken} conține octeți NUL (la octetul 16); nu este un export text."
    )
    wizard.file_page.path.setText(str(hr_file(tmp_path)))
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert (
        wizard.columns_page.source.text() == "kadry.csv: CSV, cp1250, separator: punct și virgulă"
    )
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.values_page
    qtbot.waitUntil(lambda: wizard.job is None, timeout=60_000)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.job is None, timeout=60_000)
    check = wizard.check_page
    assert check.summary.text().startswith("CSV, cp1250, separator: punct și virgulă. Rânduri: 3.")
    model = check.model
    rows = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert rows == [
        ["3", "Companie", "ACMX", "companie necunoscută", "vă referiți la ACME?"],
        [
            "3",
            "Data angajării",
            "2024-13-01",
            "nu este o dată",
            "scrieți-o ca 2026-11-23, 23.11.2026 sau 23/11/2026",
        ],
        [
            "4",
            "Numărul angajatului",
            "P100",
            "același număr este pe rândul 2",
            "păstrați unul dintre rândurile 2 și 4",
        ],
    ]
    check.problems.resizeColumnsToContents()
    shot(wizard, "wizard-ro-problems")
    report = tmp_path / "raport.csv"
    check.write_report(report)
    lines = report.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Rând,Coloană,Valoare,Problemă,Sugestie"
    assert lines[1] == "3,company,ACMX,companie necunoscută,vă referiți la ACME?"
    assert check.note.text() == "Probleme scrise în raport.csv: 3."


def test_the_staff_dialog_in_polish_names_employment_types_and_stores_codes(qtbot, admin):
    window = admin("pl")
    window.staff.changes.add_person()
    dialog = window.dialog
    assert isinstance(dialog, StaffDialog)
    shown = [dialog.employment.itemText(i) for i in range(dialog.employment.count())]
    assert shown[:5] == ["pełny etat", "niepełny etat", "sezonowy", "zleceniobiorca", "emeryt"]
    assert dialog.employment.currentText() == "pełny etat"
    qtbot.keyClicks(dialog.number, "N200")
    dialog.ok.click()
    assert dialog.error.text() == "Imię i nazwisko jest puste."
    qtbot.keyClicks(dialog.name, "Nina Nowa")
    dialog.employment.setCurrentIndex(dialog.employment.findData("part_time"))
    qtbot.keyClicks(dialog.start, "01.02.2026")
    shot(dialog, "staff-dialog-pl-employment")
    dialog.ok.click()
    assert not dialog.isVisible()
    assert staff.details(window.conn, "N200").employment_type == "part_time"
    window.conn.execute(
        "UPDATE staff SET employment_type = 'night_shift' WHERE employee_no = 'N200'"
    )
    window.conn.commit()
    person = staff.details(window.conn, "N200")
    again = StaffDialog(load_rules(window.conn), person, lambda p: saved.append(p), window)
    qtbot.add_widget(again)
    saved: list[staff.StaffDetails] = []
    assert again.employment.currentText() == "night shift"  # a store's own kind, untranslated
    again.accept_with()
    again.employment.setEditText("Pełny etat")  # typed, in any case: the known kind
    again.accept_with()
    again.employment.setEditText("Nocna zmiana")  # a new kind, stored as typed
    again.accept_with()
    assert [p.employment_type for p in saved] == ["night_shift", "full_time", "Nocna zmiana"]


def test_a_badge_already_held_is_refused_in_polish(qtbot, admin):
    window = admin("pl")
    window.staff.table.selectRow(0)
    window.staff.changes.manage_dependants()
    dialog = window.dialog
    qtbot.keyClicks(dialog.number, "D900")
    qtbot.keyClicks(dialog.name, "Jan Kowalski")
    qtbot.keyClicks(dialog.badge, PIOTR)
    dialog.ok.click()
    assert dialog.error.text() == f"Identyfikator {PIOTR} już do kogoś należy."


def test_the_same_mistake_on_many_rows_gets_the_same_suggestion_for_its_own_column(
    demo_path, tmp_path
):
    path = tmp_path / "kadry.csv"
    rows = "".join(f"N{i},Osoba {i},OPZ,OPZ,2024-01-01,PT\n" for i in range(3))
    path.write_text(
        "employee_no,name,company,department,start_date,employment_type\n" + rows,
        encoding="utf-8",
    )
    conn = open_database(demo_path)
    report = import_staff(conn, load_rules(conn), path, dry_run=True)
    conn.close()
    hints = [(p.row, p.column, p.suggestion) for p in report.problems]
    known = "known: ACFOOD, ACLOG, ACME; add others in the admin window first"
    assert hints == [(row, "company", known) for row in (2, 3, 4)]
    i18n.use("pl")
    assert i18n.say(report.problems[0].suggestion) == (
        "znane: ACFOOD, ACLOG, ACME; inne najpierw dodaj w oknie administratora"
    )


def test_a_day_in_a_problem_is_written_as_every_screen_writes_days(demo_path, tmp_path):
    path = tmp_path / "kadry.csv"
    path.write_text(
        "employee_no,name,company,start_date,end_date\nN1,Ana,ACME,15.06.2026,2026-01-01\n",
        encoding="utf-8",
    )
    conn = open_database(demo_path)
    problems = import_staff(conn, load_rules(conn), path, dry_run=True).problems
    conn.close()
    # Every problem of the row: the file has no employment type column for the new person.
    assert [p.column for p in problems] == ["employment_type", "end_date"]
    problem = problems[1]
    assert problem.problem == "the end date is before the start date (2026-06-15)"
    i18n.use("pl")
    assert i18n.say(problem.problem) == (
        "data zakończenia jest wcześniejsza niż data rozpoczęcia (2026-06-15)"
    )


def test_one_new_department_and_one_bad_row_read_right_in_polish_and_romanian():
    from pos_desktop.core.importing.imports import ImportReport, Problem

    one = ImportReport(new_departments=["Kasa"], problems=[Problem(2, "company", "X", "unknown")])
    refused = ImportRefused("kadry.csv", one)
    assert one.notes()[0] == "1 new department: Kasa"
    assert str(refused).startswith("kadry.csv: 1 row with problems; nothing was imported")
    i18n.use("pl")
    assert i18n.say(one.notes()[0]) == "nowy dział (1): Kasa"
    assert i18n.say(refused) == (
        "kadry.csv: wiersz z problemami (1); niczego nie zaimportowano "
        "(popraw go albo zastosuj poprawne wiersze z --skip-invalid)"
    )
    i18n.use("ro")
    assert i18n.say(one.notes()[0]) == "departament nou (1): Kasa"
    assert i18n.say(refused) == (
        "kadry.csv: rând cu probleme (1); nu s-a importat nimic "
        "(corectați-l sau aplicați rândurile valide cu --skip-invalid)"
    )


@pytest.mark.parametrize(
    ("language", "people", "rows", "entries"),
    [
        (
            "en",
            ("Wrote 1 person to staff.csv.", "Wrote 21 people to staff.csv."),
            ("Exported 1 row to report.csv.", "Exported 21 rows to report.csv."),
            ("Exported 1 audit entry to audit.csv.", "Exported 21 audit entries to audit.csv."),
        ),
        (
            "pl",
            ("Zapisano osobę (1) do staff.csv.", "Zapisano osoby (21) do staff.csv."),
            (
                "Wyeksportowano wiersz (1) do report.csv.",
                "Wyeksportowano wiersze (21) do report.csv.",
            ),
            (
                "Wyeksportowano wpis dziennika zmian (1) do audit.csv.",
                "Wyeksportowano wpisy dziennika zmian (21) do audit.csv.",
            ),
        ),
        (
            "ro",
            ("S-a scris o persoană (1) în staff.csv.", "Persoane scrise în staff.csv: 21."),
            (
                "S-a exportat un rând (1) în report.csv.",
                "S-au exportat rânduri (21) în report.csv.",
            ),
            (
                "S-a exportat o intrare de audit (1) în audit.csv.",
                "S-au exportat intrări de audit (21) în audit.csv.",
            ),
        ),
    ],
)
def test_an_export_s_count_reads_right_for_one_and_for_twenty_one(
    admin, tmp_path, monkeypatch, language, people, rows, entries
):
    """Written people, exported report rows and exported audit entries read right for 1 and
    from 20 upwards (Romanian writes "20 de persoane", so the count stands apart from the
    word)."""
    from pos_desktop.core.importing import staff_export
    from pos_desktop.core.ledger import audit

    window = admin(language)
    for count, expected in zip((1, 21), people, strict=True):
        monkeypatch.setattr(staff_export, "export_staff", lambda conn, path, n=count: n)
        window.data.export_staff(tmp_path / "staff.csv")
        assert window.data.report.toPlainText() == expected
    for count, expected in zip((1, 21), rows, strict=True):
        monkeypatch.setattr(window.reports, "export_csv", lambda path, n=count: n)
        window.export_report_csv(tmp_path / "report.csv")
        assert expected in window.status.text()
    for count, expected in zip((1, 21), entries, strict=True):
        monkeypatch.setattr(audit, "export_csv", lambda conn, where, path, n=count: n)
        window.audit.export_audit(tmp_path / "audit.csv")
        assert window.status.text() == expected

"""The HR import wizard driven as an admin drives it: file, columns, check, import, cancel.
Screenshots are saved under tests/screenshots/."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton, QStyle, QStyleOptionFrame, QWizard

from pos_desktop.core import staff
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.importing import mapping
from pos_desktop.core.signin import AdminGate
from pos_desktop.ui.admin.window import AdminWindow
from tests.conftest import RADU, badge, content_digest
from tests.ui.test_language_screens import clipped

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def shot(widget, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"wizard-{name}.png"))


@pytest.fixture
def window(qtbot, demo_path):
    conn = open_database(demo_path)
    identity = AdminGate(conn).sign_in(badge=RADU, pin="4321")
    win = AdminWindow(conn, identity)
    qtbot.add_widget(win)
    win.show()
    assert QTest.qWaitForWindowExposed(win)
    yield win
    conn.close()


def placeholder_cut(field: QLineEdit) -> str:
    """A line edit's example text when the field is too narrow to show it whole, else ""."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    room = (
        field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field).width()
    )
    margins = field.textMargins()
    room -= margins.left() + margins.right() + 2 * 2  # Qt keeps 2 px each side of the text
    needed = field.fontMetrics().horizontalAdvance(field.placeholderText())
    return "" if needed <= room else f"{field.placeholderText()!r}: {needed} > {room}"


def next_page(qtbot, wizard) -> None:
    """Next, or on the check page its commit button, Import."""
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    button = commit if commit.isVisible() else wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_job(qtbot, wizard) -> None:
    qtbot.waitUntil(lambda: wizard.job is None, timeout=60_000)


def test_the_wizard_maps_checks_and_imports_an_hr_export(qtbot, window, tmp_path):
    path = tmp_path / "kadry.csv"
    path.write_bytes(
        (
            "Nr ewidencyjny;Imię i nazwisko;Spółka;Dział;Data zatrudnienia;Karta;Stanowisko;"
            "Rodzaj zatrudnienia\n"
            f"P100;Łucja Świątek;ACME;MKT;01.09.2024;{badge(5001)};Kasjer;pełny etat\n"
            f"P101;Zbigniew Żółć;ACMEE;IT;2024-13-01;{badge(5002)};Magazyn;pełny etat\n"
            f"P102;Ola Nowak;ACME;;15/10/2024;;Kasjer;umowa zlecenie\n"
        ).encode("cp1250")
    )
    window.pages.setCurrentWidget(window.data)
    wizard = window.data.open_wizard()
    assert QTest.qWaitForWindowExposed(wizard)
    wizard.file_page.path.setText(str(path))
    shot(wizard, "1-file")
    next_page(qtbot, wizard)
    columns = wizard.columns_page
    assert columns.source.text() == "kadry.csv: CSV, cp1250, semicolon-separated"
    assert columns.chosen() == {
        "Nr ewidencyjny": "employee_no",
        "Imię i nazwisko": "name",
        "Spółka": "company",
        "Dział": "department",
        "Data zatrudnienia": "start_date",
        "Karta": "badge",
        "Stanowisko": "",
        "Rodzaj zatrudnienia": "employment_type",
    }
    assert "Łucja Świątek" in columns.table.item(1, 1).text()
    columns.combos[1].setCurrentIndex(0)  # leave the name out: the wizard asks for it
    assert not columns.isComplete() and "Name" in columns.state.text()
    columns.combos[1].setCurrentIndex(columns.combos[1].findData("name"))
    columns.profile_name.setText("Kadry Optima")
    columns.save_profile()
    assert mapping.profile_names(window.conn) == ["Kadry Optima"]
    shot(wizard, "2-columns")
    # What a left-out column means, whole, in the page (the header cut its last line off).
    note = columns.left_out
    assert note.isVisible() and "no till role" in note.text()
    assert note.height() >= note.heightForWidth(note.width())
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.values_page
    wait_job(qtbot, wizard)
    assert wizard.values_page.chosen() == {}  # Polish words read by themselves
    next_page(qtbot, wizard)
    check = wizard.check_page
    wait_job(qtbot, wizard)
    assert check.checked is not None, check.summary.text()
    assert "Rows: 3. To add: 2," in check.summary.text()
    assert "Rows with problems: 1 (below)" in check.summary.text()
    problems_found = list(check.model.problems)
    problems = [(p.row, p.column, p.suggestion) for p in check.model.problems]
    assert problems == [
        (3, "company", "did you mean ACME?"),
        (3, "start_date", "write it as 2026-11-23, 23.11.2026 or 23/11/2026"),
    ]
    assert not check.isComplete()  # problems, and "import the valid rows" is not ticked
    report = tmp_path / "report.csv"
    check.write_report(report)
    assert "did you mean ACME?" in report.read_text(encoding="utf-8-sig")
    assert check.note.text() == "Wrote 2 problems to report.csv."
    shot(wizard, "3-check")
    check.model.show(check.model.problems[:1])
    check.write_report(report)
    assert check.note.text() == "Wrote 1 problem to report.csv."
    check.model.show(problems_found)
    check.skip.setChecked(True)
    assert check.isComplete()
    next_page(qtbot, wizard)
    wait_job(qtbot, wizard)
    assert wizard.currentPage() is wizard.done_page
    assert "Added: 2" in wizard.done_page.result.text()
    assert "Left out with problems: 1" in wizard.done_page.result.text()
    shot(wizard, "4-done")
    assert staff.details(window.conn, "P100").name == "Łucja Świątek"
    assert staff.details(window.conn, "P101") is None
    wizard.accept()
    assert "Imported kadry.csv" in window.data.report.toPlainText()
    actions = [r[0] for r in window.conn.execute("SELECT action FROM audit ORDER BY seq")]
    assert actions[-2:] == ["import.profile", "staff.import"]


def test_a_bad_file_is_explained_on_the_first_page(qtbot, window, tmp_path):
    wizard = window.data.open_wizard()
    path = tmp_path / "hr.csv"
    path.write_bytes(b"employee_no,name\x00\n")
    wizard.file_page.path.setText(str(path))
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.file_page
    assert "NUL bytes" in wizard.file_page.error.text()
    shot(wizard, "bad-file")


def test_cancelling_the_import_leaves_the_registry_as_it_was(qtbot, window, demo_path, tmp_path):
    path = tmp_path / "big.csv"
    rows = "".join(
        f"N{i},Person {i},{badge(600000 + i)},ACME,,2020-01-01,FT\n" for i in range(60000)
    )
    path.write_text("employee_no,name,badge,company,department,start_date,employment_type\n" + rows)
    wizard = window.data.open_wizard()
    wizard.file_page.path.setText(str(path))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    wait_job(qtbot, wizard)
    read = [(text, combo.currentData()) for _, text, _, combo in wizard.values_page.rows]
    assert read == [("FT", "full_time")]
    next_page(qtbot, wizard)
    wait_job(qtbot, wizard)
    assert "Rows: 60,000. To add: 60,000," in wizard.check_page.summary.text()
    before = content_digest(demo_path)
    next_page(qtbot, wizard)
    job = wizard.job
    with qtbot.waitSignal(job.progressed, timeout=30_000):
        pass
    cancel = wizard.progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    shot(wizard.progress, "progress")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    wait_job(qtbot, wizard)
    assert wizard.currentPage() is wizard.check_page
    assert "cancelled; the registry is as it was" in wizard.check_page.summary.text()
    assert content_digest(demo_path) == before
    shot(wizard, "cancelled")


def test_a_workbook_sheet_is_chosen_on_the_first_page(qtbot, window, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["nothing to import here"])
    sheet = book.create_sheet("Staff")
    sheet.append(["Employee ID", "Full name", "Company", "Hire date", "Time Type"])
    sheet.append([7001, "Ada Lovelace", "ACME", "01.02.2025", "Part time"])
    path = tmp_path / "hr.xlsx"
    book.save(path)
    wizard = window.data.open_wizard()
    page = wizard.file_page
    page.path.setText(str(path))
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == ["Notes", "Staff"]
    assert not page.encoding.isEnabled()
    page.sheet.setCurrentIndex(1)
    shot(wizard, "1-workbook")
    next_page(qtbot, wizard)
    assert wizard.columns_page.source.text() == "hr.xlsx: Excel workbook"
    next_page(qtbot, wizard)
    wait_job(qtbot, wizard)
    next_page(qtbot, wizard)
    wait_job(qtbot, wizard)
    assert "Rows: 1. To add: 1," in wizard.check_page.summary.text()


def test_a_worker_report_with_a_title_above_its_header_goes_through_the_wizard(
    qtbot, window, tmp_path
):
    """The report's title (merged across), its run date and an empty row sit above the
    header: the wizard matches the header below them and checks the rows."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["All Workers - Acme Retail"])
    sheet.merge_cells("A1:E1")
    sheet.append(["Run 2026-06-15 08:00"])
    sheet.append([])
    sheet.append(["Employee ID", "Full name", "Company", "Hire date", "Time Type"])
    sheet.append([7001, "Ada Lovelace", "ACME", "01.02.2025", "Part time"])
    path = tmp_path / "Worker_Report.xlsx"
    book.save(path)
    wizard = window.data.open_wizard()
    wizard.file_page.path.setText(str(path))
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.columns_page
    shot(wizard, "2-columns-below-title")
    next_page(qtbot, wizard)
    wait_job(qtbot, wizard)
    next_page(qtbot, wizard)
    wait_job(qtbot, wizard)
    assert "Rows: 1. To add: 1," in wizard.check_page.summary.text()


def test_a_sync_ending_many_asks_first_and_there_is_no_going_back(qtbot, window, tmp_path):
    path = tmp_path / "acme-only.csv"
    rows = window.conn.execute(
        "SELECT employee_no, name FROM staff WHERE company = 'ACME' AND status != 'terminated'"
    ).fetchall()
    path.write_text("employee_no,name,company\n" + "".join(f"{r[0]},{r[1]},ACME\n" for r in rows))
    wizard = window.data.open_wizard()
    wizard.file_page.path.setText(str(path))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    check = wizard.check_page
    wait_job(qtbot, wizard)
    check.sync.setChecked(True)
    check.check()
    wait_job(qtbot, wizard)
    assert check.confirm_end.isVisible()
    assert "Yes, the file is the complete list: &end 152 of 287" in check.confirm_end.text()
    assert not check.isComplete()
    shot(wizard, "3-confirm-end")
    check.confirm_end.setChecked(True)
    assert check.isComplete()
    next_page(qtbot, wizard)
    wait_job(qtbot, wizard)
    assert wizard.currentPage() is wizard.done_page
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert not (back.isVisible() and back.isEnabled())  # the import cannot be done twice
    ended = window.conn.execute(
        "SELECT count(*) FROM staff WHERE company != 'ACME' AND end_date IS NOT NULL"
    ).fetchone()[0]
    assert ended > 0


VALUES_FILE = (
    "Nr ewidencyjny;Imię;Nazwisko;Spółka;Dział;Rodzaj zatrudnienia;Status;Data zatrudnienia\n"
    "P200;Łucja;Świątek;ACME;Sprzedaż;pełny etat;aktywny;01.09.2024\n"
    "P201;Zbigniew;Żółć;ACME;Magazyn;umowa zlecenie;aktywny;15.03.2025\n"
    "P202;Ola;Nowak;ACME;Sprzedaż;stażysta;na urlopie;02.01.2026\n"
    "P203;Jan;Kowal;ACME;Magazyn;pełny etat;aktywny;02.01.2026\n"
)


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_the_value_step_lists_each_value_with_its_reading(qtbot, request, tmp_path, language):
    from pos_desktop import i18n

    i18n.use(language)
    win = request.getfixturevalue("window")
    conn = win.conn
    path = tmp_path / "kadry.csv"
    path.write_bytes(VALUES_FILE.encode("cp1250"))
    wizard = win.data.open_wizard()
    wizard.file_page.path.setText(str(path))
    next_page(qtbot, wizard)
    columns = wizard.columns_page
    assert columns.chosen()["Imię"] == "first_name" and columns.chosen()["Nazwisko"] == "last_name"
    assert columns.isComplete()
    next_page(qtbot, wizard)
    values = wizard.values_page
    assert wizard.currentPage() is values
    wait_job(qtbot, wizard)
    read = {(f, text): combo.currentData() for f, text, _, combo in values.rows}
    assert [key for key in read if key[0] == "employment_type"] == [
        ("employment_type", "pełny etat"),
        ("employment_type", "stażysta"),
        ("employment_type", "umowa zlecenie"),
    ]
    assert read[("employment_type", "pełny etat")] == "full_time"
    assert read[("employment_type", "umowa zlecenie")] == "contractor"
    assert read[("employment_type", "stażysta")] is None
    assert read[("status", "aktywny")] == "active"
    assert read[("status", "na urlopie")] is None
    counts = [values.table.item(row, 2).text() for row in range(values.table.rowCount())]
    assert counts == ["3", "1", "2", "1", "1"]
    shot(wizard, f"3-values-{language}")
    assert placeholder_cut(values.profile_name) == ""  # the example name shows whole
    assert clipped(wizard) == []
    for field, text, _, combo in values.rows:
        if (field, text) == ("employment_type", "stażysta"):
            combo.setCurrentIndex(combo.findData("part_time"))
    assert (
        values.state.text()
        == {  # one left: the words of one, not of many
            "en": "1 value cannot be read yet: choose what it means.",
            "pl": "Wartość jeszcze nieczytelna: 1. Wybierz, co oznacza.",
            "ro": "Valoare care încă nu poate fi citită: 1. Alegeți ce înseamnă.",
        }[language]
    )
    shot(wizard, f"3-values-one-left-{language}")
    for field, text, _, combo in values.rows:
        if (field, text) == ("status", "na urlopie"):
            combo.setCurrentIndex(combo.findData("suspended"))
    assert values.chosen() == {
        "employment_type": {"stażysta": "part_time"},
        "status": {"na urlopie": "suspended"},
    }
    values.profile_name.setText("Kadry")
    values.save_profile()
    assert mapping.profile_values(conn, "Kadry") == values.chosen()
    next_page(qtbot, wizard)
    wait_job(qtbot, wizard)
    check = wizard.check_page
    assert check.checked is not None and not check.checked.problems
    assert check.checked.new_departments == ["Sprzedaż", "Magazyn"]
    shot(wizard, f"4-check-{language}")
    wizard.reject()


def test_a_joined_tills_import_is_refused_before_the_file_is_read_again(
    qtbot, demo_path, tmp_path, monkeypatch
):
    """The check (a dry run) still reads the file; Import is refused at its start, with the
    file unread and the registry unchanged (it used to be read, checked and applied first)."""
    from pos_desktop.core.db.storage import write_transaction
    from pos_desktop.core.importing import staff_export, staff_import

    conn = open_database(demo_path)
    path = tmp_path / "staff.csv"
    staff_export.export_staff(conn, path)
    with write_transaction(conn):
        conn.execute(
            "INSERT INTO sync_state (id, server_url, till) "
            "VALUES (1, 'postgresql://central.example/pos', 'T1')"
        )
    window = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    qtbot.add_widget(window)
    window.show()
    wizard = window.data.open_wizard()
    wizard.file_page.path.setText(str(path))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    wait_job(qtbot, wizard)
    if wizard.currentPage() is wizard.values_page:
        next_page(qtbot, wizard)
        wait_job(qtbot, wizard)
    check = wizard.check_page
    assert check.checked is not None, check.summary.text()
    reads = []
    real_open = staff_import.open_table
    monkeypatch.setattr(
        staff_import, "open_table", lambda *a, **k: reads.append(a) or real_open(*a, **k)
    )
    before = content_digest(demo_path)
    next_page(qtbot, wizard)
    wait_job(qtbot, wizard)
    assert wizard.currentPage() is check
    assert "every till gets them at its next sync" in check.summary.text()
    assert reads == []
    assert content_digest(demo_path) == before
    shot(wizard, "joined-till-refused")
    wizard.reject()
    conn.close()

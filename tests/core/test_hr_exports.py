"""Exports written as HR systems write them (a Polish one, a Romanian one, a large HR suite's
worker report, our own export read back) go in with no flag: departments new to the store are
created, the words of status and employment are read, a name in two columns is one name, and
what the report says and what the till's check then answers is what HR meant."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pos_desktop.core import staff
from pos_desktop.core.db.storage import open_database
from tests.conftest import KATARZYNA, badge

AT = "2026-06-15T12:00:00Z"  # the demo store's day


def check(run, code: str) -> dict:
    result = run("check", code, "--at", AT, "--json")
    assert result.code == 0, result.err
    return result.json


def departments(path: Path) -> dict[str, tuple[str, str]]:
    conn = open_database(path)
    try:
        return {r[0]: (r[1], r[2]) for r in conn.execute("SELECT * FROM departments")}
    finally:
        conn.close()


def last_import(path: Path) -> dict:
    conn = open_database(path)
    try:
        row = conn.execute(
            "SELECT after FROM audit WHERE action = 'staff.import' ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    return json.loads(row[0])["v"]


KADRY = (
    "Nr ewidencyjny;Imię;Nazwisko;Identyfikator;Spółka;Dział;Rodzaj zatrudnienia;Status;"
    "Data zatrudnienia;Data zwolnienia;Stanowisko;Wymiar etatu\r\n"
    f"PL001;Łucja;Świątek;{badge(7001)};ACME;Sprzedaż;pełny etat;aktywny;01.09.2024;;"
    "Kasjerka;1/1\r\n"
    f"PL002;Zbigniew;Żółć;{badge(7002)};ACME;Magazyn;umowa zlecenie;aktywny;15.03.2025;;"
    "Magazynier;\r\n"
    f"PL003;Grażyna;Wójcik;{badge(7003)};ACLOG;DRV;część etatu;Aktywna;02.01.2023;;"
    "Kierowca;1/2\r\n"
    f"PL004;Józef;Kąkol;{badge(7004)};ACME;Sprzedaż;Pełny etat;ZWOLNIONY;01.02.2020;"
    "31.03.2026;Kasjer;1/1\r\n"
)


def test_a_polish_export_goes_in_with_its_departments_and_words(run, demo_path, tmp_path):
    path = tmp_path / "kadry.csv"
    path.write_bytes(KADRY.encode("cp1250"))
    dry = run("staff", "import", str(path), "--dry-run")
    assert dry.code == 0, dry.err
    assert "Would import" in dry.out and "4 added" in dry.out
    assert "3 new departments: Sprzedaż, Magazyn, DRV" in dry.out
    assert "left out: Stanowisko, Wymiar etatu" in dry.out
    assert "SPRZEDAZ" not in departments(demo_path)  # a dry run creates nothing

    done = run("staff", "import", str(path), "--json")
    assert done.code == 0, done.err
    report = done.json
    assert (report["added"], report["rejected"], report["file"]) == (
        4,
        0,
        "CSV, cp1250, semicolon-separated",
    )
    assert report["new_departments"] == ["Sprzedaż", "Magazyn", "DRV"]
    assert report["left_out"] == ["Stanowisko", "Wymiar etatu"]
    made = departments(demo_path)
    assert made["SPRZEDAZ"] == ("Sprzedaż", "") and made["DRV"] == ("DRV", "")
    assert last_import(demo_path)["new_departments"] == ["Sprzedaż", "Magazyn", "DRV"]

    lucja = check(run, badge(7001))
    assert (lucja["status"], lucja["kind"], lucja["eligible"]) == ("internal", "employee", True)
    assert lucja["holder"]["name"] == "Łucja Świątek"
    assert lucja["holder"]["department"] == "SPRZEDAZ"
    contractor = check(run, badge(7002))  # "umowa zlecenie": no staff discount
    assert (contractor["status"], contractor["eligible"]) == ("internal", False)
    assert contractor["reasons"] == ["no_policy"]
    driver = check(run, badge(7003))
    assert (driver["kind"], driver["eligible"]) == ("group_employee", True)
    gone = check(run, badge(7004))
    assert gone["status"] == "blocked" and "terminated" in gone["reasons"]
    again = run("staff", "import", str(path), "--json").json
    assert (again["unchanged"], again["new_departments"]) == (4, [])


ANGAJATI = (
    "Marcă,Prenume,Nume,Ecuson,Companie,Departament,Tip contract,Stare,Data angajării,"
    "Data încetării,Funcție\n"
    f"RO01,Ștefan,Țărănescu,{badge(7101)},ACFOOD,Vânzări,normă întreagă,activ,2022-03-01,,"
    "Vânzător\n"
    f"RO02,Ioana,Popescu,{badge(7102)},ACME,Depozit,sezonier,Activ,2025-05-01,,Lucrător\n"
    f"RO03,Mihai,Ionescu,{badge(7103)},ACME,Vânzări,PFA,activ,2024-01-10,,Consultant\n"
    f"RO04,Elena,Dumitrescu,{badge(7104)},ACME,Depozit,timp parțial,suspendat,2021-06-01,,"
    "Lucrător\n"
    f"RO05,Vasile,Marin,{badge(7105)},ACME,,pensionar,activ,1990-01-01,,\n"
)


def test_a_romanian_export_with_a_bom_goes_in(run, demo_path, tmp_path):
    path = tmp_path / "angajati.csv"
    path.write_bytes(ANGAJATI.encode("utf-8-sig"))
    result = run("staff", "import", str(path))
    assert result.code == 0, result.err
    assert "(CSV, utf-8, comma-separated): 5 rows, 5 added" in result.out
    assert "2 new departments: Vânzări, Depozit" in result.out
    assert "left out: Funcție" in result.out
    stefan = check(run, badge(7101))
    assert stefan["holder"]["name"] == "Ștefan Țărănescu"
    assert (stefan["kind"], stefan["eligible"]) == ("group_employee", True)
    seasonal = check(run, badge(7102))
    assert (seasonal["eligible"], seasonal["policy"]) == (True, "Seasonal staff")
    assert check(run, badge(7103))["reasons"] == ["no_policy"]  # PFA: a contractor
    suspended = check(run, badge(7104))
    assert (suspended["status"], suspended["reasons"]) == ("blocked", ["suspended"])
    retiree = check(run, badge(7105))
    assert retiree["eligible"] is True and retiree["policy"] == "Retirees"
    conn = open_database(demo_path)
    kinds = dict(
        conn.execute("SELECT employee_no, employment_type FROM staff WHERE employee_no LIKE 'RO%'")
    )
    conn.close()
    assert kinds == {
        "RO01": "full_time",
        "RO02": "seasonal",
        "RO03": "contractor",
        "RO04": "part_time",
        "RO05": "retiree",
    }


def worker_report(path: Path, title: bool = False) -> None:
    """A large HR suite's worker report, as its Excel export lays it out; with `title`, its
    report title (merged across the columns), the date it ran and an empty row above."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Workers"
    if title:
        sheet.append(["All Workers - Acme Retail"])
        sheet.merge_cells("A1:K1")
        sheet.append(["Run 2026-06-15 08:00 by hr.admin"])
        sheet.append([])
    sheet.append(
        [
            "Employee ID",
            "Legal First Name",
            "Legal Last Name",
            "Worker Type",
            "Time Type",
            "Hire Date",
            "Termination Date",
            "Company",
            "Cost Center",
            "Supervisory Organization",
            "Badge ID",
        ]
    )
    rows = [
        (50001, "Grace", "Hopper", "Employee", "Full time", dt.datetime(2019, 4, 1), None,
         "Acme Retail", "CC-4100 Retail", "Retail Floor", int(badge(7201))),
        (50002, "Alan", "Turing", "Contingent Worker", "Full time", dt.datetime(2025, 1, 6),
         None, "Acme Retail", "CC-4200 IT", "IT Services", int(badge(7202))),
        (50003, "Ada", "Lovelace", "Employee", "Part time", dt.datetime(2020, 9, 1),
         dt.datetime(2026, 5, 31), "Acme Logistics", "CC-5100 Fleet", "Fleet", int(badge(7203))),
    ]  # fmt: skip
    for row in rows:
        sheet.append(list(row))
    book.save(path)


def test_a_worker_report_workbook_goes_in(run, demo_path, tmp_path):
    path = tmp_path / "Worker_Report.xlsx"
    worker_report(path)
    result = run("staff", "import", str(path), "--json")
    assert result.code == 0, result.err
    report = result.json
    assert (report["added"], report["file"]) == (3, "Excel workbook")
    assert report["left_out"] == ["Cost Center"]
    assert report["new_departments"] == ["Retail Floor", "Fleet"]  # IT Services is known
    grace = check(run, badge(7201))
    assert grace["holder"]["name"] == "Grace Hopper"
    assert (grace["kind"], grace["eligible"], grace["holder"]["department"]) == (
        "employee",
        True,
        "RETAIL-FLOOR",
    )
    alan = check(run, badge(7202))  # a contingent worker is a contractor, full time or not
    assert (alan["eligible"], alan["reasons"]) == (False, ["no_policy"])
    assert alan["holder"]["department"] == "IT"
    ada = check(run, badge(7203))  # terminated at the end of May
    assert (ada["status"], ada["reasons"]) == ("blocked", ["ended"])


def test_a_romanian_badge_column_named_as_the_till_names_it_is_read():
    from pos_desktop.core.importing.imports import STAFF_FIELDS
    from pos_desktop.core.importing.mapping import guess

    header = ["Marca", "Nume", "Legitimație", "Nr. legitimație"]
    assert guess(header, STAFF_FIELDS)["Legitimație"] == "badge"
    assert guess(["Număr legitimație"], STAFF_FIELDS) == {"Număr legitimație": "badge"}


def test_a_worker_report_with_its_title_above_the_header_goes_in(run, demo_path, tmp_path):
    path = tmp_path / "Worker_Report.xlsx"
    worker_report(path, title=True)
    result = run("staff", "import", str(path), "--json")
    assert result.code == 0, result.err
    assert (result.json["added"], result.json["rows"]) == (3, 3)
    assert check(run, badge(7201))["holder"]["name"] == "Grace Hopper"
    path.with_suffix(".xlsx").unlink()
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Employee ID"])
    book.save(path)  # one column, no title: read as the header it is
    result = run("staff", "import", str(path), "--dry-run")
    assert result.code == 2 and "(its header is: Employee ID)" in result.err


def test_our_own_export_reads_back_unchanged_even_with_formula_like_cells(run, demo_path, tmp_path):
    odd = tmp_path / "odd.csv"
    odd.write_text(
        "employee_no,name,company,start_date,employment_type\n"
        "=F007,=1+1,ACME,2024-01-01,full_time\n"
        "F008,-2+3,ACME,2024-01-01,full_time\n"
        "F009,@SUM(1+1),ACME,2024-01-01,full_time\n"
    )
    assert run("staff", "import", str(odd)).code == 0
    exported = tmp_path / "staff.csv"
    assert run("staff", "export", str(exported)).code == 0
    text = exported.read_text(encoding="utf-8")
    assert "'=F007,'=1+1" in text  # neutralised for spreadsheets
    assert ",ended," in text  # Katarzyna, past her end date
    for _ in range(2):
        result = run("staff", "import", str(exported), "--sync", "--skip-invalid", "--json")
        assert result.code == 0, result.err
        report = result.json
        assert (report["added"], report["changed"], report["ended"]) == (0, 0, 0), report
        assert report["problems"] == []
    conn = open_database(demo_path)
    names = dict(conn.execute("SELECT employee_no, name FROM staff WHERE employee_no LIKE '%F00%'"))
    conn.close()
    assert names == {"=F007": "=1+1", "F008": "-2+3", "F009": "@SUM(1+1)"}
    assert check(run, KATARZYNA)["reasons"] == ["ended"]


def test_a_sync_never_ends_someone_whose_row_was_rejected(run, demo_path, tmp_path):
    exported = tmp_path / "staff.csv"
    assert run("staff", "export", str(exported)).code == 0
    lines = exported.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    broken = []
    for line in lines[1:]:
        cells = line.split(",")
        if cells[0] == "E0001":
            cells[header.index("start_date")] = "2024-13-45"
        broken.append(",".join(cells))
    exported.write_text("\n".join([lines[0], *broken]) + "\n", encoding="utf-8")
    result = run("staff", "import", str(exported), "--sync", "--skip-invalid", "--json")
    assert result.code == 0, result.err
    assert (result.json["rejected"], result.json["ended"]) == (1, 0)
    conn = open_database(demo_path)
    assert (
        conn.execute("SELECT end_date FROM staff WHERE employee_no = 'E0001'").fetchone()[0] is None
    )
    conn.close()


def test_a_sync_never_ends_someone_whose_employee_number_was_mangled(run, demo_path, tmp_path):
    """HR's row for E0001 comes with a mangled number: 'E 0001?' (its badge then clashes with
    E0001's), or empty, or its badge gone too but the name kept. The row is rejected, and
    E0001, whom it was meant to be, stays; the till still gives Anna her discount."""
    exported = tmp_path / "staff.csv"
    assert run("staff", "export", str(exported)).code == 0
    text = exported.read_text(encoding="utf-8")
    assert "\nE0001,Anna Kowalska,2000000000015," in text
    for mangled in (
        "E 0001?,Anna Kowalska,2000000000015,",
        ",Anna Kowalska,2000000000015,",
        ",anna kowalska ,,",
    ):
        broken = tmp_path / "broken.csv"
        broken.write_text(
            text.replace("\nE0001,Anna Kowalska,2000000000015,", "\n" + mangled),
            encoding="utf-8",
        )
        result = run("staff", "import", str(broken), "--sync", "--skip-invalid", "--json")
        assert result.code == 0, (mangled, result.err)
        assert (result.json["rejected"], result.json["ended"]) == (1, 0), mangled
    conn = open_database(demo_path)
    assert (
        conn.execute("SELECT end_date FROM staff WHERE employee_no = 'E0001'").fetchone()[0] is None
    )
    conn.close()
    anna = check(run, "2000000000015")
    assert (anna["status"], anna["eligible"]) == ("internal", True)


def test_leavers_read_as_ended_in_the_registry_and_its_filter(demo_path):
    conn = open_database(demo_path)
    today = "2026-06-15"
    active = staff.StaffFilter(text="Katarzyna", status="active", today=today)
    ended = staff.StaffFilter(text="Katarzyna", status="ended", today=today)
    assert staff.count(conn, active) == 0
    (row,) = staff.page(conn, ended)
    assert row["status"] == "ended" and row["end_date"] < today
    still = staff.count(conn, staff.StaffFilter(status="active", today=today))
    gone = staff.count(conn, staff.StaffFilter(status="ended", today=today))
    stored = conn.execute("SELECT count(*) FROM staff WHERE status = 'active'").fetchone()[0]
    assert gone >= 1 and still + gone == stored
    conn.close()


def test_unreadable_words_are_problems_with_a_suggestion_and_value_maps_them(
    run, demo_path, tmp_path
):
    path = tmp_path / "kadry.csv"
    path.write_text(
        "Nr;Imię;Nazwisko;Spółka;Rodzaj zatrudnienia;Status;Data zatrudnienia\n"
        "S1;Ola;Nowak;ACME;stażysta;aktywny;01.06.2026\n"
        "S2;Jan;Nowak;ACME;;aktywny;01.06.2026\n"
        "S3;Ewa;Nowak;ACME;pełny etat;na urlopie;01.06.2026\n",
        encoding="utf-8",
    )
    refused = run("staff", "import", str(path), "--map", "Nr=employee_no", "--json")
    assert refused.code == 2
    checked = run("staff", "import", str(path), "--map", "Nr=employee_no", "--dry-run", "--json")
    problems = {(p["row"], p["column"]): p for p in checked.json["problems"]}
    assert problems[(2, "employment_type")]["problem"] == "not an employment type"
    assert "--value employment_type:stażysta=" in problems[(2, "employment_type")]["suggestion"]
    assert problems[(3, "employment_type")]["problem"] == (
        "a new employee needs an employment type, and it is empty"
    )
    assert problems[(4, "status")]["problem"] == "not a status"
    done = run(
        "staff", "import", str(path), "--map", "Nr=employee_no",
        "--value", "employment_type:Stażysta=part_time",
        "--value", "employment_type:=full_time",
        "--value", "status:na urlopie=suspended",
        "--save-profile", "Kadry",
    )  # fmt: skip
    assert done.code == 2 and "FIELD:FROM=TO" in done.err  # an empty word maps nothing
    done = run(
        "staff", "import", str(path), "--map", "Nr=employee_no",
        "--value", "employment_type:Stażysta=part_time",
        "--value", "status:na urlopie=suspended",
        "--skip-invalid", "--save-profile", "Kadry", "--json",
    )  # fmt: skip
    assert done.code == 0, done.err
    assert (done.json["added"], done.json["rejected"]) == (2, 1)
    conn = open_database(demo_path)
    rows = dict(
        conn.execute(
            "SELECT employee_no, employment_type || '/' || status FROM staff "
            "WHERE employee_no LIKE 'S_'"
        )
    )
    conn.close()
    assert rows == {"S1": "part_time/active", "S3": "full_time/suspended"}
    again = run("staff", "import", str(path), "--profile", "Kadry", "--dry-run", "--json")
    assert [(p["row"], p["column"]) for p in again.json["problems"]] == [(3, "employment_type")]
    wrong = run("staff", "import", str(path), "--map", "Nr=employee_no", "--value", "status:x=gone")
    assert wrong.code == 2 and "'x' cannot be read as 'gone'" in wrong.err


def test_an_existing_person_keeps_their_employment_type_when_the_cell_is_empty(
    run, demo_path, tmp_path
):
    conn = open_database(demo_path)
    number, kind = conn.execute(
        "SELECT employee_no, employment_type FROM staff WHERE employment_type = 'part_time' LIMIT 1"
    ).fetchone()
    conn.close()
    path = tmp_path / "hr.csv"
    path.write_text(f"employee_no,name,employment_type\n{number},Renamed Person,\n")
    result = run("staff", "import", str(path), "--json")
    assert result.code == 0, result.err
    conn = open_database(demo_path)
    assert tuple(
        conn.execute(
            "SELECT name, employment_type FROM staff WHERE employee_no = ?", (number,)
        ).fetchone()
    ) == ("Renamed Person", kind)
    conn.close()


def test_a_quoted_cell_with_a_line_break_is_read(run, demo_path, tmp_path):
    path = tmp_path / "hr.csv"
    path.write_text(
        "employee_no,name,company,start_date,employment_type,address\n"
        'Q1,Anna Adres,ACME,2024-01-01,full_time,"ul. Długa 5\n00-001 Warszawa"\n'
        'Q2,"Two\nLines",ACME,2024-01-01,full_time,\n'
        "Q3,Third Person,ACME,2024-01-01,full_time,\n",
        encoding="utf-8",
    )
    result = run("staff", "import", str(path), "--skip-invalid", "--json")
    assert result.code == 0, result.err
    assert (result.json["added"], result.json["rejected"]) == (2, 1)
    (problem,) = result.json["problems"]
    assert (problem["row"], problem["problem"]) == (3, "the name is written on more than one line")


def test_the_configuration_keeps_the_departments_hr_created(run, demo_path, tmp_path):
    path = tmp_path / "kadry.csv"
    path.write_bytes(KADRY.encode("cp1250"))
    assert run("staff", "import", str(path)).code == 0
    config = tmp_path / "store.toml"
    assert run("config", "export", str(config)).code == 0
    text = config.read_text(encoding="utf-8")
    assert '{ code = "SPRZEDAZ", name = "Sprzedaż" }' in text
    result = run("config", "import", str(config))
    assert result.code == 0, result.err
    assert departments(demo_path)["SPRZEDAZ"] == ("Sprzedaż", "")


def test_an_employment_type_a_policy_names_is_read_too(make_store, tmp_path):
    from pos_desktop.core.importing.imports import FileOptions
    from pos_desktop.core.importing.staff_import import import_staff

    apprentices = {
        "name": "Apprentices",
        "applies_to": {"relation": "own", "employment": ["apprentice"]},
        "method": "percent",
        "percent": 5,
    }
    store = make_store(staff=[], policy=apprentices)
    path = tmp_path / "hr.csv"
    path.write_text(
        "employee_no,name,company,start_date,employment_type\n"
        "A1,Ann,OWN,2024-01-01,Apprentice\n"
        "A2,Bob,OWN,2024-01-01,Praktykant\n"
    )
    today = dt.date(2026, 6, 15)
    report = import_staff(store.conn, store.rules, path, dry_run=True, today=today)
    assert [(p.row, p.problem) for p in report.problems] == [(3, "not an employment type")]
    options = FileOptions(values={"employment_type": {"Praktykant": "apprentice"}})
    report = import_staff(store.conn, store.rules, path, options, today=today)
    kinds = store.conn.execute("SELECT employment_type FROM staff ORDER BY employee_no")
    assert [r[0] for r in kinds] == ["apprentice", "apprentice"]

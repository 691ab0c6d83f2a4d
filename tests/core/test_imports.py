"""HR and catalogue files: formats and encodings, mapping, every problem of the report, all or
nothing, skip-invalid, sync, cancelling, and hostile files."""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_desktop.core.db.storage import database_file
from pos_desktop.core.errors import InputError, PosError
from pos_desktop.core.importing import mapping
from pos_desktop.core.importing.imports import (
    FileOptions,
    ImportCancelled,
    ImportRefused,
    Progress,
    write_problems,
)
from pos_desktop.core.importing.products import import_products
from pos_desktop.core.importing.staff_export import export_staff
from pos_desktop.core.importing.staff_import import import_staff
from tests.conftest import badge, content_digest

TODAY = dt.date(2026, 6, 15)
HEADER = (
    "employee_no,name,badge,company,department,employment_type,status,start_date,end_date,"
    "role,dependant_of\n"
)
SUMMARY_KEYS = ("rows", "added", "changed", "ended", "reactivated", "unchanged", "rejected")


def staff_import(store, path, **kw):
    options = kw.pop("options", FileOptions())
    return import_staff(store.conn, store.rules, path, options, today=TODAY, **kw)


def person(store, number):
    return store.conn.execute("SELECT * FROM staff WHERE employee_no = ?", (number,)).fetchone()


def store_path(store):
    path = database_file(store.conn)
    assert path is not None
    return path


def counts(report):
    return tuple(report.summary()[k] for k in SUMMARY_KEYS)


def test_import_adds_staff_dependants_and_badges(make_store, tmp_path):
    store = make_store(staff=[])
    path = tmp_path / "hr.csv"
    path.write_text(
        HEADER
        + f"A1,Ann One,{badge(11)},OWN,MKT,full_time,active,2020-01-01,,cashier,\n"
        + f"A2,Bob Two,{badge(12)},SIS,,part time,active,15.03.2021,,,\n"
        + f"D1,Cid Child,{badge(13)},,,,,,,,A1\n"
    )
    report = staff_import(store, path)
    assert counts(report) == (3, 3, 0, 0, 0, 0, 0)
    assert report.source == "CSV, utf-8, comma-separated"
    assert person(store, "A2")["start_date"] == "2021-03-15"
    assert person(store, "A2")["employment_type"] == "part_time"
    at = dt.datetime(2026, 6, 15, 12, tzinfo=dt.UTC)
    assert store.check(badge(13), at=at).kind == "dependant"
    assert store.check(badge(12), at=at).kind == "group_employee"
    assert store.conn.execute("SELECT * FROM staff_fts WHERE staff_fts MATCH 'bob'").fetchone()
    again = staff_import(store, path)
    assert counts(again) == (3, 0, 0, 0, 0, 3, 0)
    entries = store.conn.execute("SELECT after FROM audit WHERE action='staff.import'")
    assert len(entries.fetchall()) == 2


def test_each_problem_is_reported_with_a_suggestion_and_nothing_is_written(make_store, tmp_path):
    store = make_store(staff=[{"employee_no": "E1", "badge": badge(1)}])
    store.conn.execute(
        "INSERT INTO dependants VALUES ('K1', 'E1', 'Kid', 'active', '2026-01-01T00:00:00Z')"
    )
    store.conn.commit()
    path = tmp_path / "hr.csv"
    path.write_text(
        HEADER
        + "A1,Ann One,,OWN,,full_time,,2020-01-01,,,\n"  # row 2
        + "A1,Dup Number,,OWN,,full_time,,2020-01-01,,,\n"
        + ",No Number,,OWN,,full_time,,2020-01-01,,,\n"
        + "A3,,,OWN,,full_time,,2020-01-01,,,\n"
        + "A4,Bad Company,,OWM,,full_time,,2020-01-01,,,\n"
        + "A5,New Dept,,OWN,MKX,full_time,,2020-01-01,,,\n"
        + "A6,Bad Date,,OWN,,full_time,,2020-02-30,,,\n"
        + "A7,End Before Start,,OWN,,full_time,,2020-05-01,2020-04-01,,\n"
        + "A8,Bad Status,,OWN,,full_time,on holiday,2020-01-01,,,\n"
        + "A9,Bad Role,,OWN,,full_time,,2020-01-01,,king,\n"
        + "A10,Bad Badge,2000000000016,OWN,,full_time,,2020-01-01,,,\n"
        + f"A11,Taken Badge,{badge(1)},OWN,,full_time,,2020-01-01,,,\n"
        + "D1,Orphan,,,,,,,,,NOBODY\n"
        + f"A12,Same Badge,{badge(50)},OWN,,full_time,,2020-01-01,,,\n"
        + f"A13,Same Badge,{badge(50)},OWN,,full_time,,2020-01-01,,,\n"
        + "K1,Is A Dependant,,OWN,,full_time,,2020-01-01,,,\n"
        + "A14,Bad Contract,,OWN,,ful time,,2020-01-01,,,\n"
        + "A15,Fine Person,,OWN,,full_time,,2020-01-01,,,\n"
    )
    before = content_digest(store_path(store))
    with pytest.raises(ImportRefused, match="14 row") as refused:
        staff_import(store, path)
    problems = {(p.row, p.column): (p.problem, p.suggestion) for p in refused.value.report.problems}
    assert problems == {
        (3, "employee_no"): ("the same number is on row 2", "keep one of rows 2 and 3"),
        (4, "employee_no"): ("the employee number is empty", "fill it in, or delete the row"),
        (5, "name"): ("the name is empty", "fill it in"),
        (6, "company"): ("unknown company", "did you mean OWN?"),
        (8, "start_date"): ("not a date", "write it as 2026-11-23, 23.11.2026 or 23/11/2026"),
        (9, "end_date"): ("the end date is before the start date (2020-05-01)", "check both dates"),
        (10, "status"): (
            "not a status",
            "map it to one of active, suspended, terminated: --value status:on holiday=CODE",
        ),
        (11, "role"): (
            "not a role",
            "map it to one of none, cashier, supervisor, admin: --value role:king=CODE",
        ),
        (12, "badge"): (
            "the check digit is wrong",
            "the last digit should be 5; check the badge number",
        ),
        (13, "badge"): (
            "this badge already belongs to staff E1",
            "revoke it from them first, or correct the badge",
        ),
        (14, "dependant_of"): (
            "a dependant of an unknown employee",
            "add the employee to the file, or correct the number",
        ),
        (16, "badge"): ("the same badge is on row 15", "keep one of rows 15 and 16"),
        (17, "employee_no"): (
            "this number belongs to a dependant",
            "give the employee their own number",
        ),
        (18, "employment_type"): (
            "not an employment type",
            "did you mean full_time? or map it: --value employment_type:ful time=full_time",
        ),
    }
    assert content_digest(store_path(store)) == before
    report_file = tmp_path / "report.csv"
    assert write_problems(refused.value.report.problems, report_file) == 14
    rows = list(csv.reader(report_file.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["row", "column", "value", "problem", "suggestion"]
    assert rows[1] == [
        "3",
        "employee_no",
        "A1",
        "the same number is on row 2",
        "keep one of rows 2 and 3",
    ]


def test_a_failure_at_the_last_row_leaves_nothing(make_store, tmp_path):
    store = make_store(staff=[])
    rows = "".join(
        f"A{i},Person {i},{badge(10000 + i)},OWN,,full_time,,2020-01-01,,,\n" for i in range(300)
    )
    path = tmp_path / "hr.csv"
    path.write_text(HEADER + rows + "A300,Last Person,,OWN,,full_time,,2020-13-01,,,\n")
    before = content_digest(store_path(store))
    with pytest.raises(ImportRefused, match="1 row"):
        staff_import(store, path)
    assert content_digest(store_path(store)) == before
    # The file is fine, but writing its last badge fails (as a full disk would).
    path.write_text(HEADER + rows)
    store.conn.execute(
        "CREATE TRIGGER fail_last BEFORE INSERT ON badges WHEN NEW.holder_id = 'A299' "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    store.conn.commit()
    before = content_digest(store_path(store))
    with pytest.raises(sqlite3.DatabaseError, match="full"):
        staff_import(store, path)
    assert content_digest(store_path(store)) == before
    assert person(store, "A0") is None


def test_skip_invalid_applies_the_good_rows_and_reports_the_rest(make_store, tmp_path):
    store = make_store(staff=[])
    path = tmp_path / "hr.csv"
    path.write_text(
        HEADER
        + "A1,Ann,,OWN,,full_time,,2020-01-01,,,\n"
        + "A2,Bob,,NOPE,,full_time,,2020-01-01,,,\n"
        + "D1,Kid of Bob,,,,,,,,,A2\n"
        + "D2,Kid of Ann,,,,,,,,,A1\n"
    )
    report = staff_import(store, path, skip_invalid=True)
    assert counts(report) == (4, 2, 0, 0, 0, 0, 2)
    assert [(p.row, p.column) for p in report.problems] == [(3, "company"), (4, "dependant_of")]
    assert person(store, "A1") and not person(store, "A2")
    audit = store.conn.execute("SELECT after FROM audit WHERE action = 'staff.import'").fetchall()
    assert len(audit) == 1
    assert json.loads(audit[0][0])["v"]["rejected"] == 2


def test_dry_run_counts_without_writing(make_store, tmp_path):
    store = make_store(staff=[{"employee_no": "E1"}])
    path = tmp_path / "hr.csv"
    path.write_text(
        HEADER + "A1,Ann,,OWN,,full_time,,2020-01-01,,,\nA2,Bob,,NOPE,,full_time,,2020-01-01,,,\n"
    )
    before = content_digest(store_path(store))
    report = staff_import(store, path, dry_run=True, sync=True)
    assert counts(report) == (2, 1, 0, 1, 0, 0, 1)
    assert content_digest(store_path(store)) == before


@pytest.mark.parametrize(
    ("encoding", "name"),
    [
        ("utf-8", "Łucja Świątek-Żółć"),
        ("utf-8-sig", "Łucja Świątek-Żółć"),
        ("cp1250", "Łucja Świątek-Żółć"),
        ("iso-8859-2", "Łucja Świątek-Żółć"),
        ("cp1250", "Ștefan Țărănescu".replace("Ș", "Ş").replace("Ț", "Ţ")),
        ("cp1252", "Françoise Müller-Lefèvre à Größe"),
    ],
)
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_encodings_and_delimiters_are_detected(make_store, tmp_path, encoding, name, delimiter):
    store = make_store(staff=[])
    path = tmp_path / "hr.csv"
    lines = [
        ["employee_no", "name", "company", "start_date", "employment_type"],
        ["P1", name, "OWN", "01/09/2024", "full_time"],
    ]
    path.write_bytes("".join(delimiter.join(cells) + "\r\n" for cells in lines).encode(encoding))
    report = staff_import(store, path)
    assert report.added == 1
    assert person(store, "P1")["name"] == name
    assert person(store, "P1")["start_date"] == "2024-09-01"
    shown = {",": "comma", ";": "semicolon", "\t": "tab"}[delimiter]
    detected = "utf-8" if encoding.startswith("utf-8") else encoding
    if encoding == "iso-8859-2" or (encoding == "cp1250" and "Ş" in name):
        detected = report.source.split(", ")[1]  # these bytes read the same in both
    assert report.source == f"CSV, {detected}, {shown}-separated"


def test_hr_system_headers_are_recognised_and_a_profile_maps_the_rest(make_store, tmp_path):
    store = make_store(staff=[])
    path = tmp_path / "kadry.csv"
    path.write_bytes(
        "Nr ewidencyjny;Imię i nazwisko;Spółka;Data zatrudnienia;Stanowisko;Rodzaj umowy\n"
        "P1;Łucja Świątek;OWN;2024-09-01;Kasjer;pełny etat\n".encode("cp1250")
    )
    staff_import(store, path)
    assert person(store, "P1")["name"] == "Łucja Świątek"
    ro = tmp_path / "angajati.csv"
    ro.write_text(
        "Marca,Nume si prenume,Societate,Data angajarii,Tip contract\n"
        "R1,Ion Pop,OWN,2024-09-01,normă întreagă\n"
    )
    staff_import(store, ro)
    assert person(store, "R1")["name"] == "Ion Pop"
    odd = tmp_path / "odd.csv"
    odd.write_text("Ident,Who,Firm,Joined,Kind\nX1,Ola,OWN,2024-09-01,Stażysta\n")
    with pytest.raises(InputError, match="no 'employee_no' column"):
        staff_import(store, odd)
    chosen = {
        "Ident": "employee_no",
        "Who": "name",
        "Firm": "company",
        "Joined": "start_date",
        "Kind": "employment_type",
    }
    words = {"employment_type": {"Stażysta": "part_time"}}
    mapping.save_profile(store.conn, "Odd HR", chosen, values=words, till="T1", actor="admin")
    options = FileOptions(
        mapping=mapping.load_profile(store.conn, "Odd HR"),
        values=mapping.profile_values(store.conn, "Odd HR"),
    )
    staff_import(store, odd, options=options)
    assert person(store, "X1")["name"] == "Ola"
    assert person(store, "X1")["employment_type"] == "part_time"
    assert mapping.profile_names(store.conn) == ["Odd HR"]
    with pytest.raises(InputError, match="saved profiles: Odd HR"):
        mapping.load_profile(store.conn, "Other")


def test_xlsx_exports_with_dates_and_numbers(make_store, tmp_path):
    from openpyxl import Workbook

    store = make_store(staff=[])
    book = Workbook()
    sheet = book.active
    sheet.append(["Employee ID", "Full name", "Company", "Hire date", "Badge", "Contract"])
    sheet.append([1001, "Zoë Ünal", "OWN", dt.datetime(2023, 4, 1), int(badge(77)), "FT"])
    sheet.append([1002, "Ada Byron", "OWN", "02.05.2023", None, "PT"])
    path = tmp_path / "hr.xlsx"
    book.save(path)
    report = staff_import(store, path)
    assert (report.added, report.source) == (2, "Excel workbook")
    assert person(store, "1001")["start_date"] == "2023-04-01"
    assert person(store, "1002")["start_date"] == "2023-05-02"
    at = dt.datetime(2026, 6, 15, 12, tzinfo=dt.UTC)
    assert store.check(badge(77), at=at).holder.name == "Zoë Ünal"


def test_sync_ends_missing_staff_and_brings_back_returning_ones(make_store, tmp_path):
    store = make_store(
        staff=[
            {"employee_no": "E1", "badge": badge(1), "role": "cashier"},
            {"employee_no": "E2", "badge": badge(2)},
            {"employee_no": "E3", "badge": badge(3), "end_date": "2025-12-31"},
            {"employee_no": "E4", "badge": badge(4), "status": "terminated"},
            {"employee_no": "E5", "badge": badge(5), "status": "suspended"},
        ]
    )
    path = tmp_path / "hr.csv"
    path.write_text(
        "employee_no,name,company,start_date\n"
        "E1,Eva Example,OWN,2020-01-01\n"
        "E3,Eva Example,OWN,2020-01-01\n"
        "E4,Eva Example,OWN,2020-01-01\n"
        "E5,Eva Example,OWN,2020-01-01\n"
    )
    report = staff_import(store, path, sync=True)
    assert counts(report) == (4, 0, 2, 1, 2, 2, 0)
    assert person(store, "E2")["end_date"] == "2026-06-15"
    assert person(store, "E3")["end_date"] is None
    assert person(store, "E4")["status"] == "active"
    assert person(store, "E5")["status"] == "suspended"  # the store's decision, not HR's
    assert person(store, "E1")["role"] == "cashier"  # no role column: roles are kept
    at = dt.datetime(2026, 6, 16, 12, tzinfo=dt.UTC)
    assert store.check(badge(2), at=at).reasons == ("ended",)
    assert store.check(badge(3), at=at).status == "internal"
    # Nobody is ended twice, and ended staff stay in the registry with their history.
    again = staff_import(store, path, sync=True)
    assert (again.ended, again.changed) == (0, 0)
    assert person(store, "E2") is not None


class CancelAt(Progress):
    def __init__(self, stage):
        self.stage = stage
        self.seen = []

    def update(self, stage, done, total):
        self.seen.append(stage)

    def cancelled(self):
        return self.stage in self.seen


@pytest.mark.parametrize("stage", ["reading", "checking", "writing"])
def test_cancelling_leaves_the_registry_as_it_was(make_store, tmp_path, stage):
    store = make_store(staff=[])
    path = tmp_path / "hr.csv"
    rows = "".join(
        f"A{i},Person {i},{badge(10000 + i)},OWN,,full_time,,2020-01-01,,,\n" for i in range(20000)
    )
    path.write_text(HEADER + rows)
    before = content_digest(store_path(store))
    with pytest.raises(ImportCancelled, match="registry is as it was"):
        staff_import(store, path, progress=CancelAt(stage))
    assert content_digest(store_path(store)) == before
    assert staff_import(store, path).added == 20000  # and the connection is fine afterwards


def test_a_big_first_import_rebuilds_the_name_search(make_store, tmp_path, monkeypatch):
    from pos_desktop.core.importing import staff_apply as module

    monkeypatch.setattr(module, "BULK_ROWS", 10)
    store = make_store(staff=[{"employee_no": "E1", "name": "Zed Old"}])
    path = tmp_path / "hr.csv"
    rows = "".join(
        f"A{i},Person Wiśniewski {i},{badge(10000 + i)},OWN,,full_time,,2020-01-01,,,\n"
        for i in range(50)
    )
    path.write_text(HEADER + rows)
    assert staff_import(store, path).added == 50
    found = store.conn.execute(
        "SELECT count(*) FROM staff_fts WHERE staff_fts MATCH 'wisniewski'"
    ).fetchone()[0]
    assert found == 50
    indexes = {
        r[0]
        for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')"
        )
    }
    assert {"idx_staff_company", "idx_badges_holder_type_holder_id"} <= indexes
    store.conn.execute("UPDATE staff SET name = 'Quincy' WHERE employee_no = 'A1'")
    hit = store.conn.execute("SELECT count(*) FROM staff_fts WHERE staff_fts MATCH 'quincy'")
    assert hit.fetchone()[0] == 1  # the triggers are back


# Hostile files: a clear message, the registry untouched.


def hostile_files(tmp_path):
    good = "employee_no,name,company,start_date\n"
    files = {
        "empty": (b"", "is empty"),
        "blank lines": (b"\r\n\r\n  \n", "is empty"),
        "header only": (good.encode(), "no rows below its header"),
        "NUL bytes": (good.encode() + b"A1,Ann\x00,OWN,2020-01-01\n", "NUL bytes"),
        "UTF-16": ((good + "A1,Ann,OWN,2020-01-01\n").encode("utf-16"), "UTF-16"),
        "mixed encodings": (
            good.encode()
            + "A1,Łucja,OWN,2020-01-01\n".encode()
            + "A2,Łucja,OWN,2020-01-01\n".encode("cp1250"),
            "mixes encodings",
        ),
        "a 10 MB line": (
            good.encode() + b"A1," + b"x" * 10_000_000 + b",OWN,2020-01-01\n",
            "longer than",
        ),
        "duplicate headers": (
            b"employee_no,name,name,company\nA1,Ann,Bob,OWN\n",
            "both read as 'name'",
        ),
        "not a workbook.xlsx": (b"PK\x03\x04garbage", "not an Excel workbook"),
        "binary": (bytes(range(1, 256)) * 10, "is not cp1250 text|could be cp1250"),
    }
    for name, (data, message) in files.items():
        path = tmp_path / name.replace(" ", "_")
        path.write_bytes(data)
        yield name, path, message


def test_hostile_files_are_refused_with_a_clear_message(make_store, tmp_path):
    store = make_store()
    before = content_digest(store_path(store))
    for name, path, message in hostile_files(tmp_path):
        with pytest.raises(PosError, match=message):
            staff_import(store, path)
        assert content_digest(store_path(store)) == before, name


def test_a_change_of_encoding_deep_in_a_big_file_is_named_by_its_row(make_store, tmp_path):
    store = make_store(staff=[])
    path = tmp_path / "hr.csv"
    rows = "".join(f"A{i},Łucja {i},OWN,2020-01-01\n" for i in range(40_000))  # > 1 MB
    path.write_bytes(
        b"employee_no,name,company,start_date\n"
        + rows.encode()
        + "B1,Żaneta,OWN,2020-01-01\n".encode("cp1250")
    )
    before = content_digest(store_path(store))
    with pytest.raises(InputError, match="row 40002 is not UTF-8 like the rows before it"):
        staff_import(store, path)
    assert content_digest(store_path(store)) == before


def test_a_wrong_delimiter_says_which_one_the_file_uses(make_store, tmp_path):
    store = make_store()
    path = tmp_path / "hr.csv"
    path.write_text("employee_no;name;company;start_date\nA1;Ann;OWN;2020-01-01\n")
    with pytest.raises(InputError, match="separated by ';', not ','"):
        staff_import(store, path, options=FileOptions(delimiter=","))
    with pytest.raises(InputError, match="'klingon' is not a text encoding"):
        staff_import(store, path, options=FileOptions(encoding="klingon"))


def test_formula_names_are_kept_as_text_and_neutralised_on_export(make_store, tmp_path):
    store = make_store(staff=[])
    path = tmp_path / "hr.csv"
    path.write_text(
        HEADER
        + 'A1,"=HYPERLINK(""http://x"",""click"")",,OWN,,full_time,,2020-01-01,,,\n'
        + "A2,+cmd|' /C calc'!A0,,OWN,,full_time,,2020-01-01,,,\n"
        + "A3,@SUM(1+1),,OWN,,full_time,,2020-01-01,,,\n"
    )
    staff_import(store, path)
    assert person(store, "A1")["name"] == '=HYPERLINK("http://x","click")'
    out = tmp_path / "out.csv"
    export_staff(store.conn, out)
    names = [row[1] for row in csv.reader(out.read_text(encoding="utf-8").splitlines())][1:]
    assert names == ['\'=HYPERLINK("http://x","click")', "'+cmd|' /C calc'!A0", "'@SUM(1+1)"]
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "=1+1,=2+2,,=NOPE,,,,2020-01-01,,,\n")
    with pytest.raises(ImportRefused) as refused:
        staff_import(store, bad)
    report = tmp_path / "report.csv"
    write_problems(refused.value.report.problems, report)
    assert all(
        not cell.startswith(("=", "+", "@"))
        for row in csv.reader(report.read_text(encoding="utf-8-sig").splitlines())
        for cell in row
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=400) | st.text(max_size=300).map(lambda t: t.encode("utf-8")))
def test_any_bytes_are_refused_or_imported_never_a_crash(make_store, tmp_path, data):
    store = make_store()
    path = tmp_path / "fuzz.csv"
    path.write_bytes(HEADER.encode() + data)
    before = content_digest(store_path(store))
    with contextlib.suppress(PosError):
        staff_import(store, path, dry_run=True)
    assert content_digest(store_path(store)) == before


# Products


def test_products_import_validates_every_row(make_store, tmp_path):
    store = make_store()
    path = tmp_path / "products.csv"
    path.write_text(
        "sku,barcode,name,category,price,cost\n"
        "NEW1,5901234123457,Umbrella,CLOTH,15.00,7.50\n"
        "NEW2,5901234123457,Dup Barcode,CLOTH,1.00,\n"
        "NEW3,,No Category,NOPE,1.00,\n"
        "NEW4,,Bad Price,CLOTH,12.345,\n"
        "NEW5,,Negative,CLOTH,-1,\n"
        "NEW1,,Dup Sku,CLOTH,1.00,\n"
    )
    with pytest.raises(ImportRefused) as refused:
        import_products(store.conn, store.rules, path, FileOptions())
    rows = sorted((p.row, p.column) for p in refused.value.report.problems)
    assert rows == [(3, "barcode"), (4, "category"), (5, "price"), (6, "price"), (7, "sku")]
    assert store.conn.execute("SELECT COUNT(*) FROM products").fetchone()[0] == 5
    report = import_products(store.conn, store.rules, path, FileOptions(), skip_invalid=True)
    assert (report.added, report.summary()["rejected"]) == (1, 5)


def test_products_sync_replaces_the_catalogue(make_store, tmp_path):
    store = make_store()
    path = tmp_path / "products.csv"
    path.write_text("sku,name,category,price\nSHIRT,Shirt,CLOTH,45.00\nHAT,Hat,CLOTH,9.99\n")
    report = import_products(store.conn, store.rules, path, FileOptions(), sync=True)
    assert (report.added, report.changed, report.ended) == (1, 1, 4)
    skus = [r[0] for r in store.conn.execute("SELECT sku FROM products ORDER BY sku")]
    assert skus == ["HAT", "SHIRT"]


def test_encoding_names_are_canonical():
    assert codecs.lookup("windows-1250").name == "cp1250"


# Found in review: each of these once lost data, crashed or misled.


def test_a_file_without_a_company_column_updates_and_refuses_only_new_people(make_store, tmp_path):
    store = make_store(staff=[{"employee_no": "E1", "role": "cashier"}])
    path = tmp_path / "names.csv"
    path.write_text("employee_no,name\nE1,Eva Renamed\n")
    assert counts(staff_import(store, path)) == (1, 0, 1, 0, 0, 0, 0)
    assert (person(store, "E1")["name"], person(store, "E1")["company"]) == ("Eva Renamed", "OWN")
    path.write_text("employee_no,name,start_date\nE1,Eva Renamed,2020-01-01\nN1,New,2024-01-01\n")
    with pytest.raises(ImportRefused) as refused:
        staff_import(store, path)
    assert [p.problem for p in refused.value.report.problems] == [
        "a new employee needs a company, and the file has no company column",
        "a new employee needs an employment type, and the file has no employment type column",
    ]
    kids = tmp_path / "kids.csv"
    kids.write_text("employee_no,name,dependant_of\nK1,Kid One,E1\n")
    assert staff_import(store, kids).added == 1


def test_a_stray_quote_refuses_the_file_instead_of_swallowing_rows(make_store, tmp_path):
    store = make_store(staff=[{"employee_no": f"E{i}"} for i in range(1, 30)])
    path = tmp_path / "hr.csv"
    rows = "".join(f"E{i},Eva Example,OWN,2020-01-01\n" for i in range(2, 30))
    path.write_text('employee_no,name,company,start_date\nE1,"Eva Example,OWN,2020-01-01\n' + rows)
    before = content_digest(store_path(store))
    with pytest.raises(InputError, match=r"row 2, column B: a quote opened there is not closed"):
        staff_import(store, path, sync=True, skip_invalid=True)
    assert content_digest(store_path(store)) == before


def test_a_sync_that_would_end_many_people_needs_to_be_allowed(make_store, tmp_path):
    store = make_store(staff=[{"employee_no": f"E{i}"} for i in range(40)])
    path = tmp_path / "one-company.csv"
    path.write_text(
        "employee_no,name,company,start_date\n"
        + "".join(f"E{i},Eva Example,OWN,2020-01-01\n" for i in range(20))
    )
    dry = staff_import(store, path, sync=True, dry_run=True)
    assert (dry.ended, dry.active) == (20, 40)
    before = content_digest(store_path(store))
    with pytest.raises(InputError, match="would end 20 of 40 active people"):
        staff_import(store, path, sync=True)
    assert content_digest(store_path(store)) == before
    assert staff_import(store, path, sync=True, allow_mass_end=True).ended == 20


def test_a_wrong_sync_is_undone_by_the_right_file_the_same_day(make_store, tmp_path):
    store = make_store(staff=[{"employee_no": "E1"}, {"employee_no": "E2"}])
    wrong, right = tmp_path / "wrong.csv", tmp_path / "right.csv"
    wrong.write_text("employee_no,name\nE1,Eva Example\n")
    right.write_text("employee_no,name\nE1,Eva Example\nE2,Eva Example\n")
    staff_import(store, wrong, sync=True)
    assert person(store, "E2")["end_date"] == TODAY.isoformat()
    back = staff_import(store, right, sync=True)
    assert (back.changed, back.reactivated) == (1, 1)
    assert person(store, "E2")["end_date"] is None


def test_a_new_badge_replaces_the_old_one_and_a_revoked_badge_is_refused(make_store, tmp_path):
    store = make_store(staff=[{"employee_no": "E1", "badge": badge(1)}])
    path = tmp_path / "hr.csv"
    path.write_text(f"employee_no,name,badge\nE1,Eva Example,{badge(2)}\n")
    assert counts(staff_import(store, path)) == (1, 0, 1, 0, 0, 0, 0)
    states = dict(store.conn.execute("SELECT code, status FROM badges WHERE holder_id = 'E1'"))
    assert states == {badge(1): "revoked", badge(2): "active"}
    path.write_text(f"employee_no,name,badge\nE1,Eva Example,{badge(1)}\n")
    with pytest.raises(ImportRefused) as refused:
        staff_import(store, path)
    problem = refused.value.report.problems[0]
    assert problem.problem == "this badge was revoked (replaced (HR import))"


def test_cp1252_is_told_from_cp1250_or_asked_for(make_store, tmp_path):
    store = make_store(staff=[])
    path = tmp_path / "hr.csv"
    names = ["Hélène Lefèvre", "José Muñoz", "Niccolò Àlvarez"]
    lines = ["employee_no,name,company,start_date,employment_type"]
    lines += [f"W{i},{n},OWN,2024-01-01,PT" for i, n in enumerate(names)]
    path.write_bytes("\n".join(lines).encode("cp1252"))
    assert staff_import(store, path).source == "CSV, cp1252, comma-separated"
    assert person(store, "W1")["name"] == "José Muñoz"
    path.write_bytes(
        "employee_no,name,company,start_date,employment_type\n"
        "S1,José Muñoz,OWN,2024-01-01,FT\n".encode("cp1252")
    )
    with pytest.raises(InputError, match=r"could be cp1250 .“Muńoz”. or cp1252 .“Muñoz”."):
        staff_import(store, path)
    assert staff_import(store, path, options=FileOptions(encoding="cp1252")).added == 1


def test_a_utf8_row_deep_in_a_cp1250_file_is_named(make_store, tmp_path):
    store = make_store(staff=[])
    path = tmp_path / "hr.csv"
    rows = "".join(f"A{i},Łucja {i},OWN,2020-01-01\n" for i in range(40_000))
    path.write_bytes(
        b"employee_no,name,company,start_date\n"
        + rows.encode("cp1250")
        + "B1,Żaneta Gęśla,OWN,2020-01-01\n".encode()
    )
    with pytest.raises(InputError, match="mixes encodings: row 40002 is UTF-8"):
        staff_import(store, path)


def test_odd_inputs_found_in_review_get_a_message(make_store, tmp_path):
    import zipfile

    store = make_store(staff=[])
    good = tmp_path / "good.csv"
    good.write_text(
        "employee_no,name,company,start_date,employment_type\nA1,Ann,OWN,2020-01-01 00:00:00,FT\n"
    )
    for encoding in ("rot13", "hex", "base64"):
        with pytest.raises(InputError, match="not a text encoding"):
            staff_import(store, good, options=FileOptions(encoding=encoding))
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(broken, "w") as book:
        book.writestr("[Content_Types].xml", "<Types")
    with pytest.raises(InputError, match="not an Excel workbook"):
        staff_import(store, broken)
    twice = tmp_path / "twice.csv"
    twice.write_text("employee_no,Name,Full name\nA1,Ann,Ann Smith\n")
    with pytest.raises(InputError, match=r"'Name'.*'Full name'.*both read as 'name'"):
        staff_import(store, twice)
    assert staff_import(store, good).added == 1  # a midnight time after the date is fine
    assert person(store, "A1")["start_date"] == "2020-01-01"


def test_a_profile_tolerates_a_left_out_column_the_next_file_lacks(make_store, tmp_path):
    store = make_store(staff=[])
    chosen = {"Nr": "employee_no", "Kto": "name", "Firma": "company", "Od": "start_date"}
    chosen["Umowa"] = "employment_type"
    mapping.save_profile(store.conn, "Kadry", {**chosen, "Stanowisko": ""}, till="T", actor="a")
    path = tmp_path / "next-month.csv"
    path.write_text("Nr,Kto,Firma,Od,Umowa\nP1,Ola,OWN,2024-01-01,zlecenie\n")
    options = FileOptions(mapping=mapping.load_profile(store.conn, "Kadry"))
    assert staff_import(store, path, options=options).added == 1

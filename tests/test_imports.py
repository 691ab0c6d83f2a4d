"""HR and catalogue files: mapping, encodings, row-by-row problems, all or nothing, sync."""

from __future__ import annotations

import datetime as dt

import pytest

from pos_desktop.core.errors import InputError
from pos_desktop.core.imports import CsvOptions, ImportRefused, import_products, import_staff
from tests.conftest import badge, content_digest

TODAY = dt.date(2026, 6, 15)
HEADER = (
    "employee_no,name,badge,company,department,employment_type,status,start_date,end_date,"
    "role,dependant_of\n"
)


def staff_import(store, path, **kw):
    options = kw.pop("options", CsvOptions())
    return import_staff(store.conn, store.rules, path, options, today=TODAY, **kw)


def person(store, number):
    return store.conn.execute("SELECT * FROM staff WHERE employee_no = ?", (number,)).fetchone()


def test_import_adds_staff_dependants_and_badges(make_store, tmp_path):
    store = make_store(staff=[])
    path = tmp_path / "hr.csv"
    path.write_text(
        HEADER
        + f"A1,Ann One,{badge(11)},OWN,MKT,full_time,active,2020-01-01,,cashier,\n"
        + f"A2,Bob Two,{badge(12)},SIS,,part_time,active,15.03.2021,,,\n"
        + f"D1,Cid Child,{badge(13)},,,,,,,,A1\n"
    )
    report = staff_import(store, path)
    assert report.summary() == {
        "rows": 3,
        "added": 3,
        "changed": 0,
        "ended": 0,
        "reactivated": 0,
        "unchanged": 0,
        "rejected": 0,
    }
    assert person(store, "A2")["start_date"] == "2021-03-15"
    at = dt.datetime(2026, 6, 15, 12, tzinfo=dt.UTC)
    assert store.check(badge(13), at=at).kind == "dependant"
    assert store.check(badge(12), at=at).kind == "group_employee"
    again = staff_import(store, path)
    assert (again.added, again.unchanged) == (0, 3)
    entries = store.conn.execute("SELECT COUNT(*) FROM audit WHERE action='staff.import'")
    assert entries.fetchone()[0] == 2


def test_one_bad_row_refuses_the_whole_file_with_a_problem_per_row(make_store, tmp_path):
    store = make_store(staff=[{"employee_no": "E1", "badge": badge(1)}])
    path = tmp_path / "hr.csv"
    path.write_text(
        HEADER
        + "A1,Ann One,,OWN,,,,2020-01-01,,,\n"
        + "A1,Dup Number,,OWN,,,,2020-01-01,,,\n"
        + ",No Number,,OWN,,,,2020-01-01,,,\n"
        + "A3,,,OWN,,,,2020-01-01,,,\n"
        + "A4,Bad Company,,NOPE,,,,2020-01-01,,,\n"
        + "A5,Bad Dept,,OWN,NOPE,,,2020-01-01,,,\n"
        + "A6,Bad Date,,OWN,,,,2020-02-30,,,\n"
        + "A7,End Before Start,,OWN,,,,2020-05-01,2020-04-01,,\n"
        + "A8,Bad Status,,OWN,,,on holiday,2020-01-01,,,\n"
        + "A9,Bad Role,,OWN,,,,2020-01-01,,king,\n"
        + "A10,Bad Badge,2000000000016,OWN,,,,2020-01-01,,,\n"
        + f"A11,Taken Badge,{badge(1)},OWN,,,,2020-01-01,,,\n"
        + "D1,Orphan,,,,,,,,,NOBODY\n"
        + "A12,Fine Person,,OWN,,,,2020-01-01,,,\n"
    )
    before = content_digest(store_path(store))
    with pytest.raises(ImportRefused) as refused:
        staff_import(store, path)
    problems = {(p.row, p.column): p.problem for p in refused.value.report.problems}
    assert problems == {
        (3, "employee_no"): "the same number is on row 2",
        (4, "employee_no"): "the employee number is empty",
        (5, "name"): "the name is empty",
        (6, "company"): "unknown company; add it to the config first",
        (7, "department"): "unknown department; add it to the config first",
        (8, "start_date"): "not a date like 2026-11-23 or 23.11.2026",
        (9, "end_date"): "the end date is before the start date",
        (10, "status"): "status must be one of active, suspended, terminated",
        (11, "role"): "role must be one of none, cashier, supervisor, admin",
        (12, "badge"): "the check digit is wrong",
        (13, "badge"): "this badge already belongs to staff E1",
        (14, "dependant_of"): "a dependant of an unknown employee",
    }
    assert content_digest(store_path(store)) == before


def store_path(store):
    return store.conn.execute("PRAGMA database_list").fetchone()[2]


def test_dry_run_reports_without_writing(make_store, tmp_path):
    store = make_store(staff=[])
    path = tmp_path / "hr.csv"
    path.write_text(HEADER + "A1,Ann,,OWN,,,,2020-01-01,,,\nA2,Bob,,NOPE,,,,2020-01-01,,,\n")
    before = content_digest(store_path(store))
    report = staff_import(store, path, dry_run=True)
    assert (report.added, len(report.problems)) == (1, 1)
    assert content_digest(store_path(store)) == before


def test_header_mapping_semicolons_and_cp1250(make_store, tmp_path):
    store = make_store(staff=[])
    path = tmp_path / "kadry.csv"
    path.write_bytes(
        "Nr ewidencyjny;Imię i nazwisko;Spółka;Data zatrudnienia\n"
        "P1;Łucja Świątek;OWN;01.09.2024\n".encode("cp1250")
    )
    options = CsvOptions(
        encoding="cp1250",
        mapping={
            "Nr ewidencyjny": "employee_no",
            "Imię i nazwisko": "name",
            "Spółka": "company",
            "Data zatrudnienia": "start_date",
        },
    )
    staff_import(store, path, options=options)
    assert person(store, "P1")["name"] == "Łucja Świątek"


def test_wrong_encoding_and_missing_columns_are_explained(make_store, tmp_path):
    store = make_store(staff=[])
    path = tmp_path / "kadry.csv"
    path.write_bytes("employee_no;name\nP1;Łucja\n".encode("cp1250"))
    with pytest.raises(InputError, match="--encoding cp1250"):
        staff_import(store, path)
    path.write_text("number,fullname\n1,X\n")
    with pytest.raises(InputError, match="no 'employee_no' column"):
        staff_import(store, path)
    path.write_text("")
    with pytest.raises(InputError, match="empty"):
        staff_import(store, path)
    path.write_bytes(b"employee_no,name\x00\n")
    with pytest.raises(InputError, match="NUL"):
        staff_import(store, path)


def test_sync_ends_missing_staff_and_reactivates_returning_ones(make_store, tmp_path):
    store = make_store(
        staff=[
            {"employee_no": "E1", "badge": badge(1)},
            {"employee_no": "E2", "badge": badge(2)},
            {"employee_no": "E3", "badge": badge(3), "end_date": "2025-12-31"},
        ]
    )
    path = tmp_path / "hr.csv"
    path.write_text(
        "employee_no,name,company,start_date\n"
        "E1,Eva Example,OWN,2020-01-01\n"
        "E3,Eva Example,OWN,2020-01-01\n"
    )
    report = staff_import(store, path, sync=True)
    assert (report.ended, report.reactivated, report.unchanged) == (1, 1, 1)
    assert person(store, "E2")["end_date"] == "2026-06-15"
    assert person(store, "E3")["end_date"] is None
    at = dt.datetime(2026, 6, 16, 12, tzinfo=dt.UTC)
    assert store.check(badge(2), at=at).reasons == ("ended",)
    assert store.check(badge(3), at=at).status == "internal"


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
        import_products(store.conn, store.rules, path, CsvOptions())
    rows = sorted((p.row, p.column) for p in refused.value.report.problems)
    assert rows == [(3, "barcode"), (4, "category"), (5, "price"), (6, "price"), (7, "sku")]
    assert store.conn.execute("SELECT COUNT(*) FROM products").fetchone()[0] == 5


def test_products_sync_replaces_the_catalogue(make_store, tmp_path):
    store = make_store()
    path = tmp_path / "products.csv"
    path.write_text("sku,name,category,price\nSHIRT,Shirt,CLOTH,45.00\nHAT,Hat,CLOTH,9.99\n")
    report = import_products(store.conn, store.rules, path, CsvOptions(), sync=True)
    assert (report.added, report.changed, report.ended) == (1, 1, 4)
    skus = [r[0] for r in store.conn.execute("SELECT sku FROM products ORDER BY sku")]
    assert skus == ["HAT", "SHIRT"]
    assert store.product_line("SHIRT").cost is None

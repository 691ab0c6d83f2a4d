"""Keeping the registry by hand: search, filters, paging, edits with audit, status changes."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from pos_desktop.core import staff
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.errors import InputError
from pos_desktop.core.staff import StaffDetails, StaffFilter
from tests.conftest import ANNA

AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)


def names(store, where):
    return [r["name"] for r in staff.page(store.conn, where)]


def test_search_by_name_prefix_without_accents_number_or_badge(demo_store):
    assert names(demo_store, StaffFilter("wisniew")) == ["Tomasz Wiśniewski"]
    assert names(demo_store, StaffFilter("anna kow")) == ["Anna Kowalska"]
    assert names(demo_store, StaffFilter("E0003")) == ["Maria Popescu"]
    assert names(demo_store, StaffFilter(f"]E0{ANNA}")) == ["Anna Kowalska"]
    assert names(demo_store, StaffFilter('"; DROP TABLE staff; --')) == []


def test_the_beginning_of_an_employee_number_finds_everyone_it_starts(demo_store):
    numbers = [f"E00{n}" for n in range(10, 20)]  # E0010 … E0019
    for typed in ("E001", "e001", " E001 "):
        where = StaffFilter(typed)
        assert [r["employee_no"] for r in staff.page(demo_store.conn, where)] == numbers
        assert staff.count(demo_store.conn, where) == len(numbers)
    assert [r["employee_no"] for r in staff.page(demo_store.conn, StaffFilter("E0003"))] == [
        "E0003"
    ]
    where = StaffFilter("E001", status="active")
    assert staff.count(demo_store.conn, where) == len(staff.page(demo_store.conn, where))
    assert names(demo_store, StaffFilter("E9")) == []


def test_a_number_beginning_shared_by_many_pages_in_number_order(demo_store, monkeypatch):
    everyone = [r[0] for r in demo_store.conn.execute("SELECT employee_no FROM staff ORDER BY 1")]
    monkeypatch.setattr(staff, "_many_numbers", lambda *_a: True)  # walked, not sorted
    where, found, after = StaffFilter("E0"), [], None
    while rows := staff.page(demo_store.conn, where, after=after, size=7):
        found += [r["employee_no"] for r in rows]
        after = found[-1]
    assert found == [n for n in everyone if n.startswith("E0")]
    assert staff.count(demo_store.conn, where) == len(found)


def test_filters_combine_and_count_matches_the_pages(demo_store):
    where = StaffFilter(company="ACME", status="active", employment_type="full_time")
    rows = []
    after = None
    while batch := staff.page(demo_store.conn, where, after, size=25):
        rows += batch
        after = batch[-1]["employee_no"]
    assert len(rows) == staff.count(demo_store.conn, where) > 25
    assert all(r["company"] == "ACME" and r["status"] == "active" for r in rows)
    assert [r["employee_no"] for r in rows] == sorted(r["employee_no"] for r in rows)


def test_add_edit_and_audit(demo_store):
    rules = demo_store.rules
    person = StaffDetails("N9", "  Nina Nowa ", "ACME", "OPS", "Full time", start_date="01.02.2026")
    saved = staff.save(demo_store.conn, rules, person, new=True, actor="admin")
    assert (saved.name, saved.employment_type, saved.start_date) == (
        "Nina Nowa",
        "full_time",
        "2026-02-01",
    )
    assert names(demo_store, StaffFilter("nina")) == ["Nina Nowa"]
    staff.save(demo_store.conn, rules, replace(saved, name="Nina Nowak"), new=False, actor="E0012")
    assert names(demo_store, StaffFilter("nowak nina")) == ["Nina Nowak"]
    entry = demo_store.conn.execute(
        "SELECT actor, action, before, after FROM audit ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert (entry["actor"], entry["action"]) == ("E0012", "staff.edit")
    assert "Nina Nowa" in entry["before"] and "Nina Nowak" in entry["after"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": " "}, "the name is empty"),
        ({"company": "NOPE"}, "unknown company"),
        ({"department": "x" * 101}, "at most 100 characters"),
        ({"start_date": "2026-02-01", "end_date": "2026-01-01"}, "before the start date"),
        ({"start_date": "30.02.2026"}, "not a date"),
        ({"role": "king"}, "role must be one of"),
    ],
)
def test_bad_details_are_refused_in_the_admins_words(demo_store, change, message):
    person = replace(staff.details(demo_store.conn, "E0001"), **change)
    before = staff.details(demo_store.conn, "E0001")
    with pytest.raises(InputError, match=message):
        staff.save(demo_store.conn, demo_store.rules, person, new=False, actor="admin")
    assert staff.details(demo_store.conn, "E0001") == before


def test_a_department_typed_by_name_is_found_or_made(demo_store):
    conn, rules = demo_store.conn, demo_store.rules
    person = replace(staff.details(conn, "E0001"), department="marketing")
    assert staff.save(conn, rules, person, new=False, actor="admin").department == "MKT"
    person = replace(person, department="Dział Sprzedaży")
    saved = staff.save(conn, rules, person, new=False, actor="admin")
    assert saved.department == "DZIAL-SPRZEDAZY"
    assert tuple(
        conn.execute(
            "SELECT name, cost_centre FROM departments WHERE code = ?", (saved.department,)
        ).fetchone()
    ) == ("Dział Sprzedaży", "")
    actions = [r[0] for r in conn.execute("SELECT action FROM audit ORDER BY seq DESC LIMIT 2")]
    assert actions == ["staff.edit", "department.add"]


def test_adding_an_existing_number_is_refused(demo_store):
    person = staff.details(demo_store.conn, "E0001")
    with pytest.raises(InputError, match="already in the registry"):
        staff.save(demo_store.conn, demo_store.rules, person, new=True, actor="admin")


def test_status_changes_reach_a_running_till_at_once(demo_store, demo_path):
    till = Checkout(open_database(demo_path))
    assert till.check(ANNA, at=AT).status == "internal"
    staff.set_status(demo_store.conn, demo_store.rules, "E0001", "suspended", actor="admin")
    assert till.check(ANNA, at=AT).reasons == ("suspended",)
    ended = staff.set_status(
        demo_store.conn,
        demo_store.rules,
        "E0001",
        "terminated",
        actor="admin",
        today=dt.date(2026, 6, 1),
    )
    assert ended.end_date == "2026-06-01"
    back = staff.set_status(demo_store.conn, demo_store.rules, "E0001", "active", actor="admin")
    assert (back.status, back.end_date) == ("active", None)
    assert till.check(ANNA, at=AT).eligible
    till.conn.close()

"""A million-row HR export is read without a dict or a rule check for each row: the rules on the
rest of the row run once per distinct combination. What the import finds must not change."""

from __future__ import annotations

import datetime as dt

import pytest

from pos_desktop.core.importing.imports import (
    STAFF_EXTRA,
    STAFF_FIELDS,
    STAFF_REQUIRED,
    FileOptions,
    ImportRefused,
    Progress,
    mapped_rows,
    mapped_values,
)
from pos_desktop.core.importing.staff_import import import_staff
from pos_desktop.core.importing.staff_rows import RowChecker
from pos_desktop.core.importing.tabular import open_table
from tests.conftest import badge

TODAY = dt.date(2026, 6, 15)
HEADER = (
    "Employee ID;Imię;Nazwisko;badge;company;department;employment_type;Worker Type;status;"
    "start_date;end_date;role;dependant_of\n"
)
# Rows whose company, dates and words repeat, good and bad, for employees and dependants.
PATTERNS = (
    "{n};Anna;Nowak {i};{b};OWN;Sprzedaż;pełny etat;;aktywny;01.02.2020;;;",
    "{n};Jan;Kowalski {i};{b};OWM;MKT;full_time;;active;2020-02-30;;;",
    "{n};Ewa;Wiśniewska {i};{b2};own;;;Contractor;zwolniony;2019-01-01;2018-12-31;king;",
    "{n};;;;OWN;MKT;;;;2021-01-01;;;",
    "{n};Kid;Nowak {i};{b};OWM;MKT;full_time;;active;2020-02-30;;;E1",
    "{n};Ola;Nowak {i};{b};OWN;Magazyn;niepełny etat;;on holiday;;;;",
    "{n};Self;Own {i};;OWN;MKT;full_time;;active;2020-01-01;;;{n}",
    "{n};Stray;'=Quote {i};{b};OWN;MKT;;;active;2020-01-01;;;",
)


def export(path, rows):
    lines = []
    for i in range(rows):
        pattern = PATTERNS[i % len(PATTERNS)]
        lines.append(pattern.format(n=f"E{i}", i=i, b=badge(20000 + i), b2=str(2000000000000 + i)))
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")


def test_the_shortcut_reads_every_row_as_the_row_by_row_rules_do(make_store, tmp_path):
    store = make_store(staff=[])
    path = tmp_path / "hr.csv"
    export(path, 400)
    present = frozenset(
        {"employee_no", "first_name", "last_name", "name", "badge", "company", "department"}
        | {"employment_type", "worker_type", "status", "start_date", "end_date", "role"}
        | {"dependant_of"}
    )
    one_by_one: list = []
    reference = RowChecker(store.rules, present, one_by_one, {})
    _, lines = mapped_rows(
        open_table(path), STAFF_FIELDS, STAFF_REQUIRED, FileOptions(), STAFF_EXTRA
    )
    expected = [reference(row, cells) for row, cells in lines]
    found: list = []
    checker = RowChecker(store.rules, present, found, {})
    _, names, values = mapped_values(
        open_table(path), STAFF_FIELDS, STAFF_REQUIRED, FileOptions(), STAFF_EXTRA
    )
    assert list(checker.checked(names, values)) == expected
    assert found == one_by_one
    assert len({p.row for p in found}) == 250  # five patterns in eight are wrong somewhere
    assert checker.no_employment == reference.no_employment
    assert checker.new_departments == reference.new_departments


def test_a_mistake_repeated_on_many_rows_is_reported_on_each_of_them(make_store, tmp_path):
    store = make_store(staff=[])
    path = tmp_path / "hr.csv"
    path.write_text(
        "employee_no,name,badge,company,employment_type,start_date\n"
        + "".join(
            f"A{i},Person {i},{badge(30000 + i)},{'OWM' if i % 7 == 0 else 'OWN'},"
            f"full_time,{'2020-13-01' if i % 5 == 0 else '2020-01-01'}\n"
            for i in range(3000)
        )
    )
    with pytest.raises(ImportRefused) as refused:
        import_staff(store.conn, store.rules, path, today=TODAY)
    rows = {(p.row, p.column) for p in refused.value.report.problems}
    assert rows == {(i + 2, "company") for i in range(0, 3000, 7)} | {
        (i + 2, "start_date") for i in range(0, 3000, 5)
    }
    assert store.conn.execute("SELECT count(*) FROM staff").fetchone()[0] == 0


class Recorder(Progress):
    def __init__(self) -> None:
        self.seen: list[tuple[str, int, int]] = []

    def update(self, stage: str, done: int, total: int) -> None:
        self.seen.append((stage, done, total))


def test_reading_a_big_file_reports_its_way_through_it(make_store, tmp_path):
    store = make_store(staff=[])
    path = tmp_path / "hr.csv"
    path.write_text(
        "employee_no,name,badge,company,employment_type,start_date\n"
        + "".join(
            f"A{i},Person {i},{badge(40000 + i)},OWN,full_time,2020-01-01\n" for i in range(60000)
        )
    )
    progress = Recorder()
    assert import_staff(store.conn, store.rules, path, today=TODAY, progress=progress).rows == 60000
    reading = [done for stage, done, total in progress.seen if stage == "reading"]
    total = path.stat().st_size
    assert reading[0] == 0 and reading[-1] == total
    between = [done for done in reading if 0 < done < total]
    assert len(between) >= 3 and between == sorted(between)  # the bar moves, forwards

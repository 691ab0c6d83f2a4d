"""The staff record's fields are declared once, and every face reads that one table."""

from __future__ import annotations

import pytest

from pos_desktop.core import staff
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.importing import imports, mapping, staff_fields
from pos_desktop.core.importing.staff_fields import STAFF_FIELDS

# What the store keeps of a person beside HR's record: no HR file or export carries it.
BOOKKEEPING = {"updated_at", "pin_hash", "photo"}


def test_each_staff_column_is_declared_once_and_every_list_is_read_from_it(demo_path):
    names = [f.name for f in STAFF_FIELDS]
    assert len(names) == len(set(names))
    conn = open_database(demo_path)
    table = {row["name"] for row in conn.execute("PRAGMA table_info(staff)")}
    conn.close()
    assert set(staff_fields.STORED) == table - BOOKKEEPING
    assert staff.COLUMNS == staff_fields.STORED
    assert imports.STAFF_FIELDS == staff_fields.FILE_FIELDS
    assert imports.STAFF_EXTRA == staff_fields.EXTRA_FIELDS
    assert imports.STAFF_REQUIRED == ("employee_no", "name")
    assert set(staff_fields.COMPARED) == set(staff_fields.STORED) - {"employee_no"}
    # What a file reads besides the exported columns goes into one of them.
    for field in STAFF_FIELDS:
        assert field.exported != bool(field.into), field.name
        assert not field.into or field.into in staff_fields.FILE_FIELDS
        assert mapping.SYNONYMS[field.name] == field.words
    words = [word for field in STAFF_FIELDS for word in field.words]
    assert len(words) == len(set(words)), "a header name read as two fields"
    assert all(word == mapping.fold(word) for word in words)


def test_an_export_goes_into_another_store_and_comes_out_the_same(run, demo_path, tmp_path):
    first, config = tmp_path / "staff.csv", tmp_path / "store.toml"
    assert run("staff", "export", str(first)).code == 0
    assert run("config", "export", str(config)).code == 0
    other = tmp_path / "other.sqlite"
    assert run("init", db=other).code == 0
    assert run("config", "import", str(config), db=other).code == 0
    result = run("staff", "import", str(first), "--json", db=other)
    assert result.code == 0, result.err
    assert result.json["problems"] == []
    again = tmp_path / "again.csv"
    assert run("staff", "export", str(again), db=other).code == 0
    exported = first.read_text(encoding="utf-8")
    assert exported.splitlines()[0] == ",".join(staff_fields.FILE_FIELDS)
    assert len(exported.splitlines()) > 10
    assert again.read_text(encoding="utf-8") == exported


@pytest.mark.parametrize(
    "heading",
    [
        "Nr identyfikatora",
        "Numer identyfikatora",
        "Nr legitymacji",
        "Număr legitimație",
        "Legitimație",
    ],
)
def test_an_hr_file_s_own_word_for_the_badge_column_is_read_as_the_badge(
    run, demo_path, tmp_path, heading
):
    """Polish and Romanian HR systems head the badge column in their own words; each is read
    as the badge without a profile, and the new person gets the badge."""
    path = tmp_path / "kadry.csv"
    path.write_text(
        "Nr ewidencyjny;Imię i nazwisko;Spółka;Data zatrudnienia;Rodzaj zatrudnienia;"
        f"{heading}\nP200;Łucja Świątek;ACME;01.09.2024;pełny etat;2000000090016\n",
        encoding="utf-8",
    )
    result = run("staff", "import", str(path))
    assert result.code == 0, result.err
    conn = open_database(demo_path)
    row = conn.execute(
        "SELECT holder_type, holder_id, status FROM badges WHERE code = ?", ("2000000090016",)
    ).fetchone()
    conn.close()
    assert tuple(row) == ("staff", "P200", "active")

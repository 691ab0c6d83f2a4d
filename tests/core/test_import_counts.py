"""An import's counts read right for one as for many: "1 row, 1 added", "1 new department",
"1 row with problems", "… and 1 more problem", "Wrote 1 person"; `--json` keeps its keys."""

from __future__ import annotations

from pathlib import Path

HEADER = "employee_no,name,company,department,employment_type,start_date\n"


def one_person_store(run, tmp_path: Path) -> Path:
    """An empty store with the demo's configuration."""
    config, other = tmp_path / "store.toml", tmp_path / "other.sqlite"
    assert run("config", "export", str(config)).code == 0
    assert run("init", db=other).code == 0
    assert run("config", "import", str(config), db=other).code == 0
    return other


def test_one_person_in_a_new_department_reads_in_the_singular(run, tmp_path):
    store = one_person_store(run, tmp_path)
    path = tmp_path / "one.csv"
    path.write_text(HEADER + "N1,Nowa Osoba,ACME,Kasa Główna,full_time,2024-01-01\n")
    result = run("staff", "import", str(path), db=store)
    assert result.code == 0, result.err
    assert ": 1 row, 1 added, 0 changed," in result.out
    assert f"{path}: 1 new department: Kasa Główna" in result.out
    exported = tmp_path / "staff.csv"
    result = run("staff", "export", str(exported), db=store)
    assert result.out.strip() == f"Wrote 1 person to {exported}"
    as_json = run("staff", "import", str(path), "--dry-run", "--json", db=store).json
    assert (as_json["rows"], as_json["unchanged"]) == (1, 1)


def test_many_read_in_the_plural(run, tmp_path):
    store = one_person_store(run, tmp_path)
    path = tmp_path / "two.csv"
    path.write_text(
        HEADER
        + "N1,Nowa Osoba,ACME,Kasa,full_time,2024-01-01\n"
        + "N2,Inna Osoba,ACME,Magazyn Nowy,full_time,2024-01-01\n"
    )
    result = run("staff", "import", str(path), db=store)
    assert ": 2 rows, 2 added," in result.out
    assert "2 new departments: Kasa, Magazyn Nowy" in result.out
    exported = tmp_path / "staff.csv"
    assert "Wrote 2 people to" in run("staff", "export", str(exported), db=store).out


def test_one_bad_row_and_one_problem_past_the_list_read_in_the_singular(run, tmp_path):
    one = tmp_path / "one-bad.csv"
    one.write_text(HEADER + "N1,Nowa Osoba,ACMX,,full_time,2024-01-01\n")
    result = run("staff", "import", str(one))
    assert result.code == 2
    assert (
        f"{one}: 1 row with problems; nothing was imported "
        "(fix it, or apply the valid rows with --skip-invalid)"
    ) in result.err
    many = tmp_path / "many-bad.csv"
    many.write_text(
        HEADER + "".join(f"N{i},Osoba {i},ACMX,,full_time,2024-01-01\n" for i in range(51))
    )
    result = run("staff", "import", str(many), "--dry-run")
    assert result.code == 1
    assert "… and 1 more problem; write them all with --report FILE.csv" in result.err
    assert "more problems" not in result.err


def test_a_quote_left_open_names_the_lines_it_swallows_in_the_singular_and_plural(run, tmp_path):
    one = tmp_path / "one-line.csv"
    one.write_text(HEADER + 'N1,"Nowa\nOsoba",ACME\n')
    result = run("staff", "import", str(one), "--dry-run")
    assert result.code == 2
    assert "not closed until the next line, so both lines would be read as one cell" in result.err
    many = tmp_path / "three-lines.csv"
    many.write_text(HEADER + 'N1,"Nowa\nOsoba\nDruga\nTrzecia",ACME\n')
    result = run("staff", "import", str(many), "--dry-run")
    assert "not closed until 3 lines later, so those lines would be read" in result.err

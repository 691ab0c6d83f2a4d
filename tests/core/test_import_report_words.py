"""The staff import's report on the command line reads whole in Polish and Romanian: each
problem in the language, its column named by the file's own heading, and how the file was
read; `--json` keeps the English words and the field codes for scripts."""

from __future__ import annotations

from pathlib import Path

import pytest

# As a Polish HR system writes its export: cp1250, semicolons, CRLF, its own headings, dates
# day first. The badge on row 2 has a wrong check digit; row 3 names an unknown company.
KADRY = (
    "Nr ewidencyjny;Imię;Nazwisko;Spółka;Data zatrudnienia;Rodzaj zatrudnienia;Nr karty\r\n"
    "P200;Łucja;Świątek;ACME;01.09.2024;pełny etat;2000000090017\r\n"
    "P201;Zbigniew;Żółć;ACMX;01.09.2024;pełny etat;\r\n"
)
SAID = {
    "pl": (
        "wiersz 2, Nr karty '2000000090017': cyfra kontrolna jest błędna "
        "(ostatnia cyfra powinna być 6; sprawdź numer identyfikatora)",
        "wiersz 3, Spółka 'ACMX': nieznana spółka (czy chodziło o ACME?)",
        "(CSV, cp1250, separator: średnik)",
    ),
    "ro": (
        "rândul 2, Nr karty '2000000090017': cifra de control este greșită "
        "(ultima cifră ar trebui să fie 6; verificați numărul legitimației)",
        "rândul 3, Spółka 'ACMX': companie necunoscută (vă referiți la ACME?)",
        "(CSV, cp1250, separator: punct și virgulă)",
    ),
}


@pytest.fixture
def kadry(tmp_path: Path) -> Path:
    path = tmp_path / "kadry.csv"
    path.write_bytes(KADRY.encode("cp1250"))
    return path


@pytest.mark.parametrize("language", ["pl", "ro"])
def test_a_dry_run_report_is_all_in_the_language(run, kadry, language):
    result = run("--lang", language, "staff", "import", str(kadry), "--dry-run")
    assert result.code == 1
    badge, company, source = SAID[language]
    assert result.err.splitlines() == [f"{kadry}: {badge}", f"{kadry}: {company}"]
    assert source in result.out
    for english in ("check digit", "semicolon", "separated", "unknown company", "badge"):
        assert english not in result.out + result.err


def test_a_refused_import_names_the_file_s_columns_too(run, kadry):
    result = run("--lang", "pl", "staff", "import", str(kadry))
    assert result.code == 2
    assert result.err.splitlines()[0] == f"{kadry}: {SAID['pl'][0]}"


def test_json_keeps_the_english_words_and_the_field_codes(run, kadry):
    result = run("--lang", "pl", "staff", "import", str(kadry), "--dry-run", "--json")
    data = result.json
    assert data["file"] == "CSV, cp1250, semicolon-separated"
    assert [(p["row"], p["column"], p["problem"]) for p in data["problems"]] == [
        (2, "badge", "the check digit is wrong"),
        (3, "company", "unknown company"),
    ]


# Row 2: a new person with a badge whose check digit is wrong and no employment type; row 3:
# an employment type the app cannot read.
NEWCOMERS = (
    "Nr ewidencyjny;Imię;Nazwisko;Spółka;Data zatrudnienia;Rodzaj zatrudnienia;Nr karty\r\n"
    "P300;Łucja;Świątek;ACME;01.09.2024;;2000000090017\r\n"
    "P301;Zbigniew;Żółć;ACME;01.09.2024;na godziny;\r\n"
)
ROW = {"pl": "wiersz", "ro": "rândul"}
VALUES = {  # the values as the language says them, each with the code --value needs
    "pl": "pełny etat (full_time), niepełny etat (part_time), sezonowy (seasonal)",
    "ro": "normă întreagă (full_time), normă parțială (part_time), sezonier (seasonal)",
}
LABEL = {
    "pl": ("Rodzaj zatrudnienia", "pola „Rodzaj zatrudnienia”"),
    "ro": ("Tipul angajării", "câmpul „Tipul angajării”"),
}


@pytest.mark.parametrize("language", ["pl", "ro"])
def test_every_problem_of_a_row_is_said_and_the_values_in_the_language(run, tmp_path, language):
    """The badge's wrong check digit hid the same row's missing employment type, and a wrong
    value listed the codes 'full_time, part_time, …'; --json keeps the codes."""
    path = tmp_path / "nowi.csv"
    path.write_bytes(NEWCOMERS.encode("cp1250"))
    result = run("--lang", language, "staff", "import", str(path), "--dry-run")
    assert result.code == 1
    said = result.err.splitlines()
    rows = [f"{path}: {ROW[language]} {n}" for n in (2, 2, 3)]
    assert [line.split(",")[0] for line in said] == rows
    assert "Nr karty" in said[0]
    assert said[1].startswith(f"{rows[1]}, Rodzaj zatrudnienia '': ")  # the file's heading
    assert VALUES[language] in said[2]
    data = run("staff", "import", str(path), "--dry-run", "--json").json
    assert [(p["row"], p["column"]) for p in data["problems"]] == [
        (2, "badge"),
        (2, "employment_type"),
        (3, "employment_type"),
    ]
    assert (
        "full_time, part_time, seasonal, contractor, retiree" in data["problems"][2]["suggestion"]
    )


@pytest.mark.parametrize("language", ["pl", "ro"])
def test_a_field_the_file_has_no_column_for_is_named_in_the_language(run, tmp_path, language):
    """'wiersz 2, employment_type '': … przypisz kolumnę pliku do employment_type'."""
    path = tmp_path / "nowi.csv"
    path.write_bytes(
        "Nr ewidencyjny;Imię;Nazwisko;Spółka;Data zatrudnienia;Nr karty\r\n"
        "P300;Łucja;Świątek;ACME;01.09.2024;\r\n".encode("cp1250")
    )
    result = run("--lang", language, "staff", "import", str(path), "--dry-run")
    label, hint = LABEL[language]
    [line] = [line for line in result.err.splitlines() if f"{ROW[language]} 2, {label} ''" in line]
    assert hint in line and "employment_type" not in line, line
    data = run("staff", "import", str(path), "--dry-run", "--json").json
    assert ("employment_type", "add the column, or map the file's column to employment_type") in [
        (p["column"], p["suggestion"]) for p in data["problems"]
    ]

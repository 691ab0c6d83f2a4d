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

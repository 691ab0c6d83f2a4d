"""A count inside a message is grouped as the language groups digits: 12,345 in English,
12 345 in Polish, 12.345 in Romanian (an English 12,345 reads as twelve point three in
Polish)."""

from __future__ import annotations

from pos_desktop import i18n
from pos_desktop.core.importing.imports import ImportRefused, ImportReport, Problem


def refused(rows: int) -> ImportRefused:
    report = ImportReport()
    for row in range(2, rows + 2):
        report.problems.append(Problem(row, "name", "", "the name is empty", ""))
    return ImportRefused("hr.csv", report)


def test_a_count_in_a_message_is_grouped_as_each_language_groups_digits():
    error = refused(12345)
    assert str(error).startswith("hr.csv: 12,345 rows with problems")  # --json and logs
    i18n.use("pl")
    assert i18n.say(error).startswith("hr.csv: wiersze z problemami: 12\u00a0345;")
    i18n.use("ro")
    assert "12.345" in i18n.say(error)
    i18n.use("en")
    assert i18n.say(error) == str(error)

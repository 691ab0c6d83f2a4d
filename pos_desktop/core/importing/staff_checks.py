"""The HR import's checks against the registry as it is under the write lock: numbers and
badges that belong to someone else, revoked badges, what a new employee needs, and
dependants whose employee is neither in the file nor in the registry. Each finds the rows of
the temporary table import_rows (see staff_import) that are still good, and marks them bad."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from pos_desktop.core.importing.imports import STAFF_EXTRA, STAFF_FIELDS, ImportReport, Problem
from pos_desktop.core.importing.staff_fields import field_name
from pos_desktop.core.text import QT_TRANSLATE_NOOP

# Who already holds a badge the file gives someone else, by the badge's holder type.
_BADGE_TAKEN = {
    "staff": QT_TRANSLATE_NOOP("Import", "this badge already belongs to staff {holder}"),
    "dependant": QT_TRANSLATE_NOOP("Import", "this badge already belongs to dependant {holder}"),
    "department": QT_TRANSLATE_NOOP("Import", "this badge already belongs to department {holder}"),
}
_COLUMN_ORDER = {c: i for i, c in enumerate((*STAFF_FIELDS, *STAFF_EXTRA))}


def mark_bad(conn: sqlite3.Connection, problems: list[Problem]) -> None:
    """Mark the rows with problems, so that no later check or change reads them."""
    conn.executemany(
        "UPDATE import_rows SET bad = 1 WHERE row = ? AND NOT bad",
        ((p.row,) for p in problems),
    )


@dataclass
class RegistryCheck:
    conn: sqlite3.Connection
    report: ImportReport
    present: frozenset[str]  # the fields the file has
    no_employment: int  # employees' rows read with an empty employment type

    def problem(self, row: int, column: str, value: str, text: str, hint: str = "") -> None:
        self.report.problems.append(Problem(row, column, value, text, hint))

    def run(self) -> None:
        """Every check, the problems then sorted by row and column as the file has them."""
        self._numbers()
        self._badges()
        self._employment()
        self._needs()
        mark_bad(self.conn, self.report.problems)
        self._dependants()  # last: it depends on which employee rows are still good
        mark_bad(self.conn, self.report.problems)
        self.report.problems.sort(key=lambda p: (p.row, _COLUMN_ORDER.get(p.column, 99)))

    def _numbers(self) -> None:
        """An employee's number that is a dependant's, and the other way round."""
        conn = self.conn
        for row, value in conn.execute(
            "SELECT r.row, r.employee_no FROM import_rows r JOIN main.dependants d "
            "ON d.dependant_no = r.employee_no WHERE r.dependant_of IS NULL AND NOT r.bad"
        ):
            self.problem(
                row,
                "employee_no",
                value,
                QT_TRANSLATE_NOOP("Import", "this number belongs to a dependant").text(),
                QT_TRANSLATE_NOOP("Import", "give the employee their own number").text(),
            )
        for row, value in conn.execute(
            "SELECT r.row, r.employee_no FROM import_rows r JOIN main.staff s "
            "ON s.employee_no = r.employee_no WHERE r.dependant_of IS NOT NULL AND NOT r.bad"
        ):
            self.problem(
                row,
                "employee_no",
                value,
                QT_TRANSLATE_NOOP("Import", "this number belongs to an employee").text(),
                QT_TRANSLATE_NOOP("Import", "give the dependant their own number").text(),
            )

    def _badges(self) -> None:
        """A badge someone else holds, or one revoked."""
        conn = self.conn
        for row, value, holder_type, holder in conn.execute(
            "SELECT r.row, r.badge, b.holder_type, b.holder_id FROM import_rows r "
            "JOIN main.badges b ON b.code = r.badge WHERE NOT r.bad AND "
            "(b.holder_id != r.employee_no OR b.holder_type != "
            "CASE WHEN r.dependant_of IS NULL THEN 'staff' ELSE 'dependant' END)"
        ):
            self.problem(
                row,
                "badge",
                value,
                _BADGE_TAKEN[holder_type].format(holder=holder),
                QT_TRANSLATE_NOOP(
                    "Import", "revoke it from them first, or correct the badge"
                ).text(),
            )
        for row, value, reason in conn.execute(
            "SELECT r.row, r.badge, b.reason FROM import_rows r "
            "JOIN main.badges b ON b.code = r.badge WHERE NOT r.bad AND b.status = 'revoked'"
        ):
            self.problem(
                row,
                "badge",
                value,
                QT_TRANSLATE_NOOP("Import", "this badge was revoked ({reason})").format(
                    reason=reason or QT_TRANSLATE_NOOP("Import", "no reason given").text()
                ),
                QT_TRANSLATE_NOOP(
                    "Import", "issue a new badge, and put its number in the HR system"
                ).text(),
            )

    def _employment(self) -> None:
        """A new employee with no employment type: never guessed as full time. Said also for
        a row with other problems (a badge's wrong check digit), so that the admin sees all
        of them at once; not again for a word that cannot be read, which is said already."""
        conn = self.conn
        missing_employment = (
            "r.employment_type IS NULL" if "employment_type" in self.present else "1"
        )
        unread = self.no_employment if "employment_type" in self.present else self.report.rows
        said = {p.row for p in self.report.problems if p.column == "employment_type"}
        for row, value in (
            ()
            if not unread
            else conn.execute(
                "SELECT r.row, r.employment_type FROM import_rows r WHERE "
                f"r.dependant_of IS NULL AND {missing_employment} AND NOT EXISTS "
                "(SELECT 1 FROM main.staff s WHERE s.employee_no = r.employee_no)"
            )
        ):
            if row in said:
                continue
            if "employment_type" in self.present:
                self.problem(
                    row,
                    "employment_type",
                    "",
                    QT_TRANSLATE_NOOP(
                        "Import", "a new employee needs an employment type, and it is empty"
                    ).text(),
                    QT_TRANSLATE_NOOP(
                        "Import", "fill it in (full time, part time, contractor, …)"
                    ).text(),
                )
            else:
                self.problem(
                    row,
                    "employment_type",
                    value or "",
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "a new employee needs an employment type, and the file has no "
                        "employment type column",
                    ).text(),
                    QT_TRANSLATE_NOOP(
                        "Import", "add the column, or map the file's column to {field}"
                    ).format(field=field_name("employment_type")),
                )

    def _needs(self) -> None:
        """A new employee from a file without a company or start date column."""
        conn = self.conn
        for column, needs in (
            (
                "company",
                QT_TRANSLATE_NOOP(
                    "Import", "a new employee needs a company, and the file has no company column"
                ),
            ),
            (
                "start_date",
                QT_TRANSLATE_NOOP(
                    "Import",
                    "a new employee needs a start date, and the file has no start date column",
                ),
            ),
        ):
            if column in self.present:
                continue
            for row, value in conn.execute(
                "SELECT r.row, r.employee_no FROM import_rows r WHERE NOT r.bad AND "
                "r.dependant_of IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM main.staff s WHERE s.employee_no = r.employee_no)"
            ):
                self.problem(
                    row,
                    "employee_no",
                    value,
                    needs.text(),
                    QT_TRANSLATE_NOOP(
                        "Import", "add the column, or map the file's column to {field}"
                    ).format(field=field_name(column)),
                )

    def _dependants(self) -> None:
        """A dependant of an employee neither in the file (and good) nor in the registry."""
        conn = self.conn
        # Last, as it depends on which employee rows are still good.
        for row, value in conn.execute(
            "SELECT r.row, r.dependant_of FROM import_rows r WHERE r.dependant_of IS NOT NULL "
            "AND NOT r.bad AND NOT EXISTS (SELECT 1 FROM import_rows e WHERE "
            "e.employee_no = r.dependant_of AND e.dependant_of IS NULL AND NOT e.bad) "
            "AND NOT EXISTS (SELECT 1 FROM main.staff s WHERE s.employee_no = r.dependant_of)"
        ):
            self.problem(
                row,
                "dependant_of",
                value,
                QT_TRANSLATE_NOOP("Import", "a dependant of an unknown employee").text(),
                QT_TRANSLATE_NOOP(
                    "Import", "add the employee to the file, or correct the number"
                ).text(),
            )

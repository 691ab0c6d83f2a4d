"""The HR staff import: a million-row export checked and applied without holding the tills up.

1. Reading (no lock): each row is checked on its own as it streams in (empty fields, badge
   format and check digit, dates, unknown company or department) and lands in a temporary table.
2. Checking (no lock): duplicates within the file, by SQL over the temporary table.
3. Writing (one BEGIN IMMEDIATE transaction): the checks against the registry (badges held by
   someone else, dependants of unknown employees), then the changes, set by set, and one audit
   entry. A problem (unless skip_invalid), a dry run, a failure or a cancel rolls it all back.

A column the file does not have leaves that field as the registry has it (an HR export knows
nothing of till roles or suspensions); for a new person it is empty, or active and no till
role, but never a guess at the employment type: a new employee without one is a problem.
Departments the store has not seen are HR's and are created; companies must be known. With
sync, the file is the complete list: staff missing from it get the import date as end date,
and listed staff who had ended come back. A row with problems keeps whoever it could be: the
person with its employee number, the holder of its badge, and anyone with its name (a mangled
number must not end the person it was meant to be).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pos_desktop.core import clock
from pos_desktop.core.central.membership import refuse_on_joined_till
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.errors import InputError
from pos_desktop.core.importing.hr_words import check_values, employment_types
from pos_desktop.core.importing.imports import (
    NO_OPTIONS,
    STAFF_EXTRA,
    STAFF_FIELDS,
    STAFF_REQUIRED,
    FileOptions,
    ImportCancelled,
    ImportRefused,
    ImportReport,
    Problem,
    Progress,
    _DryRun,
    mapped_values,
    record_import,
)
from pos_desktop.core.importing.staff_fields import COMPARED
from pos_desktop.core.importing.staff_rows import RowChecker
from pos_desktop.core.importing.tabular import open_table
from pos_desktop.core.rules import Rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Count, Text

# Who already holds a badge the file gives someone else, by the badge's holder type.
_BADGE_TAKEN = {
    "staff": QT_TRANSLATE_NOOP("Import", "this badge already belongs to staff {holder}"),
    "dependant": QT_TRANSLATE_NOOP("Import", "this badge already belongs to dependant {holder}"),
    "department": QT_TRANSLATE_NOOP("Import", "this badge already belongs to department {holder}"),
}

MASS_END_PEOPLE = 10  # a sync ending at least this many people ...
MASS_END_PERCENT = 10  # ... and this share of the active ones needs allow_mass_end
BULK_ROWS = 50_000  # adding more than this rebuilds the indexes once instead of row by row
_TEMP_COLUMNS = ("row", *STAFF_FIELDS)
_COLUMN_ORDER = {c: i for i, c in enumerate((*STAFF_FIELDS, *STAFF_EXTRA))}


def import_staff(
    conn: sqlite3.Connection,
    rules: Rules,
    path: Path,
    options: FileOptions = NO_OPTIONS,
    *,
    sync: bool = False,
    dry_run: bool = False,
    skip_invalid: bool = False,
    allow_mass_end: bool = False,
    today: dt.date | None = None,
    actor: str = "admin",
    progress: Progress | None = None,
) -> ImportReport:
    """Check an HR export and apply it in one transaction (see the module's description).

    Raises ImportRefused (nothing written) when a row has a problem, unless dry_run or
    skip_invalid; ImportCancelled when progress says so; InputError for an unreadable file,
    or, before the file is read, on a till whose registry comes from the chain's server.
    """
    if not dry_run:
        refuse_on_joined_till(conn)
    progress = progress or Progress()
    today = today or clock.now().astimezone(rules.settings.tz).date()
    wrong = check_values(options.values, employment_types(rules))
    if wrong is not None:
        raise InputError(wrong)
    table = open_table(path, options.reading())
    report = ImportReport(source=table.describe())
    columns, names, lines = mapped_values(table, STAFF_FIELDS, STAFF_REQUIRED, options, STAFF_EXTRA)
    report.left_out = [h for i, h in enumerate(table.header) if i not in columns and h]
    present = frozenset(columns.values())
    if "first_name" in present:
        present |= {"name"}
    if "worker_type" in present:
        present |= {"employment_type"}
    job = _Job(conn, rules, report, progress, present, today, sync, options.values)
    conn.set_progress_handler(job.interrupt, 200_000)
    try:
        job.load(names, lines, table.position, table.total)
        if report.rows == 0:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Import", "{file} has no rows below its header; nothing to import"
                ).format(file=str(path))
            )
        job.check_file()
        transaction = _read_transaction(conn) if dry_run else write_transaction(conn)
        with contextlib.suppress(_DryRun), transaction:
            job.check_registry()
            if report.problems and not dry_run and not skip_invalid:
                raise ImportRefused(str(path), report)
            job.count()
            if dry_run:
                raise _DryRun
            mass_end = too_many_ended(report) if sync and not allow_mass_end else None
            if mass_end:
                raise MassEnd(mass_end)
            job.apply()
            record_import(
                conn,
                rules,
                actor,
                "staff.import",
                path,
                report,
                sync=sync,
                skip_invalid=skip_invalid,
            )
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise ImportCancelled from None
        raise
    finally:
        conn.set_progress_handler(None, 0)
        job.drop()
    return report


def too_many_ended(report: ImportReport) -> Text | None:
    """Why a sync would end so many people that the file is probably not the complete list
    (one company's export, a file cut short), or None."""
    ended, active = report.ended, report.active
    if ended < MASS_END_PEOPLE or ended * 100 < active * MASS_END_PERCENT:
        return None
    return QT_TRANSLATE_NOOP(
        "Import",
        "this sync would end {ended} of {active} active people ({percent}%); if the file "
        "really is the complete list, allow it to end that many",
    ).format(ended=Count(ended), active=Count(active), percent=ended * 100 // max(active, 1))


class MassEnd(InputError):
    """A sync that would end a large share of the registry, not confirmed; nothing written."""


@dataclass
class _Job:
    conn: sqlite3.Connection
    rules: Rules
    report: ImportReport
    progress: Progress
    present: frozenset[str]
    today: dt.date
    sync: bool
    values: dict[str, dict[str, str]]
    new_departments: dict[str, str] = field(default_factory=dict)  # code -> name
    # Rows to add and to change, by table: a sync that changes 1% skips what has nothing to do.
    to_add: dict[str, int] = field(default_factory=dict)
    to_change: dict[str, int] = field(default_factory=dict)
    checker: RowChecker | None = None
    reading: Callable[[], int] | None = None  # how far into the file, while it is read
    total: int = 0

    @property
    def no_employment(self) -> int:
        """Employees' rows read with no employment type (an empty cell)."""
        return self.checker.no_employment if self.checker else 0

    def interrupt(self) -> int:
        """SQLite's progress handler: every few thousand rows read, and as the checks and
        writes run, says how far the reading is and whether to stop."""
        if self.reading is not None:
            self.progress.update("reading", self.reading(), self.total)
        return 1 if self.progress.cancelled() else 0

    def problem(self, row: int, column: str, value: str, text: str, hint: str = "") -> None:
        self.report.problems.append(Problem(row, column, value, text, hint))

    # 1. Reading

    def load(
        self,
        names: tuple[str, ...],
        lines: Iterator[tuple[int, list[str]]],
        where: Callable[[], int],
        total: int,
    ) -> None:
        conn = self.conn
        conn.execute("DROP TABLE IF EXISTS temp.import_rows")
        conn.execute(
            "CREATE TEMP TABLE import_rows (row INTEGER PRIMARY KEY, "
            + ", ".join(f"{c} TEXT" for c in STAFF_FIELDS)
            + ", bad INTEGER NOT NULL DEFAULT 0)"
        )
        conn.commit()
        check = RowChecker(self.rules, self.present, self.report.problems, self.values)
        self.new_departments = check.new_departments
        self.checker = check
        self.progress.update("reading", 0, total)
        self.reading, self.total = where, total
        conn.execute("BEGIN")
        try:  # a row's problems mark it bad once the file is read (check_file)
            conn.executemany(
                f"INSERT INTO import_rows ({', '.join(_TEMP_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(_TEMP_COLUMNS))})",
                check.checked(names, lines),
            )
        finally:
            self.reading = None
        conn.commit()
        self.report.rows = conn.execute("SELECT count(*) FROM import_rows").fetchone()[0]
        self.progress.update("reading", total, total)

    # 2. Checking the file as a whole

    def check_file(self) -> None:
        conn = self.conn
        self.progress.update("checking", 0, 0)
        for column, index, same in (
            (
                "employee_no",
                "import_rows_no",
                QT_TRANSLATE_NOOP("Import", "the same number is on row {first}"),
            ),
            (
                "badge",
                "import_rows_badge",
                QT_TRANSLATE_NOOP("Import", "the same badge is on row {first}"),
            ),
        ):
            try:  # a clean file's index is unique, and that is all the checking it needs
                conn.execute(f"CREATE UNIQUE INDEX temp.{index} ON import_rows ({column})")
                continue
            except sqlite3.IntegrityError:
                conn.execute(f"CREATE INDEX temp.{index} ON import_rows ({column})")
            for row, value, first in conn.execute(
                f"SELECT r.row, r.{column}, f.first FROM import_rows r JOIN "
                f"(SELECT {column}, min(row) AS first FROM import_rows WHERE {column} != '' "
                f"GROUP BY {column} HAVING count(*) > 1) f USING ({column}) "
                "WHERE r.row > f.first"
            ):
                self.problem(
                    row,
                    column,
                    value,
                    same.format(first=first),
                    QT_TRANSLATE_NOOP("Import", "keep one of rows {first} and {row}").format(
                        first=first, row=row
                    ),
                )
        self._mark_bad()
        conn.commit()

    def _mark_bad(self) -> None:
        self.conn.executemany(
            "UPDATE import_rows SET bad = 1 WHERE row = ? AND NOT bad",
            ((p.row,) for p in self.report.problems),
        )

    # 3. Under the write lock: the registry as it is now

    def check_registry(self) -> None:
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
        missing_employment = (
            "r.employment_type IS NULL" if "employment_type" in self.present else "1"
        )
        unread = self.no_employment if "employment_type" in self.present else self.report.rows
        for row, value in (
            ()
            if not unread
            else conn.execute(
                "SELECT r.row, r.employment_type FROM import_rows r WHERE NOT r.bad AND "
                f"r.dependant_of IS NULL AND {missing_employment} AND NOT EXISTS "
                "(SELECT 1 FROM main.staff s WHERE s.employee_no = r.employee_no)"
            )
        ):
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
                    ).format(field="employment_type"),
                )
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
                    ).format(field=column),
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
        self._mark_bad()
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
        self._mark_bad()
        self.report.problems.sort(key=lambda p: (p.row, _COLUMN_ORDER.get(p.column, 99)))

    def _new_values(self) -> dict[str, str]:
        """Each compared column's value after the import, as SQL over r (file) and s (now)."""
        values = {}
        for column in COMPARED:
            if column == "employment_type" and column in self.present:
                values[column] = "coalesce(r.employment_type, s.employment_type)"
            elif column in self.present:
                values[column] = f"r.{column}"
            elif column == "status" and self.sync:
                values[column] = "CASE WHEN s.status = 'terminated' THEN 'active' ELSE s.status END"
            elif column == "end_date" and self.sync:
                values[column] = "CASE WHEN s.end_date <= :today THEN NULL ELSE s.end_date END"
            else:
                values[column] = f"s.{column}"
        return values

    def count(self) -> None:
        conn, report = self.conn, self.report
        self.progress.update("checking", 0, 0)
        params = {"today": self.today.isoformat()}
        new = self._new_values()
        differs = " OR ".join(f"({expr}) IS NOT s.{c}" for c, expr in new.items())
        ended_new = f"coalesce(({new['status']}) = 'terminated' OR ({new['end_date']}) < :today, 0)"
        conn.execute("DROP TABLE IF EXISTS temp.import_changes")
        conn.execute(
            "CREATE TEMP TABLE import_changes AS SELECT s.employee_no AS employee_no, "
            + ", ".join(f"{expr} AS {c}" for c, expr in new.items())
            + ", coalesce(s.status = 'terminated' OR s.end_date <= :today, 0) AND NOT "
            + ended_new
            + " AS comes_back FROM import_rows r "
            "JOIN main.staff s ON s.employee_no = r.employee_no "
            f"WHERE NOT r.bad AND r.dependant_of IS NULL AND ({differs})",
            params,
        )
        conn.execute("CREATE INDEX temp.import_changes_no ON import_changes (employee_no)")
        report.changed, report.reactivated = conn.execute(
            "SELECT count(*), coalesce(sum(comes_back), 0) FROM import_changes"
        ).fetchone()
        known, report.added = conn.execute(
            "SELECT count(s.employee_no), count(*) - count(s.employee_no) FROM import_rows r "
            "LEFT JOIN main.staff s ON s.employee_no = r.employee_no "
            "WHERE NOT r.bad AND r.dependant_of IS NULL"
        ).fetchone()
        report.unchanged = known - report.changed
        self.to_add["staff"], self.to_change["staff"] = report.added, report.changed
        conn.execute("DROP TABLE IF EXISTS temp.import_dependant_changes")
        status = "r.status" if "status" in self.present else "d.status"
        if self.sync and "status" not in self.present:
            status = "CASE WHEN d.status = 'terminated' THEN 'active' ELSE d.status END"
        conn.execute(
            "CREATE TEMP TABLE import_dependant_changes AS SELECT d.dependant_no, "
            f"r.dependant_of AS employee_no, r.name, {status} AS status, "
            f"d.status = 'terminated' AND {status} != 'terminated' AS comes_back "
            "FROM import_rows r JOIN main.dependants d ON d.dependant_no = r.employee_no "
            "WHERE NOT r.bad AND r.dependant_of IS NOT NULL AND "
            f"(r.dependant_of IS NOT d.employee_no OR r.name IS NOT d.name OR {status} IS NOT "
            "d.status)"
        )
        conn.execute(
            "CREATE INDEX temp.import_dependant_changes_no "
            "ON import_dependant_changes (dependant_no)"
        )
        changed_dependants, back, known_dependants, all_dependants = conn.execute(
            "SELECT (SELECT count(*) FROM import_dependant_changes), "
            "(SELECT coalesce(sum(comes_back), 0) FROM import_dependant_changes), "
            "count(d.dependant_no), "
            "count(*) FROM import_rows r LEFT JOIN main.dependants d "
            "ON d.dependant_no = r.employee_no WHERE NOT r.bad AND r.dependant_of IS NOT NULL"
        ).fetchone()
        self.to_add["dependants"] = all_dependants - known_dependants
        self.to_change["dependants"] = changed_dependants
        report.changed += changed_dependants
        report.reactivated += back
        report.unchanged += known_dependants - changed_dependants
        report.added += all_dependants - known_dependants
        self._count_badges()
        used = {  # by a row that goes in, and still new under the lock
            code
            for code in self.new_departments
            if conn.execute(
                "SELECT 1 FROM import_rows WHERE department = ? AND NOT bad AND "
                "dependant_of IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM main.departments WHERE code = ?) LIMIT 1",
                (code, code),
            ).fetchone()
        }
        self.new_departments = {c: n for c, n in self.new_departments.items() if c in used}
        report.new_departments = list(self.new_departments.values())
        self.report.active = conn.execute(
            "SELECT count(*) FROM main.staff WHERE status != 'terminated' "
            "AND (end_date IS NULL OR end_date > :today)",
            params,
        ).fetchone()[0]
        if self.sync:  # who the file leaves out, found once for the count and the change
            # A rejected row may be someone whose number HR mangled ('E 0001?', empty): it
            # keeps whoever it could be, by its number, by the badge it names or by the name.
            conn.execute("DROP TABLE IF EXISTS temp.import_bad")
            conn.execute(
                "CREATE TEMP TABLE import_bad AS SELECT r.employee_no, r.badge, "
                "lower(trim(r.name)) AS name FROM import_rows r WHERE r.bad"
            )
            conn.execute("CREATE INDEX temp.import_bad_name ON import_bad (name)")
            conn.execute("CREATE INDEX temp.import_bad_badge ON import_bad (badge)")
            conn.execute("DROP TABLE IF EXISTS temp.import_ended")
            conn.execute(
                "CREATE TEMP TABLE import_ended AS SELECT 'staff' AS holder_type, "
                "s.employee_no AS number FROM main.staff s WHERE s.status != 'terminated' "
                "AND (s.end_date IS NULL OR s.end_date > :today) AND NOT EXISTS "
                "(SELECT 1 FROM import_rows r WHERE r.employee_no = s.employee_no) "
                "AND NOT EXISTS (SELECT 1 FROM import_bad x WHERE x.name = lower(trim(s.name))) "
                "AND NOT EXISTS (SELECT 1 FROM import_bad x JOIN main.badges b ON "
                "b.code = x.badge WHERE b.holder_type = 'staff' "
                "AND b.holder_id = s.employee_no) "
                "UNION ALL SELECT 'dependant', d.dependant_no FROM main.dependants d "
                "WHERE d.status = 'active' AND NOT EXISTS "
                "(SELECT 1 FROM import_rows r WHERE r.employee_no = d.dependant_no) "
                "AND NOT EXISTS (SELECT 1 FROM import_bad x WHERE x.name = lower(trim(d.name))) "
                "AND NOT EXISTS (SELECT 1 FROM import_bad x JOIN main.badges b ON "
                "b.code = x.badge WHERE b.holder_type = 'dependant' "
                "AND b.holder_id = d.dependant_no)",
                params,
            )
            report.ended = conn.execute("SELECT count(*) FROM import_ended").fetchone()[0]

    def _count_badges(self) -> None:
        """A badge new to the registry is issued to its holder (replacing the badge they had):
        for someone otherwise unchanged, that is a change."""
        conn = self.conn
        conn.execute("DROP TABLE IF EXISTS temp.import_badges")
        conn.execute(
            "CREATE TEMP TABLE import_badges AS SELECT r.badge AS code, "
            "CASE WHEN r.dependant_of IS NULL THEN 'staff' ELSE 'dependant' END AS holder_type, "
            "r.employee_no AS holder_id FROM import_rows r WHERE NOT r.bad AND "
            "r.badge IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM main.badges b WHERE b.code = r.badge)"
        )
        (only_badge,) = conn.execute(
            "SELECT count(*) FROM import_badges n WHERE "
            "(n.holder_type = 'staff' AND n.holder_id IN (SELECT employee_no FROM main.staff) "
            "AND n.holder_id NOT IN (SELECT employee_no FROM import_changes)) OR "
            "(n.holder_type = 'dependant' AND n.holder_id IN "
            "(SELECT dependant_no FROM main.dependants) AND n.holder_id NOT IN "
            "(SELECT dependant_no FROM import_dependant_changes))"
        ).fetchone()
        self.report.changed += only_badge
        self.report.unchanged -= only_badge
        self.to_add["badges"] = conn.execute("SELECT count(*) FROM import_badges").fetchone()[0]

    def apply(self) -> None:
        conn = self.conn
        now = clock.stamp(clock.now())
        self.progress.update("writing", 0, 0)
        bulk = self.report.added > BULK_ROWS
        rebuild = _bulk_load(conn) if bulk else contextlib.nullcontext()
        conn.executemany(
            "INSERT INTO main.departments (code, name, cost_centre, updated_at) "
            "VALUES (?, ?, '', ?)",
            [(code, name, now) for code, name in self.new_departments.items()],
        )
        with rebuild:
            defaults = {
                "employment_type": "NULL",  # never reached: one without it is refused
                "status": "'active'",
                "role": "'none'",
                "department": "NULL",
                "company": "NULL",  # never reached: a new employee without one is refused
                "start_date": "NULL",
                "end_date": "NULL",
            }
            chosen = [f"r.{c}" if c in self.present else defaults[c] for c in COMPARED]
            adds, changes = self.to_add.get, self.to_change.get  # unknown: do it
            if adds("staff", 1):
                conn.execute(
                    f"INSERT INTO main.staff (employee_no, {', '.join(COMPARED)}, updated_at) "
                    f"SELECT r.employee_no, {', '.join(chosen)}, :now FROM import_rows r "
                    "WHERE NOT r.bad AND r.dependant_of IS NULL AND NOT EXISTS "
                    "(SELECT 1 FROM main.staff s WHERE s.employee_no = r.employee_no) "
                    "ORDER BY r.row",
                    {"now": now},
                )
            if changes("staff", 1):
                conn.execute(
                    f"UPDATE main.staff SET ({', '.join(COMPARED)}, updated_at) = "
                    f"(SELECT {', '.join(f'c.{c}' for c in COMPARED)}, :now FROM import_changes c "
                    "WHERE c.employee_no = staff.employee_no) "
                    "WHERE employee_no IN (SELECT employee_no FROM import_changes)",
                    {"now": now},
                )
            status = "r.status" if "status" in self.present else "'active'"
            if adds("dependants", 1):
                conn.execute(
                    "INSERT INTO main.dependants "
                    "(dependant_no, employee_no, name, status, updated_at) "
                    f"SELECT r.employee_no, r.dependant_of, r.name, {status}, :now "
                    "FROM import_rows r WHERE NOT r.bad AND r.dependant_of IS NOT NULL AND "
                    "NOT EXISTS (SELECT 1 FROM main.dependants d "
                    "WHERE d.dependant_no = r.employee_no)",
                    {"now": now},
                )
            if changes("dependants", 1):
                conn.execute(
                    "UPDATE main.dependants SET (employee_no, name, status, updated_at) = "
                    "(SELECT c.employee_no, c.name, c.status, :now FROM import_dependant_changes c "
                    "WHERE c.dependant_no = dependants.dependant_no) WHERE dependant_no IN "
                    "(SELECT dependant_no FROM import_dependant_changes)",
                    {"now": now},
                )
            if adds("badges", 1):
                conn.execute(
                    "UPDATE main.badges SET status = 'revoked', reason = 'replaced (HR import)', "
                    "revoked_at = :now, updated_at = :now WHERE status = 'active' AND "
                    "(holder_type, holder_id) IN "
                    "(SELECT holder_type, holder_id FROM import_badges)",
                    {"now": now},
                )
                conn.execute(
                    "INSERT INTO main.badges "
                    "(code, holder_type, holder_id, status, issued_at, updated_at) "
                    "SELECT code, holder_type, holder_id, 'active', :now, :now "
                    "FROM import_badges ORDER BY code",
                    {"now": now},
                )
            if self.sync:
                self._end_missing(now)

    def _end_missing(self, now: str) -> None:
        params = {"today": self.today.isoformat(), "now": now}
        self.conn.execute(
            "UPDATE main.staff SET end_date = :today, updated_at = :now WHERE employee_no IN "
            "(SELECT number FROM import_ended WHERE holder_type = 'staff')",
            params,
        )
        self.conn.execute(
            "UPDATE main.dependants SET status = 'terminated', updated_at = :now WHERE "
            "dependant_no IN (SELECT number FROM import_ended WHERE holder_type = 'dependant')",
            params,
        )

    def drop(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if self.conn.in_transaction:
                self.conn.rollback()
            for name in (
                "import_rows",
                "import_changes",
                "import_dependant_changes",
                "import_badges",
                "import_ended",
            ):
                self.conn.execute(f"DROP TABLE IF EXISTS temp.{name}")


@contextlib.contextmanager
def _read_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A dry run sees one snapshot of the registry and writes only its temporary tables."""
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.rollback()


@contextlib.contextmanager
def _bulk_load(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside the import's transaction: the registry's secondary indexes and name-search
    triggers are set aside while rows pour in, then rebuilt once (sorting beats a million
    single inserts). All of it commits or rolls back with the import."""
    kept = conn.execute(
        "SELECT type, name, sql FROM main.sqlite_master WHERE tbl_name IN ('staff', 'badges') "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL"
    ).fetchall()
    for kind, name, _ in kept:
        conn.execute(f'DROP {kind.upper()} main."{name}"')
    yield
    for kind, _, sql in kept:
        if kind == "index":
            conn.execute(sql)
    fts = conn.execute("SELECT 1 FROM main.sqlite_master WHERE name = 'staff_fts'").fetchone()
    if fts:
        conn.execute("INSERT INTO main.staff_fts (staff_fts) VALUES ('rebuild')")
    for kind, _, sql in kept:
        if kind == "trigger":
            conn.execute(sql)

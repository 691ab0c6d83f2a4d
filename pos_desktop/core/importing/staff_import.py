"""The HR staff import: a million-row export checked and applied without holding the tills up.

1. Reading (no lock): each row is checked on its own as it streams in (empty fields, badge
   format and check digit, dates, unknown company or department) and lands in a temporary table.
2. Checking (no lock): duplicates within the file, by SQL over the temporary table.
3. Writing (one BEGIN IMMEDIATE transaction): the checks against the registry (badges held by
   someone else, dependants of unknown employees), then the changes, set by set, and one audit
   entry. A problem (unless skip_invalid), a dry run, a failure or a cancel rolls it all back.
   The checks are in staff_checks, the counting and the changes in staff_apply.

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
from pos_desktop.core.importing import staff_fields
from pos_desktop.core.importing.hr_words import check_values, employment_types
from pos_desktop.core.importing.imports import (
    NO_OPTIONS,
    STAFF_EXTRA,
    STAFF_FIELDS,
    STAFF_REQUIRED,
    DryRun,
    FileOptions,
    ImportCancelled,
    ImportRefused,
    ImportReport,
    Problem,
    Progress,
    file_headings,
    mapped_values,
    record_import,
)
from pos_desktop.core.importing.staff_apply import TABLES, StaffChanges
from pos_desktop.core.importing.staff_checks import RegistryCheck, mark_bad
from pos_desktop.core.importing.staff_rows import RowChecker
from pos_desktop.core.importing.tabular import open_table
from pos_desktop.core.rules import Rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Count, Text

MASS_END_PEOPLE = 10  # a sync ending at least this many people ...
MASS_END_PERCENT = 10  # ... and this share of the active ones needs allow_mass_end
_TEMP_COLUMNS = ("row", *STAFF_FIELDS)


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
    report.headings = file_headings(table.header, columns)
    present = frozenset(columns.values())
    present |= {f.into for f in staff_fields.STAFF_FIELDS if f.name in present and f.into}
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
        with contextlib.suppress(DryRun), transaction:
            _under_lock(job, path, dry_run, skip_invalid, allow_mass_end, actor)
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise ImportCancelled from None
        raise
    finally:
        conn.set_progress_handler(None, 0)
        job.drop()
    return report


def _under_lock(
    job: _Job, path: Path, dry_run: bool, skip_invalid: bool, allow_mass_end: bool, actor: str
) -> None:
    """Check the rows against the registry as it is now, count, and (unless refused, a dry
    run or an unconfirmed mass end) make the changes and audit them."""
    conn, report = job.conn, job.report
    RegistryCheck(conn, report, job.present, job.no_employment).run()
    if report.problems and not dry_run and not skip_invalid:
        raise ImportRefused(str(path), report)
    changes = StaffChanges(
        conn, report, job.progress, job.present, job.today, job.sync, job.new_departments
    )
    changes.count()
    if dry_run:
        raise DryRun
    mass_end = too_many_ended(report) if job.sync and not allow_mass_end else None
    if mass_end:
        raise MassEnd(mass_end)
    changes.apply()
    record_import(
        conn,
        job.rules,
        actor,
        "staff.import",
        path,
        report,
        sync=job.sync,
        skip_invalid=skip_invalid,
    )


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
        mark_bad(conn, self.report.problems)
        conn.commit()

    def drop(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if self.conn.in_transaction:
                self.conn.rollback()
            for name in ("import_rows", *TABLES):
                self.conn.execute(f"DROP TABLE IF EXISTS temp.{name}")


@contextlib.contextmanager
def _read_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A dry run sees one snapshot of the registry and writes only its temporary tables."""
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.rollback()

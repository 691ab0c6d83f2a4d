"""Feeding the registry from HR and catalogue exports (CSV or XLSX), all or nothing.

What every import shares lives here: the file options, the report (each problem by row and
column, as a spreadsheet shows them, with a suggestion), progress and cancelling, and the
file's rows read through the column mapping. The staff import, built for million-row HR
files, is in staff_import; the catalogue import in products; the staff file written back in
staff_export.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from pos_desktop.core.errors import PosError
from pos_desktop.core.files import open_whole
from pos_desktop.core.importing.mapping import PARTED, resolve
from pos_desktop.core.importing.staff_fields import (
    EXTRA_FIELDS,
    FILE_FIELDS,
    REQUIRED,
    field_name,
)
from pos_desktop.core.importing.tabular import ReadOptions, SourceTable, open_table
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.rules import Rules
from pos_desktop.core.spreadsheet import FORMULA_PREFIXES, neutralise
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Count, Template, Text

STAFF_FIELDS = FILE_FIELDS
STAFF_REQUIRED = REQUIRED
STAFF_EXTRA = EXTRA_FIELDS
PRODUCT_FIELDS = ("sku", "barcode", "name", "category", "price", "cost")
PRODUCT_REQUIRED = ("sku", "name", "category", "price")
REPORT_COLUMNS = ("row", "column", "value", "problem", "suggestion")


def counted(n: int, one: Template, many: Template) -> Template:
    """The English words for one or for many: '1 new department', '3 new departments'. A
    translation may write both alike where its plural differs ('nowe działy (3)')."""
    return one if n == 1 else many


@dataclass(frozen=True)
class Problem:
    row: int  # row in the file, the header being row 1
    column: str
    value: str
    problem: str
    suggestion: str = ""

    def describe(self, headings: Mapping[str, str] | None = None) -> Text:
        """'row 3, company 'ACMX': unknown company (did you mean ACME?)'; the column named as
        the file heads it when `headings` (ImportReport.headings) has it: 'row 3, Spółka …',
        else by its field's name in the language ('wiersz 2, Rodzaj zatrudnienia …')."""
        if self.column:
            column = (headings or {}).get(self.column) or field_name(self.column)
            text = QT_TRANSLATE_NOOP("Import", "row {row}, {column} {value}: {problem}").format(
                row=self.row, column=column, value=repr(self.value), problem=self.problem
            )
        else:
            text = QT_TRANSLATE_NOOP("Import", "row {row}: {problem}").format(
                row=self.row, problem=self.problem
            )
        if not self.suggestion:
            return text
        return QT_TRANSLATE_NOOP("Import", "{problem} ({suggestion})").format(
            problem=text, suggestion=self.suggestion
        )


@dataclass
class ImportReport:
    """What an import found and (unless refused or a dry run) did."""

    rows: int = 0
    added: int = 0
    changed: int = 0
    ended: int = 0
    reactivated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    source: str = ""  # how the file was read, e.g. "CSV, cp1250, semicolon-separated" (a Text)
    active: int = 0  # staff active before the import (what a sync's "ended" is measured by)
    new_departments: list[str] = field(default_factory=list)  # their names, as the file has them
    left_out: list[str] = field(default_factory=list)  # the file's columns the import did not read
    headings: dict[str, str] = field(default_factory=dict)  # field -> its column's heading

    def notes(self) -> list[Text]:
        """What the counts do not say: departments the import creates, columns it left out."""
        found: list[Text] = []
        if self.new_departments:
            count = len(self.new_departments)
            new = counted(
                count,
                QT_TRANSLATE_NOOP("Import", "{count} new department: {names}"),
                QT_TRANSLATE_NOOP("Import", "{count} new departments: {names}"),
            )
            found.append(new.format(count=Count(count), names=", ".join(self.new_departments)))
        if self.left_out:
            found.append(
                QT_TRANSLATE_NOOP("Import", "left out: {columns}").format(
                    columns=", ".join(self.left_out)
                )
            )
        return found

    def summary(self) -> dict[str, int]:
        return {
            "rows": self.rows,
            "added": self.added,
            "changed": self.changed,
            "ended": self.ended,
            "reactivated": self.reactivated,
            "unchanged": self.unchanged,
            "rejected": len({p.row for p in self.problems}),
        }


def file_headings(header: Sequence[str], columns: Mapping[int, str]) -> dict[str, str]:
    """Each field read from the file with the heading of its column ("badge": "Nr karty"), so
    a problem names the column a person sees; a name in two columns is headed by both."""
    found = {name: header[i] for i, name in columns.items() if header[i]}
    if "first_name" in found and "last_name" in found:
        found.setdefault("name", f"{found['first_name']} + {found['last_name']}")
    return found


class DryRun(Exception):
    """Raised inside the import transaction to roll back what a dry run tried."""


class ImportRefused(PosError):
    """The file has problems; nothing was written."""

    def __init__(self, source: str, report: ImportReport) -> None:
        self.report = report
        rows = report.summary()["rejected"]
        refused = counted(
            rows,
            QT_TRANSLATE_NOOP(
                "Import",
                "{file}: {rows} row with problems; nothing was imported "
                "(fix it, or apply the valid rows with --skip-invalid)",
            ),
            QT_TRANSLATE_NOOP(
                "Import",
                "{file}: {rows} rows with problems; nothing was imported "
                "(fix them, or apply the valid rows with --skip-invalid)",
            ),
        )
        super().__init__(refused.format(file=source, rows=Count(rows)))


class ImportCancelled(PosError):
    """Stopped on request; nothing was written."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Import", "the import was cancelled; the registry is as it was"
            ).text()
        )


class Progress:
    """How an import reports its way through a file, and learns that it should stop."""

    def update(self, stage: str, done: int, total: int) -> None:
        """stage is "reading", "checking" or "writing"; total is 0 when not known."""

    def cancelled(self) -> bool:
        return False


@dataclass(frozen=True)
class FileOptions:
    encoding: str | None = None  # None: detected
    delimiter: str | None = None  # None: detected from the header line
    sheet: str | None = None  # a workbook's sheet; None: the first
    mapping: dict[str, str] = field(default_factory=dict)  # file header -> field ("" drops it)
    # field -> {the file's word: the code it means}, for status, employment type, role
    values: dict[str, dict[str, str]] = field(default_factory=dict)

    def reading(self) -> ReadOptions:
        return ReadOptions(self.encoding, self.delimiter, self.sheet)


NO_OPTIONS = FileOptions()


def mapped_rows(
    table: SourceTable,
    fields: tuple[str, ...],
    required: tuple[str, ...],
    options: FileOptions,
    extra: tuple[str, ...] = (),
) -> tuple[dict[int, str], Iterator[tuple[int, dict[str, str]]]]:
    """The column map, and (row number, {field: text}) for each non-blank data row: a cell
    our own export neutralised ('=1+1) reads as it was, and a name in two columns as one."""
    columns, names, lines = mapped_values(table, fields, required, options, extra)
    parts = PARTED if set(names) >= PARTED else frozenset()

    def rows() -> Iterator[tuple[int, dict[str, str]]]:
        for row_no, values in lines:
            cells = dict(zip(names, values, strict=True))
            for part in parts:
                del cells[part]
            yield row_no, cells

    return columns, rows()


def mapped_values(
    table: SourceTable,
    fields: tuple[str, ...],
    required: tuple[str, ...],
    options: FileOptions,
    extra: tuple[str, ...] = (),
) -> tuple[dict[int, str], tuple[str, ...], Iterator[tuple[int, list[str]]]]:
    """As mapped_rows, each row's texts as a list in the order of the fields named (a name
    in two columns is joined into "name", after its parts): a million rows read without a
    dict each."""
    columns = resolve(
        table.header,
        fields + extra,
        required,
        options.mapping,
        source=str(table.path),
        delimiter=table.delimiter,
    )
    indices = list(columns)
    names = tuple(columns[i] for i in indices)
    parted = set(names) >= PARTED
    if parted:
        first, last = names.index("first_name"), names.index("last_name")
        names = (*names, "name")
    width = max(indices) + 1
    pad = [""] * width
    take = itemgetter(*indices) if len(indices) > 1 else lambda cells: (cells[indices[0]],)
    strip = str.strip

    def rows() -> Iterator[tuple[int, list[str]]]:
        for row_no, cells in table.rows:
            if len(cells) < width:
                cells = cells + pad
            values = list(map(strip, take(cells)))
            if not any(values):
                continue
            if "'" in "".join(values):
                for i, value in enumerate(values):
                    if value[:1] == "'" and value[1:2] in _NEUTRALISED:
                        values[i] = value[1:]
            if parted:
                values.append(f"{values[first]} {values[last]}".strip())
            yield row_no, values

    return columns, names, rows()


def distinct_values(
    path: Path,
    options: FileOptions,
    fields: tuple[str, ...],
    limit: int = 100,
    progress: Progress | None = None,
) -> dict[str, list[tuple[str, int]]]:
    """Each field's distinct cell texts in a staff export, most frequent first, with how
    many rows hold them (at most `limit` texts a field): what a value mapping chooses from.
    Raises ImportCancelled when progress says so."""
    progress = progress or Progress()
    table = open_table(path, options.reading())
    columns, lines = mapped_rows(table, STAFF_FIELDS, STAFF_REQUIRED, options, STAFF_EXTRA)
    wanted = [f for f in fields if f in columns.values()]
    seen: dict[str, dict[str, int]] = {f: {} for f in wanted}
    progress.update("reading", 0, table.total)
    try:
        for row, (_, cells) in enumerate(lines):
            if row % 8192 == 8191:
                if progress.cancelled():
                    raise ImportCancelled
                progress.update("reading", table.position(), table.total)
            for f in wanted:
                text = cells.get(f, "")
                counted = seen[f]
                if text in counted:
                    counted[text] += 1
                elif text and len(counted) < limit:
                    counted[text] = 1
    finally:
        table.rows.close()  # type: ignore[attr-defined]
    return {f: sorted(c.items(), key=lambda kv: (-kv[1], kv[0])) for f, c in seen.items()}


# What follows the quote that spreadsheet.neutralise puts before a formula-like cell.
_NEUTRALISED = frozenset(FORMULA_PREFIXES)


def write_problems(
    problems: Iterable[Problem],
    destination: Path,
    *,
    words: Callable[[object], str] = str,
    headings: Sequence[str] = REPORT_COLUMNS,
) -> int:
    """The report as CSV (row, column, value, problem, suggestion), formulas neutralised;
    written whole or not at all. English unless `words` shows the problems in a language
    (the windows pass i18n.say, and their headings)."""
    count = 0
    with open_whole(destination, encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(headings)
        for p in problems:
            problem, suggestion = words(p.problem), words(p.suggestion)
            writer.writerow([p.row, p.column, neutralise(p.value), neutralise(problem), suggestion])
            count += 1
    return count


def record_import(
    conn: sqlite3.Connection,
    rules: Rules,
    actor: str,
    action: str,
    path: Path,
    report: ImportReport,
    **flags: bool,
) -> None:
    """One audit entry per import: the file, how it was read, what it did, and its switches."""
    record_audit(
        conn,
        till=rules.settings.till,
        actor=actor,
        action=action,
        subject=path.name,
        after={
            **report.summary(),
            "file": report.source,
            **flags,
            **({"new_departments": report.new_departments} if report.new_departments else {}),
            **({"left_out": report.left_out} if report.left_out else {}),
        },
    )

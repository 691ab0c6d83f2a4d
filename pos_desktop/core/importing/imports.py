"""Feeding the registry from HR and catalogue exports (CSV or XLSX), all or nothing.

What every import shares lives here: the file options, the report (each problem by row and
column, as a spreadsheet shows them, with a suggestion), progress and cancelling, and the
catalogue import. The staff import, built for million-row HR files, is in staff_import.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from pos_desktop.core import clock
from pos_desktop.core.central.membership import refuse_on_joined_till
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.errors import InputError, PosError
from pos_desktop.core.files import open_whole
from pos_desktop.core.importing.mapping import PARTED, resolve
from pos_desktop.core.importing.staff_fields import EXTRA_FIELDS, FILE_FIELDS, REQUIRED
from pos_desktop.core.importing.tabular import ReadOptions, SourceTable, open_table
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.money import parse_amount
from pos_desktop.core.rules import Rules
from pos_desktop.core.spreadsheet import FORMULA_PREFIXES, neutralise
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Count, Text

STAFF_FIELDS = FILE_FIELDS
STAFF_REQUIRED = REQUIRED
STAFF_EXTRA = EXTRA_FIELDS
PRODUCT_FIELDS = ("sku", "barcode", "name", "category", "price", "cost")
PRODUCT_REQUIRED = ("sku", "name", "category", "price")
REPORT_COLUMNS = ("row", "column", "value", "problem", "suggestion")


@dataclass(frozen=True)
class Problem:
    row: int  # row in the file, the header being row 1
    column: str
    value: str
    problem: str
    suggestion: str = ""

    def describe(self) -> Text:
        """'row 3, company 'ACMX': unknown company (did you mean ACME?)'."""
        if self.column:
            text = QT_TRANSLATE_NOOP("Import", "row {row}, {column} {value}: {problem}").format(
                row=self.row, column=self.column, value=repr(self.value), problem=self.problem
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

    def notes(self) -> list[Text]:
        """What the counts do not say: departments the import creates, columns it left out."""
        found: list[Text] = []
        if self.new_departments:
            found.append(
                QT_TRANSLATE_NOOP("Import", "{count} new departments: {names}").format(
                    count=Count(len(self.new_departments)), names=", ".join(self.new_departments)
                )
            )
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


class _DryRun(Exception):
    """Raised inside the import transaction to roll back what a dry run tried."""


class ImportRefused(PosError):
    """The file has problems; nothing was written."""

    def __init__(self, source: str, report: ImportReport) -> None:
        self.report = report
        rows = report.summary()["rejected"]
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Import",
                "{file}: {rows} row(s) with problems; nothing was imported "
                "(fix them, or apply the valid rows with --skip-invalid)",
            ).format(file=source, rows=Count(rows))
        )


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


# Products


def import_products(
    conn: sqlite3.Connection,
    rules: Rules,
    path: Path,
    options: FileOptions = NO_OPTIONS,
    *,
    sync: bool = False,
    dry_run: bool = False,
    skip_invalid: bool = False,
    actor: str = "admin",
    progress: Progress | None = None,
) -> ImportReport:
    """Check every catalogue row, then upsert them in one transaction (with sync: delete
    products that are not in the file). A catalogue is small: it is checked under the lock."""
    if not dry_run:
        refuse_on_joined_till(conn)
    progress = progress or Progress()
    table = open_table(path, options.reading())
    report = ImportReport(source=table.describe())
    _, lines = mapped_rows(table, PRODUCT_FIELDS, PRODUCT_REQUIRED, options)
    with contextlib.suppress(_DryRun), write_transaction(conn):
        rows, skus = _check_products(conn, rules, lines, report)
        if progress.cancelled():
            raise ImportCancelled
        if report.problems and not dry_run and not skip_invalid:
            raise ImportRefused(str(path), report)
        bad = {p.row for p in report.problems}
        rows = [r for r in rows if r["row"] not in bad]
        _apply_products(conn, rows, skus, report, sync=sync)
        if dry_run:
            raise _DryRun
        record_import(
            conn,
            rules,
            actor,
            "products.import",
            path,
            report,
            sync=sync,
            skip_invalid=skip_invalid,
        )
    return report


_PRICE_WORDS = {  # parse_amount's {what}: the column's name in the problem's words
    "price": QT_TRANSLATE_NOOP("Catalogue", "price"),
    "cost": QT_TRANSLATE_NOOP("Catalogue", "cost"),
}


def _check_products(
    conn: sqlite3.Connection,
    rules: Rules,
    lines: Iterable[tuple[int, dict[str, str]]],
    report: ImportReport,
) -> tuple[list[dict[str, object]], set[str]]:
    currency = rules.settings.currency
    rows: list[dict[str, object]] = []
    skus: dict[str, int] = {}
    barcodes: dict[str, int] = {}
    for row_no, cells in lines:
        report.rows += 1
        found: list[Problem] = []
        sku = cells.get("sku", "").upper()
        if not sku:
            found.append(
                Problem(
                    row_no, "sku", "", QT_TRANSLATE_NOOP("Catalogue", "the SKU is empty").text()
                )
            )
        elif sku in skus:
            same = QT_TRANSLATE_NOOP("Catalogue", "the same SKU is on row {first}")
            found.append(Problem(row_no, "sku", sku, same.format(first=skus[sku])))
        else:
            skus[sku] = row_no
        barcode = cells.get("barcode", "") or None
        if barcode is not None:
            if barcode in barcodes:
                found.append(
                    Problem(
                        row_no,
                        "barcode",
                        barcode,
                        QT_TRANSLATE_NOOP("Catalogue", "the same barcode is on row {first}").format(
                            first=barcodes[barcode]
                        ),
                    )
                )
            else:
                barcodes[barcode] = row_no
                other = conn.execute(
                    "SELECT sku FROM products WHERE barcode = ? AND sku != ?", (barcode, sku)
                ).fetchone()
                if other:
                    belongs = QT_TRANSLATE_NOOP("Catalogue", "this barcode belongs to {sku}")
                    found.append(
                        Problem(row_no, "barcode", barcode, belongs.format(sku=other["sku"]))
                    )
        if not cells.get("name"):
            found.append(
                Problem(
                    row_no, "name", "", QT_TRANSLATE_NOOP("Catalogue", "the name is empty").text()
                )
            )
        category = cells.get("category", "").upper()
        if category not in rules.categories:
            found.append(
                Problem(
                    row_no,
                    "category",
                    category,
                    QT_TRANSLATE_NOOP(
                        "Catalogue", "unknown category; add it to the config first"
                    ).text(),
                )
            )
        prices: dict[str, int | None] = {"price": None, "cost": None}
        for column in ("price", "cost"):
            text = cells.get(column, "")
            if not text and column == "cost":
                continue
            try:
                prices[column] = parse_amount(text, currency, what=_PRICE_WORDS[column].text())
            except InputError as exc:
                found.append(Problem(row_no, column, text, exc.args[0]))
        report.problems.extend(found)
        if not found:
            rows.append(
                {
                    "row": row_no,
                    "sku": sku,
                    "barcode": barcode,
                    "name": cells["name"],
                    "category": category,
                    **prices,
                }
            )
    taken = {str(r["barcode"]) for r in rows if r["barcode"]}
    for row in rows:
        if row["sku"] in taken:
            report.problems.append(
                Problem(
                    skus[str(row["sku"])],
                    "sku",
                    str(row["sku"]),
                    QT_TRANSLATE_NOOP(
                        "Catalogue", "this SKU is also another product's barcode"
                    ).text(),
                )
            )
    return rows, set(skus)


def _apply_products(
    conn: sqlite3.Connection,
    rows: list[dict[str, object]],
    skus: set[str],
    report: ImportReport,
    *,
    sync: bool,
) -> None:
    now = clock.stamp(clock.now())
    existing = {
        r["sku"]: dict(r)
        for r in conn.execute("SELECT sku, barcode, name, category, price, cost FROM products")
    }
    if sync:
        for gone in set(existing) - skus:
            report.ended += 1
            conn.execute("DELETE FROM products WHERE sku = ?", (gone,))
    for row in rows:
        row = {k: v for k, v in row.items() if k != "row"}
        old = existing.get(str(row["sku"]))
        if old == row:
            report.unchanged += 1
            continue
        if old is None:
            report.added += 1
        else:
            report.changed += 1
        conn.execute(
            "INSERT OR REPLACE INTO products (sku, barcode, name, category, price, cost, "
            "updated_at) VALUES (:sku, :barcode, :name, :category, :price, :cost, :now)",
            {**row, "now": now},
        )


def export_staff(conn: sqlite3.Connection, destination: Path, today: dt.date | None = None) -> int:
    """Write the registry as a staff CSV (the import's columns), formulas neutralised, whole
    or not at all; someone past their end date has the status "ended", as the till treats
    them (and reads back so)."""
    if today is None:
        from pos_desktop.core.rules import load_rules

        today = clock.now().astimezone(load_rules(conn).settings.tz).date()
    count = 0
    with open_whole(destination) as handle:
        writer = csv.writer(handle)
        writer.writerow(STAFF_FIELDS)
        for row in conn.execute(
            "SELECT s.*, CASE WHEN s.status = 'active' AND s.end_date < ? THEN 'ended' "
            "ELSE s.status END AS shown, (SELECT code FROM badges b WHERE "
            "b.holder_type = 'staff' AND b.holder_id = s.employee_no AND b.status = 'active' "
            "ORDER BY issued_at DESC LIMIT 1) AS badge FROM staff s ORDER BY employee_no",
            (today.isoformat(),),
        ):
            writer.writerow(
                [
                    "" if f == "dependant_of" else neutralise(row["shown" if f == "status" else f])
                    for f in STAFF_FIELDS
                ]
            )
            count += 1
        for row in conn.execute(
            "SELECT d.*, (SELECT code FROM badges b WHERE b.holder_type = 'dependant' "
            "AND b.holder_id = d.dependant_no AND b.status = 'active' "
            "ORDER BY issued_at DESC LIMIT 1) AS badge FROM dependants d "
            "ORDER BY dependant_no"
        ):
            values = {
                "employee_no": row["dependant_no"],
                "name": row["name"],
                "badge": row["badge"],
                "status": row["status"],
                "dependant_of": row["employee_no"],
            }
            writer.writerow([neutralise(values.get(f)) for f in STAFF_FIELDS])
            count += 1
    return count

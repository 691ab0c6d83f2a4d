"""Feeding the registry from HR and catalogue exports (CSV), all or nothing.

Every row is checked before anything is written; one bad row refuses the whole file and the
report names each problem by row and column, as a spreadsheet shows them.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pos_desktop.core import clock
from pos_desktop.core.audit import record_audit
from pos_desktop.core.badge import normalise
from pos_desktop.core.errors import InputError, PosError
from pos_desktop.core.money import parse_amount
from pos_desktop.core.registry import ROLES, STATUSES
from pos_desktop.core.rules import Rules
from pos_desktop.core.spreadsheet import neutralise
from pos_desktop.core.staff import COLUMNS as STAFF_COLUMNS
from pos_desktop.core.storage import write_transaction

STAFF_FIELDS = (
    "employee_no",
    "name",
    "badge",
    "company",
    "department",
    "employment_type",
    "status",
    "start_date",
    "end_date",
    "role",
    "dependant_of",
)
STAFF_REQUIRED = ("employee_no", "name")
PRODUCT_FIELDS = ("sku", "barcode", "name", "category", "price", "cost")
PRODUCT_REQUIRED = ("sku", "name", "category", "price")
DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class Problem:
    row: int  # line in the file, the header being row 1
    column: str
    value: str
    problem: str

    def describe(self) -> str:
        cell = f", {self.column} {self.value!r}" if self.column else ""
        return f"row {self.row}{cell}: {self.problem}"


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
            f"{source}: {rows} row(s) with problems; nothing was imported "
            "(fix them, or check with --dry-run)"
        )


@dataclass(frozen=True)
class CsvOptions:
    encoding: str | None = None  # None: UTF-8, with or without a byte-order mark
    delimiter: str | None = None  # None: guessed from the header line
    mapping: dict[str, str] = field(default_factory=dict)  # file header -> our field


def read_rows(
    path: Path, fields: tuple[str, ...], required: tuple[str, ...], options: CsvOptions
) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, {field: text}) for each data row, after decoding and header mapping."""
    delimiter = options.delimiter
    if delimiter == "\\t":
        delimiter = "\t"
    if delimiter is not None and len(delimiter) != 1:
        raise InputError(f"--delimiter must be one character, not {delimiter!r}")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"there is no file {path}") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    encoding = options.encoding or "utf-8-sig"
    try:
        text = raw.decode(encoding)
    except LookupError:
        raise InputError(f"--encoding {encoding!r} is not an encoding Python knows") from None
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path} is not {encoding} text (byte {exc.start}); give its encoding, "
            "e.g. --encoding cp1250"
        ) from None
    if "\x00" in text:
        raise InputError(f"{path} contains NUL bytes; it is not a text export")
    if not text.strip():
        raise InputError(f"{path} is empty")
    first_line = text.splitlines()[0]
    if delimiter is None:
        delimiter = max(DELIMITERS, key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        yield from _mapped_rows(reader, fields, required, options, path)
    except csv.Error as exc:
        raise InputError(f"{path} line {reader.line_num}: {exc}") from None


def _mapped_rows(
    reader: Iterator[list[str]],
    fields: tuple[str, ...],
    required: tuple[str, ...],
    options: CsvOptions,
    path: Path,
) -> Iterator[tuple[int, dict[str, str]]]:
    header = next(reader)
    columns = _map_header(header, fields, options.mapping, path)
    missing = [f for f in required if f not in columns.values()]
    if missing:
        raise InputError(
            f"{path} has no {missing[0]!r} column (its header is: {', '.join(header)}); "
            f"map one with --map HEADER={missing[0]}"
        )
    for row_no, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        yield (
            row_no,
            {name: (cells[i].strip() if i < len(cells) else "") for i, name in columns.items()},
        )


def _map_header(
    header: list[str], fields: tuple[str, ...], mapping: dict[str, str], path: Path
) -> dict[int, str]:
    wanted = {src.strip().lower(): dest.strip().lower() for src, dest in mapping.items()}
    for dest in wanted.values():
        if dest not in fields:
            raise InputError(f"--map names {dest!r}, which is not one of: {', '.join(fields)}")
    columns: dict[int, str] = {}
    for i, name in enumerate(header):
        key = name.strip().lstrip("\ufeff").lower()
        target = wanted.get(key, key.replace(" ", "_"))
        if target in fields:
            if target in columns.values():
                raise InputError(f"{path}: two columns are read as {target!r}; keep one")
            columns[i] = target
    return columns


# Staff


@dataclass
class _RowCheck:
    """The problems found on one row."""

    row: int
    cells: dict[str, str]
    found: list[Problem] = field(default_factory=list)

    def problem(self, column: str, message: str) -> None:
        self.found.append(Problem(self.row, column, self.cells.get(column, ""), message))

    def date(self, column: str, *, required: bool) -> dt.date | None:
        text = self.cells.get(column, "")
        if not text:
            if required:
                self.problem(column, f"the {column.replace('_', ' ')} is empty")
            return None
        try:
            return clock.parse_date(text)
        except InputError:
            self.problem(column, "not a date like 2026-11-23 or 23.11.2026")
            return None


@dataclass(frozen=True)
class _StaffRow:
    row: int
    employee_no: str
    name: str
    badge: str | None
    company: str | None
    department: str | None
    employment_type: str
    status: str
    start_date: str | None
    end_date: str | None
    role: str
    dependant_of: str | None


def import_staff(
    conn: sqlite3.Connection,
    rules: Rules,
    path: Path,
    options: CsvOptions,
    *,
    sync: bool = False,
    dry_run: bool = False,
    today: dt.date | None = None,
    actor: str = "admin",
) -> ImportReport:
    """Check every row of an HR export, then apply it in one transaction.

    With sync, the file is the complete list: staff missing from it get today as end date.
    Raises ImportRefused (nothing written) when any row has a problem, unless dry_run.
    """
    today = today or clock.now().astimezone(rules.settings.tz).date()
    report = ImportReport()
    lines = read_rows(path, STAFF_FIELDS, STAFF_REQUIRED, options)
    # Checked inside the write lock: no other till or window changes the registry between
    # the checks and the writes.
    with contextlib.suppress(_DryRun), write_transaction(conn):
        rows = _check_staff(conn, rules, lines, report)
        if report.problems and not dry_run:
            raise ImportRefused(str(path), report)
        _apply_staff(conn, rows, report, sync=sync, today=today)
        if dry_run:
            raise _DryRun
        _record_import(conn, rules, actor, "staff.import", path, report, sync)
    return report


def _record_import(
    conn: sqlite3.Connection,
    rules: Rules,
    actor: str,
    action: str,
    path: Path,
    report: ImportReport,
    sync: bool,
) -> None:
    """One audit entry per import: the file, what it did, and whether it was a sync."""
    record_audit(
        conn,
        till=rules.settings.till,
        actor=actor,
        action=action,
        subject=path.name,
        after={**report.summary(), "sync": sync},
    )


def _check_staff(
    conn: sqlite3.Connection,
    rules: Rules,
    rows: Iterable[tuple[int, dict[str, str]]],
    report: ImportReport,
) -> list[_StaffRow]:
    fmt = rules.settings.badge_format
    checked: list[_StaffRow] = []
    numbers: dict[str, int] = {}
    badges: dict[str, int] = {}
    for row_no, cells in rows:
        report.rows += 1
        check = _RowCheck(row_no, cells)
        problem = check.problem
        number = cells.get("employee_no", "")
        if not number:
            problem("employee_no", "the employee number is empty")
        elif number in numbers:
            problem("employee_no", f"the same number is on row {numbers[number]}")
        else:
            numbers[number] = row_no
        if not cells.get("name"):
            problem("name", "the name is empty")
        dependant_of = cells.get("dependant_of") or None
        badge = normalise(cells.get("badge", "")) or None
        if badge is not None:
            why = fmt.problem(badge)
            if why:
                problem("badge", why)
            elif badge in badges:
                problem("badge", f"the same badge is on row {badges[badge]}")
            else:
                badges[badge] = row_no
        company = cells.get("company", "").upper() or None
        department = cells.get("department", "").upper() or None
        start = end = None
        if dependant_of is None:
            if company is None:
                problem("company", "the company is empty")
            elif company not in rules.companies:
                problem("company", "unknown company; add it to the config first")
            if department is not None and department not in rules.departments:
                problem("department", "unknown department; add it to the config first")
            start = check.date("start_date", required=True)
            end = check.date("end_date", required=False)
            if start and end and end < start:
                problem("end_date", "the end date is before the start date")
        status = (cells.get("status") or "active").lower()
        if status not in STATUSES:
            problem("status", f"status must be one of {', '.join(STATUSES)}")
        role = (cells.get("role") or "none").lower()
        if role not in ROLES:
            problem("role", f"role must be one of {', '.join(ROLES)}")
        employment = (cells.get("employment_type") or "full_time").lower().replace(" ", "_")
        report.problems.extend(check.found)
        if check.found:
            continue
        checked.append(
            _StaffRow(
                row_no,
                number,
                cells["name"],
                badge,
                company,
                department,
                employment,
                status,
                start.isoformat() if start else None,
                end.isoformat() if end else None,
                role,
                dependant_of,
            )
        )
    _check_against_registry(conn, checked, report)
    return [r for r in checked if r.row not in {p.row for p in report.problems}]


def _check_against_registry(
    conn: sqlite3.Connection, rows: list[_StaffRow], report: ImportReport
) -> None:
    employees = {r.employee_no for r in rows if r.dependant_of is None}
    for r in rows:
        if r.dependant_of is None:
            clash = conn.execute(
                "SELECT 1 FROM dependants WHERE dependant_no = ?", (r.employee_no,)
            ).fetchone()
            if clash:
                report.problems.append(
                    Problem(
                        r.row, "employee_no", r.employee_no, "this number belongs to a dependant"
                    )
                )
        else:
            known = (
                r.dependant_of in employees
                or conn.execute(
                    "SELECT 1 FROM staff WHERE employee_no = ?", (r.dependant_of,)
                ).fetchone()
            )
            if not known:
                report.problems.append(
                    Problem(
                        r.row, "dependant_of", r.dependant_of, "a dependant of an unknown employee"
                    )
                )
            if conn.execute(
                "SELECT 1 FROM staff WHERE employee_no = ?", (r.employee_no,)
            ).fetchone():
                report.problems.append(
                    Problem(
                        r.row, "employee_no", r.employee_no, "this number belongs to an employee"
                    )
                )
        if r.badge is None:
            continue
        owner = conn.execute(
            "SELECT holder_type, holder_id FROM badges WHERE code = ?", (r.badge,)
        ).fetchone()
        mine = ("dependant" if r.dependant_of else "staff", r.employee_no)
        if owner is not None and (owner["holder_type"], owner["holder_id"]) != mine:
            report.problems.append(
                Problem(
                    r.row,
                    "badge",
                    r.badge,
                    f"this badge already belongs to {owner['holder_type']} {owner['holder_id']}",
                )
            )


_STAFF_COMPARED = STAFF_COLUMNS[1:]  # everything but the employee number


def _apply_staff(
    conn: sqlite3.Connection,
    rows: list[_StaffRow],
    report: ImportReport,
    *,
    sync: bool,
    today: dt.date,
) -> None:
    now = clock.stamp(clock.now())
    existing = {
        r["employee_no"]: r
        for r in conn.execute(f"SELECT employee_no, {', '.join(_STAFF_COMPARED)} FROM staff")
    }
    for r in (r for r in rows if r.dependant_of is None):
        values = {name: getattr(r, name) for name in _STAFF_COMPARED}
        old = existing.get(r.employee_no)
        if old is None:
            report.added += 1
            conn.execute(
                f"INSERT INTO staff (employee_no, {', '.join(values)}, updated_at) "
                f"VALUES (?, {', '.join('?' * len(values))}, ?)",
                (r.employee_no, *values.values(), now),
            )
        elif all(old[k] == v for k, v in values.items()):
            report.unchanged += 1
        else:
            report.changed += 1
            if _was_ended(old, today) and not _ended(r.status, r.end_date, today):
                report.reactivated += 1
            conn.execute(
                f"UPDATE staff SET {', '.join(f'{k} = ?' for k in values)}, updated_at = ? "
                "WHERE employee_no = ?",
                (*values.values(), now, r.employee_no),
            )
    dependants = {
        r["dependant_no"]: r
        for r in conn.execute("SELECT dependant_no, employee_no, name, status FROM dependants")
    }
    for r in (r for r in rows if r.dependant_of is not None):
        values = {"employee_no": r.dependant_of, "name": r.name, "status": r.status}
        old = dependants.get(r.employee_no)
        if old is None:
            report.added += 1
            conn.execute(
                "INSERT INTO dependants (dependant_no, employee_no, name, status, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (r.employee_no, r.dependant_of, r.name, r.status, now),
            )
        elif all(old[k] == v for k, v in values.items()):
            report.unchanged += 1
        else:
            report.changed += 1
            conn.execute(
                "UPDATE dependants SET employee_no = ?, name = ?, status = ?, updated_at = ? "
                "WHERE dependant_no = ?",
                (r.dependant_of, r.name, r.status, now, r.employee_no),
            )
    for r in rows:
        if r.badge is not None:
            conn.execute(
                "INSERT OR IGNORE INTO badges "
                "(code, holder_type, holder_id, status, issued_at, updated_at) "
                "VALUES (?, ?, ?, 'active', ?, ?)",
                (r.badge, "dependant" if r.dependant_of else "staff", r.employee_no, now, now),
            )
    if sync:
        listed = {r.employee_no for r in rows}
        for number, old in existing.items():
            if number not in listed and not _was_ended(old, today):
                report.ended += 1
                conn.execute(
                    "UPDATE staff SET end_date = ?, updated_at = ? WHERE employee_no = ?",
                    (today.isoformat(), now, number),
                )
        for number, old in dependants.items():
            if number not in listed and old["status"] == "active":
                report.ended += 1
                conn.execute(
                    "UPDATE dependants SET status = 'terminated', updated_at = ? "
                    "WHERE dependant_no = ?",
                    (now, number),
                )


def _ended(status: str, end_date: str | None, today: dt.date) -> bool:
    """Terminated, or past the end date (the end date is the last day with the discount)."""
    return status == "terminated" or (end_date is not None and end_date < today.isoformat())


def _was_ended(row: sqlite3.Row, today: dt.date) -> bool:
    return _ended(row["status"], row["end_date"], today)


# Products


def import_products(
    conn: sqlite3.Connection,
    rules: Rules,
    path: Path,
    options: CsvOptions,
    *,
    sync: bool = False,
    dry_run: bool = False,
    actor: str = "admin",
) -> ImportReport:
    """Check every catalogue row, then upsert them in one transaction (with sync: delete
    products that are not in the file)."""
    report = ImportReport()
    lines = read_rows(path, PRODUCT_FIELDS, PRODUCT_REQUIRED, options)
    with contextlib.suppress(_DryRun), write_transaction(conn):
        rows, skus = _check_products(conn, rules, lines, report)
        if report.problems and not dry_run:
            raise ImportRefused(str(path), report)
        _apply_products(conn, rows, skus, report, sync=sync)
        if dry_run:
            raise _DryRun
        _record_import(conn, rules, actor, "products.import", path, report, sync)
    return report


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
            found.append(Problem(row_no, "sku", "", "the SKU is empty"))
        elif sku in skus:
            found.append(Problem(row_no, "sku", sku, f"the same SKU is on row {skus[sku]}"))
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
                        f"the same barcode is on row {barcodes[barcode]}",
                    )
                )
            else:
                barcodes[barcode] = row_no
                other = conn.execute(
                    "SELECT sku FROM products WHERE barcode = ? AND sku != ?", (barcode, sku)
                ).fetchone()
                if other:
                    found.append(
                        Problem(
                            row_no, "barcode", barcode, f"this barcode belongs to {other['sku']}"
                        )
                    )
        if not cells.get("name"):
            found.append(Problem(row_no, "name", "", "the name is empty"))
        category = cells.get("category", "").upper()
        if category not in rules.categories:
            found.append(
                Problem(
                    row_no, "category", category, "unknown category; add it to the config first"
                )
            )
        prices: dict[str, int | None] = {"price": None, "cost": None}
        for column in ("price", "cost"):
            text = cells.get(column, "")
            if not text and column == "cost":
                continue
            try:
                prices[column] = parse_amount(text, currency, what=column)
            except InputError as exc:
                found.append(Problem(row_no, column, text, str(exc)))
        report.problems.extend(found)
        if not found:
            rows.append(
                {
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
                    "this SKU is also another product's barcode",
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


def export_staff(conn: sqlite3.Connection, destination: Path) -> int:
    """Write the registry as a staff CSV (the import's columns), formulas neutralised."""
    tmp = destination.with_name(destination.name + ".partial")
    count = 0
    try:
        with tmp.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(STAFF_FIELDS)
            for row in conn.execute(
                "SELECT s.*, (SELECT code FROM badges b WHERE b.holder_type = 'staff' "
                "AND b.holder_id = s.employee_no AND b.status = 'active' "
                "ORDER BY issued_at DESC LIMIT 1) AS badge FROM staff s ORDER BY employee_no"
            ):
                writer.writerow(
                    [neutralise(row[f]) if f != "dependant_of" else "" for f in STAFF_FIELDS]
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
        tmp.replace(destination)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"cannot write {destination}: {exc.strerror}") from None
    return count

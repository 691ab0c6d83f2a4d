"""The catalogue import: a products CSV (sku, barcode, name, category, price, cost) checked
row by row and applied in one transaction, all or nothing."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pos_desktop.core import clock
from pos_desktop.core.central.membership import refuse_on_joined_till
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.errors import InputError
from pos_desktop.core.importing.imports import (
    NO_OPTIONS,
    PRODUCT_FIELDS,
    PRODUCT_REQUIRED,
    DryRun,
    FileOptions,
    ImportCancelled,
    ImportRefused,
    ImportReport,
    Problem,
    Progress,
    file_headings,
    mapped_rows,
    record_import,
)
from pos_desktop.core.importing.tabular import open_table
from pos_desktop.core.money import parse_amount
from pos_desktop.core.rules import Rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP


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
    columns, lines = mapped_rows(table, PRODUCT_FIELDS, PRODUCT_REQUIRED, options)
    report.headings = file_headings(table.header, columns)
    with contextlib.suppress(DryRun), write_transaction(conn):
        rows, skus = _check_products(conn, rules, lines, report)
        if progress.cancelled():
            raise ImportCancelled
        if report.problems and not dry_run and not skip_invalid:
            raise ImportRefused(str(path), report)
        bad = {p.row for p in report.problems}
        rows = [r for r in rows if r["row"] not in bad]
        _apply_products(conn, rows, skus, report, sync=sync)
        if dry_run:
            raise DryRun
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
    """The good rows, ready to write, and every SKU the file names; problems go to the report."""
    check = _ProductCheck(conn, rules)
    rows: list[dict[str, object]] = []
    for row_no, cells in lines:
        report.rows += 1
        found, row = check.row(row_no, cells)
        report.problems.extend(found)
        if not found:
            rows.append(row)
    taken = {str(r["barcode"]) for r in rows if r["barcode"]}
    for row in rows:
        if row["sku"] in taken:
            report.problems.append(
                Problem(
                    check.skus[str(row["sku"])],
                    "sku",
                    str(row["sku"]),
                    QT_TRANSLATE_NOOP(
                        "Catalogue", "this SKU is also another product's barcode"
                    ).text(),
                )
            )
    return rows, set(check.skus)


@dataclass
class _ProductCheck:
    """One catalogue row at a time, remembering the SKUs and barcodes of the rows before."""

    conn: sqlite3.Connection
    rules: Rules
    skus: dict[str, int] = field(default_factory=dict)  # SKU -> the first row naming it
    barcodes: dict[str, int] = field(default_factory=dict)

    def row(self, row_no: int, cells: dict[str, str]) -> tuple[list[Problem], dict[str, object]]:
        found: list[Problem] = []
        sku = cells.get("sku", "").upper()
        self._sku(row_no, sku, found)
        barcode = cells.get("barcode", "") or None
        if barcode is not None:
            self._barcode(row_no, sku, barcode, found)
        if not cells.get("name"):
            found.append(
                Problem(
                    row_no, "name", "", QT_TRANSLATE_NOOP("Catalogue", "the name is empty").text()
                )
            )
        category = cells.get("category", "").upper()
        if category not in self.rules.categories:
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
        prices = self._prices(row_no, cells, found)
        name = cells.get("name", "")
        return found, {
            "row": row_no,
            "sku": sku,
            "barcode": barcode,
            "name": name,
            "category": category,
            **prices,
        }

    def _sku(self, row_no: int, sku: str, found: list[Problem]) -> None:
        if not sku:
            found.append(
                Problem(
                    row_no, "sku", "", QT_TRANSLATE_NOOP("Catalogue", "the SKU is empty").text()
                )
            )
        elif sku in self.skus:
            same = QT_TRANSLATE_NOOP("Catalogue", "the same SKU is on row {first}")
            found.append(Problem(row_no, "sku", sku, same.format(first=self.skus[sku])))
        else:
            self.skus[sku] = row_no

    def _barcode(self, row_no: int, sku: str, barcode: str, found: list[Problem]) -> None:
        if barcode in self.barcodes:
            same = QT_TRANSLATE_NOOP("Catalogue", "the same barcode is on row {first}")
            found.append(
                Problem(row_no, "barcode", barcode, same.format(first=self.barcodes[barcode]))
            )
            return
        self.barcodes[barcode] = row_no
        other = self.conn.execute(
            "SELECT sku FROM products WHERE barcode = ? AND sku != ?", (barcode, sku)
        ).fetchone()
        if other:
            belongs = QT_TRANSLATE_NOOP("Catalogue", "this barcode belongs to {sku}")
            found.append(Problem(row_no, "barcode", barcode, belongs.format(sku=other["sku"])))

    def _prices(
        self, row_no: int, cells: dict[str, str], found: list[Problem]
    ) -> dict[str, object]:
        prices: dict[str, object] = {"price": None, "cost": None}
        for column in ("price", "cost"):
            text = cells.get(column, "")
            if not text and column == "cost":
                continue
            try:
                prices[column] = parse_amount(
                    text, self.rules.settings.currency, what=_PRICE_WORDS[column].text()
                )
            except InputError as exc:
                found.append(Problem(row_no, column, text, exc.args[0]))
        return prices


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

"""Import and export: HR staff files (through the import wizard), the catalogue and the
configuration, through the same all-or-nothing importers as the command line, with their report
on screen."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core import config, imports
from pos_desktop.core.errors import PosError
from pos_desktop.core.rules import load_rules
from pos_desktop.core.storage import storage_errors
from pos_desktop.ui.admin.import_wizard import ImportWizard


class DataPage(QWidget):
    """Buttons for each file, a dry-run and a sync switch, and the last report."""

    imported = Signal()  # the registry changed

    def __init__(self, conn: sqlite3.Connection, database: str, actor: str) -> None:
        super().__init__()
        self.conn = conn
        self.database = database
        self.actor = actor
        self.wizard: ImportWizard | None = None
        self.dry_run = QCheckBox("&Check only (dry run): report problems, change nothing")
        self.sync = QCheckBox(
            "The catalogue or configuration file is the &complete list: remove products "
            "missing from it"
        )
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName("Import report")
        grid = QGridLayout()
        for row, (text, action) in enumerate(
            (
                ("Import &staff (HR export)…", self.open_wizard),
                (
                    "Import &products CSV or XLSX…",
                    lambda: self._ask_open(
                        "Products", self.import_products, "Catalogues (*.csv *.txt *.xlsx)"
                    ),
                ),
                (
                    "Import c&onfiguration (TOML)…",
                    lambda: self._ask_open("Configuration", self.import_config, "TOML (*.toml)"),
                ),
                ("E&xport staff CSV…", lambda: self._ask_save("staff.csv", self.export_staff)),
                (
                    "Export confi&guration…",
                    lambda: self._ask_save("store.toml", self.export_config),
                ),
            )
        ):
            button = QPushButton(text)
            button.clicked.connect(action)
            grid.addWidget(button, row // 3, row % 3)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.dry_run)
        layout.addWidget(self.sync)
        layout.addWidget(QLabel("Report"))
        layout.addWidget(self.report, 1)

    # The actions, callable with a path (the buttons ask for one)

    def open_wizard(self) -> ImportWizard:
        """The HR import wizard; the registry page refreshes when it has imported."""
        self.wizard = ImportWizard(self.conn, self.database, self.actor, self)
        self.wizard.finished.connect(self._wizard_closed)
        self.wizard.open()
        return self.wizard

    def _wizard_closed(self) -> None:
        wizard = self.wizard
        if wizard is not None and wizard.report is not None:
            summary = ", ".join(f"{v:,} {k}" for k, v in wizard.report.summary().items())
            name = wizard.path.name if wizard.path else ""
            self._show(f"Imported {name}: {summary}.", wizard.report.problems)
            self.imported.emit()

    def import_products(self, path: Path) -> None:
        self._import(path, imports.import_products)

    def _import(self, path: Path, importer: Callable[..., imports.ImportReport]) -> None:
        dry = self.dry_run.isChecked()
        try:
            with storage_errors(self.database):
                report = importer(
                    self.conn,
                    load_rules(self.conn),
                    path,
                    imports.FileOptions(),
                    sync=self.sync.isChecked(),
                    dry_run=dry,
                    actor=self.actor,
                )
        except imports.ImportRefused as refused:
            rows = refused.report.summary()["rejected"]
            self._show(
                f"{path.name}: {rows} row(s) with problems; nothing was imported. Fix them in "
                "the file and import it again.",
                refused.report.problems,
            )
            return
        except PosError as exc:
            self._show(f"{path.name}: {exc}", [])
            return
        verb = "Would import" if dry else "Imported"
        summary = ", ".join(f"{v} {k}" for k, v in report.summary().items())
        self._show(f"{verb} {path.name}: {summary}.", report.problems)

    def import_config(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8-sig")
            with storage_errors(self.database):
                rules = load_rules(self.conn)
                parsed = config.parse_toml(text, path.name, rules.settings)
                if not self.dry_run.isChecked():
                    config.apply(self.conn, parsed, actor=self.actor)
        except (OSError, UnicodeDecodeError) as exc:
            self._show(f"Cannot read {path.name}: {exc}", [])
            return
        except PosError as exc:
            self._show(str(exc)[:1].upper() + str(exc)[1:] + ".", [])
            return
        verb = "Checked" if self.dry_run.isChecked() else "Imported"
        self._show(
            f"{verb} {path.name}: {len(parsed.companies)} companies, {len(parsed.departments)} "
            f"departments, {len(parsed.categories)} categories, {len(parsed.policies)} policies.",
            [],
        )

    def export_staff(self, path: Path) -> None:
        try:
            count = imports.export_staff(self.conn, path)
        except PosError as exc:
            self._show(str(exc), [])
            return
        self._show(f"Wrote {count} people to {path.name}.", [])

    def export_config(self, path: Path) -> None:
        try:
            config.write_toml(load_rules(self.conn), path)
        except PosError as exc:
            self._show(str(exc)[:1].upper() + str(exc)[1:] + ".", [])
            return
        self._show(f"Wrote the configuration to {path.name}.", [])

    def _show(self, headline: str, problems: list[imports.Problem]) -> None:
        self.report.setPlainText("\n".join([headline, *(p.describe() for p in problems)]))

    def _ask_open(self, what: str, act: Callable[[Path], None], kind: str = "CSV (*.csv)") -> None:
        name, _ = QFileDialog.getOpenFileName(self, f"Import {what}", "", kind)
        if name:
            act(Path(name))

    def _ask_save(self, default: str, act: Callable[[Path], None]) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export", default)
        if name:
            act(Path(name))

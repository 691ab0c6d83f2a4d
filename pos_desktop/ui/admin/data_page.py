"""Import and export: HR staff files (through the import wizard), the catalogue and the
configuration, through the same all-or-nothing importers as the command line, with their report
on screen."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core import config, config_parse
from pos_desktop.core.db.storage import storage_errors
from pos_desktop.core.errors import PosError
from pos_desktop.core.importing import imports, products, staff_export
from pos_desktop.core.rules import load_rules
from pos_desktop.i18n import number, say, sentence, translate
from pos_desktop.ui.admin.import_wizard import ImportWizard
from pos_desktop.ui.common.file_dialogs import ask_open_file, ask_save_file


class DataPage(QWidget):
    """Buttons for each file, a dry-run and a sync switch, and the last report."""

    imported = Signal()  # the registry changed

    def __init__(self, conn: sqlite3.Connection, database: str, actor: str) -> None:
        super().__init__()
        self.conn = conn
        self.database = database
        self.actor = actor
        self.wizard: ImportWizard | None = None
        self.dry_run = QCheckBox(
            translate("DataPage", "&Check only (dry run): report problems, change nothing")
        )
        self.sync = QCheckBox(
            translate(
                "DataPage",
                "The catalogue or configuration file is the complete &list: remove products "
                "missing from it",
            )
        )
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(translate("DataPage", "Import report"))
        grid = QGridLayout()
        for row, (text, action) in enumerate(
            (
                (translate("DataPage", "Import &staff (HR export)…"), self.open_wizard),
                (
                    translate("DataPage", "Import &products CSV or XLSX…"),
                    lambda: self._ask_open(
                        translate("DataPage", "Import products"),
                        self.import_products,
                        translate("DataPage", "Catalogues") + " (*.csv *.txt *.xlsx)",
                    ),
                ),
                (
                    translate("DataPage", "Import c&onfiguration (TOML)…"),
                    lambda: self._ask_open(
                        translate("DataPage", "Import configuration"),
                        self.import_config,
                        "TOML (*.toml)",
                    ),
                ),
                (
                    translate("DataPage", "E&xport staff CSV…"),
                    lambda: self._ask_save("staff.csv", self.export_staff),
                ),
                (
                    translate("DataPage", "Export confi&guration…"),
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
        layout.addWidget(QLabel(translate("DataPage", "Report")))
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
            name = wizard.path.name if wizard.path else ""
            text = translate("DataPage", "Imported {file}: {summary}.")
            self._show(text.format(file=name, summary=_summary(wizard.report)), wizard.report)
            self.imported.emit()

    def import_products(self, path: Path) -> None:
        self._import(path, products.import_products)

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
            text = translate(
                "DataPage",
                "{file}: rows with problems: {rows}; nothing was imported. Fix them in "
                "the file and import it again.",
            )
            self._show(text.format(file=path.name, rows=number(rows)), refused.report)
            return
        except PosError as exc:
            self._show(f"{path.name}: {say(exc)}")
            return
        if dry:
            text = translate("DataPage", "Would import {file}: {summary}.")
        else:
            text = translate("DataPage", "Imported {file}: {summary}.")
        self._show(text.format(file=path.name, summary=_summary(report)), report)

    def import_config(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8-sig")
            with storage_errors(self.database):
                rules = load_rules(self.conn)
                parsed = config_parse.parse_toml(text, path.name, rules.settings)
                if not self.dry_run.isChecked():
                    config.apply(self.conn, parsed, actor=self.actor)
        except (OSError, UnicodeDecodeError) as exc:
            text = translate("DataPage", "Cannot read {file}: {problem}")
            self._show(text.format(file=path.name, problem=exc))
            return
        except PosError as exc:
            self._show(sentence(exc))
            return
        if self.dry_run.isChecked():
            text = translate(
                "DataPage",
                "Checked {file}: companies {companies}, departments {departments}, "
                "categories {categories}, policies {policies}.",
            )
        else:
            text = translate(
                "DataPage",
                "Imported {file}: companies {companies}, departments {departments}, "
                "categories {categories}, policies {policies}.",
            )
        self._show(
            text.format(
                file=path.name,
                companies=number(len(parsed.companies)),
                departments=number(len(parsed.departments)),
                categories=number(len(parsed.categories)),
                policies=number(len(parsed.policies)),
            ),
        )

    def export_staff(self, path: Path) -> None:
        try:
            count = staff_export.export_staff(self.conn, path)
        except PosError as exc:
            self._show(say(exc))
            return
        text = (
            translate("DataPage", "Wrote {count} person to {file}.")
            if count == 1
            else translate("DataPage", "Wrote {count} people to {file}.")
        )
        self._show(text.format(count=number(count), file=path.name))

    def export_config(self, path: Path) -> None:
        try:
            config.write_toml(load_rules(self.conn), path)
        except PosError as exc:
            self._show(sentence(exc))
            return
        self._show(
            translate("DataPage", "Wrote the configuration to {file}.").format(file=path.name)
        )

    def _show(self, headline: str, report: imports.ImportReport | None = None) -> None:
        """The headline, then each of the import's problems with its column named as the
        file heads it ('Kategoria', not 'category')."""
        problems = report.problems if report is not None else []
        headings = report.headings if report is not None else {}
        lines = [say(p.describe(headings)) for p in problems]
        self.report.setPlainText("\n".join([headline, *lines]))

    def _ask_open(self, title: str, act: Callable[[Path], None], kind: str) -> None:
        chosen = ask_open_file(self, title, kind)
        if chosen is not None:
            act(chosen)

    def _ask_save(self, default: str, act: Callable[[Path], None]) -> None:
        chosen = ask_save_file(self, translate("DataPage", "Export"), default)
        if chosen is not None:
            act(chosen)


# What an import's summary counts, in words (the core's summary keys).
SUMMARY = {
    "rows": QT_TRANSLATE_NOOP("DataPage", "rows"),
    "added": QT_TRANSLATE_NOOP("DataPage", "added"),
    "changed": QT_TRANSLATE_NOOP("DataPage", "changed"),
    "reactivated": QT_TRANSLATE_NOOP("DataPage", "reactivated"),
    "unchanged": QT_TRANSLATE_NOOP("DataPage", "unchanged"),
    "ended": QT_TRANSLATE_NOOP("DataPage", "ended"),
    "rejected": QT_TRANSLATE_NOOP("DataPage", "rejected"),
}


def _summary(report: imports.ImportReport) -> str:
    """'added 3, changed 1, unchanged 40' in the language in use (no plural forms needed)."""
    return ", ".join(
        f"{translate('DataPage', SUMMARY[k]) if k in SUMMARY else k} {number(v)}"
        for k, v in report.summary().items()
    )

"""The HR import wizard: choose the file, match its columns, check it, import it.

Checking and importing run on an ImportJob thread behind a progress dialog that can be
cancelled; the registry changes only when the last step succeeds, all at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pos_desktop.core import mapping
from pos_desktop.core.errors import PosError
from pos_desktop.core.imports import (
    REPORT_COLUMNS,
    STAFF_FIELDS,
    STAFF_REQUIRED,
    FileOptions,
    ImportRefused,
    ImportReport,
    Problem,
    write_problems,
)
from pos_desktop.core.rules import load_rules
from pos_desktop.core.staff_import import import_staff, too_many_ended
from pos_desktop.core.storage import storage_errors
from pos_desktop.core.tabular import ReadOptions, open_table, sheet_names
from pos_desktop.ui.admin.import_worker import STAGES, ImportJob

ENCODINGS = (
    ("Detect", None),
    ("UTF-8", "utf-8"),
    ("Windows-1250 (Central European)", "cp1250"),
    ("ISO-8859-2 (Latin-2)", "iso-8859-2"),
    ("Windows-1252 (Western)", "cp1252"),
)
DELIMITERS = (("Detect", None), ("Comma ,", ","), ("Semicolon ;", ";"), ("Tab", "\t"))
FIELD_LABELS = {
    "employee_no": "Employee number",
    "name": "Name",
    "badge": "Badge",
    "company": "Company",
    "department": "Department",
    "employment_type": "Employment type",
    "status": "Status",
    "start_date": "Start date",
    "end_date": "End date",
    "role": "Till role",
    "dependant_of": "Dependant of (employee number)",
}
LEAVE_OUT = "(leave out)"
SAMPLE_ROWS = 3
Index = QModelIndex | QPersistentModelIndex


def _rows(count: int) -> str:
    return "1 row" if count == 1 else f"{count:,} rows"


def _message(exc: Exception) -> str:
    text = str(exc)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


class ProblemsModel(QAbstractTableModel):
    """The check's report, one problem a row; the view asks only for the rows it shows."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[Problem] = []

    def show(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self.problems = problems
        self.endResetModel()

    def rowCount(
        self,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> int:
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(
        self,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> int:
        return len(REPORT_COLUMNS)

    def data(self, index: Index, role: int = 0) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        problem = self.problems[index.row()]
        value = getattr(problem, REPORT_COLUMNS[index.column()])
        return FIELD_LABELS.get(value, value) if index.column() == 1 else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return REPORT_COLUMNS[section].capitalize()
        return None


class ImportWizard(QWizard):
    """Four pages; `path`, `file_options`, `report` carry what each page decided to the next."""

    def __init__(
        self, conn: sqlite3.Connection, database: str, actor: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.conn = conn
        self.database = database  # its name, as messages show it
        self.db_file = conn.execute("PRAGMA database_list").fetchone()[2]
        self.actor = actor
        self.path: Path | None = None
        self.header: list[str] = []
        self.samples: list[list[str]] = []
        self.file_options = FileOptions()
        self.report: ImportReport | None = None
        self.job: ImportJob | None = None
        self.setWindowTitle("Import staff from an HR export")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.check_page = CheckPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.columns_page, self.check_page, self.done_page):
            self.addPage(page)
        self.resize(900, 620)

    def run_job(
        self,
        title: str,
        done: Callable[[ImportReport], None],
        failed: Callable[[PosError], None],
        **kwargs: object,
    ) -> ImportJob:
        """Start the import (or its dry run) behind a cancellable progress dialog; done or
        failed is called with its outcome (connected before the thread starts)."""
        assert self.path is not None
        job = ImportJob(self.db_file, import_staff, self.path, self, **kwargs)
        job.done.connect(done)
        job.failed.connect(failed)
        dialog = QProgressDialog(STAGES["reading"], "Cancel", 0, 0, self)
        dialog.setWindowTitle(title)
        dialog.setMinimumWidth(420)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel)
        dialog.canceled.connect(lambda: dialog.setLabelText("Cancelling…"))

        def progressed(stage: str, done: int, total: int) -> None:
            if job.stop.is_set():
                return
            dialog.setLabelText(STAGES.get(stage, stage))
            scale = max(total // 1000, 1)  # bytes of a big file overflow an int progress bar
            dialog.setMaximum(total // scale if total else 0)
            dialog.setValue(min(done // scale, dialog.maximum()) if total else 0)

        job.progressed.connect(progressed)
        job.finished.connect(dialog.close)
        job.finished.connect(self._job_ended)
        self.job = job
        self.progress = dialog
        job.start()
        dialog.show()
        return job

    def done(self, result: int) -> None:
        """Closing the wizard while it works cancels the work and waits for it to stop."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        super().done(result)

    def _job_ended(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
            self.job = None


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("1. Choose the HR export")
        self.setSubTitle("A CSV or Excel (.xlsx) file, one person a row, with a header row.")
        self.path = QLineEdit()
        self.path.setAccessibleName("File")
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton("&Browse…")
        browse.clicked.connect(self.browse)
        self.encoding = QComboBox()
        self.encoding.setAccessibleName("Encoding")
        for label, value in ENCODINGS:
            self.encoding.addItem(label, value)
        self.delimiter = QComboBox()
        self.delimiter.setAccessibleName("Column separator")
        for label, value in DELIMITERS:
            self.delimiter.addItem(label, value)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName("Sheet")
        self.path.textChanged.connect(self._list_sheets)
        self.profile = QComboBox()
        self.profile.setAccessibleName("Saved column mapping")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c; font-weight: bold;")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        file_label = QLabel("&File:")
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow("&Encoding:", self.encoding)
        form.addRow("Column &separator:", self.delimiter)
        form.addRow("S&heet (Excel):", self.sheet)
        form.addRow("Saved &mapping:", self.profile)
        form.addRow(self.error)

    def initializePage(self) -> None:
        self.profile.clear()
        self.profile.addItem("(match columns by name)", None)
        for name in mapping.profile_names(self.wiz.conn):
            self.profile.addItem(name, name)

    def _list_sheets(self, text: str) -> None:
        """A workbook's sheets to choose from; CSV settings do not apply to it."""
        path = Path(text.strip())
        names = sheet_names(path) if path.suffix.lower() in (".xlsx", ".xlsm") else []
        self.sheet.clear()
        for name in names:
            self.sheet.addItem(name, name)
        self.sheet.setEnabled(bool(names))
        self.encoding.setEnabled(not names)
        self.delimiter.setEnabled(not names)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "HR export", "", "HR exports (*.csv *.txt *.xlsx);;All files (*)"
        )
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path.text().strip())
        read = ReadOptions(
            self.encoding.currentData(), self.delimiter.currentData(), self.sheet.currentData()
        )
        try:
            table = open_table(path, read)
            samples = []
            for _, cells in table.rows:
                samples.append(cells)
                if len(samples) == SAMPLE_ROWS:
                    break
            table.rows.close()  # type: ignore[attr-defined]
            profile = self.profile.currentData()
            chosen = mapping.load_profile(self.wiz.conn, profile) if profile else {}
        except PosError as exc:
            self.error.setText(_message(exc))
            return False
        self.error.clear()
        wiz = self.wiz
        wiz.path, wiz.header, wiz.samples = path, table.header, samples
        wiz.file_options = FileOptions(read.encoding, read.delimiter, read.sheet, chosen)
        wiz.columns_page.source.setText(f"{path.name}: {table.describe()}")
        return True


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("2. Match the columns")
        self.setSubTitle(
            "Say which field each column of the file holds. Columns left out keep what the "
            "registry has (till roles, for example)."
        )
        self.source = QLabel()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Column in the file", "First values", "Read as"])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName("Column mapping")
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.profile_name = QLineEdit()
        self.profile_name.setPlaceholderText("e.g. Comarch Optima, Sage HR")
        self.profile_name.setAccessibleName("Profile name")
        save = QPushButton("Sa&ve as profile")
        save.clicked.connect(self.save_profile)
        saving = QHBoxLayout()
        saving.addWidget(QLabel("Save this mapping for next time:"))
        saving.addWidget(self.profile_name, 1)
        saving.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.state)
        layout.addLayout(saving)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        wiz = self.wiz
        folded = {mapping.fold(k): v for k, v in wiz.file_options.mapping.items()}
        guessed = mapping.guess(wiz.header, STAFF_FIELDS)
        self.table.setRowCount(len(wiz.header))
        self.combos = []
        for row, name in enumerate(wiz.header):
            letter = mapping.column_letter(row)
            self.table.setItem(row, 0, QTableWidgetItem(f"{letter}: {name}"))
            values = [cells[row] for cells in wiz.samples if row < len(cells)]
            self.table.setItem(row, 1, QTableWidgetItem(" · ".join(v for v in values if v)))
            combo = QComboBox()
            combo.setAccessibleName(f"Read column {name} as")
            combo.addItem(LEAVE_OUT, mapping.IGNORE)
            for field in STAFF_FIELDS:
                combo.addItem(FIELD_LABELS[field], field)
            field = folded.get(mapping.fold(name), guessed.get(name, mapping.IGNORE))
            combo.setCurrentIndex(max(combo.findData(field), 0))
            combo.currentIndexChanged.connect(self.completeChanged)
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 260)

    def chosen(self) -> dict[str, str]:
        pairs = zip(self.wiz.header, self.combos, strict=True)
        return {name: combo.currentData() for name, combo in pairs}

    def isComplete(self) -> bool:
        fields = [f for f in self.chosen().values() if f]
        twice = sorted({FIELD_LABELS[f] for f in fields if fields.count(f) > 1})
        missing = [FIELD_LABELS[f] for f in STAFF_REQUIRED if f not in fields]
        if twice:
            self.state.setText(f"Two columns are read as {', '.join(twice)}: keep one.")
        elif missing:
            self.state.setText(f"Choose the column that holds: {', '.join(missing)}.")
        else:
            self.state.setText(f"{len(fields)} of {len(self.combos)} columns will be read.")
        return not twice and not missing

    def save_profile(self) -> None:
        try:
            with storage_errors(self.wiz.database):
                rules = load_rules(self.wiz.conn)
                mapping.save_profile(
                    self.wiz.conn,
                    self.profile_name.text(),
                    self.chosen(),
                    till=rules.settings.till,
                    actor=self.wiz.actor,
                )
        except PosError as exc:
            self.state.setText(_message(exc))
            return
        self.state.setText(f"Saved as profile “{self.profile_name.text().strip()}”.")

    def validatePage(self) -> bool:
        wiz = self.wiz
        o = wiz.file_options
        wiz.file_options = FileOptions(o.encoding, o.delimiter, o.sheet, self.chosen())
        return True


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("3. Check the file")
        self.setSubTitle("Nothing is changed until you press Import.")
        self.sync = QCheckBox(
            "The file is the &complete list: end staff missing from it, bring back returning staff"
        )
        self.skip = QCheckBox("Import the &valid rows and leave out the rows with problems")
        self.confirm_end = QCheckBox()
        self.confirm_end.hide()
        self.confirm_end.toggled.connect(self.completeChanged)
        again = QPushButton("Check &again")
        again.clicked.connect(self.check)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ProblemsModel()
        self.problems = QTableView()
        self.problems.setModel(self.model)
        self.problems.setAccessibleName("Problems found")
        self.problems.setWordWrap(False)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.verticalHeader().hide()
        self.save = QPushButton("Save the report as &CSV…")
        self.save.clicked.connect(self.save_report)
        self.note = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(again)
        buttons.addStretch(1)
        buttons.addWidget(self.note)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sync)
        layout.addWidget(self.skip)
        layout.addWidget(self.summary)
        layout.addWidget(self.confirm_end)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        self.skip.toggled.connect(self.completeChanged)
        self.sync.toggled.connect(self._stale)
        self.checked: ImportReport | None = None
        self.applied = False
        self.setCommitPage(True)  # once imported, there is no going back to import again

    def initializePage(self) -> None:
        self.applied = False
        self.setButtonText(QWizard.WizardButton.CommitButton, "&Import")
        self.check()

    def _stale(self) -> None:
        self.checked = None
        self.summary.setText("The options changed: check again.")
        self.completeChanged.emit()

    def check(self) -> None:
        self.checked = None
        self.summary.setText("Checking…")
        self.model.show([])
        self.confirm_end.hide()
        self.confirm_end.setChecked(False)
        self.wiz.run_job(
            "Checking the file",
            self._checked,
            self._failed,
            options=self.wiz.file_options,
            sync=self.sync.isChecked(),
            dry_run=True,
        )

    def _checked(self, report: ImportReport) -> None:
        self.checked = report
        self.model.show(report.problems)
        self.problems.resizeColumnsToContents()
        s = report.summary()
        what = (
            f"{report.source}. {_rows(s['rows'])}: {s['added']:,} to add, {s['changed']:,} to "
            f"change ({s['reactivated']:,} coming back), {s['unchanged']:,} unchanged"
        )
        if self.sync.isChecked():
            what += f", {s['ended']:,} to end"
        if report.problems:
            rows = "1 row has" if s["rejected"] == 1 else f"{s['rejected']:,} rows have"
            what += (
                f". {rows} problems (below): fix them in the file and check again, or import "
                "the valid rows only."
            )
        else:
            what += ". No problems found."
        self.summary.setText(what)
        warning = too_many_ended(report) if self.sync.isChecked() else None
        if warning:
            self.confirm_end.setText(
                f"Yes, the file is the complete list: &end {s['ended']:,} of "
                f"{report.active:,} active people"
            )
            self.confirm_end.show()
        self.save.setEnabled(bool(report.problems))
        self.completeChanged.emit()

    def _failed(self, exc: PosError) -> None:
        self.summary.setText(_message(exc))
        if isinstance(exc, ImportRefused):
            self.model.show(exc.report.problems)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        report = self.checked
        if report is None or (report.problems and not self.skip.isChecked()):
            return False
        return self.confirm_end.isHidden() or self.confirm_end.isChecked()

    def save_report(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Save the report", "import-report.csv")
        if name:
            self.write_report(Path(name))

    def write_report(self, path: Path) -> None:
        try:
            count = write_problems(self.model.problems, path)
        except PosError as exc:
            self.note.setText(_message(exc))
            return
        self.note.setText(f"Wrote {count:,} problems to {path.name}.")

    def validatePage(self) -> bool:
        if self.applied:
            return True
        self.wiz.run_job(
            "Importing",
            self._applied,
            self._failed,
            options=self.wiz.file_options,
            sync=self.sync.isChecked(),
            skip_invalid=self.skip.isChecked(),
            allow_mass_end=self.confirm_end.isChecked(),
            actor=self.wiz.actor,
        )
        return False

    def _applied(self, report: ImportReport) -> None:
        self.wiz.report = report
        self.applied = True
        self.wiz.next()


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("4. Imported")
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def initializePage(self) -> None:
        report = self.wiz.report
        assert report is not None
        s = report.summary()
        lines = [
            f"{self.wiz.path.name if self.wiz.path else ''} is in the registry.",
            "",
            f"Added: {s['added']:,}",
            f"Changed: {s['changed']:,} (of whom {s['reactivated']:,} came back)",
            f"Ended: {s['ended']:,}",
            f"Unchanged: {s['unchanged']:,}",
            f"Left out with problems: {s['rejected']:,}",
            "",
            "The import is recorded in the audit log.",
        ]
        self.result.setText("\n".join(lines))

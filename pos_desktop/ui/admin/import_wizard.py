"""The HR import wizard: choose the file, match its columns, check it, import it.

Checking and importing run on an ImportJob thread behind a progress dialog that can be
cancelled; the registry changes only when the last step succeeds, all at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pos_desktop.core.db.storage import database_file
from pos_desktop.core.errors import PosError
from pos_desktop.core.files import refuse_database_file
from pos_desktop.core.importing import mapping
from pos_desktop.core.importing.imports import (
    STAFF_EXTRA,
    STAFF_FIELDS,
    STAFF_REQUIRED,
    FileOptions,
    ImportReport,
)
from pos_desktop.core.importing.staff_import import import_staff
from pos_desktop.core.importing.tabular import ReadOptions, open_table, sheet_names
from pos_desktop.i18n import number, say, sentence, translate
from pos_desktop.ui.admin import import_tables
from pos_desktop.ui.admin.import_check import CheckPage
from pos_desktop.ui.admin.import_progress import progress_dialog
from pos_desktop.ui.admin.import_tables import (
    DELIMITERS,
    ENCODINGS,
    SAMPLE_ROWS,
    ImportChoices,
    field_label,
    tr,
)
from pos_desktop.ui.admin.import_values import ValuesPage, mapped_value_fields
from pos_desktop.ui.admin.import_worker import ImportJob
from pos_desktop.ui.common.file_dialogs import ask_open_file
from pos_desktop.ui.common.style import error_style


class ImportWizard(QWizard):
    """Four pages; `path` and the `choices` (file options, report) carry what each page
    decided to the next."""

    def __init__(
        self, conn: sqlite3.Connection, database: str, actor: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.conn = conn
        self.database = database  # its name, as messages show it
        self.db_file = str(database_file(conn) or "")
        self.actor = actor
        self.path: Path | None = None
        self.header: list[str] = []
        self.samples: list[list[str]] = []
        self.choices = ImportChoices(conn, database, actor, self.run_job, self.next)
        self.job: ImportJob | None = None
        self.setWindowTitle(translate("ImportWizard", "Import staff from an HR export"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        for button, text in (  # set here: Qt has no Romanian translation of its own
            (QWizard.WizardButton.BackButton, translate("ImportWizard", "< &Back")),
            (QWizard.WizardButton.NextButton, translate("ImportWizard", "&Next >")),
            (QWizard.WizardButton.FinishButton, translate("ImportWizard", "&Finish")),
            (QWizard.WizardButton.CancelButton, translate("ImportWizard", "Cancel")),
        ):
            self.setButtonText(button, text)

        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.values_page = ValuesPage(self.choices)
        self.check_page = CheckPage(self.choices)
        self.done_page = DonePage(self)
        self.page_ids = {
            page: self.addPage(page)
            for page in (
                self.file_page,
                self.columns_page,
                self.values_page,
                self.check_page,
                self.done_page,
            )
        }
        self.resize(900, 620)

    @property
    def file_options(self) -> FileOptions:
        return self.choices.file_options

    @file_options.setter
    def file_options(self, options: FileOptions) -> None:
        self.choices.file_options = options

    @property
    def report(self) -> ImportReport | None:
        return self.choices.report

    def run_job(
        self,
        title: str,
        done: Callable[[Any], None],
        failed: Callable[[PosError], None],
        work: Callable[..., object] = import_staff,
        **kwargs: object,
    ) -> ImportJob:
        """Start the import (or its dry run, or another look through the file) behind a
        cancellable progress dialog; done or failed is called with its outcome (connected
        before the thread starts)."""
        assert self.path is not None
        job = ImportJob(self.db_file, work, self.path, self, **kwargs)
        job.done.connect(done)
        job.failed.connect(failed)
        dialog = progress_dialog(job, title, self)
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
        self.setTitle(translate("ImportWizard", "1. Choose the HR export"))
        self.setSubTitle(
            translate(
                "ImportWizard", "A CSV or Excel (.xlsx) file, one person a row, with a header row."
            )
        )
        self.path = QLineEdit()
        self.path.setAccessibleName(translate("ImportWizard", "File"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(translate("ImportWizard", "B&rowse…"))
        browse.clicked.connect(self.browse)
        self.encoding = QComboBox()
        self.encoding.setAccessibleName(translate("ImportWizard", "Encoding"))
        for label, value in ENCODINGS:
            self.encoding.addItem(tr(label), value)
        self.delimiter = QComboBox()
        self.delimiter.setAccessibleName(translate("ImportWizard", "Column separator"))
        for label, value in DELIMITERS:
            self.delimiter.addItem(tr(label), value)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(translate("ImportWizard", "Sheet"))
        self.path.textChanged.connect(self._list_sheets)
        self.profile = QComboBox()
        self.profile.setAccessibleName(translate("ImportWizard", "Saved column mapping"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        file_label = QLabel(translate("ImportWizard", "&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow(translate("ImportWizard", "&Encoding:"), self.encoding)
        form.addRow(translate("ImportWizard", "Column &separator:"), self.delimiter)
        form.addRow(translate("ImportWizard", "S&heet (Excel):"), self.sheet)
        form.addRow(translate("ImportWizard", "Saved &mapping:"), self.profile)
        form.addRow(self.error)

    def initializePage(self) -> None:
        self.profile.clear()
        self.profile.addItem(translate("ImportWizard", "(match columns by name)"), None)
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
        chosen = ask_open_file(
            self,
            translate("ImportWizard", "HR export"),
            translate("ImportWizard", "HR exports")
            + " (*.csv *.txt *.xlsx);;"
            + translate("ImportWizard", "All files")
            + " (*)",
        )
        if chosen is not None:
            self.path.setText(str(chosen))

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path.text().strip())
        read = ReadOptions(
            self.encoding.currentData(), self.delimiter.currentData(), self.sheet.currentData()
        )
        try:
            refuse_database_file(path, database_file(self.wiz.conn))
            table = open_table(path, read)
            samples = []
            for _, cells in table.rows:
                samples.append(cells)
                if len(samples) == SAMPLE_ROWS:
                    break
            table.rows.close()  # type: ignore[attr-defined]
            profile = self.profile.currentData()
            chosen = mapping.load_profile(self.wiz.conn, profile) if profile else {}
            values = mapping.profile_values(self.wiz.conn, profile) if profile else {}
        except PosError as exc:
            self.error.setText(sentence(exc))
            return False
        self.error.clear()
        wiz = self.wiz
        wiz.path, wiz.header, wiz.samples = path, table.header, samples
        wiz.file_options = FileOptions(read.encoding, read.delimiter, read.sheet, chosen, values)
        wiz.columns_page.source.setText(f"{path.name}: {say(table.describe())}")
        return True


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(translate("ImportWizard", "2. Match the columns"))
        self.setSubTitle(
            translate("ImportWizard", "Say which field each column of the file holds.")
        )
        # In the page, not the subtitle: the wizard's header cut its last line off.
        self.left_out = QLabel(
            translate(
                "ImportWizard",
                "For people already in the registry, a column left out keeps what the "
                "registry has (till roles, for example). For new people it stays empty, the "
                "status is active and there is no till role; a new employee without an "
                "employment type is not imported.",
            )
        )
        self.left_out.setWordWrap(True)
        self.source = QLabel()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportWizard", "Column in the file"),
                translate("ImportWizard", "First values"),
                translate("ImportWizard", "Read as"),
            ]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(translate("ImportWizard", "Column mapping"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.profile_name = QLineEdit()
        self.profile_name.setPlaceholderText(
            translate("ImportWizard", "e.g. Comarch Optima, Sage HR")
        )
        self.profile_name.setAccessibleName(translate("ImportWizard", "Profile name"))
        save = QPushButton(translate("ImportWizard", "Sa&ve as profile"))
        save.clicked.connect(self.save_profile)
        saving = QHBoxLayout()
        saving.addWidget(QLabel(translate("ImportWizard", "Save this mapping for next time:")))
        saving.addWidget(self.profile_name, 1)
        saving.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.left_out)
        layout.addWidget(self.source)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.state)
        layout.addLayout(saving)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        wiz = self.wiz
        folded = {mapping.fold(k): v for k, v in wiz.file_options.mapping.items()}
        guessed = mapping.guess(wiz.header, STAFF_FIELDS + STAFF_EXTRA)
        self.table.setRowCount(len(wiz.header))
        self.combos = []
        for row, name in enumerate(wiz.header):
            letter = mapping.column_letter(row)
            self.table.setItem(row, 0, QTableWidgetItem(f"{letter}: {name}"))
            values = [cells[row] for cells in wiz.samples if row < len(cells)]
            self.table.setItem(row, 1, QTableWidgetItem(" · ".join(v for v in values if v)))
            combo = QComboBox()
            combo.setAccessibleName(
                translate("ImportWizard", "Read column {column} as").format(column=name)
            )
            combo.addItem(translate("ImportWizard", "(leave out)"), mapping.IGNORE)
            for field in STAFF_FIELDS + STAFF_EXTRA:
                combo.addItem(field_label(field), field)
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
        twice = sorted({field_label(f) for f in fields if fields.count(f) > 1})
        parted = set(fields) >= mapping.PARTED
        missing = [
            field_label(f)
            for f in STAFF_REQUIRED
            if f not in fields and not (f == "name" and parted)
        ]
        if twice:
            text = translate("ImportWizard", "Two columns are read as {fields}: keep one.")
            self.state.setText(text.format(fields=", ".join(twice)))
        elif missing:
            text = translate("ImportWizard", "Choose the column that holds: {fields}.")
            self.state.setText(text.format(fields=", ".join(missing)))
        else:
            text = translate("ImportWizard", "{read} of {columns} columns will be read.")
            self.state.setText(text.format(read=len(fields), columns=len(self.combos)))
        return not twice and not missing

    def save_profile(self) -> None:
        wiz, name = self.wiz, self.profile_name.text()
        values = wiz.file_options.values
        self.state.setText(import_tables.save_profile(wiz.choices, name, self.chosen(), values))

    def validatePage(self) -> bool:
        wiz = self.wiz
        o = wiz.file_options
        wiz.file_options = FileOptions(o.encoding, o.delimiter, o.sheet, self.chosen(), o.values)
        wiz.choices.profile = self.profile_name.text()
        return True

    def nextId(self) -> int:
        """The value step only when a column holds status, employment type, role or worker
        type."""
        wiz = self.wiz
        if mapped_value_fields(self.chosen()):
            return wiz.page_ids[wiz.values_page]
        return wiz.page_ids[wiz.check_page]


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(translate("ImportWizard", "5. Imported"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def initializePage(self) -> None:
        report = self.wiz.report
        assert report is not None
        s = {key: number(value) for key, value in report.summary().items()}
        lines = [
            translate("ImportWizard", "{file} is in the registry.").format(
                file=self.wiz.path.name if self.wiz.path else ""
            ),
            "",
            translate("ImportWizard", "Added: {added}").format(**s),
            translate(
                "ImportWizard", "Changed: {changed} (of whom {reactivated} came back)"
            ).format(**s),
            translate("ImportWizard", "Ended: {ended}").format(**s),
            translate("ImportWizard", "Unchanged: {unchanged}").format(**s),
            translate("ImportWizard", "Left out with problems: {rejected}").format(**s),
            *(say(note)[:1].upper() + say(note)[1:] for note in report.notes()),
            "",
            translate("ImportWizard", "The import is recorded in the audit log."),
        ]
        self.result.setText("\n".join(lines))

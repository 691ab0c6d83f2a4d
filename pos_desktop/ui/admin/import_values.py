"""The HR import wizard's value step: each distinct status, employment type, till role and
worker type the file holds, with what it will be read as beside it. Words the app reads
(Polish, Romanian, English) come chosen; a word it cannot read waits for the admin's choice,
or is a problem on the next page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from pos_desktop.core.errors import PosError
from pos_desktop.core.importing.hr_words import CODES, employment_types, own_words, read_word
from pos_desktop.core.importing.imports import FileOptions, Progress, distinct_values
from pos_desktop.core.rules import load_rules
from pos_desktop.i18n import number, sentence, translate
from pos_desktop.ui.admin import import_tables
from pos_desktop.ui.admin.import_tables import ImportChoices, field_label
from pos_desktop.ui.common import words

VALUE_FIELDS = tuple(CODES)  # status, employment_type, role, worker_type
_SHOWN = {
    "status": words.STATUSES,
    "employment_type": words.EMPLOYMENT,
    "role": words.ROLES,
}
WORKER_TYPES = {
    "employee": QT_TRANSLATE_NOOP("ImportWizard", "employee"),
    "contractor": QT_TRANSLATE_NOOP("ImportWizard", "contractor"),
}


def _values(
    conn: object, rules: object, path: Path, *, options: FileOptions, progress: Progress
) -> dict[str, list[tuple[str, int]]]:
    """The job the value step runs: each value field's distinct texts in the file."""
    return distinct_values(path, options, VALUE_FIELDS, progress=progress)


def mapped_value_fields(chosen: dict[str, str]) -> list[str]:
    """The value fields a column mapping reads, in the registry's order."""
    return [f for f in VALUE_FIELDS if f in chosen.values()]


class ValuesPage(QWizardPage):
    """One row for each distinct value: the column, the value, how many rows, and a choice."""

    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self.wiz = choices
        self.setTitle(translate("ImportWizard", "3. Read the values"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "What each status and employment type in the file means. Words the app knows "
                "are chosen already; choose the others, or their rows are left out as problems.",
            )
        )
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportWizard", "Column"),
                translate("ImportWizard", "Value in the file"),
                translate("ImportWizard", "Rows"),
                translate("ImportWizard", "Read as"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(translate("ImportWizard", "Value mapping"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.profile_name = QLineEdit()
        self.profile_name.setAccessibleName(translate("ImportWizard", "Profile name"))
        self.profile_name.setPlaceholderText(
            translate("ImportWizard", "e.g. Comarch Optima, Sage HR")
        )
        save = QPushButton(translate("ImportWizard", "Sa&ve columns and values as profile"))
        save.clicked.connect(self.save_profile)
        # The question on its own line, so the name field keeps room for its example in
        # every language (Romanian's question and button fill a line between them).
        ask = QLabel(translate("ImportWizard", "Save this mapping for next time:"))
        ask.setBuddy(self.profile_name)
        saving = QHBoxLayout()
        saving.addWidget(self.profile_name, 1)
        saving.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.state)
        layout.addWidget(ask)
        layout.addLayout(saving)
        self.rows: list[tuple[str, str, str | None, QComboBox]] = []
        self.ready = False
        self.employment: tuple[str, ...] = ()

    def initializePage(self) -> None:
        """Read the file's values on the import's thread, behind its progress dialog (a
        million-row export takes a while)."""
        wiz = self.wiz
        if not self.profile_name.text():
            self.profile_name.setText(wiz.profile)
        self.rows = []
        self.table.setRowCount(0)
        self.state.setText(translate("ImportWizard", "Reading the values…"))
        self.ready = False
        wiz.run_job(
            translate("ImportWizard", "Reading the values"),
            self.show_values,
            self._failed,
            work=_values,
            options=wiz.file_options,
        )

    def _failed(self, exc: PosError) -> None:
        self.state.setText(sentence(exc))

    def isComplete(self) -> bool:
        return self.ready

    def show_values(self, found: dict[str, list[tuple[str, int]]]) -> None:
        options = self.wiz.file_options
        own = {f: own_words(v) for f, v in options.values.items()}
        self.employment = employment_types(load_rules(self.wiz.conn))
        self.rows = []
        self.table.setRowCount(sum(len(v) for v in found.values()))
        row = 0
        for field, values in found.items():
            for text, count in values:
                known = read_word(field, text)  # without the profile: what the app reads
                chosen = read_word(field, text, own.get(field))
                combo = self._choices(field)
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
                combo.currentIndexChanged.connect(self._count)
                combo.setAccessibleName(
                    translate("ImportWizard", "Read {value} as").format(value=text)
                )
                self.table.setItem(row, 0, QTableWidgetItem(field_label(field)))
                self.table.setItem(row, 1, QTableWidgetItem(text))
                rows = QTableWidgetItem(number(count))
                rows.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, 2, rows)
                self.table.setCellWidget(row, 3, combo)
                self.rows.append((field, text, known, combo))
                row += 1
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(3, 240)
        self._count()
        self.ready = True
        self.completeChanged.emit()

    def _choices(self, field: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(translate("ImportWizard", "(cannot be read: a problem)"), None)
        shown = _SHOWN.get(field)
        for code in self.employment if field == "employment_type" else CODES[field]:
            if field == "worker_type":
                label = translate("ImportWizard", WORKER_TYPES[code])
            else:
                label = words.word(shown or {}, code)
            combo.addItem(label, code)
        return combo

    def _count(self) -> None:
        unread = sum(1 for *_, combo in self.rows if combo.currentData() is None)
        if not self.rows:
            text = translate("ImportWizard", "The file has no values to read in these columns.")
        elif unread == 1:
            text = translate(
                "ImportWizard", "{count} value cannot be read yet: choose what it means."
            ).format(count=number(unread))
        elif unread:
            text = translate(
                "ImportWizard", "{count} values cannot be read yet: choose what they mean."
            ).format(count=number(unread))
        else:
            text = translate("ImportWizard", "Every value can be read.")
        self.state.setText(text)

    def chosen(self) -> dict[str, dict[str, str]]:
        """The admin's choices where they differ from what the app reads by itself."""
        values: dict[str, dict[str, str]] = {}
        for field, text, known, combo in self.rows:
            code = combo.currentData()
            if code is not None and code != known:
                values.setdefault(field, {})[text] = code
        return values

    def save_profile(self) -> None:
        name, columns = self.profile_name.text(), self.wiz.file_options.mapping
        self.state.setText(import_tables.save_profile(self.wiz, name, columns, self.chosen()))

    def validatePage(self) -> bool:
        o = self.wiz.file_options
        self.wiz.file_options = FileOptions(
            o.encoding, o.delimiter, o.sheet, o.mapping, self.chosen()
        )
        return True

"""The HR import wizard's choices and labels (encodings, separators, the registry's fields)
and the table of problems its check found."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from pos_desktop.core.db.storage import storage_errors
from pos_desktop.core.errors import PosError
from pos_desktop.core.importing import mapping
from pos_desktop.core.importing.imports import (
    REPORT_COLUMNS,
    FileOptions,
    ImportReport,
    Problem,
)
from pos_desktop.core.importing.staff_fields import FIELD_LABELS
from pos_desktop.core.rules import load_rules
from pos_desktop.i18n import say, sentence, translate


@dataclass
class ImportChoices:
    """What the wizard's pages share, so that a page knows no wizard: the database, who
    imports, what was chosen so far, and how a job runs on the file behind its progress
    dialog."""

    conn: sqlite3.Connection
    database: str  # its name, as messages show it
    actor: str
    run_job: Callable[..., object]
    finish: Callable[[], None]  # on to the last page, once the import is applied
    file_options: FileOptions = field(default_factory=FileOptions)
    profile: str = ""  # the column mapping's profile name, as the columns page has it
    report: ImportReport | None = None


# The wizard's tables; their texts are shown through translate("ImportWizard", ...).
ENCODINGS = (
    (QT_TRANSLATE_NOOP("ImportWizard", "Detect"), None),
    ("UTF-8", "utf-8"),
    (QT_TRANSLATE_NOOP("ImportWizard", "Windows-1250 (Central European)"), "cp1250"),
    (QT_TRANSLATE_NOOP("ImportWizard", "ISO-8859-2 (Latin-2)"), "iso-8859-2"),
    (QT_TRANSLATE_NOOP("ImportWizard", "Windows-1252 (Western)"), "cp1252"),
)
DELIMITERS = (
    (QT_TRANSLATE_NOOP("ImportWizard", "Detect"), None),
    (QT_TRANSLATE_NOOP("ImportWizard", "Comma ,"), ","),
    (QT_TRANSLATE_NOOP("ImportWizard", "Semicolon ;"), ";"),
    (QT_TRANSLATE_NOOP("ImportWizard", "Tab"), "\t"),
)
PROBLEM_HEADINGS = {  # the check's report columns (core/importing/imports.REPORT_COLUMNS)
    "row": QT_TRANSLATE_NOOP("ImportWizard", "Row"),
    "column": QT_TRANSLATE_NOOP("ImportWizard", "Column"),
    "value": QT_TRANSLATE_NOOP("ImportWizard", "Value"),
    "problem": QT_TRANSLATE_NOOP("ImportWizard", "Problem"),
    "suggestion": QT_TRANSLATE_NOOP("ImportWizard", "Suggestion"),
}
SAMPLE_ROWS = 3
Index = QModelIndex | QPersistentModelIndex


def tr(text: object) -> str:
    return translate("ImportWizard", text)


def save_profile(
    choices: ImportChoices,
    name: str,
    columns: dict[str, str],
    values: dict[str, dict[str, str]] | None,
) -> str:
    """Save the file's columns (and values) as a named profile; what to tell the admin."""
    try:
        with storage_errors(choices.database):
            till = load_rules(choices.conn).settings.till
            mapping.save_profile(
                choices.conn, name, columns, values=values, till=till, actor=choices.actor
            )
    except PosError as exc:
        return sentence(exc)
    return translate("ImportWizard", "Saved as profile “{name}”.").format(name=name.strip())


def field_label(field: str) -> str:
    """A registry field's name for people, in the language in use."""
    return tr(FIELD_LABELS[field]) if field in FIELD_LABELS else field


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
        return field_label(value) if index.column() == 1 else say(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            key = REPORT_COLUMNS[section]
            return tr(PROBLEM_HEADINGS[key]) if key in PROBLEM_HEADINGS else key.capitalize()
        return None

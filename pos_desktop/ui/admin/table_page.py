"""A page that edits one list of the configuration as a table: companies, departments,
categories. Save hands the whole list to the window, which validates it as a config file's
section, refuses what would orphan registry data, saves it in one transaction and audits it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.i18n import translate
from pos_desktop.ui.common import words


@dataclass(frozen=True)
class Column:
    key: str
    header: object  # marked with QT_TRANSLATE_NOOP("TablePage", ...), shown translated
    kind: str = "text"  # text | check | one of the choices
    choices: tuple[str, ...] = ()  # stored codes, shown through words.RELATIONS
    optional: bool = False  # an empty text is left out of the saved row


@dataclass(frozen=True)
class Labels:
    """What the page's table and buttons say, in the language in use."""

    table: str  # the table's accessible name: "Companies"
    new: str  # "&New company"
    remove: str  # "&Remove company"
    save: str  # "&Save companies"


class TablePage(QWidget):
    """Rows of one configuration list; new, remove, save, reload."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        columns: tuple[Column, ...],
        rows: Callable[[sqlite3.Connection], list[dict[str, Any]]],
        save: Callable[[list[dict[str, Any]]], None],
        labels: Labels,
    ) -> None:
        super().__init__()
        self.conn = conn
        self.columns = columns
        self.rows = rows
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([translate("TablePage", c.header) for c in columns])
        self.table.setAccessibleName(labels.table)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QHBoxLayout()
        for text, action in (
            (labels.new, lambda: self.add_row({})),
            (labels.remove, self.remove_row),
            (labels.save, lambda: save(self.values())),
            (translate("TablePage", "Re&load"), self.load),
        ):
            button = QPushButton(text)
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        self.table.setRowCount(0)
        for row in self.rows(self.conn):
            self.add_row(row)

    def add_row(self, values: dict[str, Any]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, spec in enumerate(self.columns):
            value = values.get(spec.key)
            if spec.kind == "check":
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                checked = True if value is None else bool(value)
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.table.setItem(row, column, item)
            elif spec.kind == "choice":
                combo = QComboBox()
                for choice in spec.choices:
                    combo.addItem(words.word(words.RELATIONS, choice), choice)
                combo.setAccessibleName(translate("TablePage", spec.header))
                combo.setCurrentIndex(max(0, combo.findData(value or spec.choices[0])))
                self.table.setCellWidget(row, column, combo)
            else:
                self.table.setItem(
                    row, column, QTableWidgetItem("" if value is None else str(value))
                )
        if not values:
            first = self.table.item(row, 0)
            if first is not None:
                self.table.setCurrentCell(row, 0)
                self.table.editItem(first)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def values(self) -> list[dict[str, Any]]:
        result = []
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {}
            for column, spec in enumerate(self.columns):
                if spec.kind == "check":
                    item = self.table.item(row, column)
                    values[spec.key] = (
                        item is not None and item.checkState() == Qt.CheckState.Checked
                    )
                elif spec.kind == "choice":
                    combo = self.table.cellWidget(row, column)
                    values[spec.key] = combo.currentData() if isinstance(combo, QComboBox) else ""

                else:
                    item = self.table.item(row, column)
                    text = item.text().strip() if item is not None else ""
                    if text or not spec.optional:
                        values[spec.key] = text
            result.append(values)
        return result

"""The categories page: which product groups get the employee discount (alcohol, tobacco and
gift cards usually do not)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.rules import Category, load_rules

HEADERS = ("Code", "Name", "Employee discount")


class CategoriesPage(QWidget):
    """An editable table of categories; Save hands the whole list to `save` (validated,
    refused when a category still used by products would disappear, audited)."""

    def __init__(self, conn: sqlite3.Connection, save: Callable[[list[Category]], None]) -> None:
        super().__init__()
        self.conn = conn
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.setAccessibleName("Categories")
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QHBoxLayout()
        for text, action in (
            ("&New category", self.add_row),
            ("&Remove category", self.remove_row),
            ("&Save categories", lambda: save(self.categories())),
            ("Re&load", self.load),
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
        for category in load_rules(self.conn).categories.values():
            self.add_row(category)

    def add_row(self, category: Category | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        code = QTableWidgetItem(category.code if category else "")
        self.table.setItem(row, 0, code)
        self.table.setItem(row, 1, QTableWidgetItem(category.name if category else ""))
        flag = QTableWidgetItem()
        flag.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        discounted = category is None or category.employee_discount
        flag.setCheckState(Qt.CheckState.Checked if discounted else Qt.CheckState.Unchecked)
        self.table.setItem(row, 2, flag)
        if category is None:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(code)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def categories(self) -> list[Category]:
        result = []
        for row in range(self.table.rowCount()):
            code, name, flag = (self.table.item(row, c) for c in range(3))
            result.append(
                Category(
                    code.text().strip() if code else "",
                    name.text().strip() if name else "",
                    flag is not None and flag.checkState() == Qt.CheckState.Checked,
                )
            )
        return result

"""The basket: each line's price, discount and why, from the current quote, in a table whose
chosen line F2 and Del act on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from pos_desktop.core.sale import Quote
from pos_desktop.i18n import amount, say, translate
from pos_desktop.ui.common.style import row_height

COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("Basket", "Item"),
    QT_TRANSLATE_NOOP("Basket", "Qty"),
    QT_TRANSLATE_NOOP("Basket", "Price"),
    QT_TRANSLATE_NOOP("Basket", "Discount"),
    QT_TRANSLATE_NOOP("Basket", "Total"),
    QT_TRANSLATE_NOOP("Basket", "Why"),
)
_RIGHT = {2, 3, 4, 5}

Index = QModelIndex | QPersistentModelIndex


class BasketModel(QAbstractTableModel):
    """Read-only rows of a Quote; the window replaces the quote after every change."""

    def __init__(self, currency: str) -> None:
        super().__init__()
        self.currency = currency
        self.quote: Quote | None = None

    def set_quote(self, quote: Quote | None) -> None:
        self.beginResetModel()
        self.quote = quote
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.quote is None else len(self.quote.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Basket", COLUMNS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return _align(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.quote is None or not index.isValid():
            return None
        priced = self.quote.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:

            def money(value: int) -> str:
                return amount(value, self.currency)

            values = (
                index.row() + 1,
                priced.line.name,
                priced.line.qty,
                money(priced.line.unit_price),
                money(priced.discount) if priced.discount else "",
                money(priced.total),
                say(priced.rule),
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            sku = priced.line.sku or translate("Basket", "open amount")
            return f"{priced.line.name} ({sku}, {priced.line.category}): {say(priced.rule)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _align(column)
        return None


def _align(column: int) -> Qt.AlignmentFlag:
    horizontal = Qt.AlignmentFlag.AlignRight if column in _RIGHT else Qt.AlignmentFlag.AlignLeft
    return horizontal | Qt.AlignmentFlag.AlignVCenter


class BasketTable(QTableView):
    """The basket's lines, one of them chosen (for F2 and Del); it never takes the keyboard,
    which stays in the scan field, whose Up and Down move the choice."""

    def __init__(self, model: BasketModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setAccessibleName(translate("CashierWindow", "Basket"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        row_height(self)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)

    def chosen_row(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def move_choice(self, step: int) -> None:
        """Up (-1) or Down (+1); with no line chosen, the last line."""
        rows = self.model().rowCount()
        if rows:
            current = self.chosen_row()
            self.selectRow(rows - 1 if current is None else max(0, min(rows - 1, current + step)))

"""A read-only table model that reads its rows a page at a time as the view scrolls, so a
million rows never sit in memory at once."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

F = TypeVar("F")  # the filter type of the page's query
Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel, Generic[F]):
    """Given how to read the page after a row (`fetch`) and what a cell shows (`cell`), keeps
    the rows, the filter and Qt's fetch-more protocol."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        where: F,
        headers: tuple[str, ...],
        fetch: Callable[[F, sqlite3.Row | None], list[sqlite3.Row]],
        cell: Callable[[sqlite3.Row, int, int], Any],
        page_size: int = 200,
    ) -> None:
        super().__init__()
        self.conn = conn
        self.where = where
        self.headers = headers
        self._fetch = fetch
        self.cell = cell
        self.page_size = page_size
        self.rows: list[sqlite3.Row] = []
        self.more = False

    def fetch(self, after: sqlite3.Row | None) -> list[sqlite3.Row]:
        return self._fetch(self.where, after)

    def set_filter(self, where: F) -> None:
        self.beginResetModel()
        self.where = where
        self.rows = self.fetch(None)
        self.more = len(self.rows) == self.page_size
        self.endResetModel()

    def reload(self) -> None:
        """Read the rows again after a change (keeping the filter)."""
        self.set_filter(self.where)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.rows:
            return
        batch = self.fetch(self.rows[-1])
        self.more = len(batch) == self.page_size
        if batch:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
            self.rows.extend(batch)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

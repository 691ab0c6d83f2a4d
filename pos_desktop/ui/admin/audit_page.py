"""The audit log page: who changed what and when, newest first, filtered, exported as CSV,
and its hash chain verified."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core import clock
from pos_desktop.core.ledger import audit
from pos_desktop.core.ledger.audit import AuditFilter
from pos_desktop.core.rules import load_settings
from pos_desktop.i18n import number, say, translate
from pos_desktop.ui.common.file_dialogs import ask_save_file
from pos_desktop.ui.common.operations import Operations
from pos_desktop.ui.common.paged import PagedTableModel

HEADERS = (
    "#",
    QT_TRANSLATE_NOOP("AuditPage", "When"),
    QT_TRANSLATE_NOOP("AuditPage", "Till"),
    QT_TRANSLATE_NOOP("AuditPage", "Who"),
    QT_TRANSLATE_NOOP("AuditPage", "What"),
    QT_TRANSLATE_NOOP("AuditPage", "Subject"),
    QT_TRANSLATE_NOOP("AuditPage", "Change"),
)
_FIELDS = ("seq", "at", "till", "actor", "action", "subject", "change")


class AuditTableModel(PagedTableModel[AuditFilter]):
    """Entries newest first, a page at a time as the view scrolls."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        headers = tuple(translate("AuditPage", h) for h in HEADERS)
        super().__init__(conn, AuditFilter(), headers, self._page, self._cell)
        self.tz = load_settings(conn).tz

    def _page(self, where: AuditFilter, after: sqlite3.Row | None) -> list[sqlite3.Row]:
        return audit.entries(self.conn, where, before=after["seq"] if after else None)

    def _cell(self, row: sqlite3.Row, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        field = _FIELDS[column]
        if field == "change":
            text = describe_change(row["before"], row["after"])
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = translate("AuditPage", "before: {before}\nafter: {after}")
                return tip.format(before=row["before"] or "-", after=row["after"] or "-")
            return text if len(text) <= 120 else text[:119] + "…"
        value = row[field]
        if value is None:
            return ""
        if field == "at":
            return clock.parse_stamp(value).astimezone(self.tz).strftime("%Y-%m-%d %H:%M:%S")
        return str(value)


def describe_change(before: str | None, after: str | None) -> str:
    """What changed, in words: "status: active → suspended; end_date: - → 2026-06-01"."""
    old = _value(before)
    new = _value(after)
    if isinstance(old, dict) and isinstance(new, dict):
        keys = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
        return "; ".join(f"{k}: {_show(old.get(k))} → {_show(new.get(k))}" for k in keys)
    if isinstance(new, dict):
        return ", ".join(f"{k}: {_show(v)}" for k, v in new.items())
    return "" if new is None else _show(new)


def _value(stored: str | None) -> object:
    return None if stored is None else json.loads(stored).get("v")


def _show(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)[:60]
    return str(value)


class AuditPage(QWidget):
    """Filter by what (e.g. "staff." or "override") and who; verify; export."""

    def __init__(self, conn: sqlite3.Connection, ops: Operations) -> None:
        super().__init__()
        self.conn = conn
        self.ops = ops
        self.action = QLineEdit()
        self.action.setAccessibleName(translate("AuditPage", "Filter by what was done"))
        self.action.setPlaceholderText(
            translate("AuditPage", "What: staff., badge., config., admin., override…")
        )
        self.actor = QLineEdit()
        self.actor.setAccessibleName(translate("AuditPage", "Filter by who did it"))
        self.actor.setPlaceholderText(translate("AuditPage", "Who: employee number or admin"))
        for field in (self.action, self.actor):
            field.returnPressed.connect(self.apply_filter)
        self.model = AuditTableModel(conn)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("AuditPage", "Audit log"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(self._column_widths()):
            self.table.setColumnWidth(column, width)
        self.result = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.action, 2)
        filters.addWidget(self.actor, 1)
        search = QPushButton(translate("AuditPage", "&Filter"))
        search.clicked.connect(self.apply_filter)
        filters.addWidget(search)
        buttons = QHBoxLayout()
        for text, action in (
            (translate("AuditPage", "&Verify the chains"), self.verify_chains),
            (translate("AuditPage", "E&xport CSV…"), self.ask_export),
        ):
            button = QPushButton(text)
            button.clicked.connect(action)
            buttons.addWidget(button)
        self.result.setWordWrap(True)
        buttons.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.apply_filter()

    def _column_widths(self) -> list[int]:
        """Each column but the change as wide as its heading and its widest usual value (a
        whole moment, "database.permissions", a badge), in the language in use."""
        samples = ("99999", "2026-12-31 23:59:59", "T1", "E000000", "database.permissions")
        cells = self.table.fontMetrics()
        bold = QFont(self.table.horizontalHeader().font())
        bold.setBold(True)
        headings = QFontMetrics(bold)
        return [
            max(
                headings.horizontalAdvance(
                    str(self.model.headerData(c, Qt.Orientation.Horizontal))
                ),
                cells.horizontalAdvance(sample),
            )
            + 12  # the cell's and the header's margins
            for c, sample in enumerate((*samples, "2000000000000"))
        ]

    def current_filter(self) -> AuditFilter:
        return AuditFilter(self.action.text(), self.actor.text())

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def verify_chains(self) -> None:
        """Check the sales journal's and the audit log's hash chains from the first record."""
        from pos_desktop.core.ledger.verify import verify_all

        chains = self.ops.run(lambda: verify_all(self.conn))
        if chains is None:
            return
        broken = chains.broken
        if broken is None:
            text = translate(
                "AuditPage",
                "Both chains hold: {sales} sales records and {entries} audit entries.",
            ).format(sales=number(chains.sales), entries=number(chains.entries))
        else:
            text = translate(
                "AuditPage", "Broken: {problem}. Restore a backup and report this."
            ).format(problem=say(broken.describe()))
        self.result.setText(text)
        self.ops.say(text, error=broken is not None)

    def ask_export(self) -> None:
        chosen = ask_save_file(
            self, translate("AuditPage", "Export the audit log"), "audit.csv", "CSV (*.csv)"
        )
        if chosen is not None:
            self.export_audit(chosen)

    def export_audit(self, path: Path) -> None:
        one = translate("AuditPage", "Exported {count} audit entry to {file}.")
        many = translate("AuditPage", "Exported {count} audit entries to {file}.")
        self.ops.run(
            lambda: audit.export_csv(self.conn, self.current_filter(), path),
            done=lambda count: (one if count == 1 else many).format(
                count=number(count), file=path.name
            ),
        )

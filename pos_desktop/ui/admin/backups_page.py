"""The backups page: the backups kept beside the database, a backup on request, and restoring
one (asked first, audited, the database as it is now kept in the backups folder)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core import backups
from pos_desktop.core.rules import load_settings
from pos_desktop.i18n import moment_text, translate
from pos_desktop.ui.common.operations import Operations
from pos_desktop.ui.common.recovery import describe, kind

HEADERS = (
    QT_TRANSLATE_NOOP("BackupsPage", "Taken"),
    QT_TRANSLATE_NOOP("BackupsPage", "Kind"),
    QT_TRANSLATE_NOOP("BackupsPage", "File"),
    QT_TRANSLATE_NOOP("BackupsPage", "Size"),
)


class BackupsPage(QWidget):
    """Lists the backups, newest first; Restore puts the chosen one into the live database,
    which every till then uses from its next scan."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        database: Path,
        actor: str,
        ops: Operations,
    ) -> None:
        super().__init__()
        self.conn = conn
        self.database = database
        self.actor = actor
        self.ops = ops
        self.found: list[backups.Backup] = []
        about = QLabel(
            translate(
                "BackupsPage",
                "A backup is taken each day a till or this window is open, into "
                "<b>{folder}</b>; the newest {count} daily ones are kept. Restoring replaces "
                "the database for every till; the database as it is now is kept in the same "
                "folder first.",
            ).format(folder=backups.folder(database), count=backups.KEEP_DAILY)
        )
        about.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([translate("BackupsPage", h) for h in HEADERS])
        self.table.setAccessibleName(translate("BackupsPage", "Backups"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        backup_now = QPushButton(translate("BackupsPage", "Back up &now"))
        backup_now.clicked.connect(self.back_up_now)
        restore = QPushButton(translate("BackupsPage", "Res&tore the chosen backup…"))
        restore.clicked.connect(self.restore_chosen)
        buttons = QHBoxLayout()
        buttons.addWidget(backup_now)
        buttons.addWidget(restore)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.load()

    def load(self) -> None:
        """The backups, newest first, each taken at the store's local time (as the till's
        header and the reports show time), not the computer's or UTC."""
        tz = load_settings(self.conn).tz
        self.found = backups.listing(self.database)
        self.table.setRowCount(len(self.found))
        for row, found in enumerate(self.found):
            cells = (
                moment_text(found.taken.astimezone(tz)),
                kind(found),
                found.path.name,
                translate("BackupsPage", "{size} MB").format(
                    size=QLocale().toString(found.size / 1_000_000, "f", 1)
                ),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def chosen(self) -> backups.Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None

    def _in_chain(self) -> bool:
        found = self.conn.execute("SELECT 1 FROM sync_state WHERE id = 1").fetchone()
        return found is not None

    def back_up_now(self) -> None:
        done = translate("BackupsPage", "Backed up to {file}.")
        self.ops.run(
            lambda: backups.now(self.conn, self.database),
            refresh=self.load,
            done=lambda made: done.format(file=made.name),
            failure=translate("BackupsPage", "No backup was taken: {problem}."),
        )

    def restore_chosen(self) -> None:
        found = self.chosen()
        if found is None:
            self.ops.say(
                translate("BackupsPage", "Choose a backup in the table first."), error=True
            )
            return
        question = translate(
            "BackupsPage",
            "Restore the backup {backup}?\n\nEvery till uses it from its next scan. Sales and "
            "changes made since it was taken leave the database; the database as it is now is "
            "kept in the backups folder.",
        )
        if self._in_chain():
            question = translate(
                "BackupsPage",
                "Restore the backup {backup}?\n\nThis till belongs to a chain: first it sends "
                "the server the sales it has not sent yet, then the backup replaces its "
                "database and it takes back from the server every sale made since the backup, "
                "so no sale is lost and its next sale continues its records. Changes other "
                "than sales made since the backup leave the database; the database as it is "
                "now is kept in the backups folder. The server must be reachable, or nothing "
                "is restored.",
            )
        if not self.ops.confirm(question.format(backup=describe(found))):
            return
        done = translate(
            "BackupsPage", "Restored {file}; the database before it is kept as {kept}."
        )
        self.ops.run(
            lambda: backups.restore_live(
                self.conn,
                self.database,
                found.path,
                actor=self.actor,
                till=load_settings(self.conn).till,
            ),
            refresh=self.load,
            done=lambda kept: done.format(file=found.path.name, kept=kept.name),
            failure=translate("BackupsPage", "Nothing was restored: {problem}."),
        )

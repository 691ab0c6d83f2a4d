"""Keeping the database safe from the windows: the check for damage and the day's backup run
away from the window's thread (`Upkeep`); a damaged database is said plainly and the newest
backup offered (`offer_backup`)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from pos_desktop.core import backups
from pos_desktop.core.errors import PosError
from pos_desktop.core.storage import BUSY_TIMEOUT_MS, integrity_problem

UPKEEP_EVERY_MS = 60 * 60 * 1000  # a window left open overnight takes the new day's backup


class Upkeep(QObject):
    """Checks the database (quick_check) and takes the day's backup in a thread of its own,
    with its own connection. The thread only leaves its result behind; the window's thread
    picks it up and sends the signals (Qt signals are not sent from the worker thread)."""

    damaged = Signal(str)  # what is wrong, in words
    failed = Signal(str)  # the backup could not be taken (a full disk, say)
    finished = Signal()

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.start(check=False))
        self._poll = QTimer(self)
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._collect)
        self._thread: threading.Thread | None = None
        self._outcome: tuple[str, str] = ("", "")

    def start(self, *, check: bool) -> None:
        if self._thread is not None and self._thread.is_alive():
            return  # the last round is still running
        self._outcome = ("", "")
        self._thread = threading.Thread(target=self._run, args=(check,), daemon=True)
        self._thread.start()
        self._poll.start()
        if not self.timer.isActive():
            self.timer.start(UPKEEP_EVERY_MS)

    def _collect(self) -> None:
        if self._thread is None or self._thread.is_alive():
            return
        self._poll.stop()
        self._thread = None
        kind, text = self._outcome
        if kind == "damaged":
            self.damaged.emit(text)
        elif kind == "failed":
            self.failed.emit(text)
        self.finished.emit()

    def _run(self, check: bool) -> None:
        try:
            conn = sqlite3.connect(str(self.database), timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as exc:
            self._outcome = ("failed", f"the day's backup could not be taken: {exc}")
            return
        try:
            problem = integrity_problem(conn) if check else None
            if problem is not None:
                name = self.database.name
                self._outcome = ("damaged", f"the database {name} is damaged ({problem})")
            else:
                backups.daily(conn, self.database)
        except PosError as exc:
            self._outcome = ("failed", f"the day's backup could not be taken: {exc}")
        except sqlite3.Error as exc:
            self._outcome = ("failed", f"the day's backup could not be taken: {exc}")
        finally:
            conn.close()


def offer_backup(parent: QWidget | None, database: Path, problem: str) -> backups.Backup | None:
    """Say the database is damaged and offer its newest backup; the backup to restore, or None
    when there is none or the user says No."""
    found = backups.newest(database)
    text = problem[:1].upper() + problem[1:] + "."
    if found is None:
        QMessageBox.critical(
            parent,
            "pos-desktop",
            f"{text}\n\nThere is no backup in {backups.folder(database)}. "
            "Ask your IT contact to recover the file.",
        )
        return None
    answer = QMessageBox.question(
        parent,
        "pos-desktop — damaged database",
        f"{text}\n\nThe newest backup is {found.describe()}. Restore it?\n\n"
        "Sales recorded after it was taken are not in it; the damaged file is kept in "
        f"{backups.folder(database)} so that they can be recovered.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return found if answer == QMessageBox.StandardButton.Yes else None


def restore_damaged(
    parent: QWidget | None, database: Path, found: backups.Backup, actor: str
) -> bool:
    """Put the backup in place of the damaged file; True when done (and said so)."""
    try:
        kept = backups.replace_damaged(database, found.path, actor=actor)
    except PosError as exc:
        QMessageBox.critical(parent, "pos-desktop", f"The backup could not be restored: {exc}.")
        return False
    where = f" The damaged file is kept as {kept.name}." if kept else ""
    QMessageBox.information(parent, "pos-desktop", f"Restored the backup {found.path.name}.{where}")
    return True

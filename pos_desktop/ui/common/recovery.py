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
from pos_desktop.core.db import storage
from pos_desktop.core.db.storage import BUSY_TIMEOUT_MS, integrity_problem
from pos_desktop.core.errors import PosError
from pos_desktop.i18n import moment_text, say, translate
from pos_desktop.ui.common.questions import ask

UPKEEP_EVERY_MS = 60 * 60 * 1000  # a window left open overnight takes the new day's backup


def kind(found: backups.Backup) -> str:
    """The kind of a backup (daily, manual, before restore) in the language in use."""
    return say(backups.KINDS[found.kind].text()) if found.kind in backups.KINDS else found.kind


def describe(found: backups.Backup) -> str:
    """'pos.sqlite.2026-06-15.bak (daily, 15.06.2026 10:00)' in the language in use."""
    return translate("Recovery", "{file} ({kind}, {taken})").format(
        file=found.path.name, kind=kind(found), taken=moment_text(found.taken.astimezone())
    )


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
            self._outcome = ("failed", _no_backup(exc))
            return
        if check:  # the first round, as the window opens
            backups.clean_leftovers(self.database)
        try:
            problem = integrity_problem(conn) if check else None
            if problem is not None:
                damaged = storage.DAMAGED.format(path=self.database.name, problem=problem)
                self._outcome = ("damaged", say(damaged))
            else:
                backups.daily(conn, self.database)
        except (PosError, sqlite3.Error) as exc:
            self._outcome = ("failed", _no_backup(exc))
        finally:
            conn.close()


def _no_backup(exc: Exception) -> str:
    text = translate("Recovery", "the day's backup could not be taken: {problem}")
    return text.format(problem=say(exc))


def offer_backup(parent: QWidget | None, database: Path, problem: str) -> backups.Backup | None:
    """Say the database is damaged and offer its newest backup; the backup to restore, or None
    when there is none or the user says No."""
    found = backups.newest(database)
    text = problem[:1].upper() + problem[1:] + "."
    if found is None:
        QMessageBox.critical(
            parent,
            "pos-desktop",
            translate(
                "Recovery",
                "{problem}\n\nThere is no backup in {folder}. Ask your IT contact to recover "
                "the file.",
            ).format(problem=text, folder=backups.folder(database)),
        )
        return None
    yes = ask(
        parent,
        translate("Recovery", "pos-desktop — damaged database"),
        translate(
            "Recovery",
            "{problem}\n\nThe newest backup is {backup}. Restore it?\n\nSales recorded after "
            "it was taken are not in it; the damaged file is kept in {folder} so that they can "
            "be recovered.",
        ).format(problem=text, backup=describe(found), folder=backups.folder(database)),
        yes_default=True,
    )
    return found if yes else None


def restore_damaged(
    parent: QWidget | None, database: Path, found: backups.Backup, actor: str
) -> bool:
    """Put the backup in place of the damaged file; True when done (and said so)."""
    try:
        kept = backups.replace_damaged(database, found.path, actor=actor)
    except PosError as exc:
        text = translate("Recovery", "The backup could not be restored: {problem}.")
        QMessageBox.critical(parent, "pos-desktop", text.format(problem=say(exc)))
        return False
    if kept:
        done = translate(
            "Recovery", "Restored the backup {file}. The damaged file is kept as {kept}."
        ).format(file=found.path.name, kept=kept.name)
    else:
        done = translate("Recovery", "Restored the backup {file}.").format(file=found.path.name)
    QMessageBox.information(parent, "pos-desktop", done)
    return True

"""An import run off the GUI thread, on its own database connection, that can be cancelled."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QThread, Signal

from pos_desktop.core.db.storage import open_database, storage_errors
from pos_desktop.core.errors import PosError
from pos_desktop.core.importing.imports import Progress
from pos_desktop.core.rules import load_rules
from pos_desktop.i18n import translate

# What the progress dialog says in each stage (shown through translate("ImportJob", ...)).
STAGES = {
    "reading": QT_TRANSLATE_NOOP("ImportJob", "Reading and checking each row…"),
    "checking": QT_TRANSLATE_NOOP("ImportJob", "Checking the file against the registry…"),
    "writing": QT_TRANSLATE_NOOP("ImportJob", "Writing the registry…"),
}


class _Relay(Progress):
    def __init__(self, job: ImportJob) -> None:
        self.job = job

    def update(self, stage: str, done: int, total: int) -> None:
        self.job.progressed.emit(stage, done, total)

    def cancelled(self) -> bool:
        return self.job.stop.is_set()


class ImportJob(QThread):
    """Runs importer(conn, rules, path, **kwargs) once; emits done(report) or failed(message)."""

    progressed = Signal(str, int, int)
    done = Signal(object)
    failed = Signal(object)  # the PosError (ImportRefused carries its report)

    def __init__(
        self,
        database: str,
        importer: Callable[..., object],
        path: Path,
        parent: QObject | None = None,
        **kwargs: object,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.importer = importer
        self.path = path
        self.kwargs = kwargs
        self.stop = threading.Event()

    def cancel(self) -> None:
        self.stop.set()

    def run(self) -> None:
        try:
            with storage_errors(self.database):
                conn = open_database(self.database)
                try:
                    report = self.importer(
                        conn, load_rules(conn), self.path, progress=_Relay(self), **self.kwargs
                    )
                finally:
                    conn.close()
        except PosError as exc:
            self.failed.emit(exc)
            return
        except Exception as exc:  # a defect must not leave the window waiting forever
            text = translate(
                "ImportJob",
                "the import stopped on an unexpected error ({error}); nothing was imported",
            )
            self.failed.emit(PosError(text.format(error=f"{type(exc).__name__}: {exc}")))

            return
        self.done.emit(report)

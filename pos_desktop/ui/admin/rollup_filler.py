"""The report figures brought up to date off the GUI thread: the first report on a store with
a year of sales sums a million journal records once, which must not freeze the window."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal

from pos_desktop.core.db.storage import open_database
from pos_desktop.core.reports import rollup
from pos_desktop.core.rules import load_rules

LAG = rollup.CHUNK  # records behind worth filling in the background rather than at once


class RollupFiller(QThread):
    """Sums the journal into the rollup a chunk at a time on its own connection."""

    progressed = Signal(int, int)  # records summed so far, records to sum

    def __init__(self, database: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.ok = False

    def run(self) -> None:
        conn = open_database(self.database)
        try:
            rules = load_rules(conn)
            lag, _ = rollup.behind(conn, rules)
            while True:
                left, _ = rollup.behind(conn, rules)
                self.progressed.emit(lag - left, lag)
                if left == 0 or self.isInterruptionRequested():
                    self.ok = left == 0
                    return
                if not rollup.refresh(conn, rules, most=rollup.CHUNK):
                    return  # read-only or busy: the report reads the journal instead
        finally:
            conn.close()

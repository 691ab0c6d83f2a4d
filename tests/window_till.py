"""The real till window in a process of its own, driven line by line from stdin, for the tests
that need a till exactly as a cashier runs it: `python -m tests.window_till DB`.

It starts the till the way `pos-desktop cashier` does (`pos_desktop.ui.cashier.app.run`, with its
background upkeep) and, once the till is open, answers these commands, one line each:

- `scan CODE`: types CODE into the scan field and presses Enter; answers `scanned`.
- `pay`: presses F12; answers `sold SALE_ID` once the sale is recorded (a chain till waits for
  its server first), or `error TEXT` when nothing was sold.
- `save PATH`: presses Ctrl+S, waits for the Save-receipt dialog, goes to PATH's folder (the
  dialog lists it, its file-name field offers that folder's files), then types PATH and presses
  Enter; answers `saved FOLDER` once the dialog has closed.
- `browse FOLDER`: presses Ctrl+S, types FOLDER into the file name field (the dialog then lists
  that folder and offers its files), waits a moment and cancels; answers `cancelled`.
- `locks`: answers `locks N`, the number of POSIX locks this process holds (/proc/locks).
- `quit`: closes the window; the process exits.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal


def held_locks(pid: int) -> list[str]:
    """The lines of /proc/locks that belong to process `pid` (Linux)."""
    with open("/proc/locks", encoding="ascii") as handle:
        return [line.strip() for line in handle if f" {pid} " in line]


def database_locks(pid: int, database: Path) -> set[str]:
    """Which of the database's files (`db`, `shm`) process `pid` holds POSIX locks on."""
    inodes = {}
    for kind, path in (("db", database), ("shm", Path(f"{database}-shm"))):
        if path.exists():
            inodes[str(path.stat().st_ino)] = kind
    found = set()
    for line in held_locks(pid):
        fields = line.split()
        if fields[1] == "POSIX" and fields[5].rsplit(":", 1)[-1] in inodes:
            found.add(inodes[fields[5].rsplit(":", 1)[-1]])
    return found


def answer(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def press(window: object, key: str) -> None:
    """What pressing `key` in the till does: the window's action for that shortcut (the
    offscreen platform has no active window after a dialog, so a key event would go nowhere)."""
    from PySide6.QtGui import QAction, QKeySequence

    for action in window.findChildren(QAction):  # type: ignore[attr-defined]
        if action.shortcut() == QKeySequence(key):
            action.trigger()
            return
    raise LookupError(key)


class Commands(QObject):
    """Reads stdin on a thread of its own; each line runs on the window's thread."""

    line = Signal(str)

    def __init__(self, window: object) -> None:
        super().__init__()
        self.window = window
        self.line.connect(self.run, Qt.ConnectionType.QueuedConnection)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for text in sys.stdin:
            self.line.emit(text.rstrip("\n"))
        self.line.emit("quit")

    def run(self, text: str) -> None:
        from PySide6.QtTest import QTest

        window = self.window
        verb, _, rest = text.partition(" ")
        if verb == "scan":
            window.scan.setText(rest)  # type: ignore[attr-defined]
            QTest.keyClick(window.scan, Qt.Key.Key_Return)  # type: ignore[attr-defined]
            answer("scanned")
        elif verb == "pay":
            before = window.last_receipt  # type: ignore[attr-defined]
            press(window, "F12")
            self._paid(before)
        elif verb in ("save", "browse"):
            self._dialog(rest, save=verb == "save")
        elif verb == "locks":
            answer(f"locks {len(held_locks(os.getpid()))}")
        elif verb == "quit":
            window.close()  # type: ignore[attr-defined]
            from PySide6.QtWidgets import QApplication

            QApplication.quit()

    def _paid(self, before: object) -> None:
        """Answers once F12's sale is recorded (a chain till first waits for its server)."""
        window = self.window
        waiting = getattr(window, "sale_wait", None)
        if waiting is not None and waiting.busy:
            QTimer.singleShot(20, lambda: self._paid(before))
            return
        after = window.last_receipt  # type: ignore[attr-defined]
        if after is None or after is before:
            answer("error " + window.status.text())  # type: ignore[attr-defined]
        else:
            answer(f"sold {after.sale_id}")

    def _dialog(self, path: str, *, save: bool) -> None:
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

        def fill() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QFileDialog):
                QTimer.singleShot(50, fill)
                return
            field = dialog.findChild(QLineEdit, "fileNameEdit")
            field.setFocus()
            folder = str(Path(path).parent) if save else path
            dialog.setDirectory(folder)  # as a cashier going there would
            field.clear()
            QTest.keyClicks(field, folder.rstrip("/") + "/")  # the completer lists it too
            QTimer.singleShot(1500, lambda: finish(dialog, field))

        def finish(dialog: QFileDialog, field: QLineEdit) -> None:
            if save:
                field.setText(path)
                QTest.keyClick(field, Qt.Key.Key_Return)
            else:
                dialog.reject()

        QTimer.singleShot(50, fill)
        press(self.window, "Ctrl+S")
        if save:
            answer(f"saved {Path(path).parent}")
        else:
            answer("cancelled")


def main(database: str) -> int:
    from pos_desktop.ui.cashier import app

    keep_safe = app._keep_safe

    def start(window: object, path: Path) -> None:
        keep_safe(window, path)  # type: ignore[arg-type]
        commands = Commands(window)
        window.commands = commands  # type: ignore[attr-defined]
        window.till_open.connect(lambda: answer("open"))  # type: ignore[attr-defined]

    app._keep_safe = start  # type: ignore[assignment]
    return app.run(Path(database))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

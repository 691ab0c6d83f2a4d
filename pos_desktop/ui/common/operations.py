"""One way for a window's action to run: the core does the work; a problem a person can
cause (a locked database included) becomes one line in their words on the status line and
changes nothing; a success shows what is stored now and says what was done. Dialogs open
and questions are asked through the same object, so a test finds the dialog that is open and
answers the question instead of a person."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QWidget

from pos_desktop.core.db.storage import storage_errors
from pos_desktop.core.errors import PosError
from pos_desktop.i18n import say, sentence
from pos_desktop.ui.common.style import level_mark, show_level

T = TypeVar("T")


class StatusLine(QWidget):
    """The line under a window's pages: what the last action did, or why it did not, with
    its level's symbol and colour."""

    def __init__(self) -> None:
        super().__init__()
        self.mark = level_mark()
        self.line = QLabel()
        self.line.setWordWrap(True)
        self.level = "ok"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.line, 1)

    def say(self, text: str, *, level: str = "ok") -> None:
        self.level = level
        self.line.setText(text)
        show_level(self.mark, self.line, level)

    def forget_error(self) -> None:
        """Empty the line when it holds an error: once its page is left, it speaks of
        nothing on screen."""
        if self.level == "error":
            self.say("")

    def text(self) -> str:
        return self.line.text()


class Operations:
    """How the actions of one window and its pages run, report and refresh."""

    def __init__(
        self,
        parent: QWidget,
        status: StatusLine,
        *,
        database: str,
        title: str,
        on_say: Callable[[], None] | None = None,
    ) -> None:
        self.parent = parent
        self.status = status
        self.database = database  # the file a "database is busy" message names
        self.title = title
        self.on_say = on_say  # what else changes after any action (a count of changes)
        self.dialog: QDialog | None = None
        self.confirm: Callable[[str], bool] = self.ask

    def say(self, text: str, *, error: bool = False) -> None:
        if self.on_say is not None:
            self.on_say()
        self.status.say(text, level="error" if error else "ok")

    def run(
        self,
        action: Callable[[], T],
        *,
        done: Callable[[T], str] | None = None,
        refresh: Callable[[], object] | None = None,
        failure: str | None = None,
    ) -> T | None:
        """The action's result; None when it was refused, said on the status line (inside
        `failure`'s {problem} when given). After a success `refresh` shows what is stored now
        and `done` says what was done."""
        try:
            with storage_errors(self.database):
                result = action()
        except PosError as exc:
            said = sentence(exc) if failure is None else failure.format(problem=say(exc))
            self.say(said, error=True)
            return None
        if refresh is not None:
            refresh()
        if done is not None:
            self.say(done(result))
        return result

    def open(self, dialog: QDialog) -> None:
        """Show a dialog without blocking; it is `dialog` until it closes."""
        self.dialog = dialog
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self) -> None:
        self.dialog = None

    def ask(self, question: str) -> bool:
        """Yes or No, with No the default."""
        from pos_desktop.ui.common.questions import ask

        return ask(self.parent, self.title, question)

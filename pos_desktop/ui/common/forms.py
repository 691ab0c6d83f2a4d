"""A dialog form that is safe with a scanner and says what is wrong in the user's words."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.errors import PosError
from pos_desktop.i18n import say, translate
from pos_desktop.ui.common.style import error_style


class Form(QDialog):
    """A form with OK/Cancel and an error line; OK runs `accept_with` and stays open on error."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok.setText(translate("Forms", "OK"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        cancel.setText(translate("Forms", "Cancel"))
        self.error.setAccessibleName(translate("Forms", "Problem"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.accept_with: Callable[[], None] = lambda: None
        self.first: QWidget | None = None  # where the keyboard starts when the form opens
        # The field a failed `accept_with` found wrong: it gets the focus, its text selected.
        self.wrong: QWidget | None = None
        self._next: dict[QLineEdit, QLineEdit] = {}

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for field in self.findChildren(QLineEdit):  # an error goes once its field is edited
            field.textEdited.connect(self.clear_error, Qt.ConnectionType.UniqueConnection)
        if self.first is not None:
            self.first.setFocus()

    def clear_error(self) -> None:
        """The error line hidden (a stale error must not outlive the edit that answers it)."""
        self.error.clear()
        self.error.hide()

    @property
    def ok(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def show_error(self, exc: Exception) -> None:
        text = say(exc)
        self.error.setText(text[:1].upper() + text[1:] + ".")
        self.error.show()
        # A long message wraps onto more lines: the form grows to show them all.
        layout = self.layout()
        if layout is not None:
            layout.activate()
            needed = (
                layout.totalHeightForWidth(self.width())
                if layout.hasHeightForWidth()
                else layout.totalSizeHint().height()
            )
            if needed > self.height():
                self.resize(self.width(), needed)

    def _try_accept(self) -> None:
        self.wrong = None
        try:
            self.accept_with()
        except PosError as exc:
            self.show_error(exc)
            if self.wrong is not None:
                self.wrong.setFocus()
                if isinstance(self.wrong, QLineEdit):
                    self.wrong.selectAll()
            return
        self.accept()

    def chain(self, *fields: QLineEdit) -> None:
        """Enter in each field moves to the next and goes no further, so a scanner's Enter in
        an early field never submits the form; Enter in the last one presses OK, once."""
        self._next = dict(itertools.pairwise(fields))
        for field in self._next:
            field.installEventFilter(self)
        self.first = fields[0]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        following = self._next.get(watched) if isinstance(watched, QLineEdit) else None
        if (
            following is not None
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            following.setFocus()
            return True
        return super().eventFilter(watched, event)

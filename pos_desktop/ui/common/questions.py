"""A Yes/No question in the language in use: Qt has no Romanian texts of its own for its
standard buttons, so a Romanian cashier was asked in Romanian and answered "Yes" or "No"."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from pos_desktop.i18n import translate


def question_box(
    parent: QWidget | None, title: str, question: str, *, yes_default: bool = False
) -> QMessageBox:
    """The question with Yes and No buttons named in the app's language."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, question, yes | no, parent)
    for which, text in ((yes, translate("Questions", "&Yes")), (no, translate("Questions", "&No"))):
        button = box.button(which)
        assert button is not None
        button.setText(text)
    box.setDefaultButton(yes if yes_default else no)
    return box


def ask(parent: QWidget | None, title: str, question: str, *, yes_default: bool = False) -> bool:
    """True when the answer is Yes."""
    box = question_box(parent, title, question, yes_default=yes_default)
    return box.exec() == QMessageBox.StandardButton.Yes

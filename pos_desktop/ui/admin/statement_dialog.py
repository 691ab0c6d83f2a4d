"""An employee's statement (core/reports/statement.py): allowance used and left this period,
discount and taxable benefit this year, payroll charged, limit left and balance; shown in the
language in use (the store's) and saved as PDF."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core import clock
from pos_desktop.core.errors import PosError
from pos_desktop.core.reports.statement import statement
from pos_desktop.core.reports.table import Table
from pos_desktop.core.rules import load_rules
from pos_desktop.i18n import current, number, say, translate
from pos_desktop.ui.common.file_dialogs import ask_save_file


class StatementDialog(QDialog):
    """The statement of one employee as of now, for this year; Save PDF… writes it."""

    def __init__(self, conn: sqlite3.Connection, employee_no: str, parent: QWidget) -> None:
        super().__init__(parent)
        rules = load_rules(conn)
        moment = clock.now()
        year = moment.astimezone(rules.settings.tz).year
        table = statement(conn, rules, employee_no, year, moment)
        self.table: Table = table.read(say, number if current() != "en" else str)
        self.setWindowTitle(self.table.title)
        self.view = QTextBrowser()
        self.view.setAccessibleName(translate("StatementDialog", "Statement"))
        self.view.setHtml(self.table.html())
        self.view.setMinimumSize(520, 320)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        assert self.close_button is not None
        # Qt has no Romanian words of its own: named here, it read "Close" in Romanian.
        self.close_button.setText(translate("StatementDialog", "&Close"))
        save = QPushButton(translate("StatementDialog", "Save P&DF…"))
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(self.ask_pdf)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def ask_pdf(self) -> None:
        title = translate("StatementDialog", "Save the statement")
        chosen = ask_save_file(self, title, "statement.pdf", "PDF (*.pdf)")
        if chosen is None:
            return
        try:
            self.save_pdf(chosen)
        except PosError as exc:
            QMessageBox.warning(self, title, say(exc))

    def save_pdf(self, path: Path) -> None:
        from pos_desktop.printing.pdf import save_html_pdf

        save_html_pdf(self.table.html(), path)

"""The HR import wizard's third page: check the file (a dry run on its own thread), show what
it would change and the problems found, then import it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from pos_desktop.core.errors import PosError
from pos_desktop.core.importing.imports import (
    REPORT_COLUMNS,
    ImportRefused,
    ImportReport,
    write_problems,
)
from pos_desktop.core.importing.staff_import import too_many_ended
from pos_desktop.i18n import number, say, sentence, translate
from pos_desktop.ui.admin.import_tables import (
    PROBLEM_HEADINGS,
    ImportChoices,
    ProblemsModel,
    tr,
)
from pos_desktop.ui.common.file_dialogs import ask_save_file


def sentence_of(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


class CheckPage(QWizardPage):
    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self.wiz = choices
        self.setTitle(translate("ImportWizard", "4. Check the file"))
        self.setSubTitle(translate("ImportWizard", "Nothing is changed until you press Import."))
        self.sync = QCheckBox(
            translate(
                "ImportWizard",
                "The file is the &complete list: end staff missing from it, "
                "bring back returning staff",
            )
        )
        self.skip = QCheckBox(
            translate("ImportWizard", "Import the &valid rows and leave out the rows with problems")
        )
        self.confirm_end = QCheckBox()
        self.confirm_end.setAccessibleName(
            translate("ImportWizard", "Confirm ending the staff missing from the file")
        )
        self.confirm_end.hide()
        self.confirm_end.toggled.connect(self.completeChanged)
        again = QPushButton(translate("ImportWizard", "Check &again"))
        again.clicked.connect(self.check)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ProblemsModel()
        self.problems = QTableView()
        self.problems.setModel(self.model)
        self.problems.setAccessibleName(translate("ImportWizard", "Problems found"))
        self.problems.setWordWrap(False)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.verticalHeader().hide()
        self.save = QPushButton(translate("ImportWizard", "Save the report as &CSV…"))
        self.save.clicked.connect(self.save_report)
        self.note = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(again)
        buttons.addStretch(1)
        buttons.addWidget(self.note)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sync)
        layout.addWidget(self.skip)
        layout.addWidget(self.summary)
        layout.addWidget(self.confirm_end)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        self.skip.toggled.connect(self.completeChanged)
        self.sync.toggled.connect(self._stale)
        self.checked: ImportReport | None = None
        self.applied = False
        self.setCommitPage(True)  # once imported, there is no going back to import again

    def initializePage(self) -> None:
        self.applied = False
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("ImportWizard", "&Import"))
        self.check()

    def _stale(self) -> None:
        self.checked = None
        self.summary.setText(translate("ImportWizard", "The options changed: check again."))
        self.completeChanged.emit()

    def check(self) -> None:
        self.checked = None
        self.summary.setText(translate("ImportWizard", "Checking…"))
        self.model.show([])
        self.confirm_end.hide()
        self.confirm_end.setChecked(False)
        self.wiz.run_job(
            translate("ImportWizard", "Checking the file"),
            self._checked,
            self._failed,
            options=self.wiz.file_options,
            sync=self.sync.isChecked(),
            dry_run=True,
        )

    def _checked(self, report: ImportReport) -> None:
        self.checked = report
        self.model.show(report.problems)
        self.problems.resizeColumnsToContents()
        s = {key: number(value) for key, value in report.summary().items()}
        if self.sync.isChecked():
            what = translate(
                "ImportWizard",
                "{source}. Rows: {rows}. To add: {added}, to change: {changed} (coming back: "
                "{reactivated}), unchanged: {unchanged}, to end: {ended}.",
            )
        else:
            what = translate(
                "ImportWizard",
                "{source}. Rows: {rows}. To add: {added}, to change: {changed} (coming back: "
                "{reactivated}), unchanged: {unchanged}.",
            )
        what = what.format(source=say(report.source), **s)
        for note in report.notes():  # new departments, columns left out
            what += " " + sentence_of(say(note))
        if report.problems:
            problems = translate(
                "ImportWizard",
                "Rows with problems: {rejected} (below): fix them in the file and check "
                "again, or import the valid rows only.",
            )
            what += " " + problems.format(rejected=s["rejected"])
        else:
            what += " " + translate("ImportWizard", "No problems found.")
        self.summary.setText(what)
        warning = too_many_ended(report) if self.sync.isChecked() else None
        if warning:
            text = translate(
                "ImportWizard",
                "Yes, the file is the complete list: &end {ended} of {active} active people",
            )
            text = text.format(ended=s["ended"], active=number(report.active))
            self.confirm_end.setText(text)
            self.confirm_end.setAccessibleName(text.replace("&", ""))
            self.confirm_end.show()
        self.save.setEnabled(bool(report.problems))
        self.completeChanged.emit()

    def _failed(self, exc: PosError) -> None:
        self.summary.setText(sentence(exc))
        if isinstance(exc, ImportRefused):
            self.model.show(exc.report.problems)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        report = self.checked
        if report is None or (report.problems and not self.skip.isChecked()):
            return False
        return self.confirm_end.isHidden() or self.confirm_end.isChecked()

    def save_report(self) -> None:
        chosen = ask_save_file(
            self, translate("ImportWizard", "Save the report"), "import-report.csv"
        )
        if chosen is not None:
            self.write_report(chosen)

    def write_report(self, path: Path) -> None:
        try:
            headings = [tr(PROBLEM_HEADINGS[key]) for key in REPORT_COLUMNS]
            count = write_problems(self.model.problems, path, words=say, headings=headings)
        except PosError as exc:
            self.note.setText(sentence(exc))
            return
        text = (
            translate("ImportWizard", "Wrote {count} problem to {file}.")
            if count == 1
            else translate("ImportWizard", "Wrote {count} problems to {file}.")
        )
        self.note.setText(text.format(count=number(count), file=path.name))

    def validatePage(self) -> bool:
        if self.applied:
            return True
        self.wiz.run_job(
            translate("ImportWizard", "Importing"),
            self._applied,
            self._failed,
            options=self.wiz.file_options,
            sync=self.sync.isChecked(),
            skip_invalid=self.skip.isChecked(),
            allow_mass_end=self.confirm_end.isChecked(),
            actor=self.wiz.actor,
        )
        return False

    def _applied(self, report: ImportReport) -> None:
        self.wiz.report = report
        self.applied = True
        self.wiz.finish()

"""The progress of an import job on its file: each stage in words, how far it is, and Cancel,
which asks the job to stop and says so until it has."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from pos_desktop.i18n import translate
from pos_desktop.ui.admin.import_worker import STAGES, ImportJob


def progress_dialog(job: ImportJob, title: str, parent: QWidget) -> QProgressDialog:
    """A window-modal progress dialog that follows `job` (connected before it starts)."""

    def stage_text(stage: str) -> str:
        return translate("ImportJob", STAGES.get(stage, stage))

    dialog = QProgressDialog(
        stage_text("reading"), translate("ImportWizard", "Cancel"), 0, 0, parent
    )
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(420)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(job.cancel)
    dialog.canceled.connect(lambda: dialog.setLabelText(translate("ImportWizard", "Cancelling…")))

    def progressed(stage: str, done: int, total: int) -> None:
        if job.stop.is_set():
            return
        dialog.setLabelText(stage_text(stage))
        scale = max(total // 1000, 1)  # bytes of a big file overflow an int progress bar
        dialog.setMaximum(total // scale if total else 0)
        dialog.setValue(min(done // scale, dialog.maximum()) if total else 0)

    job.progressed.connect(progressed)
    return dialog

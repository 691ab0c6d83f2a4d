"""HTML to PDF through Qt's printing: reports, the daily close and receipts from the command
line as from the windows. The command line needs no screen for it: without a running Qt
application one is started on the offscreen platform."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from pos_desktop.core.errors import InputError
from pos_desktop.i18n import translate


def ensure_application() -> None:
    """Qt's printing needs an application object; a command-line run has none yet."""
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication(["pos-desktop"])


def pdf_printer(path: Path, page: QPageSize, margins_mm: float = 12) -> QPrinter:
    """A printer writing one PDF file; refuses a folder that does not exist."""
    if not path.parent.exists():
        text = translate("Pdf", "the folder {folder} does not exist")
        raise InputError(text.format(folder=path.parent))
    if path.is_dir():
        text = translate("Pdf", "{path} is a folder; give the PDF file's name")
        raise InputError(text.format(path=path))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(
        QPageLayout(
            page,
            QPageLayout.Orientation.Portrait,
            QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def save_html_pdf(html: str, path: Path, *, landscape: bool = False) -> None:
    """An A4 PDF of the HTML (a report or the daily close)."""
    ensure_application()
    printer = pdf_printer(path, QPageSize(QPageSize.PageSizeId.A4))
    if landscape:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    document = QTextDocument()
    document.setDefaultStyleSheet("body { font-size: 9pt; } h2 { font-size: 13pt; }")
    document.setHtml(html)
    document.print_(printer)
    if not path.exists():
        text = translate("Pdf", "cannot write {path}; check the folder's permissions")
        raise InputError(text.format(path=path))

"""HTML to PDF through Qt's printing: reports, the daily close and receipts from the command
line as from the windows. The command line needs no screen for it: without a running Qt
application one is started on the offscreen platform."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from pos_desktop.core.files import is_whole_pdf, write_whole


def ensure_application() -> None:
    """Qt's printing needs an application object; a command-line run has none yet."""
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication(["pos-desktop"])


def pdf_printer(path: Path, page: QPageSize, margins_mm: float = 12) -> QPrinter:
    """A printer writing one PDF file at `path` (write_pdf gives it a temporary one)."""
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


def write_pdf(path: Path, write: Callable[[Path], object]) -> None:
    """A PDF written whole or not at all: `write` prints it to the path it is given, which is
    checked (a PDF's header and trailer) before it takes the place of `path`. Qt's printing
    reports no write error, so a full disk or a cut-off file is found by the check."""
    write_whole(path, write, check=is_whole_pdf)


def save_html_pdf(html: str, path: Path, *, landscape: bool = False) -> None:
    """An A4 PDF of the HTML (a report or the daily close)."""
    ensure_application()

    def write(target: Path) -> None:
        printer = pdf_printer(target, QPageSize(QPageSize.PageSizeId.A4))
        if landscape:
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        document = QTextDocument()
        document.setDefaultStyleSheet("body { font-size: 9pt; } h2 { font-size: 13pt; }")
        document.setHtml(html)
        document.print_(printer)

    write_pdf(path, write)

"""HTML to PDF through Qt's printing: reports (with their chart, when one is given), the daily
close and receipts from the command line as from the windows. The command line needs no
screen for it: without a running Qt application one is started on the offscreen platform."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import (
    QFontDatabase,
    QImage,
    QPageLayout,
    QPageSize,
    QTextDocument,
    QTextOption,
)
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


# The margin Qt's printing puts around a document's text, inside the printer's (2 cm).
_TEXT_MARGIN_PX = int(2 / 2.54 * 96)
_PICTURE = "pos-desktop:picture"


def _a4(target: Path, landscape: bool) -> QPrinter:
    # No printer margin: Qt's printing keeps its own 2 cm around the text, which is enough.
    printer = pdf_printer(target, QPageSize(QPageSize.PageSizeId.A4), margins_mm=0)
    if landscape:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return printer


def text_width(*, landscape: bool = False) -> int:
    """How wide the text of save_html_pdf's page is, in the HTML's pixels (96 to the inch):
    a picture this wide fills it."""
    ensure_application()
    page = _a4(Path("unused.pdf"), landscape).pageLayout().paintRect(QPageLayout.Unit.Point)
    return int(page.width() * 96 / 72) - 2 * _TEXT_MARGIN_PX - 8


_STYLE = "body { font-size: 9pt; } h2 { font-size: 13pt; }"


def save_html_pdf(
    html: str, path: Path, *, landscape: bool = False, picture: QImage | None = None
) -> None:
    """An A4 PDF of the HTML (a report or the daily close), with `picture` (a report's chart)
    under it at its size in the HTML's pixels (its device pixel ratio says how many of its
    own make one), on the same page when it fits there. A cell wraps between words only,
    never inside an amount or a date ('2026-12-0 / 7')."""
    ensure_application()

    def write(target: Path) -> None:
        printer = _a4(target, landscape)
        document = QTextDocument()
        # The platform's font, not the window's larger one: a PDF from the admin window is
        # laid out as the command line's (its cells were cut where the CLI's were whole).
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(9)
        document.setDefaultFont(font)
        document.setDefaultStyleSheet(_STYLE)
        option = document.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        document.setDefaultTextOption(option)
        body = html
        if picture is not None and not picture.isNull():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(_PICTURE), picture)
            size = picture.deviceIndependentSize()
            body += (
                f"<p><img src='{_PICTURE}' width={int(size.width())} "
                f"height={int(size.height())}></p>"
            )
        document.setHtml(body)
        document.print_(printer)

    write_pdf(path, write)

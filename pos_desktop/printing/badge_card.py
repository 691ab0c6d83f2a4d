"""A badge card to reprint: name, company, photo, and the badge as an EAN-13 barcode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from pos_desktop.core.barcode import ean13_modules

CARD_MM = QSizeF(85.6, 54.0)  # ID-1, the size of a bank card


def paint_card(
    painter: QPainter, area: QRectF, name: str, company: str, badge: str, photo: bytes | None
) -> None:
    """Draw the card into `area` (any device: a PDF page, a printer, an image)."""
    unit = area.width() / 100
    painter.fillRect(area, QColor("white"))
    text_left = area.left() + 4 * unit
    if photo:
        image = QImage.fromData(photo)
        if not image.isNull():
            box = QRectF(area.left() + 4 * unit, area.top() + 4 * unit, 22 * unit, 28 * unit)
            painter.drawImage(box, image)
            text_left = box.right() + 4 * unit
    font = QFont()
    font.setPixelSize(max(1, int(7 * unit)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(
        QRectF(text_left, area.top() + 6 * unit, area.right() - text_left, 9 * unit),
        Qt.AlignmentFlag.AlignLeft,
        name,
    )
    font.setBold(False)
    font.setPixelSize(max(1, int(5 * unit)))
    painter.setFont(font)
    painter.drawText(
        QRectF(text_left, area.top() + 16 * unit, area.right() - text_left, 7 * unit),
        Qt.AlignmentFlag.AlignLeft,
        company,
    )
    modules = ean13_modules(badge)
    bar = 0.8 * unit
    left = area.left() + (area.width() - bar * len(modules)) / 2
    top = area.top() + 36 * unit
    for index, module in enumerate(modules):
        if module == "1":
            painter.fillRect(QRectF(left + index * bar, top, bar, 16 * unit), QColor("black"))
    painter.drawText(
        QRectF(area.left(), top + 16.5 * unit, area.width(), 6 * unit),
        Qt.AlignmentFlag.AlignHCenter,
        badge,
    )


def save_card_pdf(path: Path, name: str, company: str, badge: str, photo: bytes | None) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    print_card(printer, name, company, badge, photo)


def print_card(printer: QPrinter, name: str, company: str, badge: str, photo: bytes | None) -> None:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(CARD_MM, QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter(printer)
    try:
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        paint_card(painter, QRectF(page), name, company, badge, photo)
    finally:
        painter.end()

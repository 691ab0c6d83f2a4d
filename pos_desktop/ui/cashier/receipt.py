"""The receipt after a sale on the till's screen and through the system's print dialog; the
document itself is pos_desktop/printing/receipt.py."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QTextBrowser, QWidget

from pos_desktop.core.receipts import Receipt
from pos_desktop.printing.receipt import print_document, receipt_document, show


def preview(browser: QTextBrowser, receipt: Receipt) -> None:
    show(browser.document(), receipt, receipt.sale_id, 340)


def print_receipt(receipt: Receipt, parent: QWidget | None) -> bool:
    """Print through the system's print dialog; False when the cashier cancels it."""
    from pos_desktop.ui.common.file_dialogs import ask_printer

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not ask_printer(printer, parent):
        return False
    print_document(receipt_document(receipt), printer)
    return True

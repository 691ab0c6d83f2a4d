"""The last receipt at the till (a sale's, or a refund's slip): shown in place of the basket
from its top, printed with Ctrl+P, saved as a PDF with Ctrl+S."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from pos_desktop.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from pos_desktop.core.receipts import Receipt
    from pos_desktop.ui.cashier.dialogs import Till


def print_last(window: Till) -> None:
    """Ctrl+P: the last receipt to a printer the cashier chooses."""
    receipt = window.last_receipt
    if receipt is None:
        window.say(_no_receipt(), level="error")
        return
    from pos_desktop.ui.cashier.receipt import print_receipt

    if print_receipt(receipt, window if isinstance(window, QWidget) else None):
        window.say(translate("CashierWindow", "Receipt sent to the printer."))
    window.scan.setFocus()


def ask_pdf(window: Till) -> None:
    """Ctrl+S: the last receipt as a PDF, to a file the cashier names."""
    if window.last_receipt is None:
        window.say(_no_receipt(), level="error")
        return
    from pos_desktop.ui.common.file_dialogs import ask_save_file

    chosen = ask_save_file(
        window if isinstance(window, QWidget) else None,
        translate("CashierWindow", "Save receipt"),
        translate("CashierWindow", "receipt") + ".pdf",
        "PDF (*.pdf)",
    )
    if chosen is not None:
        save_pdf(window, chosen)
    window.scan.setFocus()


def save_pdf(window: Till, path: Path) -> None:
    """The last receipt as a PDF at `path`; a problem is said in the message line."""
    from pos_desktop.printing.receipt import save_receipt_pdf

    receipt = window.last_receipt

    def save() -> bool:
        assert receipt is not None
        save_receipt_pdf(receipt, path)
        return True

    if receipt is not None and window._guard(save):
        text = translate("CashierWindow", "Receipt saved to {file}.")
        window.say(text.format(file=path.name))


def _no_receipt() -> str:
    return translate("CashierWindow", "There is no receipt yet: complete a sale first.")


class ReceiptPane(QTextBrowser):
    """The last receipt (or refund slip) in place of the basket, always from its top: the
    store's name, the till and the cashier. It never takes the keyboard from the scan field."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(translate("CashierWindow", "Receipt of the last sale"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_receipt(self, receipt: Receipt) -> None:
        from pos_desktop.ui.cashier.receipt import preview

        preview(self, receipt)
        self.from_top()

    def from_top(self) -> None:
        """The text cursor and the view at the receipt's start. Filling the document leaves
        the cursor at its end, and the pane scrolls to its cursor when first shown."""
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    def showEvent(self, event: QShowEvent) -> None:
        self.moveCursor(QTextCursor.MoveOperation.Start)  # before the show scrolls to it
        super().showEvent(event)

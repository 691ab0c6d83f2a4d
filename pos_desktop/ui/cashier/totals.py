"""The till's totals: subtotal, employee discount, the total to pay and the allowance left
after this basket, each with its caption, which a screen reader says before the value."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from pos_desktop.i18n import amount, money, translate
from pos_desktop.ui.common.fit import total_label
from pos_desktop.ui.common.spoken import show_value

if TYPE_CHECKING:
    from pos_desktop.core.sale import Quote


class TotalsBlock(QFrame):
    """The four figures of a basket (or of the sale just paid), largest the total to pay."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        # The value shown for "subtotal", "discount", "total" and "allowance".
        self.values = {name: QLabel() for name in ("subtotal", "discount", "allowance")}
        self.values["total"] = total_label()
        self.captions = {
            "subtotal": translate("CashierWindow", "Subtotal"),
            "discount": translate("CashierWindow", "Employee discount"),
            "total": translate("CashierWindow", "Total"),
            "allowance": translate("CashierWindow", "Allowance after"),
        }
        grid = QGridLayout(self)
        for row, (key, caption) in enumerate(self.captions.items()):
            label = QLabel(caption)
            if key == "total":
                label.setObjectName("total")
            value = self.values[key]
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(380)

    def show_quote(self, quote: Quote | None) -> None:
        """A basket's figures; no basket shows zeros and no allowance."""
        currency = self.currency
        after = quote.allowance_after if quote else None
        shown = {
            "subtotal": amount(quote.subtotal if quote else 0, currency),
            "discount": amount(quote.discount if quote else 0, currency),
            "total": money(quote.total if quote else 0, currency),
            "allowance": "—" if after is None else amount(after, currency),
        }
        for key, text in shown.items():
            show_value(self.values[key], self.captions[key], text)

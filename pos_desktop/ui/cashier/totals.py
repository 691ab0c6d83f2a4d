"""The till's totals: subtotal, employee discount, the total to pay and the allowance left
after this basket, each with its caption, which a screen reader says before the value. After
a refund they are the refund's, and the total's caption says it is paid back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from pos_desktop.i18n import amount, money, translate
from pos_desktop.ui.common.fit import total_label
from pos_desktop.ui.common.spoken import show_value

if TYPE_CHECKING:
    from pos_desktop.core.receipts import Receipt
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
        self.total_caption = QLabel(self.captions["total"])
        self.total_caption.setObjectName("total")
        grid = QGridLayout(self)
        for row, (key, caption) in enumerate(self.captions.items()):
            label = self.total_caption if key == "total" else QLabel(caption)
            value = self.values[key]
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(380)

    def show_now(self, quote: Quote | None, paid: Quote | None, shown: Receipt | None) -> None:
        """With a receipt in place of the basket (`shown`), a refund slip's figures or the
        sale just paid; otherwise the basket's."""
        if shown is not None and shown.refund_of is not None:
            self.show_refund(shown)
        else:
            self.show_quote(paid if shown is not None and paid is not None else quote)

    def show_quote(self, quote: Quote | None) -> None:
        """A basket's figures; no basket shows zeros and no allowance."""
        currency = self.currency
        after = quote.allowance_after if quote else None
        self._show(
            self.captions["total"],
            {
                "subtotal": amount(quote.subtotal if quote else 0, currency),
                "discount": amount(quote.discount if quote else 0, currency),
                "total": money(quote.total if quote else 0, currency),
                "allowance": "—" if after is None else amount(after, currency),
            },
        )

    def show_refund(self, slip: Receipt) -> None:
        """A refund's figures: what its lines cost, the discount they had, and the total
        paid back to the customer, with a minus, never the sale's total to pay."""
        currency = self.currency
        self._show(
            translate("CashierWindow", "Paid back"),
            {
                "subtotal": amount(slip.subtotal, currency),
                "discount": amount(slip.discount, currency),
                "total": money(-slip.total, currency),
                "allowance": "—",
            },
        )

    def _show(self, total_caption: str, shown: dict[str, str]) -> None:
        self.total_caption.setText(total_caption)
        for key, text in shown.items():
            caption = total_caption if key == "total" else self.captions[key]
            show_value(self.values[key], caption, text)

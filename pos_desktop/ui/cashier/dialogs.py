"""Small dialogs of the till: open amount, supervisor approval, refund."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core import journal
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.errors import PosError
from pos_desktop.core.money import format_amount, parse_amount


class _Form(QDialog):
    """A form with OK/Cancel and an error line; OK runs `accept_with` and stays open on error."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.accept_with: Callable[[], None] = lambda: None

    def _try_accept(self) -> None:
        try:
            self.accept_with()
        except PosError as exc:
            self.error.setText(str(exc)[:1].upper() + str(exc)[1:] + ".")
            self.error.show()
            return
        self.accept()


class OpenAmountDialog(_Form):
    """An item not in the catalogue: its category and amount."""

    def __init__(self, checkout: Checkout, parent: QWidget | None = None) -> None:
        super().__init__("Open amount", parent)
        self.category = QComboBox()
        self.category.setAccessibleName("Category")
        for code, category in checkout.rules.categories.items():
            self.category.addItem(f"{category.name} ({code})", code)
        self.amount = QLineEdit()
        self.amount.setAccessibleName("Amount")
        self.amount.setPlaceholderText("12.50")
        self.form.addRow("&Category", self.category)
        self.form.addRow("&Amount", self.amount)
        currency = checkout.rules.settings.currency
        self.result_value: tuple[str, int] | None = None

        def accept() -> None:
            minor = parse_amount(self.amount.text(), currency, what="the amount")
            self.result_value = (str(self.category.currentData()), minor)

        self.accept_with = accept
        self.amount.setFocus()


class PinDialog(_Form):
    """The cashier's PIN after their badge, where the store signs in with both."""

    def __init__(self, sign_in: Callable[[str], object], who: str, parent: QWidget | None) -> None:
        super().__init__("Sign in", parent)
        self.pin = QLineEdit()
        self.pin.setAccessibleName("PIN")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(QLabel(who))
        self.form.addRow("&PIN", self.pin)

        def accept() -> None:
            try:
                sign_in(self.pin.text())
            except PosError:
                self.pin.clear()
                raise

        self.accept_with = accept
        self.pin.setFocus()


class OverrideDialog(_Form):
    """A supervisor approves a cashier's own purchase: badge, PIN and a reason."""

    def __init__(self, approve: Callable[[str, str, str], object], parent: QWidget | None) -> None:
        super().__init__("Supervisor approval", parent)
        self.badge = QLineEdit()
        self.badge.setAccessibleName("Supervisor badge")
        self.pin = QLineEdit()
        self.pin.setAccessibleName("PIN")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QLineEdit()
        self.reason.setAccessibleName("Reason")
        self.form.addRow(QLabel("The cashier may not give themselves the staff discount."))
        self.form.addRow("Supervisor &badge", self.badge)
        self.form.addRow("&PIN", self.pin)
        self.form.addRow("&Reason", self.reason)

        def accept() -> None:
            try:
                approve(self.badge.text(), self.pin.text(), self.reason.text())
            except PosError:
                self.pin.clear()
                raise

        self.accept_with = accept
        self.badge.setFocus()


class RefundDialog(_Form):
    """Find a sale by id, choose quantities to refund per line (all by default)."""

    def __init__(
        self,
        checkout: Checkout,
        refund: Callable[[str, list[tuple[int, int | None]]], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Refund", parent)
        self.checkout = checkout
        self.sale_id = QLineEdit()
        self.sale_id.setAccessibleName("Sale id")
        self.sale_id.setPlaceholderText("scan or type the sale id from the receipt")
        self.sale_id.returnPressed.connect(self.load)
        self.lines = QTableWidget(0, 4)
        self.lines.setHorizontalHeaderLabels(["#", "Item", "Sold", "Refund"])
        self.lines.setAccessibleName("Lines to refund")
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.form.addRow("&Sale", self.sale_id)
        self.form.addRow(self.lines)
        self.resize(560, 360)
        self.line_numbers: list[int] = []

        def accept() -> None:
            if self.lines.rowCount() == 0:
                self.load()
            wanted: list[tuple[int, int | None]] = [
                (number, self._spin(r).value())
                for r, number in enumerate(self.line_numbers)
                if self._spin(r).value() > 0
            ]
            refund(self.sale_id.text().strip(), wanted)

        self.accept_with = accept

    def _spin(self, row: int) -> QSpinBox:
        widget = self.lines.cellWidget(row, 3)
        assert isinstance(widget, QSpinBox)
        return widget

    def load(self) -> None:
        """Show the sale's lines with what can still be refunded."""
        sale_id = self.sale_id.text().strip()
        row = journal.sale_row(self.checkout.conn, sale_id)
        self.lines.setRowCount(0)
        self.line_numbers = []
        if row is None or row["kind"] != "sale":
            self.error.setText(f"There is no sale {sale_id!r}. Check the id on the receipt.")
            self.error.show()
            return
        self.error.hide()
        done = journal.refunded_so_far(self.checkout.conn, sale_id)
        currency = self.checkout.rules.settings.currency
        for line in journal.line_rows(self.checkout.conn, sale_id):
            left = line["qty"] - done.get(line["line_no"], (0, 0, 0))[0]
            r = self.lines.rowCount()
            self.line_numbers.append(line["line_no"])
            self.lines.insertRow(r)
            self.lines.setItem(r, 0, QTableWidgetItem(str(line["line_no"])))
            price = format_amount(line["unit_price"], currency)
            self.lines.setItem(r, 1, QTableWidgetItem(f"{line['name']} ({price})"))
            self.lines.setItem(r, 2, QTableWidgetItem(str(line["qty"])))
            spin = QSpinBox()
            spin.setRange(0, left)
            spin.setValue(left)
            spin.setAccessibleName(f"Refund quantity of line {line['line_no']}")
            self.lines.setCellWidget(r, 3, spin)

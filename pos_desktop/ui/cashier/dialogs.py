"""Small dialogs of the till: quantity, open amount, PIN, supervisor approval, refund.

Each keeps the keyboard safe from a scanner: Enter moves field by field, and a burst of
digits where a short number belongs is refused rather than taken.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from pos_desktop.core.checkout import Checkout, RefundableLine
from pos_desktop.core.errors import InputError, PosError
from pos_desktop.core.money import parse_amount
from pos_desktop.i18n import amount, money, translate
from pos_desktop.ui.common.forms import Form

MAX_TYPED_QUANTITY = 999


class TillForm(Form):
    """A till dialog whose size stays put when a problem is said (the problem line's room is
    kept from the start), whose problem goes as soon as the cashier edits, and which puts
    the keyboard on the field that is wrong (`blame`)."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self.error.setMinimumHeight(2 * self.error.fontMetrics().lineSpacing() + 4)
        self.error.show()
        self._blamed: QWidget | None = None

    def blame(self, field: QWidget) -> None:
        """The field the next problem is about: it gets the focus when the problem shows."""
        self._blamed = field

    def show_error(self, exc: Exception) -> None:
        super().show_error(exc)
        field, self._blamed = self._blamed, None
        if field is not None:
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()

    def watch(self, *fields: QLineEdit | QComboBox) -> None:
        """Editing any of these fields takes the last problem away."""
        for field in fields:
            if isinstance(field, QLineEdit):
                field.textEdited.connect(self.error.clear)
            else:
                field.currentIndexChanged.connect(self.error.clear)


class QuantityDialog(Form):
    """The chosen line's new quantity; a scanned barcode typed here is refused, not taken."""

    def __init__(self, name: str, qty: int, parent: QWidget | None = None) -> None:
        super().__init__(translate("TillDialogs", "Quantity"), parent)
        self.qty = QLineEdit(str(qty))
        self.qty.setAccessibleName(translate("TillDialogs", "Quantity"))
        self.qty.selectAll()
        self.form.addRow(QLabel(name))
        self.form.addRow(translate("TillDialogs", "&Quantity"), self.qty)
        self.value = qty

        def accept() -> None:
            text = self.qty.text().strip()
            wrong = translate("TillDialogs", "type a quantity from 1 to {most}")
            if not (text.isascii() and text.isdigit()) or len(text) > 3:
                raise InputError(wrong.format(most=MAX_TYPED_QUANTITY))
            if not 1 <= int(text) <= MAX_TYPED_QUANTITY:
                raise InputError(wrong.format(most=MAX_TYPED_QUANTITY))
            self.value = int(text)

        self.accept_with = accept
        self.chain(self.qty)


class OpenAmountDialog(TillForm):
    """An item not in the catalogue: its category (none until the cashier picks one) and its
    amount, at most the store's largest open amount; above half of it the cashier confirms."""

    def __init__(
        self,
        checkout: Checkout,
        parent: QWidget | None = None,
        confirm: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(translate("TillDialogs", "Open amount"), parent)
        self.category = QComboBox()
        self.category.setAccessibleName(translate("TillDialogs", "Category"))
        for code, category in checkout.rules.categories.items():
            self.category.addItem(f"{category.name} ({code})", code)
        self.category.setPlaceholderText(translate("TillDialogs", "choose a category"))
        self.category.setCurrentIndex(-1)
        self.amount = QLineEdit()
        self.amount.setAccessibleName(translate("TillDialogs", "Amount"))
        self.amount.setPlaceholderText(amount(1250, checkout.rules.settings.currency))
        self.form.addRow(translate("TillDialogs", "&Category"), self.category)
        self.form.addRow(translate("TillDialogs", "&Amount"), self.amount)
        currency = checkout.rules.settings.currency
        self.result_value: tuple[str, int] | None = None

        most = checkout.rules.settings.max_open_amount

        def accept() -> None:
            if self.category.currentIndex() < 0:
                self.blame(self.category)
                raise InputError(translate("TillDialogs", "choose the item's category first"))
            what = translate("TillDialogs", "the amount")
            self.blame(self.amount)
            minor = parse_amount(self.amount.text(), currency, what=what)
            if minor == 0:
                raise InputError(translate("TillDialogs", "the amount must be more than zero"))
            if minor > most:
                text = translate("TillDialogs", "an open amount may be at most {most}")
                raise InputError(text.format(most=money(most, currency)))
            if minor * 2 > most and confirm is not None:
                question = translate("TillDialogs", "Add {amount} for {category}? Is it right?")
                asked = question.format(
                    amount=money(minor, currency), category=self.category.currentText()
                )
                if not confirm(asked):
                    raise InputError(translate("TillDialogs", "not added: check the amount"))
            self._blamed = None
            self.result_value = (str(self.category.currentData()), minor)

        self.accept_with = accept
        self.chain(self.amount)
        self.watch(self.amount, self.category)
        self.first = self.category


class PinDialog(Form):
    """The cashier's PIN after their badge, where the store signs in with both."""

    def __init__(self, sign_in: Callable[[str], object], who: str, parent: QWidget | None) -> None:
        super().__init__(translate("TillDialogs", "Sign in"), parent)
        self.pin = QLineEdit()
        self.pin.setAccessibleName(translate("TillDialogs", "PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(QLabel(who))
        self.form.addRow(translate("TillDialogs", "&PIN"), self.pin)

        def accept() -> None:
            try:
                sign_in(self.pin.text())
            except PosError:
                self.pin.clear()
                raise

        self.accept_with = accept
        self.chain(self.pin)


class OverrideDialog(TillForm):
    """A supervisor approves a cashier's own purchase: badge, PIN and a reason."""

    def __init__(
        self,
        approve: Callable[[str, str, str], object],
        parent: QWidget | None,
        why: str | None = None,
    ) -> None:
        super().__init__(translate("TillDialogs", "Supervisor approval"), parent)
        self.badge = QLineEdit()
        self.badge.setAccessibleName(translate("TillDialogs", "Supervisor badge"))
        self.pin = QLineEdit()
        self.pin.setAccessibleName(translate("TillDialogs", "PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(translate("TillDialogs", "Reason"))
        rule = translate("TillDialogs", "The cashier may not give themselves the staff discount.")
        if why is not None:
            rule = why
        note = QLabel(rule)
        note.setWordWrap(True)
        self.form.addRow(note)
        self.form.addRow(translate("TillDialogs", "Supervisor &badge"), self.badge)
        self.form.addRow(translate("TillDialogs", "&PIN"), self.pin)
        self.form.addRow(translate("TillDialogs", "&Reason"), self.reason)

        def accept() -> None:
            if not self.reason.text().strip():
                self.blame(self.reason)
                raise InputError(translate("TillDialogs", "give the reason for the approval"))
            try:
                approve(self.badge.text(), self.pin.text(), self.reason.text())
            except PosError as exc:
                if "PIN" in str(exc.args[0] if exc.args else ""):
                    self.pin.clear()
                    self.blame(self.pin)
                else:
                    self.blame(self.badge)
                raise

        self.accept_with = accept
        self.chain(self.badge, self.pin, self.reason)
        self.watch(self.badge, self.pin, self.reason)


class RefundDialog(Form):
    """Find a sale by its id or the refund code on the receipt, then choose what to refund.

    Enter in the sale field only loads the sale; OK refunds what the quantities say, and only
    for the sale that was loaded."""

    def __init__(
        self,
        refundable: Callable[[str], tuple[str, list[RefundableLine]]],
        refund: Callable[[str, list[tuple[int, int | None]]], object],
        currency: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("TillDialogs", "Refund"), parent)
        self.refundable = refundable
        self.currency = currency
        self.sale_id = QLineEdit()
        self.sale_id.setAccessibleName(translate("TillDialogs", "Sale id or refund code"))
        self.sale_id.setPlaceholderText(
            translate("TillDialogs", "scan or type the sale id or refund code from the receipt")
        )
        self.sale_id.installEventFilter(self)
        self.sale_id.textEdited.connect(self._forget)
        self.lines = QTableWidget(0, 4)
        self.lines.setHorizontalHeaderLabels(
            [
                "#",
                translate("TillDialogs", "Item"),
                translate("TillDialogs", "Sold"),
                translate("TillDialogs", "Refund"),
            ]
        )
        self.lines.setAccessibleName(translate("TillDialogs", "Lines to refund"))
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.form.addRow(translate("TillDialogs", "&Sale"), self.sale_id)
        self.form.addRow(self.lines)
        self.loaded: tuple[str, list[RefundableLine]] | None = None
        self.ok.setAutoDefault(False)
        self.ok.setDefault(False)
        self.resize(560, 360)

        def accept() -> None:
            if self.loaded is None:
                raise InputError(
                    translate("TillDialogs", "load the sale first: scan its id or code, then Enter")
                )
            sale_id, lines = self.loaded
            wanted: list[tuple[int, int | None]] = [
                (line.line_no, self._spin(r).value())
                for r, line in enumerate(lines)
                if self._spin(r).value() > 0
            ]
            if not wanted:
                raise InputError(
                    translate("TillDialogs", "every quantity is 0: choose what to refund")
                )
            refund(sale_id, wanted)

        self.accept_with = accept
        self.sale_id.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the sale field loads the sale and goes no further: it must not also
        press OK and refund everything before the cashier has chosen."""
        if (
            watched is self.sale_id
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.load()
            return True
        return super().eventFilter(watched, event)

    def _spin(self, row: int) -> QSpinBox:
        widget = self.lines.cellWidget(row, 3)
        assert isinstance(widget, QSpinBox)
        return widget

    def _forget(self) -> None:
        self.loaded = None
        self.lines.setRowCount(0)
        self.ok.setDefault(False)

    def load(self) -> None:
        """Show the sale's lines with what can still be refunded (all of it by default)."""
        self._forget()
        try:
            self.loaded = self.refundable(self.sale_id.text())
        except PosError as exc:
            self.show_error(exc)
            return
        self.error.hide()
        for line in self.loaded[1]:
            r = self.lines.rowCount()
            self.lines.insertRow(r)
            self.lines.setItem(r, 0, QTableWidgetItem(str(line.line_no)))
            price = amount(line.unit_price, self.currency)
            self.lines.setItem(r, 1, QTableWidgetItem(f"{line.name} ({price})"))
            self.lines.setItem(r, 2, QTableWidgetItem(str(line.sold)))
            spin = QSpinBox()
            spin.setRange(0, line.left)
            spin.setValue(line.left)
            name = translate("TillDialogs", "Refund quantity of line {line}")
            spin.setAccessibleName(name.format(line=line.line_no))
            self.lines.setCellWidget(r, 3, spin)
        self.ok.setDefault(True)  # now Enter confirms what the table shows
        if self.lines.rowCount():
            self._spin(0).setFocus()

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

from pos_desktop.core.checkout import Checkout, Override
from pos_desktop.core.errors import InputError, PosError
from pos_desktop.core.refunds import RefundableLine
from pos_desktop.i18n import amount, money, translate
from pos_desktop.ui.common.amount_edit import AmountEdit
from pos_desktop.ui.common.forms import Form

MAX_TYPED_QUANTITY = 999


class TillForm(Form):
    """A till dialog whose size stays put when a problem is said (the problem line's room is
    kept from the start), whose problem goes as soon as the cashier edits, and which puts
    the keyboard on the field that is wrong (`blame`)."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        # Two lines hold a problem in every language at the app's 11-point font once the
        # dialog is this wide (a Romanian wrong-PIN message took three at 420 px).
        self.setMinimumWidth(520)
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


class QuantityDialog(TillForm):
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
            self.blame(self.qty)
            wrong = translate("TillDialogs", "type a quantity from 1 to {most}")
            if not (text.isascii() and text.isdigit()) or len(text) > 3:
                raise InputError(wrong.format(most=MAX_TYPED_QUANTITY))
            if not 1 <= int(text) <= MAX_TYPED_QUANTITY:
                raise InputError(wrong.format(most=MAX_TYPED_QUANTITY))
            self.value = int(text)

        self.accept_with = accept
        self.chain(self.qty)
        self.watch(self.qty)


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
        currency = checkout.rules.settings.currency
        self.amount = AmountEdit(currency)
        self.amount.setAccessibleName(translate("TillDialogs", "Amount"))
        self.amount.setPlaceholderText(amount(1250, currency))
        # A key an amount cannot take is said at once (the field keeps what it had).
        self.amount.problem_changed.connect(
            lambda problem: self.show_error(InputError(problem)) if problem else None
        )
        self.form.addRow(translate("TillDialogs", "&Category"), self.category)
        self.form.addRow(translate("TillDialogs", "&Amount"), self.amount)
        self.result_value: tuple[str, int] | None = None

        most = checkout.rules.settings.max_open_amount

        def accept() -> None:
            if self.category.currentIndex() < 0:
                self.blame(self.category)
                raise InputError(translate("TillDialogs", "choose the item's category first"))
            self.blame(self.amount)
            minor = self.amount.minor()
            if minor is None:
                raise InputError(translate("TillDialogs", "type the amount"))
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


class PinDialog(TillForm):
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
                self.blame(self.pin)
                raise

        self.accept_with = accept
        self.chain(self.pin)
        self.watch(self.pin)


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


class RefundDialog(TillForm):
    """Find a sale by its id or the refund code on the receipt, then choose what to refund.

    Every quantity starts at 0; each line shows what was paid for it (after its discount) and
    what was refunded before; the refund's total follows the quantities, one Tab stop apart.
    Enter in the sale field only loads the sale; OK asks before it refunds, and above the
    store's limit a supervisor's badge, PIN and reason are needed."""

    def __init__(
        self,
        refundable: Callable[[str], tuple[str, list[RefundableLine]]],
        refund: Callable[[str, list[tuple[int, int | None]], Override | None], object],
        currency: str,
        parent: QWidget | None = None,
        *,
        approval_above: int | None = None,
        confirm: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(translate("TillDialogs", "Refund"), parent)
        self.refundable = refundable
        self.currency = currency
        self.approval_above = approval_above
        self.sale_id = QLineEdit()
        self.sale_id.setAccessibleName(translate("TillDialogs", "Sale id or refund code"))
        self.sale_id.setPlaceholderText(
            translate("TillDialogs", "scan or type the sale id or refund code from the receipt")
        )
        self.sale_id.installEventFilter(self)
        self.sale_id.textEdited.connect(self._forget)
        self.lines = QTableWidget(0, 5)
        self.lines.setHorizontalHeaderLabels(
            [
                translate("TillDialogs", "Item"),
                translate("TillDialogs", "Sold"),
                translate("TillDialogs", "Paid"),
                translate("TillDialogs", "Refunded"),
                translate("TillDialogs", "Refund now"),
            ]
        )
        self.lines.setAccessibleName(translate("TillDialogs", "Lines to refund"))
        self.lines.verticalHeader().hide()
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes quantity to quantity
        self.lines.setTabKeyNavigation(False)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.total = QLabel()
        self.total.setObjectName("refundTotal")
        self.total.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.supervisor = QLineEdit()
        self.supervisor.setAccessibleName(translate("TillDialogs", "Supervisor badge"))
        self.pin = QLineEdit()
        self.pin.setAccessibleName(translate("TillDialogs", "PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(translate("TillDialogs", "Reason"))
        self.form.addRow(translate("TillDialogs", "&Sale"), self.sale_id)
        self.form.addRow(self.lines)
        self.form.addRow(translate("TillDialogs", "To pay back"), self.total)
        self.approval_rows = [
            (translate("TillDialogs", "Supervisor &badge"), self.supervisor),
            (translate("TillDialogs", "&PIN"), self.pin),
            (translate("TillDialogs", "&Reason"), self.reason),
        ]
        for label, field in self.approval_rows:
            self.form.addRow(label, field)
        self.watch(self.sale_id, self.supervisor, self.pin, self.reason)
        self.loaded: tuple[str, list[RefundableLine]] | None = None
        self.ok.setAutoDefault(False)
        self.ok.setDefault(False)
        self.resize(640, 460)

        def accept() -> None:
            if self.loaded is None:
                self.blame(self.sale_id)
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
                if self.lines.rowCount():
                    self.blame(self._spin(0))
                raise InputError(
                    translate("TillDialogs", "every quantity is 0: choose what to refund")
                )
            approval = None
            if self.needs_supervisor():
                if not self.reason.text().strip():
                    self.blame(self.supervisor if not self.supervisor.text() else self.reason)
                    raise InputError(
                        translate(
                            "TillDialogs",
                            "a refund above {most} needs a supervisor: badge, PIN and reason",
                        ).format(most=money(self.approval_above or 0, self.currency))
                    )
                approval = Override(self.supervisor.text(), self.pin.text(), self.reason.text())
            question = translate("TillDialogs", "Refund {amount} to the customer?")
            if confirm is not None and not confirm(
                question.format(amount=money(self.refund_total(), self.currency))
            ):
                raise InputError(translate("TillDialogs", "nothing was refunded"))
            try:
                refund(sale_id, wanted, approval)
            except PosError as exc:
                if approval is not None and "PIN" in str(exc.args[0] if exc.args else ""):
                    self.pin.clear()
                    self.blame(self.pin)
                raise

        self.accept_with = accept
        self.first = self.sale_id
        self._show_total()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the sale field loads the sale and goes no further: it must not also
        press OK and refund before the cashier has chosen."""
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
        widget = self.lines.cellWidget(row, 4)
        assert isinstance(widget, QSpinBox)
        return widget

    def _forget(self) -> None:
        self.loaded = None
        self.lines.setRowCount(0)
        self.ok.setDefault(False)
        self._show_total()

    def refund_total(self) -> int:
        """What the chosen quantities pay back, to the minor unit."""
        if self.loaded is None:
            return 0
        return sum(line.back(self._spin(r).value()) for r, line in enumerate(self.loaded[1]))

    def needs_supervisor(self) -> bool:
        if self.approval_above is None:
            return False
        earlier = sum(line.paid_back for line in self.loaded[1]) if self.loaded else 0
        now = self.refund_total()
        return now > 0 and earlier + now > self.approval_above

    def _show_total(self) -> None:
        self.total.setText(money(self.refund_total(), self.currency))
        needed = self.needs_supervisor()
        for _label, field in self.approval_rows:
            self.form.setRowVisible(field, needed)

    def load(self) -> None:
        """Show the sale's lines: sold, paid, refunded before, and 0 to refund now."""
        self._forget()
        try:
            self.loaded = self.refundable(self.sale_id.text())
        except PosError as exc:
            self.blame(self.sale_id)
            self.show_error(exc)
            return
        self.error.clear()
        previous: QWidget = self.sale_id
        for line in self.loaded[1]:
            r = self.lines.rowCount()
            self.lines.insertRow(r)
            price = amount(line.unit_price, self.currency)
            cells = (
                f"{line.line_no}. {line.name} ({price})",
                str(line.sold),
                amount(line.paid, self.currency),
                str(line.refunded),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.lines.setItem(r, column, item)
            spin = QSpinBox()
            spin.setRange(0, line.left)
            spin.setValue(0)
            spin.setEnabled(line.left > 0)
            name = translate("TillDialogs", "Refund quantity of line {line}")
            spin.setAccessibleName(name.format(line=line.line_no))
            spin.valueChanged.connect(self._show_total)
            spin.valueChanged.connect(self.error.clear)
            self.lines.setCellWidget(r, 4, spin)
            QWidget.setTabOrder(previous, spin)
            previous = spin
        QWidget.setTabOrder(previous, self.supervisor)
        self.ok.setDefault(True)  # now Enter confirms what the table shows
        self._show_total()
        if self.lines.rowCount():
            self._spin(0).setFocus()
            self._spin(0).selectAll()

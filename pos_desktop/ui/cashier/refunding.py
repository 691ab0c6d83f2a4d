"""F8 at the till: the refund dialog for a sale, and the refund's slip shown as the last
receipt (Ctrl+P prints it, Ctrl+S saves it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from pos_desktop.core.checkout import Override
from pos_desktop.core.errors import InputError, PosError
from pos_desktop.core.refunds import RefundableLine
from pos_desktop.i18n import amount, money, translate
from pos_desktop.ui.cashier.dialogs import TillForm

if TYPE_CHECKING:
    from pos_desktop.ui.cashier.dialogs import Till


def open_refund(window: Till) -> None:
    """The refund dialog; above the store's limit it asks for a supervisor."""
    session = window.session

    def refund(
        sale_id: str, lines: list[tuple[int, int | None]], approval: Override | None
    ) -> None:
        _refund(window, sale_id, lines, approval)

    dialog = RefundDialog(
        session.refundable,
        refund,
        window.currency,
        window if isinstance(window, QWidget) else None,
        approval_above=session.checkout.rules.settings.refund_approval_above,
        confirm=lambda question: window.confirm(question),
    )
    window._open(dialog)


def _refund(
    window: Till, sale_id: str, lines: list[tuple[int, int | None]], approval: Override | None
) -> None:
    session = window.session
    refund = session.refund(sale_id, lines, approval)
    from pos_desktop.core.receipts import from_refund

    settings = session.checkout.rules.settings
    cashier = session.cashier.name if session.cashier else None
    window.paid = None
    window.show_receipt(from_refund(refund, settings, cashier, session.moment))
    window.refresh()  # the totals show what is paid back, not the last sale's total
    text = translate(
        "CashierWindow",
        "Refunded {amount} (sale {sale}); staff allowance given back. Ctrl+P prints the "
        "refund slip.",
    )
    window.say(text.format(amount=money(refund.total, window.currency), sale=refund.sale_id))


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
        self.refund = refund
        self.confirm = confirm
        self.currency = currency
        self.approval_above = approval_above
        self.sale_id = QLineEdit()
        self.sale_id.setAccessibleName(translate("TillDialogs", "Sale id or refund code"))
        self.sale_id.setPlaceholderText(
            translate("TillDialogs", "scan or type the sale id or refund code from the receipt")
        )
        self.sale_id.installEventFilter(self)
        self.sale_id.textEdited.connect(self._forget)
        self.lines = _lines_table()
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
        self.accept_with = self._refund_chosen
        self.first = self.sale_id
        self._show_total()

    def _refund_chosen(self) -> None:
        """OK: the chosen quantities, the supervisor above the limit, the cashier's yes."""
        sale_id, wanted = self._chosen()
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
        if self.confirm is not None and not self.confirm(
            question.format(amount=money(self.refund_total(), self.currency))
        ):
            raise InputError(translate("TillDialogs", "nothing was refunded"))
        try:
            self.refund(sale_id, wanted, approval)
        except PosError as exc:
            if approval is not None and "PIN" in str(exc.args[0] if exc.args else ""):
                self.pin.clear()
                self.blame(self.pin)
            raise

    def _chosen(self) -> tuple[str, list[tuple[int, int | None]]]:
        """The loaded sale and each line's quantity to refund, of those above 0."""
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
            raise InputError(translate("TillDialogs", "every quantity is 0: choose what to refund"))
        return sale_id, wanted

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


def _lines_table() -> QTableWidget:
    """The sale's lines: item, sold, paid, refunded before, and a quantity to refund now."""
    table = QTableWidget(0, 5)
    table.setHorizontalHeaderLabels(
        [
            translate("TillDialogs", "Item"),
            translate("TillDialogs", "Sold"),
            translate("TillDialogs", "Paid"),
            translate("TillDialogs", "Refunded"),
            translate("TillDialogs", "Refund now"),
        ]
    )
    table.setAccessibleName(translate("TillDialogs", "Lines to refund"))
    table.verticalHeader().hide()
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes quantity to quantity
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table

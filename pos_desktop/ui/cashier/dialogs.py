"""Small dialogs of the till: quantity, open amount, PIN, supervisor approval (the refund's
is in refunding.py, F9's in payroll_dialog.py).

Each keeps the keyboard safe from a scanner: Enter moves field by field, and a burst of
digits where a short number belongs is refused rather than taken.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from pos_desktop.core.catalogue import check_open_amount
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.errors import InputError, PosError
from pos_desktop.i18n import amount, money, translate
from pos_desktop.ui.common.amount_edit import AmountEdit
from pos_desktop.ui.common.forms import Form

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QStackedWidget

    from pos_desktop.core.receipts import Receipt
    from pos_desktop.core.sale import Quote, Sale
    from pos_desktop.core.till import TillSession
    from pos_desktop.ui.cashier.basket import BasketModel, BasketTable
    from pos_desktop.ui.cashier.scan_field import ScanField

MAX_TYPED_QUANTITY = 999
T = TypeVar("T")


class Till(Protocol):
    """What the till's actions (basket edits, F7, F8, F9, the receipt's keys) need of the till
    window, whose module they do not import: its session and parts, its status line and
    question, running an action in the cashier's words, opening a dialog, showing the session
    again and a receipt or recorded sale."""

    session: TillSession
    currency: str
    paid: Quote | None
    last_receipt: Receipt | None
    scan: ScanField
    model: BasketModel
    table: BasketTable
    middle: QStackedWidget

    def say(self, text: str, *, level: str = "ok") -> None: ...

    def confirm(self, question: str) -> bool: ...

    def _guard(self, action: Callable[[], T]) -> T | None: ...

    def _open(self, dialog: QDialog) -> None: ...

    def _require_row(self) -> int | None: ...

    def _require_cashier(self) -> bool: ...

    def refresh(self) -> None: ...

    def show_receipt(self, receipt: Receipt) -> None: ...

    def complete_sale(self, complete: Callable[[], Sale | None] | None = None) -> None: ...


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
            check_open_amount(checkout.rules.settings, minor)  # the core's rule and words
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

"""The till window: a scan field that always has the focus, the verdict banner, the basket
(or the last receipt) and its totals. Every action is a method of the TillSession; this
module only shows it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

# Only what the first paint needs is imported here: the rest of Qt, the core and the other
# parts of the till load in the first turn of the event loop (see `_attach`), so the window
# and its scan field are up sooner; keystrokes typed meanwhile wait in the scan field.
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from pos_desktop.core.errors import PosError
from pos_desktop.i18n import money, say, sentence, translate
from pos_desktop.ui.cashier.header import TillHeader
from pos_desktop.ui.cashier.scan_field import ScanField
from pos_desktop.ui.common.style import level_mark, quiet_colour, show_level

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QShowEvent
    from PySide6.QtWidgets import QDialog

    from pos_desktop.core.receipts import Receipt
    from pos_desktop.core.sale import Quote, Sale
    from pos_desktop.core.till import TillSession
    from pos_desktop.ui.cashier.sale_wait import SaleWait

T = TypeVar("T")


class CashierWindow(QMainWindow):
    """What the cashier sees all day. Scans arrive as keystrokes ending in Enter."""

    banner_shown = Signal()  # after the banner has been repainted for a new scan
    till_open = Signal()  # the session is attached and everything is built

    def __init__(
        self,
        session: TillSession | None = None,
        *,
        opener: Callable[[], TillSession] | None = None,
    ) -> None:
        """With a session, the whole window at once; with an opener, the scan field first
        and the rest (and the session) in the first turn of the event loop."""
        super().__init__()
        self.opened = False  # the session is attached and everything is built
        self._opener: Callable[[], TillSession] | None = None
        self.setWindowTitle(translate("CashierWindow", "pos-desktop — till"))
        self.dialog: QDialog | None = None
        self.last_sale_html: str | None = None
        self.last_receipt: Receipt | None = None
        self.paid: Quote | None = None  # the last sale's, shown with its receipt
        self._early_scans: list[str] = []  # Enter came before the till had opened

        self.header = TillHeader()
        self.scan = ScanField()
        self.scan.scanned.connect(self._scanned)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing() + 4)
        self.status_mark = level_mark()
        self.layout_ = QVBoxLayout()
        for widget in (self.header, self.scan):
            self.layout_.addWidget(widget)
        self.message_row = QHBoxLayout()
        self.message_row.addWidget(self.status_mark)  # to the top once the till is open
        self.message_row.addWidget(self.status, 1)
        self.layout_.addLayout(self.message_row)
        central = QWidget()
        central.setLayout(self.layout_)
        self.setCentralWidget(central)
        quiet = quiet_colour()
        self.setStyleSheet(
            f"#header {{ font-size: 12pt; color: {quiet}; }}"
            "#scan { font-size: 18pt; padding: 6px; }"
            "#total { font-size: 20pt; font-weight: bold; }"
            f"#shortcuts {{ color: {quiet}; }}"
        )
        self.resize(1024, 768)
        if session is not None:
            self._attach(session)
        elif opener is not None:
            self._opener = opener  # runs once the scan field has been painted
            self.scan.painted.connect(self._first_paint)

    def _first_paint(self) -> None:
        """The scan field is on screen: open the till, so the cashier sees the field before
        the core has loaded."""
        opener = self._opener
        if opener is not None and not self.opened:
            self._opener = None
            QTimer.singleShot(0, self, lambda: self._open_with(opener))

    def _open_with(self, opener: Callable[[], TillSession]) -> None:
        try:
            session = opener()
        except PosError as exc:
            self.header.cannot_open()
            text = translate("CashierWindow", "The till cannot open: {problem}.")
            self.say(text.format(problem=say(exc)), level="error")
            return
        self._attach(session)

    def _attach(self, session: TillSession) -> None:
        """Build everything below the scan field around the session, then show it."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QStackedWidget

        from pos_desktop.ui.cashier.banner import VerdictBanner
        from pos_desktop.ui.cashier.basket import BasketModel, BasketTable
        from pos_desktop.ui.cashier.receipt_pane import ReceiptPane
        from pos_desktop.ui.cashier.totals import TotalsBlock

        self.session = session
        self.message_row.setAlignment(self.status_mark, Qt.AlignmentFlag.AlignTop)
        settings = session.checkout.rules.settings
        self.currency = settings.currency
        title = translate("CashierWindow", "pos-desktop — {store}, till {till}")
        self.setWindowTitle(title.format(store=settings.name, till=settings.till))
        self.banner = VerdictBanner()
        self.model = BasketModel(self.currency)
        self.table = BasketTable(self.model)
        self.receipt = ReceiptPane()
        self.middle = QStackedWidget()
        self.middle.addWidget(self.table)
        self.middle.addWidget(self.receipt)
        self.totals_block = TotalsBlock(self.currency)
        self.totals = self.totals_block.values  # each figure's label, by name
        self._build_layout()
        self.scan.offer_products()
        self.scan.searching.connect(self._search_products)
        self.scan.moved.connect(self.table.move_choice)
        self.clock = QTimer(self)
        self.clock.timeout.connect(self._update_header)
        self.clock.start(15_000)
        self.chain = None
        self.sale_wait: SaleWait | None = None  # a chain till's F12 waits for its server
        if session.checkout.other_tills is not None:  # psycopg loads only for a chain till
            from pos_desktop.ui.cashier.server_link import link_for

            self.chain = link_for(session.checkout, self)  # it syncs in the background
        if self.chain is not None:
            from pos_desktop.ui.cashier.sale_wait import SaleWait

            self.sale_wait = SaleWait(self, self.scan, self.say)
            self.chain.changed.connect(self._update_header)
            self.chain.start()
            # The server's allowance answer comes in after the scan (core/central/online.py): the
            # customer is judged again with it, and the banner and prices follow.
            self._answers_seen = 0
            self.answers = QTimer(self)
            self.answers.timeout.connect(self._server_answered)
            self.answers.start(250)
        self.opened = True
        self.refresh()
        restored = self._guard(session.restore_draft)
        if restored:
            self.refresh()
            self.say(say(restored), level="warn")
        early, self._early_scans = self._early_scans, []
        for text in early:
            self._scanned(text)
        self.till_open.emit()

    def reattach(self, session: TillSession) -> None:
        """Go on with a session on a reopened database: same cashier, same basket."""
        session.take_over(self.session)
        self.session = session
        self.refresh()

    def _build_layout(self) -> None:
        """The banner over the basket, the keys and the totals under it; the keys bound."""
        from pos_desktop.ui.cashier import keys

        keys.bind(self)
        bottom = QHBoxLayout()
        bottom.addWidget(keys.legend(), 1)
        bottom.addWidget(self.totals_block)
        self.layout_.insertWidget(1, self.banner)
        self.layout_.addWidget(self.middle, 1)
        self.layout_.addLayout(bottom)

    def _search_products(self, text: str) -> None:
        """Type-ahead by name or SKU, for a signed-in cashier."""
        search = self.session.checkout.search_products
        found = self._guard(lambda: search(text)) if self.session.cashier else None
        self.scan.suggest(found or [])

    def selected_row(self) -> int | None:
        return self.table.chosen_row()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scan.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A closed till's database may be closed next: its header clock must not read it.
        if self.opened:
            self.clock.stop()
            if self.chain is not None:
                self.chain.changed.disconnect(self._update_header)  # a sync ending after this
                self.chain.stop()
                self.answers.stop()
        super().closeEvent(event)

    def submit_scan(self) -> None:
        """Enter in the scan field."""
        self.scan.enter()

    def _scanned(self, text: str) -> None:
        if not self.opened:
            self._early_scans.append(text)  # handled as soon as the till has opened
            return
        from PySide6.QtWidgets import QApplication

        result = self._guard(lambda: self.session.scan(text))
        if result is None or result.kind == "empty":
            return
        self.middle.setCurrentWidget(self.table)
        verdict = result.verdict
        blocked = verdict is not None and verdict.status == "blocked"
        not_eligible = verdict is not None and verdict.status == "internal" and not verdict.eligible
        level = "error" if result.kind == "invalid" or blocked else "ok"
        self.say(say(result.message, symbol=True), level="warn" if not_eligible else level)
        switch = self.session.switch
        if result.kind == "customer" and switch is not None and not switch.approved:
            from pos_desktop.core.pricing import HELD, HELD_DEPARTMENT

            held = say((HELD if switch.kind == "after_blocked" else HELD_DEPARTMENT).text())
            self.say(f"{held[:1].upper()}{held[1:]} (F7).", level="error")
        if result.kind == "pin":
            from pos_desktop.ui.cashier import dialogs

            dialog = dialogs.PinDialog(
                lambda pin: self.session.sign_in(text, pin), say(result.message), self
            )
            dialog.accepted.connect(self._signed_in)
            self._open(dialog)
            return
        self.refresh()  # a bad scan is said in the message line; the banner keeps the customer
        if result.kind == "product":
            self.table.selectRow(self.model.rowCount() - 1)
        if result.kind == "invalid" or blocked:
            QApplication.beep()
        self.banner.repaint()
        self.banner_shown.emit()

    def change_quantity(self) -> None:
        from pos_desktop.ui.cashier import basket_edits

        basket_edits.change_quantity(self)

    def open_amount(self) -> None:
        from pos_desktop.ui.cashier import basket_edits

        basket_edits.open_amount(self)

    def remove_line(self) -> None:
        from pos_desktop.ui.cashier import basket_edits

        basket_edits.remove_line(self)

    def walk_in(self) -> None:
        if self._guard(lambda: self.session.set_customer(None)) is not None:
            self.say(translate("CashierWindow", "Walk-in customer: regular price."))
            self.refresh()

    def call_supervisor(self) -> None:
        from pos_desktop.ui.cashier import approval

        approval.call_supervisor(self)

    def charge_to_payroll(self) -> None:
        from pos_desktop.ui.cashier import payroll_dialog

        payroll_dialog.charge_to_payroll(self)

    def _signed_in(self) -> None:
        cashier = self.session.cashier
        if cashier is not None and self.session.lines:  # a basket restored after a restart
            self.say(say(self.session.welcome(cashier)))
        else:
            text = translate("CashierWindow", "Signed in: {name}. Scan the customer's badge.")
            self.say(text.format(name=cashier.name if cashier else ""))
        self.refresh()

    def open_refund(self) -> None:
        if self._require_cashier():
            from pos_desktop.ui.cashier import refunding

            refunding.open_refund(self)

    def show_receipt(self, receipt: Receipt) -> None:
        """A receipt (a sale's or a refund's slip) in place of the basket, from its top; Ctrl+P
        prints it."""
        from pos_desktop.printing.receipt import receipt_html  # loads on the first receipt

        self.last_receipt = receipt
        self.last_sale_html = receipt_html(receipt)
        self.receipt.show_receipt(receipt)
        self.middle.setCurrentWidget(self.receipt)

    def complete_sale(self, complete: Callable[[], Sale | None] | None = None) -> None:
        wait = self.sale_wait
        if wait is not None and not callable(complete):  # F12: the server is asked first
            later = self._guard(
                lambda: wait.start(self.session, lambda: self.complete_sale(self.session.complete))
            )
            if later is None or later:
                return  # a problem was shown, or the sale is recorded once the answer is in
        cashier = self.session.cashier.name if self.session.cashier else None
        sale = self._guard(complete if callable(complete) else self.session.complete)
        if sale is None:
            return  # the basket stays, nothing was recorded
        from pos_desktop.core.receipts import from_sale

        settings = self.session.checkout.rules.settings
        self.show_receipt(from_sale(sale, settings, cashier))  # from the store's name down
        text = translate("CashierWindow", "Sale complete: {total}. Ctrl+P prints the receipt.")
        self.say(text.format(total=money(sale.quote.total, self.currency)))
        if sale.unconfirmed:  # F12 after its wait ran out, F9, or a server silent lately
            from pos_desktop.ui.cashier import sale_wait

            sale_wait.say_unconfirmed(self)
        self.paid = sale.quote  # what the customer pays stays on screen until the next scan
        self.refresh()

    def print_receipt(self) -> None:
        from pos_desktop.ui.cashier import receipt_pane

        receipt_pane.print_last(self)

    def ask_receipt_pdf(self) -> None:
        from pos_desktop.ui.cashier import receipt_pane

        receipt_pane.ask_pdf(self)

    def save_receipt_pdf(self, path: Path) -> None:
        from pos_desktop.ui.cashier import receipt_pane

        receipt_pane.save_pdf(self, path)

    def clear_basket(self) -> None:
        if self.session.lines:
            if not self.confirm(translate("CashierWindow", "Clear the basket and the customer?")):
                return
        elif self.session.customer is None:
            return
        self.session.new_sale()
        self.say(translate("CashierWindow", "Cleared: ready for the next customer."))
        self.refresh()

    def sign_out(self) -> None:
        question = translate("CashierWindow", "Sign out and clear the basket?")
        if self.session.lines and not self.confirm(question):
            return
        self.session.sign_out()
        self.say(translate("CashierWindow", "Signed out."))
        self.refresh()

    def refresh(self) -> None:
        """Show the session as it is now: header, banner, basket (keeping the chosen line)."""
        if self.header.written_for != (self.session.cashier, self.chain is not None):
            self._update_header()  # otherwise its clock keeps it (a scan need not redo it)
        chosen = self.selected_row()
        quote = self._guard(self.session.quote) if self.session.cashier else None
        self.model.set_quote(quote)
        if chosen is not None and self.model.rowCount():
            self.table.selectRow(min(chosen, self.model.rowCount() - 1))
        receipt_up = self.middle.currentWidget() is self.receipt and not self.session.lines
        self.totals_block.show_now(quote, self.paid, self.last_receipt if receipt_up else None)
        from pos_desktop.ui.cashier.customer_view import show_customer

        show_customer(
            self.banner,
            quote,
            self.session.checkout.rules,
            signed_in=self.session.cashier is not None,
            walk_in=self.session.walk_in,
            photo_of=lambda verdict: self._guard(lambda: self.session.customer_photo(verdict)),
        )
        if self.session.draft_problem:
            problem = self.session.draft_problem
            text = translate(
                "CashierWindow",
                "The basket is here but could not be kept for a restart: {problem}.",
            )
            self.say(text.format(problem=say(problem)), level="warn")
        self.scan.setFocus()

    def _server_answered(self) -> None:
        others = self.session.checkout.other_tills
        if others is not None and others.answers != self._answers_seen:
            self._answers_seen = others.answers
            if self.session.customer is not None and self.dialog is None:
                self.refresh()

    def _update_header(self) -> None:
        self.header.show_for(self.session, self.chain)

    def say(self, text: str, *, level: str = "ok") -> None:
        self.status.setText(text)
        show_level(self.status_mark, self.status, level)

    def _require_row(self) -> int | None:
        row = self.selected_row()
        if row is None:
            self.say(
                translate("CashierWindow", "Choose a line first (Up/Down arrows)."), level="error"
            )
        return row

    def _require_cashier(self) -> bool:
        if self.session.cashier is None:
            text = translate("CashierWindow", "The till is locked: scan your badge to sign in.")
            self.say(text, level="error")
        return self.session.cashier is not None

    def _guard(self, action: Callable[[], T]) -> T | None:
        """Run an action; a problem is shown in the cashier's words and changes nothing."""
        try:
            return action()
        except PosError as exc:
            self.say(sentence(exc), level="error")
            return None

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.scan.setFocus()

    def confirm(self, question: str) -> bool:
        """Yes or No, with No the default: a scanner's Enter must not clear a basket. A method:
        an attribute holding it made a cycle the garbage collector broke under Qt's feet."""
        from pos_desktop.ui.common.questions import ask

        return ask(self, "pos-desktop", question)

"""The till window: a scan field that always has the focus, the verdict banner, the basket
and its totals. Every action is a method of the TillSession; this module only shows it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDateTime, QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core.checkout import Quote
from pos_desktop.core.errors import PosError
from pos_desktop.core.money import format_amount
from pos_desktop.core.storage import storage_errors
from pos_desktop.core.till import TillSession
from pos_desktop.ui.cashier import dialogs
from pos_desktop.ui.cashier.banner import VerdictBanner
from pos_desktop.ui.cashier.basket import COLUMNS, BasketModel

T = TypeVar("T")

SHORTCUTS = (
    ("F2", "Quantity"),
    ("F3", "Open amount"),
    ("Del", "Remove line"),
    ("F6", "Walk-in"),
    ("F7", "Supervisor"),
    ("F8", "Refund"),
    ("F12", "Complete sale"),
    ("Esc", "Clear basket"),
    ("F10", "Sign out"),
)


class CashierWindow(QMainWindow):
    """What the cashier sees all day. Scans arrive as keystrokes ending in Enter."""

    banner_shown = Signal()  # after the banner has been repainted for a new scan

    def __init__(self, session: TillSession) -> None:
        super().__init__()
        self.session = session
        settings = session.checkout.rules.settings
        self.currency = settings.currency
        # Named by its file name only: the cashier needs what happened, not where the file is.
        path = session.checkout.conn.execute("PRAGMA database_list").fetchone()[2]
        self.database = Path(path).name if path else "in memory"
        self.setWindowTitle(f"pos-desktop — {settings.name}, till {settings.till}")
        self.confirm: Callable[[str], bool] = self._ask
        self.dialog: QWidget | None = None
        self.last_sale_html: str | None = None

        self.header = QLabel()
        self.header.setObjectName("header")
        self.banner = VerdictBanner()
        self.scan = QLineEdit()
        self.scan.setObjectName("scan")
        self.scan.setAccessibleName("Scan or type a badge, barcode, SKU or product name")
        self.scan.setPlaceholderText("Scan or type a badge, barcode, SKU or product name")
        self.scan.returnPressed.connect(self.submit_scan)
        self.scan.installEventFilter(self)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing() + 4)
        self.model = BasketModel(self.currency)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Basket")
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay in the scan field
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.totals = {name: QLabel() for name in ("subtotal", "discount", "total", "allowance")}
        self._build_layout()
        self._build_actions()
        self._completer()
        self.clock = QTimer(self)
        self.clock.timeout.connect(self._update_header)
        self.clock.start(15_000)
        self.setStyleSheet(
            "#header { font-size: 12pt; color: #37474f; }"
            "#scan { font-size: 18pt; padding: 6px; }"
            "#total { font-size: 20pt; font-weight: bold; }"
            "#shortcuts { color: #37474f; }"
        )
        self.resize(1024, 768)
        self.refresh()

    def _build_layout(self) -> None:
        totals = QGridLayout()
        for row, (key, text) in enumerate(
            (
                ("subtotal", "Subtotal"),
                ("discount", "Employee discount"),
                ("total", "Total"),
                ("allowance", "Allowance after"),
            )
        ):
            label = QLabel(text)
            value = self.totals[key]
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            value.setAccessibleName(text)
            if key == "total":
                label.setObjectName("total")
                value.setObjectName("total")
            totals.addWidget(label, row, 0)
            totals.addWidget(value, row, 1)
        totals_frame = QFrame()
        totals_frame.setLayout(totals)
        totals_frame.setFrameShape(QFrame.Shape.StyledPanel)
        totals_frame.setMinimumWidth(380)
        shortcuts = QLabel("   ".join(f"<b>{key}</b> {text}" for key, text in SHORTCUTS))
        shortcuts.setObjectName("shortcuts")
        shortcuts.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(shortcuts, 1)
        bottom.addWidget(totals_frame)
        layout = QVBoxLayout()
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.scan)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)

    def _build_actions(self) -> None:
        for key, handler in (
            ("F2", self.change_quantity),
            ("F3", self.open_amount),
            ("Delete", self.remove_line),
            ("F6", self.walk_in),
            ("F7", self.call_supervisor),
            ("F8", self.open_refund),
            ("F12", self.complete_sale),
            ("Escape", self.clear_basket),
            ("F10", self.sign_out),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handler)
            self.addAction(action)

    def _completer(self) -> None:
        """Type-ahead by name or SKU; shown only once letters are typed, never for a scan."""
        rows = self.session.checkout.conn.execute(
            "SELECT sku, name FROM products ORDER BY name"
        ).fetchall()
        self.products = QStringListModel([f"{r[1]} — {r[0]}" for r in rows], self)
        self.completer = QCompleter(self.products, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setWidget(self.scan)
        self.completer.activated.connect(self._choose_product)
        self.scan.textEdited.connect(self._suggest)

    def _suggest(self, text: str) -> None:
        if len(text) >= 2 and any(c.isalpha() for c in text) and self.session.cashier:
            self.completer.setCompletionPrefix(text)
            self.completer.complete()
        else:
            self._popup().hide()

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None
        return popup

    def _choose_product(self, choice: str) -> None:
        self.scan.setText(choice.rsplit(" — ", 1)[-1])
        self.submit_scan()

    # Keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the scan field move through the basket's lines; Delete in an empty
        scan field removes the chosen line."""
        if (
            watched is self.scan
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and not self._popup().isVisible()
        ):
            self._move_selection(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        if (
            watched is self.scan
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.ShortcutOverride
            and event.key() == Qt.Key.Key_Delete
            and not self.scan.text()
        ):
            event.ignore()  # an empty scan field lets Delete reach "Remove line"
            return True
        return super().eventFilter(watched, event)

    def _move_selection(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows:
            current = self.selected_row()
            target = rows - 1 if current is None else max(0, min(rows - 1, current + step))
            self.table.selectRow(target)

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scan.setFocus()

    # Actions

    def submit_scan(self) -> None:
        text = self.scan.text()
        self.scan.clear()
        self._popup().hide()
        result = self._guard(lambda: self.session.scan(text))
        if result is None:
            return
        blocked = result.verdict is not None and result.verdict.status == "blocked"
        self.say(result.message, error=result.kind == "invalid" or blocked)
        if result.kind == "pin":
            dialog = dialogs.PinDialog(
                lambda pin: self.session.sign_in(text, pin), result.message, self
            )
            dialog.accepted.connect(self._signed_in)
            self._open(dialog)
            return
        if result.kind == "invalid" and self.session.cashier is not None:
            self.banner.show_message("invalid", "INVALID — scan again", result.message)
            QApplication.beep()
        self.refresh(show_verdict=result.kind == "customer")
        if result.kind == "product":
            self.table.selectRow(self.model.rowCount() - 1)
        self.banner.repaint()
        self.banner_shown.emit()

    def change_quantity(self) -> None:
        row = self._require_row()
        if row is None:
            return
        line = self.session.lines[row]
        qty, ok = QInputDialog.getInt(
            self, "Quantity", f"Quantity of {line.name}", line.qty, 1, 9999
        )
        if ok:
            self._guard(lambda: self.session.set_quantity(row, qty))
            self.refresh()
            self.table.selectRow(row)

    def set_quantity(self, qty: int) -> None:
        """Change the selected line's quantity (the F2 dialog's result)."""
        row = self._require_row()
        if row is not None:
            self._guard(lambda: self.session.set_quantity(row, qty))
            self.refresh()

    def open_amount(self) -> None:
        dialog = dialogs.OpenAmountDialog(self.session.checkout, self)
        dialog.accepted.connect(lambda: self._add_open(dialog))
        self._open(dialog)

    def _add_open(self, dialog: dialogs.OpenAmountDialog) -> None:
        if dialog.result_value is not None:
            category, amount = dialog.result_value
            line = self._guard(lambda: self.session.add_open_amount(category, amount))
            if line is not None:
                self.say(f"Added {line.name} {format_amount(amount, self.currency)}.")
            self.refresh()
            self.table.selectRow(self.model.rowCount() - 1)

    def remove_line(self) -> None:
        row = self._require_row()
        if row is not None:
            line = self._guard(lambda: self.session.remove(row))
            if line is not None:
                self.say(f"Removed {line.name}.")
            self.refresh()

    def walk_in(self) -> None:
        self._guard(lambda: self.session.set_customer(None))
        self.say("Walk-in customer: regular price.")
        self.refresh()

    def call_supervisor(self) -> None:
        if "self_purchase" not in self._quote_reasons():
            self.say("No supervisor is needed for this customer.", error=True)
            return
        dialog = dialogs.OverrideDialog(self.session.approve, self)
        dialog.accepted.connect(self._approved)
        self._open(dialog)

    def _signed_in(self) -> None:
        cashier = self.session.cashier
        self.say(f"Signed in: {cashier.name if cashier else ''}. Scan the customer's badge.")
        self.refresh()

    def _approved(self) -> None:
        self.say("Approved by the supervisor.")
        self.refresh()

    def open_refund(self) -> None:
        dialog = dialogs.RefundDialog(self.session.checkout, self._refund, self)
        self._open(dialog)

    def _refund(self, sale_id: str, lines: list[tuple[int, int | None]]) -> None:
        refund = self.session.refund(sale_id, lines)
        self.say(
            f"Refunded {format_amount(refund.total, self.currency)} {self.currency} "
            f"(sale {refund.sale_id}); staff allowance given back."
        )

    def complete_sale(self) -> None:
        if not self.session.lines:
            self.say("The basket is empty: scan an item first.", error=True)
            return
        cashier = self.session.cashier.name if self.session.cashier else None
        sale = self._guard(self.session.complete)
        if sale is None:
            return  # the basket stays, nothing was recorded
        settings = self.session.checkout.rules.settings
        from pos_desktop.ui.cashier.receipt import ReceiptDialog, receipt_html  # printing: later

        self.last_sale_html = receipt_html(sale, settings, cashier)
        self.say(
            f"Sale complete: {format_amount(sale.quote.total, self.currency)} {self.currency}. "
            f"Sale {sale.sale_id}."
        )
        self.refresh()
        self._open(ReceiptDialog(self.last_sale_html, self))

    def clear_basket(self) -> None:
        if self.session.lines and self.confirm("Clear the basket and the customer?"):
            self.session.new_sale()
            self.say("Basket cleared.")
            self.refresh()

    def sign_out(self) -> None:
        if self.session.lines and not self.confirm("Sign out and clear the basket?"):
            return
        self.session.sign_out()
        self.say("Signed out.")
        self.refresh()

    # Showing

    def refresh(self, show_verdict: bool = True) -> None:
        self._update_header()
        quote = self._guard(self.session.quote) if self.session.cashier else None
        self.model.set_quote(quote)
        self._show_totals(quote)
        if self.session.cashier is None:
            self.banner.show_message("idle", "Scan your badge to sign in", "The till is locked.")
        elif quote is None or not quote.verdict.badge:
            self.banner.show_message(
                "idle",
                "Ready — scan the customer's badge",
                "Walk-in customers pay the regular price; staff scan their badge.",
            )
        elif show_verdict:
            photo = None
            if quote.verdict.employee_no and not quote.verdict.dependant_no:
                photo = self.session.checkout.registry.photo(quote.verdict.employee_no)
            self.banner.show_verdict(quote.verdict, self.session.checkout.rules, photo)
            if quote.verdict.status == "blocked":
                QApplication.beep()
        self.scan.setFocus()

    def _show_totals(self, quote: Quote | None) -> None:
        def money(value: int) -> str:
            return format_amount(value, self.currency)

        self.totals["subtotal"].setText(money(quote.subtotal if quote else 0))
        self.totals["discount"].setText(money(quote.discount if quote else 0))
        self.totals["total"].setText(f"{money(quote.total if quote else 0)} {self.currency}")
        after = quote.allowance_after if quote else None
        self.totals["allowance"].setText("—" if after is None else money(after))

    def _update_header(self) -> None:
        settings = self.session.checkout.rules.settings
        cashier = self.session.cashier
        who = f"{cashier.name} ({cashier.employee_no})" if cashier else "nobody signed in"
        now = QDateTime.currentDateTime().toString("yyyy-MM-dd HH:mm")
        self.header.setText(
            f"<b>{settings.name}</b> · Till {settings.till} · Cashier: {who} · {now}"
        )

    def say(self, text: str, *, error: bool = False) -> None:
        colour = "#b71c1c" if error else "#1b5e20"
        self.status.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.status.setText(text)

    def _quote_reasons(self) -> tuple[str, ...]:
        quote = self._guard(self.session.quote)
        return quote.verdict.reasons if quote else ()

    def _require_row(self) -> int | None:
        row = self.selected_row()
        if row is None:
            self.say("Choose a line first (Up/Down arrows).", error=True)
        return row

    def _guard(self, action: Callable[[], T]) -> T | None:
        """Run an action; a problem is shown in the cashier's words and changes nothing."""
        try:
            with storage_errors(self.database):
                return action()
        except PosError as exc:
            text = str(exc)
            self.say(text[:1].upper() + text[1:] + ".", error=True)
            return None

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.scan.setFocus()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, "pos-desktop", question)
        return answer == QMessageBox.StandardButton.Yes

"""The till's scan field: where a scanner's keys and the cashier's typing arrive, with
type-ahead by product name or SKU.

Each Enter gives exactly one `scanned`, whichever way it came: typed, delivered by a scanner,
or pressed on a suggestion chosen with the arrows. Under a window system the suggestions'
popup holds the keyboard, and Qt's completer would report that Enter twice (as the choice and
again as the field's Enter); the field takes the Enter on the popup itself, before the
completer sees it. A suggestion clicked with the mouse is one `scanned` too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

# Qt's key names (the `Qt` namespace) load at the first key, not before the first paint: the
# scan field is on screen first (see window.py), and `Qt` alone takes some 20 ms to load.
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from pos_desktop.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtCore import QStringListModel
    from PySide6.QtGui import QKeyEvent, QPaintEvent
    from PySide6.QtWidgets import QAbstractItemView, QCompleter


class ScanField(QLineEdit):
    """One line for badges, barcodes, SKUs and product names; Up and Down (with no
    suggestions shown) choose a basket line instead of moving in the text."""

    scanned = Signal(str)  # once per Enter or suggestion clicked: what to scan
    moved = Signal(int)  # Up (-1) or Down (+1): the basket's chosen line moves
    painted = Signal()  # once, after the field's first paint (the till opens then)
    searching = Signal(str)  # letters typed: the products to suggest go to `suggest`

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan")
        hint = translate("CashierWindow", "Scan or type a badge, barcode, SKU or product name")
        self.setAccessibleName(hint)
        self.setPlaceholderText(hint)
        self.suggestions: QCompleter | None = None
        self.products: QStringListModel | None = None
        self._painted = False
        self.returnPressed.connect(self.enter)

    def offer_products(self) -> None:
        """Ask for products to suggest (`searching`) as letters are typed: two or more, not a
        scanner's digits."""
        from PySide6.QtCore import QStringListModel, Qt
        from PySide6.QtWidgets import QCompleter

        self.products = QStringListModel(self)
        self.suggestions = QCompleter(self.products, self)
        self.suggestions.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.suggestions.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.suggestions.setWidget(self)
        self.suggestions.activated.connect(self._clicked)
        self._popup().installEventFilter(self)  # after the completer's own: it runs first
        self.textEdited.connect(self._typed)

    def enter(self) -> None:
        """Enter: the suggestion moved to with the arrows, or else what was typed, scanned
        once. A suggestion only lit (not chosen) leaves what was typed."""
        text = self.text()
        if self.suggesting():
            popup = self._popup()
            chosen = popup.selectionModel().selectedIndexes()
            if chosen:
                text = _sku(str(chosen[0].data()))
            popup.hide()
        self.clear()
        self.scanned.emit(text)

    def suggesting(self) -> bool:
        """The suggestions are on screen."""
        return self.suggestions is not None and self._popup().isVisible()

    def _clicked(self, choice: str) -> None:
        """A suggestion clicked (Enter on the popup never reaches the completer)."""
        self._popup().hide()
        self.clear()
        self.scanned.emit(_sku(choice))

    def _typed(self, text: str) -> None:
        if len(text) >= 2 and any(c.isalpha() for c in text):
            self.searching.emit(text)
        else:
            self.suggest([])

    def suggest(self, found: Sequence[tuple[str, str]]) -> None:
        """Show these products, (sku, name) each, as suggestions; none hides them."""
        assert self.products is not None and self.suggestions is not None
        self.products.setStringList([f"{name} — {sku}" for sku, name in found])
        if found:
            self.suggestions.complete()
        else:
            self._popup().hide()

    def _popup(self) -> QAbstractItemView:
        assert self.suggestions is not None
        popup = self.suggestions.popup()
        assert popup is not None
        return popup

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the suggestions' popup is this field's Enter, and only that."""
        if event.type() == QEvent.Type.KeyPress:
            from PySide6.QtCore import Qt

            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # type: ignore[attr-defined]
                self.enter()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not self.suggesting():
            self.moved.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and not self.text():
            from PySide6.QtCore import Qt

            if event.key() == Qt.Key.Key_Delete:  # type: ignore[attr-defined]
                event.ignore()  # an empty scan field lets Delete reach "Remove line"
                return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()


def _sku(choice: str) -> str:
    """'Winter coat — COAT-01' -> 'COAT-01'."""
    return choice.rsplit(" — ", 1)[-1]

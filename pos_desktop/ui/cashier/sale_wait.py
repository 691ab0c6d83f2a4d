"""F12 on a chain till: the sale's allowance question goes to the server first, and the till
waits for the answer in its event loop, so the window keeps painting and its clock keeps
ticking even when the server is silent. Meanwhile the scan field takes no scan and no other
key works (a second F12 sells nothing more); once the answer is in, or the deadline passed
(core/central/online.py's SALE_WAIT_SECONDS), the sale is recorded as it always was: with the
answer, or by the store's offline rules. Then, when the server did not answer, the message
line says the allowance was not confirmed with it, and the header says the till is offline at
once (not at the next sync). A scan during the wait is not taken, and the message line says so."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent

from pos_desktop.core.central.online import SALE_WAIT_SECONDS
from pos_desktop.i18n import say, translate

if TYPE_CHECKING:
    from concurrent.futures import Future

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow

    from pos_desktop.core.till import TillSession
    from pos_desktop.ui.cashier.server_link import ChainLink

LOOK_MS = 10  # how often the window looks whether the answer is in (a live server: ms)


class SaleWait(QObject):
    """Waits for a sale's server answers without holding up the window, then records it."""

    def __init__(self, window: QMainWindow, scan: QLineEdit, say: Callable[..., None]) -> None:
        super().__init__(window)
        self.window = window
        self.scan = scan
        self.say = say
        self.session: TillSession | None = None
        self.waiting: list[Future[int | None]] = []
        self.deadline = 0.0
        self.then: Callable[[], None] | None = None
        self.paused: list[QAction] = []
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_MS)
        self.timer.timeout.connect(self._look)

    @property
    def busy(self) -> bool:
        return self.then is not None

    def start(self, session: TillSession, then: Callable[[], None]) -> bool:
        """Send the sale's questions; True when the window now waits for them and `then`
        records the sale later, False when there is nothing to wait for (record it now)."""
        if self.busy:
            return True  # F12 again while waiting: the sale is recorded once
        sent = session.ask_server()
        if not sent or all(future.done() for future in sent):
            return False
        self.waiting, self.then, self.session = sent, then, session
        self.deadline = time.monotonic() + SALE_WAIT_SECONDS
        self.paused = [action for action in self.window.actions() if action.isEnabled()]
        for action in self.paused:
            action.setEnabled(False)
        self.scan.installEventFilter(self)
        # Not "done" yet: the sale is not recorded until the answer is in or the wait is over.
        self.say(confirming(), level="warn")
        self.timer.start()
        return True

    def _look(self) -> None:
        if time.monotonic() < self.deadline and not all(f.done() for f in self.waiting):
            return
        self.timer.stop()
        self.scan.removeEventFilter(self)
        for action in self.paused:
            action.setEnabled(True)
        answered = all(_answered(future) for future in self.waiting)
        then, session = self.then, self.session
        self.then, self.session, self.waiting, self.paused = None, None, [], []
        if not answered and session is not None and session.checkout.other_tills is not None:
            session.checkout.other_tills.unanswered()  # before the sale: the header follows
        if then is not None:
            then()  # the sale's message says so when its allowance was not confirmed
        link = getattr(self.window, "chain", None)
        if not answered and link is not None:
            link.changed.emit()  # the window's header reads the link again: offline

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While waiting, keys typed into the scan field (a scanned code and its Enter) go
        nowhere: the customer and the basket stay as they were when F12 was pressed. A scan's
        Enter says so, under the wait's own message."""
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            if (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            ):
                again = translate(
                    "SaleWait", "That scan was not taken: scan it again once the sale is recorded."
                )
                self.say(f"{confirming()} {again}", level="warn")
            return True
        return super().eventFilter(watched, event)


def confirming() -> str:
    """The message line while a sale waits for the server."""
    return translate("SaleWait", "Confirming the allowance with the server…")


def _answered(future: Future[int | None]) -> bool:
    return future.done() and future.exception() is None and future.result() is not None


class _Till(Protocol):
    """What a sale's note needs of the till's window."""

    session: TillSession
    status: QLabel
    chain: ChainLink | None

    def say(self, text: str, *, level: str = "ok") -> None: ...


def say_unconfirmed(window: _Till) -> None:
    """A sale recorded without the server's answer for its allowance: the message line adds
    so to the sale's, and the header says the till is offline now (not at the next sync)."""
    from pos_desktop.core.sale import SALE_UNCONFIRMED

    window.say(f"{window.status.text()} {say(SALE_UNCONFIRMED)}", level="warn")
    others = window.session.checkout.other_tills
    if others is not None and window.chain is not None:
        others.unanswered()
        window.chain.changed.emit()

"""F12 on a chain till: the sale's allowance question goes to the server first, and the till
waits for the answer in its event loop, so the window keeps painting and its clock keeps
ticking even when the server is silent. Meanwhile the scan field takes no scan and no other
key works (a second F12 sells nothing more); once the answer is in, or the deadline passed
(core/central/online.py's SALE_WAIT_SECONDS), the sale is recorded as it always was: with the
answer, or by the store's offline rules."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from pos_desktop.core.central.online import SALE_WAIT_SECONDS
from pos_desktop.i18n import translate

if TYPE_CHECKING:
    from concurrent.futures import Future

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLineEdit, QMainWindow

    from pos_desktop.core.till import TillSession

LOOK_MS = 10  # how often the window looks whether the answer is in (a live server: ms)


class SaleWait(QObject):
    """Waits for a sale's server answers without holding up the window, then records it."""

    def __init__(self, window: QMainWindow, scan: QLineEdit, say: Callable[..., None]) -> None:
        super().__init__(window)
        self.window = window
        self.scan = scan
        self.say = say
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
        self.waiting, self.then = sent, then
        self.deadline = time.monotonic() + SALE_WAIT_SECONDS
        self.paused = [action for action in self.window.actions() if action.isEnabled()]
        for action in self.paused:
            action.setEnabled(False)
        self.scan.installEventFilter(self)
        # Not "done" yet: the sale is not recorded until the answer is in or the wait is over.
        self.say(translate("SaleWait", "Confirming the allowance with the server…"), level="warn")
        self.timer.start()
        return True

    def _look(self) -> None:
        if time.monotonic() < self.deadline and not all(f.done() for f in self.waiting):
            return
        self.timer.stop()
        self.scan.removeEventFilter(self)
        for action in self.paused:
            action.setEnabled(True)
        then, self.then, self.waiting, self.paused = self.then, None, [], []
        if then is not None:
            then()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While waiting, keys typed into the scan field (a scanned code and its Enter) go
        nowhere: the customer and the basket stay as they were when F12 was pressed."""
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return True
        return super().eventFilter(watched, event)

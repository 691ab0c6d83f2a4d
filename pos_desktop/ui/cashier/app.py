"""Starting the till: open the database, show the window with the scan field focused."""

from __future__ import annotations

import sys
from pathlib import Path

from pos_desktop.core.checkout import Checkout
from pos_desktop.core.errors import PosError
from pos_desktop.core.storage import open_database
from pos_desktop.core.till import TillSession

# The scripted demo checkout behind --screenshot: the cashier signs in, a colleague buys.
DEMO_SCRIPT = ("2000000000022", "2000000000015", "SHIRT-01", "WINE-01", "COAT-01")


def run(path: Path, *, screenshot: Path | None = None, exit_when_ready: bool = False) -> int:
    """Open the cashier window on the database at `path`; returns the process exit code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from pos_desktop.ui.cashier.window import CashierWindow
    from pos_desktop.ui.common.style import application

    app = application()
    quiet_offscreen_platform()
    try:
        session = TillSession(Checkout(open_database(path)))
    except PosError as exc:
        QMessageBox.critical(None, "pos-desktop", f"The till cannot start: {exc}.")
        print(f"pos-desktop: {exc}", file=sys.stderr)
        return 2
    window = CashierWindow(session)
    sys.excepthook = _report_defect
    window.show()
    if exit_when_ready:
        QTimer.singleShot(0, app.quit)
        return app.exec()
    if screenshot is not None:
        for scan in DEMO_SCRIPT:
            window.scan.setText(scan)
            window.submit_scan()
        app.processEvents()
        saved = window.grab().save(str(screenshot))
        window.close()
        if not saved:
            print(f"pos-desktop: cannot write the screenshot {screenshot}", file=sys.stderr)
            return 2
        print(f"Saved the till after a demo checkout to {screenshot}")
        return 0
    idle = QTimer(window)
    idle.timeout.connect(session.checkout.checkpoint)
    idle.start(30_000)
    return app.exec()


def quiet_offscreen_platform() -> None:
    """The offscreen platform (screenshots, CI) warns about what it cannot do (size hints,
    raising windows, grabbing the keyboard); that says nothing to a user, so it is dropped
    and every other message kept."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "offscreen":
        return

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _report_defect(kind: type[BaseException], error: BaseException, trace: object) -> None:
    """A defect in the app: one line for the cashier; the till keeps running and the basket
    stays (every sale is one transaction, so nothing is half-written)."""
    from PySide6.QtWidgets import QMessageBox

    text = f"Something went wrong in pos-desktop ({kind.__name__}: {error}). Nothing was lost."
    print(f"pos-desktop: {text}", file=sys.stderr)
    QMessageBox.warning(None, "pos-desktop", text + " Please report this.")

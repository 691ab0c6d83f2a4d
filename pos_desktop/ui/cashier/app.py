"""Starting the till: open the database, show the window with the scan field focused."""

from __future__ import annotations

import gc
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pos_desktop import i18n
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.errors import DamagedDatabase, PosError

if TYPE_CHECKING:
    from pos_desktop.core.till import TillSession
    from pos_desktop.ui.cashier.window import CashierWindow

# The scripted demo checkout behind --screenshot: the cashier signs in, a colleague buys.
DEMO_SCRIPT = ("2000000000022", "2000000000015", "SHIRT-01", "WINE-01", "COAT-01")
# New objects between two garbage collections while the till starts (Python's default: 700).
# The start makes some 40,000 objects that live as long as the till (modules, classes, Qt's
# enums) and next to no garbage: the 60 collections they would set off find nothing and cost
# some 8 ms. The default is back once the till is open, or when it cannot start (_collect_rarely).
STARTING_GC_THRESHOLD = 100_000


def run(
    path: Path,
    *,
    screenshot: Path | None = None,
    exit_when_ready: bool = False,
    exit_when_open: bool = False,
    language: str | None = None,
    high_contrast: bool | None = None,
    touch: bool | None = None,
) -> int:
    """Open the cashier window on the database at `path`; returns the process exit code.

    The window and its focused scan field come up first; the till's core loads in the first
    turn of the event loop (`exit_when_ready` quits at the first point, `exit_when_open` at
    the second: both are for the start-up benchmark). `language` is --lang: it wins over
    the store's language setting; `high_contrast` and `touch`, when not None, win over the
    store's display settings.
    """
    usual_gc = _collect_rarely()
    from PySide6.QtCore import QTimer

    from pos_desktop import i18n
    from pos_desktop.ui.cashier.window import CashierWindow
    from pos_desktop.ui.common.style import (
        application,
        quiet_offscreen_platform,
        stored_display,
        use_display,
    )

    app = application()
    quiet_offscreen_platform()
    i18n.use(i18n.choose(language))  # a damaged or missing database is said in it
    try:
        try:
            conn = open_database(path)
        except DamagedDatabase as exc:
            if not _restored(None, path, i18n.say(exc)):
                raise
            conn = open_database(path)
    except PosError as exc:
        from PySide6.QtWidgets import QMessageBox

        text = i18n.translate("CashierApp", "The till cannot start: {problem}.")
        QMessageBox.critical(None, "pos-desktop", text.format(problem=i18n.say(exc)))
        print(f"pos-desktop: {i18n.say(exc)}", file=sys.stderr)
        usual_gc()
        return 2
    i18n.use(i18n.choose(language, i18n.stored_language(conn)))
    stored_contrast, stored_touch = stored_display(conn)
    use_display(
        high_contrast=stored_contrast if high_contrast is None else high_contrast,
        touch=stored_touch if touch is None else touch,
    )
    if exit_when_ready:  # queued before the window's own first-turn work
        QTimer.singleShot(0, app.quit)
    window = CashierWindow(opener=lambda: _session(conn, failed=usual_gc))
    window.till_open.connect(usual_gc)
    sys.excepthook = _report_defect
    if screenshot is None and not exit_when_ready and not exit_when_open:
        # As tills do, the window takes the screen's free area: under a window manager that is
        # below its panel and title bar, so nothing at the bottom is cut off on 1024x768.
        window.showMaximized()
    else:
        window.show()  # at its 1024x768 size: screenshots, and the benchmark's bare window
    if exit_when_ready:
        return app.exec()
    if exit_when_open or screenshot is not None:
        _wait_until_open(window)
    if exit_when_open:
        return 0 if window.opened else 2
    if screenshot is not None:
        return _screenshot(window, screenshot)
    idle = QTimer(window)
    idle.timeout.connect(lambda: _checkpoint(window))
    idle.start(30_000)
    _keep_safe(window, path)
    return app.exec()


def _checkpoint(window: CashierWindow) -> None:
    if window.opened:
        window.session.checkout.checkpoint()


def _keep_safe(window: CashierWindow, path: Path) -> None:
    """Once the till is open: look for damage in the database and take the day's backup, in
    the background; a damaged database is said at once and its newest backup offered."""
    from pos_desktop.ui.common.recovery import Upkeep

    upkeep = Upkeep(path, window)
    upkeep.damaged.connect(lambda problem: _damaged(window, path, problem))
    upkeep.failed.connect(lambda text: window.say(text[:1].upper() + text[1:] + ".", level="warn"))
    window.till_open.connect(lambda: upkeep.start(check=True))


def _damaged(window: CashierWindow, path: Path, problem: str) -> None:
    """The check found damage while the till was open: offer the newest backup, and go on
    with the same cashier and basket on the restored database."""
    text = problem[:1].upper() + problem[1:]
    until = i18n.translate("CashierApp", "{problem}. Sales may fail until a backup is restored.")
    window.say(until.format(problem=text), level="error")
    old = window.session
    old.checkout.conn.close()
    restored = _restored(window, path, problem)
    try:
        session = _session(open_database(path))
    except PosError as exc:
        stop = i18n.translate("CashierApp", "The till cannot go on: {problem}. Restart it.")
        window.say(stop.format(problem=i18n.say(exc)), level="error")
        return
    window.reattach(session)
    if restored:
        still = i18n.translate(
            "CashierApp", "Restored the newest backup; the basket is still here."
        )
        window.say(still, level="warn")
    else:
        restart = i18n.translate(
            "CashierApp", "{problem}. Sales may fail: restart the till to restore a backup."
        )
        window.say(restart.format(problem=text), level="error")


def _restored(parent: CashierWindow | None, path: Path, problem: str) -> bool:
    from pos_desktop.ui.common import recovery

    found = recovery.offer_backup(parent, path, problem)
    return found is not None and recovery.restore_damaged(parent, path, found, "till")


def _wait_until_open(window: CashierWindow, seconds: float = 30) -> None:
    """Let the event loop paint the window and load the core (for the scripted modes)."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not window.opened and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.001)


def _collect_rarely() -> Callable[[], None]:
    """Collect garbage rarely while the till starts. The function returned ends that, once the
    till is open or when it cannot start: what the start made lives as long as the till, so it
    is left out of every later collection (gc.freeze: the day's full collections and the one
    at exit look at far fewer objects), and what the day makes is collected as usual."""
    usual = gc.get_threshold()
    gc.set_threshold(STARTING_GC_THRESHOLD, *usual[1:])

    def started() -> None:
        gc.freeze()
        gc.set_threshold(*usual)

    return started


def _session(conn: sqlite3.Connection, failed: Callable[[], None] | None = None) -> TillSession:
    from pos_desktop.core.checkout import Checkout
    from pos_desktop.core.till import TillSession

    try:
        return TillSession(Checkout(conn))
    except BaseException:
        if failed is not None:
            failed()  # the window says why the till cannot open
        raise


def _screenshot(window: CashierWindow, screenshot: Path) -> int:
    from PySide6.QtWidgets import QApplication

    for scan in DEMO_SCRIPT:
        window.scan.setText(scan)
        window.submit_scan()
    QApplication.processEvents()
    from pos_desktop.ui.common.screenshots import save_screenshot

    saved = save_screenshot(window, screenshot)
    window.close()
    if not saved:
        return 2
    print(f"Saved the till after a demo checkout to {screenshot}")
    return 0


def _report_defect(kind: type[BaseException], error: BaseException, trace: object) -> None:
    """A defect in the app: one line for the cashier; the till keeps running and the basket
    stays (every sale is one transaction, so nothing is half-written)."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    text = f"Something went wrong in pos-desktop ({kind.__name__}: {error}). Nothing was lost."
    print(f"pos-desktop: {text}", file=sys.stderr)
    if QGuiApplication.platformName() != "offscreen":  # nobody to click OK there
        QMessageBox.warning(None, "pos-desktop", text + " Please report this.")

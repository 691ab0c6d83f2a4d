"""Starting the admin window: sign in first, then the pages."""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from pos_desktop.core.admin import unseen_tightening
from pos_desktop.core.db.storage import open_checked
from pos_desktop.core.errors import DamagedDatabase, PosError
from pos_desktop.core.signin import AdminGate, AdminIdentity

if TYPE_CHECKING:
    from pos_desktop.ui.admin.window import AdminWindow

# The demo store's admin (Radu Stan): --screenshot signs in with this badge and PIN.
DEMO_ADMIN = ("2000000000121", "4321")


def run(
    path: Path,
    *,
    screenshot: Path | None = None,
    language: str | None = None,
    high_contrast: bool | None = None,
) -> int:
    """Open the admin window on the database at `path`; returns the process exit code.
    `language` is --lang: it wins over the store's language setting; so does `high_contrast`,
    when not None, over the store's. The touch option is for the till: this window is used
    at a desk and keeps its size to fit a 1024x768 screen."""
    from pos_desktop import i18n
    from pos_desktop.ui.admin.window import AdminWindow
    from pos_desktop.ui.common import recovery
    from pos_desktop.ui.common.style import application, quiet_offscreen_platform

    app = application()
    quiet_offscreen_platform()
    i18n.use(i18n.choose(language))
    opened = _sign_in(path, screenshot is not None, language, high_contrast)
    if isinstance(opened, int):
        return opened
    window = AdminWindow(*opened)
    if screenshot is not None:
        window.resize(1024, 768)  # the picture at the smallest screen it fits, not the screen's
    window.show()
    tightened = unseen_tightening(opened[0])
    if tightened is not None:
        window.say(i18n.say(tightened), error=True)
    upkeep = recovery.Upkeep(path, window)
    upkeep.failed.connect(lambda text: window.say(text[:1].upper() + text[1:] + ".", error=True))
    upkeep.finished.connect(window.backups_page.load)
    if screenshot is not None:
        return _screenshot(window, screenshot)
    upkeep.start(check=False)  # checked on opening; this takes the day's backup
    return app.exec()


def _sign_in(
    path: Path, as_demo_admin: bool, language: str | None, high_contrast: bool | None
) -> tuple[sqlite3.Connection, AdminIdentity] | int:
    """The database opened (a damaged one restored from a backup if the admin agrees), in
    its language and display, and who signed in; or the exit code when nobody did."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from pos_desktop import i18n
    from pos_desktop.ui.admin.signin import SignInDialog
    from pos_desktop.ui.common import recovery
    from pos_desktop.ui.common.style import stored_display, use_display

    try:
        try:
            conn = open_checked(path)
        except DamagedDatabase as exc:
            found = recovery.offer_backup(None, path, i18n.say(exc))
            if found is None or not recovery.restore_damaged(None, path, found, "admin window"):
                print(f"pos-desktop: {i18n.say(exc)}", file=sys.stderr)
                return 2
            conn = open_checked(path)
        i18n.use(i18n.choose(language, i18n.stored_language(conn)))
        stored_contrast = stored_display(conn)[0]
        use_display(
            high_contrast=stored_contrast if high_contrast is None else high_contrast,
            touch=False,
        )
        gate = AdminGate(conn)
        if as_demo_admin:
            return conn, gate.sign_in(badge=DEMO_ADMIN[0], pin=DEMO_ADMIN[1])
        dialog = SignInDialog(gate, path.name)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.identity is None:
            return 1
        return conn, dialog.identity
    except PosError as exc:
        text = i18n.translate("AdminApp", "The admin window cannot start: {problem}.")
        QMessageBox.critical(None, "pos-desktop", text.format(problem=i18n.say(exc)))
        print(f"pos-desktop: {i18n.say(exc)}", file=sys.stderr)
        return 2


def _screenshot(window: AdminWindow, screenshot: Path) -> int:
    """Save the registry page once its people are counted, then close."""
    from PySide6.QtWidgets import QApplication

    from pos_desktop.ui.common.screenshots import save_screenshot

    deadline = time.monotonic() + 10
    while window.staff.count_pending or window.staff.count.text() == "counting…":
        QApplication.processEvents()  # paint, then the count that follows the first paint
        if time.monotonic() > deadline:
            break
        time.sleep(0.005)
    saved = save_screenshot(window, screenshot)
    window.close()
    if not saved:
        return 2
    print(f"Saved the admin window's staff registry to {screenshot}")
    return 0

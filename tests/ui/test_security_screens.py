"""The PIN lockout and the file permissions as a cashier and an admin see them; each state's
screenshot is saved under tests/screenshots/ to be looked at."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pos_desktop.core.admin import unseen_tightening
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.signin import AdminGate
from pos_desktop.core.till import TillSession
from pos_desktop.ui.admin.window import AdminWindow
from pos_desktop.ui.cashier.dialogs import OverrideDialog
from pos_desktop.ui.cashier.window import CashierWindow
from tests.conftest import MARIA, PIOTR, RADU

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)


def shot(widget, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture
def till(qtbot, demo_path):
    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    win = CashierWindow(session)
    qtbot.add_widget(win)
    win.resize(1024, 768)
    win.show()
    assert QTest.qWaitForWindowExposed(win)
    yield win
    session.checkout.conn.close()


def scan(qtbot, win, text: str) -> None:
    qtbot.keyClicks(win.scan, text)
    qtbot.keyClick(win.scan, Qt.Key.Key_Return)


def test_the_till_s_pin_sign_in_locks_after_five_wrong_pins(qtbot, till):
    conn = till.session.checkout.conn
    conn.execute("UPDATE settings SET value = 'true' WHERE key = 'store.require_pin'")
    conn.commit()
    till.session.checkout.reload()
    scan(qtbot, till, MARIA)
    dialog = till.dialog
    for pin in ("0852", "0853", "0854", "0855"):
        qtbot.keyClicks(dialog.pin, pin)
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert "tries left before the PIN locks" in dialog.error.text()
    qtbot.keyClicks(dialog.pin, "0856")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert "is locked after 5 wrong tries, until" in dialog.error.text()
    shot(dialog, "cashier-pin-locked")
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert till.session.cashier is None
    assert "is locked" in dialog.error.text()


def test_the_supervisor_dialog_says_until_when_a_pin_is_locked(qtbot, till):
    scan(qtbot, till, PIOTR)
    scan(qtbot, till, PIOTR)
    scan(qtbot, till, "COAT-01")
    qtbot.keyClick(till.scan, Qt.Key.Key_F7)
    dialog = till.dialog
    assert isinstance(dialog, OverrideDialog)
    qtbot.keyClicks(dialog.badge, MARIA)
    qtbot.keyClicks(dialog.reason, "staff day")
    for pin in ("5001", "5002", "5003", "5004", "5005"):
        qtbot.keyClicks(dialog.pin, pin)
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert "is locked after 5 wrong tries, until" in dialog.error.text()
    shot(dialog, "cashier-override-locked")
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.isVisible() and till.session.override is None


@pytest.fixture
def admin(qtbot, demo_path):
    conn = open_database(demo_path)
    win = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    qtbot.add_widget(win)
    win.show()
    assert QTest.qWaitForWindowExposed(win)
    yield win
    conn.close()


def test_the_settings_page_sets_the_pin_lockout_and_refuses_a_slow_pattern(qtbot, admin):
    page = admin.settings_page
    admin.pages.setCurrentWidget(page)
    assert (page.pin_failures.value(), page.pin_lock_minutes.value()) == (5, 15)
    assert page.file_access.currentData() == "owner"
    page.pin_failures.setValue(3)
    page.pin_lock_minutes.setValue(30)
    page.file_access.setCurrentIndex(page.file_access.findData("group"))
    admin.save_settings(page.settings())
    assert "Settings saved" in admin.status.text()
    saved = admin.rules.settings
    assert (saved.pin_failures, saved.pin_lock_minutes, saved.file_access) == (3, 30, "group")
    page.pattern.setText(r"^(\w+)+$")
    qtbot.keyClicks(page.trial, "A" * 30 + "!")
    assert "repeats a group that itself repeats" in page.trial_result.text()
    admin.save_settings(page.settings())
    assert "pattern repeats a group that itself repeats" in admin.status.text()
    assert admin.rules.settings.badge_pattern == r"^2[0-9]{12}$"
    shot(admin, "admin-settings-pin-lockout")


def test_the_admin_window_says_once_that_the_files_were_tightened(demo_path, tmp_path):
    from pos_desktop.ui.admin.app import run

    demo_path.chmod(0o644)
    first = tmp_path / "first.png"
    assert run(demo_path, screenshot=first) == 0
    conn = open_database(demo_path)
    assert unseen_tightening(conn) is None  # said by the window, not again
    conn.close()
    SCREENSHOTS.mkdir(exist_ok=True)
    (SCREENSHOTS / "admin-files-tightened.png").write_bytes(first.read_bytes())

"""A newcomer's first start: `dev.py demo` installs only the app, keeps its database out of
the checkout, names the X11 libraries Qt lacks in one message, and without a display shows
what the till would show; the admin window's first start on the demo says how the demo
admin signs in, and lets them in by badge before any password is chosen."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from pos_desktop import i18n
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.signin import AdminGate
from pos_desktop.paths import default_db_path, demo_db_path
from pos_desktop.ui.admin.signin import SignInDialog
from tests.conftest import RADU

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def load_dev():
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


dev = load_dev()


def shot(widget, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()  # the layout settled, as a person sees it
    assert widget.grab().save(str(SCREENSHOTS / f"first-start-{name}.png"))


# dev.py demo


def test_the_demo_database_lives_in_the_app_s_data_folder_not_the_checkout(monkeypatch):
    monkeypatch.delenv("POS_DESKTOP_DB", raising=False)
    path = demo_db_path()
    assert path.name == "demo.sqlite" and path.parent == default_db_path().parent
    assert ROOT not in path.parents  # nor its backups/, which go beside it
    assert not hasattr(dev, "DEMO_DB")


def test_demo_installs_only_the_app_and_test_the_tools(monkeypatch, tmp_path):
    ran: list[list[str]] = []
    monkeypatch.setattr(dev, "VENV", tmp_path)
    monkeypatch.setattr(dev, "PYTHON", Path(sys.executable))  # exists: no new venv
    monkeypatch.setattr(dev, "STAMP", tmp_path / ".installed")
    monkeypatch.setattr(dev, "_run", lambda cmd, env=None: ran.append(cmd) or 0)
    dev._ensure_env(dev.APP)
    installed = [c for c in ran if "-e" in c]
    assert installed and installed[-1][-1] == str(dev.ROOT)  # no [test,dev,escpos,bundle]
    ran.clear()
    dev._ensure_env(dev.APP)
    assert ran == []  # installed once
    dev._ensure_env(dev.TOOLS)
    assert [c for c in ran if "-e" in c][-1][-1] == f"{dev.ROOT}[test,dev,escpos,bundle]"
    ran.clear()
    dev._ensure_env(dev.APP)  # the tools' .venv serves the app too
    assert ran == []


def test_an_older_stamp_counts_as_every_tool_installed(monkeypatch, tmp_path):
    import hashlib

    ran: list[list[str]] = []
    stamp = tmp_path / ".installed"
    stamp.write_text(hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest())
    monkeypatch.setattr(dev, "PYTHON", Path(sys.executable))
    monkeypatch.setattr(dev, "STAMP", stamp)
    monkeypatch.setattr(dev, "_run", lambda cmd, env=None: ran.append(cmd) or 0)
    dev._ensure_env(dev.TOOLS)
    assert ran == []


def test_missing_x11_libraries_are_named_as_debian_packages_in_one_message(monkeypatch):
    ldd = (
        "\tlibQt6XcbQpa.so.6 => /x/libQt6XcbQpa.so.6 (0x1)\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibxcb-keysyms.so.1 => not found\n"
        "\tlibxkbcommon-x11.so.0 => not found\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibxcb-cursor.so.0 => not found\n"
    )
    packages = dev.packages_for(ldd)
    assert packages == ["libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0", "libxcb-cursor0"]
    monkeypatch.setattr(dev, "missing_xcb_packages", lambda: packages)
    problem = dev.display_problem({"DISPLAY": ":0"}, "linux")
    assert problem is not None
    assert (
        "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-cursor0"
        in (problem)
    )
    monkeypatch.setattr(dev, "missing_xcb_packages", lambda: [])
    assert dev.display_problem({"DISPLAY": ":0"}, "linux") is None
    assert dev.display_problem({}, "win32") is None
    assert dev.display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None


def test_without_a_display_the_demo_says_so_and_shows_the_till_s_picture_and_a_quote(
    demo_path, capfd
):
    problem = dev.display_problem({}, "linux")
    assert problem is not None and "no display" in problem
    app = [sys.executable, "-m", "pos_desktop", "--db", str(demo_path)]
    assert dev.without_display(app, demo_path) == 0
    out = capfd.readouterr().out
    assert (demo_path.parent / "demo-till.png").stat().st_size > 10_000
    assert "Saved the till after a demo checkout" in out
    assert "Internal: Anna Kowalska, employee of Acme Retail" in out
    assert "Subtotal 240.00  Discount 48.00  Total 192.00 EUR" in out


# The admin window's first start on the demo


@pytest.fixture
def conn(demo_path):
    connection = open_database(demo_path)
    yield connection
    connection.close()


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_the_demo_s_first_start_names_the_demo_admin_and_lets_them_in_by_badge(
    qtbot, conn, language
):
    i18n.use(language)
    gate = AdminGate(conn)
    assert not gate.has_password and gate.has_badge_admins
    dialog = SignInDialog(gate, "demo.sqlite")
    qtbot.add_widget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    hint = dialog.findChild(type(dialog.error), "demoHint")
    assert hint is not None and "2000000000121" in hint.text() and "4321" in hint.text()
    assert dialog.focusWidget() is dialog.badge
    shot(dialog, language)
    qtbot.keyClicks(dialog.badge, RADU)
    qtbot.keyClick(dialog.badge, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.pin
    qtbot.keyClicks(dialog.pin, "1111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.error.isVisible() and dialog.pin.text() == ""
    assert dialog.focusWidget() is dialog.pin
    qtbot.keyClicks(dialog.pin, "4321")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.identity is not None and dialog.identity.actor == "E0012"
    assert not gate.has_password  # the password is chosen at a later start, if wanted


def test_while_the_demo_admin_s_pin_is_locked_its_hint_is_hidden(qtbot, conn):
    """The first start named 'PIN 4321' while that PIN was locked, and the locked PIN's
    message sent the admin only to `staff set-pin` although this window offers the password."""
    dialog = SignInDialog(AdminGate(conn), "demo.sqlite")
    qtbot.add_widget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    hint = dialog.findChild(type(dialog.error), "demoHint")
    assert hint is not None and hint.isVisible()
    qtbot.keyClicks(dialog.badge, RADU)
    for wrong in ("1111", "2222", "3333", "4444", "5555"):
        assert dialog.badge.text() == RADU  # kept; only the PIN is cleared
        qtbot.keyClicks(dialog.pin, wrong)
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert not hint.isVisible()  # hidden as the PIN locks
    qtbot.keyClicks(dialog.pin, "4321")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    said = dialog.error.text()
    assert "locked" in said and "choose the admin password in this window" in said, said
    assert dialog.identity is None
    shot(dialog, "demo-pin-locked")
    again = SignInDialog(AdminGate(conn), "demo.sqlite")  # the next start, still locked
    qtbot.add_widget(again)
    again.show()
    assert QTest.qWaitForWindowExposed(again)
    assert again.findChild(type(again.error), "demoHint") is None
    assert "4321" not in " ".join(label.text() for label in again.findChildren(QLabel))


def test_once_a_password_is_set_the_demo_s_badge_and_pin_are_no_longer_shown(qtbot, conn):
    """The demo hint names a badge and PIN that let anyone in; after the admin has chosen a
    password the sign-in asks for it (or a badge and PIN) without telling them."""
    gate = AdminGate(conn)
    gate.set_password("correct horse")
    dialog = SignInDialog(gate, "demo.sqlite")
    qtbot.add_widget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    assert dialog.findChild(type(dialog.error), "demoHint") is None
    assert dialog.focusWidget() is dialog.password
    assert not dialog.badge.isHidden()
    shot(dialog, "password-set")
    qtbot.keyClicks(dialog.password, "correct horse")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.identity is not None and dialog.identity.actor == "admin"


def test_a_wrong_repeat_clears_both_passwords_and_goes_back_to_the_first(qtbot, conn):
    dialog = SignInDialog(AdminGate(conn), "demo.sqlite")
    qtbot.add_widget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    height = dialog.password.height()
    qtbot.keyClicks(dialog.password, "correct horse")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.repeat, "correct hose")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "The two passwords differ" in dialog.error.text()
    assert (dialog.password.text(), dialog.repeat.text()) == ("", "")
    assert dialog.focusWidget() is dialog.password
    qtbot.wait(10)
    assert dialog.password.height() == height  # the dialog grew; the fields kept their size
    shot(dialog, "passwords-differ")
    qtbot.keyClicks(dialog.password, "c")
    assert not dialog.error.isVisible()


def test_a_store_without_a_badge_admin_must_choose_the_password_first(qtbot, make_store):
    store = make_store()
    gate = AdminGate(store.conn)
    assert not gate.has_badge_admins
    dialog = SignInDialog(gate, "store.sqlite")
    qtbot.add_widget(dialog)
    dialog.show()
    assert dialog.badge.isHidden() and dialog.findChild(type(dialog.error), "demoHint") is None

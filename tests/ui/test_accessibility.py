"""Every control of both windows has a name a screen reader can say, and the till's total
shows in full however large it is."""

from __future__ import annotations

import datetime as dt

from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from pos_desktop import i18n
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.till import TillSession
from pos_desktop.ui.cashier.window import CashierWindow
from tests.conftest import ANNA, PIOTR, RADU

AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTextEdit)


def nameless(window: QWidget) -> list[str]:
    """Interactive controls a screen reader would announce with nothing: no accessible name,
    no text of their own and no label pointing at them."""
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS):
            continue
        if isinstance(widget, QComboBox) and not widget.isEditable():
            # Qt on Linux says a combo's value as its name and drops setAccessibleName; what
            # it is for reaches a screen reader only through a label whose buddy it is.
            in_table = isinstance(widget.parentWidget().parentWidget(), QAbstractItemView)
            if id(widget) not in buddies and not in_table:  # a cell's column header names it
                found.append(f"QComboBox {widget.currentText()!r} with no label (buddy)")
            continue
        if widget.accessibleName():
            continue
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit)):
            continue  # part of a control: a combo's line edit, a header, a clear button
        if type(widget.parent()).__name__ == "QFrame" and widget.parent().inherits(
            "QComboBoxPrivateContainer"
        ):
            continue  # a combo's drop-down list
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if id(widget) in buddies:
            continue
        found.append(
            f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"
            f" near {_neighbour(widget)!r}"
        )
    return found


def test_every_control_of_the_till_has_a_name(qtbot, demo_path):
    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    window = CashierWindow(session)
    qtbot.add_widget(window)
    window.show()
    for text in (PIOTR, ANNA, "SHIRT-01"):
        window.scan.setText(text)
        window.submit_scan()
    assert nameless(window) == []
    session.checkout.conn.close()


def test_every_control_of_each_admin_page_has_a_name(qtbot, demo_path):
    from pos_desktop.core.signin import AdminGate
    from pos_desktop.ui.admin.window import AdminWindow

    conn = open_database(demo_path)
    window = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    qtbot.add_widget(window)
    window.show()
    problems = {}
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        found = nameless(window.pages.widget(index))
        if found:
            problems[window.pages.tabText(index)] = found
    assert problems == {}


def _neighbour(widget: QWidget) -> str:
    """Text of a label or button beside the widget, to find it in the code."""
    parent = widget.parentWidget()
    for sibling in parent.findChildren(QWidget) if parent else []:
        text = getattr(sibling, "text", None)
        beside = sibling is not widget and abs(sibling.y() - widget.y()) < 20
        if beside and callable(text) and isinstance(text(), str) and text():
            return str(text())
    return ""


def test_a_huge_total_shows_in_full_on_a_1024x768_till(qtbot, demo_path):
    """8,550.00 once showed as 550.00: the total's label was narrower than the amount."""
    from tests.ui.test_language_screens import clipped, laid_out, shot

    for language in ("en", "pl", "ro"):
        i18n.use(language)
        session = TillSession(Checkout(open_database(demo_path)), now=AT)
        window = CashierWindow(session)
        qtbot.add_widget(window)
        window.resize(1024, 768)
        window.show()
        assert QTest.qWaitForWindowExposed(window)
        session.lines.clear()  # not the basket kept from the language before
        for text in (PIOTR, "COAT-01"):
            window.scan.setText(text)
            window.submit_scan()
        session.lines.extend(session.lines * 5)  # six lines (a scan again adds to the first)
        for index in range(len(session.lines)):
            session.set_quantity(index, 999)  # the most a line takes
        window.refresh()
        qtbot.waitUntil(laid_out(window))
        total = window.totals["total"]
        shown = total.text()
        assert len(shown.replace(" ", "").replace("\u00a0", "")) >= 11, shown  # ten million or more
        assert total.fontMetrics().horizontalAdvance(shown) <= total.contentsRect().width(), shown
        assert clipped(window) == []
        shot(window, f"cashier-{language}-huge-total")
        session.checkout.conn.close()


def test_an_amount_too_wide_for_its_room_shrinks_rather_than_losing_digits(qtbot):
    from pos_desktop.ui.common.fit import total_label

    label = total_label()
    qtbot.add_widget(label)
    label.setText("€8,550.00")
    full = label.fontMetrics().horizontalAdvance(label.text())
    label.resize(full * 2 // 3, 40)
    label.show()
    assert label.font().pointSizeF() < 20
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    label.resize(full * 2, 40)
    assert label.font().pointSizeF() == 20  # back to full size when there is room


def test_every_control_of_each_dialog_has_a_name(qtbot, demo_store):
    from pos_desktop.core.rules import load_rules
    from pos_desktop.core.signin import AdminGate
    from pos_desktop.ui.admin.import_wizard import ImportWizard
    from pos_desktop.ui.admin.signin import SignInDialog
    from pos_desktop.ui.admin.staff_dialog import BadgeDialog, DependantsDialog, StaffDialog
    from pos_desktop.ui.cashier import dialogs
    from pos_desktop.ui.cashier.refunding import RefundDialog

    conn = demo_store.conn
    nothing = lambda *args: None  # noqa: E731
    refund = RefundDialog(lambda sale: ("", []), nothing, "EUR")
    windows = [
        dialogs.QuantityDialog("Winter coat", 2),
        dialogs.OpenAmountDialog(demo_store),
        dialogs.PinDialog(nothing, "Maria", None),
        dialogs.OverrideDialog(nothing, None),
        refund,
        StaffDialog(load_rules(conn), None, nothing),
        BadgeDialog("Issue badge", "New badge", nothing, None),
        DependantsDialog("Anna", list, nothing),
        SignInDialog(AdminGate(conn), "demo"),
        ImportWizard(conn, "demo", "admin", None),
    ]
    problems = {}
    for window in windows:
        qtbot.add_widget(window)
        window.show()
        found = nameless(window)
        if found:
            problems[type(window).__name__] = found
    assert problems == {}


def test_a_message_says_its_level_in_a_symbol_and_a_word_not_only_in_colour(qtbot, demo_path):
    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    window = CashierWindow(session)
    qtbot.add_widget(window)
    marks = {}
    for level in ("ok", "warn", "error"):
        window.say("Something happened.", level=level)
        marks[level] = (window.status_mark.text(), window.status.accessibleDescription())
    assert len({symbol for symbol, _ in marks.values()}) == 3
    assert [word for _, word in marks.values()] == ["Done", "Warning", "Error"]
    session.checkout.conn.close()


def test_each_banner_state_has_its_own_words_and_icon(qtbot, demo_path):
    """Blocked, external and internal differ in the headline's first word and the icon, not
    just in the colour; an invalid scan is said in the message line, with its mark."""
    from tests.conftest import JOHN, STRANGER

    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    window = CashierWindow(session)
    qtbot.add_widget(window)
    window.scan.setText(PIOTR)
    window.submit_scan()
    seen = {}
    for scan in (ANNA, JOHN, STRANGER, "20000000x0016"):
        window.clear_basket()
        window.scan.setText(scan)
        window.submit_scan()
        banner = window.banner
        seen[banner.state] = (
            banner.headline.text().split()[0],
            banner.icon.pixmap().cacheKey(),
        )
    assert set(seen) == {"internal", "blocked", "external", "idle"}, seen
    del seen["idle"]  # the invalid scan left the ready banner as it was
    assert len({word for word, _ in seen.values()}) == 3
    assert len({icon for _, icon in seen.values()}) == 3
    assert "Scan again" in window.status.text() and window.status_mark.text()
    session.checkout.conn.close()


def test_every_till_action_the_window_lists_has_its_key(qtbot, demo_path):
    from PySide6.QtGui import QKeySequence

    from pos_desktop.ui.cashier.keys import SHORTCUTS

    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    window = CashierWindow(session)
    qtbot.add_widget(window)
    bound = {action.shortcut().toString() for action in window.actions()}
    listed = {QKeySequence(key).toString() for key, _words, _action in SHORTCUTS}
    assert listed <= bound
    session.checkout.conn.close()


def test_every_admin_button_is_reached_with_tab_or_its_letter(qtbot, demo_path):
    from PySide6.QtCore import Qt

    from pos_desktop.core.signin import AdminGate
    from pos_desktop.ui.admin.window import AdminWindow

    conn = open_database(demo_path)
    window = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    qtbot.add_widget(window)
    window.show()
    unreachable = []
    for index in range(window.pages.count()):
        for button in window.pages.widget(index).findChildren(QAbstractButton):
            if isinstance(button.parent(), (QLineEdit, QAbstractItemView)):
                continue  # a clear button, a table's corner: the keys of their owner do it
            tab = bool(button.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if not tab and "&" not in button.text() and button.shortcut().isEmpty():
                unreachable.append(f"{window.pages.tabText(index)}: {button.text()!r}")
    assert unreachable == []  # the pages turn with Ctrl+Page Down (tests/ui/test_accelerators.py)


def test_high_contrast_and_touch_come_from_the_settings_page_and_the_command_line(
    qtbot, demo_path, run, tmp_path
):
    from PySide6.QtWidgets import QPushButton

    from pos_desktop.core.rules import load_settings
    from pos_desktop.core.signin import AdminGate
    from pos_desktop.ui.admin.window import AdminWindow
    from pos_desktop.ui.common import style

    conn = open_database(demo_path)
    window = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    qtbot.add_widget(window)
    page = window.settings_page
    page.high_contrast.setChecked(True)
    page.touch.setChecked(True)
    next(b for b in page.findChildren(QPushButton) if "Save" in b.text()).click()
    assert load_settings(conn).high_contrast and load_settings(conn).touch
    try:
        assert run("cashier", "--screenshot", str(tmp_path / "till.png")).code == 0
        assert style.Display.high_contrast and style.Display.touch  # the store's choice
        result = run("--no-high-contrast", "cashier", "--screenshot", str(tmp_path / "t.png"))
        assert result.code == 0
        assert not style.Display.high_contrast and style.Display.touch  # the flag wins
        run("--no-touch", "admin", "--screenshot", str(tmp_path / "admin.png"))
        assert style.Display.high_contrast and not style.Display.touch  # the till's option
    finally:
        style.use_display(high_contrast=False, touch=False)
    conn.close()


def test_the_till_and_admin_in_high_contrast_for_touch_fit_and_have_big_targets(qtbot, demo_path):
    from pos_desktop.core.signin import AdminGate
    from pos_desktop.ui.admin.window import AdminWindow
    from pos_desktop.ui.common import style
    from tests.ui.test_language_screens import clipped, laid_out, shot

    style.use_display(high_contrast=True, touch=True)
    try:
        session = TillSession(Checkout(open_database(demo_path)), now=AT)
        till = CashierWindow(session)
        qtbot.add_widget(till)
        till.resize(1024, 768)
        till.show()
        assert QTest.qWaitForWindowExposed(till)
        for text in (PIOTR, ANNA, "SHIRT-01", "COAT-01"):
            till.scan.setText(text)
            till.submit_scan()
        qtbot.waitUntil(laid_out(till))
        shot(till, "cashier-high-contrast-touch")
        assert till.table.rowHeight(0) >= 44
        assert (
            till.banner.styleSheet().count("#000000") + till.banner.styleSheet().count("#ffffff")
            >= 1
        )
        assert clipped(till) == []
        session.checkout.conn.close()

        style.use_display(high_contrast=True, touch=False)  # the admin window's desk size
        conn = open_database(demo_path)
        admin = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
        qtbot.add_widget(admin)
        admin.resize(1024, 768)
        admin.show()
        assert QTest.qWaitForWindowExposed(admin)
        problems = {}
        for index in range(admin.pages.count()):
            admin.pages.setCurrentIndex(index)
            qtbot.waitUntil(laid_out(admin))
            shot(admin, f"admin-high-contrast-{index:02d}")
            if clipped(admin) or admin.height() > 768 or admin.width() > 1024:
                problems[index] = (clipped(admin), admin.width(), admin.height())
        assert problems == {}
        bar = admin.pages.tabBar()
        assert bar.sizeHint().width() <= bar.width(), "every tab's name shows without scrolling"
        conn.close()
    finally:
        style.use_display(high_contrast=False, touch=False)


def test_a_screen_reader_hears_the_values_not_only_their_captions(qtbot, demo_path):
    """A label's accessible name replaces its text: the totals, the message line and the
    header are named with what they show, so the amount itself is read out."""
    from PySide6.QtGui import QAccessible

    def heard(widget: QWidget) -> str:
        return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)

    i18n.use("en")
    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    window = CashierWindow(session)
    qtbot.add_widget(window)
    for text in (PIOTR, ANNA, "SHIRT-01"):
        window.scan.setText(text)
        window.submit_scan()
    total = window.totals["total"].text()
    assert total.startswith("€") and total != "€0.00"
    assert heard(window.totals["total"]) == f"Total: {total}"
    assert (
        heard(window.totals["discount"]) == f"Employee discount: {window.totals['discount'].text()}"
    )
    assert heard(window.status) == f"Done: {window.status.text()}"
    assert "Demo Store" in heard(window.header) and "Piotr Nowak" in heard(window.header)
    session.checkout.conn.close()


def test_news_is_announced_once_and_a_blocked_badge_at_once(qtbot, demo_path, monkeypatch):
    from PySide6.QtGui import QAccessible

    from pos_desktop.ui.common import spoken
    from tests.conftest import ANNA_LOST

    said: list[tuple[str, bool]] = []

    def record(event: object) -> None:
        if isinstance(event, spoken.QAccessibleAnnouncementEvent):
            urgent = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            said.append((event.message(), urgent))

    monkeypatch.setattr(spoken.QAccessible, "updateAccessibility", record)
    i18n.use("en")
    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    window = CashierWindow(session)
    qtbot.add_widget(window)
    for text in (PIOTR, ANNA):
        window.scan.setText(text)
        window.submit_scan()
    said.clear()
    window.scan.setText("SHIRT-01")
    window.submit_scan()
    assert [urgent for _, urgent in said] == [False]  # the line added; the same customer
    assert said[0][0].startswith("Done: ")
    window.session.new_sale()  # the next customer
    said.clear()
    window.scan.setText(ANNA_LOST)
    window.submit_scan()
    assert any(text.startswith("BLOCKED") and urgent for text, urgent in said), said
    session.checkout.conn.close()

"""Every control of both windows has a name a screen reader can say, and the till's total
shows in full however large it is."""

from __future__ import annotations

import datetime as dt

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
from pos_desktop.core.storage import open_database
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
        if not isinstance(widget, CONTROLS) or widget.accessibleName():
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
    from pos_desktop.core.admin import AdminGate
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
    from tests.test_language_screens import clipped, shot

    for language in ("en", "pl", "ro"):
        i18n.use(language)
        session = TillSession(Checkout(open_database(demo_path)), now=AT)
        window = CashierWindow(session)
        qtbot.add_widget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        session.lines.clear()  # not the basket kept from the language before
        for text in (PIOTR, *["COAT-01"] * 6):
            window.scan.setText(text)
            window.submit_scan()
        for index in range(len(session.lines)):
            session.set_quantity(index, 9999)  # the most a line takes
        window.refresh()
        qtbot.wait(20)  # laid out
        total = window.totals["total"]
        shown = total.text()
        assert len(shown.replace(" ", "").replace("\u00a0", "")) >= 12, shown  # ten million or more
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

"""The windows in Polish and Romanian on a 1024x768 till screen: every text translated where
a person reads it, nothing cut off. Screenshots go to tests/screenshots/ to be looked at."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from pos_desktop import i18n
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.till import TillSession
from pos_desktop.ui.cashier.window import CashierWindow
from tests.conftest import ANNA, PIOTR

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)
WORDS = {  # a few words each window must show in the language
    "pl": {"cashier": ["Rabat pracowniczy", "Kasjer", "WEWNĘTRZNY", "Do zapłaty", "Towar"]},
    "ro": {"cashier": ["Reducere pentru angajați", "Casier", "INTERN", "Total de plată", "Preț"]},
}


def clipped(window: QWidget) -> list[str]:
    """Visible one-line labels, buttons and choices (the chosen text of a combo box) narrower
    than their text needs."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if widget.textFormat() == Qt.TextFormat.PlainText or not widget.text().count("<"):
                shown = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                needed = widget.fontMetrics().horizontalAdvance(shown)
                if needed > widget.contentsRect().width() + 1:
                    found.append(f"label {widget.text()!r}: {needed} > {widget.width()}")
        elif isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            needed = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if needed > field.width() + 1:
                found.append(f"choice {widget.currentText()!r}: {needed} > {field.width()}")
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.sizeHint().width() > widget.width() + 1
        ):
            found.append(f"button {widget.text()!r}: {widget.sizeHint().width()}")
    return found


def laid_out(window: QWidget) -> Callable[[], bool]:
    """For qtbot.waitUntil: true once no widget of `window` moved, resized, showed, hid or
    asked for another size (a new text) between two looks a turn of the event loop apart, so
    the layout has settled."""
    looks: list[list[tuple[object, ...]]] = []

    def settled() -> bool:
        widgets = [window, *window.findChildren(QWidget)]
        looks.append([(w.geometry(), w.sizeHint(), w.isVisible()) for w in widgets])
        return len(looks) > 1 and looks[-1] == looks[-2]

    return settled


def shot(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


@pytest.mark.parametrize("language", ["pl", "ro"])
def test_the_till_in_polish_and_romanian_fits_a_1024x768_screen(qtbot, demo_path, language):
    i18n.use(language)
    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    window = CashierWindow(session)
    qtbot.add_widget(window)
    window.resize(1024, 768)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    for text in (PIOTR, ANNA, "SHIRT-01", "WINE-01", "COAT-01"):
        window.scan.setText(text)
        window.submit_scan()
    shot(window, f"cashier-{language}")
    seen = " ".join(
        [w.text() for w in window.findChildren(QLabel)]
        + [str(window.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(7)]
    )
    for word in WORDS[language]["cashier"]:
        assert word in seen
    assert clipped(window) == []
    assert window.width() <= 1024
    window.complete_sale()
    shot(window, f"cashier-{language}-receipt")
    session.checkout.conn.close()


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_every_admin_page_fits_a_1024x768_screen(qtbot, demo_path, language):
    """Each page of the admin window, in each language, within 1024x768 with nothing cut off
    (the staff and reports pages once needed 1,200 px even in English)."""
    from pos_desktop.core.signin import AdminGate
    from pos_desktop.ui.admin.window import AdminWindow
    from tests.conftest import RADU

    i18n.use(language)
    conn = open_database(demo_path)
    window = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    qtbot.add_widget(window)
    window.resize(1024, 768)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    window.policies_page.sample("100.00", "60.00", "ELEC")
    qtbot.waitUntil(lambda: not window.staff.count.text().endswith("…"))  # counted

    qtbot.waitUntil(laid_out(window))  # the count's new width

    problems = {}
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        qtbot.waitUntil(laid_out(window))
        page = window.pages.widget(index)
        name = type(page).__name__.removesuffix("Page").lower()
        if page is window.reports:
            window.reports.set_period(dt.date(2026, 6, 1), dt.date(2026, 6, 15))
            window.reports.choose("allowance")  # the longest report name in Romanian
        shot(window, f"admin-{language}-{index:02d}-{name}")
        found = clipped(window)
        if found or window.width() > 1024 or window.height() > 768:
            problems[window.pages.tabText(index)] = (found, window.width(), window.height())
    assert problems == {}
    bar = window.pages.tabBar()
    assert bar.sizeHint().width() <= bar.width(), "every tab's name shows without scrolling"
    tabs = [window.pages.tabText(i) for i in range(window.pages.count())]
    expected = {
        "en": ("Staff registry", "Language", "Any company"),
        "pl": ("Pracownicy", "Język", "Każda spółka"),
        "ro": ("Angajați", "Limba", "Orice companie"),
    }[language]
    assert tabs[0] == expected[0]
    assert expected[1] in window.settings_page.language.accessibleName()
    assert window.staff.filters["company"].itemText(0) == expected[2]
    conn.close()


@pytest.mark.parametrize(("language", "yes", "no"), [("pl", "Tak", "Nie"), ("ro", "Da", "Nu")])
def test_a_yes_or_no_question_answers_in_the_language(qtbot, language, yes, no):
    """Qt has no Romanian texts of its own: the till's "Empty the basket?" was asked in
    Romanian with English Yes and No buttons. No stays the default (a scanner's Enter)."""
    from PySide6.QtWidgets import QMessageBox

    from pos_desktop.ui.common.questions import question_box

    i18n.use(language)
    box = question_box(
        None, "pos-desktop", i18n.translate("CashierWindow", "Clear the basket and the customer?")
    )
    qtbot.add_widget(box)
    box.show()
    texts = {b.text().replace("&", "") for b in box.buttons() if isinstance(b, QAbstractButton)}
    assert texts == {yes, no}
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    shot(box, f"question-{language}")

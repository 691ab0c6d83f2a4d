"""The screens of staff purchases beyond the till, in English, Polish and Romanian: the till's
F9 charge to payroll and its receipt, the three reports with their charts, the [tax] and
payroll settings, the registry's leaver marker and an employee's statement. Screenshots go
to tests/screenshots/ to be looked at."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QTest

from pos_desktop import i18n
from pos_desktop.core import config, config_parse
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.registry import hash_pin
from pos_desktop.core.signin import AdminGate
from pos_desktop.core.till import TillSession
from pos_desktop.ui.admin.statement_dialog import StatementDialog
from pos_desktop.ui.admin.window import AdminWindow
from pos_desktop.ui.cashier.payroll_dialog import PayrollDialog
from pos_desktop.ui.cashier.window import CashierWindow
from pos_desktop.ui.common.fit import DownScroll
from tests.conftest import ANNA, IOANA, JAN, PIOTR, RADU
from tests.ui.test_language_screens import clipped

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)
LANGUAGES = ["en", "pl", "ro"]
RULES = {
    "en": "Germany — share of the shelf price that is valued: 96%; tax-free per employee per year",
    "pl": "Niemcy — część ceny półkowej, która jest wyceniana: 96%; wolne od podatku na pracownika",
    "ro": "Germania — partea din prețul de raft care se evaluează: 96%; neimpozabil pe angajat",
}
CHARGED = {
    "en": "Charged to payroll: 160.00 EUR",
    "pl": "Potrącone z wynagrodzenia: 160,00 EUR",
    "ro": "Reținut din salariu: 160,00 EUR",
}


def shot(widget, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def scan(qtbot, win: CashierWindow, text: str) -> None:
    qtbot.keyClicks(win.scan, text)
    qtbot.keyClick(win.scan, Qt.Key.Key_Return)


def store_with_pin(demo_path: Path) -> None:
    conn = open_database(demo_path)
    conn.execute("UPDATE staff SET pin_hash = ? WHERE employee_no = 'E0001'", (hash_pin("5831"),))
    conn.commit()
    conn.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_f9_charges_the_basket_to_payroll_with_the_buyers_pin(qtbot, demo_path, language):
    store_with_pin(demo_path)
    i18n.use(language)
    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    window = CashierWindow(session)
    qtbot.add_widget(window)
    window.resize(1024, 768)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    for code in (PIOTR, ANNA, "COAT-01"):
        scan(qtbot, window, code)
    qtbot.keyClick(window.scan, Qt.Key.Key_F9)
    dialog = window.dialog
    assert isinstance(dialog, PayrollDialog)
    # Money as the banner and the totals write it, with its symbol (it read "pays 160,00").
    assert i18n.money(16000, "EUR") in dialog.summary.text()
    size = dialog.size()
    qtbot.keyClicks(dialog.pin, "1111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible()  # wrong PIN: nothing recorded
    assert dialog.size() == size  # the problem line had its room, as in every till dialog
    assert session.lines  # the basket stays
    shot(dialog, f"payroll-till-dialog-{language}")
    qtbot.keyClicks(dialog.pin, "5831")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert window.dialog is None
    assert window.last_receipt is not None and window.last_receipt.charged_to_payroll
    assert CHARGED[language] in window.receipt.toPlainText()
    shot(window, f"payroll-till-receipt-{language}")
    tender = session.checkout.conn.execute("SELECT tender FROM sales").fetchone()[0]
    assert tender == "payroll"
    session.checkout.conn.close()


def test_f9_for_a_dependant_names_the_employee_whose_account_and_pin_it_is(qtbot, demo_path):
    """Jan, Anna's son, charges a shirt: the dialog said "Jan Kowalski pays" and asked the
    "Buyer's PIN", but the charge and the PIN are Anna's."""
    store_with_pin(demo_path)
    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    window = CashierWindow(session)
    qtbot.add_widget(window)
    window.resize(1024, 768)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    for code in (PIOTR, JAN, "SHIRT-01"):
        scan(qtbot, window, code)
    qtbot.keyClick(window.scan, Qt.Key.Key_F9)
    dialog = window.dialog
    assert isinstance(dialog, PayrollDialog)
    assert "on Anna Kowalska's account" in dialog.summary.text()
    label = dialog.form.labelForField(dialog.pin)
    assert label is not None and label.text() == "Anna Kowalska's &PIN"
    shot(dialog, "payroll-till-dialog-dependant")
    qtbot.keyClicks(dialog.pin, "5831")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert window.dialog is None
    session.checkout.conn.close()


def test_f9_for_an_external_buyer_says_why_not_and_records_nothing(qtbot, demo_path):
    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    window = CashierWindow(session)
    qtbot.add_widget(window)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    for code in (PIOTR, "COAT-01"):
        scan(qtbot, window, code)
    qtbot.keyClick(window.scan, Qt.Key.Key_F9)
    assert window.dialog is None
    assert "Only the own company's employees" in window.status.text()
    assert session.lines  # the basket stays, to be paid at the till
    count = session.checkout.conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0]
    assert count == 0
    session.checkout.conn.close()


def admin_store(demo_path: Path) -> None:
    """Anna charges a coat to payroll, her son Jan a shirt, Ioana (a group company) buys a
    coat; the store values benefits by the German rules; Anna has left since."""
    store_with_pin(demo_path)
    conn = open_database(demo_path)
    checkout = Checkout(conn)
    data = config.export_dict(checkout.rules)
    data["tax"] = {"jurisdiction": "DE", "free_per_year": "20.00"}
    config.apply(conn, config_parse.config_from_dict(data))
    checkout.reload()
    for month, badge, sku, tender in (
        (4, ANNA, "COAT-01", "payroll"),
        (5, JAN, "SHIRT-01", "payroll"),
        (5, IOANA, "COAT-01", "till"),
        (6, ANNA, "COAT-01", "till"),
    ):
        moment = dt.datetime(2026, month, 10, 10, tzinfo=dt.UTC)
        checkout.sell(
            badge,
            [checkout.product_line(sku)],
            cashier=checkout.cashier(PIOTR, at=moment),
            at=moment,
            tender=tender,
            payer_pin="5831" if tender == "payroll" else None,
        )
    conn.execute("UPDATE staff SET end_date = '2026-06-12' WHERE employee_no = 'E0001'")
    conn.commit()
    conn.close()


@pytest.fixture
def admin(qtbot, demo_path):
    admin_store(demo_path)
    made = []

    def open_window(language: str) -> AdminWindow:
        i18n.use(language)
        conn = open_database(demo_path)
        window = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
        qtbot.add_widget(window)
        window.resize(1024, 768)
        window.show()
        assert QTest.qWaitForWindowExposed(window)
        made.append(conn)
        return window

    yield open_window
    for conn in made:
        conn.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_reports_page_shows_payroll_benefits_and_recharge(qtbot, admin, language):
    window = admin(language)
    window.pages.setCurrentWidget(window.reports)
    reports = window.reports
    reports.set_period(dt.date(2026, 4, 1), dt.date(2026, 6, 15))
    reports.choose("payroll")
    assert [reports.cell(r, 0) for r in range(reports.table.rowCount())] == ["E0001"]
    assert "Anna Kowalska (E0001)" in reports.notes.text()  # the leaver with a balance
    assert reports.chart.isVisible()
    qtbot.wait(20)  # the notes laid out
    shot(window, f"payroll-report-payroll-{language}")
    reports.choose("benefits")
    # Two coats and a shirt at 96%: 32.00 + 32.00 + 6.40 = 70.40; 20.00 of it tax-free.
    amounts = [reports.cell(0, c) for c in (3, 4, 5)]
    assert amounts == (
        ["70,40", "20,00", "50,40"] if language != "en" else ["70.40", "20.00", "50.40"]
    )
    qtbot.wait(20)  # the notes laid out
    shot(window, f"payroll-report-benefits-{language}")
    # The rule set in words, not the config's keys ("DE price_percent = 96").
    notes = reports.notes.text()
    assert "price_percent" not in notes and "free_per_year" not in notes
    assert RULES[language] in notes
    assert clipped(window) == []  # the report's whole name in its selector
    # Twelve months under the chart, each label whole in its twelfth of the plot ("2026-04"
    # was cut to "2026...").
    [axis] = [a for a in reports.chart.chart().axes() if isinstance(a, QBarCategoryAxis)]
    months = axis.categories()
    assert months[3] == i18n.month_name(4) and len(months) == 12
    room = reports.chart.chart().plotArea().width() / 12
    metrics = QFontMetrics(axis.labelsFont())
    assert max(metrics.horizontalAdvance(m) for m in months) < room - 8
    reports.choose("recharge")
    assert [reports.cell(r, 0) for r in range(reports.table.rowCount())] == ["ACLOG"]
    qtbot.wait(20)  # the notes laid out
    shot(window, f"payroll-report-recharge-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_settings_registry_and_statement(qtbot, admin, language, tmp_path):
    window = admin(language)
    page = window.settings_page
    window.pages.setCurrentWidget(page)
    assert page.jurisdiction.currentData() == "DE"
    # Money as the language writes it, the tax parameters too (they once kept a dot in pl).
    marked = {"en": ("20.00", "1,000.00"), "pl": ("20,00", "1000,00"), "ro": ("20,00", "1.000,00")}
    assert page.tax_params["free_per_year"].text() == marked[language][0]
    assert page.payroll_pin.isChecked()
    assert page.max_open.text() == marked[language][1]
    [scroll] = page.findChildren(DownScroll)
    qtbot.wait(20)  # laid out
    bar = scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the [tax] section, at the foot of the form, in view
    qtbot.wait(20)
    assert clipped(window) == []
    shot(window, f"payroll-settings-{language}")
    page.jurisdiction.setCurrentIndex(page.jurisdiction.findData("US"))
    assert list(page.tax_params) == ["gross_profit_percent"]
    page.tax_params["gross_profit_percent"].setText("-4")
    window.save_settings(page.settings(), None, page.tax_table())
    assert window.rules.tax.jurisdiction == "DE"  # refused, nothing changed
    page.tax_params["gross_profit_percent"].setText("40")
    window.save_settings(page.settings(), None, page.tax_table())
    assert window.rules.tax.params == (("gross_profit_percent", "40"),)

    window.pages.setCurrentWidget(window.staff)
    assert window.staff.leavers.isVisible()
    assert "Anna Kowalska (E0001)" in window.staff.leavers.text()
    qtbot.wait(20)  # laid out
    shot(window, f"payroll-registry-{language}")
    dialog = StatementDialog(window.conn, "E0001", window)
    qtbot.add_widget(dialog)
    dialog.show()
    text = dialog.view.toPlainText()
    assert "Anna Kowalska" in text and ("192,00" in text or "192.00" in text)
    # Each amount says its currency, in every language: '192,00 EUR', never a bare number.
    assert ("192.00 EUR" if language == "en" else "192,00 EUR") in text
    assert text.count(" EUR") == len(dialog.table.rows) >= 5
    closing = {"en": "Close", "pl": "Zamknij", "ro": "Închide"}[language]
    assert dialog.close_button.text().replace("&", "") == closing  # Qt said "Close" in Romanian
    shot(dialog, f"payroll-statement-{language}")
    pdf = tmp_path / "statement.pdf"
    dialog.save_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    assert ("192.00 EUR" if language == "en" else "192,00 EUR") in document.getAllText(0).text()


def test_the_policies_page_shows_and_keeps_a_payroll_limit(qtbot, admin):
    window = admin("en")
    page = window.policies_page
    window.pages.setCurrentWidget(page)
    page.list.setCurrentRow(0)  # Staff
    assert page.fields["payroll_amount"].text() == "300.00"
    assert page.payroll_period.currentData() == "month"
    page.fields["payroll_amount"].setText("250.00")
    page.save_all()
    staff = window.rules.policies[0]
    assert staff.payroll_limit is not None and staff.payroll_limit.amount == 25000
    page.fields["payroll_amount"].setText("")
    page.save_all()
    assert window.rules.policies[0].payroll_limit is None  # pays at the till only

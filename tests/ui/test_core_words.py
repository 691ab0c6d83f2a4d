"""What the core writes for people (discount reasons, scan problems, the till's messages,
errors, receipts) reaches them in their language, while the journal and `--json` keep the
English words."""

from __future__ import annotations

import datetime as dt
import json

import escpos.printer
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pos_desktop import i18n
from pos_desktop.core import receipts
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.money import Amount
from pos_desktop.core.text import QT_TRANSLATE_NOOP, join
from pos_desktop.core.till import TillSession
from pos_desktop.printing import thermal
from pos_desktop.printing.receipt import receipt_html
from pos_desktop.ui.cashier.window import CashierWindow
from tests.conftest import ANNA, CASHIER, DEMO_AT, PIOTR, TOMASZ
from tests.ui.test_language_screens import clipped, shot

AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)


def test_a_core_text_is_english_until_shown_and_keeps_its_template():
    rule = QT_TRANSLATE_NOOP("Pricing", "{rule}; capped: {cap} per sale").format(
        rule=QT_TRANSLATE_NOOP("Pricing", "{percent}% staff").format(percent="20"),
        cap=Amount(5000, "EUR"),
    )
    assert rule == "20% staff; capped: 50.00 per sale"
    assert json.dumps({"rule": rule}) == '{"rule": "20% staff; capped: 50.00 per sale"}'
    i18n.use("pl")
    assert i18n.say(rule) == "20% pracowniczy; limit: 50,00 na sprzedaż"
    assert i18n.say(join(", ", [rule, "x"])) == "20% pracowniczy; limit: 50,00 na sprzedaż, x"
    assert i18n.say("plain") == "plain"


def till(qtbot, demo_path, language: str) -> CashierWindow:
    i18n.use(language)
    window = CashierWindow(TillSession(Checkout(open_database(demo_path)), now=AT))
    qtbot.add_widget(window)
    window.resize(1024, 768)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    return window


def scan(window: CashierWindow, *texts: str) -> None:
    for text in texts:
        window.scan.setText(text)
        window.submit_scan()


def why(window: CashierWindow) -> list[str]:
    return [str(window.model.index(row, 6).data()) for row in range(window.model.rowCount())]


def test_a_polish_till_gives_basket_reasons_banner_and_errors_in_polish(qtbot, demo_path):
    window = till(qtbot, demo_path, "pl")
    scan(window, PIOTR, ANNA, "SHIRT-01")
    assert window.status.text() == "Dodano Shirt."
    scan(window, "WINE-01")
    assert why(window) == ["20% pracowniczy", "Alcohol: bez rabatu"]
    tip = window.model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith(": 20% pracowniczy")
    scan(window, "12345")
    assert "To nie towar ani identyfikator (skan nie wygląda na identyfikator)" in (
        window.status.text()  # the message line; the banner keeps the customer
    )
    shot(window, "cashier-pl-reasons")
    assert clipped(window) == []
    window.session.new_sale()
    window.complete_sale()
    assert window.status.text() == "Koszyk jest pusty: najpierw zeskanuj towar."
    window.session.checkout.conn.close()


def test_a_romanian_till_says_why_an_employee_on_probation_pays_full_price(qtbot, demo_path):
    window = till(qtbot, demo_path, "ro")
    scan(window, PIOTR, TOMASZ)
    assert "Fără drept la reducere: în perioada de probă până la " in window.status.text()
    scan(window, "COAT-01")
    assert why(window) == ["fără drept (în perioada de probă): preț normal"]
    shot(window, "cashier-ro-reasons")
    assert clipped(window) == []
    window.session.checkout.conn.close()


def test_a_romanian_receipt_is_romanian_on_paper_and_as_pdf(qtbot, demo_path):
    i18n.use("ro")
    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    session.sign_in(PIOTR)
    session.set_customer(ANNA)
    session.scan("SHIRT-01")
    session.scan("WINE-01")
    sale = session.complete()
    receipt = receipts.from_sale(sale, session.checkout.rules.settings, "Piotr")
    assert sale.quote.lines[0].rule == "20% staff"  # the journal keeps the English words

    def money(minor: int) -> str:
        return i18n.amount(minor, receipt.currency)

    text = "\n".join(receipts.text_lines(receipt, 48, i18n.say, money, i18n.moment_text))
    for words in (
        "Achiziție angajat",
        "20% angajat",
        "Casa",
        "Cod de retur",
    ):
        assert words in text
    assert "2026-06-15" in text and "staff" not in text
    device = escpos.printer.Dummy()
    thermal.print_receipt(device, receipt, 80, i18n.say, money, i18n.moment_text)
    assert b"Cod de retur" in device.output and b"Refund code" not in device.output
    html = receipt_html(receipt)  # what the PDF and the till's preview print
    assert "20% angajat" in html and "Achiziție angajat" in html
    session.checkout.conn.close()


def test_a_cli_error_and_verdict_in_polish_and_json_stays_english(run):
    result = run("--lang", "pl", "check", "12345", "--at", DEMO_AT)
    assert result.out.strip() == (
        "Nieprawidłowy skan: skan nie wygląda na identyfikator. Zeskanuj ponownie."
    )
    failed = run("--lang", "pl", "sell", *CASHIER, "--item", "NOSUCH", "--at", DEMO_AT)
    assert failed.code == 2
    assert failed.err.strip() == "pos-desktop: nieznany SKU lub kod kreskowy 'NOSUCH'"
    sold = run(
        "--lang",
        "pl",
        "sell",
        *CASHIER,
        "--customer",
        ANNA,
        "--item",
        "SHIRT-01",
        "--at",
        DEMO_AT,
        "--json",
    )
    assert json.loads(sold.out)["lines"][0]["rule"] == "20% staff"
    english = run("sell", *CASHIER, "--item", "NOSUCH", "--at", DEMO_AT)
    assert english.err.strip() == "pos-desktop: unknown SKU or barcode 'NOSUCH'"


def test_a_reprinted_receipt_in_romanian_reads_back_the_journal_s_reasons(run):
    sold = run(
        "sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01:3", "--at", DEMO_AT, "--json"
    )
    sale = json.loads(sold.out)
    assert [line["rule"] for line in sale["lines"]] == ["20% staff; capped: 50.00 per sale"]
    text = run("--lang", "ro", "receipt", sale["sale_id"]).out
    assert "20% angajat; plafon: 50,00 pe vânzare" in text
    assert "Achiziție angajat: Anna Kowalska" in text


def test_the_backups_page_in_polish(qtbot, demo_path):
    from pos_desktop.core.signin import AdminGate
    from pos_desktop.ui.admin.window import AdminWindow
    from tests.conftest import RADU

    i18n.use("pl")
    conn = open_database(demo_path)
    window = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    qtbot.add_widget(window)
    window.resize(1024, 768)
    window.show()
    window.pages.setCurrentWidget(window.backups_page)
    page = window.backups_page
    page.restore_chosen()
    assert "Najpierw wybierz kopię w tabeli." in window.status.text()
    page.back_up_now()
    assert "Kopia zapisana w demo-manual-" in window.status.text()
    assert page.table.item(0, 1).text() == "ręczna"
    assert page.table.horizontalHeaderItem(0).text() == "Wykonana"
    assert window.pages.tabText(window.pages.indexOf(page)) == "Kopie zapasowe"
    shot(window, "admin-pl-backups-taken")
    assert clipped(window) == []
    conn.close()


def test_a_sale_on_the_command_line_in_polish(run):
    sold = run(
        "--lang", "pl", "sell", *CASHIER, "--customer", ANNA, "--item", "SHIRT-01", "--at", DEMO_AT
    )
    assert sold.code == 0
    lines = sold.out.splitlines()
    assert lines[0].startswith("Wewnętrzny: Anna Kowalska, pracownik ")
    assert "Dlaczego" in lines[1] and lines[2].endswith("20% pracowniczy")
    assert lines[3].startswith("Suma częściowa 40,00  Rabat 8,00  Razem 32,00 EUR")


def test_a_report_s_notes_in_romanian(run):
    assert (
        run("sell", *CASHIER, "--customer", ANNA, "--item", "SHIRT-01", "--at", DEMO_AT).code == 0
    )
    period = ["--from", "2026-06-01", "--to", "2026-06-30"]
    text = run("--lang", "ro", "report", "discounts", *period).out
    assert "Reducere acordată de la 2026-06-01 la 2026-06-30: 8,00 EUR" in text
    english = run("report", "discounts", *period).out
    assert "Discount granted 2026-06-01 to 2026-06-30: 8.00 EUR" in english


def test_a_core_text_survives_a_copy_with_its_template():
    import copy
    import pickle

    text = QT_TRANSLATE_NOOP("Pricing", "{percent}% staff").format(percent="20")
    for again in (copy.deepcopy(text), pickle.loads(pickle.dumps(text))):
        assert again == "20% staff" and again.source == "{percent}% staff"

"""A report's PDF carries the chart the reports page shows beside its table, on the same page,
whether it is saved from the Reports page or by the command line's `report … --pdf`; a report
without a chart prints its table alone. The pages are drawn to
tests/screenshots/report-pdf-*.png to be looked at."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QTest

from pos_desktop import i18n
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.signin import AdminGate
from pos_desktop.ui.admin.window import AdminWindow
from tests.conftest import ANNA, IOANA, JAN, MARKETING, PIOTR, RADU

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)
BAR = QColor("#2e7d32")  # the bars, on the page and in its PDF


def sell_a_fortnight(conn: sqlite3.Connection) -> None:
    store = Checkout(conn)
    coat, shirt = store.product_line("COAT-01"), store.product_line("SHIRT-01")
    for day, badge in ((10, ANNA), (11, JAN), (12, MARKETING), (13, ANNA), (14, IOANA), (15, ANNA)):
        store.sell(badge, [coat if day % 2 else shirt], at=AT.replace(day=day))


@pytest.fixture
def window(qtbot, demo_path):
    conn = open_database(demo_path)
    sell_a_fortnight(conn)
    win = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    qtbot.add_widget(win)
    win.show()
    assert QTest.qWaitForWindowExposed(win)
    win.reports.set_period(dt.date(2026, 6, 1), dt.date(2026, 6, 15))
    win.pages.setCurrentWidget(win.reports)
    yield win
    conn.close()


def printed(window: AdminWindow, report: str, tmp_path: Path) -> tuple[QPdfDocument, QImage]:
    """The report saved as PDF from the Reports page, and its first page drawn at 100 dpi."""
    window.reports.choose(report)
    pdf = tmp_path / f"{report}.pdf"
    window.save_report_pdf(pdf)
    return opened(pdf, report)


def opened(pdf: Path, name: str) -> tuple[QPdfDocument, QImage]:
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    points = document.pagePointSize(0)
    page = document.render(
        0, QSize(int(points.width() * 100 / 72), int(points.height() * 100 / 72))
    )
    SCREENSHOTS.mkdir(exist_ok=True)
    assert page.save(str(SCREENSHOTS / f"report-pdf-{name}.png"))
    return document, page


def pixels(page: QImage, colour: QColor) -> int:
    """How much of the page is drawn in about this colour."""
    found = 0
    for y in range(0, page.height(), 2):
        for x in range(0, page.width(), 2):
            pixel = page.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red()) < 12
                and abs(pixel.green() - colour.green()) < 12
                and abs(pixel.blue() - colour.blue()) < 12
            ):
                found += 1
    return found


def bar_pixels(page: QImage) -> int:
    return pixels(page, BAR)


@pytest.mark.parametrize("report", ["day", "allowance"])
def test_a_report_pdf_holds_its_chart_on_the_page_of_its_table(qtbot, window, tmp_path, report):
    assert window.reports.chart.isVisible()
    document, page = printed(window, report, tmp_path)
    assert document.pageCount() == 1  # the table, its notes and the chart on one page
    text = document.getAllText(0).text()
    title, row = {
        "day": ("Discounts by day", "2026-06-10"),
        "allowance": ("Allowance use on 2026-06-15", "Anna Kowalska"),
    }[report]
    assert title in text and row in text
    assert bar_pixels(page) > 200  # bars, not a line of text in green


def test_a_report_without_a_chart_prints_its_table_alone(qtbot, window, tmp_path):
    document, page = printed(window, "flags", tmp_path)
    assert not window.reports.chart.isVisible()
    assert "Loss-prevention flags" in document.getAllText(0).text()
    assert bar_pixels(page) == 0


JUNE = ["--from", "2026-06-01", "--to", "2026-06-15"]


@pytest.mark.parametrize(
    ("language", "report"),
    [
        ("en", ["discounts", "--by", "day", *JUNE]),
        ("pl", ["discounts", "--by", "category", *JUNE]),
        ("ro", ["discounts", "--by", "employee", *JUNE]),
        ("en", ["cost-centres", *JUNE]),
        ("en", ["allowance", "--on", "2026-06-15"]),
        ("en", ["recharge", *JUNE]),
    ],
)
def test_the_command_lines_report_pdf_holds_the_same_chart(
    qtbot, run, demo_path, tmp_path, language, report
):
    conn = open_database(demo_path)
    sell_a_fortnight(conn)
    conn.close()
    name = f"cli-{report[0]}-{language}"
    pdf = tmp_path / f"{name}.pdf"
    done = run("--lang", language, "report", *report, "--pdf", str(pdf))
    assert done.code == 0, done.err
    document, page = opened(pdf, name)
    assert document.pageCount() == 1
    assert b"/Subtype /Image" in pdf.read_bytes() and bar_pixels(page) > 200


def test_the_command_lines_flags_pdf_has_no_chart(qtbot, run, tmp_path):
    pdf = tmp_path / "flags.pdf"
    assert run("report", "flags", *JUNE, "--pdf", str(pdf)).code == 0
    _, page = opened(pdf, "cli-flags-en")
    assert bar_pixels(page) == 0


def test_a_report_without_rows_prints_no_empty_chart(qtbot, run, tmp_path):
    """No override in the demo's fortnight: the table says so, and no empty frame follows."""
    pdf = tmp_path / "overrides.pdf"
    assert run("report", "overrides", *JUNE, "--pdf", str(pdf)).code == 0
    opened(pdf, "cli-overrides-empty")
    assert b"/Subtype /Image" not in pdf.read_bytes()  # the chart is the PDF's one picture


@pytest.mark.parametrize(
    ("report", "chart"),
    [
        (["payroll", "--from", "2026-11-01", "--to", "2026-12-31"], True),
        (["benefits", "--year", "2026"], False),  # the demo's rules tax no benefit: no bars
        (["recharge", *JUNE, "--sales"], False),  # sale by sale: the chart is per company
    ],
)
def test_the_payroll_reports_pdfs_hold_the_pages_chart(qtbot, run, tmp_path, report, chart):
    assert run("staff", "set-pin", "E0001", stdin="5831\n").code == 0
    charge = ["sell", "--customer", ANNA, "--cashier", PIOTR, "--at", "2026-11-10T10:00"]
    sold = run(*charge, "--pay", "payroll", "--payer-pin", "5831", "--item", "COAT-01")
    assert sold.code == 0, sold.err
    pdf = tmp_path / "payroll.pdf"
    done = run("--lang", "pl", "report", *report, "--pdf", str(pdf))
    assert done.code == 0, done.err
    _, page = opened(pdf, f"cli-{report[0]}-pl")
    assert (b"/Subtype /Image" in pdf.read_bytes()) is chart
    assert (bar_pixels(page) > 200) is chart


@pytest.fixture(params=["pl", "ro"])
def language(request):
    i18n.use(request.param)
    return request.param


def test_the_pages_pdf_keeps_dates_and_amounts_whole_as_the_command_line_does(
    qtbot, language, window, tmp_path, run
):
    """The Reports page's PDF is laid out like the command line's: the flags across the page,
    the table as wide as the text, and no cell broken inside a date or an amount."""
    document, page = printed(window, "flags", tmp_path)
    assert page.width() > page.height(), "across the page, as `report flags --pdf`"
    text = document.getAllText(0).text()
    for day in range(10, 15):
        assert f"2026-06-{day} 12:00" in text, text  # never '2026-06-1' then '0 12:00'
    assert not re.search(r"\d{4}-\d\d-\d?\s*$", text, re.MULTILINE), text
    cli = tmp_path / "cli-flags.pdf"
    done = run("--lang", language, "report", "flags", *JUNE, "--pdf", str(cli))
    assert done.code == 0, done.err
    from_cli, _ = opened(cli, f"cli-flags-{language}")
    assert from_cli.pagePointSize(0) == document.pagePointSize(0)
    document, _ = printed(window, "benefits", tmp_path)
    text = document.getAllText(0).text()
    assert "128,00" in text.split(), text  # Anna's discount, whole
    # The same report from the window and from the command line reads line for line alike,
    # though the window's font is larger than the command line's.
    document, _ = printed(window, "allowance", tmp_path)
    assert "Anna Kowalska" in document.getAllText(0).text()
    cli = tmp_path / "cli-allowance.pdf"
    done = run("--lang", language, "report", "allowance", "--on", "2026-06-15", "--pdf", str(cli))
    assert done.code == 0, done.err
    from_cli, _ = opened(cli, f"cli-allowance-{language}")
    assert from_cli.getAllText(0).text() == document.getAllText(0).text()
    assert from_cli.pagePointSize(0) == document.pagePointSize(0)


@pytest.mark.parametrize(
    ("language", "halves", "thousands"),
    [
        ("en", ["-0.5", "0.0", "0.5", "1.0"], ["0", "5,000", "10,000"]),
        ("pl", ["-0,5", "0,0", "0,5", "1,0"], ["0", "5000", "10\xa0000"]),
        ("ro", ["-0,5", "0,0", "0,5", "1,0"], ["0", "5.000", "10.000"]),
    ],
)
def test_the_chart_s_value_axis_writes_numbers_as_the_language_does(language, halves, thousands):
    """The PDF chart's axis numbers use the language's decimal mark and digit grouping, as
    the table beside it does (never '2.5' on a Polish page)."""
    from pos_desktop.printing.bar_chart import tick_labels

    i18n.use(language)
    assert tick_labels(-0.5, 1.0, 0.5) == halves
    assert tick_labels(0, 10000, 5000) == thousands

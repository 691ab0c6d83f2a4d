"""A report's PDF carries the chart the reports page shows beside its table, on the same page;
a report without a chart prints its table alone. The pages are drawn to
tests/screenshots/report-pdf-*.png to be looked at."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QTest

from pos_desktop.core.admin import AdminGate
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.ui.admin.window import AdminWindow
from tests.conftest import ANNA, JAN, MARKETING, RADU

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)
BAR = QColor("#2e7d32")  # report_charts' bars


@pytest.fixture
def window(qtbot, demo_path):
    conn = open_database(demo_path)
    store = Checkout(conn)
    coat, shirt = store.product_line("COAT-01"), store.product_line("SHIRT-01")
    for day, badge in ((10, ANNA), (11, JAN), (12, MARKETING), (13, ANNA), (15, ANNA)):
        store.sell(badge, [coat if day % 2 else shirt], at=AT.replace(day=day))
    win = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    qtbot.add_widget(win)
    win.show()
    assert QTest.qWaitForWindowExposed(win)
    win.reports.set_period(dt.date(2026, 6, 1), dt.date(2026, 6, 15))
    win.pages.setCurrentWidget(win.reports)
    yield win
    conn.close()


def printed(window: AdminWindow, report: str, tmp_path: Path) -> tuple[QPdfDocument, QImage]:
    """The report saved as PDF, and its first page drawn at 100 dpi."""
    window.reports.choose(report)
    pdf = tmp_path / f"{report}.pdf"
    window.save_report_pdf(pdf)
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    points = document.pagePointSize(0)
    page = document.render(
        0, QSize(int(points.width() * 100 / 72), int(points.height() * 100 / 72))
    )
    SCREENSHOTS.mkdir(exist_ok=True)
    assert page.save(str(SCREENSHOTS / f"report-pdf-{report}.png"))
    return document, page


def bar_pixels(page: QImage) -> int:
    """How much of the page is drawn in the colour of the chart's bars."""
    found = 0
    for y in range(0, page.height(), 2):
        for x in range(0, page.width(), 2):
            pixel = page.pixelColor(x, y)
            if (
                abs(pixel.red() - BAR.red()) < 24
                and abs(pixel.green() - BAR.green()) < 24
                and abs(pixel.blue() - BAR.blue()) < 24
            ):
                found += 1
    return found


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

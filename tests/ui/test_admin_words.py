"""What the admin reads outside the till: one date style in every language, backups at the
store's local time, registry columns and the search hint not cut in pl/ro, the window within
the screen's free area, dialogs that keep their size and point at the wrong field, and the
reports' small things ('1 person', the day report's columns, the chart's ticks, the selector
after Close day)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pos_desktop import i18n
from pos_desktop.core import backups
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.reports import closing
from pos_desktop.core.reports.charts import ChartData
from pos_desktop.core.rules import load_rules
from pos_desktop.core.signin import AdminGate
from pos_desktop.ui.admin.report_charts import axis_format, build
from pos_desktop.ui.admin.staff_dialog import StaffDialog
from pos_desktop.ui.admin.window import AdminWindow
from pos_desktop.ui.common.fit import FRAME
from tests.conftest import ANNA, RADU

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)


def shot(widget, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()  # the layout settled, as a person sees it
    assert widget.grab().save(str(SCREENSHOTS / f"admin-words-{name}.png"))


@pytest.fixture
def conn(demo_path):
    connection = open_database(demo_path)
    yield connection
    connection.close()


def open_window(qtbot, conn, size: tuple[int, int] | None = (1024, 768)) -> AdminWindow:
    window = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    qtbot.add_widget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    return window


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_a_day_is_written_one_way_in_every_language(language):
    i18n.use(language)
    assert i18n.date_text(dt.date(2026, 12, 2)) == "2026-12-02"  # never 02/12/2026
    assert i18n.moment_text(dt.datetime(2026, 12, 2, 7, 48)) == "2026-12-02 07:48"
    assert i18n.say(dt.date(2026, 12, 2)) == "2026-12-02"


def test_backups_are_listed_at_the_store_s_local_time(qtbot, conn, demo_path, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")  # the computer on UTC, the store in Warsaw
    made = backups.daily(conn, demo_path, dt.date(2026, 12, 2))
    assert made is not None
    taken = dt.datetime(2026, 12, 2, 6, 48, tzinfo=dt.UTC).timestamp()
    os.utime(made, (taken, taken))
    window = open_window(qtbot, conn)
    window.pages.setCurrentWidget(window.backups_page)
    window.backups_page.load()
    assert window.backups_page.table.item(0, 0).text() == "2026-12-02 07:48"  # not 06:48 UTC
    shot(window, "backups")


@pytest.mark.parametrize("language", ["pl", "ro"])
def test_registry_columns_and_the_search_hint_are_not_cut(qtbot, conn, language):
    i18n.use(language)
    window = open_window(qtbot, conn)
    page = window.staff
    table = page.table
    metrics = table.fontMetrics()
    role_column = 8
    admin_word = page.model.data(page.model.index(11, role_column))  # Radu Stan
    assert admin_word in ("administrator", "administrator")
    assert metrics.horizontalAdvance(admin_word) + 8 <= table.columnWidth(role_column)
    for column in range(page.model.columnCount()):
        if table.isColumnHidden(column):
            continue  # shown from the header's menu, at its width (tested below)
        heading = str(page.model.headerData(column, Qt.Orientation.Horizontal))
        assert metrics.horizontalAdvance(heading) < table.columnWidth(column), heading
    search = page.search
    hint = search.fontMetrics().horizontalAdvance(search.placeholderText())
    assert hint + 24 <= search.width(), "the whole search hint shows"
    qtbot.waitUntil(lambda: not page.count.text().endswith("…"))
    qtbot.wait(20)  # the count's new width laid out
    shot(window, f"registry-{language}")


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_every_registry_column_fits_at_1024_by_768_without_scrolling(qtbot, conn, language):
    i18n.use(language)
    window = open_window(qtbot, conn)
    page = window.staff
    table = page.table
    qtbot.waitUntil(lambda: not page.count.text().endswith("…"))
    qtbot.wait(20)  # laid out as a person sees it
    assert table.horizontalScrollBar().maximum() == 0, "no column behind a scroll bar"
    metrics = table.fontMetrics()
    for column in range(page.model.columnCount()):
        if table.isColumnHidden(column):
            continue
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert right <= table.viewport().width(), page.model.headerData(
            column, Qt.Orientation.Horizontal
        )
    radu = next(r for r in range(page.model.rowCount()) if page.model.employee_no(r) == "E0012")
    for column in (1, 8, 9):  # his name, role and badge, whole
        text = page.model.data(page.model.index(radu, column))
        assert metrics.horizontalAdvance(text) + 8 <= table.columnWidth(column), text
    shot(window, f"registry-fit-{language}")


def test_the_hidden_date_columns_come_back_from_the_header_s_menu(qtbot, conn):
    window = open_window(qtbot, conn)
    page = window.staff
    start = page.model.columnCount() - 4
    assert page.table.isColumnHidden(start)
    menu = page.column_menu()
    shown = {a.text(): a for a in menu.actions()}
    assert not shown["Start"].isChecked() and shown["Name"].isChecked()
    shown["Start"].trigger()
    assert not page.table.isColumnHidden(start)
    date = page.model.data(page.model.index(0, start))
    assert page.table.fontMetrics().horizontalAdvance(date) < page.table.columnWidth(start)


@pytest.mark.parametrize("language", ["pl", "ro"])
def test_with_the_dates_shown_names_stay_whole_and_the_table_scrolls(qtbot, conn, language):
    i18n.use(language)
    window = open_window(qtbot, conn)
    page = window.staff
    table = page.table
    name = 1
    wide = table.columnWidth(name)
    for heading in (i18n.translate("StaffPage", "Start"), i18n.translate("StaffPage", "End")):
        shown = {a.text(): a for a in page.column_menu().actions()}
        shown[heading].trigger()
    qtbot.waitUntil(lambda: not page.count.text().endswith("…"))
    qtbot.wait(20)
    assert not table.isColumnHidden(6) and not table.isColumnHidden(7)
    metrics = table.fontMetrics()
    heading = str(page.model.headerData(name, Qt.Orientation.Horizontal))
    longest = max(
        (page.model.data(page.model.index(r, name)) for r in range(page.model.rowCount())),
        key=metrics.horizontalAdvance,
    )
    assert metrics.horizontalAdvance(heading) + 8 <= table.columnWidth(name), heading
    assert metrics.horizontalAdvance(longest) + 8 <= table.columnWidth(name), longest
    assert table.horizontalScrollBar().maximum() > 0, "the rest is a sideways scroll away"
    shot(window, f"registry-dates-{language}")
    for heading in (i18n.translate("StaffPage", "Start"), i18n.translate("StaffPage", "End")):
        shown = {a.text(): a for a in page.column_menu().actions()}
        shown[heading].trigger()
    qtbot.wait(20)
    assert table.columnWidth(name) == wide, "hidden again, the name takes its room back"
    assert table.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_the_audit_and_backups_pages_say_what_their_buttons_did(qtbot, conn, language):
    i18n.use(language)
    window = open_window(qtbot, conn)
    window.pages.setCurrentWidget(window.audit)
    window.audit.verify_chains()
    said = window.status.text()
    assert said == window.audit.result.text()
    assert str(i18n.number(conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0])) in said
    assert window.status.mark.accessibleName() == i18n.translate("Status", "Done")
    shot(window, f"audit-{language}")
    window.pages.setCurrentWidget(window.backups_page)
    window.backups_page.back_up_now()
    made = window.backups_page.found[0].path.name
    assert made in window.status.text()
    shot(window, f"backups-{language}")


def test_one_person_is_one_person(qtbot, conn):
    window = open_window(qtbot, conn)
    page = window.staff
    page.search.setText("E0012")
    page.apply_filter()
    qtbot.waitUntil(lambda: not page.count.text().endswith("…"))
    assert page.count.text() == "1 person"


def test_the_admin_window_fits_the_screen_s_free_area(qtbot, conn):
    window = open_window(qtbot, conn, size=None)
    free = window.screen().availableGeometry()
    qtbot.wait(20)
    # The offscreen screen is 800x800; the window claims 1024x768 and, at the app's 11-point
    # font, needs some 900 px across in English: the height must fit, the width the claim.
    frame = window.frameGeometry()
    assert frame.top() >= free.top() and frame.bottom() <= free.bottom()
    assert window.height() <= free.height() - 20
    assert window.width() <= 1024 - FRAME.width()


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_the_day_report_has_no_name_column_and_close_day_names_itself(qtbot, conn, language):
    i18n.use(language)
    store = Checkout(conn)
    store.sell(ANNA, [store.product_line("COAT-01")], at=AT)
    window = open_window(qtbot, conn)
    page = window.reports
    page.set_period(dt.date(2026, 6, 1), dt.date(2026, 6, 15))
    window.pages.setCurrentWidget(page)
    page.choose("day")
    headings = [
        page.table.horizontalHeaderItem(c).text()
        for c in range(page.table.columnCount())
        if not page.table.isColumnHidden(c)
    ]
    assert headings[:2] == [i18n.translate("Reports", "Day"), i18n.translate("Reports", "Sales")]
    page.choose("allowance")
    window.confirm = lambda question: True
    window.close_day()
    assert page.choice.currentText() == i18n.translate("ReportsPage", "Daily close")
    assert page.table.isColumnHidden(0)  # the code column ("employee", "all")
    assert page.cell(0, 1) and page.cell(0, 1) != "employee"
    shot(window, f"closed-{language}")
    page.choose("day")
    page.choose("close")
    assert page.title.text().endswith(" 2026-06-15")
    assert closing.load(conn, dt.date(2026, 6, 15)) is not None


def test_the_allowance_chart_labels_each_tick_once(qtbot):
    assert axis_format(0, 1.5, 4) == "%.1f"
    assert axis_format(0, 200, 5) == "%.0f"
    chart = build(ChartData("Allowance", ["Anna"], [128], "%"), "EUR")  # 12.8%
    axis = next(a for a in chart.axes() if a.type() == a.AxisType.AxisTypeValue)
    ticks = [
        axis.min() + i * (axis.max() - axis.min()) / (axis.tickCount() - 1)
        for i in range(axis.tickCount())
    ]
    labels = [axis.labelFormat() % t for t in ticks]
    assert len(set(labels)) == len(labels), labels


@pytest.mark.parametrize(
    ("language", "half", "thousands"),
    [("en", "0.5", "10,000"), ("pl", "0,5", "10 000"), ("ro", "0,5", "10.000")],
)
def test_a_chart_s_axis_writes_numbers_as_the_language_does(qtbot, language, half, thousands):
    """The value axis of a report's chart has the language's decimal mark and digit grouping:
    0,5 in Polish and Romanian, as the report's table beside it writes amounts."""
    from PySide6.QtCharts import QChartView
    from PySide6.QtWidgets import QGraphicsTextItem

    def axis_labels(view: QChartView) -> list[str]:
        """The value axis's labels as drawn (Qt Charts' ValueAxisLabel text items)."""
        QApplication.processEvents()
        drawn = [item.toGraphicsObject() for item in view.scene().items()]
        return [
            item.toPlainText()
            for item in drawn
            if isinstance(item, QGraphicsTextItem)
            and item.metaObject().className() == "ValueAxisLabel"
        ]

    i18n.use(language)
    view = QChartView(build(ChartData("Allowance", ["Anna"], [12], "%"), "EUR"))  # 1.2%
    qtbot.add_widget(view)
    view.resize(600, 300)
    view.show()
    assert QTest.qWaitForWindowExposed(view)
    labels = axis_labels(view)
    assert half in labels, labels
    wrong = "," if language == "en" else "."
    assert not [label for label in labels if wrong in label], labels
    if language == "pl":
        shot(view, "chart-axis-pl")
    view.setChart(build(ChartData("Discount", ["Anna"], [1_500_000], "EUR"), "EUR"))  # 15000.00
    assert thousands in axis_labels(view)  # (a text item reads a no-break space as a space)


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_the_add_staff_dialog_keeps_its_size_and_points_at_the_wrong_field(qtbot, conn, language):
    i18n.use(language)
    rules = load_rules(conn)
    saved = []
    dialog = StaffDialog(rules, None, lambda d: saved.append(d.checked(rules)))
    qtbot.add_widget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    field_height = dialog.name.height()
    qtbot.keyClicks(dialog.number, "N1")
    qtbot.keyClicks(dialog.name, "Nina New")
    qtbot.keyClicks(dialog.start, "2026-02-30")
    dialog.ok.click()
    assert dialog.error.isVisible() and "2026-02-30" in dialog.error.text()
    assert dialog.width() >= 420  # the form keeps its width
    assert dialog.focusWidget() is dialog.start
    qtbot.wait(10)
    assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())  # whole
    assert dialog.name.height() == field_height  # grown, not squashed
    shot(dialog, f"staff-wrong-date-{language}")
    dialog.start.selectAll()
    qtbot.keyClicks(dialog.start, "2026-02-03")
    assert not dialog.error.isVisible()  # a stale error goes at the first edit
    qtbot.keyClicks(dialog.end, "2026-01-01")
    dialog.ok.click()
    assert dialog.focusWidget() is dialog.end
    dialog.end.clear()
    dialog.ok.click()
    assert saved and saved[0].employee_no == "N1"


def test_a_report_s_pdf_names_the_store(conn):
    from pos_desktop.core.reports import figures, tables

    rules = load_rules(conn)
    june = (dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    table = tables.discounts(figures.discounts(conn, rules, *june, "day"), "day", *june, "EUR")
    html = table.html(rules.settings.name)
    assert html.startswith("<p><b>Demo Store</b></p><h2>")
    assert "<th align=left>name</th>" not in html.lower()  # the day is not repeated
    assert table.keys[1] == "name"  # CSV and JSON keep their columns


def test_a_sign_in_lockout_ends_at_the_store_s_local_time(conn, monkeypatch):
    from pos_desktop.core.errors import InputError

    monkeypatch.setenv("TZ", "UTC")
    gate = AdminGate(conn)
    gate.set_password("correct horse")
    moment = dt.datetime(2026, 12, 2, 6, 48, tzinfo=dt.UTC)
    for _ in range(5):
        with pytest.raises(InputError):
            gate.sign_in(password="nope", now=moment)
    with pytest.raises(InputError) as locked:
        gate.sign_in(password="correct horse", now=moment)
    assert str(locked.value).endswith("until 08:03")  # Warsaw, not 07:03 UTC


MORE_THAN_0 = {
    "en": "The largest open amount must be more than 0.",
    "pl": "Największa kwota otwarta musi być większa od 0.",
    "ro": "Cea mai mare sumă liberă trebuie să fie mai mare de 0.",
}


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_a_largest_open_amount_of_0_is_said_beside_its_field(qtbot, conn, language):
    i18n.use(language)
    window = open_window(qtbot, conn)
    page = window.settings_page
    window.pages.setCurrentWidget(page)
    before = window.rules.settings.max_open_amount
    page.max_open.selectAll()
    qtbot.keyClicks(page.max_open, "0")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    said = page.amount_problem.text()
    assert said == MORE_THAN_0[language]
    assert "max_open_amount" not in said and "[store]" not in window.status.text()
    assert "#b71c1c" in page.amount_problem.styleSheet()  # the error colour
    assert QApplication.focusWidget() is page.max_open
    assert window.rules.settings.max_open_amount == before  # nothing saved
    shot(window, f"settings-open-amount-0-{language}")
    page.max_open.selectAll()
    qtbot.keyClicks(page.max_open, "500")
    page.timezone.setText("Europe/Warszawa")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.amount_problem.text() == ""
    assert "Europe/Warszawa" in page.timezone_problem.text()
    assert QApplication.focusWidget() is page.timezone
    assert window.rules.settings.timezone == "Europe/Warsaw"
    page.timezone.setText("Europe/Warsaw")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.timezone_problem.text() == ""
    assert window.rules.settings.max_open_amount == 50000


def test_a_page_s_error_leaves_the_status_line_with_the_page(qtbot, conn):
    window = open_window(qtbot, conn)
    page = window.settings_page
    window.pages.setCurrentWidget(page)
    page.pattern.setText("^2[0-9")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "pattern" in window.status.text()  # only the store's rules judge a pattern
    window.pages.setCurrentWidget(window.staff)
    assert window.status.text() == ""
    assert window.status.mark.text() == ""
    window.audit.verify_chains()
    said = window.status.text()
    window.pages.setCurrentWidget(window.audit)
    assert window.status.text() == said, "what was done stays said"

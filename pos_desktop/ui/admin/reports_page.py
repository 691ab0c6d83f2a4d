"""The reports page: discounts by day, employee, department, company, category or policy,
allowance use, overrides, cost centres and loss-prevention flags for a period, as a table
with a chart where one helps; exported as CSV or PDF; and the daily close."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core import clock
from pos_desktop.core.db.storage import database_file
from pos_desktop.core.reports import charts, closing, figures, flags, oversight, rollup, tables
from pos_desktop.core.reports.charts import ChartData
from pos_desktop.core.reports.table import Table
from pos_desktop.core.rules import Rules, load_rules
from pos_desktop.i18n import current, date_text, month_name, number, say, translate
from pos_desktop.ui.admin import payroll_view, report_charts, report_words
from pos_desktop.ui.admin.rollup_filler import LAG, RollupFiller
from pos_desktop.ui.common.fit import rows

MOST_NOTES_PX = 120
CLOSE = "close"  # the selector's entry for the To day's close
# Printed across the page, as the command line prints them: their long texts need the room.
LANDSCAPE = ("overrides", "flags")


def _date(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def _read(table: Table) -> Table:
    """The table in the language in use: its words translated, its amounts, shares and (in
    a language other than English) counts written as the language writes them."""
    return table.read(say, number if current() != "en" else str)


def _said(chart: ChartData) -> ChartData:
    """The chart with its title (and its months) in the language in use."""
    return chart.read(say, month_name)


class ReportsPage(QWidget):
    """Choose a report and a period; the table and its chart follow. Actions: `csv`, `pdf`
    and `close` (the window asks for file names and confirmations)."""

    def __init__(self, conn: sqlite3.Connection, actions: dict[str, Callable[[], None]]) -> None:
        super().__init__()
        self.conn = conn
        self.filler: RollupFiller | None = None
        self.shown: Table | None = None
        self.shown_chart: ChartData | None = None
        self.choice = QComboBox()
        self.choice.setAccessibleName(translate("ReportsPage", "Report"))
        for key, title in report_words.REPORTS.items():
            self.choice.addItem(translate("Reports", title), key)
        self.choice.addItem(translate("ReportsPage", "Daily close"), CLOSE)
        # Each report's whole name: the longest (Romanian) still leaves the line within 1024 px.
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        today = clock.now().astimezone(self.rules.settings.tz).date()
        self.start = QDateEdit(_date(today.replace(day=1)))
        self.end = QDateEdit(_date(today))
        for edit, name in (
            (self.start, translate("ReportsPage", "From")),
            (self.end, translate("ReportsPage", "To")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        show = QPushButton(translate("ReportsPage", "&Show"))
        show.clicked.connect(self.refresh)
        self.choice.currentIndexChanged.connect(self.refresh)
        labelled: list[QWidget] = []
        for text, field in (
            (translate("ReportsPage", "Report"), self.choice),
            (translate("ReportsPage", "From"), self.start),
            (translate("ReportsPage", "To"), self.end),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            labelled += [label, field]
        exports = []
        for text, key in (
            (translate("ReportsPage", "Export &CSV…"), "csv"),
            (translate("ReportsPage", "Save P&DF…"), "pdf"),
            (translate("ReportsPage", "C&lose day…"), "close"),
        ):
            button = QPushButton(text)
            button.clicked.connect(actions[key])
            exports.append(button)
        # What to show on one line, what to do with it on the next: one line is wider than a
        # till's screen once the report's name is long.
        controls = rows([*labelled, show], exports)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.table = QTableWidget()
        self.table.setAccessibleName(translate("ReportsPage", "Report rows"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = QChartView()
        self.chart.setRenderHint(report_charts.RENDER_HINT)
        self.chart.setMinimumHeight(240)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.title)
        upper_layout.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(self.chart)
        split.setSizes([420, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(split, 1)
        layout.addWidget(self.notes)

    @property
    def rules(self) -> Rules:
        return load_rules(self.conn)

    def period(self) -> tuple[dt.date, dt.date]:
        return _day(self.start), _day(self.end)

    def set_period(self, start: dt.date, end: dt.date) -> None:
        self.start.setDate(_date(start))
        self.end.setDate(_date(end))

    def choose(self, key: str) -> None:
        self.choice.setCurrentIndex(self.choice.findData(key))
        self.refresh()

    def refresh(self) -> None:
        """Run the chosen report for the period (a PosError reaches the window's guard).
        A discount report on a rollup far behind the journal waits for it to be filled in
        the background, with its progress on screen."""
        key = self.choice.currentData()
        if key == CLOSE:
            self._show_close()
            return
        if key in figures.GROUPINGS and self._fill_first():
            return
        start, end = self.period()
        table, chart = self._report(key, start, end)
        self.show_table(table, chart)

    def _show_close(self) -> None:
        """The To day's close, when the day is closed; else how to close it."""
        rules = self.rules
        day = _day(self.end)
        closed = closing.load(self.conn, day)
        if closed is not None:
            self.show_table(tables.close(closed, rules.settings.tz, rules.settings.currency))
            return
        self.shown = None
        self.shown_chart = None
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.chart.hide()
        self.notes.clear()
        text = translate("ReportsPage", "{day} is not closed yet; Close day… closes it.")
        self.title.setText(text.format(day=date_text(day)))

    def _fill_first(self) -> bool:
        if self.filler is not None:
            return True
        lag, _ = rollup.behind(self.conn, self.rules)
        if lag <= LAG:
            return False
        database = database_file(self.conn)
        if database is None:
            return False
        filler = RollupFiller(str(database), self)
        filler.progressed.connect(self._filling)
        filler.finished.connect(self._filled)
        self.filler = filler
        self._filling(0, lag)
        filler.start()
        return True

    def stop_filling(self) -> None:
        """Before the window goes: the background sums stop at the end of their chunk."""
        if self.filler is not None:
            self.filler.requestInterruption()
            self.filler.wait()

    def _filling(self, done: int, total: int) -> None:
        text = translate(
            "ReportsPage",
            "Bringing the report figures up to date (once, after new sales pile up): "
            "{done} of {total} sales summed…",
        )
        self.title.setText(text.format(done=number(done), total=number(total)))

    def _filled(self) -> None:
        filler, self.filler = self.filler, None
        if filler is not None:
            filler.deleteLater()
        self.refresh()

    def show_table(self, table: Table, chart: ChartData | None = None) -> None:
        """Show the core's table in the language in use (kept as it is for CSV)."""
        self.shown = table
        self.shown_chart = chart
        table = _read(table)
        self.title.setText(table.title)
        self.table.clear()
        self.table.setColumnCount(len(table.headings))
        self.table.setRowCount(len(table.rows))
        self.table.setHorizontalHeaderLabels(table.headings)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, row in enumerate(table.rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                if c in table.numeric:
                    item.setTextAlignment(right)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        for column in range(len(table.headings)):  # kept for CSV, not for reading
            self.table.setColumnHidden(column, column in table.hidden)
        self.notes.setText("\n".join(table.notes))
        # Every note line shows (a leaver with a payroll balance is one): the chart gives way.
        width = self.notes.width()
        needed = self.notes.heightForWidth(width) if width > 100 else self.notes.sizeHint().height()
        self.notes.setMinimumHeight(min(needed, MOST_NOTES_PX))
        self.chart.setVisible(chart is not None)
        if chart is not None:
            self.chart.setChart(report_charts.build(chart, self.rules.settings.currency))

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _report(self, key: str, start: dt.date, end: dt.date) -> tuple[Table, ChartData | None]:
        rules = self.rules
        settings = rules.settings
        currency = settings.currency
        if key in payroll_view.KEYS:
            table, chart = payroll_view.report(self.conn, rules, key, start, end)
            return table, _said(chart)
        if key in figures.GROUPINGS:
            rows = figures.discounts(self.conn, rules, start, end, key)
            chart = charts.discounts(rows, key, currency)
            return tables.discounts(rows, key, start, end, currency), _said(chart)
        if key == "allowance":
            uses = oversight.allowance_use(self.conn, rules, end)
            return tables.allowance(uses, end, currency), _said(charts.allowance(uses))
        if key == "overrides":
            found = oversight.overrides(self.conn, rules, start, end)
            table = tables.overrides(found, start, end, settings.tz, currency)
            return table, _said(charts.overrides(found, currency))
        if key == "cost-centres":
            rows_cc = oversight.cost_centres(self.conn, rules, start, end)
            chart = charts.cost_centres(rows_cc, currency)
            return tables.cost_centres(rows_cc, start, end, currency), _said(chart)
        found_flags = flags.find(self.conn, rules, start, end)
        return tables.flags(found_flags, start, end, settings.tz), None

    def close_day(self, actor: str) -> closing.DayClose:
        """Close the To day now; the close replaces the report on the page."""
        rules = self.rules
        closed = closing.close_day(self.conn, rules, _day(self.end), actor=actor, at=clock.now())
        self.choice.blockSignals(True)  # the selector names what the page now shows
        self.choice.setCurrentIndex(self.choice.findData(CLOSE))
        self.choice.blockSignals(False)
        self.show_table(tables.close(closed, rules.settings.tz, rules.settings.currency))
        return closed

    def export_csv(self, path: Path) -> int:
        """The shown table as CSV; returns its number of rows."""
        from pos_desktop.core.files import open_whole

        assert self.shown is not None
        with open_whole(path) as handle:
            self.shown.write_csv(handle)
        return len(self.shown.rows)

    def save_pdf(self, path: Path) -> None:
        from pos_desktop.printing.bar_chart import picture as chart_picture
        from pos_desktop.printing.pdf import save_html_pdf, text_width

        assert self.shown is not None
        html = _read(self.shown).html(self.rules.settings.name)
        landscape = self.choice.currentData() in LANDSCAPE
        chart, currency = self.shown_chart, self.rules.settings.currency
        picture = (
            None
            if chart is None
            else chart_picture(chart, currency, text_width(landscape=landscape))
        )
        save_html_pdf(html, path, landscape=landscape, picture=picture)

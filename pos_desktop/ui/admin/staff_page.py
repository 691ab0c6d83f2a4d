"""The staff registry page: search and filters over a million people, read page by page as
the table scrolls, and the changes an admin makes to them."""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core import clock, staff
from pos_desktop.core.registry import STATUSES
from pos_desktop.core.reports import payroll_reports
from pos_desktop.core.rules import Rules, load_rules
from pos_desktop.core.signin import AdminIdentity
from pos_desktop.core.staff import EMPLOYMENT_TYPES, ENDED, StaffFilter
from pos_desktop.i18n import amount, number, translate
from pos_desktop.ui.admin.staff_actions import StaffActions
from pos_desktop.ui.common import words
from pos_desktop.ui.common.fit import rows, shrinkable
from pos_desktop.ui.common.operations import Operations
from pos_desktop.ui.common.paged import PagedTableModel

HEADERS = (
    QT_TRANSLATE_NOOP("StaffPage", "Number"),
    QT_TRANSLATE_NOOP("StaffPage", "Name"),
    QT_TRANSLATE_NOOP("StaffPage", "Company"),
    QT_TRANSLATE_NOOP("StaffPage", "Department"),
    QT_TRANSLATE_NOOP("StaffPage", "Employment"),
    QT_TRANSLATE_NOOP("StaffPage", "Status"),
    QT_TRANSLATE_NOOP("StaffPage", "Start"),
    QT_TRANSLATE_NOOP("StaffPage", "End"),
    QT_TRANSLATE_NOOP("StaffPage", "Role"),
    QT_TRANSLATE_NOOP("StaffPage", "Badge"),
)
_FIELDS = (*staff.COLUMNS, "badge")
# Shown from the header's menu: with them every column does not fit 1024 px in Romanian.
HIDDEN_AT_FIRST = ("start_date", "end_date")
# Stored codes shown in the language in use.
_WORDS = {"status": words.STATUSES, "employment_type": words.EMPLOYMENT, "role": words.ROLES}


class StaffTableModel(PagedTableModel[StaffFilter]):
    """Rows of the registry in employee-number order, fetched a page at a time as the view
    scrolls; never the whole table in memory."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        headers = tuple(translate("StaffPage", h) for h in HEADERS)
        super().__init__(conn, StaffFilter(), headers, self._page, _staff_cell, staff.PAGE)

    def _page(self, where: StaffFilter, after: sqlite3.Row | None) -> list[sqlite3.Row]:
        return staff.page(self.conn, where, after=after["employee_no"] if after else None)

    def employee_no(self, row: int) -> str:
        return str(self.rows[row]["employee_no"])


class StaffTable(QTableView):
    """The registry's table view; says when it has painted, so that slow work can wait. Its
    name column takes the room the others leave but never less than a whole name: with more
    columns shown than fit, the table scrolls sideways instead."""

    painted = Signal()
    name_column = _FIELDS.index("name")

    def __init__(self) -> None:
        super().__init__()
        self.name_width = 0  # the least a name and its heading need, set by the page
        self.horizontalHeader().sectionResized.connect(self._resized)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit_name()
        return super().viewportEvent(event)

    def setColumnHidden(self, column: int, hide: bool) -> None:
        super().setColumnHidden(column, hide)
        self.fit_name()

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column != self.name_column:  # another column made wider or narrower by hand
            self.fit_name()

    def fit_name(self) -> None:
        """The name as wide as the room left beside the other shown columns, at least whole."""
        model = self.model()
        if model is None:
            return
        others = sum(
            self.columnWidth(c)
            for c in range(model.columnCount())
            if c != self.name_column and not self.isColumnHidden(c)
        )
        room = self.viewport().width() - others
        self.setColumnWidth(self.name_column, max(self.name_width, room))


def _staff_cell(row: sqlite3.Row, column: int, role: int) -> Any:
    field = _FIELDS[column]
    if role == Qt.ItemDataRole.ToolTipRole and field == "name":
        return row["name"]  # whole, where the column elides a long one
    if role != Qt.ItemDataRole.DisplayRole:
        return None
    value = row[field]
    if value is None:
        return ""
    return words.word(_WORDS[field], value) if field in _WORDS else str(value)


def _employment_types(rules: Rules) -> list[str]:
    """The usual kinds and those the policies name: no scan of the whole registry."""
    named = {e for p in rules.policies for e in (p.employment or ())}
    return sorted(set(EMPLOYMENT_TYPES) | named)


class StaffPage(QWidget):
    """Search (name, number or badge), filters, the table and the actions on one person."""

    def __init__(self, conn: sqlite3.Connection, admin: AdminIdentity, ops: Operations) -> None:
        super().__init__()
        self.conn = conn
        self.tz = load_rules(conn).settings.tz  # whose today ends a person's employment
        self.changes = StaffActions(conn, admin, ops, self)
        self.filters: dict[str, QComboBox] = {}
        filter_row = self._filter_row()
        self.model = StaffTableModel(conn)
        self.table = StaffTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("StaffPage", "Staff"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self._fit_columns()
        self.table.doubleClicked.connect(lambda _index: self.changes.edit_person())
        self.count = QLabel()
        # Leavers whose charges to payroll are not closed yet: payroll must recover them.
        self.leavers = QLabel()
        self.leavers.setObjectName("leavers")
        self.leavers.setWordWrap(True)
        self.leavers.setStyleSheet("#leavers { color: #b00020; font-weight: bold; }")
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(self.leavers)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._button_rows())
        self.count_pending = False
        self.table.painted.connect(self._painted)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(250)
        self.debounce.timeout.connect(self.apply_filter)
        self.search.textEdited.connect(lambda _text: self.debounce.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.apply_filter()

    def _filter_row(self) -> QGridLayout:
        """The search field and the filters, each under its caption (the label Qt names it
        by)."""
        self.search = QLineEdit()
        self.search.setAccessibleName(
            translate("StaffPage", "Search staff by name, number or badge")
        )
        self.search.setPlaceholderText(translate("StaffPage", "Name, number or badge"))
        self.search.setClearButtonEnabled(True)
        # The whole hint shows, in every language, beside the clear button.
        hint = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(hint + 48)
        filter_row = QGridLayout()
        filter_row.setVerticalSpacing(1)
        filter_row.addWidget(self.search, 1, 0)
        # Room shared in proportion to what each column shows at first (the search's hint, a
        # filter's "any …"), so a long one ("Każde zatrudnienie") is not cut beside short ones.
        filter_row.setColumnStretch(0, hint)
        for column, (key, (name, heading, anything), values) in enumerate(self._filter_values(), 1):
            caption = QLabel(heading)
            combo = QComboBox()
            caption.setBuddy(combo)
            combo.setAccessibleName(name)
            combo.addItem(anything, None)
            for value, text in values:
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(self.apply_filter)
            self.filters[key] = shrinkable(combo)
            filter_row.addWidget(caption, 0, column)
            filter_row.addWidget(combo, 1, column)
            filter_row.setColumnStretch(column, combo.fontMetrics().horizontalAdvance(anything))
        return filter_row

    def _button_rows(self) -> QLayout:
        """Two lines, the person's then the badge's: one line is wider than a till's screen."""
        act = self.changes
        buttons: dict[str, QPushButton] = {}
        for key, text, shortcut, action in (
            ("add", translate("StaffPage", "&Add…"), "Ctrl+N", act.add_person),
            ("edit", translate("StaffPage", "&Edit…"), "F2", act.edit_person),
            ("dependants", translate("StaffPage", "&Dependants…"), "", act.manage_dependants),
            ("photo", translate("StaffPage", "P&hoto…"), "", act.choose_photo),
            (
                "suspend",
                translate("StaffPage", "&Suspend"),
                "",
                lambda: act.set_status("suspended"),
            ),
            (
                "terminate",
                translate("StaffPage", "&Terminate"),
                "",
                lambda: act.set_status("terminated"),
            ),
            (
                "reactivate",
                translate("StaffPage", "Reacti&vate"),
                "",
                lambda: act.set_status("active"),
            ),
            ("issue", translate("StaffPage", "&Issue badge…"), "", act.issue_badge),
            ("revoke", translate("StaffPage", "&Revoke badge…"), "", act.revoke_badge),
            ("reprint", translate("StaffPage", "Re&print badge…"), "", act.reprint_badge),
            ("statement", translate("StaffPage", "State&ment…"), "", self.show_statement),
        ):
            button = QPushButton(text)
            button.clicked.connect(action)
            buttons[key] = button
            if shortcut:
                QShortcut(QKeySequence(shortcut), self, action)
        person = ("add", "edit", "dependants", "photo", "suspend", "terminate", "reactivate")
        return rows(
            [buttons[k] for k in person],
            [buttons[k] for k in ("issue", "revoke", "reprint", "statement")],
            trailing=self.count,
        )

    def _fit_columns(self) -> None:
        """Every column shown whole at 1024 px in every language: the name takes the room
        the others leave (a long one elided, whole in its tooltip), and the start and end
        dates wait behind the header's menu (the status says 'ended'; the person's dialog
        shows both dates). With the dates shown the name keeps its width and the table
        scrolls sideways."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        widths = self._column_widths()
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        self.table.name_width = widths[StaffTable.name_column]
        for field in HIDDEN_AT_FIRST:
            self.table.setColumnHidden(_FIELDS.index(field), True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda at: self.column_menu().exec(header.mapToGlobal(at))
        )

    def column_menu(self) -> QMenu:
        """The columns, each ticked when shown; choosing one shows or hides it."""
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(heading)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.setEnabled(_FIELDS[column] not in ("employee_no", "name"))
            action.toggled.connect(lambda shown, c=column: self.table.setColumnHidden(c, not shown))
        return menu

    def _column_widths(self) -> list[int]:
        """Each column as wide as its heading and the widest word it shows in the language
        in use (Polish 'administrator' must not read 'administr…')."""
        samples: dict[str, list[str]] = {
            "employee_no": ["E000000"],
            "name": ["Katarzyna Lewandowska"],
            "company": ["ACFOOD"],
            "department": ["SALES"],
            "employment_type": [words.word(words.EMPLOYMENT, c) for c in EMPLOYMENT_TYPES],
            "status": [words.word(words.STATUSES, c) for c in STATUSES],
            "start_date": ["2026-12-31"],
            "end_date": ["2026-12-31"],
            "role": [words.word(words.ROLES, c) for c in words.ROLES],
            "badge": ["2000000000000"],
        }
        cells = self.table.fontMetrics()
        bold = QFont(self.table.horizontalHeader().font())
        bold.setBold(True)
        headings = QFontMetrics(bold)
        padding = 12  # the cell's and the header's margins (Fusion: 4 px a side)
        return [
            max(
                headings.horizontalAdvance(
                    str(self.model.headerData(c, Qt.Orientation.Horizontal))
                ),
                *(cells.horizontalAdvance(text) for text in samples[field]),
            )
            + padding
            for c, field in enumerate(_FIELDS)
        ]

    def _filter_values(
        self,
    ) -> list[tuple[str, tuple[str, str, str], list[tuple[str, str]]]]:
        """Each filter: its key, (accessible name, caption, the 'any' choice), its
        (value, text)s."""

        rules = load_rules(self.conn)
        companies = sorted((c.name, c.code) for c in rules.companies.values())
        departments = sorted((d.name, d.code) for d in rules.departments.values())
        return [
            (
                "company",
                (
                    translate("StaffPage", "Filter by company"),
                    translate("StaffPage", "Company"),
                    translate("StaffPage", "Any company"),
                ),
                [(code, name) for name, code in companies],
            ),
            (
                "department",
                (
                    translate("StaffPage", "Filter by department"),
                    translate("StaffPage", "Department"),
                    translate("StaffPage", "Any department"),
                ),
                [(code, name) for name, code in departments],
            ),
            (
                "status",
                (
                    translate("StaffPage", "Filter by status"),
                    translate("StaffPage", "Status"),
                    translate("StaffPage", "Any status"),
                ),
                [(s, words.word(words.STATUSES, s)) for s in (STATUSES[0], ENDED, *STATUSES[1:])],
            ),
            (
                "employment_type",
                (
                    translate("StaffPage", "Filter by employment"),
                    translate("StaffPage", "Employment"),
                    translate("StaffPage", "Any employment"),
                ),
                [(e, words.word(words.EMPLOYMENT, e)) for e in _employment_types(rules)],
            ),
        ]

    def current_filter(self) -> StaffFilter:
        today = clock.now().astimezone(self.tz).date()
        return StaffFilter(
            self.search.text(),
            **{key: combo.currentData() for key, combo in self.filters.items()},
            today=today.isoformat(),
        )

    def apply_filter(self) -> None:
        """Show the first page at once; count the matches right after it is painted."""
        self.debounce.stop()  # Enter or a filter change already asked for this
        self.model.set_filter(self.current_filter())
        if self.model.rowCount():
            self.table.selectRow(0)
        self.count.setText(translate("StaffPage", "counting…"))
        self.count_pending = True  # counted once the first rows are on screen
        self.show_leavers()

    def show_leavers(self) -> None:
        """Name the leavers with an open payroll balance above the table (hidden: none)."""
        rules = load_rules(self.conn)
        today = clock.now().astimezone(rules.settings.tz).date()
        found = payroll_reports.leavers(self.conn, rules, today)
        one = translate("StaffPage", "{name} ({employee}) {amount} {currency}")
        named = "; ".join(
            one.format(
                name=leaver.name,
                employee=leaver.employee_no,
                amount=amount(leaver.balance, rules.settings.currency),
                currency=rules.settings.currency,
            )
            for leaver in found
        )
        self.leavers.setText(
            translate("StaffPage", "Left with a payroll balance not yet deducted: {people}").format(
                people=named
            )
        )
        self.leavers.setVisible(bool(found))

    def show_statement(self) -> None:
        """The chosen employee's statement in a dialog."""
        from pos_desktop.ui.admin.statement_dialog import StatementDialog

        chosen = self.selected()
        if chosen is None:
            return
        StatementDialog(self.conn, chosen, self).exec()

    def _painted(self) -> None:
        if self.count_pending:
            self.count_pending = False
            QTimer.singleShot(0, self, self._count)  # after this paint, not before it

    def _count(self) -> None:
        total = staff.count(self.conn, self.model.where)
        counted = (
            translate("StaffPage", "{count} person")
            if total == 1
            else translate("StaffPage", "{count} people")
        )
        self.count.setText(counted.format(count=number(total)))
        layout = self.layout()
        if layout is not None:
            layout.activate()  # its new width now, never a count cut until the next relayout

    def reload(self) -> None:
        """Read the rows again after a change, keeping the chosen person chosen."""
        chosen = self.selected()
        self.model.reload()
        self.show_leavers()
        numbers = [self.model.employee_no(r) for r in range(self.model.rowCount())]
        if chosen in numbers:
            self.table.selectRow(numbers.index(chosen))

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.employee_no(rows[0].row()) if rows else None

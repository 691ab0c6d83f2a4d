"""Adding or editing one person, and issuing or revoking a badge."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QWidget

from pos_desktop.core.errors import PosError
from pos_desktop.core.registry import ROLES, STATUSES
from pos_desktop.core.rules import Rules
from pos_desktop.core.staff import Dependant, StaffDetails
from pos_desktop.ui.common.forms import Form


def _combo(name: str, items: list[tuple[str | None, str]], current: str | None) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value, text in items:
        combo.addItem(text, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


class StaffDialog(Form):
    """The details of one person; OK saves them through `save` (validated, audited)."""

    def __init__(
        self,
        rules: Rules,
        person: StaffDetails | None,
        save: Callable[[StaffDetails], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Edit staff member" if person else "Add staff member", parent)
        own = [c.code for c in rules.companies.values() if c.relation == "own"]
        current = person or StaffDetails("", "", (own or list(rules.companies) or [""])[0])
        self.number = QLineEdit(current.employee_no)
        self.number.setAccessibleName("Employee number")
        self.number.setReadOnly(person is not None)
        self.name = QLineEdit(current.name)
        self.name.setAccessibleName("Name")
        self.company = _combo(
            "Company", [(c.code, c.name) for c in rules.companies.values()], current.company
        )
        self.department = _combo(
            "Department",
            [(None, "none"), *((d.code, d.name) for d in rules.departments.values())],
            current.department,
        )
        self.employment = QComboBox()
        self.employment.setEditable(True)
        self.employment.setAccessibleName("Employment type")
        self.employment.addItems(["full_time", "part_time", "seasonal", "contractor", "retiree"])
        self.employment.setCurrentText(current.employment_type)
        self.status = _combo("Status", [(s, s) for s in STATUSES], current.status)
        self.start = QLineEdit(current.start_date or "")
        self.start.setAccessibleName("Start date")
        self.start.setPlaceholderText("2026-11-23 or 23.11.2026")
        self.end = QLineEdit(current.end_date or "")
        self.end.setAccessibleName("End date")
        self.end.setPlaceholderText("empty: no end date")
        self.role = _combo("Role", [(r, r) for r in ROLES], current.role)
        for label, widget in (
            ("Employee &number", self.number),
            ("&Name", self.name),
            ("&Company", self.company),
            ("&Department", self.department),
            ("E&mployment", self.employment),
            ("&Status", self.status),
            ("S&tart date", self.start),
            ("&End date", self.end),
            ("&Role", self.role),
        ):
            self.form.addRow(label, widget)

        def accept() -> None:
            save(
                StaffDetails(
                    employee_no=self.number.text(),
                    name=self.name.text(),
                    company=str(self.company.currentData()),
                    department=self.department.currentData(),
                    employment_type=self.employment.currentText(),
                    status=str(self.status.currentData()),
                    start_date=self.start.text().strip() or None,
                    end_date=self.end.text().strip() or None,
                    role=str(self.role.currentData()),
                )
            )

        self.accept_with = accept
        self.first = self.name if person else self.number


class BadgeDialog(Form):
    """A new badge for a person, or the reason a badge is revoked."""

    def __init__(
        self, title: str, prompt: str, act: Callable[[str], object], parent: QWidget | None
    ) -> None:
        super().__init__(title, parent)
        self.value = QLineEdit()
        self.value.setAccessibleName(prompt)
        self.form.addRow(QLabel(prompt))
        self.form.addRow(self.value)

        def accept() -> None:
            act(self.value.text())

        self.accept_with = accept
        self.chain(self.value)


class DependantsDialog(Form):
    """The dependants on one employee's allowance, and a form to add another; Add keeps the
    dialog open for the next one, Cancel closes it."""

    def __init__(
        self,
        who: str,
        listed: Callable[[], list[Dependant]],
        add: Callable[[str, str, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(f"Dependants of {who}", parent)
        self.listed = listed
        self.add = add
        self.current = QListWidget()
        self.current.setAccessibleName("Dependants")
        self.number = QLineEdit()
        self.number.setAccessibleName("Dependant number")
        self.name = QLineEdit()
        self.name.setAccessibleName("Dependant name")
        self.badge = QLineEdit()
        self.badge.setAccessibleName("Dependant badge")
        self.badge.setPlaceholderText("scan their badge (optional)")
        self.form.addRow(self.current)
        self.form.addRow(QLabel("Add a dependant:"))
        self.form.addRow("&Number", self.number)
        self.form.addRow("&Name", self.name)
        self.form.addRow("&Badge", self.badge)
        self.ok.setText("&Add")
        self.chain(self.number, self.name, self.badge)
        self.refresh()

    def refresh(self) -> None:
        self.current.clear()
        for dependant in self.listed():
            badge = f", badge {dependant.badge}" if dependant.badge else ", no badge"
            self.current.addItem(
                f"{dependant.name} ({dependant.dependant_no}, {dependant.status}{badge})"
            )
        if not self.current.count():
            self.current.addItem("No dependants yet.")

    def _try_accept(self) -> None:
        try:
            self.add(self.number.text(), self.name.text(), self.badge.text())
        except PosError as exc:
            self.show_error(exc)
            return
        for field in (self.number, self.name, self.badge):
            field.clear()
        self.error.hide()
        self.refresh()
        self.number.setFocus()

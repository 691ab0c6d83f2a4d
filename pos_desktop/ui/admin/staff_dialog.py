"""Adding or editing one person, and issuing or revoking a badge."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QWidget

from pos_desktop.core.dependants import Dependant
from pos_desktop.core.errors import FieldError, PosError
from pos_desktop.core.registry import ROLES, STATUSES
from pos_desktop.core.rules import Rules
from pos_desktop.core.staff import EMPLOYMENT_TYPES, StaffDetails
from pos_desktop.i18n import translate
from pos_desktop.ui.common import words
from pos_desktop.ui.common.forms import Form


def _combo(name: str, items: list[tuple[str | None, str]], current: str | None) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value, text in items:
        combo.addItem(text, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


def _employment_combo(rules: Rules, current: str) -> QComboBox:
    """The usual employment types and those the policies name, in the language in use, each
    keeping its stored code; editable, so a store's own kind can be typed (kept as typed)."""
    named = {e for p in rules.policies for e in (p.employment or ())}
    combo = QComboBox()
    combo.setEditable(True)
    combo.setAccessibleName(translate("StaffDialog", "Employment type"))
    for code in [*EMPLOYMENT_TYPES, *sorted(named - set(EMPLOYMENT_TYPES))]:
        combo.addItem(words.word(words.EMPLOYMENT, code), code)
    if current and combo.findData(current) < 0:
        combo.addItem(words.word(words.EMPLOYMENT, current), current)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def employment_code(combo: QComboBox) -> str:
    """The stored code of the employment type chosen, or the text typed for a new kind."""
    text = combo.currentText().strip()
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)  # any case
    return str(combo.itemData(index)) if index >= 0 else text


def department_code(combo: QComboBox) -> str | None:
    """The code of the department chosen, the name typed for a new one, or None."""
    text = combo.currentText().strip()
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)  # any case
    if index >= 0:
        data = combo.itemData(index)
        return None if data is None else str(data)
    return text or None


class StaffDialog(Form):
    """The details of one person; OK saves them through `save` (validated, audited)."""

    def __init__(
        self,
        rules: Rules,
        person: StaffDetails | None,
        save: Callable[[StaffDetails], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("StaffDialog", "Edit staff member")
            if person
            else translate("StaffDialog", "Add staff member"),
            parent,
        )
        own = [c.code for c in rules.companies.values() if c.relation == "own"]
        current = person or StaffDetails("", "", (own or list(rules.companies) or [""])[0])
        self._fields(rules, current)
        self.number.setReadOnly(person is not None)
        for label, widget in (
            (translate("StaffDialog", "Employee n&umber"), self.number),
            (translate("StaffDialog", "&Name"), self.name),
            (translate("StaffDialog", "&Company"), self.company),
            (translate("StaffDialog", "&Department"), self.department),
            (translate("StaffDialog", "E&mployment"), self.employment),
            (translate("StaffDialog", "&Status"), self.status),
            (translate("StaffDialog", "S&tart date"), self.start),
            (translate("StaffDialog", "&End date"), self.end),
            (translate("StaffDialog", "&Role"), self.role),
        ):
            self.form.addRow(label, widget)
        fields: dict[str, QWidget] = {
            "employee_no": self.number,
            "name": self.name,
            "employment_type": self.employment,
            "start_date": self.start,
            "end_date": self.end,
        }

        def accept() -> None:
            try:
                save(self.details())
            except FieldError as exc:
                self.wrong = fields.get(exc.field)
                raise

        self.accept_with = accept
        self.first = self.name if person else self.number

    def _fields(self, rules: Rules, current: StaffDetails) -> None:
        """One field for each detail, showing the person's (or a new person's) value."""
        self.number = QLineEdit(current.employee_no)
        self.number.setAccessibleName(translate("StaffDialog", "Employee number"))
        self.name = QLineEdit(current.name)
        self.name.setAccessibleName(translate("StaffDialog", "Name"))
        self.company = _combo(
            translate("StaffDialog", "Company"),
            [(c.code, c.name) for c in rules.companies.values()],
            current.company,
        )
        self.department = _combo(
            translate("StaffDialog", "Department"),
            [
                (None, translate("StaffDialog", "none")),
                *((d.code, d.name) for d in rules.departments.values()),
            ],
            current.department,
        )
        self.department.setEditable(True)  # a department HR has and the store not yet
        self.department.setToolTip(
            translate("StaffDialog", "Choose a department, or type the name of a new one")
        )
        self.employment = _employment_combo(rules, current.employment_type)
        self.status = _combo(
            translate("StaffDialog", "Status"),
            [(s, words.word(words.STATUSES, s)) for s in STATUSES],
            current.status,
        )
        self.start = QLineEdit(current.start_date or "")
        self.start.setAccessibleName(translate("StaffDialog", "Start date"))
        self.start.setPlaceholderText(translate("StaffDialog", "2026-11-23 or 23.11.2026"))
        self.end = QLineEdit(current.end_date or "")
        self.end.setAccessibleName(translate("StaffDialog", "End date"))
        self.end.setPlaceholderText(translate("StaffDialog", "empty: no end date"))
        self.role = _combo(
            translate("StaffDialog", "Role"),
            [(r, words.word(words.ROLES, r)) for r in ROLES],
            current.role,
        )

    def details(self) -> StaffDetails:
        """The details as typed and chosen (checked by the core when saved)."""
        return StaffDetails(
            employee_no=self.number.text(),
            name=self.name.text(),
            company=str(self.company.currentData()),
            department=department_code(self.department),
            employment_type=employment_code(self.employment),
            status=str(self.status.currentData()),
            start_date=self.start.text().strip() or None,
            end_date=self.end.text().strip() or None,
            role=str(self.role.currentData()),
        )


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
        super().__init__(translate("StaffDialog", "Dependants of {who}").format(who=who), parent)
        self.listed = listed
        self.add = add
        self.current = QListWidget()
        self.current.setAccessibleName(translate("StaffDialog", "Dependants"))
        self.number = QLineEdit()
        self.number.setAccessibleName(translate("StaffDialog", "Dependant number"))
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("StaffDialog", "Dependant name"))
        self.badge = QLineEdit()
        self.badge.setAccessibleName(translate("StaffDialog", "Dependant badge"))
        self.badge.setPlaceholderText(translate("StaffDialog", "scan their badge (optional)"))
        self.form.addRow(self.current)
        self.form.addRow(QLabel(translate("StaffDialog", "Add a dependant:")))
        self.form.addRow(translate("StaffDialog", "N&umber"), self.number)
        self.form.addRow(translate("StaffDialog", "&Name"), self.name)
        self.form.addRow(translate("StaffDialog", "&Badge"), self.badge)
        self.ok.setText(translate("StaffDialog", "&Add"))
        self.chain(self.number, self.name, self.badge)
        self.refresh()

    def refresh(self) -> None:
        self.current.clear()
        for dependant in self.listed():
            status = words.word(words.STATUSES, dependant.status)
            if dependant.badge:
                text = translate("StaffDialog", "{name} ({number}, {status}, badge {badge})")
            else:
                text = translate("StaffDialog", "{name} ({number}, {status}, no badge)")
            self.current.addItem(
                text.format(
                    name=dependant.name,
                    number=dependant.dependant_no,
                    status=status,
                    badge=dependant.badge,
                )
            )
        if not self.current.count():
            self.current.addItem(translate("StaffDialog", "No dependants yet."))

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

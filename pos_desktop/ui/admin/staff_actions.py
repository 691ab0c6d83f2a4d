"""The staff registry page's actions: add and edit people, their status, dependants and
photo, and their badges (issue, revoke, reprint the card). Each runs in the core through the
window's operations; the page only lists and chooses."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Protocol

from pos_desktop.core import dependants, staff
from pos_desktop.core.db.storage import database_file, storage_errors
from pos_desktop.core.errors import InputError
from pos_desktop.core.files import refuse_database_file
from pos_desktop.core.registry import StaffRegistry
from pos_desktop.core.rules import Rules, load_rules
from pos_desktop.core.signin import AdminIdentity
from pos_desktop.core.staff import BadgeCard, StaffDetails
from pos_desktop.i18n import translate
from pos_desktop.ui.admin.staff_dialog import BadgeDialog, DependantsDialog, StaffDialog
from pos_desktop.ui.common.operations import Operations


class ChosenPerson(Protocol):
    """The page the actions work on: who is chosen, and showing the registry again."""

    def selected(self) -> str | None: ...

    def reload(self) -> None: ...


class StaffActions:
    """What the staff registry page's buttons do, for the signed-in admin."""

    def __init__(
        self, conn: sqlite3.Connection, admin: AdminIdentity, ops: Operations, page: ChosenPerson
    ) -> None:
        self.conn = conn
        self.admin = admin
        self.ops = ops
        self.page = page

    @property
    def rules(self) -> Rules:
        return load_rules(self.conn)

    def _selected(self) -> str | None:
        number = self.page.selected()
        if number is None:
            text = translate("StaffActions", "Choose a person in the table first.")
            self.ops.say(text, error=True)
        return number

    def add_person(self) -> None:
        self.ops.open(
            StaffDialog(self.rules, None, lambda p: self._save(p, new=True), self.ops.parent)
        )

    def edit_person(self) -> None:
        number = self._selected()
        person = staff.details(self.conn, number) if number else None
        if person is not None:
            self.ops.open(
                StaffDialog(self.rules, person, lambda p: self._save(p, new=False), self.ops.parent)
            )

    def _save(self, person: StaffDetails, *, new: bool) -> None:
        with storage_errors(self.ops.database):
            saved = staff.save(self.conn, self.rules, person, new=new, actor=self.admin.actor)
        self.page.reload()
        text = translate("StaffActions", "Saved {name} ({number}).")
        self.ops.say(text.format(name=saved.name, number=saved.employee_no))

    def set_status(self, status: str) -> None:
        number = self._selected()
        if number is None:
            return
        said = {
            "active": translate("StaffActions", "{name} ({number}) is now active."),
            "suspended": translate("StaffActions", "{name} ({number}) is now suspended."),
            "terminated": translate("StaffActions", "{name} ({number}) is now terminated."),
        }
        self.ops.run(
            lambda: staff.set_status(self.conn, self.rules, number, status, actor=self.admin.actor),
            refresh=self.page.reload,
            done=lambda changed: said[changed.status].format(
                name=changed.name, number=changed.employee_no
            ),
        )

    def manage_dependants(self) -> None:
        number = self._selected()
        if number is None:
            return

        def add(dependant_no: str, name: str, badge: str) -> None:
            with storage_errors(self.ops.database):
                added = dependants.add(
                    self.conn, self.rules, number, dependant_no, name, badge, actor=self.admin.actor
                )
            text = translate(
                "StaffActions", "Added {name} ({number}) as a dependant of {employee}."
            )
            self.ops.say(text.format(name=added.name, number=added.dependant_no, employee=number))

        self.ops.open(
            DependantsDialog(
                number,
                lambda: dependants.of_employee(self.conn, number),
                add,
                self.ops.parent,
            )
        )

    def choose_photo(self) -> None:
        from pos_desktop.ui.common.file_dialogs import ask_open_file

        if self._selected() is None:
            return
        chosen = ask_open_file(
            self.ops.parent,
            translate("StaffActions", "Choose a photo"),
            translate("StaffActions", "Pictures") + " (*.png *.jpg *.jpeg)",
        )
        if chosen is not None:
            self.set_photo(chosen)

    def set_photo(self, path: Path) -> None:
        """Store the picture for the chosen person, after checking it is one."""
        number = self._selected()
        if number is None:
            return
        data = self.ops.run(lambda: _picture(path, self.conn))
        if data is None:
            return
        text = translate(
            "StaffActions", "Photo saved for {number}; the till shows it beside the verdict."
        )
        self.ops.run(
            lambda: staff.set_photo(self.conn, self.rules, number, data, actor=self.admin.actor),
            done=lambda _: text.format(number=number),
        )

    def _card(self) -> BadgeCard | None:
        """The chosen person's badge card, or None (said why)."""
        number = self._selected()
        if number is None:
            return None
        return self.ops.run(lambda: staff.badge_card(self.conn, self.rules, number))

    def reprint_badge(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from pos_desktop.printing.badge_card import print_card
        from pos_desktop.ui.common.file_dialogs import ask_printer

        card = self._card()
        if card is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if ask_printer(printer, self.ops.parent):
            print_card(printer, card.name, card.company, card.code, card.photo)
            self._note_reprint(card.code)

    def save_badge_card(self, path: Path) -> None:
        """The chosen person's badge card as a PDF file."""
        from pos_desktop.printing.badge_card import save_card_pdf

        card = self._card()
        if card is not None:
            save_card_pdf(path, card.name, card.company, card.code, card.photo)
            self._note_reprint(card.code)

    def _note_reprint(self, code: str) -> None:
        with storage_errors(self.ops.database):
            staff.note_reprint(self.conn, self.rules, code, actor=self.admin.actor)
        self.ops.say(translate("StaffActions", "Badge {badge} reprinted.").format(badge=code))

    def issue_badge(self) -> None:
        number = self._selected()
        if number is None:
            return

        def issue(scan: str) -> None:
            with storage_errors(self.ops.database):
                badge = StaffRegistry(self.conn, self.rules.settings.till).issue_badge(
                    number, scan, actor=self.admin.actor
                )
            self.page.reload()
            text = translate("StaffActions", "Badge {badge} issued to {number}.")
            self.ops.say(text.format(badge=badge, number=number))

        prompt = translate("StaffActions", "Scan the new badge for {number}").format(number=number)
        self.ops.open(
            BadgeDialog(translate("StaffActions", "Issue badge"), prompt, issue, self.ops.parent)
        )

    def revoke_badge(self) -> None:
        number = self._selected()
        code = staff.active_badge(self.conn, number) if number else None
        if code is None:
            if number:
                self.ops.say(
                    translate("StaffActions", "This person has no active badge to revoke."),
                    error=True,
                )
            return

        def revoke(reason: str) -> None:
            with storage_errors(self.ops.database):
                StaffRegistry(self.conn, self.rules.settings.till).revoke_badge(
                    code, reason, actor=self.admin.actor
                )
            self.page.reload()
            text = translate(
                "StaffActions", "Badge {badge} revoked: a till now shows it as BLOCKED."
            )
            self.ops.say(text.format(badge=code))

        prompt = translate("StaffActions", "Why is badge {badge} revoked?").format(badge=code)
        self.ops.open(
            BadgeDialog(translate("StaffActions", "Revoke badge"), prompt, revoke, self.ops.parent)
        )


def _picture(path: Path, conn: sqlite3.Connection) -> bytes:
    """The file's bytes when it is a picture a till can show (and not the database)."""
    from PySide6.QtGui import QImage

    refuse_database_file(path, database_file(conn))
    try:
        data = path.read_bytes()
    except OSError as exc:
        text = translate("StaffActions", "Cannot read {file}: {problem}.")
        raise InputError(text.format(file=path.name, problem=exc.strerror)) from None
    if QImage.fromData(data).isNull():
        text = translate("StaffActions", "{file} is not a picture the till can show (PNG or JPEG).")
        raise InputError(text.format(file=path.name))
    return data

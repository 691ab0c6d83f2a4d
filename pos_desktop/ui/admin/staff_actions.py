"""The admin window's actions on the staff registry: add and edit people, their status,
dependants and photo, and their badges (issue, revoke, reprint the card).

A part of AdminWindow (pos_desktop.ui.admin.window), which provides the connection, the
signed-in admin, the staff page and the helpers these actions use.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QMainWindow

from pos_desktop.core import staff
from pos_desktop.core.admin import AdminIdentity
from pos_desktop.core.db.storage import storage_errors
from pos_desktop.core.errors import PosError
from pos_desktop.core.files import refuse_database_file
from pos_desktop.core.registry import StaffRegistry
from pos_desktop.core.rules import Rules, load_rules
from pos_desktop.core.staff import BadgeCard, StaffDetails
from pos_desktop.i18n import translate
from pos_desktop.ui.admin.import_tables import sentence
from pos_desktop.ui.admin.staff_dialog import BadgeDialog, DependantsDialog, StaffDialog
from pos_desktop.ui.admin.staff_page import StaffPage

T = TypeVar("T")


class StaffActions(QMainWindow):
    """What the staff registry page's buttons do: the part of AdminWindow (which builds on
    this class and sets these attributes) that acts on people and badges."""

    conn: sqlite3.Connection
    admin: AdminIdentity
    database: str
    staff: StaffPage
    _selected: Callable[[], str | None]
    _guard: Callable[[Callable[[], T]], T | None]
    _open: Callable[[QDialog], None]
    say: Callable[..., None]

    @property
    def rules(self) -> Rules:
        return load_rules(self.conn)

    def add_person(self) -> None:
        self._open(StaffDialog(self.rules, None, lambda p: self._save(p, new=True), self))

    def edit_person(self) -> None:
        number = self._selected()
        person = staff.details(self.conn, number) if number else None
        if person is not None:
            self._open(StaffDialog(self.rules, person, lambda p: self._save(p, new=False), self))

    def _save(self, person: StaffDetails, *, new: bool) -> None:
        with storage_errors(self.database):
            saved = staff.save(self.conn, self.rules, person, new=new, actor=self.admin.actor)
        self.staff.reload()
        text = translate("StaffActions", "Saved {name} ({number}).")
        self.say(text.format(name=saved.name, number=saved.employee_no))

    def set_status(self, status: str) -> None:
        number = self._selected()
        if number is None:
            return
        changed = self._guard(
            lambda: staff.set_status(self.conn, self.rules, number, status, actor=self.admin.actor)
        )
        if changed is not None:
            self.staff.reload()
            text = {
                "active": translate("StaffActions", "{name} ({number}) is now active."),
                "suspended": translate("StaffActions", "{name} ({number}) is now suspended."),
                "terminated": translate("StaffActions", "{name} ({number}) is now terminated."),
            }[changed.status]
            self.say(text.format(name=changed.name, number=changed.employee_no))

    def manage_dependants(self) -> None:
        number = self._selected()
        if number is None:
            return

        def add(dependant_no: str, name: str, badge: str) -> None:
            with storage_errors(self.database):
                added = staff.add_dependant(
                    self.conn, self.rules, number, dependant_no, name, badge, actor=self.admin.actor
                )
            text = translate(
                "StaffActions", "Added {name} ({number}) as a dependant of {employee}."
            )
            self.say(text.format(name=added.name, number=added.dependant_no, employee=number))

        self._open(
            DependantsDialog(
                number,
                lambda: staff.dependants(self.conn, number),
                add,
                self,
            )
        )

    def choose_photo(self) -> None:
        from pos_desktop.ui.common.file_dialogs import ask_open_file

        if self._selected() is None:
            return
        chosen = ask_open_file(
            self,
            translate("StaffActions", "Choose a photo"),
            translate("StaffActions", "Pictures") + " (*.png *.jpg *.jpeg)",
        )
        if chosen is not None:
            self.set_photo(chosen)

    def set_photo(self, path: Path) -> None:
        """Store the picture for the chosen person, after checking it is one."""
        from PySide6.QtGui import QImage

        number = self._selected()
        if number is None:
            return
        try:
            refuse_database_file(path, self.conn)
        except PosError as exc:
            self.say(sentence(exc), error=True)
            return
        try:
            data = path.read_bytes()
        except OSError as exc:
            text = translate("StaffActions", "Cannot read {file}: {problem}.")
            self.say(text.format(file=path.name, problem=exc.strerror), error=True)
            return
        if QImage.fromData(data).isNull():
            text = translate(
                "StaffActions", "{file} is not a picture the till can show (PNG or JPEG)."
            )
            self.say(text.format(file=path.name), error=True)
            return
        try:
            with storage_errors(self.database):
                staff.set_photo(self.conn, self.rules, number, data, actor=self.admin.actor)
        except PosError as exc:
            self.say(sentence(exc), error=True)
            return
        text = translate(
            "StaffActions", "Photo saved for {number}; the till shows it beside the verdict."
        )
        self.say(text.format(number=number))

    def _card(self) -> BadgeCard | None:
        """The chosen person's badge card, or None (said why)."""
        number = self._selected()
        if number is None:
            return None
        return self._guard(lambda: staff.badge_card(self.conn, self.rules, number))

    def reprint_badge(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from pos_desktop.printing.badge_card import print_card
        from pos_desktop.ui.common.file_dialogs import ask_printer

        card = self._card()
        if card is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if ask_printer(printer, self):
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
        with storage_errors(self.database):
            staff.note_reprint(self.conn, self.rules, code, actor=self.admin.actor)
        self.say(translate("StaffActions", "Badge {badge} reprinted.").format(badge=code))

    def issue_badge(self) -> None:
        number = self._selected()
        if number is None:
            return

        def issue(scan: str) -> None:
            with storage_errors(self.database):
                badge = StaffRegistry(self.conn, self.rules.settings.till).issue_badge(
                    number, scan, actor=self.admin.actor
                )
            self.staff.reload()
            text = translate("StaffActions", "Badge {badge} issued to {number}.")
            self.say(text.format(badge=badge, number=number))

        prompt = translate("StaffActions", "Scan the new badge for {number}").format(number=number)
        self._open(BadgeDialog(translate("StaffActions", "Issue badge"), prompt, issue, self))

    def revoke_badge(self) -> None:
        number = self._selected()
        code = staff.active_badge(self.conn, number) if number else None
        if code is None:
            if number:
                self.say(
                    translate("StaffActions", "This person has no active badge to revoke."),
                    error=True,
                )
            return

        def revoke(reason: str) -> None:
            with storage_errors(self.database):
                StaffRegistry(self.conn, self.rules.settings.till).revoke_badge(
                    code, reason, actor=self.admin.actor
                )
            self.staff.reload()
            text = translate(
                "StaffActions", "Badge {badge} revoked: a till now shows it as BLOCKED."
            )
            self.say(text.format(badge=code))

        prompt = translate("StaffActions", "Why is badge {badge} revoked?").format(badge=code)
        self._open(BadgeDialog(translate("StaffActions", "Revoke badge"), prompt, revoke, self))

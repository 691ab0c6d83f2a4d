"""Signing in to the admin window: a new password on the first start, then the password or
an admin's badge and PIN."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from pos_desktop.core import pins
from pos_desktop.core.db.storage import storage_errors
from pos_desktop.core.demo import DEMO_ADMIN, admin_sign_in_hint
from pos_desktop.core.errors import InputError, PosError
from pos_desktop.core.signin import AdminGate, AdminIdentity
from pos_desktop.i18n import say, translate
from pos_desktop.ui.common.forms import Form


class SignInDialog(Form):
    """Asks for what the gate needs; `identity` is set once the gate lets the admin in."""

    def __init__(self, gate: AdminGate, database: str, parent: QWidget | None = None) -> None:
        first = not gate.has_password
        title = (
            translate("SignIn", "Create the admin password")
            if first
            else translate("SignIn", "Admin sign-in")
        )
        super().__init__(title, parent)
        self.gate = gate
        self.identity: AdminIdentity | None = None
        self.password = QLineEdit()
        self.password.setAccessibleName(translate("SignIn", "Admin password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.badge = QLineEdit()
        self.badge.setAccessibleName(translate("SignIn", "Admin badge"))
        self.pin = QLineEdit()
        self.pin.setAccessibleName(translate("SignIn", "PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        # A store whose registry has an admin with a badge and PIN is guarded already: its
        # first start offers that sign-in beside choosing the password.
        by_badge = not first or gate.has_badge_admins
        demo = self._demo_row(first and by_badge)
        hint = demo is not None
        self._password_rows(first)
        if by_badge:
            alternative = QLabel(
                translate("SignIn", "Or sign in now with an admin's badge and PIN:")
                if first
                else translate("SignIn", "or an admin's badge and PIN:")
            )
            alternative.setWordWrap(True)
            self.form.addRow(alternative)
            self.form.addRow(translate("SignIn", "&Badge"), self.badge)
            self.form.addRow(translate("SignIn", "P&IN"), self.pin)
            if first:
                self._badge_chain()
            else:
                self.chain(self.badge, self.pin)
                self.first = self.password
            if hint:
                self.first = self.badge  # the demo's way in is the one it names
        else:
            self.badge.hide()
            self.pin.hide()

        def accept() -> None:
            by_badge = self._by_badge(first)
            try:
                self._sign_in(first, database)
            except PosError:
                if demo is not None and pins.locked_until(gate.conn, DEMO_ADMIN) is not None:
                    self.form.setRowVisible(demo, False)  # the demo's PIN has just locked
                # Both secrets go, so neither field keeps a half of a wrong pair.
                self.pin.clear()
                self.password.clear()
                if first:
                    self.repeat.clear()
                self.wrong = self.pin if by_badge else self.password
                raise

        self.accept_with = accept
        self.finished.connect(self._forget_secrets)

    def _demo_row(self, offered: bool) -> QLabel | None:
        """The demo's own way in, named only until a password is set (from then on the store
        is someone's own), and not while its PIN is locked, when it would only be refused."""
        conn = self.gate.conn
        hint = admin_sign_in_hint(conn) if offered else None
        if hint is None or pins.locked_until(conn, DEMO_ADMIN) is not None:
            return None
        demo = QLabel(say(hint))
        demo.setObjectName("demoHint")
        demo.setWordWrap(True)
        self.form.addRow(demo)
        return demo

    def _password_rows(self, first: bool) -> None:
        """A new password typed twice on the first start; later the password."""
        if first:
            self.repeat = QLineEdit()
            self.repeat.setAccessibleName(translate("SignIn", "Repeat the password"))
            self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
            first_start = QLabel(
                translate("SignIn", "This is the first start: choose the admin password.")
            )
            first_start.setWordWrap(True)  # longer in Polish and Romanian than the fields
            self.form.addRow(first_start)
            self.form.addRow(translate("SignIn", "New &password"), self.password)
            self.form.addRow(translate("SignIn", "&Repeat it"), self.repeat)
            self.chain(self.password, self.repeat)
        else:
            self.form.addRow(translate("SignIn", "&Password"), self.password)
            self.first = self.password

    def _badge_chain(self) -> None:
        """Enter in the badge field moves to the PIN, as in the password pair."""
        self._next[self.badge] = self.pin
        self.badge.installEventFilter(self)

    def _by_badge(self, first: bool) -> bool:
        """Whether the admin is signing in by badge (the password fields left empty)."""
        typed = self.password.text() or (first and self.repeat.text())
        return not typed and bool(self.badge.text().strip() or self.pin.text())

    def _sign_in(self, first: bool, database: str) -> None:
        gate = self.gate
        password = self.password.text()
        with storage_errors(database):
            if self._by_badge(first):
                self.identity = gate.sign_in(badge=self.badge.text(), pin=self.pin.text())
            elif first:
                if password != self.repeat.text():
                    raise InputError(translate("SignIn", "the two passwords differ"))
                gate.set_password(password)
                self.identity = gate.sign_in(password=password)
            else:
                self.identity = gate.sign_in(password=password)

    def _forget_secrets(self) -> None:
        self.password.clear()
        self.pin.clear()

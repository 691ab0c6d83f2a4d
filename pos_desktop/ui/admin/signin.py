"""Signing in to the admin window: a new password on the first start, then the password or
an admin's badge and PIN."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from pos_desktop.core.admin import AdminGate, AdminIdentity
from pos_desktop.core.errors import InputError, PosError
from pos_desktop.core.storage import storage_errors
from pos_desktop.i18n import translate
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
            self.badge = QLineEdit()
            self.badge.setAccessibleName(translate("SignIn", "Admin badge"))
            self.pin = QLineEdit()
            self.pin.setAccessibleName(translate("SignIn", "PIN"))
            self.pin.setEchoMode(QLineEdit.EchoMode.Password)
            self.form.addRow(translate("SignIn", "&Password"), self.password)
            alternative = QLabel(translate("SignIn", "or an admin's badge and PIN:"))
            alternative.setWordWrap(True)
            self.form.addRow(alternative)
            self.form.addRow(translate("SignIn", "&Badge"), self.badge)
            self.form.addRow(translate("SignIn", "P&IN"), self.pin)
            self.chain(self.badge, self.pin)
            self.first = self.password

        def accept() -> None:
            try:
                self._sign_in(first, database)
            except PosError:
                self.password.clear()
                if not first:
                    self.pin.clear()
                raise

        self.accept_with = accept
        self.finished.connect(self._forget_secrets)

    def _sign_in(self, first: bool, database: str) -> None:
        gate = self.gate
        password = self.password.text()
        with storage_errors(database):
            if first:
                if password != self.repeat.text():
                    raise InputError(translate("SignIn", "the two passwords differ"))
                gate.set_password(password)
                self.identity = gate.sign_in(password=password)
            elif password:
                self.identity = gate.sign_in(password=password)
            else:
                self.identity = gate.sign_in(badge=self.badge.text(), pin=self.pin.text())

    def _forget_secrets(self) -> None:
        self.password.clear()

"""The line over the till's scan field: the store, the till, who is signed in, the time, and
on a till of a chain its link to the central server (ui/cashier/server_link.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from pos_desktop.i18n import moment_text, translate

if TYPE_CHECKING:
    from pos_desktop.core.till import TillSession
    from pos_desktop.ui.cashier.server_link import ChainLink


class TillHeader(QLabel):
    """Written again when the cashier or the server link changes, and by the window's clock."""

    def __init__(self) -> None:
        super().__init__(translate("CashierWindow", "pos-desktop — opening the till…"))
        self.setAccessibleDescription(translate("CashierWindow", "Store, till and cashier"))
        self.setObjectName("header")
        self.written_for: tuple[object, bool] | None = None  # the cashier, and whether linked

    def cannot_open(self) -> None:
        self.setText(translate("CashierWindow", "pos-desktop — the till cannot open"))

    def show_for(self, session: TillSession, chain: ChainLink | None) -> None:
        settings = session.checkout.rules.settings
        cashier = session.cashier
        nobody = translate("CashierWindow", "nobody signed in")
        who = f"{cashier.name} ({cashier.employee_no})" if cashier else nobody
        self.written_for = (cashier, chain is not None)
        now = moment_text(session.moment.astimezone(settings.tz))
        text = translate("CashierWindow", "<b>{store}</b> · Till {till} · Cashier: {who} · {now}")
        text = text.format(store=settings.name, till=settings.till, who=who, now=now)
        if chain is not None:
            link = chain.text(settings.tz)
            text += f" · <b>{link}</b>" if chain.online is False else f" · {link}"
        self.setText(text)

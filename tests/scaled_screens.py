"""Run in a process of its own (QT_SCALE_FACTOR=2: a 2048x1536 screen at 200%), with the
application's own font: the till (a basket, then the receipt), each admin page at 1024x768
logical pixels, and each dialog. Prints, as
JSON, what was cut off per screen and the size of each screenshot in device pixels."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget

from pos_desktop import i18n
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.signin import AdminGate
from pos_desktop.core.till import TillSession
from pos_desktop.ui.admin.window import AdminWindow
from pos_desktop.ui.cashier.window import CashierWindow
from pos_desktop.ui.common.style import application
from tests.conftest import ANNA, PIOTR, RADU
from tests.ui.test_language_screens import SCREENSHOTS, clipped

AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)


def settle(app: object) -> None:
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]


def main(database: Path, language: str) -> None:
    app = application()
    scale = round(app.primaryScreen().devicePixelRatio() * 100)
    i18n.use(language)
    SCREENSHOTS.mkdir(exist_ok=True)
    found: dict[str, object] = {}

    def shot(window: CashierWindow | AdminWindow, name: str) -> None:
        settle(app)
        image = window.grab()
        image.save(str(SCREENSHOTS / f"{name}.png"))
        found[name] = {
            "clipped": clipped(window),
            "logical": [window.width(), window.height()],
            "pixels": [image.width(), image.height()],
        }

    session = TillSession(Checkout(open_database(database)), now=AT)
    till = CashierWindow(session)
    till.resize(1024, 768)
    till.show()
    for text in (PIOTR, ANNA, "SHIRT-01", "WINE-01", "COAT-01"):
        till.scan.setText(text)
        till.submit_scan()
    shot(till, f"scaled{scale}-{language}-cashier")
    till.complete_sale()
    shot(till, f"scaled{scale}-{language}-cashier-receipt")
    till.close()
    session.checkout.conn.close()

    conn = open_database(database)
    admin = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    admin.resize(1024, 768)
    admin.show()
    for index in range(admin.pages.count()):
        admin.pages.setCurrentIndex(index)
        page = admin.pages.widget(index)
        if page is admin.reports:
            admin.reports.set_period(dt.date(2026, 6, 1), dt.date(2026, 6, 15))
            admin.reports.choose("allowance")
        name = type(page).__name__.removesuffix("Page").lower()
        shot(admin, f"scaled{scale}-{language}-admin-{index:02d}-{name}")
    bar = admin.pages.tabBar()
    found["tabs scroll"] = [bar.sizeHint().width(), bar.width()]
    for dialog in dialogs(conn, admin):
        dialog.show()
        settle(app)
        name = f"scaled{scale}-{language}-dialog-{type(dialog).__name__.lower()}"
        image = dialog.grab()
        image.save(str(SCREENSHOTS / f"{name}.png"))
        found[name] = {
            "clipped": clipped(dialog),
            "fits": dialog.width() <= 1024 and dialog.height() <= 768,
        }
        dialog.close()
    admin.close()
    conn.close()
    print(json.dumps(found))


def dialogs(conn: sqlite3.Connection, parent: QWidget) -> list[QWidget]:
    """Each dialog of both windows, empty, as it first opens."""
    from pos_desktop.core.rules import load_rules
    from pos_desktop.ui.admin.import_wizard import ImportWizard
    from pos_desktop.ui.admin.signin import SignInDialog
    from pos_desktop.ui.admin.staff_dialog import BadgeDialog, DependantsDialog, StaffDialog
    from pos_desktop.ui.cashier import dialogs as till
    from pos_desktop.ui.cashier.refunding import RefundDialog

    def nothing(*args: object) -> None:
        return None

    return [
        till.QuantityDialog("Winter coat", 2, parent),
        till.OpenAmountDialog(Checkout(conn), parent),
        till.PinDialog(nothing, "Maria Popescu", parent),
        till.OverrideDialog(nothing, parent),
        RefundDialog(lambda sale: ("", []), nothing, "EUR", parent),
        StaffDialog(load_rules(conn), None, nothing, parent),
        BadgeDialog("Issue badge", "Scan the new badge", nothing, parent),
        DependantsDialog("Anna Kowalska", list, nothing, parent),
        SignInDialog(AdminGate(conn), "demo.sqlite", parent),
        ImportWizard(conn, "demo.sqlite", "admin", parent),
    ]


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])

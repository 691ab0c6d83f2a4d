"""Run in a process of its own with QT_SCALE_FACTOR=2: the till (a basket, then the receipt)
and each admin page at 1024x768 logical pixels, i.e. a 2048x1536 screen at 200%. Prints, as
JSON, what was cut off per screen and the size of each screenshot in device pixels."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from pos_desktop import i18n
from pos_desktop.core.admin import AdminGate
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.storage import open_database
from pos_desktop.core.till import TillSession
from pos_desktop.ui.admin.window import AdminWindow
from pos_desktop.ui.cashier.window import CashierWindow
from pos_desktop.ui.common.style import application
from tests.conftest import ANNA, PIOTR, RADU
from tests.test_language_screens import SCREENSHOTS, clipped

AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)


def settle(app: object) -> None:
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]


def main(database: Path, language: str) -> None:
    app = application()
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
    shot(till, f"scaled200-{language}-cashier")
    till.complete_sale()
    shot(till, f"scaled200-{language}-cashier-receipt")
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
        shot(admin, f"scaled200-{language}-admin-{index:02d}-{name}")
    bar = admin.pages.tabBar()
    found["tabs scroll"] = [bar.sizeHint().width(), bar.width()]
    admin.close()
    conn.close()
    print(json.dumps(found))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])

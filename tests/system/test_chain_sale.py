"""F12 at a chain till on a real PostgreSQL server: the window asks the server in the
background and the sale is recorded with the server's answer, not with what the till knew."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.till import TillSession
from pos_desktop.ui.cashier.window import CashierWindow
from tests.conftest import ANNA, CASHIER, PIOTR
from tests.system.test_central import AT, discount_of, pos, together
from tests.system.test_central import chain as chain  # the fixture: three tills joined

NOON = dt.datetime(2026, 6, 15, 12, 30, tzinfo=dt.UTC)


def scan(qtbot, window: CashierWindow, text: str) -> None:
    qtbot.keyClicks(window.scan, text)
    qtbot.keyClick(window.scan, Qt.Key.Key_Return)


def test_f12_on_a_live_server_records_the_sale_with_the_servers_answer(qtbot, chain, run):
    t1, t2 = chain["T1"], chain["T2"]
    coat = ("--customer", ANNA, "--item", "COAT-01", *AT)
    first = discount_of(together(pos(t1, "sell", *CASHIER, *coat))[0])
    assert run("sync", db=t1).code == 0
    conn = open_database(t2)
    window = CashierWindow(TillSession(Checkout(conn), now=NOON))
    qtbot.add_widget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: "online, synced" in window.header.text(), timeout=30_000)
        scan(qtbot, window, PIOTR)
        scan(qtbot, window, ANNA)
        scan(qtbot, window, "SHIRT-01")
        qtbot.waitUntil(lambda: window.session.quote().verdict.allowance.used == first)
        # T1 sells again after T2 last heard from the server: only the server knows of it.
        second = discount_of(together(pos(t1, "sell", *CASHIER, *coat))[0])
        assert run("sync", db=t1).code == 0
        qtbot.keyClick(window.scan, Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: "Sale complete" in window.status.text(), timeout=10_000)
        assert window.paid is not None
        allowance = window.paid.verdict.allowance
        assert allowance is not None and allowance.offline_cap is None
        assert allowance.used == first + second  # asked again at F12, the answer was used
        assert conn.execute("SELECT count(*) FROM sales").fetchone()[0] == 1
    finally:
        window.close()
        conn.close()

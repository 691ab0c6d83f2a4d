"""A till of a chain whose server is silent or stopped, driven by keys as a cashier drives it:
a scan never waits for the server, F12 waits for its answer with the window alive (in English,
Polish and Romanian, a screenshot of each), and the header's count of sales to send is kept
off the window's thread. Point 7 of the till's day (tests/ui/test_till_day.py has the rest).
"""

from __future__ import annotations

import socket
import time

import pytest
from PySide6.QtCore import Qt, QTimer

from pos_desktop import i18n
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.till import TillSession
from pos_desktop.ui.cashier.window import CashierWindow
from tests.conftest import ANNA, CASHIER, DEMO_AT, PIOTR
from tests.ui.test_till_day import AT, LANGUAGES, key, scan, shot


@pytest.fixture
def silent_chain_till(qtbot, demo_path, request):
    """A chain till whose server accepts connections and never answers, Piotr signed in, in
    the language of the test's `silent_chain_till` parameter (English when it has none)."""
    language = getattr(request, "param", "en")
    i18n.use(language)
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    port = silent.getsockname()[1]
    conn = open_database(demo_path)
    conn.execute(
        "INSERT INTO sync_state (id, server_url, till) VALUES (1, ?, 'T2')",
        (f"postgresql://127.0.0.1:{port}/pos?connect_timeout=2",),
    )
    conn.commit()
    session = TillSession(Checkout(conn), now=AT)
    win = CashierWindow(session)
    qtbot.add_widget(win)
    win.language = language
    win.resize(1024, 768)
    win.show()
    scan(qtbot, win, PIOTR)
    try:
        yield win
    finally:
        win.close()
        silent.close()
        conn.close()


def test_a_scan_on_a_chain_till_never_waits_for_a_silent_server(qtbot, silent_chain_till):
    win = silent_chain_till
    started = time.monotonic()
    scan(qtbot, win, ANNA)
    scan(qtbot, win, "SHIRT-01")
    took = time.monotonic() - started
    assert took < 0.5, took  # the server would have held the scan up to 2.8 s
    assert win.banner.state == "internal"
    assert "Anna Kowalska" in win.banner.detail.text()


@pytest.mark.parametrize("silent_chain_till", LANGUAGES, indirect=True)
def test_f12_on_a_chain_till_keeps_the_window_alive_while_the_server_is_silent(
    qtbot, silent_chain_till
):
    win = silent_chain_till
    conn = win.session.checkout.conn
    sales_before = conn.execute("SELECT count(*) FROM sales").fetchone()[0]
    scan(qtbot, win, ANNA)
    scan(qtbot, win, "SHIRT-01")
    ticks = []
    heartbeat = QTimer(win)
    heartbeat.timeout.connect(lambda: ticks.append(time.monotonic()))
    heartbeat.start(50)
    started = time.monotonic()
    key(qtbot, win, Qt.Key.Key_F12)
    assert time.monotonic() - started < 0.5  # F12 came back at once
    confirming = i18n.translate("SaleWait", "Confirming the allowance with the server…")
    assert win.status.text() == confirming
    shot(win, win, "confirming-with-server")
    key(qtbot, win, Qt.Key.Key_F12)  # impatient: F12 again, and a scan meanwhile
    scan(qtbot, win, "SHIRT-01")
    again = i18n.translate(
        "SaleWait", "That scan was not taken: scan it again once the sale is recorded."
    )
    assert win.status.text() == f"{confirming} {again}"  # not dropped without a word
    assert win.scan.text() == ""
    shot(win, win, "scan-while-confirming")
    qtbot.waitUntil(lambda: not win.status.text().startswith(confirming), timeout=6_000)
    waited = time.monotonic() - started
    heartbeat.stop()
    assert waited > 1.0  # the silent server held the sale, not the window
    assert len([t for t in ticks if t - started < waited]) >= waited / 0.05 / 2
    assert conn.execute("SELECT count(*) FROM sales").fetchone()[0] == sales_before + 1
    sold = conn.execute("SELECT id FROM sales ORDER BY seq DESC LIMIT 1").fetchone()[0]
    lines = conn.execute("SELECT qty FROM sale_lines WHERE sale_id = ?", (sold,)).fetchall()
    assert [row[0] for row in lines] == [1]  # the scan during the wait went nowhere
    key(qtbot, win, Qt.Key.Key_F12)  # nothing left to sell: said, not recorded
    assert conn.execute("SELECT count(*) FROM sales").fetchone()[0] == sales_before + 1


def to_send(count: int) -> str:
    return f"{count} sale to send" if count == 1 else f"{count} sales to send"


def test_an_offline_chain_till_counts_its_sales_to_send_off_the_window_thread(qtbot, demo_path):
    conn = open_database(demo_path)
    conn.execute(
        "INSERT INTO sync_state (id, server_url, till) VALUES (1, ?, 'T2')",
        ("postgresql://127.0.0.1:9/pos?connect_timeout=2",),  # nothing listens: stopped
    )
    conn.commit()
    waiting = conn.execute("SELECT count(*) FROM sales").fetchone()[0]
    win = CashierWindow(TillSession(Checkout(conn), now=AT))
    qtbot.add_widget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: "OFFLINE since" in win.header.text(), timeout=10_000)
        assert to_send(waiting) in win.header.text()
        read: list[str] = []
        conn.set_trace_callback(read.append)
        scan(qtbot, win, PIOTR)
        scan(qtbot, win, "SHIRT-01")
        key(qtbot, win, Qt.Key.Key_F12)  # a walk-in's sale, sold offline
        qtbot.waitUntil(lambda: "Sale complete" in win.status.text())
        win.clock.timeout.emit()  # the header's clock ticks
        assert to_send(waiting + 1) in win.header.text()
        everything = [s for s in read if "pushed_sales_seq" in s and "count(" in s]
        assert everything == []  # the window read only its own new sale, not all of them
    finally:
        conn.set_trace_callback(None)
        win.close()
        conn.close()


def test_f9_on_a_chain_till_asks_the_server_while_the_buyer_types_the_pin(
    qtbot, silent_chain_till, demo_path
):
    """F9 sent no question ahead: the payroll sale asked the silent server on the window's
    thread when the PIN was entered and froze the till for the connect timeout."""
    from pos_desktop.ui.cashier.payroll_dialog import PayrollDialog
    from tests.ui.test_payroll_screens import store_with_pin

    win = silent_chain_till
    store_with_pin(demo_path)
    scan(qtbot, win, ANNA)
    scan(qtbot, win, "SHIRT-01")
    key(qtbot, win, Qt.Key.Key_F9)
    dialog = win.dialog
    assert isinstance(dialog, PayrollDialog)
    started = time.monotonic()
    qtbot.keyClicks(dialog.pin, "5831")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    took = time.monotonic() - started
    assert win.dialog is None and win.last_receipt is not None
    assert win.last_receipt.charged_to_payroll  # sold by the offline rules, at once
    assert took < 1.0, took  # asking then would have held the window up to 2.8 s
    # ... and the payroll sale said nothing of it, and the header kept "online"
    assert NOT_CONFIRMED in win.status.text()
    assert "OFFLINE" in win.header.text()


NOT_CONFIRMED = "The allowance was not confirmed with the server"


def test_a_sale_while_the_server_is_known_silent_says_its_allowance_was_not_confirmed(
    qtbot, silent_chain_till
):
    """After one unanswered sale the till asks nothing for a while, so F12 had nothing to wait
    for and recorded the next sale as if the server had answered."""
    win = silent_chain_till
    others = win.session.checkout.other_tills
    assert others is not None
    others.unanswered()  # the last sale's wait ran out a moment ago
    scan(qtbot, win, ANNA)
    scan(qtbot, win, "SHIRT-01")
    key(qtbot, win, Qt.Key.Key_F12)
    assert "Sale complete" in win.status.text()
    assert NOT_CONFIRMED in win.status.text()
    assert "OFFLINE" in win.header.text()


def test_the_command_line_says_a_sale_s_allowance_was_not_confirmed(run, demo_path):
    """`sell` on a chain till with a silent server printed only the sale, as if confirmed."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    conn = open_database(demo_path)
    conn.execute(
        "INSERT INTO sync_state (id, server_url, till) VALUES (1, ?, 'T2')",
        (f"postgresql://127.0.0.1:{silent.getsockname()[1]}/pos?connect_timeout=2",),
    )
    conn.commit()
    conn.close()
    try:
        sold = run("sell", *CASHIER, "--customer", ANNA, "--item", "SHIRT-01", "--at", DEMO_AT)
    finally:
        silent.close()
    assert sold.code == 0, sold.err
    assert "offline: the server cannot be asked" in sold.out
    assert NOT_CONFIRMED in sold.out
    assert sold.out.strip().splitlines()[-1].count("-") == 4  # the sale id stays last


def test_closing_a_chain_till_never_waits_for_a_sync_held_by_a_silent_server(
    qtbot, silent_chain_till
):
    """Closing the window waited for the sync under way, as long as the server kept it."""
    win = silent_chain_till
    assert win.chain is not None and win.chain.round is not None  # the first sync: waiting
    started = time.monotonic()
    win.close()
    took = time.monotonic() - started
    assert took < 0.5, took  # the sync would have held it up to the connect timeout


@pytest.mark.parametrize("ran_out", [True, False], ids=["wait-ran-out", "server-failed"])
def test_a_sale_the_server_did_not_confirm_says_so_and_the_header_says_offline_at_once(
    qtbot, silent_chain_till, monkeypatch, ran_out
):
    """After F12 fell back to the offline rules the header kept "online, synced" until the
    next sync round, and the message was a plain "Sale complete"."""
    win = silent_chain_till
    link = win.chain
    assert link is not None
    qtbot.waitUntil(lambda: link.round is None, timeout=6_000)  # the first round gave up
    link._synced(None, (0, 0))  # as if the server answered the last sync, then went silent
    assert "online, synced" in win.header.text()
    if ran_out:  # the wait ends before the silent server's connect timeout (2 s)
        monkeypatch.setattr("pos_desktop.ui.cashier.sale_wait.SALE_WAIT_SECONDS", 0.5)
    scan(qtbot, win, ANNA)
    scan(qtbot, win, "SHIRT-01")
    key(qtbot, win, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: "Sale complete" in win.status.text(), timeout=6_000)
    note = i18n.translate(
        "SaleWait",
        "The allowance was not confirmed with the server (no answer): the offline rules applied.",
    )
    assert win.status.text().endswith(note)
    assert "OFFLINE since" in win.header.text()  # at once, not at the next sync
    if ran_out:
        shot(win, win, "sale-not-confirmed")


@pytest.mark.parametrize("silent_chain_till", LANGUAGES, indirect=True)
def test_a_sale_not_confirmed_in_every_language(qtbot, silent_chain_till, monkeypatch):
    win = silent_chain_till
    monkeypatch.setattr("pos_desktop.ui.cashier.sale_wait.SALE_WAIT_SECONDS", 0.5)
    scan(qtbot, win, ANNA)
    scan(qtbot, win, "SHIRT-01")
    confirming = i18n.translate("SaleWait", "Confirming the allowance with the server…")
    key(qtbot, win, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: not win.status.text().startswith(confirming), timeout=6_000)
    note = i18n.translate(
        "SaleWait",
        "The allowance was not confirmed with the server (no answer): the offline rules applied.",
    )
    assert win.status.text().endswith(" " + note)
    assert "OFFLINE" in win.header.text()  # not "connecting…": the server did not answer
    shot(win, win, "sale-not-confirmed")


WAITING = {
    "en": ("OFFLINE since 10:40, 1 sale to send", "OFFLINE since 10:40, 3 sales to send"),
    "pl": (
        "OFFLINE od 10:40, 1 sprzedaż do wysłania",
        "OFFLINE od 10:40, sprzedaże do wysłania: 3",
    ),
    "ro": ("OFFLINE din 10:40, 1 vânzare de trimis", "OFFLINE din 10:40, vânzări de trimis: 3"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_offline_header_counts_one_sale_as_it_counts_many(demo_path, language):
    """The header read "1 sales to send"."""
    import datetime as dt

    from pos_desktop.ui.cashier.server_link import ChainLink

    i18n.use(language)
    conn = open_database(demo_path)
    try:
        upto = conn.execute("SELECT coalesce(max(seq), 0) FROM sales").fetchone()[0]
        link = ChainLink(str(demo_path), Checkout(conn))
        link.online = False
        link.offline_since = dt.datetime(2026, 6, 15, 10, 40, tzinfo=dt.UTC)
        said = []
        for count in (1, 3):
            link.unsent = (count, upto)
            said.append(link.text(dt.UTC))
        assert tuple(said) == WAITING[language]
    finally:
        conn.close()

"""The till's rules without a window: a customer switched after a BLOCKED badge, the verdict
judged once, the same product scanned twice, refunds and open amounts within the store's limits."""

from __future__ import annotations

import datetime as dt
import socket
import time

import pytest

from pos_desktop.core.checkout import Checkout, Override
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.errors import InputError
from pos_desktop.core.reports import flags
from pos_desktop.core.till import TillSession
from tests.conftest import ANNA, DEMO_DAY, JOHN, MARIA, MARKETING, PIOTR, STRANGER

AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def till(demo_path):
    session = TillSession(Checkout(open_database(demo_path)), now=AT)
    session.sign_in(PIOTR)
    yield session
    session.checkout.conn.close()


def found_flags(till: TillSession) -> list[flags.Flag]:
    """The day's flags but `backdated`: this till sells on a fixed day in the past, so each of
    its sales is also marked as entered later (that flag has tests of its own)."""
    found = flags.find(till.checkout.conn, till.checkout.rules, DEMO_DAY, DEMO_DAY)
    return [flag for flag in found if flag.kind != "backdated"]


def test_a_badge_after_a_blocked_one_keeps_the_regular_price_and_is_flagged(till):
    till.scan(JOHN)
    till.scan("SHIRT-01")
    assert till.quote().discount == 0
    till.scan(ANNA)
    quote = till.quote()
    assert quote.verdict.holder is not None and quote.verdict.holder.name == "Anna Kowalska"
    assert quote.discount == 0 and quote.total == 4000
    assert "blocked badge" in quote.lines[0].rule
    assert till.needs_supervisor
    sale = till.complete()
    assert sale.quote.discount == 0
    [flag] = [f for f in found_flags(till) if f.kind == "blocked_then_switched"]
    assert flag.sale_ids == (sale.sale_id,)
    assert "John Smith" in flag.detail and "Anna Kowalska" in flag.detail
    assert "not approved" in flag.detail


def test_a_supervisor_approves_the_switch_with_badge_pin_and_reason(till):
    till.scan(JOHN)
    till.scan(ANNA)
    till.scan("SHIRT-01")
    with pytest.raises(InputError, match="wrong PIN"):
        till.approve(MARIA, "0000", "colleague pays")
    with pytest.raises(InputError, match="reason"):
        till.approve(MARIA, "1234", " ")
    assert till.quote().discount == 0
    quote = till.approve(MARIA, "1234", "John's badge was his old one")
    assert quote.discount == 800
    assert quote.switch is not None and quote.switch.supervisor is not None
    assert not till.needs_supervisor
    sale = till.complete()
    [flag] = [f for f in found_flags(till) if f.kind == "blocked_then_switched"]
    assert flag.sale_ids == (sale.sale_id,)
    assert "Maria" in flag.detail and "old one" in flag.detail
    row = till.checkout.conn.execute(
        "SELECT actor, subject FROM audit WHERE action = 'customer.switch'"
    ).fetchone()
    assert row["subject"] == sale.sale_id


def test_a_walk_in_or_the_blocked_badge_again_needs_no_supervisor_and_clearing_forgets(till):
    till.scan(JOHN)
    till.set_customer(None)
    assert not till.needs_supervisor
    till.scan(STRANGER)  # not in the registry: regular price anyway
    assert not till.needs_supervisor
    till.scan(ANNA)  # still the same basket: the blocked badge is remembered
    assert till.needs_supervisor
    till.new_sale()  # Esc: the basket and its customers are gone
    till.scan(ANNA)
    till.scan("SHIRT-01")
    assert not till.needs_supervisor and till.quote().discount == 800


def test_a_blocked_basket_cleared_and_rung_again_for_a_colleague_is_flagged(till):
    """The way around the switch's supervisor: Esc after the BLOCKED scan, then a colleague's
    badge and the same shirt. The sale goes through at the staff price, and `report flags`
    names the cleared basket, the blocked badge and the cashier."""
    till.scan(JOHN)
    till.scan("SHIRT-01")
    till.new_sale()
    till.scan(ANNA)
    till.scan("SHIRT-01")
    assert till.quote().discount == 800
    till.complete()
    [flag] = [f for f in found_flags(till) if f.kind == "blocked_then_cleared"]
    assert flag.subject == JOHN
    assert "John Smith" in flag.detail and "lines in it: 1" in flag.detail
    assert till.cashier is not None and till.cashier.name in flag.detail
    till.scan(JOHN)  # the lines deleted before the basket is cleared: flagged all the same
    till.scan("SHIRT-01")
    till.remove(0)
    till.new_sale()
    cleared = [f for f in found_flags(till) if f.kind == "blocked_then_cleared"]
    assert len(cleared) == 2 and "lines in it: 0" in cleared[1].detail


def test_an_employees_basket_moved_to_a_department_needs_a_supervisor(till):
    till.scan(ANNA)
    till.scan("COAT-01")
    till.scan(MARKETING)
    assert till.quote().discount == 0
    assert till.needs_supervisor
    till.approve(MARIA, "1234", "Anna buys for marketing")
    assert till.quote().discount == 10000  # at cost
    till.complete()
    assert [f.kind for f in found_flags(till)] == ["switched_to_department"]


def test_a_department_badge_first_is_no_switch(till):
    till.scan(MARKETING)
    till.scan("COAT-01")
    assert not till.needs_supervisor and till.quote().discount == 10000


def test_the_verdict_is_judged_once_per_customer(till, monkeypatch):
    calls = []
    real = till.checkout.check

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(till.checkout, "check", counting)
    till.scan(ANNA)
    for sku in ("SHIRT-01", "COAT-01", "WINE-01", "SHIRT-01"):
        till.scan(sku)
        till.quote()
    assert len(calls) == 1
    till.sign_in(PIOTR)  # the same cashier signing in again changes nothing
    till.quote()
    assert len(calls) == 1


def test_the_same_product_scanned_again_adds_to_its_line(till):
    till.scan(ANNA)
    for sku in ("SHIRT-01", "COAT-01", "SHIRT-01"):
        result = till.scan(sku)
    assert [(line.sku, line.qty) for line in till.lines] == [("SHIRT-01", 2), ("COAT-01", 1)]
    assert "2 now" in result.message


def test_the_verdict_is_judged_again_when_the_rules_or_the_customer_change(till, monkeypatch):
    calls = []
    real = till.checkout.check

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(till.checkout, "check", counting)
    till.scan(STRANGER)  # not in the registry: kept as well
    till.scan("SHIRT-01")
    till.quote()
    assert len(calls) == 1
    till.checkout.reload()  # the rules (or the registry under them) changed
    till.quote()
    assert len(calls) == 2
    till.scan(ANNA)
    till.quote()
    assert len(calls) == 3


def test_the_refund_and_open_amount_limits_are_store_settings(run, demo_path, tmp_path):
    exported = tmp_path / "store.toml"
    assert run("config", "export", str(exported)).code == 0
    assert "max_open_amount" not in exported.read_text()  # the defaults are not written
    text = exported.read_text().replace(
        "[store]\n", '[store]\nrefund_approval_above = "none"\nmax_open_amount = "250.00"\n', 1
    )
    exported.write_text(text)
    assert run("config", "import", str(exported)).code == 0
    settings = Checkout(open_database(demo_path)).rules.settings
    assert (settings.refund_approval_above, settings.max_open_amount) == (None, 25000)
    again = tmp_path / "again.toml"
    assert run("config", "export", str(again)).code == 0
    assert 'refund_approval_above = "none"' in again.read_text()
    assert 'max_open_amount = "250.00"' in again.read_text()
    exported.write_text(text.replace('"250.00"', '"lots"'))
    wrong = run("config", "import", str(exported))
    assert wrong.code == 2 and "max_open_amount" in wrong.err


def test_the_kept_basket_belongs_to_this_till_on_this_computer(till):
    # The host name is read without the socket module; it must be the one socket gives.
    assert till.station == f"{till.checkout.rules.settings.till}@{socket.gethostname()}"


def test_a_restart_is_no_way_around_a_blocked_badge(till, demo_path):
    till.scan(JOHN)
    till.scan(ANNA)
    till.scan("SHIRT-01")
    till.approve(MARIA, "1234", "checked")
    assert till.quote().discount == 800
    till.checkout.conn.close()  # the till is closed (or killed) and started again
    again = TillSession(Checkout(open_database(demo_path)), now=AT)
    assert "back" in again.restore_draft()
    again.sign_in(PIOTR)
    assert again.customer == ANNA and again.needs_supervisor  # the approval is asked again
    assert again.quote().discount == 0
    again.new_sale()
    again.scan(ANNA)
    assert not again.needs_supervisor
    again.checkout.conn.close()
    till.checkout = Checkout(open_database(demo_path))  # for the fixture to close


def test_refunds_split_under_the_limit_still_need_a_supervisor_together(till):
    """Four shirts at 32.00 (128.00 paid): two refunds of 64.00 each, both under the 100.00
    above which a supervisor approves, pay back 128.00. The second needs the supervisor."""
    till.scan(ANNA)
    for _ in range(4):
        till.scan("SHIRT-01")
    sale = till.complete()
    assert till.refund(sale.sale_id, [(1, 2)]).total == 6400
    with pytest.raises(InputError, match=r"refunds come to 128\.00"):
        till.refund(sale.sale_id, [(1, 2)])
    _, lines = till.refundable(sale.sale_id)
    assert lines[0].paid_back == 6400 and lines[0].left == 2
    refund = till.refund(sale.sale_id, [(1, 2)], Override(MARIA, "1234", "second half"))
    assert refund.total == 6400 and refund.approved_by == "Maria Popescu"


def test_a_quantity_cannot_take_an_open_amount_past_its_limit(till):
    """F3 refuses 9,999,999,999.99 at once, but 999.99 and then F2 999 made a line of
    998,990.01: the largest open amount holds for the line, whatever its quantity."""
    till.scan(ANNA)
    till.add_open_amount("ELEC", 25000)
    till.set_quantity(0, 4)  # 1,000.00: at the limit
    with pytest.raises(InputError, match=r"times its quantity may be at most 1000\.00 EUR"):
        till.set_quantity(0, 5)
    with pytest.raises(InputError, match="times its quantity"):
        till.set_quantity(0, 999)
    assert till.lines[0].qty == 4
    till.scan("SHIRT-01")
    till.set_quantity(1, 999)  # a catalogued item keeps F2's range


def test_a_sale_after_its_server_question_went_unanswered_follows_the_offline_limit_at_once(
    run, demo_path, tmp_path
):
    exported = tmp_path / "store.toml"
    assert run("config", "export", str(exported)).code == 0
    text = exported.read_text().replace("[store]\n", '[store]\noffline_limit = "30.00"\n', 1)
    exported.write_text(text)
    assert run("config", "import", str(exported)).code == 0
    silent = socket.socket()  # accepts connections and never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    conn = open_database(demo_path)
    conn.execute(
        "INSERT INTO sync_state (id, server_url, till) VALUES (1, ?, 'T2')",
        (f"postgresql://127.0.0.1:{silent.getsockname()[1]}/pos?connect_timeout=2",),
    )
    conn.commit()
    till = TillSession(Checkout(conn), now=AT)
    try:
        till.sign_in(PIOTR)
        till.scan(ANNA)
        till.scan("COAT-01")
        asked = till.ask_server()
        assert len(asked) == 1 and not asked[0].done()  # sent, not waited for
        started = time.monotonic()
        sale = till.complete()  # the window waited already: no second wait here
        assert time.monotonic() - started < 0.5
        allowance = sale.quote.verdict.allowance
        assert allowance is not None and allowance.offline_cap == 3000
        assert sale.quote.discount == 3000  # 20% of the coat is 40.00: held to the limit
    finally:
        silent.close()
        conn.close()

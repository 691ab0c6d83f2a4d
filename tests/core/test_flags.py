"""Loss-prevention flags, each raised by sales made for it and linked to exactly those."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pos_desktop.core.checkout import Override
from pos_desktop.core.errors import InputError
from pos_desktop.core.reports import flags
from tests.conftest import ANNA, ANNA_LOST, IOANA, JOHN, MARIA, PIOTR, RADU

DAY = dt.date(2026, 6, 15)


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 6, 15, hour, minute, tzinfo=dt.UTC)


def found(store, **limits) -> dict[str, list[flags.Flag]]:
    by_kind: dict[str, list[flags.Flag]] = {}
    thresholds = flags.Thresholds(**limits) if limits else None
    for flag in flags.find(store.conn, store.rules, DAY, DAY, thresholds):
        by_kind.setdefault(flag.kind, []).append(flag)
    return by_kind


def set_till(store, till: str) -> None:
    store.conn.execute(
        "UPDATE settings SET value = ? WHERE key = 'store.till'", (json.dumps(till),)
    )
    store.conn.commit()
    store.reload()


def test_the_same_badge_on_two_tills_within_the_window(demo_store):
    shirt = demo_store.product_line("SHIRT-01")
    first = demo_store.sell(ANNA, [shirt], at=at(10, 0))
    set_till(demo_store, "T2")
    second = demo_store.sell(ANNA, [shirt], at=at(10, 7))
    demo_store.sell(IOANA, [shirt], at=at(10, 8))  # another badge on T2: nothing
    set_till(demo_store, "T1")
    demo_store.sell(IOANA, [shirt], at=at(12, 0))  # two tills, but hours apart
    raised = found(demo_store)["two_tills"]
    assert [(f.subject, f.sale_ids) for f in raised] == [(ANNA, (first.sale_id, second.sale_id))]
    assert "tills T1, T2 within 10 minutes" in raised[0].detail
    assert "two_tills" not in found(demo_store, badge_minutes=5)


def test_a_blocked_badge_rung_anyway(demo_store):
    shirt = demo_store.product_line("SHIRT-01")
    lost = demo_store.sell(ANNA_LOST, [shirt], at=at(9))
    suspended = demo_store.sell(JOHN, [shirt], at=at(10))
    demo_store.sell(ANNA, [shirt], at=at(11))
    raised = found(demo_store)["blocked_badge"]
    assert [(f.subject, f.sale_ids) for f in raised] == [
        (ANNA_LOST, (lost.sale_id,)),
        (JOHN, (suspended.sale_id,)),
    ]
    assert "scanned as BLOCKED and rung once" in raised[1].detail


def test_repeated_self_purchases_with_or_without_approval(demo_store):
    piotr = demo_store.cashier(PIOTR, at=at(8))
    shirt = demo_store.product_line("SHIRT-01")
    ids = [demo_store.sell(PIOTR, [shirt], cashier=piotr, at=at(9 + n)).sale_id for n in range(2)]
    assert "self_purchase" not in found(demo_store)
    approved = demo_store.sell(
        PIOTR, [shirt], cashier=piotr, at=at(12), override=Override(MARIA, "1234", "uniform")
    )
    raised = found(demo_store)["self_purchase"]
    assert [(f.subject, f.sale_ids) for f in raised] == [("E0002", (*ids, approved.sale_id))]
    assert "3 times (1 approved by a supervisor)" in raised[0].detail


def test_a_supervisor_overriding_far_more_than_the_others(demo_store):
    piotr = demo_store.cashier(PIOTR, at=at(8))
    shirt = demo_store.product_line("SHIRT-01")
    marias = [
        demo_store.sell(
            PIOTR, [shirt], cashier=piotr, at=at(9, n), override=Override(MARIA, "1234", "ok")
        ).sale_id
        for n in range(5)
    ]
    demo_store.sell(PIOTR, [shirt], cashier=piotr, at=at(10), override=Override(RADU, "4321", "ok"))
    raised = found(demo_store)["overrides"]
    assert [(f.subject, f.sale_ids) for f in raised] == [("E0003", tuple(marias))]
    assert "approved 5 overrides" in raised[0].detail
    assert "overrides" not in found(demo_store, override_min=6)


def test_a_cashier_whose_share_of_discounted_sales_is_far_above_the_stores(demo_store):
    piotr = demo_store.cashier(PIOTR, at=at(8))
    maria = demo_store.cashier(MARIA, at=at(8))
    shirt = demo_store.product_line("SHIRT-01")
    discounted = [
        demo_store.sell(ANNA, [shirt], cashier=piotr, at=at(9, n)).sale_id for n in range(4)
    ]
    for n in range(4):
        demo_store.sell(None, [shirt], cashier=maria, at=at(10, n))
    # Piotr 100 %, Maria 0 %, the store 50 %: Piotr is 50 points above it.
    raised = found(demo_store, cashier_min_sales=4)["discount_share"]
    assert [(f.subject, f.sale_ids) for f in raised] == [("E0002", tuple(discounted))]
    assert "100% of 4 sales discounted; the store 50%" in raised[0].detail
    assert "discount_share" not in found(demo_store, cashier_min_sales=4, cashier_points=60)
    assert "discount_share" not in found(demo_store)  # fewer than 20 sales: too few to judge


@pytest.mark.parametrize("limits", [{"badge_minutes": 0}, {"cashier_points": 101}])
def test_thresholds_out_of_range_are_refused(limits):
    with pytest.raises(InputError, match="flag threshold"):
        flags.Thresholds(**limits)

"""The discount report against figures worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from pos_desktop.core.checkout import Override
from pos_desktop.core.errors import InputError
from pos_desktop.core.reports import figures, oversight
from tests.conftest import ANNA, IOANA, JAN, MARIA, MARKETING, PIOTR

DAY = dt.date(2026, 6, 15)


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 6, day, hour, minute, tzinfo=dt.UTC)


def test_report_nets_refunds_attributes_dependants_and_uses_store_days(demo_store):
    coat = demo_store.product_line("COAT-01")
    shirt = demo_store.product_line("SHIRT-01")
    demo_store.sell(ANNA, [coat], at=at(15, 10))  # 40.00 discount
    demo_store.sell(JAN, [shirt], at=at(15, 21, 30))  # 8.00; 23:30 in Warsaw, still the 15th
    late = demo_store.sell(ANNA, [shirt], at=at(15, 22, 30))  # 00:30 on the 16th in Warsaw
    demo_store.sell(MARKETING, [coat], at=at(16, 9))  # 100.00 at cost
    demo_store.refund(late.sale_id, at=at(16, 10))
    rules = demo_store.rules
    by_day = {
        r.key: r
        for r in figures.discounts(
            demo_store.conn, rules, dt.date(2026, 6, 15), dt.date(2026, 6, 16), "day"
        )
    }
    assert (by_day["2026-06-15"].sales, by_day["2026-06-15"].discount) == (2, 4800)
    sixteenth = by_day["2026-06-16"]
    assert (sixteenth.sales, sixteenth.refunds, sixteenth.discount) == (2, 1, 10000)
    by_employee = figures.discounts(
        demo_store.conn, rules, dt.date(2026, 6, 1), dt.date(2026, 6, 30), "employee"
    )
    assert [(r.key, r.sales, r.refunds, r.discount) for r in by_employee] == [("E0001", 3, 1, 4800)]
    by_category = {
        r.key: r.discount
        for r in figures.discounts(
            demo_store.conn, rules, dt.date(2026, 6, 1), dt.date(2026, 6, 30), "category"
        )
    }
    assert by_category == {"CLOTH": 4000 + 800 + 800 - 800 + 10000}
    by_department = {
        r.key: r.discount
        for r in figures.discounts(
            demo_store.conn, rules, dt.date(2026, 6, 1), dt.date(2026, 6, 30), "department"
        )
    }
    assert by_department == {"OPS": 4800}


def test_by_company_and_by_policy(demo_store):
    coat = demo_store.product_line("COAT-01")
    demo_store.sell(ANNA, [coat], at=at(15, 10))  # Acme, Staff: 40.00
    demo_store.sell(IOANA, [coat], at=at(15, 11))  # Acme Logistics, Group staff
    demo_store.sell(MARKETING, [coat], at=at(15, 12))  # at cost, no policy
    demo_store.sell(None, [coat], at=at(15, 13))  # external
    rules = demo_store.rules
    day = dt.date(2026, 6, 15)
    by_company = {
        r.key: (r.label, r.sales, r.discount)
        for r in figures.discounts(demo_store.conn, rules, day, day, "company")
    }
    group = by_company.pop("ACLOG")
    assert by_company == {"ACME": ("Acme Retail", 1, 4000)}
    assert group[:2] == ("Acme Logistics", 1)
    by_policy = {
        r.key: (r.label, r.sales, r.discount)
        for r in figures.discounts(demo_store.conn, rules, day, day, "policy")
    }
    assert by_policy["Staff"] == ("Staff", 1, 4000)
    assert by_policy["-"] == ("no staff discount", 2, 10000)
    assert by_policy["Group staff"][1] == 1


def test_allowance_use_counts_dependants_and_nets_refunds(demo_store):
    coat = demo_store.product_line("COAT-01")
    shirt = demo_store.product_line("SHIRT-01")
    demo_store.sell(ANNA, [coat], at=at(10, 10))  # 40.00
    demo_store.sell(JAN, [shirt], at=at(11, 10))  # 8.00, on Anna's allowance
    refunded = demo_store.sell(ANNA, [shirt], at=at(12, 10))
    demo_store.refund(refunded.sale_id, at=at(13, 10))
    uses = oversight.allowance_use(demo_store.conn, demo_store.rules, dt.date(2026, 6, 15))
    assert len(uses) == 1
    anna = uses[0]
    assert (anna.employee_no, anna.limit, anna.used, anna.left) == ("E0001", 100000, 4800, 95200)
    assert anna.share_tenths == 48  # 4.8 % of 1000.00
    # The year before holds none of it.
    assert oversight.allowance_use(demo_store.conn, demo_store.rules, dt.date(2025, 6, 15)) == []


def test_overrides_per_supervisor_with_reasons_net_of_refunds(demo_store):
    piotr = demo_store.cashier(PIOTR, at=at(15, 9))
    shirt = demo_store.product_line("SHIRT-01")
    approve = Override(MARIA, "1234", "end of season")
    first = demo_store.sell(PIOTR, [shirt], cashier=piotr, at=at(15, 10), override=approve)
    demo_store.sell(
        PIOTR, [shirt], cashier=piotr, at=at(15, 11), override=Override(MARIA, "1234", "gift")
    )
    demo_store.refund(first.sale_id, at=at(15, 12))
    found = oversight.overrides(demo_store.conn, demo_store.rules, dt.date(2026, 6, 1), DAY)
    assert len(found) == 1
    maria = found[0]
    assert (maria.employee_no, maria.name, maria.count) == ("E0003", "Maria Popescu", 2)
    assert [e.reason for e in maria.entries] == ["end of season", "gift"]
    assert [e.cashier_no for e in maria.entries] == ["E0002", "E0002"]
    assert maria.discount == 800  # two 8.00 discounts, one refunded


def test_cost_centres_charge_department_orders_at_cost_net_of_refunds(demo_store):
    coat = demo_store.product_line("COAT-01")  # 200.00, cost 100.00
    shirt = demo_store.product_line("SHIRT-01")
    demo_store.sell(MARKETING, [coat], at=at(15, 10))
    returned = demo_store.sell(MARKETING, [shirt], at=at(15, 11))
    demo_store.refund(returned.sale_id, at=at(15, 12))
    demo_store.sell(ANNA, [coat], at=at(15, 13))  # a staff purchase is no department order
    rows = oversight.cost_centres(demo_store.conn, demo_store.rules, DAY, DAY)
    assert len(rows) == 1
    row = rows[0]
    assert (row.cost_centre, row.department, row.name) == ("CC-4100", "MKT", "Marketing")
    assert (row.orders, row.refunds, row.gross, row.discount, row.total) == (
        2,
        1,
        20000,
        10000,
        10000,
    )


def test_a_period_ending_before_it_begins_is_refused(demo_store):
    with pytest.raises(InputError, match="before"):
        oversight.overrides(demo_store.conn, demo_store.rules, DAY, dt.date(2026, 6, 1))

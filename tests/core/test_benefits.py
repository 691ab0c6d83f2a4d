"""The staff discount as a taxable benefit: each jurisdiction's rule set on hand-computed
figures, refunds netted, dependants counted for their employee, and what never counts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from pos_desktop.core import benefits, config, config_parse
from pos_desktop.core.errors import InputError
from pos_desktop.core.registry import hash_pin
from tests.conftest import badge

CASHIER = badge(2)
EMPLOYEE = badge(1)
SISTER = badge(3)
CHILD = badge(901)
MARKETING = badge(900)  # the example config's department
# 100.00 at cost 60.00, 1,000.00 at cost 500.00: the round prices of the examples.
PRODUCTS = [("HUNDRED", "CLOTH", 10000, 6000), ("THOUSAND", "CLOTH", 100000, 50000)]


def policy(percent: int) -> dict[str, Any]:
    return {
        "name": "Staff",
        "applies_to": {"relation": "own"},
        "method": "percent",
        "percent": percent,
        "allowance": {"amount": "100000.00", "period": "year"},
        "dependants": True,
    }


def group_policy() -> dict[str, Any]:
    return {**policy(10), "name": "Group", "applies_to": {"relation": "group"}}


def store(make_store, percent: int, tax: dict[str, Any] | None = None):
    checkout = make_store(
        policy(percent),
        staff=[
            {"employee_no": "E1", "badge": EMPLOYEE, "name": "Eva Example"},
            {"employee_no": "C1", "badge": CASHIER, "name": "Cas Hier", "role": "cashier"},
            {"employee_no": "S1", "badge": SISTER, "name": "Sis Ter", "company": "SIS"},
        ],
        extra_config={"tax": tax} if tax else None,
    )
    conn = checkout.conn
    now = "2026-01-01T00:00:00.000000Z"
    for sku, category, price, cost in PRODUCTS:
        conn.execute(
            "INSERT INTO products (sku, name, category, price, cost, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (sku, sku.title(), category, price, cost, now),
        )
    conn.execute(
        "INSERT INTO dependants (dependant_no, employee_no, name, status, updated_at) "
        "VALUES ('D1', 'E1', 'Kid Example', 'active', ?)",
        (now,),
    )
    conn.execute(
        "INSERT INTO badges (code, holder_type, holder_id, status, issued_at, updated_at) "
        "VALUES (?, 'dependant', 'D1', 'active', ?, ?)",
        (CHILD, now, now),
    )
    conn.execute("UPDATE staff SET pin_hash = ? WHERE employee_no = 'E1'", (hash_pin("5831"),))
    conn.commit()
    checkout.reload()
    return checkout


def buy(checkout, customer, sku, day, qty=1):
    cashier = checkout.cashier(CASHIER, at=day)
    lines = [checkout.product_line(sku, qty)]
    return checkout.sell(customer, lines, cashier=cashier, at=day).sale_id


def at(month: int, day: int = 10) -> dt.datetime:
    return dt.datetime(2026, month, day, 10, tzinfo=dt.UTC)


def figures(checkout, employee=None):
    found = benefits.year(checkout.conn, checkout.rules, 2026, employee)
    return [(b.employee_no, b.discount, b.benefit, b.tax_free, b.taxable) for b in found]


def test_germany_eight_purchases_of_a_thousand_at_twenty_percent(make_store):
    checkout = store(make_store, 20, {"jurisdiction": "DE"})
    for month in range(1, 9):
        buy(checkout, EMPLOYEE, "THOUSAND", at(month))
    # Each: 96% of 1,000.00 = 960.00, paid 800.00: 160.00; the year 1,280.00, of which
    # 1,080.00 tax-free.
    assert figures(checkout) == [("E1", 160000, 128000, 108000, 20000)]


def test_germany_refund_is_netted_in_the_year_it_is_made(make_store):
    checkout = store(make_store, 20, {"jurisdiction": "DE"})
    sales = [buy(checkout, EMPLOYEE, "THOUSAND", at(month)) for month in range(1, 9)]
    checkout.refund(sales[0], cashier=checkout.cashier(CASHIER, at=at(9)), at=at(9))
    assert figures(checkout) == [("E1", 140000, 112000, 108000, 4000)]


def test_united_states_discount_beyond_the_gross_profit_percentage_is_taxable(make_store):
    checkout = store(make_store, 50, {"jurisdiction": "US", "gross_profit_percent": 40})
    buy(checkout, EMPLOYEE, "HUNDRED", at(3))
    # 50.00 off 100.00; 40% of 100.00 = 40.00 is tax-free: 10.00 taxable.
    assert figures(checkout) == [("E1", 5000, 5000, 4000, 1000)]


def test_united_states_without_a_gross_profit_percentage_taxes_every_discount(make_store):
    checkout = store(make_store, 50, {"jurisdiction": "US"})
    buy(checkout, EMPLOYEE, "HUNDRED", at(3))
    assert figures(checkout) == [("E1", 5000, 5000, 0, 5000)]


def test_poland_counts_what_staff_get_beyond_the_public_discount(make_store):
    checkout = store(make_store, 20, {"jurisdiction": "PL", "public_discount_percent": 5})
    buy(checkout, EMPLOYEE, "HUNDRED", at(3), qty=2)
    # 40.00 off 200.00, the public gets 5% = 10.00: 30.00 is wage income.
    assert figures(checkout) == [("E1", 4000, 3000, 0, 3000)]


def test_romania_counts_the_whole_discount_by_default(make_store):
    checkout = store(make_store, 20, {"jurisdiction": "RO"})
    buy(checkout, EMPLOYEE, "HUNDRED", at(3))
    assert figures(checkout) == [("E1", 2000, 2000, 0, 2000)]


def test_austria_up_to_twenty_percent_is_free_and_beyond_it_the_yearly_amount(make_store):
    at_twenty = store(make_store, 20, {"jurisdiction": "AT"})
    buy(at_twenty, EMPLOYEE, "THOUSAND", at(3))
    assert figures(at_twenty) == [("E1", 20000, 20000, 20000, 0)]
    beyond = store(make_store, 30, {"jurisdiction": "AT", "free_per_year": "100.00"})
    buy(beyond, EMPLOYEE, "THOUSAND", at(3))
    # 300.00 off 1,000.00 is more than 20%: all of it counts, 100.00 of it free this year.
    assert figures(beyond) == [("E1", 30000, 30000, 10000, 20000)]


def test_united_kingdom_counts_only_a_price_below_the_employers_cost(make_store):
    below = store(make_store, 50, {"jurisdiction": "UK"})
    buy(below, EMPLOYEE, "HUNDRED", at(3))
    # Paid 50.00 for goods that cost 60.00: 10.00.
    assert figures(below) == [("E1", 5000, 1000, 0, 1000)]
    above = store(make_store, 20, {"jurisdiction": "UK"})
    buy(above, EMPLOYEE, "HUNDRED", at(3))
    assert figures(above) == [("E1", 2000, 0, 0, 0)]


def test_no_jurisdiction_counts_no_benefit(make_store):
    checkout = store(make_store, 20)
    buy(checkout, EMPLOYEE, "HUNDRED", at(3))
    assert figures(checkout) == [("E1", 2000, 0, 0, 0)]


def test_dependants_count_for_the_employee_and_others_never_count(make_store):
    checkout = store(make_store, 20, {"jurisdiction": "RO"})
    buy(checkout, EMPLOYEE, "HUNDRED", at(3))
    buy(checkout, CHILD, "HUNDRED", at(4))
    buy(checkout, MARKETING, "HUNDRED", at(4))  # a department order at cost
    buy(checkout, SISTER, "HUNDRED", at(4))  # group company staff: their employer reports it
    buy(checkout, None, "HUNDRED", at(4))  # an external customer
    assert figures(checkout) == [("E1", 4000, 4000, 0, 4000)]
    one = benefits.year(checkout.conn, checkout.rules, 2026, "E1")[0]
    assert [(s.buyer, s.discount) for s in one.sales] == [("E1", 2000), ("D1", 2000)]


def test_a_purchase_of_another_year_does_not_count(make_store):
    checkout = store(make_store, 20, {"jurisdiction": "RO"})
    buy(checkout, EMPLOYEE, "HUNDRED", dt.datetime(2025, 12, 31, 12, tzinfo=dt.UTC))
    assert figures(checkout) == []


@pytest.mark.parametrize(
    ("tax", "message"),
    [
        ({"jurisdiction": "FR"}, "jurisdiction 'FR' must be one of none, PL, RO, DE, AT, UK, US"),
        ({"jurisdiction": "DE", "free_per_year": "-5.00"}, "must not be negative"),
        ({"jurisdiction": "US", "gross_profit_percent": -4}, "between 0 and 100"),
        ({"jurisdiction": "DE", "gross_profit_percent": 40}, "not a parameter of the DE rules"),
    ],
)
def test_bad_tax_settings_are_refused_and_nothing_changes(make_store, tax, message):
    checkout = store(make_store, 20, {"jurisdiction": "PL"})
    data = config.export_dict(checkout.rules)
    data["tax"] = tax
    with pytest.raises(InputError, match=message):
        config.apply(checkout.conn, config_parse.config_from_dict(data))
    checkout.reload()
    assert checkout.rules.tax.jurisdiction == "PL"


def test_tax_parameters_round_trip_through_the_config(make_store):
    checkout = store(make_store, 20, {"jurisdiction": "DE", "free_per_year": "1200"})
    data = config.export_dict(checkout.rules)
    assert data["tax"] == {"jurisdiction": "DE", "free_per_year": "1200.00"}
    assert benefits.effective(checkout.rules.tax) == [
        ("price_percent", "96", True),
        ("free_per_year", "1200.00", False),
    ]

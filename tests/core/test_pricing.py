"""The pricing rules of DESIGN.md, one by one, and the properties that must always hold."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from pos_desktop.core.money import Amount, share
from pos_desktop.core.policies import Policy
from pos_desktop.core.pricing import (
    REASONS,
    BasketLine,
    DepartmentTerms,
    RegularPrice,
    StaffTerms,
    line_reason,
    price_basket,
    reason_record,
    reason_text,
)
from pos_desktop.core.text import join
from pos_desktop.core.verdict import REASON_WORDS


def line(sku, category, price, cost=None, qty=1, discountable=True):
    return BasketLine(sku, sku or category, category, qty, price, cost, discountable)


SHIRT = line("SHIRT", "CLOTH", 4000, 3000)
WINE = line("WINE", "ALCO", 2000, 1200, discountable=False)
COAT = line("COAT", "CLOTH", 20000, 10000)

EXAMPLE_POLICY = Policy(
    name="Staff",
    percent=Decimal(20),
    floor_margin_percent=Decimal(5),
    max_discount_per_sale=5000,
)


def discounts(lines, policy, allowance=None):
    return [p.discount for p in price_basket(lines, StaffTerms(policy, allowance))]


def test_worked_example_of_the_design():
    priced = price_basket([SHIRT, WINE, COAT], StaffTerms(EXAMPLE_POLICY, 100000))
    assert [p.discount for p in priced] == [800, 0, 4000]
    assert sum(p.discount for p in priced) == 4800
    assert sum(p.total for p in priced) == 21200
    assert priced[1].rule == "ALCO: no discount"


def test_excluded_category_gets_nothing_even_at_a_high_percent():
    policy = Policy("P", percent=Decimal(50))
    assert discounts([WINE], policy) == [0]


def test_category_percent_overrides_the_policy_percent():
    policy = Policy("P", percent=Decimal(20), category_percent={"ELEC": Decimal(10)})
    tv = line("TV", "ELEC", 50000, 40000)
    priced = price_basket([tv, COAT], StaffTerms(policy, None))
    assert [p.discount for p in priced] == [5000, 4000]
    assert priced[0].rule == "10% staff"


def test_percent_rounds_half_up_to_the_minor_unit():
    policy = Policy("P", percent=Decimal(15))
    # 15% of 0.10 = 0.015 -> 0.02; 15% of 0.30 = 0.045 -> 0.05
    assert discounts([line("A", "X", 10), line("B", "X", 30)], policy) == [2, 5]


def test_floor_keeps_the_price_above_cost_plus_margin():
    policy = Policy("P", percent=Decimal(30), floor_margin_percent=Decimal(5))
    priced = price_basket([SHIRT], StaffTerms(policy, None))
    # 30% would be 12.00; cost 30.00 + 5% = 31.50 leaves at most 8.50
    assert priced[0].discount == 850
    assert "held at cost + 5%" in priced[0].rule


def test_floor_never_makes_a_discount_negative_when_price_is_below_cost():
    policy = Policy("P", percent=Decimal(20), floor_margin_percent=Decimal(5))
    assert discounts([line("LOSS", "X", 1000, 1200)], policy) == [0]


def test_cost_plus_prices_at_cost_plus_markup():
    policy = Policy("P", method="cost_plus", markup=Decimal(10))
    priced = price_basket([COAT, line("CHEAP", "X", 1000, 950)], StaffTerms(policy, None))
    # coat: 200.00 - 110.00 = 90.00; cheap: target 10.45 above price 10.00 -> 0
    assert [p.discount for p in priced] == [9000, 0]
    assert priced[0].rule == "cost + 10%"


def test_cost_plus_open_amounts_use_open_percent():
    policy = Policy("P", method="cost_plus", markup=Decimal(10), open_percent=Decimal(5))
    assert discounts([line(None, "X", 2000)], policy) == [100]
    assert discounts([line(None, "X", 2000)], Policy("P", method="cost_plus")) == [0]


def test_unit_limit_discounts_only_the_first_units_of_a_sku():
    policy = Policy("P", percent=Decimal(10), max_units_per_sku=3)
    two = line("SOCKS", "CLOTH", 500, qty=2)
    priced = price_basket([two, two, two], StaffTerms(policy, None))
    # 2 units, then 1 of 2, then none: 10% of 10.00, of 5.00, nothing
    assert [p.discount for p in priced] == [100, 50, 0]
    assert "only 3 per item discounted" in priced[1].rule
    assert priced[2].rule == "over 3 per item: no discount"


def test_unit_limit_feeds_the_floor_with_discounted_units_only():
    policy = Policy("P", percent=Decimal(30), floor_margin_percent=Decimal(5), max_units_per_sku=1)
    # 3 shirts, 1 discounted: 30% of 40.00 = 12.00, floor on one unit caps at 8.50
    assert discounts([line("SHIRT", "CLOTH", 4000, 3000, qty=3)], policy) == [850]


def test_per_sale_cap_is_spent_in_basket_order():
    policy = Policy("P", percent=Decimal(50), max_discount_per_sale=3000)
    priced = price_basket([COAT, SHIRT], StaffTerms(policy, None))
    assert [p.discount for p in priced] == [3000, 0]
    assert "capped: 30.00 per sale" in priced[0].rule


def test_allowance_remaining_caps_the_discount():
    policy = Policy("P", percent=Decimal(20))
    priced = price_basket([COAT, SHIRT], StaffTerms(policy, 1500))
    assert [p.discount for p in priced] == [1500, 0]
    assert "allowance" in priced[0].rule


def test_regular_price_gives_no_discount_and_says_why():
    priced = price_basket([COAT], RegularPrice("not eligible (on probation): regular price"))
    assert priced[0].discount == 0
    assert priced[0].rule.startswith("not eligible")


def test_department_buys_at_cost_whatever_the_category():
    priced = price_basket([COAT, WINE, line(None, "X", 999)], DepartmentTerms())
    assert [p.discount for p in priced] == [10000, 800, 0]
    assert [p.total for p in priced] == [10000, 1200, 999]


# Properties

amounts = st.integers(min_value=1, max_value=500_000)
percents = st.decimals(min_value=0, max_value=100, places=1)


@st.composite
def baskets(draw):
    skus = ["A", "B", "C", None]
    lines = []
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        price = draw(amounts)
        sku = draw(st.sampled_from(skus))
        cost = None if sku is None else draw(st.integers(min_value=0, max_value=price * 2))
        lines.append(
            BasketLine(
                sku,
                "x",
                draw(st.sampled_from(["CLOTH", "ELEC", "ALCO"])),
                draw(st.integers(min_value=1, max_value=20)),
                price,
                cost,
                draw(st.booleans()),
            )
        )
    return lines


@st.composite
def policies(draw):
    return Policy(
        "P",
        method=draw(st.sampled_from(["percent", "cost_plus"])),
        percent=draw(percents),
        markup=draw(percents),
        open_percent=draw(percents),
        floor_margin_percent=draw(st.none() | percents),
        max_discount_per_sale=draw(st.none() | st.integers(min_value=0, max_value=100_000)),
        max_units_per_sku=draw(st.none() | st.integers(min_value=1, max_value=10)),
        category_percent=draw(st.dictionaries(st.just("ELEC"), percents)),
    )


@given(baskets(), policies(), st.none() | st.integers(min_value=0, max_value=200_000))
def test_discounts_stay_within_every_limit(lines, policy, allowance):
    priced = price_basket(lines, StaffTerms(policy, allowance))
    total_discount = sum(p.discount for p in priced)
    assert sum(p.gross for p in priced) - total_discount == sum(p.total for p in priced)
    seen: dict[str, int] = {}
    for p in priced:
        assert 0 <= p.discount <= p.gross
        if not p.line.discountable:
            assert p.discount == 0
            continue
        units = p.line.qty  # step 5: the first N units of a SKU in the sale are discounted
        if policy.max_units_per_sku is not None and p.line.sku is not None:
            before = seen.get(p.line.sku, 0)
            units = max(0, min(p.line.qty, policy.max_units_per_sku - before))
            seen[p.line.sku] = before + p.line.qty
        floor = policy.floor_margin_percent
        if policy.method == "percent" and floor is not None and p.line.cost is not None:
            ceiling = p.line.unit_price * units - share(p.line.cost * units, 100 + floor, 100)
            assert p.discount <= max(0, ceiling)
        if units == 0:
            assert p.discount == 0
    if policy.max_discount_per_sale is not None:
        assert total_discount <= policy.max_discount_per_sale
    if allowance is not None:
        assert total_discount <= allowance


@given(baskets())
def test_department_discount_is_never_negative_and_total_never_below_cost(lines):
    for p in price_basket(lines, DepartmentTerms()):
        assert p.discount >= 0
        if p.line.cost is not None:
            assert p.total >= min(p.gross, p.line.cost * p.line.qty)


def test_each_reason_is_kept_as_a_key_and_fields_and_worded_again_from_them():
    policies = [
        Policy("Floor", percent=Decimal(30), floor_margin_percent=Decimal(5), max_units_per_sku=1),
        Policy("Cap", percent=Decimal("12.5"), max_discount_per_sale=3000),
        Policy("Cost", method="cost_plus", markup=Decimal(10), open_percent=Decimal(5)),
    ]
    lines = [line("SHIRT", "CLOTH", 4000, 3000, qty=2), COAT, WINE, line(None, "MISC", 900)]
    reasons = [p.rule for policy in policies for p in price_basket(lines, StaffTerms(policy, None))]
    reasons += [p.rule for p in price_basket(lines, StaffTerms(policies[1], 500))]
    reasons += [p.rule for p in price_basket(lines, DepartmentTerms())]
    probation = join(", ", [REASON_WORDS["probation"].text(), REASON_WORDS["self_purchase"].text()])
    reasons.append(REASONS["not_eligible"].format(reasons=probation))
    keys = set()
    for rule in reasons:
        key, args = reason_record(rule)
        assert key is not None and args is not None, rule
        again = reason_text(key, args)
        assert (again, again.source, again.fields) == (rule, rule.source, rule.fields)
        keys |= {key, *re.findall(r'"reason": "(\w+)"', args)}
    assert {"floor", "some_units", "capped", "allowance", "cost_plus", "percent_open"} <= keys
    assert reason_record(
        REASONS["allowance"].format(
            rule=REASONS["percent"].format(percent="20"), left=Amount(1250, "EUR")
        )
    ) == (
        "allowance",
        '{"left": {"amount": 1250, "currency": "EUR"}, '
        '"rule": {"args": {"percent": "20"}, "reason": "percent"}}',
    )


def test_words_no_key_names_are_kept_as_words_alone():
    assert reason_record("refund of line 2") == (None, None)
    assert reason_record(RegularPrice("not eligible (on probation): regular price").why) == (
        None,
        None,
    )


def test_a_line_written_before_the_keys_is_read_back_from_its_words():
    row = {"rule": "20% staff; capped: 50.00 per sale", "rule_key": None, "rule_args": None}
    again = line_reason(row, "EUR")
    assert again == row["rule"] and again.source == REASONS["capped"]
    unknown = {"rule": "20% staff", "rule_key": "a later version's", "rule_args": "{}"}
    assert line_reason(unknown, "EUR") == "20% staff"

"""Pricing a basket: the employee discount per line, within the policy's limits.

Pure functions over integer minor units; the steps follow DESIGN.md's pricing rules in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pos_desktop.core.money import format_amount, percent_text, round_half_up
from pos_desktop.core.rules import Policy


@dataclass(frozen=True)
class BasketLine:
    """One thing the buyer takes: a catalogue product, or an open amount (sku None)."""

    sku: str | None
    name: str
    category: str
    qty: int
    unit_price: int
    cost: int | None
    discountable: bool  # the category's employee_discount flag
    category_name: str = ""


@dataclass(frozen=True)
class PricedLine:
    line: BasketLine
    gross: int
    discount: int
    rule: str

    @property
    def total(self) -> int:
        return self.gross - self.discount


@dataclass(frozen=True)
class RegularPrice:
    """No discount: an external or blocked buyer, or an internal one not eligible now."""

    why: str = "regular price"


@dataclass(frozen=True)
class StaffTerms:
    """An eligible employee, group employee or dependant under a policy."""

    policy: Policy
    allowance_remaining: int | None  # None when the policy has no allowance


@dataclass(frozen=True)
class DepartmentTerms:
    """A department buying for internal use: transfer at cost."""


Terms = RegularPrice | StaffTerms | DepartmentTerms


def price_basket(lines: list[BasketLine], terms: Terms, currency: str = "EUR") -> list[PricedLine]:
    """Price each line in basket order; the discounts add up to the sale's discount."""
    if isinstance(terms, RegularPrice):
        return [PricedLine(ln, ln.unit_price * ln.qty, 0, terms.why) for ln in lines]
    if isinstance(terms, DepartmentTerms):
        return [_department_line(ln) for ln in lines]
    return _staff_lines(lines, terms, currency)


def _department_line(line: BasketLine) -> PricedLine:
    gross = line.unit_price * line.qty
    if line.cost is None:
        return PricedLine(line, gross, 0, "department: open amount at full price")
    return PricedLine(line, gross, max(0, gross - line.cost * line.qty), "department: at cost")


def _pct_of(amount: int, pct: Decimal) -> int:
    return round_half_up(Decimal(amount) * pct / 100)


def _staff_lines(lines: list[BasketLine], terms: StaffTerms, currency: str) -> list[PricedLine]:
    policy = terms.policy
    per_sale_left = policy.max_discount_per_sale
    allowance_left = terms.allowance_remaining
    units_seen: dict[str, int] = {}
    priced = []
    for line in lines:
        gross = line.unit_price * line.qty
        if not line.discountable:
            label = line.category_name or line.category
            priced.append(PricedLine(line, gross, 0, f"{label}: no discount"))
            continue
        units = line.qty
        if policy.max_units_per_sku is not None and line.sku is not None:
            seen = units_seen.get(line.sku, 0)
            units = max(0, min(line.qty, policy.max_units_per_sku - seen))
            units_seen[line.sku] = seen + line.qty
        if units == 0:
            limit = policy.max_units_per_sku
            priced.append(PricedLine(line, gross, 0, f"over {limit} per item: no discount"))
            continue
        discount, rule = _line_discount(line, units, policy)
        if units < line.qty:
            rule += f"; only {policy.max_units_per_sku} per item discounted"
        limits = [v for v in (per_sale_left, allowance_left) if v is not None]
        if limits and discount > min(limits):
            discount = min(limits)
            if per_sale_left is not None and per_sale_left == discount:
                assert policy.max_discount_per_sale is not None
                cap = format_amount(policy.max_discount_per_sale, currency)
                rule += f"; capped: {cap} per sale"
            else:
                rule += f"; allowance: {format_amount(discount, currency)} left"
        if per_sale_left is not None:
            per_sale_left -= discount
        if allowance_left is not None:
            allowance_left -= discount
        priced.append(PricedLine(line, gross, discount, rule))
    return priced


def _line_discount(line: BasketLine, units: int, policy: Policy) -> tuple[int, str]:
    """Steps 2-4 on the discounted units: percent or cost-plus, then the floor."""
    base = line.unit_price * units
    if policy.method == "cost_plus":
        if line.cost is None:
            pct = policy.open_percent
            return _pct_of(base, pct), f"{percent_text(pct)}% staff (open amount)"
        target = _pct_of(line.cost * units, 100 + policy.markup)
        return max(0, base - target), f"cost + {percent_text(policy.markup)}%"
    pct = policy.percent_for(line.category)
    discount = _pct_of(base, pct)
    rule = f"{percent_text(pct)}% staff"
    floor = policy.floor_margin_percent
    if floor is not None and line.cost is not None:
        ceiling = max(0, base - _pct_of(line.cost * units, 100 + floor))
        if discount > ceiling:
            discount = ceiling
            rule += f", held at cost + {percent_text(floor)}%"
    return discount, rule

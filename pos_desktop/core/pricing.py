"""Pricing a basket: the employee discount per line, within the policy's limits.

Pure functions over integer minor units; the steps follow DESIGN.md's pricing rules in order.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from decimal import Decimal

from pos_desktop.core.errors import InputError
from pos_desktop.core.money import Amount, parse_amount, percent_text, round_half_up
from pos_desktop.core.rules import Policy
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text, join
from pos_desktop.core.verdict import REASON_WORDS


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

    why: str = QT_TRANSLATE_NOOP("Pricing", "regular price").text()


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
        why = QT_TRANSLATE_NOOP("Pricing", "department: open amount at full price").text()
        return PricedLine(line, gross, 0, why)
    why = QT_TRANSLATE_NOOP("Pricing", "department: at cost").text()
    return PricedLine(line, gross, max(0, gross - line.cost * line.qty), why)


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
            why = QT_TRANSLATE_NOOP("Pricing", "{category}: no discount").format(category=label)
            priced.append(PricedLine(line, gross, 0, why))
            continue
        units = line.qty
        if policy.max_units_per_sku is not None and line.sku is not None:
            seen = units_seen.get(line.sku, 0)
            units = max(0, min(line.qty, policy.max_units_per_sku - seen))
            units_seen[line.sku] = seen + line.qty
        if units == 0:
            limit = policy.max_units_per_sku
            why = QT_TRANSLATE_NOOP("Pricing", "over {limit} per item: no discount").format(
                limit=limit
            )
            priced.append(PricedLine(line, gross, 0, why))
            continue
        discount, rule = _line_discount(line, units, policy)
        if units < line.qty:
            rule = QT_TRANSLATE_NOOP("Pricing", "{rule}; only {limit} per item discounted").format(
                rule=rule, limit=policy.max_units_per_sku
            )
        limits = [v for v in (per_sale_left, allowance_left) if v is not None]
        if limits and discount > min(limits):
            discount = min(limits)
            if per_sale_left is not None and per_sale_left == discount:
                assert policy.max_discount_per_sale is not None
                cap = Amount(policy.max_discount_per_sale, currency)
                rule = QT_TRANSLATE_NOOP("Pricing", "{rule}; capped: {cap} per sale").format(
                    rule=rule, cap=cap
                )
            else:
                rule = QT_TRANSLATE_NOOP("Pricing", "{rule}; allowance: {left} left").format(
                    rule=rule, left=Amount(discount, currency)
                )
        if per_sale_left is not None:
            per_sale_left -= discount
        if allowance_left is not None:
            allowance_left -= discount
        priced.append(PricedLine(line, gross, discount, rule))
    return priced


def _line_discount(line: BasketLine, units: int, policy: Policy) -> tuple[int, Text]:
    """Steps 2-4 on the discounted units: percent or cost-plus, then the floor."""
    base = line.unit_price * units
    if policy.method == "cost_plus":
        if line.cost is None:
            pct = policy.open_percent
            why = QT_TRANSLATE_NOOP("Pricing", "{percent}% staff (open amount)")
            return _pct_of(base, pct), why.format(percent=percent_text(pct))
        target = _pct_of(line.cost * units, 100 + policy.markup)
        why = QT_TRANSLATE_NOOP("Pricing", "cost + {percent}%")
        return max(0, base - target), why.format(percent=percent_text(policy.markup))
    pct = policy.percent_for(line.category)
    discount = _pct_of(base, pct)
    rule = QT_TRANSLATE_NOOP("Pricing", "{percent}% staff").format(percent=percent_text(pct))
    floor = policy.floor_margin_percent
    if floor is not None and line.cost is not None:
        ceiling = max(0, base - _pct_of(line.cost * units, 100 + floor))
        if discount > ceiling:
            discount = ceiling
            rule = QT_TRANSLATE_NOOP("Pricing", "{rule}, held at cost + {percent}%").format(
                rule=rule, percent=percent_text(floor)
            )
    return discount, rule


# The reasons as the journal keeps them (English), read back into Texts for a reprint in
# another language: the longest templates first, a {rule} field read back in turn.
_RULES = (
    QT_TRANSLATE_NOOP("Pricing", "{rule}; capped: {cap} per sale"),
    QT_TRANSLATE_NOOP("Pricing", "{rule}; allowance: {left} left"),
    QT_TRANSLATE_NOOP("Pricing", "{rule}; only {limit} per item discounted"),
    QT_TRANSLATE_NOOP("Pricing", "{rule}, held at cost + {percent}%"),
    QT_TRANSLATE_NOOP("Pricing", "not eligible ({reasons}): regular price"),
    QT_TRANSLATE_NOOP("Pricing", "{percent}% staff (open amount)"),
    QT_TRANSLATE_NOOP("Pricing", "{percent}% staff"),
    QT_TRANSLATE_NOOP("Pricing", "cost + {percent}%"),
    QT_TRANSLATE_NOOP("Pricing", "over {limit} per item: no discount"),
    QT_TRANSLATE_NOOP("Pricing", "{category}: no discount"),
    QT_TRANSLATE_NOOP("Pricing", "blocked: regular price"),
    QT_TRANSLATE_NOOP("Pricing", "regular price"),
    QT_TRANSLATE_NOOP("Pricing", "department: open amount at full price"),
    QT_TRANSLATE_NOOP("Pricing", "department: at cost"),
)


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(
        re.escape(part) if n % 2 == 0 else f"(?P<{part}>.+{'' if part == 'rule' else '?'})"
        for n, part in enumerate(parts)
    )
    return re.compile(regex)


_RULE_PATTERNS = [(template, _pattern(template)) for template in _RULES]


def reread_rule(text: str, currency: str) -> str:
    """A reason as the journal keeps it, as a Text to show in the language in use; a text
    no template reads (written by an older version) is given back as it is."""
    for template, pattern in _RULE_PATTERNS:
        found = pattern.fullmatch(text)
        if found is None:
            continue
        fields: dict[str, object] = dict(found.groupdict())
        if "rule" in fields:
            fields["rule"] = reread_rule(found["rule"], currency)
        if "reasons" in fields:
            fields["reasons"] = join(", ", [_reason(r) for r in found["reasons"].split(", ")])
        for name in ("cap", "left"):
            if name in fields:
                with contextlib.suppress(InputError):  # written in another currency's way
                    fields[name] = Amount(parse_amount(found[name], currency), currency)
        return template.format(**fields)
    return text


def _reason(english: str) -> str:
    for word in REASON_WORDS.values():
        if word == english:
            return word.text()
    return english

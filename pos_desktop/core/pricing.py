"""Pricing a basket: the employee discount per line, within the policy's limits.

Pure functions over integer minor units; the steps follow DESIGN.md's pricing rules in order.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from pos_desktop.core.errors import InputError
from pos_desktop.core.money import Amount, parse_amount, percent_text, round_half_up
from pos_desktop.core.policies import Policy
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Template, Text, join
from pos_desktop.core.verdict import REASON_WORDS

# Every reason a line is priced for, by the key the journal keeps beside its English words
# (sale_lines.rule_key, with the reason's fields as JSON in rule_args), so a reprint words it
# in the language in use without reading the English back. A key names one meaning with its
# fields: a template may be reworded, but a new meaning or field takes a new key.
REASONS: dict[str, Template] = {
    "regular": QT_TRANSLATE_NOOP("Pricing", "regular price"),
    "blocked": QT_TRANSLATE_NOOP("Pricing", "blocked: regular price"),
    "not_eligible": QT_TRANSLATE_NOOP("Pricing", "not eligible ({reasons}): regular price"),
    "held_after_blocked": QT_TRANSLATE_NOOP(
        "Pricing",
        "customer changed after a blocked badge: regular price until a supervisor approves",
    ),
    "held_department": QT_TRANSLATE_NOOP(
        "Pricing", "an employee's basket moved to a department: regular price until approved"
    ),
    "department_open": QT_TRANSLATE_NOOP("Pricing", "department: open amount at full price"),
    "department_cost": QT_TRANSLATE_NOOP("Pricing", "department: at cost"),
    "no_discount": QT_TRANSLATE_NOOP("Pricing", "{category}: no discount"),
    "over_units": QT_TRANSLATE_NOOP("Pricing", "over {limit} per item: no discount"),
    "some_units": QT_TRANSLATE_NOOP("Pricing", "{rule}; only {limit} per item discounted"),
    "capped": QT_TRANSLATE_NOOP("Pricing", "{rule}; capped: {cap} per sale"),
    "allowance": QT_TRANSLATE_NOOP("Pricing", "{rule}; allowance: {left} left"),
    "percent": QT_TRANSLATE_NOOP("Pricing", "{percent}% staff"),
    "percent_open": QT_TRANSLATE_NOOP("Pricing", "{percent}% staff (open amount)"),
    "cost_plus": QT_TRANSLATE_NOOP("Pricing", "cost + {percent}%"),
    "floor": QT_TRANSLATE_NOOP("Pricing", "{rule}, held at cost + {percent}%"),
}
HELD = REASONS["held_after_blocked"]
HELD_DEPARTMENT = REASONS["held_department"]


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

    why: str = REASONS["regular"].text()


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
        return PricedLine(line, gross, 0, REASONS["department_open"].text())
    why = REASONS["department_cost"].text()
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
            why = REASONS["no_discount"].format(category=label)
            priced.append(PricedLine(line, gross, 0, why))
            continue
        units = line.qty
        if policy.max_units_per_sku is not None and line.sku is not None:
            seen = units_seen.get(line.sku, 0)
            units = max(0, min(line.qty, policy.max_units_per_sku - seen))
            units_seen[line.sku] = seen + line.qty
        if units == 0:
            limit = policy.max_units_per_sku
            why = REASONS["over_units"].format(limit=limit)
            priced.append(PricedLine(line, gross, 0, why))
            continue
        discount, rule = _line_discount(line, units, policy)
        if units < line.qty:
            rule = REASONS["some_units"].format(rule=rule, limit=policy.max_units_per_sku)
        limits = [v for v in (per_sale_left, allowance_left) if v is not None]
        if limits and discount > min(limits):
            discount = min(limits)
            if per_sale_left is not None and per_sale_left == discount:
                assert policy.max_discount_per_sale is not None
                cap = Amount(policy.max_discount_per_sale, currency)
                rule = REASONS["capped"].format(rule=rule, cap=cap)
            else:
                rule = REASONS["allowance"].format(rule=rule, left=Amount(discount, currency))
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
            return _pct_of(base, pct), REASONS["percent_open"].format(percent=percent_text(pct))
        target = _pct_of(line.cost * units, 100 + policy.markup)
        why = REASONS["cost_plus"].format(percent=percent_text(policy.markup))
        return max(0, base - target), why
    pct = policy.percent_for(line.category)
    discount = _pct_of(base, pct)
    rule = REASONS["percent"].format(percent=percent_text(pct))
    floor = policy.floor_margin_percent
    if floor is not None and line.cost is not None:
        ceiling = max(0, base - _pct_of(line.cost * units, 100 + floor))
        if discount > ceiling:
            discount = ceiling
            rule = REASONS["floor"].format(rule=rule, percent=percent_text(floor))
    return discount, rule


_KEYS = {(template.context, str(template)): key for key, template in REASONS.items()}
_WORDS = {(word.context, str(word)): code for code, word in REASON_WORDS.items()}


class _Unkeyed(Exception):
    """A reason, or one of its fields, that no key names."""


def reason_record(rule: str) -> tuple[str | None, str | None]:
    """A line's reason as the journal keeps it beside its English words: its key and its
    fields as JSON, or (None, None) for words no key names (a refund line's)."""
    if not isinstance(rule, Text) or (rule.context, rule.source) not in _KEYS:
        return None, None
    try:
        args = {name: _encoded(value) for name, value in rule.fields.items()}
    except _Unkeyed:
        return None, None
    return _KEYS[rule.context, rule.source], json.dumps(args, ensure_ascii=False, sort_keys=True)


def _encoded(value: object) -> object:
    if isinstance(value, Amount):
        return {"amount": value.minor, "currency": value.currency}
    if isinstance(value, Text):
        key = (value.context, value.source)
        if key in _KEYS:
            fields = {name: _encoded(field) for name, field in value.fields.items()}
            return {"reason": _KEYS[key], "args": fields}
        if key in _WORDS:
            return {"word": _WORDS[key]}
        if not value.context:  # a join
            return {"join": value.source, "items": [_encoded(i) for i in value.fields["items"]]}
        raise _Unkeyed(value)
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise _Unkeyed(value)
    return int(value) if isinstance(value, int) else str(value)


def reason_text(key: str, args: str) -> Text:
    """A reason from its key and fields (reason_record), as a Text to show in the language
    in use. KeyError or ValueError when the key or a field is not one this version knows."""
    fields = json.loads(args)
    if not isinstance(fields, dict):
        raise ValueError(args)
    return REASONS[key].format(**{name: _decoded(value) for name, value in fields.items()})


def _decoded(value: object) -> object:
    if not isinstance(value, dict):
        return value
    if "amount" in value:
        return Amount(int(value["amount"]), str(value["currency"]))
    if "reason" in value:
        fields = {name: _decoded(field) for name, field in value["args"].items()}
        return REASONS[value["reason"]].format(**fields)
    if "word" in value:
        return REASON_WORDS[value["word"]].text()
    if "join" in value:
        return join(str(value["join"]), [str(_decoded(item)) for item in value["items"]])
    raise ValueError(value)


def line_reason(row: sqlite3.Row | Mapping[str, object], currency: str) -> str:
    """A journal line's reason to show in the language in use: worded from its key and
    fields; a line written before keys were kept is read back from its English words, and a
    key this version does not know gives the English words as they are."""
    english = str(row["rule"])
    key, args = row["rule_key"], row["rule_args"]
    if key is None or args is None:
        return reread_rule(english, currency)
    try:
        return reason_text(str(key), str(args))
    except (KeyError, ValueError, TypeError):
        return english


# For a line written before its reason's key was kept: the templates to read its English words
# back with, the longest first, a {rule} field read back in turn.
_REREAD = (
    "capped",
    "allowance",
    "some_units",
    "floor",
    "not_eligible",
    "held_after_blocked",
    "held_department",
    "percent_open",
    "percent",
    "cost_plus",
    "over_units",
    "no_discount",
    "blocked",
    "regular",
    "department_open",
    "department_cost",
)


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(
        re.escape(part) if n % 2 == 0 else f"(?P<{part}>.+{'' if part == 'rule' else '?'})"
        for n, part in enumerate(parts)
    )
    return re.compile(regex)


@functools.cache  # compiled on the first reprint of an old sale, not at every till's start
def _rule_patterns() -> list[tuple[Template, re.Pattern[str]]]:
    return [(REASONS[key], _pattern(REASONS[key])) for key in _REREAD]


def reread_rule(text: str, currency: str) -> str:
    """A reason as a journal line written before keys were kept holds it (English), as a Text
    to show in the language in use; a text no template reads is given back as it is."""
    for template, pattern in _rule_patterns():
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

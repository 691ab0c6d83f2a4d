"""A discount policy as the admin window's form holds it (texts as typed, choices as codes),
turned into a Policy with each problem named by its field in the admin's words, and the
preview of what one item would cost under it. The window only collects and shows."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pos_desktop.core.errors import FieldError, InputError
from pos_desktop.core.money import format_amount, parse_amount, parse_percent, percent_text
from pos_desktop.core.policies import (
    POLICY_FIELDS,
    Allowance,
    Method,
    Policy,
    PolicyField,
    Relation,
)
from pos_desktop.core.pricing import BasketLine, PricedLine, StaffTerms, price_basket
from pos_desktop.core.rules import Category, Rules
from pos_desktop.core.staff import EMPLOYMENT_TYPES
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Template, Text

# The allowance periods a form offers; "rolling" takes its number of days from the form.
PERIODS = ("year", "month", "rolling")
MAX_DAYS = 3660

# The form's words for each field, for the problems that name it: each policy field's from
# POLICY_FIELDS, a rolling period's days, and the preview's sample item.
DAYS_WORDS = QT_TRANSLATE_NOOP("PolicyForm", "the number of days")
FIELD_WORDS: dict[str, Template] = {
    **{f.form_key: f.words for f in POLICY_FIELDS if f.words is not None},
    **{f.days_form: DAYS_WORDS for f in POLICY_FIELDS if f.days_form},
    "sample_price": QT_TRANSLATE_NOOP("PolicyForm", "the preview price"),
    "sample_cost": QT_TRANSLATE_NOOP("PolicyForm", "the preview cost"),
}


@dataclass(frozen=True)
class PolicyForm:
    """One policy's fields as typed: numbers and amounts as text (empty: not set), the
    employment types chosen (none: any), the category rates as (category code, percent).
    Its fields are POLICY_FIELDS' form keys (an amount per period's three), with the form's
    defaults; form_from_policy and policy_from_form go by POLICY_FIELDS."""

    name: str = ""
    relation: str | None = None
    employment: tuple[str, ...] = ()
    method: str = "percent"
    percent: str = ""
    markup: str = ""
    open_percent: str = ""
    floor_margin_percent: str = ""
    max_discount_per_sale: str = ""
    allowance_amount: str = ""
    allowance_period: str = "year"
    rolling_days: str = ""
    payroll_amount: str = ""
    payroll_period: str = "month"
    payroll_days: str = ""
    probation_days: str = ""
    max_units_per_sku: str = ""
    dependants: bool = True
    category_percent: tuple[tuple[str, str], ...] = ()


def form_from_policy(policy: Policy, currency: str) -> PolicyForm:
    """A saved policy as its form shows it."""
    values: dict[str, Any] = {}
    for spec in POLICY_FIELDS:
        values.update(_shown(spec, policy, currency))
    return PolicyForm(**values)


def _shown(spec: PolicyField, policy: Policy, currency: str) -> dict[str, Any]:
    """One policy field as the form shows it, by its form keys. A number or amount at its
    default is left empty, unless the field belongs to a method (then it shows for a
    policy of that method only)."""
    value = getattr(policy, spec.field)
    key = spec.form_key
    if spec.kind == "per period":
        period, days = spec.period, ""
        if value is not None and value.period.startswith("rolling:"):
            period, days = "rolling", value.period.split(":", 1)[1]
        elif value is not None:
            period = value.period
        amount = "" if value is None else format_amount(value.amount, currency)
        return {key: amount, spec.period_form: period, spec.days_form: days}
    if spec.kind == "employment":
        return {key: value or ()}
    if spec.kind == "rates":
        return {key: tuple((code, percent_text(pct)) for code, pct in sorted(value.items()))}
    if spec.kind in ("text", "relation", "method", "switch"):
        return {key: value}
    shown = policy.method == spec.method if spec.method else value != spec.default
    if not shown or value is None:
        return {key: ""}
    if spec.kind == "optional amount":
        return {key: format_amount(value, currency)}
    if spec.kind in ("whole", "optional whole"):
        return {key: str(value)}
    return {key: percent_text(value)}


def policy_from_form(form: PolicyForm, currency: str, categories: dict[str, Category]) -> Policy:
    """The form as a Policy, checked as a config file's policy is; the first problem, in the
    form's order, raises FieldError naming its field, in words that need no knowledge of the
    config file."""
    values: dict[str, Any] = {}
    for spec in POLICY_FIELDS:
        values[spec.field] = _read(spec, form, currency, categories)
    return Policy(**values)


def _read(
    spec: PolicyField, form: PolicyForm, currency: str, categories: dict[str, Category]
) -> Any:
    """One policy field from the form, checked."""
    key = spec.form_key
    typed = getattr(form, key)
    if spec.kind == "text":
        return _name(typed)
    if spec.kind == "relation":
        return _relation(typed)
    if spec.kind == "employment":
        return tuple(typed) or None
    if spec.kind == "method":
        return _method(typed)
    if spec.kind == "markup":
        return _markup(typed) if form.method == "cost_plus" else Decimal(0)
    if spec.kind in ("percent", "optional percent"):
        found = _percent(typed, key)
        return found if found is not None or spec.kind == "optional percent" else Decimal(0)
    if spec.kind == "optional amount":
        return _amount(typed, currency, key)
    if spec.kind == "per period":
        period, days = getattr(form, spec.period_form), getattr(form, spec.days_form)
        return _limit(typed, period, days, currency, (key, spec.period_form, spec.days_form))
    if spec.kind in ("whole", "optional whole"):
        whole = _whole(typed, key, spec.least, spec.most)
        return whole if whole is not None or spec.kind == "optional whole" else spec.default
    if spec.kind == "switch":
        return bool(typed)
    return _rates(typed, categories)


def _name(typed: str) -> str:
    name = typed.strip()
    if not name:
        raise FieldError(QT_TRANSLATE_NOOP("PolicyForm", "the name is empty").text(), "name")
    return name


def _relation(typed: str | None) -> Relation | None:
    if typed not in (None, "own", "group"):
        raise FieldError(
            QT_TRANSLATE_NOOP("PolicyForm", "choose which companies it applies to").text(),
            "relation",
        )
    return "own" if typed == "own" else "group" if typed else None


def _method(typed: str) -> Method:
    if typed not in ("percent", "cost_plus"):
        raise FieldError(
            QT_TRANSLATE_NOOP("PolicyForm", "choose percent off or cost plus markup").text(),
            "method",
        )
    return "cost_plus" if typed == "cost_plus" else "percent"


def _rates(
    typed: tuple[tuple[str, str], ...], categories: dict[str, Category]
) -> dict[str, Decimal]:
    """The category rates: each a category of the store, once, at a percentage."""
    rates: dict[str, Decimal] = {}
    for code, text in typed:
        if code not in categories:
            raise FieldError(
                QT_TRANSLATE_NOOP("PolicyForm", "choose a category for each rate").text(),
                "category_percent",
            )
        label = categories[code].name
        if code in rates:
            raise FieldError(
                QT_TRANSLATE_NOOP("PolicyForm", "{category} has two rates").format(category=label),
                "category_percent",
            )
        try:
            rates[code] = parse_percent(text, what=label)
        except InputError as exc:
            raise FieldError(exc.args[0], "category_percent") from None
    return rates


def _limit(
    amount_text: str, period: str, days_text: str, currency: str, fields: tuple[str, str, str]
) -> Allowance | None:
    """An amount per period (the allowance, the payroll limit), or None when no amount is
    typed; a rolling period takes its number of days."""
    amount_field, period_field, days_field = fields
    if period not in PERIODS:
        raise FieldError(
            QT_TRANSLATE_NOOP("PolicyForm", "choose the period of {what}").format(
                what=_what(amount_field)
            ),
            period_field,
        )
    amount = _amount(amount_text, currency, amount_field)
    if amount is None:
        return None
    if period == "rolling":
        days = _whole(days_text, days_field, 1, MAX_DAYS)
        if days is None:
            raise FieldError(
                QT_TRANSLATE_NOOP("PolicyForm", "a rolling period needs its number of days").text(),
                days_field,
            )
        period = f"rolling:{days}"
    return Allowance(amount, period)


def _what(field: str) -> Text:
    return FIELD_WORDS[field].text()


def _percent(text: str, field: str) -> Decimal | None:
    if not text.strip():
        return None
    try:
        return parse_percent(text.strip(), what=_what(field))
    except InputError as exc:
        raise FieldError(exc.args[0], field) from None


def _markup(text: str) -> Decimal:
    """A margin over cost: 0 to 1000 percent, at most two decimals; a cost-plus policy needs
    one."""
    if not text.strip():
        raise FieldError(
            QT_TRANSLATE_NOOP("PolicyForm", "a cost-plus policy needs a markup").text(), "markup"
        )
    try:
        value = Decimal(text.strip().replace(",", "."))
    except ArithmeticError:
        value = Decimal(-1)
    if not value.is_finite() or not 0 <= value <= 1000 or value != value.quantize(Decimal("0.01")):
        raise FieldError(
            QT_TRANSLATE_NOOP(
                "PolicyForm", "{what} must be a percentage from 0 to 1000, not {value}"
            ).format(what=_what("markup"), value=repr(text.strip())),
            "markup",
        )
    return value


def _amount(text: str, currency: str, field: str) -> int | None:
    if not text.strip():
        return None
    try:
        return parse_amount(text.strip(), currency, what=_what(field))
    except InputError as exc:
        raise FieldError(exc.args[0], field) from None


def _whole(text: str, field: str, minimum: int, maximum: int) -> int | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    if not (cleaned.isascii() and cleaned.isdigit()) or not minimum <= int(cleaned) <= maximum:
        raise FieldError(
            QT_TRANSLATE_NOOP(
                "PolicyForm", "{what} must be a whole number from {minimum} to {maximum}"
            ).format(what=_what(field), minimum=minimum, maximum=maximum),
            field,
        )
    return int(cleaned)


def preview(
    policy: Policy,
    price: str,
    cost: str,
    category: str,
    rules: Rules,
) -> PricedLine:
    """What one item at `price` (its cost `cost`, in `category`) costs a holder of `policy`;
    a price or cost that is not an amount raises FieldError naming it."""
    currency = rules.settings.currency
    unit_price = _amount(price, currency, "sample_price")
    if unit_price is None:
        raise FieldError(
            QT_TRANSLATE_NOOP("PolicyForm", "give the preview price").text(), "sample_price"
        )
    unit_cost = _amount(cost, currency, "sample_cost")
    found = rules.categories.get(category)
    line = BasketLine(
        "SAMPLE",
        "sample",
        category,
        1,
        unit_price,
        unit_cost,
        found.employee_discount if found else True,
        found.name if found else category,
    )
    return price_basket([line], StaffTerms(policy, None), currency)[0]


def preview_category(rules: Rules, policy: Policy | None = None) -> str:
    """The category a preview starts on: one the policy gives its own rate to, else the
    first that gets the employee discount, else the first."""
    if policy is not None:
        for code in policy.category_percent:
            found = rules.categories.get(code)
            if found is not None and found.employee_discount:
                return code
    for code, found in rules.categories.items():
        if found.employee_discount:
            return code
    return next(iter(rules.categories), "")


def employment_choices(conn: sqlite3.Connection, rules: Rules) -> list[str]:
    """The employment types a policy can name: the usual ones, then any other the registry
    or a policy uses, in the order first seen."""
    found = list(EMPLOYMENT_TYPES)
    for (code,) in conn.execute("SELECT DISTINCT employment_type FROM staff ORDER BY 1"):
        if code and code not in found:
            found.append(code)
    for policy in rules.policies:
        for code in policy.employment or ():
            if code not in found:
                found.append(code)
    return found

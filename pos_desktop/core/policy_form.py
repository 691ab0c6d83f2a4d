"""A discount policy as the admin window's form holds it (texts as typed, choices as codes),
turned into a Policy with each problem named by its field in the admin's words, and the
preview of what one item would cost under it. The window only collects and shows."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal

from pos_desktop.core.errors import FieldError, InputError
from pos_desktop.core.money import format_amount, parse_amount, parse_percent, percent_text
from pos_desktop.core.pricing import BasketLine, PricedLine, StaffTerms, price_basket
from pos_desktop.core.rules import Allowance, Category, Policy, Rules
from pos_desktop.core.staff import EMPLOYMENT_TYPES
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Template, Text

# The allowance periods a form offers; "rolling" takes its number of days from the form.
PERIODS = ("year", "month", "rolling")
MAX_DAYS = 3660

# Each field as the form labels it, for the problems that name it.
FIELD_WORDS: dict[str, Template] = {
    "name": QT_TRANSLATE_NOOP("PolicyForm", "the name"),
    "employment": QT_TRANSLATE_NOOP("PolicyForm", "the employment types"),
    "percent": QT_TRANSLATE_NOOP("PolicyForm", "the percent"),
    "markup": QT_TRANSLATE_NOOP("PolicyForm", "the markup"),
    "open_percent": QT_TRANSLATE_NOOP("PolicyForm", "the percent for open amounts"),
    "floor_margin_percent": QT_TRANSLATE_NOOP("PolicyForm", "the floor above cost"),
    "max_discount_per_sale": QT_TRANSLATE_NOOP("PolicyForm", "the cap per sale"),
    "allowance_amount": QT_TRANSLATE_NOOP("PolicyForm", "the allowance"),
    "rolling_days": QT_TRANSLATE_NOOP("PolicyForm", "the number of days"),
    "payroll_amount": QT_TRANSLATE_NOOP("PolicyForm", "the payroll limit"),
    "payroll_days": QT_TRANSLATE_NOOP("PolicyForm", "the number of days"),
    "probation_days": QT_TRANSLATE_NOOP("PolicyForm", "the probation days"),
    "max_units_per_sku": QT_TRANSLATE_NOOP("PolicyForm", "the units per item"),
    "category_percent": QT_TRANSLATE_NOOP("PolicyForm", "the category rates"),
    "sample_price": QT_TRANSLATE_NOOP("PolicyForm", "the preview price"),
    "sample_cost": QT_TRANSLATE_NOOP("PolicyForm", "the preview cost"),
}


@dataclass(frozen=True)
class PolicyForm:
    """One policy's fields as typed: numbers and amounts as text (empty: not set), the
    employment types chosen (none: any), the category rates as (category code, percent)."""

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


def _period_choice(limit: Allowance | None, default: str) -> tuple[str, str]:
    """A limit's period as the form chooses it, and its number of days when rolling."""
    if limit is None:
        return default, ""
    if limit.period.startswith("rolling:"):
        return "rolling", limit.period.split(":", 1)[1]
    return limit.period, ""


def form_from_policy(policy: Policy, currency: str) -> PolicyForm:
    """A saved policy as its form shows it."""
    period, days = _period_choice(policy.allowance, "year")
    payroll_period, payroll_days = _period_choice(policy.payroll_limit, "month")
    return PolicyForm(
        name=policy.name,
        relation=policy.relation,
        employment=policy.employment or (),
        method=policy.method,
        percent=percent_text(policy.percent) if policy.method == "percent" else "",
        markup=percent_text(policy.markup) if policy.method == "cost_plus" else "",
        open_percent=percent_text(policy.open_percent) if policy.open_percent else "",
        floor_margin_percent=(
            "" if policy.floor_margin_percent is None else percent_text(policy.floor_margin_percent)
        ),
        max_discount_per_sale=(
            ""
            if policy.max_discount_per_sale is None
            else format_amount(policy.max_discount_per_sale, currency)
        ),
        allowance_amount=(
            "" if policy.allowance is None else format_amount(policy.allowance.amount, currency)
        ),
        allowance_period=period,
        rolling_days=days,
        payroll_amount=(
            ""
            if policy.payroll_limit is None
            else format_amount(policy.payroll_limit.amount, currency)
        ),
        payroll_period=payroll_period,
        payroll_days=payroll_days,
        probation_days=str(policy.probation_days) if policy.probation_days else "",
        max_units_per_sku="" if policy.max_units_per_sku is None else str(policy.max_units_per_sku),
        dependants=policy.dependants,
        category_percent=tuple(
            (code, percent_text(pct)) for code, pct in sorted(policy.category_percent.items())
        ),
    )


def policy_from_form(form: PolicyForm, currency: str, categories: dict[str, Category]) -> Policy:
    """The form as a Policy, checked as a config file's policy is; the first problem raises
    FieldError naming its field, in words that need no knowledge of the config file."""
    name = form.name.strip()
    if not name:
        raise FieldError(QT_TRANSLATE_NOOP("PolicyForm", "the name is empty").text(), "name")
    if form.relation not in (None, "own", "group"):
        raise FieldError(
            QT_TRANSLATE_NOOP("PolicyForm", "choose which companies it applies to").text(),
            "relation",
        )
    if form.method not in ("percent", "cost_plus"):
        raise FieldError(
            QT_TRANSLATE_NOOP("PolicyForm", "choose percent off or cost plus markup").text(),
            "method",
        )
    markup = Decimal(0)
    if form.method == "cost_plus":
        if not form.markup.strip():
            raise FieldError(
                QT_TRANSLATE_NOOP("PolicyForm", "a cost-plus policy needs a markup").text(),
                "markup",
            )
        markup = _markup(form.markup)
    allowance = _limit(
        form.allowance_amount,
        form.allowance_period,
        form.rolling_days,
        currency,
        ("allowance_amount", "allowance_period", "rolling_days"),
    )
    payroll_limit = _limit(
        form.payroll_amount,
        form.payroll_period,
        form.payroll_days,
        currency,
        ("payroll_amount", "payroll_period", "payroll_days"),
    )
    rates: dict[str, Decimal] = {}
    for code, text in form.category_percent:
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
    return Policy(
        name=name,
        method="cost_plus" if form.method == "cost_plus" else "percent",
        relation="own" if form.relation == "own" else "group" if form.relation else None,
        employment=tuple(form.employment) or None,
        percent=_percent(form.percent, "percent") or Decimal(0),
        markup=markup,
        open_percent=_percent(form.open_percent, "open_percent") or Decimal(0),
        floor_margin_percent=_percent(form.floor_margin_percent, "floor_margin_percent"),
        max_discount_per_sale=_amount(
            form.max_discount_per_sale, currency, "max_discount_per_sale"
        ),
        allowance=allowance,
        payroll_limit=payroll_limit,
        probation_days=_whole(form.probation_days, "probation_days", 0, MAX_DAYS) or 0,
        max_units_per_sku=_whole(form.max_units_per_sku, "max_units_per_sku", 1, 9999),
        dependants=form.dependants,
        category_percent=rates,
    )


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
    """A margin over cost: 0 to 1000 percent, at most two decimals."""
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

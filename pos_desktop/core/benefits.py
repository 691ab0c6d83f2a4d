"""The staff discount as a taxable benefit in kind, valued per employee per year by the store's
jurisdiction (`[tax]`), for payroll to report.

Each rule set values one journal line (a sale's line, or a refund's, which counts against the
year it was made in) from what the shop knows of it: the shelf price (`gross`), what the buyer
paid (`gross - discount`) and the employer's cost. Its parameters are documented here and in
the README, each with a default that the config may override; the README names the law.

Only the own company's staff count (an employee's purchases and their dependants', on the
employee's account): department orders, group companies' staff (their employer reports them)
and external customers never do.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, Literal

from pos_desktop.core import clock
from pos_desktop.core.errors import InputError
from pos_desktop.core.money import (
    Amount,
    format_amount,
    parse_amount,
    parse_percent,
    percent_text,
)
from pos_desktop.core.money import round_half_up as _round
from pos_desktop.core.rules import Rules, TaxRules
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Template, Text, join

Kind = Literal["percent", "amount"]


@dataclass(frozen=True)
class Parameter:
    key: str
    kind: Kind
    default: str  # as the config writes it: "96" (percent), "1080.00" (amount)
    about: str


@dataclass(frozen=True)
class LineValue:
    """What a rule set makes of one line: the benefit it counts, and the part of it that is
    tax-free line by line (the yearly free amount is applied per employee, later)."""

    benefit: int
    tax_free: int = 0


@dataclass(frozen=True)
class RuleSet:
    code: str
    name: str
    params: tuple[Parameter, ...]
    value: Callable[[int, int, int | None, Mapping[str, Any]], LineValue]
    yearly_free: str | None = None  # the parameter holding a tax-free amount per year


def _none(gross: int, discount: int, cost: int | None, p: Mapping[str, Any]) -> LineValue:
    return LineValue(0)


def _beyond_public(gross: int, discount: int, cost: int | None, p: Mapping[str, Any]) -> LineValue:
    # PL and RO: what staff get beyond the discount the public is offered is income.
    public = _round(Decimal(gross) * p["public_discount_percent"] / 100)
    return LineValue(max(0, discount - public))


def _germany(gross: int, discount: int, cost: int | None, p: Mapping[str, Any]) -> LineValue:
    # §8(3) EStG: the shelf price less the allowance of `price_percent`, less what was paid.
    valued = _round(Decimal(gross) * p["price_percent"] / 100)
    return LineValue(max(0, valued - (gross - discount)))


def _austria(gross: int, discount: int, cost: int | None, p: Mapping[str, Any]) -> LineValue:
    # §3(1) Z 21 EStG: a discount up to `free_percent` of the price is tax-free in full; a
    # bigger one counts whole, within the yearly free amount.
    if gross <= 0 or discount * 100 <= gross * p["free_percent"]:
        return LineValue(discount, discount)
    return LineValue(discount)


def _united_kingdom(gross: int, discount: int, cost: int | None, p: Mapping[str, Any]) -> LineValue:
    # HMRC EIM21704: a benefit only where the employee pays less than the employer's cost.
    if cost is None:
        return LineValue(0)
    return LineValue(min(discount, max(0, cost - (gross - discount))))


def _united_states(gross: int, discount: int, cost: int | None, p: Mapping[str, Any]) -> LineValue:
    # IRC §132(c): a discount is tax-free up to the gross profit percentage of the price.
    free = _round(Decimal(gross) * p["gross_profit_percent"] / 100)
    return LineValue(discount, min(discount, free))


_FREE_PER_YEAR = QT_TRANSLATE_NOOP("Benefits", "tax-free per employee per year")
_PUBLIC = Parameter(
    "public_discount_percent",
    "percent",
    "0",
    QT_TRANSLATE_NOOP(
        "Benefits",
        "the discount the public is offered on the same goods; only what staff get beyond it "
        "counts",
    ),
)
RULE_SETS: dict[str, RuleSet] = {
    "none": RuleSet("none", QT_TRANSLATE_NOOP("Benefits", "No taxable benefit"), (), _none),
    "PL": RuleSet("PL", QT_TRANSLATE_NOOP("Benefits", "Poland"), (_PUBLIC,), _beyond_public),
    "RO": RuleSet("RO", QT_TRANSLATE_NOOP("Benefits", "Romania"), (_PUBLIC,), _beyond_public),
    "DE": RuleSet(
        "DE",
        QT_TRANSLATE_NOOP("Benefits", "Germany"),
        (
            Parameter(
                "price_percent",
                "percent",
                "96",
                QT_TRANSLATE_NOOP("Benefits", "share of the shelf price that is valued"),
            ),
            Parameter("free_per_year", "amount", "1080.00", _FREE_PER_YEAR),
        ),
        _germany,
        "free_per_year",
    ),
    "AT": RuleSet(
        "AT",
        QT_TRANSLATE_NOOP("Benefits", "Austria"),
        (
            Parameter(
                "free_percent",
                "percent",
                "20",
                QT_TRANSLATE_NOOP("Benefits", "a discount up to this share is tax-free"),
            ),
            Parameter("free_per_year", "amount", "1000.00", _FREE_PER_YEAR),
        ),
        _austria,
        "free_per_year",
    ),
    "UK": RuleSet("UK", QT_TRANSLATE_NOOP("Benefits", "United Kingdom"), (), _united_kingdom),
    "US": RuleSet(
        "US",
        QT_TRANSLATE_NOOP("Benefits", "United States"),
        (
            Parameter(
                "gross_profit_percent",
                "percent",
                "0",
                QT_TRANSLATE_NOOP(
                    "Benefits",
                    "the employer's gross profit percentage (last year's); set it for your shop",
                ),
            ),
        ),
        _united_states,
    ),
}
JURISDICTIONS = tuple(RULE_SETS)


def parse_tax(table: Mapping[str, Any], where: str, currency: str) -> TaxRules:
    """The `[tax]` table, checked: a known jurisdiction and only its parameters, none negative.
    Parameters left out keep their defaults (and are not stored)."""
    jurisdiction = table.get("jurisdiction", "none")
    rule_set = RULE_SETS.get(jurisdiction) if isinstance(jurisdiction, str) else None
    if rule_set is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Benefits", "{where}: jurisdiction {value} must be one of {choices}"
            ).format(where=where, value=repr(jurisdiction), choices=", ".join(JURISDICTIONS))
        )
    known = {p.key: p for p in rule_set.params}
    params: list[tuple[str, str]] = []
    for key, raw in table.items():
        if key == "jurisdiction":
            continue
        param = known.get(key)
        if param is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Benefits", "{where}: {key} is not a parameter of the {jurisdiction} rules"
                ).format(where=where, key=repr(key), jurisdiction=jurisdiction)
            )
        params.append((key, _canonical(param, raw, join(": ", (where, key)), currency)))
    return TaxRules(jurisdiction, tuple(sorted(params)))


def _canonical(param: Parameter, raw: object, what: str, currency: str) -> str:
    if param.kind == "percent":
        return percent_text(parse_percent(raw, what=what))
    if isinstance(raw, bool) or not isinstance(raw, str | int | Decimal):
        raw = repr(raw)
    return format_amount(parse_amount(str(raw), currency, what=what), currency)


def tax_dict(tax: TaxRules) -> dict[str, Any]:
    """The `[tax]` table as the config writes it; empty when there is none to write."""
    if tax.jurisdiction == "none" and not tax.params:
        return {}
    return {"jurisdiction": tax.jurisdiction, **dict(tax.params)}


def parameters(tax: TaxRules, currency: str) -> dict[str, Any]:
    """Every parameter of the rule set, the store's value or the default, ready to count
    with: percentages as Decimal, amounts in minor units."""
    rule_set = RULE_SETS[tax.jurisdiction]
    given = dict(tax.params)
    values: dict[str, Any] = {}
    for param in rule_set.params:
        text = given.get(param.key, param.default)
        values[param.key] = (
            Decimal(text) if param.kind == "percent" else parse_amount(text, currency)
        )
    return values


def effective(tax: TaxRules) -> list[tuple[str, str, bool]]:
    """(parameter, value as written, whether it is the default) of the rule set, in order."""
    given = dict(tax.params)
    return [
        (p.key, given.get(p.key, p.default), p.key not in given)
        for p in RULE_SETS[tax.jurisdiction].params
    ]


def described(tax: TaxRules, currency: str) -> Text:
    """The rule set in a person's words: its country and each parameter's meaning with its
    value ("Germany — share of the shelf price that is valued: 96%; tax-free per employee per
    year: 1,080.00 EUR"), not the config's keys."""
    rule_set = RULE_SETS[tax.jurisdiction]
    about = {p.key: p for p in rule_set.params}
    parts: list[str] = []
    for key, value, _default in effective(tax):
        param = about[key]
        shown = (
            _PERCENT.format(percent=value)
            if param.kind == "percent"
            else _AMOUNT.format(
                amount=Amount(parse_amount(value, currency), currency), currency=currency
            )
        )
        parts.append(_PARAMETER.format(about=Template("Benefits", param.about).text(), value=shown))
    name = Template("Benefits", rule_set.name).text()
    if not parts:
        return name
    return _RULE_SET.format(name=name, parameters=join("; ", parts))


_PERCENT = QT_TRANSLATE_NOOP("Benefits", "{percent}%")
_AMOUNT = QT_TRANSLATE_NOOP("Benefits", "{amount} {currency}")
_PARAMETER = QT_TRANSLATE_NOOP("Benefits", "{about}: {value}")
_RULE_SET = QT_TRANSLATE_NOOP("Benefits", "{name} — {parameters}")


# Counting a year


@dataclass(frozen=True)
class BenefitSale:
    """One sale or refund behind an employee's figures (a refund's amounts negative)."""

    sale_id: str
    at: dt.datetime
    kind: str
    buyer: str  # the employee's number, or their dependant's
    gross: int
    discount: int
    benefit: int


@dataclass
class EmployeeBenefit:
    employee_no: str
    name: str
    discount: int = 0
    benefit: int = 0
    line_free: int = 0  # tax-free line by line (AT up to its percentage, US up to its GPP)
    yearly_free: int = 0  # the rule set's free amount per year (DE, AT), 0 without one
    sales: list[BenefitSale] = field(default_factory=list)

    @property
    def tax_free(self) -> int:
        free = self.line_free + min(max(0, self.benefit - self.line_free), self.yearly_free)
        return max(0, min(self.benefit, free))

    @property
    def taxable(self) -> int:
        return max(0, self.benefit - self.tax_free)


_YEAR_SQL = (
    "SELECT s.id, s.kind, s.at, s.employee_no, s.dependant_no, s.company, s.customer_kind, "
    "l.gross, l.discount, l.cost, l.qty FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
    "WHERE s.at >= ? AND s.at < ? AND s.employee_no IS NOT NULL "
    "AND s.customer_kind IN ('employee', 'dependant') {employee} ORDER BY s.seq, l.line_no"
)


def _bounds(rules: Rules, year_no: int) -> tuple[str, str]:
    if not 1900 < year_no < 3000:
        raise InputError(
            QT_TRANSLATE_NOOP("Benefits", "--year {year} is not a year like 2026").format(
                year=year_no
            )
        )
    tz = rules.settings.tz
    return (
        clock.stamp(clock.local_midnight(dt.date(year_no, 1, 1), tz)),
        clock.stamp(clock.local_midnight(dt.date(year_no + 1, 1, 1), tz)),
    )


def _valued(
    conn: sqlite3.Connection, rules: Rules, year_no: int, employee_no: str | None
) -> Iterator[tuple[sqlite3.Row, int, LineValue]]:
    """Each line of the year's own-company staff sales and refunds, with its sign (a refund
    -1) and what the store's rule set makes of it."""
    lower, upper = _bounds(rules, year_no)
    rule_set = RULE_SETS.get(rules.tax.jurisdiction, RULE_SETS["none"])
    values = parameters(rules.tax, rules.settings.currency) if rule_set.params else {}
    own = {c.code for c in rules.companies.values() if c.relation == "own"}
    args: list[object] = [lower, upper]
    if employee_no is not None:
        args.append(employee_no)
    sql = _YEAR_SQL.format(employee="AND s.employee_no = ?" if employee_no is not None else "")
    for row in conn.execute(sql, args):
        if row["company"] not in own:
            continue
        cost = None if row["cost"] is None else row["cost"] * row["qty"]
        sign = 1 if row["kind"] == "sale" else -1
        yield row, sign, rule_set.value(row["gross"], row["discount"], cost, values)


def yearly_free(rules: Rules) -> int:
    """The rule set's tax-free amount per employee per year, in minor units (0: none)."""
    rule_set = RULE_SETS.get(rules.tax.jurisdiction, RULE_SETS["none"])
    if rule_set.yearly_free is None:
        return 0
    return int(parameters(rules.tax, rules.settings.currency)[rule_set.yearly_free])


def year(
    conn: sqlite3.Connection, rules: Rules, year_no: int, employee_no: str | None = None
) -> list[EmployeeBenefit]:
    """Per employee with a staff purchase in the store-local calendar year: the discount and
    the benefit net of refunds (a refund counts in the year it was made), tax-free and
    taxable, by the store's rule set; with `employee_no` that employee alone, with the sales
    behind the figures."""
    free = yearly_free(rules)
    found: dict[str, EmployeeBenefit] = {}
    sales: dict[str, BenefitSale] = {}
    for row, sign, worth in _valued(conn, rules, year_no, employee_no):
        who = found.get(row["employee_no"])
        if who is None:
            who = found[row["employee_no"]] = EmployeeBenefit(
                row["employee_no"], "", yearly_free=free
            )
        who.discount += sign * row["discount"]
        who.benefit += sign * worth.benefit
        who.line_free += sign * worth.tax_free
        if employee_no is not None:
            before = sales.get(row["id"]) or BenefitSale(
                row["id"],
                clock.parse_stamp(row["at"]),
                row["kind"],
                row["dependant_no"] or row["employee_no"],
                0,
                0,
                0,
            )
            sales[row["id"]] = replace(
                before,
                gross=before.gross + sign * row["gross"],
                discount=before.discount + sign * row["discount"],
                benefit=before.benefit + sign * worth.benefit,
            )
    if employee_no is not None and employee_no in found:
        found[employee_no].sales = list(sales.values())
    names = staff_names(conn, list(found))
    for who in found.values():
        who.name = names.get(who.employee_no, who.employee_no)
    return [found[k] for k in sorted(found)]


def by_month(conn: sqlite3.Connection, rules: Rules, year_no: int) -> list[int]:
    """The benefit the rule set counts in each store-local month of the year, net of
    refunds, for every employee together (twelve amounts)."""
    tz = rules.settings.tz
    months = [0] * 12
    for row, sign, worth in _valued(conn, rules, year_no, None):
        month = clock.parse_stamp(row["at"]).astimezone(tz).month
        months[month - 1] += sign * worth.benefit
    return months


def staff_names(conn: sqlite3.Connection, numbers: list[str]) -> dict[str, str]:
    """Employee number to name, for the numbers given."""
    names: dict[str, str] = {}
    for first in range(0, len(numbers), 500):
        chunk = numbers[first : first + 500]
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT employee_no, name FROM staff WHERE employee_no IN ({marks})", chunk
        ):
            names[row[0]] = row[1]
    return names

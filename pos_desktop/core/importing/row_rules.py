"""The rules every row of an HR export must keep, each written once: a quick test that a good
row passes, and the words that tell the admin what is wrong and what to do. The rules are
sorted here into those on the person (number, name, badge), which run on every row, and
those on the rest of the row (company, department, dates, words), which run once for each
distinct combination of it (staff_rows.RowChecker.checked)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from pos_desktop.core.text import QT_TRANSLATE_NOOP, Template, Text

NAME_LIMIT = 200


class RowValues:
    """A row as read: the cells' text and what they mean (None where a cell cannot be read)."""

    __slots__ = (
        "badge",
        "badge_why",
        "cells",
        "company",
        "company_text",
        "department",
        "employee",
        "employment",
        "end",
        "name",
        "number",
        "of",
        "role",
        "start",
        "status",
        "worker",
    )

    cells: dict[str, str]
    number: str
    name: str
    of: str | None  # the employee a dependant belongs to
    employee: bool  # not a dependant: company, department and dates apply
    badge: str | None
    badge_why: str | None  # why the badge is not one, or None
    company_text: str
    company: str | None  # the company's code, or None when unknown or empty
    department: str | None
    start: str | None
    end: str | None
    status: str | None
    role: str | None
    employment: str | None
    worker: str | None


class Reader(Protocol):
    """What a rule's test and words read of the checker (staff_rows.RowChecker)."""

    has_company: bool
    has_start: bool
    companies: list[str]

    def hint(self, kind: str, value: str, choices: list[str] | tuple[str, ...]) -> str: ...

    def word_hint(self, field: str, text: str) -> str: ...

    def badge_words(self, r: RowValues) -> tuple[str, str]: ...


@dataclass(frozen=True)
class RowRule:
    """A rule every row must keep: `broken` is its quick test, a Python expression over c (the
    checker) and r (the row's values); `says` its words (the problem and a suggestion),
    worked out only for a row that breaks it."""

    name: str
    column: str
    broken: str
    says: Callable[[Reader, RowValues], tuple[str, str]]


def _words(problem: Template, hint: Text) -> Callable[[Reader, RowValues], tuple[str, str]]:
    fixed = (problem.text(), hint)
    return lambda checker, row: fixed


def compiled(expression: str) -> Callable[[Reader, RowValues], bool]:
    """A rule's test (or several joined by 'or') as one function: a million rows each pass
    every rule, and one call costs less than sixteen. The expressions are this module's own."""
    test: Callable[[Reader, RowValues], bool] = eval(
        f"lambda c, r: bool({expression})", {"NAME_LIMIT": NAME_LIMIT}
    )
    return test


_DATE_HINT = QT_TRANSLATE_NOOP("Import", "write it as 2026-11-23, 23.11.2026 or 23/11/2026").text()
_NOT_A_DATE = QT_TRANSLATE_NOOP("Import", "not a date")

RULES: tuple[RowRule, ...] = (
    RowRule(
        "number_empty",
        "employee_no",
        "not r.number",
        _words(
            QT_TRANSLATE_NOOP("Import", "the employee number is empty"),
            QT_TRANSLATE_NOOP("Import", "fill it in, or delete the row").text(),
        ),
    ),
    RowRule(
        "name_empty",
        "name",
        "not r.name",
        _words(
            QT_TRANSLATE_NOOP("Import", "the name is empty"),
            QT_TRANSLATE_NOOP("Import", "fill it in").text(),
        ),
    ),
    RowRule(
        "name_long",
        "name",
        "len(r.name) > NAME_LIMIT",
        _words(
            QT_TRANSLATE_NOOP("Import", "the name is longer than 200 characters"),
            QT_TRANSLATE_NOOP("Import", "shorten it").text(),
        ),
    ),
    RowRule(
        "name_lines",
        "name",
        "'\\n' in r.name or '\\r' in r.name",
        _words(
            QT_TRANSLATE_NOOP("Import", "the name is written on more than one line"),
            QT_TRANSLATE_NOOP("Import", "write it on one line").text(),
        ),
    ),
    RowRule(
        "own_dependant",
        "dependant_of",
        "r.of is not None and r.of == r.number",
        _words(
            QT_TRANSLATE_NOOP("Import", "a person cannot be their own dependant"),
            QT_TRANSLATE_NOOP("Import", "leave it empty").text(),
        ),
    ),
    RowRule(
        "badge",
        "badge",
        "r.badge_why is not None",
        lambda c, r: c.badge_words(r),
    ),
    RowRule(
        "company_empty",
        "company",
        "r.employee and c.has_company and not r.company_text",
        lambda c, r: (
            QT_TRANSLATE_NOOP("Import", "the company is empty").text(),
            c.hint("company", "", c.companies),
        ),
    ),
    RowRule(
        "company_unknown",
        "company",
        "r.employee and c.has_company and r.company_text and r.company is None",
        lambda c, r: (
            QT_TRANSLATE_NOOP("Import", "unknown company").text(),
            c.hint("company", r.company_text.upper(), c.companies),
        ),
    ),
    RowRule(
        "start_empty",
        "start_date",
        "r.employee and c.has_start and not r.cells.get('start_date')",
        _words(
            QT_TRANSLATE_NOOP("Import", "the start date is empty"),
            QT_TRANSLATE_NOOP("Import", "fill in the hire date").text(),
        ),
    ),
    RowRule(
        "start_not_a_date",
        "start_date",
        "r.employee and r.start is None and r.cells.get('start_date')",
        _words(_NOT_A_DATE, _DATE_HINT),
    ),
    RowRule(
        "end_not_a_date",
        "end_date",
        "r.employee and r.end is None and r.cells.get('end_date')",
        _words(_NOT_A_DATE, _DATE_HINT),
    ),
    RowRule(
        "end_before_start",
        "end_date",
        "r.employee and r.start and r.end and r.end < r.start",
        lambda c, r: (
            QT_TRANSLATE_NOOP("Import", "the end date is before the start date ({start})").format(
                start=dt.date.fromisoformat(str(r.start))
            ),
            QT_TRANSLATE_NOOP("Import", "check both dates").text(),
        ),
    ),
    RowRule(
        "status",
        "status",
        "r.status is None",
        lambda c, r: (
            QT_TRANSLATE_NOOP("Import", "not a status").text(),
            c.word_hint("status", r.cells.get("status", "")),
        ),
    ),
    RowRule(
        "role",
        "role",
        "r.role is None",
        lambda c, r: (
            QT_TRANSLATE_NOOP("Import", "not a role").text(),
            c.word_hint("role", r.cells.get("role", "")),
        ),
    ),
    RowRule(
        "employment",
        "employment_type",
        "r.employment is None and r.cells.get('employment_type')",
        lambda c, r: (
            QT_TRANSLATE_NOOP("Import", "not an employment type").text(),
            c.word_hint("employment_type", r.cells.get("employment_type", "")),
        ),
    ),
    RowRule(
        "worker",
        "worker_type",
        "r.worker is None and r.cells.get('worker_type')",
        lambda c, r: (
            QT_TRANSLATE_NOOP("Import", "not a worker type (employee or contractor)").text(),
            c.word_hint("worker_type", r.cells.get("worker_type", "")),
        ),
    ),
)


ANY_BROKEN = compiled(" or ".join(f"({rule.broken})" for rule in RULES))
TESTS = [(rule, compiled(rule.broken)) for rule in RULES]

# The person's values (one each row) and the cells of the rest of the row (repeated): the
# person's rules run on every row, the others once for each combination of the rest.
_PERSON = frozenset({"number", "name", "of", "badge", "badge_why"})
_PERSON_CELLS = frozenset({"employee_no", "name", "dependant_of", "badge"})
ROW_FIELDS = (
    "company",
    "department",
    "start_date",
    "end_date",
    "status",
    "role",
    "employment_type",
    "worker_type",
)
Combination = tuple[tuple[object, ...], tuple[tuple[int, str, str, str, str], ...], bool]


def _reads(rule: RowRule) -> tuple[set[str], set[str]]:
    """The row's values a rule's test reads (r.name), and its cells (r.cells.get('role'))."""
    cells = set(re.findall(r"\br\.cells\.get\(['\"](\w+)['\"]", rule.broken))
    values = set(re.findall(r"\br\.(\w+)", rule.broken)) - {"cells"}
    return values, cells


def _person_rule(rule: RowRule) -> bool | None:
    """True for a rule on the person alone, False for one on the rest of the row (the
    employee or dependant kind goes with either), None for one reading both."""
    values, cells = _reads(rule)
    if values <= _PERSON | {"employee"} and not cells:
        return True
    if not values & _PERSON and not cells & _PERSON_CELLS:
        return False
    return None


_KINDS = [(index, rule, _person_rule(rule)) for index, rule in enumerate(RULES)]
MIXED = any(kind is None for _, _, kind in _KINDS)
_PERSON_VALUES = ("number", "name", "of", "badge", "badge_why", "employee")
# The person's rules as one test over the values themselves (r.name read as name): a
# million rows, and no object to fill for a row that breaks none.
PERSON_BROKEN: Callable[..., bool] = eval(
    f"lambda c, {', '.join(_PERSON_VALUES)}: bool("
    + re.sub(
        r"\br\.(\w+)",
        r"\1",
        " or ".join(f"({r.broken})" for _, r, kind in _KINDS if kind) or "0",
    )
    + ")",
    {"NAME_LIMIT": NAME_LIMIT},
)
PERSON_TESTS = [(i, rule, compiled(rule.broken)) for i, rule, kind in _KINDS if kind]
ROW_TESTS = [(i, rule, compiled(rule.broken)) for i, rule, kind in _KINDS if kind is False]

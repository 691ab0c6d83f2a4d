"""One row of an HR export, read and checked on its own against the rules of row_rules.

The rows are read into values first (dates, badge, the words of status and employment type,
company and department), each distinct cell worked out once: an export repeats the same few
values a million times. A department the store has not seen is HR's and is created; a company
it does not know is a problem (it decides who is internal).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import itemgetter

from pos_desktop.core import clock
from pos_desktop.core.badge import BadgeFormat, ean13_check_digit, luhn_check_digit, normalise
from pos_desktop.core.errors import InputError
from pos_desktop.core.importing.hr_words import (
    CODES,
    employment_types,
    own_words,
    read_word,
    said_codes,
    suggestion,
)
from pos_desktop.core.importing.imports import Problem
from pos_desktop.core.importing.mapping import PARTED, fold
from pos_desktop.core.importing.row_rules import (
    ANY_BROKEN,
    MIXED,
    PERSON_BROKEN,
    PERSON_TESTS,
    ROW_FIELDS,
    ROW_TESTS,
    TESTS,
    Combination,
    RowValues,
)
from pos_desktop.core.registry import ROLES, STATUSES
from pos_desktop.core.rules import Rules
from pos_desktop.core.staff import EMPLOYMENT_TYPES, ENDED, department_code
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text

_CACHE = 100_000  # distinct values remembered per column (dates, words, hints)


class RowChecker:
    """Reads and checks the rows; gives the temporary table's values, and adds the problems
    of a row that breaks a rule to `problems` (which mark the row bad)."""

    has_company: bool
    has_start: bool
    companies: list[str]

    def __init__(
        self,
        rules: Rules,
        present: frozenset[str],
        problems: list[Problem],
        values: dict[str, dict[str, str]],
    ) -> None:
        self.format: BadgeFormat = rules.settings.badge_format
        self.badge_ok = self.format.problem
        self.companies = sorted(rules.companies)
        self.has_company = "company" in present
        self.has_start = "start_date" in present
        self.problems = problems
        self.own = {field: own_words(pairs) for field, pairs in values.items()}
        self.named = frozenset(employment_types(rules)) - set(EMPLOYMENT_TYPES)
        self.company_codes = {fold(code): code for code in rules.companies}
        for company in rules.companies.values():
            self.company_codes.setdefault(fold(company.name), company.code)
        self.department_codes = {fold(code): code for code in rules.departments}
        for department in rules.departments.values():
            self.department_codes.setdefault(fold(department.name), department.code)
        self.taken = set(rules.departments)
        self.new_departments: dict[str, str] = {}  # code -> name, as the file first has it
        self.seen: dict[str, dict[str, str | None]] = {
            "company": {},
            "department": {},
            "date": {},
            "status": {},
            "role": {},
            "employment_type": {},
            "worker_type": {},
        }
        self.hints: dict[tuple[str, str], str] = {}
        seen = self.seen
        self.words = (seen["status"], seen["role"], seen["employment_type"])
        self.no_employment = 0  # employees' rows with no employment type
        self.any_broken = ANY_BROKEN
        self.tests = TESTS

    def __call__(self, row: int, cells: dict[str, str]) -> tuple[object, ...]:
        """One row's values for the temporary table, its problems added (a row with any is
        marked bad from them); the reference for what checked() does a million times."""
        r = self.read(cells)
        broken = self.any_broken(self, r)
        if broken:
            for rule, test in self.tests:
                if test(self, r):
                    problem, hint = rule.says(self, r)
                    self.problems.append(
                        Problem(row, rule.column, cells.get(rule.column, ""), problem, hint)
                    )
        return (
            row,
            r.number,
            r.name,
            r.badge,
            r.company if self.has_company else None,
            r.department,
            r.employment,
            r.status,
            r.start,
            r.end,
            r.role,
            r.of,
        )

    def read(self, cells: dict[str, str]) -> RowValues:
        """A row's texts read into values (counting an employee read with no employment type)."""
        get = cells.get
        seen = self.seen
        r = RowValues()
        r.cells = cells
        r.number = get("employee_no", "")
        r.name = get("name", "")
        r.of = get("dependant_of") or None
        r.employee = r.of is None
        badge = get("badge") or None
        if badge is not None:
            badge = normalise(badge) or None
        r.badge = badge
        r.badge_why = None if badge is None else self.badge_ok(badge)
        r.company = r.department = r.start = r.end = None
        r.company_text = ""
        if r.employee:
            text = r.company_text = get("company", "")
            if text:
                known = seen["company"]
                r.company = known[text] if text in known else self._company(text)
            text = get("department", "")
            if text:
                known = seen["department"]
                r.department = known[text] if text in known else self._department(text)
            dates = seen["date"]
            text = get("start_date", "")
            if text:
                r.start = dates[text] if text in dates else self._date(text)
            text = get("end_date", "")
            if text:
                r.end = dates[text] if text in dates else self._date(text)
        words = self.words  # each distinct text read once; the rest are lookups
        text = get("status", "")
        r.status = words[0][text] if text in words[0] else self._word("status", text)
        text = get("role", "")
        r.role = words[1][text] if text in words[1] else self._word("role", text)
        text = get("employment_type", "")
        known = words[2]
        r.employment = known[text] if text in known else self._word("employment_type", text)
        text = get("worker_type", "")
        r.worker = self._word("worker_type", text) if text else "employee"
        if r.worker == "contractor":
            r.employment = "contractor"
        if r.employment is None and r.employee:
            self.no_employment += 1
        if r.status == ENDED:
            r.status = "active" if r.end else "terminated"
        return r

    def checked(
        self, names: Sequence[str], lines: Iterable[tuple[int, list[str]]]
    ) -> Iterator[tuple[object, ...]]:
        """What __call__ gives for each row (texts in the order of names), fast: the rules
        on the person (number, name, badge) run on each row; those on the rest of the row
        (company, department, dates, words: a few thousand distinct combinations in a
        million rows) run once for each combination, their problems kept with it."""
        if MIXED:  # a rule reading both parts: no shortcut
            for row, values in lines:
                yield self(row, dict(zip(names, values, strict=True)))
            return
        absent = len(names)  # each row gets an empty cell there, for a field not in the file
        where = {name: i for i, name in enumerate(names)}
        i_no, i_name, i_of, i_badge = (
            where.get(f, absent) for f in ("employee_no", "name", "dependant_of", "badge")
        )
        kept = [where[f] for f in ROW_FIELDS if f in where]
        key_of: Callable[[list[str]], object] = itemgetter(*kept) if kept else (lambda values: None)
        combinations: tuple[dict[object, Combination], dict[object, Combination]] = ({}, {})
        person = RowValues()
        person_broken, badge_ok, problems = PERSON_BROKEN, self.badge_ok, self.problems
        for row, values in lines:
            values.append("")
            number, name, of, text = values[i_no], values[i_name], values[i_of], values[i_badge]
            employee = not of
            badge = normalise(text) or None if text else None
            why = None if badge is None else badge_ok(badge)
            known = combinations[employee]
            key = key_of(values)
            combination = known.get(key)
            if combination is None:
                if len(known) >= _CACHE:
                    known.clear()
                combination = known[key] = self._combination(names, values, employee)
            out, found, unread = combination
            if unread:
                self.no_employment += 1
            if person_broken(self, number, name, of or None, badge, why, employee):
                person.number, person.name, person.badge, person.badge_why = (
                    number,
                    name,
                    badge,
                    why,
                )
                person.of = of or None
                person.employee = employee
                found = tuple(
                    sorted(
                        (*found, *self._person_problems(person, values, where, absent)),
                        key=lambda f: f[0],
                    )
                )
            if found:
                problems.extend(Problem(row, *f[1:]) for f in found)
            yield (row, number, name, badge, *out, of or None)

    def _combination(self, names: Sequence[str], values: list[str], employee: bool) -> Combination:
        cells = {n: values[i] for i, n in enumerate(names) if n not in PARTED}
        unread = self.no_employment
        r = self.read(cells)
        unread = self.no_employment - unread
        self.no_employment -= unread
        found = tuple(
            (index, rule.column, cells.get(rule.column, ""), *rule.says(self, r))
            for index, rule, test in ROW_TESTS
            if test(self, r)
        )
        out = (
            r.company if self.has_company else None,
            r.department,
            r.employment,
            r.status,
            r.start,
            r.end,
            r.role,
        )
        return out, found, bool(unread)

    def _person_problems(
        self, person: RowValues, values: list[str], where: dict[str, int], absent: int
    ) -> Iterator[tuple[int, str, str, str, str]]:
        for index, rule, test in PERSON_TESTS:
            if test(self, person):
                problem, hint = rule.says(self, person)
                yield index, rule.column, values[where.get(rule.column, absent)], problem, hint

    def _word(self, field: str, text: str) -> str | None:
        known = self.seen[field]
        if text in known:
            return known[text]
        if not text:
            code = {"status": "active", "role": "none"}.get(field)
        else:
            code = read_word(field, text, self.own.get(field))
            named = fold(text).replace(" ", "_")
            if code is None and field == "employment_type" and named in self.named:
                code = named  # a kind of the store's own that a policy names
        if len(known) < _CACHE:
            known[text] = code
        return code

    def _company(self, text: str) -> str | None:
        code = self.company_codes.get(fold(text))
        if len(self.seen["company"]) < _CACHE:
            self.seen["company"][text] = code
        return code

    def _department(self, text: str) -> str:
        key = fold(text)
        code = self.department_codes.get(key)
        if code is None:
            code = department_code(text, self.taken)
            self.taken.add(code)
            self.department_codes[key] = code
            self.new_departments[code] = text
        if len(self.seen["department"]) < _CACHE:
            self.seen["department"][text] = code
        return code

    def _date(self, text: str) -> str | None:
        dates = self.seen["date"]
        if len(dates) >= _CACHE:
            dates.clear()
        day = text
        if len(text) > 10 and text[10] in " T" and text[11:].strip("0:. ") == "":
            day = text[:10]  # a spreadsheet's date at midnight: 2024-01-01 00:00:00
        try:
            dates[text] = clock.parse_date(day).isoformat()
        except InputError:
            dates[text] = None
        return dates[text]

    # The words of a problem

    def hint(self, kind: str, value: str, choices: list[str] | tuple[str, ...]) -> str:
        """The closest choice to a wrong value (or, for an empty one, the choices), worked out
        once for each value: an export often has the same mistake on many rows."""
        key = (kind, value)
        hint = self.hints.get(key)
        if hint is None:
            hint = _closest(value, list(choices)) if value else _choices(choices)
            if len(self.hints) < _CACHE:
                self.hints[key] = hint
        return hint

    def word_hint(self, field: str, text: str) -> str:
        key = (field, text)
        hint = self.hints.get(key)
        if hint is None:
            hint = suggestion(field, text) if text else _choices(CODES[field])
            if len(self.hints) < _CACHE:
                self.hints[key] = hint
        return hint

    def badge_words(self, r: RowValues) -> tuple[str, str]:
        badge, why = str(r.badge), r.badge_why or ""  # why: a Text, shown in the language
        hint: Text = QT_TRANSLATE_NOOP("Import", "badges match {pattern}").format(
            pattern=self.format.pattern
        )
        if "check digit" in why and badge.isascii() and badge.isdigit():
            right = (
                ean13_check_digit(badge[:12])
                if self.format.check_digit == "ean13" and len(badge) == 13
                else luhn_check_digit(badge[:-1])
            )
            hint = QT_TRANSLATE_NOOP(
                "Import", "the last digit should be {digit}; check the badge number"
            ).format(digit=right)
        return why, hint


def _closest(value: str, choices: list[str]) -> Text:
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.5)
    if close:
        return QT_TRANSLATE_NOOP("Import", "did you mean {value}?").format(value=close[0])
    return _choices(choices)


def _choices(choices: list[str] | tuple[str, ...]) -> Text:
    """The values a cell may hold, written as the file must have them (codes, not words)."""
    if not choices:
        return QT_TRANSLATE_NOOP("Import", "add it in the admin window first").text()
    if set(choices) <= {*EMPLOYMENT_TYPES, *STATUSES, *ROLES, *CODES["worker_type"]}:
        return QT_TRANSLATE_NOOP("Import", "use one of: {values}").format(
            values=said_codes(choices)
        )
    shown = ", ".join(choices[:8]) + (", …" if len(choices) > 8 else "")
    return QT_TRANSLATE_NOOP(
        "Import", "known: {values}; add others in the admin window first"
    ).format(values=shown)

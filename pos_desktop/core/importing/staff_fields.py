"""The fields of a staff record, declared once: what the registry stores, what an HR import
compares and sets, what the staff export writes (and the import reads back), and the header
names HR systems give each column. The registry, the import, the export and the benchmark
all read this table; a field added here is added everywhere."""

from __future__ import annotations

from dataclasses import dataclass

from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class StaffField:
    name: str
    # number: the key · text · badge: a scanned code · code: a company or department ·
    # word: a code read from HR's words (hr_words) · date: ISO 8601 once read
    kind: str
    stored: bool  # a column of the staff table, shown and edited on the registry page
    compared: bool  # an import sets it on someone the registry already has
    exported: bool  # a column of the staff export, which the import reads back
    required: bool = False  # a file without this column is refused
    into: str = ""  # read from a file into another field (a name in two columns)
    # A new person's value when the file has no such column (none for a company, a start
    # date or an employment type: a new employee without one is refused, never guessed).
    new: str | None = None
    words: tuple[str, ...] = ()  # the names HR and payroll systems use, folded as mapping.fold


STAFF_FIELDS = (
    StaffField(
        "employee_no",
        "number",
        stored=True,
        compared=False,
        exported=True,
        required=True,
        words=(
            "employee no",
            "employee number",
            "employee id",
            "emp no",
            "personnel number",
            "staff number",
            "nr ewidencyjny",
            "numer ewidencyjny",
            "nr pracownika",
            "numer pracownika",
            "marca",
            "nr marca",
            "numar marca",
            "id angajat",
        ),
    ),
    StaffField(
        "name",
        "text",
        stored=True,
        compared=True,
        exported=True,
        required=True,
        words=(
            "full name",
            "employee name",
            "imie i nazwisko",
            "nazwisko i imie",
            "pracownik",
            "nume",
            "nume si prenume",
            "nume prenume",
            "angajat",
        ),
    ),
    StaffField(
        "badge",
        "badge",
        stored=False,  # the badges table holds it, with its history
        compared=False,
        exported=True,
        words=(
            "badge id",
            "badge number",
            "badge no",
            "card",
            "card number",
            "karta",
            "nr karty",
            "numer karty",
            "identyfikator",
            "nr identyfikatora",
            "numer identyfikatora",
            "legitymacja",
            "nr legitymacji",
            "numer legitymacji",
            "ecuson",
            "nr ecuson",
            "numar ecuson",
            "legitimatie",  # the till's own Romanian word for a badge
            "nr legitimatie",
            "numar legitimatie",
        ),
    ),
    StaffField(
        "company",
        "code",
        stored=True,
        compared=True,
        exported=True,
        words=("company code", "spolka", "firma", "pracodawca", "companie", "societate"),
    ),
    StaffField(
        "department",
        "code",
        stored=True,
        compared=True,
        exported=True,
        words=(
            "dept",
            "dzial",
            "departament",
            "department code",
            "department name",
            "supervisory organization",
            "organization",
            "org unit",
            "organisational unit",
            "organizational unit",
            "jednostka organizacyjna",
            "komorka organizacyjna",
            "compartiment",
            "sectie",
        ),
    ),
    StaffField(
        "employment_type",
        "word",
        stored=True,
        compared=True,
        exported=True,
        words=(
            "contract",
            "contract type",
            "employment type",
            "employment",
            "time type",
            "rodzaj umowy",
            "rodzaj zatrudnienia",
            "forma zatrudnienia",
            "typ umowy",
            "tip contract",
            "tip angajare",
            "tip contract de munca",
            "forma de angajare",
        ),
    ),
    StaffField(
        "status",
        "word",
        stored=True,
        compared=True,
        exported=True,
        new="active",
        words=(
            "stan",
            "stare",
            "employee status",
            "worker status",
            "employment status",
            "status pracownika",
            "status zatrudnienia",
            "stare angajat",
            "statut",
        ),
    ),
    StaffField(
        "start_date",
        "date",
        stored=True,
        compared=True,
        exported=True,
        words=(
            "hire date",
            "date of hire",
            "data zatrudnienia",
            "data angajarii",
            "data angajare",
            "data angajarii in firma",
            "original hire date",
            "start date",
            "data przyjecia",
        ),
    ),
    StaffField(
        "end_date",
        "date",
        stored=True,
        compared=True,
        exported=True,
        words=(
            "leaving date",
            "termination date",
            "data zwolnienia",
            "data rozwiazania umowy",
            "data incetarii",
            "data incetare",
            "end date",
            "data odejscia",
        ),
    ),
    StaffField(
        "role",
        "word",
        stored=True,
        compared=True,
        exported=True,
        new="none",  # no till role: HR's file does not give one
        words=("rola", "rol"),
    ),
    StaffField(
        "dependant_of",
        "number",
        stored=False,  # a dependant is a row of the dependants table, naming their employee
        compared=False,
        exported=True,
        words=("dependent of", "family of", "parent employee"),
    ),
    StaffField(
        "first_name",
        "text",
        stored=False,
        compared=False,
        exported=False,
        into="name",
        words=(
            "first name",
            "given name",
            "forename",
            "legal first name",
            "preferred first name",
            "imie",
            "imiona",
            "pierwsze imie",
            "prenume",
        ),
    ),
    StaffField(
        "last_name",
        "text",
        stored=False,
        compared=False,
        exported=False,
        into="name",
        words=(
            "last name",
            "surname",
            "family name",
            "legal last name",
            "nazwisko",
            "nume de familie",
        ),
    ),
    StaffField(
        "worker_type",
        "word",
        stored=False,
        compared=False,
        exported=False,
        into="employment_type",
        words=("worker type", "employee type", "worker category"),
    ),
)

# The registry's own columns of a person, in the staff table's order.
STORED = tuple(f.name for f in STAFF_FIELDS if f.stored)
# What an import sets on someone the registry already has.
COMPARED = tuple(f.name for f in STAFF_FIELDS if f.compared)
# The columns of a staff file: what the export writes and the import reads.
FILE_FIELDS = tuple(f.name for f in STAFF_FIELDS if f.exported)
# Read from a file besides the fields, into them: the name's parts, a worker type.
EXTRA_FIELDS = tuple(f.name for f in STAFF_FIELDS if f.into)
REQUIRED = tuple(f.name for f in STAFF_FIELDS if f.required)

# Each field's name for people: the import wizard's choices and the import report's words
# ("row 2, Employment type ''"; the file's own heading where it has one).
FIELD_LABELS = {
    "employee_no": QT_TRANSLATE_NOOP("ImportWizard", "Employee number"),
    "name": QT_TRANSLATE_NOOP("ImportWizard", "Name"),
    "badge": QT_TRANSLATE_NOOP("ImportWizard", "Badge"),
    "company": QT_TRANSLATE_NOOP("ImportWizard", "Company"),
    "department": QT_TRANSLATE_NOOP("ImportWizard", "Department"),
    "employment_type": QT_TRANSLATE_NOOP("ImportWizard", "Employment type"),
    "status": QT_TRANSLATE_NOOP("ImportWizard", "Status"),
    "start_date": QT_TRANSLATE_NOOP("ImportWizard", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("ImportWizard", "End date"),
    "role": QT_TRANSLATE_NOOP("ImportWizard", "Till role"),
    "dependant_of": QT_TRANSLATE_NOOP("ImportWizard", "Dependant of (employee number)"),
    "first_name": QT_TRANSLATE_NOOP("ImportWizard", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportWizard", "Last name"),
    "worker_type": QT_TRANSLATE_NOOP("ImportWizard", "Worker type (employee or contractor)"),
}


def field_name(field: str) -> str:
    """A field named for a person: its label in the language in use ('Rodzaj zatrudnienia'),
    while the English text, which --json and --report write, keeps its code
    (employment_type); a field without a label as its code."""
    label = FIELD_LABELS.get(field)
    return field if label is None else Text(field, label.context, str(label), {})

"""Which column of an export is which field: by name, by the names HR systems use, or by a
saved mapping profile ("Nr ewidencyjny" is the employee number, so is "Marca")."""

from __future__ import annotations

import difflib
import json
import re
import sqlite3
import unicodedata
from typing import Any

from pos_desktop.core import clock
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.errors import InputError
from pos_desktop.core.importing.staff_fields import STAFF_FIELDS
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text

IGNORE = ""  # a mapping's value for "leave this column out"

# Header names seen in HR and catalogue exports (English, Polish, Romanian), folded as
# fold() folds them. A file's own names for fields not listed here go in a profile.
SYNONYMS: dict[str, tuple[str, ...]] = {
    **{f.name: f.words for f in STAFF_FIELDS},
    "sku": ("item code", "article", "indeks", "cod articol"),
    "barcode": ("ean", "gtin", "kod kreskowy", "cod de bare"),
    "category": ("kategoria", "categorie"),
    "price": ("cena", "pret"),
    "cost": ("koszt", "cena zakupu", "cost achizitie"),
}
# Fields a file may split the name into; read as one name, first name first.
NAME_PARTS = ("first_name", "last_name")
PARTED = frozenset(NAME_PARTS)
_WORDS = re.compile(r"[^0-9a-z]+")


def fold(header: str) -> str:
    """A header as compared: accents and case folded, punctuation as single spaces."""
    text = unicodedata.normalize("NFKD", header.strip().lstrip("\ufeff").replace("ł", "l"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return _WORDS.sub(" ", text).strip()


def column_letter(index: int) -> str:
    """A column's letter as a spreadsheet shows it: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def guess(header: list[str], fields: tuple[str, ...], *, first_only: bool = True) -> dict[str, str]:
    """{file header: field} for the columns recognised by name alone (with first_only, a
    field recognised twice goes to its first column)."""
    known = {fold(field): field for field in fields}
    for field in fields:
        for name in SYNONYMS.get(field, ()):
            known.setdefault(name, field)
    found: dict[str, str] = {}
    taken: set[str] = set()
    for name in header:
        match = known.get(fold(name))
        if match is not None and (match not in taken or not first_only) and name not in found:
            found[name] = match
            taken.add(match)
    if {"first_name", "name"} <= taken and "last_name" not in taken:
        for name, match in found.items():  # Prenume, Nume: beside a first name, the last name
            if match == "name":
                found[name] = "last_name"
    return found


def resolve(
    header: list[str],
    fields: tuple[str, ...],
    required: tuple[str, ...],
    mapping: dict[str, str],
    *,
    source: str,
    delimiter: str | None = None,
) -> dict[int, str]:
    """{column index: field}: the given mapping (file header -> field, IGNORE to drop a
    column) over the names recognised. Refuses unknown fields, a mapped column the file does
    not have, two columns read as one field, and a missing required field."""
    folded = [fold(name) for name in header]
    wanted = _given(header, folded, fields, mapping, source)
    guessed = {fold(name): field for name, field in guess(header, fields, first_only=False).items()}
    columns: dict[int, str] = {}
    for index, key in enumerate(folded):
        field = wanted[key] if key in wanted else guessed.get(key, IGNORE)
        if field == IGNORE:
            continue
        if field in columns.values():
            first = next(i for i, f in columns.items() if f == field)
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{file}: columns {first} ({first_name}) and {second} ({second_name}) are "
                    "both read as {field}; keep one, or map the other to nothing",
                ).format(
                    file=source,
                    first=column_letter(first),
                    first_name=repr(header[first]),
                    second=column_letter(index),
                    second_name=repr(header[index]),
                    field=repr(field),
                )
            )
        columns[index] = field
    _name_parts(columns)
    found = set(columns.values())
    missing = [f for f in required if f not in found and not (f == "name" and found >= PARTED)]
    if missing:
        raise _no_column(header, folded, missing[0], source, delimiter)
    return columns


def _given(
    header: list[str],
    folded: list[str],
    fields: tuple[str, ...],
    mapping: dict[str, str],
    source: str,
) -> dict[str, str]:
    """The given mapping by folded header, checked against the fields and the file."""
    wanted: dict[str, str] = {}
    for src, dest in mapping.items():
        dest_key = dest.strip().lower()
        if dest_key not in fields and dest_key != IGNORE:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Import", "the mapping names {field}, which is not one of: {fields}"
                ).format(field=repr(dest), fields=", ".join(fields))
            )
        if fold(src) not in folded:
            if dest_key == IGNORE:
                continue  # a profile's left-out column that this month's file does not have
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "the mapping reads a column {column}, which {file} does not have "
                    "(its columns: {columns})",
                ).format(column=repr(src), file=source, columns=", ".join(header))
            )
        wanted[fold(src)] = dest_key
    return wanted


def _no_column(
    header: list[str], folded: list[str], field: str, source: str, delimiter: str | None
) -> InputError:
    """The error for a required field no column is read as, with the likeliest fix."""
    hint = QT_TRANSLATE_NOOP("Import", "map one with --map HEADER={field}").format(field=field)
    if len(header) == 1:
        others = [d for d in (",", ";", "\t") if d != delimiter and d in header[0]]
        if others:
            shown: str | Text = (
                QT_TRANSLATE_NOOP("Import", "tab").text() if others[0] == "\t" else repr(others[0])
            )
            hint = QT_TRANSLATE_NOOP(
                "Import", "the columns seem separated by {found}, not {delimiter}"
            ).format(found=shown, delimiter=repr(delimiter))
    close = difflib.get_close_matches(field, folded, n=1, cutoff=0.6)
    if close and len(header) > 1:
        hint = QT_TRANSLATE_NOOP("Import", "is {column} the {field}? map it").format(
            column=repr(header[folded.index(close[0])]), field=field
        )
    return InputError(
        QT_TRANSLATE_NOOP(
            "Import", "{file} has no {field} column (its header is: {header}); {hint}"
        ).format(file=source, field=repr(field), header=", ".join(header), hint=hint)
    )


def _name_parts(columns: dict[int, str]) -> None:
    """First and last name columns make the name when the file has no full-name column;
    beside a full name, they are left out."""
    where = {field: index for index, field in columns.items()}
    if "name" in where:
        for part in NAME_PARTS:
            if part in where:
                del columns[where[part]]


# Saved profiles: one per HR system, named by the admin.


def profile_names(conn: sqlite3.Connection, kind: str = "staff") -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM import_profiles WHERE kind = ? ORDER BY name COLLATE NOCASE", (kind,)
        )
    ]


def load_profile(conn: sqlite3.Connection, name: str, kind: str = "staff") -> dict[str, str]:
    """A profile's column mapping (file header -> field)."""
    saved = _saved(conn, name, kind)
    columns = saved["columns"] if isinstance(saved.get("columns"), dict) else saved
    return {str(k): str(v) for k, v in columns.items()}


def profile_values(
    conn: sqlite3.Connection, name: str, kind: str = "staff"
) -> dict[str, dict[str, str]]:
    """A profile's value mapping (field -> {the file's word: code}); empty when it has none."""
    saved = _saved(conn, name, kind)
    values = saved.get("values") if isinstance(saved.get("columns"), dict) else None
    return {str(f): dict(pairs) for f, pairs in (values or {}).items()}


def _saved(conn: sqlite3.Connection, name: str, kind: str) -> dict[str, Any]:
    row = conn.execute(
        "SELECT mapping FROM import_profiles WHERE name = ? AND kind = ?", (name, kind)
    ).fetchone()
    if row is None:
        names = profile_names(conn, kind)
        if names:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Import", "there is no import profile {name}; saved profiles: {names}"
                ).format(name=repr(name), names=", ".join(names))
            )
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Import", "there is no import profile {name}; none is saved yet"
            ).format(name=repr(name))
        )
    saved: dict[str, Any] = json.loads(row[0])
    return saved


def save_profile(
    conn: sqlite3.Connection,
    name: str,
    mapping: dict[str, str],
    *,
    values: dict[str, dict[str, str]] | None = None,
    kind: str = "staff",
    till: str,
    actor: str,
) -> None:
    """Save (or replace) a named mapping of columns (and of values, when given), audited as
    import.profile."""
    name = name.strip()
    if not name or len(name) > 60:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "a profile needs a name of 1 to 60 characters").text()
        )
    if not mapping:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "the profile maps no column; map at least one").text()
        )
    saved: dict[str, Any] = {"columns": mapping, "values": values} if values else mapping
    text = json.dumps(saved, ensure_ascii=False, sort_keys=True)
    with write_transaction(conn):
        before = conn.execute(
            "SELECT mapping FROM import_profiles WHERE name = ? AND kind = ?", (name, kind)
        ).fetchone()
        conn.execute(
            "INSERT OR REPLACE INTO import_profiles (name, kind, mapping, updated_at) "
            "VALUES (?, ?, ?, ?)",
            (name, kind, text, clock.stamp(clock.now())),
        )
        record_audit(
            conn,
            till=till,
            actor=actor,
            action="import.profile",
            subject=name,
            before=json.loads(before[0]) if before else None,
            after=saved,
        )

"""Status, employment type and role as HR systems write them, in Polish, Romanian and English
("aktywny", "activ", "employed"; "pełny etat", "normă întreagă", "FT"; "umowa zlecenie", "PFA"),
read as the registry stores them. Case, accents and punctuation do not matter; a mapping
profile or the command line's --value adds a file's own words."""

from __future__ import annotations

import difflib

from pos_desktop.core.importing.mapping import fold
from pos_desktop.core.registry import ROLES, STATUSES
from pos_desktop.core.rules import Rules
from pos_desktop.core.staff import EMPLOYMENT_TYPES, ENDED
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text, join

# The fields whose values are words to read, and the codes each may hold.
CODES: dict[str, tuple[str, ...]] = {
    "status": STATUSES,
    "employment_type": EMPLOYMENT_TYPES,
    "role": ROLES,
    "worker_type": ("employee", "contractor"),
}
# Each code as the windows say it (ui/common/words.py marks the same words): the words an
# import's report offers, each of which read_word reads back in its language.
SAID: dict[str, Text] = {
    code: QT_TRANSLATE_NOOP("Words", word).text()
    for code, word in (
        ("active", "active"),
        ("suspended", "suspended"),
        ("terminated", "terminated"),
        ("none", "none"),
        ("cashier", "cashier"),
        ("supervisor", "supervisor"),
        ("admin", "admin"),
        ("full_time", "full time"),
        ("part_time", "part time"),
        ("seasonal", "seasonal"),
        ("contractor", "contractor"),
        ("retiree", "retiree"),
    )
}
# ENDED is the status our own export writes for someone past their end date: the end date
# says it, so it reads as active with that end date (terminated when there is none).

_WORDS: dict[str, dict[str, str]] = {  # the words for each code, comma-separated
    "status": {
        "active": (
            "active, employed, current, working, in service, aktywny, aktywna, aktywni, "
            "zatrudniony, zatrudniona, pracuje, activ, activa, angajat, angajata, "
            "in activitate"
        ),
        "suspended": (
            "suspended, on leave, leave, leave of absence, inactive leave, zawieszony, "
            "zawieszona, urlop, urlop bezplatny, urlop wychowawczy, suspendat, suspendata, "
            "suspendare, concediu"
        ),
        "terminated": (
            "terminated, inactive, leaver, left, former, dismissed, resigned, zwolniony, "
            "zwolniona, nieaktywny, nieaktywna, rozwiazana, byly pracownik, incetat, "
            "incetata, inactiv, inactiva, plecat, plecata, concediat, concediata, demisionat"
        ),
        ENDED: "ended, zakonczony, incheiat",
    },
    "employment_type": {
        "full_time": (
            "full time, fulltime, ft, full, permanent full time, regular full time, "
            "pelny etat, caly etat, pelen etat, 1 etat, "
            "norma intreaga, norma intreaga de lucru, cim norma intreaga, timp integral, "
            "full time 8h"
        ),
        "part_time": (
            "part time, parttime, pt, part, regular part time, niepelny etat, czesc etatu, "
            "pol etatu, 1 2 etatu, 3 4 etatu, timp partial, norma partiala, "
            "cu timp partial"
        ),
        "seasonal": (
            "seasonal, temporary, temp, fixed term seasonal, sezonowy, sezonowa, "
            "praca sezonowa, umowa sezonowa, sezonier, sezoniera, sezonal"
        ),
        "contractor": (
            "contractor, contingent worker, contingent, freelance, freelancer, "
            "consultant, b2b, self employed, umowa zlecenie, zlecenie, umowa o dzielo, "
            "dzielo, umowa cywilnoprawna, kontrakt, zleceniobiorca, pfa, colaborator, "
            "conventie civila, "
            "contract civil"
        ),
        "retiree": (
            "retiree, retired, pensioner, emeryt, emerytka, rencista, pensionar, pensionara"
        ),
    },
    "worker_type": {  # a large HR suite's "Worker Type": says only who is a contractor
        "employee": "employee, regular, staff, worker, pracownik, angajat",
        "contractor": (
            "contingent worker, contingent, contractor, consultant, freelancer, b2b, "
            "umowa zlecenie, umowa o dzielo, zleceniobiorca, pfa, colaborator"
        ),
    },
    "role": {
        "none": "none, no, brak, nie, fara, niciunul",
        "cashier": "cashier, kasjer, kasjerka, casier, casiera",
        "supervisor": "supervisor, kierownik, kierowniczka, sef, sefa, responsabil, supervizor",
        "admin": "admin, administrator, administratorka",
    },
}
# folded word -> code, for each field
_READ: dict[str, dict[str, str]] = {
    field: {fold(word): code for code, words in table.items() for word in words.split(", ")}
    for field, table in _WORDS.items()
}
for _field, _codes in CODES.items():
    for _code in _codes:
        _READ[_field].setdefault(fold(_code), _code)


def read_word(field: str, text: str, own: dict[str, str] | None = None) -> str | None:
    """The stored code for a cell's word, or None when it cannot be read; `own` holds the
    file's words as the admin mapped them ({folded word: code}), which come first."""
    key = fold(text)
    if own and key in own:
        return own[key]
    return _READ[field].get(key)


_WITH_CODE = QT_TRANSLATE_NOOP("Import", "{word} ({code})")


def said_code(code: str, *, with_code: bool = False) -> str:
    """A code as the language says it ('pełny etat'; with_code: 'pełny etat (full_time)', for
    a hint whose command needs the code), while the English text, which --json and --report
    write, keeps the code (full_time); a code with no word (a policy's own) as written."""
    said = SAID.get(code)
    if said is None:
        return code
    if with_code:
        return Text(code, _WITH_CODE.context, str(_WITH_CODE), {"word": said, "code": code})
    return Text(code, said.context, said.source, {})


def said_codes(codes: list[str] | tuple[str, ...], *, with_code: bool = False) -> Text:
    """Codes listed as said_code says each: 'pełny etat, niepełny etat, …'."""
    return join(", ", [said_code(code, with_code=with_code) for code in codes])


def employment_types(rules: Rules) -> tuple[str, ...]:
    """The usual employment types and those the store's policies name ("apprentice")."""
    named = sorted({e for p in rules.policies for e in (p.employment or ())})
    return (*EMPLOYMENT_TYPES, *(e for e in named if e not in EMPLOYMENT_TYPES))


def own_words(values: dict[str, str]) -> dict[str, str]:
    """A mapping's {file word: code} folded as read_word compares them."""
    return {fold(word): code for word, code in values.items()}


def suggestion(field: str, text: str) -> Text:
    """What to do with a word that cannot be read: the closest known one, and how to map it."""
    key = fold(text)
    close = difflib.get_close_matches(key, list(_READ[field]), n=1, cutoff=0.6)
    if close:
        code = _READ[field][close[0]]
        return QT_TRANSLATE_NOOP(
            "Import", "did you mean {word}? or map it: --value {field}:{value}={code}"
        ).format(word=said_code(code), code=code, field=field, value=text)
    return QT_TRANSLATE_NOOP(
        "Import", "map it to one of {codes}: --value {field}:{value}=CODE"
    ).format(codes=said_codes(CODES[field], with_code=True), field=field, value=text)


def check_values(
    values: dict[str, dict[str, str]], employment: tuple[str, ...] = EMPLOYMENT_TYPES
) -> Text | None:
    """Why a value mapping cannot be used (an unknown field or code), or None; `employment`
    holds the employment types the store knows (the usual ones and those its policies name)."""
    codes = {**CODES, "employment_type": employment}
    for field, pairs in values.items():
        if field not in codes:
            return QT_TRANSLATE_NOOP(
                "Import", "values can be mapped for {fields}, not {field}"
            ).format(fields=", ".join(codes), field=repr(field))
        for word, code in pairs.items():
            if code not in codes[field]:
                return QT_TRANSLATE_NOOP(
                    "Import", "{value} cannot be read as {code}: a {field} is one of {codes}"
                ).format(
                    value=repr(word), code=repr(code), field=field, codes=", ".join(codes[field])
                )
    return None

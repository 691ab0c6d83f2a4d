"""Keeping the staff registry by hand (the admin window): find, add, edit, suspend, end.

Finding works on a registry of a million people: pages are read by key (never OFFSET), and
name search uses a full-text index kept up to date by triggers.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import asdict, dataclass

from pos_desktop.core import clock
from pos_desktop.core.badge import normalise
from pos_desktop.core.central.membership import refuse_on_joined_till
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.errors import FieldError, InputError
from pos_desktop.core.importing.staff_fields import STORED
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.registry import ROLES, STATUSES
from pos_desktop.core.rules import Rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text

PAGE = 200
EMPLOYMENT_TYPES = ("full_time", "part_time", "seasonal", "contractor", "retiree")
ENDED = "ended"  # shown for someone active in the registry but past their end date
COLUMNS = STORED  # the registry page's columns, declared with the import's and export's


@dataclass(frozen=True)
class StaffFilter:
    """What the registry page shows: a search text and exact-match filters (None: any)."""

    text: str = ""
    company: str | None = None
    department: str | None = None
    status: str | None = None  # a stored status, or ENDED: active but past the end date
    employment_type: str | None = None
    today: str = ""  # ISO date in the store's time zone (empty: today in UTC)

    def when(self) -> str:
        return self.today or clock.now().date().isoformat()

    def where(self, *, paging: bool = False, many: bool = False) -> tuple[str, list[object]]:
        """SQL conditions and parameters.

        For a page, the filter columns' indexes are kept out ("+column"): walking the table
        in employee-number order finds the first 200 far sooner than sorting every match; a
        count uses them. The same holds for a search found many times (`many`: a name or the
        beginning of a number); a rare one is read from its index and its few matches
        sorted.
        """
        clauses: list[str] = []
        params: list[object] = []
        for column in ("company", "department", "status", "employment_type"):
            value = getattr(self, column)
            if value is not None:
                clauses.append(f"{'+' if paging else ''}s.{column} = ?")
                params.append("active" if value == ENDED else value)
        if self.status in ("active", ENDED):  # the till blocks someone past their end date
            ended = "s.end_date IS NOT NULL AND s.end_date < ?"
            clauses.append(ended if self.status == ENDED else f"NOT ({ended})")
            params.append(self.when())
        text = self.text.strip()
        if text:
            walk = "+" if paging and many else ""
            # A number's beginning ("E900" finds E9001 and E9002) as a range on its index, as
            # typed and in capitals.
            numbers = " OR ".join(
                f"({walk}s.employee_no >= ? AND {walk}s.employee_no < ?)" for _ in self.prefixes()
            )
            clauses.append(
                f"({numbers} OR s.employee_no IN (SELECT holder_id FROM badges "
                f"WHERE code = ? AND holder_type = 'staff') OR {walk}s.rowid IN "
                "(SELECT rowid FROM staff_fts WHERE staff_fts MATCH ?))"
            )
            for prefix in self.prefixes():
                params += [prefix, _after_prefix(prefix)]
            params += [normalise(text), self.name_query()]
        return (" AND ".join(clauses) or "1"), params

    def prefixes(self) -> list[str]:
        """The search as the beginning of an employee number: as typed and in capitals."""
        text = self.text.strip()
        return sorted({text, text.upper()})

    def name_query(self) -> str:
        """The full-text query: every word as a prefix ("anna kow" finds Anna Kowalska)."""
        return " ".join(f'"{w}"*' for w in self.text.replace('"', " ").split())


def _after_prefix(prefix: str) -> str:
    """The first text after all that begin with `prefix`: its last character's next."""
    return prefix[:-1] + chr(min(ord(prefix[-1]) + 1, 0x10FFFF))


def count(conn: sqlite3.Connection, where: StaffFilter) -> int:
    sql, params = where.where()
    return int(conn.execute(f"SELECT COUNT(*) FROM staff s WHERE {sql}", params).fetchone()[0])


def page(
    conn: sqlite3.Connection, where: StaffFilter, after: str | None = None, size: int = PAGE
) -> list[sqlite3.Row]:
    """The next rows in employee-number order after `after` (keyset paging)."""
    many = bool(where.text.strip()) and (
        _many_names(conn, where.name_query()) or _many_numbers(conn, where.prefixes())
    )
    sql, params = where.where(paging=True, many=many)
    if after is not None:
        sql += " AND s.employee_no > ?"
        params.append(after)
    shown = ", ".join(f"s.{c}" if c != "status" else _SHOWN_STATUS for c in COLUMNS)
    return conn.execute(
        f"SELECT {shown}, "
        "(SELECT code FROM badges b WHERE b.holder_type = 'staff' "
        "AND b.holder_id = s.employee_no AND b.status = 'active' LIMIT 1) AS badge "
        f"FROM staff s WHERE {sql} ORDER BY s.employee_no LIMIT ?",
        [where.when(), *params, size],
    ).fetchall()


# A person past their end date shows as ended, as the till treats them.
_SHOWN_STATUS = (
    "CASE WHEN s.status = 'active' AND s.end_date < ? THEN 'ended' ELSE s.status END AS status"
)


def _many_names(conn: sqlite3.Connection, query: str, threshold: int = 2000) -> bool:
    """Whether a name search matches more people than are quicker to sort than to walk to."""
    found = conn.execute(
        "SELECT COUNT(*) FROM (SELECT rowid FROM staff_fts WHERE staff_fts MATCH ? LIMIT ?)",
        (query, threshold + 1),
    ).fetchone()[0]
    return int(found) > threshold


def _many_numbers(conn: sqlite3.Connection, prefixes: list[str], threshold: int = 2000) -> bool:
    """Whether the search, as a number's beginning ("E0"), matches more people than are
    quicker to sort than to walk to."""
    one = "SELECT COUNT(*) FROM (SELECT 1 FROM staff WHERE employee_no >= ? AND employee_no < ? "
    found = (conn.execute(f"{one}LIMIT ?)", (p, _after_prefix(p), threshold + 1)) for p in prefixes)
    return sum(int(c.fetchone()[0]) for c in found) > threshold


@dataclass(frozen=True)
class StaffDetails:
    """One person as the admin edits them."""

    employee_no: str
    name: str
    company: str
    department: str | None = None
    employment_type: str = "full_time"
    status: str = "active"
    start_date: str | None = None
    end_date: str | None = None
    role: str = "none"

    def checked(self, rules: Rules) -> StaffDetails:
        """The same details, normalised, or an InputError in the admin's words."""
        number = self.employee_no.strip()
        if not number:
            raise FieldError(
                QT_TRANSLATE_NOOP("Staff", "the employee number is empty").text(), "employee_no"
            )
        if not self.name.strip():
            raise FieldError(QT_TRANSLATE_NOOP("Staff", "the name is empty").text(), "name")
        if self.company not in rules.companies:
            raise InputError(
                QT_TRANSLATE_NOOP("Staff", "unknown company {company}").format(
                    company=repr(self.company)
                )
            )
        department = self.department.strip() if self.department else None
        if department:
            department = known_department(rules, department) or department
        if department is not None and len(department) > 100:
            raise InputError(
                QT_TRANSLATE_NOOP("Staff", "a department's name is at most 100 characters").text()
            )
        if self.status not in STATUSES:
            raise InputError(
                QT_TRANSLATE_NOOP("Staff", "status must be one of {values}").format(
                    values=", ".join(STATUSES)
                )
            )
        if self.role not in ROLES:
            raise InputError(
                QT_TRANSLATE_NOOP("Staff", "role must be one of {values}").format(
                    values=", ".join(ROLES)
                )
            )
        if not self.employment_type.strip():
            raise FieldError(
                QT_TRANSLATE_NOOP("Staff", "the employment type is empty").text(), "employment_type"
            )
        start_what = QT_TRANSLATE_NOOP("Staff", "start date").text()
        end_what = QT_TRANSLATE_NOOP("Staff", "end date").text()
        start = _day(self.start_date, start_what, "start_date")
        end = _day(self.end_date, end_what, "end_date")
        if start and end and end < start:
            raise FieldError(
                QT_TRANSLATE_NOOP("Staff", "the end date is before the start date").text(),
                "end_date",
            )
        return StaffDetails(
            number,
            self.name.strip(),
            self.company,
            department or None,
            self.employment_type.strip().lower().replace(" ", "_"),
            self.status,
            start.isoformat() if start else None,
            end.isoformat() if end else None,
            self.role,
        )


def no_employee(employee_no: str) -> Text:
    return QT_TRANSLATE_NOOP("Staff", "there is no employee number {number}").format(
        number=repr(employee_no)
    )


def details(conn: sqlite3.Connection, employee_no: str) -> StaffDetails | None:
    row = conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM staff WHERE employee_no = ?", (employee_no,)
    ).fetchone()
    return StaffDetails(**dict(row)) if row is not None else None


def save(
    conn: sqlite3.Connection, rules: Rules, person: StaffDetails, *, new: bool, actor: str
) -> StaffDetails:
    """Add or change one person in one transaction, audited with before and after."""
    refuse_on_joined_till(conn)
    checked = person.checked(rules)
    now = clock.stamp(clock.now())
    with write_transaction(conn):
        if checked.department is not None and checked.department not in rules.departments:
            checked = _new_department(conn, rules, checked, actor=actor, now=now)
        before = details(conn, checked.employee_no)
        if new and before is not None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Staff", "employee number {number} is already in the registry"
                ).format(number=checked.employee_no)
            )
        if not new and before is None:
            raise InputError(no_employee(checked.employee_no))
        values = asdict(checked)
        if before is None:
            conn.execute(
                f"INSERT INTO staff ({', '.join(values)}, updated_at) "
                f"VALUES ({', '.join('?' * len(values))}, ?)",
                [*values.values(), now],
            )
        elif before != checked:
            conn.execute(
                f"UPDATE staff SET {', '.join(f'{k} = ?' for k in values)}, updated_at = ? "
                "WHERE employee_no = ?",
                [*values.values(), now, checked.employee_no],
            )
        else:
            return checked
        record_audit(
            conn,
            till=rules.settings.till,
            actor=actor,
            action="staff.add" if before is None else "staff.edit",
            subject=checked.employee_no,
            before=asdict(before) if before else None,
            after=values,
            at=now,
        )
    return checked


def known_department(rules: Rules, text: str) -> str | None:
    """The code of the department a code or name stands for (case and accents aside)."""
    from pos_desktop.core.importing.mapping import fold

    if text in rules.departments:
        return text
    key = fold(text)
    for department in rules.departments.values():
        if key in (fold(department.code), fold(department.name)):
            return department.code
    return None


def department_code(name: str, taken: set[str]) -> str:
    """A code for a department named in words: the name folded to letters, digits and '-'
    (as a config's codes are), made unique among `taken`."""
    from pos_desktop.core.importing.mapping import fold

    base = _CODE_CHARACTERS.sub("-", fold(name).upper()).strip("-.")[:28] or "DEPT"
    code, n = base, 1
    while code in taken:
        n += 1
        code = f"{base}-{n}"
    return code


_CODE_CHARACTERS = re.compile(r"[^A-Z0-9_.-]+")


def _new_department(
    conn: sqlite3.Connection, rules: Rules, person: StaffDetails, *, actor: str, now: str
) -> StaffDetails:
    """A department typed by name that the store does not have: made (an organisational
    unit, no cost centre), audited; the person gets its code."""
    name = str(person.department)
    taken = {r[0] for r in conn.execute("SELECT code FROM departments")}
    code = department_code(name, taken)
    conn.execute(
        "INSERT INTO departments (code, name, cost_centre, updated_at) VALUES (?, ?, '', ?)",
        (code, name, now),
    )
    record_audit(
        conn,
        till=rules.settings.till,
        actor=actor,
        action="department.add",
        subject=code,
        after={"code": code, "name": name},
        at=now,
    )
    return StaffDetails(**{**asdict(person), "department": code})


def set_status(
    conn: sqlite3.Connection,
    rules: Rules,
    employee_no: str,
    status: str,
    *,
    actor: str,
    today: dt.date | None = None,
) -> StaffDetails:
    """Suspend, terminate (ending today) or reactivate (no end date) one person."""
    person = details(conn, employee_no)
    if person is None:
        raise InputError(no_employee(employee_no))
    day = (today or clock.now().astimezone(rules.settings.tz).date()).isoformat()
    if status == "terminated":
        changed = StaffDetails(
            **{**asdict(person), "status": status, "end_date": person.end_date or day}
        )
    elif status == "active":
        changed = StaffDetails(**{**asdict(person), "status": status, "end_date": None})
    else:
        changed = StaffDetails(**{**asdict(person), "status": status})
    return save(conn, rules, changed, new=False, actor=actor)


MAX_PHOTO_BYTES = 2_000_000


def set_photo(
    conn: sqlite3.Connection, rules: Rules, employee_no: str, photo: bytes | None, *, actor: str
) -> None:
    """The photo a till shows beside the verdict (None removes it)."""
    refuse_on_joined_till(conn)
    if photo is not None and len(photo) > MAX_PHOTO_BYTES:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Staff", "the photo is larger than 2 MB; use a smaller picture"
            ).text()
        )
    now = clock.stamp(clock.now())
    with write_transaction(conn):
        if details(conn, employee_no) is None:
            raise InputError(no_employee(employee_no))
        conn.execute(
            "UPDATE staff SET photo = ?, updated_at = ? WHERE employee_no = ?",
            (photo, now, employee_no),
        )
        record_audit(
            conn,
            till=rules.settings.till,
            actor=actor,
            action="staff.photo",
            subject=employee_no,
            after={"bytes": len(photo) if photo else 0},
            at=now,
        )


@dataclass(frozen=True)
class BadgeCard:
    """What a printed badge card shows: the holder's name, company and photo, and the code."""

    name: str
    company: str
    code: str
    photo: bytes | None


def active_badge(conn: sqlite3.Connection, employee_no: str) -> str | None:
    """The employee's newest active badge code, or None when they have none."""
    row = conn.execute(
        "SELECT code FROM badges WHERE holder_type = 'staff' AND holder_id = ? "
        "AND status = 'active' ORDER BY issued_at DESC LIMIT 1",
        (employee_no,),
    ).fetchone()
    return str(row[0]) if row is not None else None


def badge_card(conn: sqlite3.Connection, rules: Rules, employee_no: str) -> BadgeCard:
    """The card of the employee's newest active badge, to print again."""
    row = conn.execute(
        "SELECT s.name, c.name, b.code, s.photo FROM staff s JOIN companies c "
        "ON c.code = s.company JOIN badges b ON b.holder_type = 'staff' "
        "AND b.holder_id = s.employee_no AND b.status = 'active' "
        "WHERE s.employee_no = ? ORDER BY b.issued_at DESC LIMIT 1",
        (employee_no,),
    ).fetchone()
    if row is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Staff", "this person has no active badge to reprint").text()
        )
    if rules.settings.check_digit != "ean13":
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Staff", "badge cards print EAN-13 barcodes; this store's badges are not EAN-13"
            ).text()
        )
    return BadgeCard(row[0], row[1], row[2], bytes(row[3]) if row[3] else None)


def note_reprint(conn: sqlite3.Connection, rules: Rules, code: str, *, actor: str) -> None:
    """A badge card printed again (the same code: a lost card is revoked, not reprinted)."""
    with write_transaction(conn):
        record_audit(
            conn, till=rules.settings.till, actor=actor, action="badge.reprint", subject=code
        )


def _day(text: str | None, what: str, field: str) -> dt.date | None:
    """A date typed in a form, or None when left empty; a bad one names its field."""
    if not text:
        return None
    try:
        return clock.parse_date(text, what=what)
    except InputError as exc:
        raise FieldError(exc.args[0], field) from None

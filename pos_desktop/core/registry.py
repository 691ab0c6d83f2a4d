"""The staff registry: who holds a badge, and the few changes made at the till or by HR."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from pos_desktop.core import clock
from pos_desktop.core.badge import normalise
from pos_desktop.core.central.membership import refuse_on_joined_till
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.errors import InputError
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.rules import load_settings
from pos_desktop.core.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from argon2 import PasswordHasher

HolderType = Literal["staff", "dependant", "department"]
ROLES = ("none", "cashier", "supervisor", "admin")
STATUSES = ("active", "suspended", "terminated")


@dataclass(frozen=True)
class StaffMember:
    employee_no: str
    name: str
    company: str
    department: str | None
    employment_type: str
    status: str
    start_date: dt.date | None
    end_date: dt.date | None
    role: str
    pin_hash: str | None

    def ended(self, today: dt.date) -> bool:
        return self.end_date is not None and self.end_date < today


@dataclass(frozen=True)
class DependantRecord:
    dependant_no: str
    employee_no: str
    name: str
    status: str


@dataclass(frozen=True)
class BadgeHolder:
    """What a badge code points at: a staff member, a dependant (with their employee), or a
    department."""

    code: str
    holder_type: HolderType
    badge_status: str
    badge_reason: str | None
    employee: StaffMember | None
    dependant: DependantRecord | None
    department: str | None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _staff(row: sqlite3.Row) -> StaffMember:
    return StaffMember(
        employee_no=row["employee_no"],
        name=row["name"],
        company=row["company"],
        department=row["department"],
        employment_type=row["employment_type"],
        status=row["status"],
        start_date=_date(row["start_date"]),
        end_date=_date(row["end_date"]),
        role=row["role"],
        pin_hash=row["pin_hash"],
    )


_STAFF_COLUMNS = (
    "employee_no, name, company, department, employment_type, status, start_date, end_date, "
    "role, pin_hash"
)
_HOLDER_SQL = (
    "SELECT b.holder_type, b.holder_id, b.status AS b_status, b.reason, "
    "d.dependant_no, d.name AS dependant_name, d.status AS d_status, "
    + ", ".join(f"s.{c.strip()}" for c in _STAFF_COLUMNS.split(","))
    + " FROM badges b "
    "LEFT JOIN dependants d ON b.holder_type = 'dependant' AND d.dependant_no = b.holder_id "
    "LEFT JOIN staff s ON s.employee_no = CASE b.holder_type "
    "WHEN 'staff' THEN b.holder_id WHEN 'dependant' THEN d.employee_no END "
    "WHERE b.code = ?"
)
_BADGE_SQL = "SELECT code, holder_type, holder_id, status, reason FROM badges WHERE code = ?"
_STAFF_SQL = f"SELECT {_STAFF_COLUMNS} FROM staff WHERE employee_no = ?"


class StaffRegistry:
    """Reads and changes the registry through prepared SQL (the checkout's hot path)."""

    def __init__(self, conn: sqlite3.Connection, till: str = "T1") -> None:
        self.conn = conn
        self.till = till

    def holder(self, code: str) -> BadgeHolder | None:
        """Whoever holds the normalised badge code, or None for an unknown badge.

        One indexed query joins the badge to its staff member or dependant (and the
        dependant's employee): this is the lookup behind every scan.
        """
        row = self.conn.execute(_HOLDER_SQL, (code,)).fetchone()
        if row is None:
            return None
        kind: HolderType = row["holder_type"]
        dependant = None
        if kind == "dependant":
            if row["dependant_no"] is None:
                return None
            dependant = DependantRecord(
                row["dependant_no"], row["employee_no"], row["dependant_name"], row["d_status"]
            )
        if kind == "department":
            return BadgeHolder(
                code, kind, row["b_status"], row["reason"], None, None, row["holder_id"]
            )
        if row["employee_no"] is None:
            return None
        return BadgeHolder(code, kind, row["b_status"], row["reason"], _staff(row), dependant, None)

    def holder_name(self, code: str) -> str:
        """Who holds a badge, as the registry names them ("" when it no longer knows it)."""
        holder = self.holder(code)
        person = (holder.dependant or holder.employee) if holder else None
        return person.name if person else ""

    def member(self, employee_no: str) -> StaffMember | None:
        row = self.conn.execute(_STAFF_SQL, (employee_no,)).fetchone()
        return _staff(row) if row is not None else None

    def photo(self, employee_no: str) -> bytes | None:
        row = self.conn.execute(
            "SELECT photo FROM staff WHERE employee_no = ?", (employee_no,)
        ).fetchone()
        return bytes(row[0]) if row is not None and row[0] else None

    def require_member(self, employee_no: str) -> StaffMember:
        member = self.member(employee_no)
        if member is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Registry", "there is no employee number {employee} in the registry"
                ).format(employee=repr(employee_no))
            )
        return member

    # Changes: each in one transaction, each with its audit entry.

    def set_pin(self, employee_no: str, pin: str, *, actor: str = "admin") -> None:
        """Store an argon2id hash of a 4-12 digit PIN for a supervisor's overrides."""
        refuse_on_joined_till(self.conn)
        if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12):
            raise InputError(QT_TRANSLATE_NOOP("Registry", "a PIN must be 4 to 12 digits").text())
        if guessable_pin(pin):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Registry",
                    "the PIN {pin} is among the first ones anybody tries (a repeated, sequential "
                    "or common pattern); choose another, nothing was changed",
                ).format(pin=pin)
            )
        self.require_member(employee_no)
        hashed = hash_pin(pin)
        with write_transaction(self.conn):
            self.conn.execute(
                "UPDATE staff SET pin_hash = ?, updated_at = ? WHERE employee_no = ?",
                (hashed, clock.stamp(clock.now()), employee_no),
            )
            # A locked PIN sends its holder to an admin: the new PIN is what the admin gives.
            lock = self.conn.execute(
                "SELECT until FROM pin_locks WHERE holder = ?", (employee_no,)
            ).fetchone()
            self.conn.execute("DELETE FROM pin_failures WHERE holder = ?", (employee_no,))
            self.conn.execute("DELETE FROM pin_locks WHERE holder = ?", (employee_no,))
            record_audit(
                self.conn,
                till=self.till,
                actor=actor,
                action="pin.set",
                subject=employee_no,
                after={"lock_lifted": lock[0]} if lock is not None else None,
            )

    def issue_badge(self, employee_no: str, scan: str, *, actor: str = "admin") -> str:
        """Give an employee another active badge and return its code. The scan must be a badge
        of the store's format that is not in use."""
        refuse_on_joined_till(self.conn)
        code = normalise(scan)
        problem = load_settings(self.conn).badge_format.problem(code)
        if problem:
            raise InputError(
                QT_TRANSLATE_NOOP("Registry", "badge {badge}: {problem}").format(
                    badge=repr(scan), problem=problem
                )
            )
        self.require_member(employee_no)
        existing = self.conn.execute(_BADGE_SQL, (code,)).fetchone()
        if existing is not None:
            owner = f"{existing['holder_type']} {existing['holder_id']}"
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Registry", "badge {code} already belongs to {owner} ({status})"
                ).format(code=code, owner=owner, status=existing["status"])
            )
        now = clock.stamp(clock.now())
        with write_transaction(self.conn):
            self.conn.execute(
                "INSERT INTO badges (code, holder_type, holder_id, status, issued_at, updated_at) "
                "VALUES (?, 'staff', ?, 'active', ?, ?)",
                (code, employee_no, now, now),
            )
            record_audit(
                self.conn,
                till=self.till,
                actor=actor,
                action="badge.issue",
                subject=code,
                after={"holder": employee_no},
            )
        return code

    def revoke_badge(self, code: str, reason: str, *, actor: str = "admin") -> None:
        """Mark a badge revoked (lost, stolen, replaced): scanning it then shows BLOCKED. The
        reason is required: it is what the till shows and the audit keeps."""
        refuse_on_joined_till(self.conn)
        reason = reason.strip()
        if not reason:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Registry", "say why the badge is revoked (lost, stolen, replaced)"
                ).text()
            )
        code = normalise(code)
        row = self.conn.execute(_BADGE_SQL, (code,)).fetchone()
        if row is None:
            raise InputError(
                QT_TRANSLATE_NOOP("Registry", "badge {code} is not in the registry").format(
                    code=code
                )
            )
        if row["status"] == "revoked":
            raise InputError(
                QT_TRANSLATE_NOOP("Registry", "badge {code} is already revoked ({reason})").format(
                    code=code, reason=row["reason"]
                )
            )
        now = clock.stamp(clock.now())
        with write_transaction(self.conn):
            self.conn.execute(
                "UPDATE badges SET status = 'revoked', reason = ?, revoked_at = ?, updated_at = ? "
                "WHERE code = ?",
                (reason, now, now, code),
            )
            record_audit(
                self.conn,
                till=self.till,
                actor=actor,
                action="badge.revoke",
                subject=code,
                before={"status": "active"},
                after={"status": "revoked", "reason": reason},
            )


# PINs tried first after the repeated and sequential ones: keypad lines, dates, pairs.
_COMMON_PINS = frozenset(
    {
        "2580", "0852", "1470", "0741", "3690", "0963", "1397", "7931", "2468", "8642",
        "1357", "7531", "1004", "2000", "2001", "1122", "1221", "1001", "1100", "0011",
        "1369", "7777", "1231", "1230", "0101", "1111", "5683", "0007", "1590", "7410",
        "159753", "123123", "112233", "121212", "101010", "147258", "147258369", "258456",
    }
)  # fmt: skip


def guessable_pin(pin: str) -> bool:
    """True for a PIN an attacker tries first: one digit repeated, digits going up or down by
    one step (1234, 9876, 8901, 2468), a repeated pair or half (1212, 4545, 123123), or a
    common one."""
    if len(set(pin)) == 1 or pin in _COMMON_PINS:
        return True
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if len(steps) == 1:  # 1234, 9876, 2468, 13579: one step all along
        return True
    if len(pin) % 2 == 0 and pin[: len(pin) // 2] * 2 == pin:
        return True
    return len(pin) % 2 == 0 and pin[:2] * (len(pin) // 2) == pin


def pin_matches(pin_hash: str | None, pin: str) -> bool:
    """True when the PIN matches the stored argon2id hash."""
    if not pin_hash:
        return False
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def hash_pin(pin: str) -> str:
    return _hasher().hash(pin)


@functools.cache
def _hasher() -> PasswordHasher:
    # argon2 loads on the first PIN, not on every till start.
    from argon2 import PasswordHasher

    return PasswordHasher()

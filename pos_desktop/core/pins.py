"""Every PIN check in one place, with a lockout that parallel guessing cannot get past.

A supervisor's override, a cashier's sign-in at the till and an admin's badge sign-in all go
through `check_pin`. Wrong PINs are counted per person whose PIN it is (so a second badge gives
no more tries), in the database, so every process and till on the file shares the count. The
lock is read, the PIN verified and the outcome counted in one write transaction (BEGIN
IMMEDIATE): a second process waits for the first one's count before it reads the lock, so N
processes in parallel get no more tries than one. After `pin_failures` wrong PINs within
`pin_lock_minutes` (store settings, 5 and 15 by default) the PIN is locked for
`pin_lock_minutes`: refused even when right, without being verified. Each failure and each lock
is audited (`pin.failed`, `pin.locked`) with the badge and the place.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from pos_desktop.core import clock
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.errors import InputError
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.registry import StaffMember, pin_matches
from pos_desktop.core.rules import StoreSettings, load_settings
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Template, Text

# Where a PIN was typed, as the audit log and the messages name it.
PLACES: dict[str, Template] = {
    "override": QT_TRANSLATE_NOOP("Pins", "supervisor override"),
    "till_sign_in": QT_TRANSLATE_NOOP("Pins", "till sign-in"),
    "admin_sign_in": QT_TRANSLATE_NOOP("Pins", "admin sign-in"),
    "payroll_payer": QT_TRANSLATE_NOOP("Pins", "charge to payroll"),
    "customer_switch": QT_TRANSLATE_NOOP("Pins", "customer switched after a blocked badge"),
    "refund_approval": QT_TRANSLATE_NOOP("Pins", "refund approval"),
}
LOCKED = QT_TRANSLATE_NOOP(
    "Pins", "the PIN of {name} is locked after {count} wrong tries, until {time}; ask an admin"
)
# An admin's own PIN: "ask an admin" would send them to themselves. What else they can do
# depends on the store: the admin window's password, another admin, or the command line.
ADMIN_LOCKED = QT_TRANSLATE_NOOP(
    "Pins",
    "the PIN of {name} is locked after {count} wrong tries, until {time}; try again then, or "
    "ask another admin to set a new PIN",
)
ADMIN_LOCKED_PASSWORD = QT_TRANSLATE_NOOP(
    "Pins",
    "the PIN of {name} is locked after {count} wrong tries, until {time}; sign in with the "
    "admin password instead and set a new PIN on the Staff registry page, or try again then",
)
ADMIN_LOCKED_ALONE = QT_TRANSLATE_NOOP(
    "Pins",
    "the PIN of {name} is locked after {count} wrong tries, until {time}; try again then, or "
    "set a new PIN with the command 'pos-desktop staff set-pin {employee}'",
)
# The admin sign-in before any password is chosen: the same window offers to choose it.
ADMIN_LOCKED_FIRST_START = QT_TRANSLATE_NOOP(
    "Pins",
    "the PIN of {name} is locked after {count} wrong tries, until {time}; choose the admin "
    "password in this window to sign in now and set a new PIN on the Staff registry page "
    "(or with the command 'pos-desktop staff set-pin {employee}'), or try again then",
)


class WrongPin(InputError):
    """The PIN was wrong (and counted); callers may say so in their own words."""

    def __init__(self, message: str, left: int) -> None:
        super().__init__(message)
        self.left = left


class PinLocked(InputError):
    """The PIN is locked (now, or by this failure): refused without being checked."""

    def __init__(self, message: str, until: dt.datetime) -> None:
        super().__init__(message)
        self.until = until


@dataclass(frozen=True)
class PinOutcome:
    """What one PIN check found: right, wrong (with tries left), or locked until a moment."""

    right: bool
    left: int = 0
    locked_until: dt.datetime | None = None
    refusal: Text | None = None

    def raise_if_refused(self) -> None:
        if self.right:
            return
        assert self.refusal is not None
        if self.locked_until is not None:
            raise PinLocked(self.refusal, self.locked_until)
        raise WrongPin(self.refusal, self.left)


def check_pin(
    conn: sqlite3.Connection,
    member: StaffMember,
    pin: str,
    *,
    badge: str,
    place: str,
    till: str,
    now: dt.datetime | None = None,
) -> None:
    """Check `member`'s PIN typed at `place` (a key of PLACES) after scanning `badge`.

    Returns when it is right; raises WrongPin (counted, audited) or PinLocked (one line saying
    until when, in the store's time). Runs its own write transaction, so the failure is kept
    whatever the caller does next; the connection must not be inside a transaction."""
    if conn.in_transaction:
        raise RuntimeError("check_pin runs its own write transaction; call it outside one")
    with write_transaction(conn):
        outcome = pin_outcome(conn, member, pin, badge=badge, place=place, till=till, now=now)
    outcome.raise_if_refused()


def pin_outcome(
    conn: sqlite3.Connection,
    member: StaffMember,
    pin: str,
    *,
    badge: str,
    place: str,
    till: str,
    now: dt.datetime | None = None,
) -> PinOutcome:
    """check_pin's work for a caller that holds the write transaction (BEGIN IMMEDIATE) and
    commits it whatever the outcome, as the admin sign-in does with its own lockout."""
    if place not in PLACES:
        raise ValueError(f"unknown PIN place {place!r}")
    moment = now or clock.now()
    settings = load_settings(conn)
    until = locked_until(conn, member.employee_no, moment)
    if until is not None:
        _audit(conn, "pin.failed", member, badge, place, till, moment, {"locked": True})
        return PinOutcome(False, 0, until, _locked(conn, member, settings, until, moment, place))
    if pin_matches(member.pin_hash, pin):
        conn.execute("DELETE FROM pin_failures WHERE holder = ?", (member.employee_no,))
        conn.execute("DELETE FROM pin_locks WHERE holder = ?", (member.employee_no,))
        return PinOutcome(True)
    window = dt.timedelta(minutes=settings.pin_lock_minutes)
    conn.execute(
        "INSERT INTO pin_failures (holder, at, badge, place) VALUES (?, ?, ?, ?)",
        (member.employee_no, clock.stamp(moment), badge, place),
    )
    failures = int(
        conn.execute(
            "SELECT COUNT(*) FROM pin_failures WHERE holder = ? AND at > ?",
            (member.employee_no, clock.stamp(moment - window)),
        ).fetchone()[0]
    )
    _audit(conn, "pin.failed", member, badge, place, till, moment, {"failures": failures})
    if failures < settings.pin_failures:
        left = settings.pin_failures - failures
        wrong = QT_TRANSLATE_NOOP("Pins", "wrong PIN; tries left before the PIN locks: {count}")
        return PinOutcome(False, left, None, wrong.format(count=left))
    until = moment + window
    conn.execute("DELETE FROM pin_failures WHERE holder = ?", (member.employee_no,))
    conn.execute(
        "INSERT INTO pin_locks (holder, until) VALUES (?, ?) "
        "ON CONFLICT (holder) DO UPDATE SET until = excluded.until",
        (member.employee_no, clock.stamp(until)),
    )
    _audit(conn, "pin.locked", member, badge, place, till, moment, {"until": clock.stamp(until)})
    return PinOutcome(False, 0, until, _locked(conn, member, settings, until, moment, place))


def locked_until(
    conn: sqlite3.Connection, employee_no: str, now: dt.datetime | None = None
) -> dt.datetime | None:
    """The moment this person's PIN opens again, or None when it is not locked."""
    row = conn.execute("SELECT until FROM pin_locks WHERE holder = ?", (employee_no,)).fetchone()
    if row is None:
        return None
    until = clock.parse_stamp(str(row[0]))
    return until if until > (now or clock.now()) else None


def _locked(
    conn: sqlite3.Connection,
    member: StaffMember,
    settings: StoreSettings,
    until: dt.datetime,
    now: dt.datetime,
    place: str,
) -> Text:
    local = until.astimezone(settings.tz)
    same_day = local.date() == now.astimezone(settings.tz).date()
    time = local.strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M")
    said = _admin_way_out(conn, member, place) if member.role == "admin" else LOCKED
    return said.format(
        name=member.name, count=settings.pin_failures, time=time, employee=member.employee_no
    )


def _admin_way_out(conn: sqlite3.Connection, member: StaffMember, place: str) -> Template:
    """An admin's locked PIN: the password when the store has one (or, at the admin sign-in
    before one is chosen, choosing it), else another admin who can sign in by badge, else
    the command line."""
    password = conn.execute(
        "SELECT value FROM settings WHERE key = 'admin.password_hash'"
    ).fetchone()
    if password and json.loads(password[0]):
        return ADMIN_LOCKED_PASSWORD
    if place == "admin_sign_in":
        return ADMIN_LOCKED_FIRST_START
    other = conn.execute(
        "SELECT 1 FROM staff s JOIN badges b ON b.holder_type = 'staff' "
        "AND b.holder_id = s.employee_no AND b.status = 'active' WHERE s.role = 'admin' "
        "AND s.status = 'active' AND s.pin_hash IS NOT NULL AND s.employee_no != ? LIMIT 1",
        (member.employee_no,),
    ).fetchone()
    return ADMIN_LOCKED if other else ADMIN_LOCKED_ALONE


def _audit(
    conn: sqlite3.Connection,
    action: str,
    member: StaffMember,
    badge: str,
    place: str,
    till: str,
    moment: dt.datetime,
    details: dict[str, object],
) -> None:
    record_audit(
        conn,
        till=till,
        actor="-",
        action=action,
        subject=badge,
        after={"employee_no": member.employee_no, "place": place, **details},
        at=clock.stamp(moment),
    )

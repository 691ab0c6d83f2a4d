"""Who signs in and who approves: a cashier's badge at the till, a supervisor's badge and
PIN for what a cashier may not do alone, and the admin window's password or an admin's badge
and PIN, with a lockout after repeated failures (every sign-in, failure and lockout audited)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from pos_desktop.core import clock, pins
from pos_desktop.core.badge import normalise
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.errors import InputError
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.registry import StaffMember, StaffRegistry, hash_pin, pin_matches
from pos_desktop.core.rules import StoreSettings, load_settings
from pos_desktop.core.text import QT_TRANSLATE_NOOP
from pos_desktop.core.verdict import Verdict

ROLE_WORDS = {
    "cashier": QT_TRANSLATE_NOOP("Words", "cashier"),
    "supervisor": QT_TRANSLATE_NOOP("Words", "supervisor"),
}
STATUS_WORDS = {
    "active": QT_TRANSLATE_NOOP("Words", "active"),
    "suspended": QT_TRANSLATE_NOOP("Words", "suspended"),
    "terminated": QT_TRANSLATE_NOOP("Words", "terminated"),
}

SUPERVISOR_ROLES = ("supervisor", "admin")
CASHIER_ROLES = ("cashier", *SUPERVISOR_ROLES)
_ROLES = {"cashier": CASHIER_ROLES, "supervisor": SUPERVISOR_ROLES}


def cashier(
    registry: StaffRegistry, settings: StoreSettings, badge: str, at: dt.datetime
) -> StaffMember:
    """The staff member signing in at the till with this badge; refuses anyone else."""
    return staff_by_badge(registry, settings, badge, "cashier", at)


def staff_by_badge(
    registry: StaffRegistry, settings: StoreSettings, badge: str, role: str, at: dt.datetime
) -> StaffMember:
    """An active staff member whose role may act as `role` (cashier, supervisor), holding this
    active badge at `at`."""
    roles = _ROLES[role]
    code = normalise(badge)
    problem = settings.badge_format.problem(code)
    if problem is not None:
        raise InputError(
            QT_TRANSLATE_NOOP("Checkout", "{role} badge {badge}: {problem}; scan again").format(
                role=ROLE_WORDS[role].text(), badge=repr(badge), problem=problem
            )
        )
    holder = registry.holder(code)
    if holder is None or holder.holder_type != "staff" or holder.employee is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Checkout", "{role} badge {code} is not a staff badge").format(
                role=ROLE_WORDS[role].text(), code=code
            )
        )
    if holder.badge_status != "active":
        revoked = QT_TRANSLATE_NOOP("Checkout", "{role} badge {code} is revoked ({reason})")
        reason = holder.badge_reason or QT_TRANSLATE_NOOP("Checkout", "no reason").text()
        raise InputError(revoked.format(role=ROLE_WORDS[role].text(), code=code, reason=reason))
    member = holder.employee
    who = f"{member.name} ({member.employee_no})"
    if member.status != "active":
        raise InputError(
            QT_TRANSLATE_NOOP("Checkout", "{role} {who} is {status}").format(
                role=ROLE_WORDS[role].text(),
                who=who,
                status=STATUS_WORDS.get(member.status, member.status),
            )
        )
    if member.ended(at.astimezone(settings.tz).date()):
        raise InputError(
            QT_TRANSLATE_NOOP("Checkout", "{role} {who} left on {day}").format(
                role=ROLE_WORDS[role].text(), who=who, day=member.end_date
            )
        )
    if member.role not in roles:
        raise InputError(
            QT_TRANSLATE_NOOP("Checkout", "{who} has no {role} role in the registry").format(
                who=who, role=ROLE_WORDS[role].text()
            )
        )
    return member


def supervisor(
    conn: sqlite3.Connection,
    registry: StaffRegistry,
    settings: StoreSettings,
    approval: tuple[str, str],
    cashier: StaffMember | None,
    at: dt.datetime,
    *,
    place: str = "override",
    pin_checked: bool = False,
) -> StaffMember:
    """The supervisor whose badge and PIN (`approval`) approve something the cashier may not
    do alone (their own purchase, a customer switched after a BLOCKED badge, a large refund).
    A wrong PIN counts toward the supervisor's PIN lockout at `place`."""
    badge, pin = approval
    member = staff_by_badge(registry, settings, badge, "supervisor", at)
    now = clock.now()
    if abs(at - now) > clock.AT_SLACK:
        # A sale dated in the past needs a supervisor who is one today as well.
        staff_by_badge(registry, settings, badge, "supervisor", now)
    if cashier is not None and member.employee_no == cashier.employee_no:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Checkout", "a supervisor cannot approve their own purchase; ask another one"
            ).text()
        )
    if not pin_checked:
        try:
            pins.check_pin(
                conn, member, pin, badge=normalise(badge), place=place, till=settings.till
            )
        except pins.WrongPin as exc:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Checkout",
                    "wrong PIN for supervisor {name}; nothing was recorded (tries left "
                    "before the PIN locks: {count})",
                ).format(name=member.name, count=exc.left)
            ) from None
    return member


def approval_reason(reason: str) -> str:
    """The reason a supervisor gives for an approval, trimmed; an empty one is refused."""
    reason = reason.strip()
    if not reason:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Checkout", "a supervisor override needs a reason; nothing was recorded"
            ).text()
        )
    return reason


def purchase_reason(reason: str, verdict: Verdict) -> str:
    """The reason a supervisor gives for approving a cashier's own (or own dependant's)
    purchase; refuses an empty one, and an approval the sale does not need."""
    reason = approval_reason(reason)
    if "self_purchase" not in verdict.reasons:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Checkout", "this sale needs no supervisor override; nothing was recorded"
            ).text()
        )
    return reason


# The admin window

MAX_FAILURES = 5
DEFAULT_LOCKOUT_MINUTES = 15
MIN_PASSWORD = 8


@dataclass(frozen=True)
class AdminIdentity:
    """Who signed in: 'admin' for the password, else the admin's employee number."""

    actor: str
    name: str


def _key(name: str, by_badge: bool) -> str:
    """The settings key of the password's lock state, or of the badge sign-in's."""
    return f"admin.badge_{name}" if by_badge else f"admin.{name}"


class AdminGate:
    """The admin sign-in, its password and its lockout, kept in the settings table."""

    def __init__(self, conn: sqlite3.Connection, till: str = "-") -> None:
        self.conn = conn
        self.till = till

    def _get(self, key: str, default: object = None) -> object:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def _set(self, key: str, value: object) -> None:
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )

    @property
    def has_password(self) -> bool:
        return bool(self._get("admin.password_hash"))

    @property
    def has_badge_admins(self) -> bool:
        """Whether the registry has an active admin with an active badge and a PIN: one who
        can sign in by badge, so the first start need not force a password first."""
        row = self.conn.execute(
            "SELECT 1 FROM staff s JOIN badges b ON b.holder_type = 'staff' "
            "AND b.holder_id = s.employee_no AND b.status = 'active' "
            "WHERE s.role = 'admin' AND s.status = 'active' AND s.pin_hash IS NOT NULL LIMIT 1"
        ).fetchone()
        return row is not None

    @property
    def lockout_minutes(self) -> int:
        value = self._get("admin.lockout_minutes", DEFAULT_LOCKOUT_MINUTES)
        return value if isinstance(value, int) else DEFAULT_LOCKOUT_MINUTES

    def locked_until(
        self, now: dt.datetime | None = None, *, by_badge: bool = False
    ) -> dt.datetime | None:
        """The moment sign-in opens again, or None when it is open now. The password and the
        badge sign-in each have their own lock: badge guesses never lock the password out
        (nor the other way round), and a wrong PIN counts only on that person's PIN lockout."""
        until = self._get(_key("locked_until", by_badge))
        if not isinstance(until, str):
            return None
        moment = clock.parse_stamp(until)
        return moment if moment > (now or clock.now()) else None

    def set_lockout_minutes(self, minutes: int, *, actor: str) -> None:
        """How long five failed sign-ins lock the admin window (1 to 1440 minutes)."""
        if not 1 <= minutes <= 1440:
            raise InputError(
                QT_TRANSLATE_NOOP("Admin", "the lockout must be from 1 to 1440 minutes").text()
            )
        with write_transaction(self.conn):
            before = self.lockout_minutes
            self._set("admin.lockout_minutes", minutes)
            if before != minutes:
                record_audit(
                    self.conn,
                    till=self.till,
                    actor=actor,
                    action="admin.lockout_set",
                    before=before,
                    after=minutes,
                )

    def set_password(self, password: str, *, actor: str = "admin") -> None:
        """The first start's new password, or a change by a signed-in admin."""
        if len(password) < MIN_PASSWORD:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Admin", "the admin password needs at least {count} characters"
                ).format(count=MIN_PASSWORD)
            )
        hashed = hash_pin(password)
        with write_transaction(self.conn):
            first = not self.has_password
            self._set("admin.password_hash", hashed)
            record_audit(
                self.conn,
                till=self.till,
                actor=actor,
                action="admin.password_set" if first else "admin.password_changed",
            )

    def sign_in(
        self,
        *,
        password: str | None = None,
        badge: str | None = None,
        pin: str | None = None,
        now: dt.datetime | None = None,
    ) -> AdminIdentity:
        """Check a password, or an admin's badge and PIN; count failures and lock after five.

        The lock is read, the password or PIN verified and the failure counted in one write
        transaction, so sign-ins tried in parallel (several windows or processes) wait for
        each other's count and get no more tries than one after another."""
        if password is None and (badge is None or pin is None):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Admin", "give the admin password, or an admin badge and its PIN"
                ).text()
            )
        moment = now or clock.now()
        refusal: InputError | None = None
        by_badge = password is None
        with write_transaction(self.conn):
            until = self.locked_until(moment, by_badge=by_badge)
            if until is not None:
                local = until.astimezone(load_settings(self.conn).tz).strftime("%H:%M")
                refusal = InputError(
                    QT_TRANSLATE_NOOP(
                        "Admin", "sign-in is locked after {count} failures until {time}"
                    ).format(count=MAX_FAILURES, time=local)
                )
                identity = None
            else:
                identity, pin_refusal = self._identify(password, badge, pin, moment)
                if identity is None:
                    refusal = pin_refusal or self._count_failure(badge, moment)
                else:
                    self._set(_key("failures", by_badge), 0)
                    record_audit(
                        self.conn,
                        till=self.till,
                        actor=identity.actor,
                        action="admin.sign_in",
                        at=clock.stamp(moment),
                    )
        if identity is None:
            assert refusal is not None
            raise refusal
        return identity

    def _count_failure(self, badge: str | None, moment: dt.datetime) -> InputError:
        """One more failed sign-in, audited; the fifth locks the window. The caller holds the
        write transaction."""
        by_badge = badge is not None
        failures = int(str(self._get(_key("failures", by_badge), 0))) + 1
        subject = normalise(badge) if badge else "password"
        record_audit(
            self.conn,
            till=self.till,
            actor="-",
            action="admin.sign_in_failed",
            subject=subject,
            at=clock.stamp(moment),
        )
        if failures >= MAX_FAILURES:
            until = moment + dt.timedelta(minutes=self.lockout_minutes)
            self._set(_key("locked_until", by_badge), clock.stamp(until))
            self._set(_key("failures", by_badge), 0)
            record_audit(
                self.conn,
                till=self.till,
                actor="-",
                action="admin.locked",
                after={"until": clock.stamp(until)},
                at=clock.stamp(moment),
            )
            return InputError(
                QT_TRANSLATE_NOOP("Admin", "sign-in failed; locked for {minutes} minutes").format(
                    minutes=self.lockout_minutes
                )
            )
        self._set(_key("failures", by_badge), failures)
        return InputError(
            QT_TRANSLATE_NOOP(
                "Admin", "sign-in failed; {count} tries left before a lockout"
            ).format(count=MAX_FAILURES - failures)
        )

    def _identify(
        self, password: str | None, badge: str | None, pin: str | None, moment: dt.datetime
    ) -> tuple[AdminIdentity | None, InputError | None]:
        """Who signs in, or None; with a badge whose PIN is locked, the refusal to give
        instead of the window's own count. The caller holds the write transaction."""
        if password is not None:
            stored = self._get("admin.password_hash")
            if isinstance(stored, str) and pin_matches(stored, password):
                return AdminIdentity(
                    "admin", QT_TRANSLATE_NOOP("Admin", "Administrator").text()
                ), None
            return None, None
        assert badge is not None and pin is not None
        code = normalise(badge)
        holder = StaffRegistry(self.conn).holder(code)
        member = holder.employee if holder and holder.holder_type == "staff" else None
        if (
            member is None
            or holder is None
            or holder.badge_status != "active"
            or member.status != "active"
            or member.role != "admin"
        ):
            return None, None
        outcome = pins.pin_outcome(
            self.conn, member, pin, badge=code, place="admin_sign_in", till=self.till, now=moment
        )
        if not outcome.right:
            # The admin's own PIN lockout counted it (and audited it as pin.failed); the
            # window's badge lock is for badges that are no admin's, the password's for guesses
            # at the password.
            return None, InputError(outcome.refusal or "")
        return AdminIdentity(member.employee_no, member.name), None

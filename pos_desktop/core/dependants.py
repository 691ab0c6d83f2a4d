"""Dependants kept by hand (the admin window): a spouse or child on an employee's allowance,
with their own badge or none."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from pos_desktop.core import clock, staff
from pos_desktop.core.badge import normalise
from pos_desktop.core.central.membership import refuse_on_joined_till
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.errors import InputError
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.rules import Rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Dependant:
    """A spouse or child who buys on an employee's allowance."""

    dependant_no: str
    name: str
    status: str
    badge: str | None


def of_employee(conn: sqlite3.Connection, employee_no: str) -> list[Dependant]:
    """The employee's dependants, each with their active badge (or None)."""
    rows = conn.execute(
        "SELECT d.dependant_no, d.name, d.status, (SELECT code FROM badges b "
        "WHERE b.holder_type = 'dependant' AND b.holder_id = d.dependant_no "
        "AND b.status = 'active' LIMIT 1) FROM dependants d WHERE d.employee_no = ? "
        "ORDER BY d.dependant_no",
        (employee_no,),
    )
    return [Dependant(*row) for row in rows]


def add(
    conn: sqlite3.Connection,
    rules: Rules,
    employee_no: str,
    dependant_no: str,
    name: str,
    badge: str,
    *,
    actor: str,
) -> Dependant:
    """A spouse or child on the employee's allowance, with their own badge (optional)."""
    refuse_on_joined_till(conn)
    number, who, code = dependant_no.strip(), name.strip(), normalise(badge) or None
    if not number:
        raise InputError(QT_TRANSLATE_NOOP("Staff", "the dependant's number is empty").text())
    if not who:
        raise InputError(QT_TRANSLATE_NOOP("Staff", "the dependant's name is empty").text())
    if code is not None:
        problem = rules.settings.badge_format.problem(code)
        if problem:
            raise InputError(
                QT_TRANSLATE_NOOP("Staff", "badge {badge}: {problem}").format(
                    badge=repr(badge), problem=problem
                )
            )
    now = clock.stamp(clock.now())
    with write_transaction(conn):
        if staff.details(conn, employee_no) is None:
            raise InputError(staff.no_employee(employee_no))
        taken = conn.execute(
            "SELECT 1 FROM dependants WHERE dependant_no = ? UNION ALL "
            "SELECT 1 FROM staff WHERE employee_no = ?",
            (number, number),
        ).fetchone()
        if taken:
            raise InputError(
                QT_TRANSLATE_NOOP("Staff", "the number {number} is already in the registry").format(
                    number=number
                )
            )
        if (
            code is not None
            and conn.execute("SELECT 1 FROM badges WHERE code = ?", (code,)).fetchone()
        ):
            raise InputError(
                QT_TRANSLATE_NOOP("Staff", "badge {badge} already belongs to someone").format(
                    badge=code
                )
            )
        conn.execute(
            "INSERT INTO dependants (dependant_no, employee_no, name, status, updated_at) "
            "VALUES (?, ?, ?, 'active', ?)",
            (number, employee_no, who, now),
        )
        if code is not None:
            conn.execute(
                "INSERT INTO badges (code, holder_type, holder_id, status, issued_at, updated_at) "
                "VALUES (?, 'dependant', ?, 'active', ?, ?)",
                (code, number, now, now),
            )
        record_audit(
            conn,
            till=rules.settings.till,
            actor=actor,
            action="dependant.add",
            subject=number,
            after={"employee_no": employee_no, "name": who, "badge": code},
            at=now,
        )
    return Dependant(number, who, "active", code)

"""Signing in to the admin window: password or admin badge and PIN, lockout, audit."""

from __future__ import annotations

import datetime as dt

import pytest

from pos_desktop.core import pins
from pos_desktop.core.errors import InputError
from pos_desktop.core.signin import AdminGate
from tests.conftest import MARIA, RADU

T0 = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def gate(demo_store):
    return AdminGate(demo_store.conn)


def actions(gate):
    return [r[0] for r in gate.conn.execute("SELECT action FROM audit ORDER BY seq")]


def test_first_start_sets_a_password_then_it_signs_in(gate):
    assert not gate.has_password
    with pytest.raises(InputError, match="at least 8"):
        gate.set_password("short")
    gate.set_password("correct horse")
    assert gate.has_password
    assert gate.sign_in(password="correct horse", now=T0).actor == "admin"
    assert actions(gate)[-2:] == ["admin.password_set", "admin.sign_in"]


def test_an_admin_badge_and_pin_sign_in_but_a_supervisor_does_not(gate):
    assert gate.sign_in(badge=RADU, pin="4321", now=T0).actor == "E0012"
    with pytest.raises(InputError, match="sign-in failed"):
        gate.sign_in(badge=MARIA, pin="1234", now=T0)
    with pytest.raises(InputError, match="wrong PIN"):
        gate.sign_in(badge=RADU, pin="0000", now=T0)


def test_five_failures_lock_sign_in_for_the_configured_time(gate):
    gate.set_password("correct horse")
    for attempt in range(4):
        with pytest.raises(InputError, match=f"{4 - attempt} tries left"):
            gate.sign_in(password="wrong", now=T0)
    with pytest.raises(InputError, match="locked for 15 minutes"):
        gate.sign_in(password="wrong", now=T0)
    with pytest.raises(InputError, match="locked"):
        gate.sign_in(password="correct horse", now=T0 + dt.timedelta(minutes=14))
    assert gate.sign_in(password="correct horse", now=T0 + dt.timedelta(minutes=16))
    log = actions(gate)
    assert log.count("admin.sign_in_failed") == 5
    assert log.count("admin.locked") == 1
    assert log[-1] == "admin.sign_in"


def test_an_admin_s_own_locked_pin_is_not_sent_to_an_admin(gate, demo_store):
    for pin in ("5001", "5002", "5003", "5004", "5005"):
        with pytest.raises(InputError):
            gate.sign_in(badge=RADU, pin=pin, now=T0)
    with pytest.raises(InputError) as refused:
        gate.sign_in(badge=RADU, pin="4321", now=T0 + dt.timedelta(minutes=1))
    said = str(refused.value)
    assert said.startswith("the PIN of Radu Stan is locked after 5 wrong tries, until 12:15")
    # The sign-in before any password is chosen offers to choose it: the message says so.
    assert said.endswith(
        "until 12:15; choose the admin password in this window to sign in now and set a new "
        "PIN on the Staff registry page (or with the command 'pos-desktop staff set-pin "
        "E0012'), or try again then"
    )
    assert "; ask an admin" not in said
    # Elsewhere (a till's override), the demo's only admin: the command line sets a new PIN.
    radu = demo_store.registry.member("E0012")

    def elsewhere(minutes: int) -> str:
        moment = T0 + dt.timedelta(minutes=minutes)
        with pytest.raises(pins.PinLocked) as locked:
            pins.check_pin(
                demo_store.conn, radu, "4321", badge=RADU, place="override", till="T1", now=moment
            )
        return str(locked.value)

    assert elsewhere(2).endswith(
        "try again then, or set a new PIN with the command 'pos-desktop staff set-pin E0012'"
    )
    # With another admin who can sign in by badge: that admin sets a new PIN.
    demo_store.conn.execute("UPDATE staff SET role = 'admin' WHERE employee_no = 'E0003'")
    demo_store.conn.commit()
    assert elsewhere(2).endswith("try again then, or ask another admin to set a new PIN")
    # With the admin password set: it signs in while the PIN is locked.
    gate.set_password("correct horse")
    with pytest.raises(InputError) as refused:
        gate.sign_in(badge=RADU, pin="4321", now=T0 + dt.timedelta(minutes=3))
    assert str(refused.value).endswith(
        "until 12:15; sign in with the admin password instead and set a new PIN on the Staff "
        "registry page, or try again then"
    )
    assert gate.sign_in(password="correct horse", now=T0 + dt.timedelta(minutes=4)) is not None
    demo_store.conn.execute("UPDATE staff SET role = 'supervisor' WHERE employee_no = 'E0003'")
    demo_store.conn.commit()
    # A supervisor's locked PIN still sends them to an admin, who can set a new one.
    maria = demo_store.registry.member("E0003")
    for pin in ("5001", "5002", "5003", "5004", "5005"):
        outcome = pins.pin_outcome(
            demo_store.conn, maria, pin, badge=MARIA, place="override", till="T1", now=T0
        )
    assert str(outcome.refusal).endswith("until 12:15; ask an admin")


def test_a_success_resets_the_failure_count(gate):
    gate.set_password("correct horse")
    for _ in range(3):
        with pytest.raises(InputError):
            gate.sign_in(password="wrong", now=T0)
    gate.sign_in(password="correct horse", now=T0)
    with pytest.raises(InputError, match="4 tries left"):
        gate.sign_in(password="wrong", now=T0)


def test_badge_and_pin_guesses_never_lock_the_admin_password(gate):
    """Each lock guards its own secret: five wrong PINs lock that admin's PIN, five badges
    that are no admin's lock the badge sign-in, and the password still signs in."""
    gate.set_password("correct horse")
    for _ in range(5):
        with pytest.raises(InputError):
            gate.sign_in(badge=RADU, pin="0000", now=T0)
    for _ in range(5):
        with pytest.raises(InputError):
            gate.sign_in(badge=MARIA, pin="1234", now=T0)
    with pytest.raises(InputError, match="locked"):
        gate.sign_in(badge=RADU, pin="4321", now=T0)  # Radu's PIN lock holds
    assert gate.sign_in(password="correct horse", now=T0).actor == "admin"


def test_password_guesses_never_lock_an_admin_badge_out(gate):
    gate.set_password("correct horse")
    for _ in range(5):
        with pytest.raises(InputError):
            gate.sign_in(password="wrong", now=T0)
    with pytest.raises(InputError, match="locked"):
        gate.sign_in(password="correct horse", now=T0)
    assert gate.sign_in(badge=RADU, pin="4321", now=T0).actor == "E0012"

"""Guessing a PIN: every check (override, till sign-in, admin badge sign-in) counts wrong PINs
per person in the database, locks after the store's number, and holds in parallel processes."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pos_desktop.core import clock, pins
from pos_desktop.core.checkout import Override
from pos_desktop.core.db.storage import database_file, open_database
from pos_desktop.core.errors import InputError
from pos_desktop.core.signin import AdminGate
from pos_desktop.core.till import TillSession
from tests.conftest import CASHIER, MARIA, PIOTR, RADU, table_counts

ROOT = Path(__file__).resolve().parents[2]
SELF = ("--customer", PIOTR, *CASHIER, "--item", "SHIRT-01")


def actions(conn, prefix="pin."):
    return [
        (r[0], r[1], json.loads(r[2])["v"] if r[2] else None)
        for r in conn.execute(
            "SELECT action, subject, after FROM audit WHERE action LIKE ? ORDER BY seq",
            (prefix + "%",),
        )
    ]


def test_five_wrong_pins_lock_the_pin_even_for_the_right_one(demo_store):
    maria = demo_store.registry.holder(MARIA).employee
    now = clock.now()
    for left in (4, 3, 2, 1):
        with pytest.raises(pins.WrongPin) as wrong:
            pins.check_pin(
                demo_store.conn, maria, "5001", badge=MARIA, place="override", till="T1", now=now
            )
        assert wrong.value.left == left
        assert f"tries left before the PIN locks: {left}" in str(wrong.value)
    with pytest.raises(pins.PinLocked) as locked:
        pins.check_pin(
            demo_store.conn, maria, "5005", badge=MARIA, place="override", till="T1", now=now
        )
    until = (now + dt.timedelta(minutes=15)).astimezone(demo_store.rules.settings.tz)
    assert str(locked.value) == (
        f"the PIN of Maria Popescu is locked after 5 wrong tries, until {until:%H:%M}; ask an admin"
    )
    with pytest.raises(pins.PinLocked):  # the right PIN, refused without being checked
        pins.check_pin(
            demo_store.conn, maria, "1234", badge=MARIA, place="override", till="T1", now=now
        )
    later = now + dt.timedelta(minutes=15, seconds=1)
    pins.check_pin(
        demo_store.conn, maria, "1234", badge=MARIA, place="override", till="T1", now=later
    )
    found = actions(demo_store.conn)
    assert [a for a, _, _ in found] == ["pin.failed"] * 5 + ["pin.locked", "pin.failed"]
    assert {(s, d["employee_no"], d["place"]) for _, s, d in found} == {
        (MARIA, "E0003", "override")
    }
    assert found[-1][2]["locked"] is True


def test_a_new_pin_an_admin_sets_ends_the_lock_the_message_sends_them_to(demo_store):
    """ "Ask an admin", the lock says: what the admin can do is set a new PIN, which works."""
    maria = demo_store.registry.holder(MARIA).employee
    for _ in range(5):
        with pytest.raises((pins.WrongPin, pins.PinLocked)):
            pins.check_pin(demo_store.conn, maria, "5001", badge=MARIA, place="override", till="T1")
    demo_store.registry.set_pin("E0003", "5071", actor="command line (root)")
    maria = demo_store.registry.holder(MARIA).employee
    pins.check_pin(demo_store.conn, maria, "5071", badge=MARIA, place="override", till="T1")
    assert pins.locked_until(demo_store.conn, "E0003") is None
    pin_set = actions(demo_store.conn)[-1]
    assert pin_set[0] == "pin.set" and pin_set[2]["lock_lifted"]


def test_wrong_pins_older_than_the_window_do_not_count(demo_store):
    maria = demo_store.registry.holder(MARIA).employee
    start = clock.now() - dt.timedelta(hours=1)
    for minute in range(0, 40, 10):  # 4 failures, 10 minutes apart: never 5 within 15
        with pytest.raises(pins.WrongPin):
            pins.check_pin(
                demo_store.conn,
                maria,
                "9911",
                badge=MARIA,
                place="override",
                till="T1",
                now=start + dt.timedelta(minutes=minute),
            )
    for minute in (40, 41, 42):
        with pytest.raises(pins.WrongPin):
            pins.check_pin(
                demo_store.conn,
                maria,
                "9911",
                badge=MARIA,
                place="override",
                till="T1",
                now=start + dt.timedelta(minutes=minute),
            )
    assert pins.locked_until(demo_store.conn, "E0003") is None


def test_the_store_sets_how_many_wrong_pins_and_for_how_long(run, demo_path):
    exported = run("config", "export").out
    changed = exported.replace("pin_failures = 5", "pin_failures = 2").replace(
        "pin_lock_minutes = 15", "pin_lock_minutes = 60"
    )
    path = demo_path.with_name("pins.toml")
    path.write_text(changed, encoding="utf-8")
    assert run("config", "import", str(path)).code == 0
    override = ("--override", MARIA, "--reason", "r")
    assert (
        "tries left before the PIN locks: 1" in run("sell", *SELF, *override, "--pin", "5001").err
    )
    locked = run("sell", *SELF, *override, "--pin", "5002")
    assert locked.code == 2
    assert "locked after 2 wrong tries, until" in locked.err
    right = run("sell", *SELF, *override, "--pin", "1234")
    assert right.code == 2 and "is locked" in right.err
    assert len(right.err.strip().splitlines()) == 1
    for bad in ("pin_failures = 0", "pin_lock_minutes = 2000"):
        key = bad.split(" = ")[0]
        lines = [bad if line.startswith(key + " =") else line for line in exported.splitlines()]
        path.write_text("\n".join(lines), encoding="utf-8")
        refused = run("config", "import", str(path))
        assert refused.code == 2 and "must be a whole number" in refused.err


def test_the_till_sign_in_counts_and_locks_the_same_pin_as_an_override(demo_store):
    demo_store.conn.execute("UPDATE settings SET value = 'true' WHERE key = 'store.require_pin'")
    demo_store.conn.commit()
    demo_store.reload()
    session = TillSession(demo_store)
    for left in (4, 3, 2, 1):
        with pytest.raises(
            InputError, match=f"wrong PIN; try again \\(tries left before the PIN locks: {left}"
        ):
            session.sign_in(MARIA, "0852")
    with pytest.raises(pins.PinLocked, match="locked after 5 wrong tries"):
        session.sign_in(MARIA, "0853")
    with pytest.raises(pins.PinLocked):
        session.sign_in(MARIA, "1234")
    assert session.cashier is None
    # The same person's PIN is locked for an override too, whichever badge or place.
    piotr = demo_store.cashier(PIOTR)
    lines = [demo_store.product_line("SHIRT-01")]
    with pytest.raises(pins.PinLocked):
        demo_store.sell(PIOTR, lines, cashier=piotr, override=Override(MARIA, "1234", "r"))
    places = {d["place"] for _, _, d in actions(demo_store.conn)}
    assert places == {"till_sign_in", "override"}


def test_guessing_an_admin_pin_by_override_locks_the_admin_sign_in(demo_store, run):
    for pin in ("5001", "5002", "5003", "5004", "5005"):
        result = run("sell", *SELF, "--override", RADU, "--pin", pin, "--reason", "r")
        assert result.code == 2
    assert "is locked after 5 wrong tries" in result.err
    path = database_file(demo_store.conn)
    assert path is not None
    conn = open_database(path)
    with pytest.raises(InputError, match="the PIN of Radu Stan is locked"):
        AdminGate(conn).sign_in(badge=RADU, pin="4321")
    conn.close()


def test_a_wrong_override_pin_is_kept_though_the_sale_is_not(demo_store, demo_path):
    piotr = demo_store.cashier(PIOTR)
    lines = [demo_store.product_line("SHIRT-01")]
    before = table_counts(demo_path)
    with pytest.raises(InputError, match="wrong PIN for supervisor Maria"):
        demo_store.sell(PIOTR, lines, cashier=piotr, override=Override(MARIA, "7391", "r"))
    after = table_counts(demo_path)
    assert (after["sales"], after["pin_failures"]) == (before["sales"], 1)
    assert [a for a, _, _ in actions(demo_store.conn)] == ["pin.failed"]


def test_report_flags_raises_wrong_pins(run):
    for pin in ("5001", "5002", "5003"):
        run("sell", *SELF, "--override", MARIA, "--pin", pin, "--reason", "r")
    today = clock.now().astimezone(dt.UTC).date()
    period = [
        "--from",
        str(today - dt.timedelta(days=1)),
        "--to",
        str(today + dt.timedelta(days=1)),
    ]
    flags = run("report", "flags", *period, "--format", "json").json
    found = [(f["kind"], f["subject"]) for f in flags["rows"]]
    assert ("pin_failures", "E0003") in found
    detail = next(f["detail"] for f in flags["rows"] if f["kind"] == "pin_failures")
    assert detail == (
        f"PIN of Maria Popescu (E0003) typed wrong 3 times (badge {MARIA}; supervisor override)"
    )


def test_the_right_pin_refused_while_locked_is_not_counted_as_typed_wrong(run):
    """The flag tells an auditor how often the PIN was typed wrong: the supervisor who then
    typed it right, refused by the lock, did not type it wrong once more."""
    for pin in ("5001", "5002", "5003", "5004", "5005", "1234"):
        run("sell", *SELF, "--override", MARIA, "--pin", pin, "--reason", "r")
    today = clock.now().astimezone(dt.UTC).date()
    period = [
        "--from",
        str(today - dt.timedelta(days=1)),
        "--to",
        str(today + dt.timedelta(days=1)),
    ]
    flags = run("report", "flags", *period, "--format", "json").json
    detail = next(f["detail"] for f in flags["rows"] if f["kind"] == "pin_failures")
    assert detail == (
        "PIN of Maria Popescu (E0003) typed wrong 5 times and locked once "
        f"(badge {MARIA}; supervisor override)"
    )


# Parallel processes: each waits for a start signal, then tries a wrong PIN or password.

_ATTEMPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from pos_desktop.core.signin import AdminGate
    from pos_desktop.core.checkout import Checkout, Override
    from pos_desktop.core.errors import PosError
    from pos_desktop.core.db.storage import open_database

    db, kind, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    checkout = Checkout(open_database(db))
    while not go.exists():
        time.sleep(0.002)
    try:
        if kind == "password":
            AdminGate(checkout.conn).sign_in(password="wrong password")
        else:
            piotr = checkout.cashier(sys.argv[4])
            lines = [checkout.product_line("SHIRT-01")]
            override = Override(sys.argv[5], "5001", "r")
            checkout.sell(sys.argv[4], lines, cashier=piotr, override=override)
        print("accepted")
    except PosError as exc:
        print(str(exc))
    """
)


def _attempts_in_parallel(db: Path, kind: str, count: int) -> list[str]:
    go = db.with_name("go")
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _ATTEMPT, str(db), kind, str(go), PIOTR, MARIA],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for _ in range(count)
    ]
    time.sleep(1.5)  # every process imported and opened the database
    go.touch()
    said = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        said.append(out.strip())
    return said


def test_wrong_override_pins_in_parallel_processes_stop_at_the_limit(demo_path):
    said = _attempts_in_parallel(demo_path, "override", 8)
    conn = open_database(demo_path)
    checked = [d for a, _, d in actions(conn) if a == "pin.failed" and "failures" in d]
    locks = [a for a, _, _ in actions(conn) if a == "pin.locked"]
    conn.close()
    busy = sum("busy" in s for s in said)  # waited more than 5 s on a loaded machine
    # Verified five times, however many tried at once (fewer only if some gave up waiting).
    assert len(checked) == 5 or (len(checked) < 5 and busy), said
    assert len(locks) == (1 if len(checked) == 5 else 0)
    assert "accepted" not in said
    assert sum("is locked" in s for s in said) + busy == 8 - len(checked) + len(locks)


def test_wrong_admin_passwords_in_parallel_processes_stop_at_the_limit(demo_path):
    conn = open_database(demo_path)
    AdminGate(conn).set_password("correct horse")
    conn.close()
    said = _attempts_in_parallel(demo_path, "password", 8)
    conn = open_database(demo_path)
    found = [a for a, _, _ in actions(conn, "admin.")]
    conn.close()
    failed = found.count("admin.sign_in_failed")
    busy = sum("busy" in s for s in said)
    assert failed == 5 or (failed < 5 and busy), said
    assert found.count("admin.locked") == (1 if failed == 5 else 0)
    assert "accepted" not in said

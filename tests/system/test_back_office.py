"""The back office has a name: files for their owner only, command-line changes audited with
the operating-system user, sales that name their cashier and cannot be dated around the rules,
and the smaller holes (weak PINs, slow badge patterns, long scans, refund-code wildcards)."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pos_desktop.core import admin, clock
from pos_desktop.core.badge import BadgeFormat
from pos_desktop.core.catalogue import MAX_QTY
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.ledger import journal
from pos_desktop.ui.cashier.dialogs import MAX_TYPED_QUANTITY
from tests.conftest import ANNA, CASHIER, MARIA, PIOTR, table_counts

ROOT = Path(__file__).resolve().parents[2]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def pos(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The installed program in a process of its own, as a shop runs it (its own umask)."""
    return subprocess.run(
        [sys.executable, "-m", "pos_desktop", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )


@pytest.fixture
def umask_022():
    """The usual login umask, which left every file world-readable before."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_database_backups_and_exports_are_for_their_owner_only(tmp_path, umask_022):
    db = tmp_path / "shop.sqlite"
    assert pos("--db", str(db), "init", "--demo", cwd=tmp_path).returncode == 0
    sold = pos("--db", str(db), "sell", "--customer", ANNA, *CASHIER, "--item", "SHIRT-01",
               cwd=tmp_path)  # fmt: skip
    assert sold.returncode == 0, sold.stderr
    sale = sold.stdout.strip().splitlines()[-1]
    assert pos("--db", str(db), "backup", str(tmp_path / "b.sqlite"), cwd=tmp_path).returncode == 0
    assert (
        pos("--db", str(db), "staff", "export", str(tmp_path / "s.csv"), cwd=tmp_path).returncode
        == 0
    )
    assert (
        pos("--db", str(db), "config", "export", str(tmp_path / "c.toml"), cwd=tmp_path).returncode
        == 0
    )
    pdf = pos("--db", str(db), "receipt", sale, "--pdf", str(tmp_path / "r.pdf"), cwd=tmp_path)
    assert pdf.returncode == 0, pdf.stderr
    restored = pos("--db", str(db), "restore", str(tmp_path / "b.sqlite"), cwd=tmp_path)
    assert restored.returncode == 0, restored.stderr
    files = [db, tmp_path / "b.sqlite", tmp_path / "s.csv", tmp_path / "c.toml", tmp_path / "r.pdf"]
    files += [p for p in (tmp_path / "backups").iterdir()]
    for path in files:
        assert mode(path) & 0o077 == 0, f"{path.name} is {oct(mode(path))}"
    assert mode(tmp_path / "backups") == 0o700


def test_a_group_store_shares_new_files_with_the_group(tmp_path, umask_022):
    db = tmp_path / "shop.sqlite"
    assert pos("--db", str(db), "init", "--demo", cwd=tmp_path).returncode == 0
    toml = tmp_path / "c.toml"
    assert pos("--db", str(db), "config", "export", str(toml), cwd=tmp_path).returncode == 0
    text = toml.read_text(encoding="utf-8").replace(
        'file_access = "owner"', 'file_access = "group"'
    )
    toml.write_text(text, encoding="utf-8")
    assert pos("--db", str(db), "config", "import", str(toml), cwd=tmp_path).returncode == 0
    assert (
        pos("--db", str(db), "staff", "export", str(tmp_path / "s.csv"), cwd=tmp_path).returncode
        == 0
    )
    assert mode(tmp_path / "s.csv") == 0o660
    toml.write_text(text.replace('"group"', '"everyone"'), encoding="utf-8")
    refused = pos("--db", str(db), "config", "import", str(toml), cwd=tmp_path)
    assert refused.returncode == 2 and "file_access must be one of owner, group" in refused.stderr


def test_a_world_readable_database_is_tightened_on_open_and_the_admin_told_once(
    demo_path, umask_022
):
    for path in (demo_path, demo_path.parent / "backups"):
        path.mkdir(exist_ok=True) if path.name == "backups" else None
        path.chmod(0o755 if path.is_dir() else 0o644)
    conn = open_database(demo_path)
    assert mode(demo_path) == 0o600
    assert mode(demo_path.parent / "backups") == 0o700
    said = admin.unseen_tightening(conn)
    assert said is not None and "others can no longer read them" in said
    assert admin.unseen_tightening(conn) is None  # once
    entry = conn.execute(
        "SELECT actor, action FROM audit WHERE action = 'database.permissions'"
    ).fetchone()
    assert tuple(entry) == ("-", "database.permissions")
    conn.close()


def test_command_line_changes_name_the_command_line_and_the_user(run, demo_path):
    assert run("staff", "set-pin", "E0012", stdin="864213\n").code == 0
    assert run("staff", "badge-revoke", ANNA, "--reason", "lost").code == 0
    conn = open_database(demo_path)
    actors = {
        r[0]
        for r in conn.execute("SELECT actor FROM audit WHERE action IN ('pin.set', 'badge.revoke')")
    }
    conn.close()
    assert actors == {f"command line ({getpass.getuser()})"}


@pytest.mark.parametrize(
    "pin", ["123", "0000", "1111", "1234", "4321", "2580", "1212", "9012", "123123", "13579"]
)
def test_set_pin_refuses_short_and_common_pins(run, demo_path, pin):
    before = table_counts(demo_path)
    result = run("staff", "set-pin", "E0012", stdin=pin + "\n")
    assert result.code == 2, pin
    assert ("4 to 12 digits" if len(pin) < 4 else "first ones anybody tries") in result.err
    assert table_counts(demo_path) == before


def test_sell_and_refund_need_a_cashier(run, demo_path):
    before = table_counts(demo_path)
    sold = run("sell", "--customer", PIOTR, "--item", "SHIRT-01")
    assert sold.code == 2
    assert sold.err.strip() == (
        "pos-desktop: give --cashier BADGE, the badge of the cashier who rings this up (as the "
        "till asks for a sign-in); nothing was recorded"
    )
    assert table_counts(demo_path) == before
    sale = run("sell", "--customer", ANNA, *CASHIER, "--item", "SHIRT-01", "--json").json
    assert run("refund", sale["sale_id"]).code == 2
    # Piotr ringing his own purchase now always meets the self-purchase rule.
    own = run("sell", "--customer", PIOTR, *CASHIER, "--item", "SHIRT-01", "--json").json
    assert own["discount"] == "0.00"


def test_at_may_not_lie_in_the_future_nor_on_a_closed_day(run, demo_path):
    soon = (clock.now() + dt.timedelta(minutes=3)).isoformat()
    later = (clock.now() + dt.timedelta(minutes=10)).isoformat()
    basket = ("--customer", ANNA, *CASHIER, "--item", "SHIRT-01")
    assert run("sell", *basket, "--at", soon).code == 0
    ahead = run("sell", *basket, "--at", later)
    assert ahead.code == 2 and "is in the future" in ahead.err
    far = run("sell", *basket, "--at", "2099-06-01T12:00")
    assert far.code == 2 and "the moment 2099-06-01 12:00 is in the future" in far.err
    assert run("close-day", "--date", "2026-06-20", "--at", "2026-06-20T21:00").code == 0
    on_it = run("sell", *basket, "--at", "2026-06-20T12:00")
    assert on_it.code == 2 and "already closed" in on_it.err
    before = run("sell", *basket, "--at", "2026-06-18T12:00")
    assert before.code == 2
    assert "2026-06-18 is before the last closed day, 2026-06-20" in before.err
    # check and quote keep --at free
    assert run("check", ANNA, "--at", "2099-06-01T12:00").code == 0
    assert run("quote", *basket, "--at", "2099-06-01T12:00").code == 0


def test_a_sale_dated_well_before_its_entry_is_marked_backdated_and_flagged(run, demo_path):
    basket = ("--customer", ANNA, *CASHIER, "--item", "SHIRT-01")
    now = run("sell", *basket, "--json").json
    ten = (clock.now() - dt.timedelta(minutes=10)).isoformat()
    recent = run("sell", *basket, "--at", ten, "--json").json
    old = run("sell", *basket, "--at", "2026-06-15T12:00", "--json").json
    refund = run("refund", *CASHIER, old["sale_id"], "--at", "2026-06-16T12:00", "--json").json
    conn = open_database(demo_path)
    marked = dict(conn.execute("SELECT id, backdated FROM sales").fetchall())
    assert marked[now["sale_id"]] is None and marked[recent["sale_id"]] is None
    assert marked[old["sale_id"]] is not None and marked[refund["refund_id"]] is not None
    entered = clock.parse_stamp(marked[old["sale_id"]])
    assert abs(entered - clock.now()) < dt.timedelta(minutes=5)
    assert journal.verify(conn) is None
    flags = run("report", "flags", "--from", "2026-06-01", "--to", "2026-06-30", "--format", "json")
    kinds = [(f["kind"], f["sales"]) for f in flags.json["rows"]]
    assert kinds.count(("backdated", 1)) == 2
    # The mark is in the chain: taking it away breaks the record's hash.
    conn.execute("DROP TRIGGER sales_append_only_update")
    conn.execute("UPDATE sales SET backdated = NULL WHERE id = ?", (old["sale_id"],))
    conn.commit()
    assert journal.verify(conn) is not None
    conn.close()


def test_records_written_before_the_backdated_field_still_verify(demo_store):
    sale = demo_store.sell(ANNA, [demo_store.product_line("SHIRT-01")])
    row = demo_store.conn.execute("SELECT * FROM sales WHERE id = ?", (sale.sale_id,)).fetchone()
    old_style = {name: row[name] for name in journal.SALE_FIELDS}
    lines = journal.line_rows(demo_store.conn, sale.sale_id)
    from pos_desktop.core.ledger.hashchain import GENESIS, chain_hash

    hashable = {**old_style, "lines": [{n: line[n] for n in journal.LINE_FIELDS} for line in lines]}
    assert row["hash"] == chain_hash(GENESIS, hashable)


def test_an_overrides_supervisor_must_be_active_now_and_at_the_moment(run, demo_path):
    conn = open_database(demo_path)
    conn.execute("UPDATE staff SET end_date = '2026-06-30' WHERE employee_no = 'E0003'")
    conn.commit()
    conn.close()
    own = ("--customer", PIOTR, *CASHIER, "--item", "SHIRT-01")
    override = ("--override", MARIA, "--pin", "1234", "--reason", "r")
    dated = run("sell", *own, *override, "--at", "2026-06-15T12:00")
    assert dated.code == 2 and "left on 2026-06-30" in dated.err


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX user ids")
def test_the_command_lines_user_is_the_one_running_it_not_one_named_in_the_environment(
    run, demo_path, monkeypatch
):
    import pwd

    monkeypatch.setenv("LOGNAME", "mallory")
    monkeypatch.setenv("USER", "mallory")
    assert run("staff", "badge-revoke", ANNA, "--reason", "lost").code == 0
    conn = open_database(demo_path)
    actor = conn.execute("SELECT actor FROM audit WHERE action = 'badge.revoke'").fetchone()[0]
    conn.close()
    assert actor == f"command line ({pwd.getpwuid(os.getuid()).pw_name})"


def test_a_cashier_who_has_left_cannot_ring_up_a_sale_dated_before_they_left(run, demo_path):
    conn = open_database(demo_path)
    conn.execute("UPDATE staff SET end_date = '2026-06-30' WHERE employee_no = 'E0002'")
    conn.commit()
    conn.close()
    dated = run(
        "sell", "--customer", ANNA, *CASHIER, "--item", "SHIRT-01", "--at", "2026-06-15T12:00"
    )
    assert dated.code == 2 and "left on 2026-06-30" in dated.err
    assert table_counts(demo_path)["sales"] == 0


def test_a_refund_cannot_be_dated_before_its_sale(run, demo_path):
    sold = run("sell", "--customer", ANNA, *CASHIER, "--item", "SHIRT-01")
    sale = sold.out.strip().splitlines()[-1]
    earlier = (clock.now() - dt.timedelta(days=1)).isoformat()
    refused = run("refund", sale, *CASHIER, "--at", earlier)
    assert refused.code == 2 and "before its sale" in refused.err
    assert table_counts(demo_path)["sales"] == 1


def test_a_badge_pattern_with_a_nested_repeat_is_refused(run, demo_path):
    exported = run("config", "export").out
    path = demo_path.with_name("slow.toml")
    lines = [
        'pattern = "^(\\\\w+)+$"' if line.startswith("pattern =") else line
        for line in exported.splitlines()
    ]
    path.write_text("\n".join(lines).replace('check_digit = "ean13"', 'check_digit = "none"'))
    refused = run("config", "import", str(path))
    assert refused.code == 2
    assert "pattern repeats a group that itself repeats" in refused.err


def test_a_scan_longer_than_any_badge_or_a_slow_stored_pattern_is_refused_before_it_runs():
    slow = BadgeFormat(r"^(\w+)+$", "none")  # as a database written before the check holds it
    started = time.monotonic()
    assert "longer than 64 characters" in slow.problem("A" * 65 + "!")
    assert "an admin must change it" in slow.problem("A" * 30 + "!")  # never run
    assert time.monotonic() - started < 0.5


@pytest.mark.parametrize("code", ["________", "%%%%%%%%", "%", "_______1", "abcdefgz"])
def test_refund_codes_are_exactly_eight_hexadecimal_characters(run, demo_path, code):
    run("sell", "--customer", ANNA, *CASHIER, "--item", "SHIRT-01")
    before = table_counts(demo_path)
    refused = run("refund", *CASHIER, code)
    assert refused.code == 2 and "there is no sale" in refused.err
    assert table_counts(demo_path) == before


def test_a_refund_code_from_the_receipt_still_finds_its_sale(run):
    sale = run("sell", "--customer", ANNA, *CASHIER, "--item", "SHIRT-01", "--json").json
    code = sale["sale_id"].replace("-", "")[-8:].upper()
    assert run("refund", *CASHIER, code).code == 0


def test_the_command_line_takes_the_quantities_the_till_takes(run):
    assert MAX_QTY == MAX_TYPED_QUANTITY == 999
    basket = ("--customer", ANNA, *CASHIER)
    assert run("quote", *basket, "--item", "SHIRT-01:999").code == 0
    too_many = run("quote", *basket, "--item", "SHIRT-01:1000")
    assert too_many.code == 2 and "more than 999" in too_many.err

"""A cut or rewritten journal is caught by what the shop keeps outside the file (the head hash
printed on each Z report, a backup) and by the figures derived from the journal (each day
close's totals, the reports' per-day sums)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pos_desktop.core.ledger.hashchain import GENESIS, chain_hash
from pos_desktop.core.ledger.journal import CLOSE_FIELDS, _hashable
from tests.conftest import ANNA, IOANA, PIOTR, content_digest

DAY = "2026-06-15"
CLOSE_AT = ["--at", "2026-06-16T08:00:00"]


def sell(run, customer: str, item: str, at: str = "2026-06-15T12:00:00") -> str:
    result = run(
        "sell", "--customer", customer, "--cashier", PIOTR, "--item", item, "--at", at, "--json"
    )
    assert result.code == 0, result.err
    return str(result.json["sale_id"])


def closed_day(run) -> dict:
    """Three sales on the demo day, closed the next morning; the close's JSON."""
    sell(run, ANNA, "SHIRT-01")
    sell(run, IOANA, "COAT-01")
    sell(run, ANNA, "COAT-01")
    closed = run("close-day", "--date", DAY, *CLOSE_AT, "--json")
    assert closed.code == 0, closed.err
    return closed.json


def rewrite(path: Path, sql: str) -> None:
    """What someone holding the file can do: drop the append-only triggers, change the
    journal, hash the whole chain again from the start, and drop the reports' sums (the app
    builds them again from the journal as it now is)."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%append_only%'"
    ).fetchall()
    for trigger in triggers:
        conn.execute(f"DROP TRIGGER {trigger['name']}")
    conn.executescript(sql + "DELETE FROM report_rollup; DELETE FROM report_rollup_state;")
    closes: dict[int, list[sqlite3.Row]] = {}
    for close in conn.execute("SELECT * FROM day_closes ORDER BY seq").fetchall():
        closes.setdefault(close["after_seq"], []).append(close)
    head = GENESIS

    def chain_closes(seq: int, head: str) -> str:
        for close in closes.get(seq, []):
            digest = chain_hash(head, {n: close[n] for n in CLOSE_FIELDS})
            conn.execute(
                "UPDATE day_closes SET prev_hash = ?, hash = ? WHERE seq = ?",
                (head, digest, close["seq"]),
            )
            head = digest
        return head

    head = chain_closes(0, head)
    for row in conn.execute("SELECT * FROM sales ORDER BY seq").fetchall():
        lines = conn.execute(
            "SELECT * FROM sale_lines WHERE sale_id = ? ORDER BY line_no", (row["id"],)
        ).fetchall()
        digest = chain_hash(head, _hashable(row, lines))
        conn.execute(
            "UPDATE sales SET prev_hash = ?, hash = ? WHERE seq = ?", (head, digest, row["seq"])
        )
        head = chain_closes(row["seq"], digest)
    for trigger in triggers:
        conn.execute(trigger["sql"])
    conn.commit()
    conn.close()


def test_the_z_report_carries_the_anchor_and_close_day_json_returns_it(run, tmp_path):
    closed = closed_day(run)
    anchor = closed["anchor"]
    assert anchor == {"head_hash": closed["hash"], "records": 4, "last_seq": 3}
    pdf = tmp_path / "z.pdf"
    again = run("close-day", "--date", DAY, "--pdf", str(pdf))
    assert again.code == 0, again.err
    assert (
        f"Keep for checking the journal: head {anchor['head_hash']}, 4 records, last sequence "
        "number 3"
    ) in again.out
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_a_closed_days_z_report_is_printed_again_and_nothing_changes(run, tmp_path, demo_path):
    closed_day(run)
    before = content_digest(demo_path)
    pdf = tmp_path / "again.pdf"
    again = run("close-day", "--date", DAY, "--pdf", str(pdf))
    assert again.code == 0, again.err
    assert "Closed 2026-06-16" in again.out and f"Saved {pdf}" in again.out
    assert pdf.read_bytes().rstrip().endswith(b"%%EOF")
    assert content_digest(demo_path) == before
    refused = run("close-day", "--date", DAY, *CLOSE_AT)  # without --pdf: closing again
    assert refused.code == 2 and "already closed" in refused.err


def test_a_rewritten_and_rehashed_journal_fails_against_the_printed_anchor(run, demo_path):
    anchor = closed_day(run)["anchor"]["head_hash"]
    assert run("journal", "verify", "--anchor", anchor).code == 0
    assert run("journal", "verify", "--anchor", anchor[:12]).code == 0  # as printed, cut short
    rewrite(demo_path, "UPDATE sales SET customer_badge = NULL WHERE seq = 1;")
    checked = run("journal", "verify", "--anchor", anchor)
    assert checked.code == 1
    assert f"no record of this journal carries the anchor {anchor}" in checked.out


def test_a_journal_cut_short_fails_against_the_anchor(run, demo_path):
    closed_day(run)
    sell(run, ANNA, "SHIRT-01", at="2026-06-16T12:00:00")
    later = run("journal", "verify", "--json").json["head"]
    rewrite(
        demo_path,
        "DELETE FROM sale_lines WHERE sale_id = (SELECT id FROM sales WHERE seq = 4);"
        "DELETE FROM sales WHERE seq = 4;",
    )
    assert run("journal", "verify").code == 0  # the chain alone cannot tell
    checked = run("journal", "verify", "--anchor", later)
    assert checked.code == 1 and "cut short or rewritten" in checked.out


def test_a_bad_anchor_is_one_line_and_exit_2(run):
    checked = run("journal", "verify", "--anchor", "not-a-hash")
    assert checked.code == 2 and "is not a journal hash" in checked.err


def test_the_backups_journal_must_be_the_start_of_the_live_one(run, demo_path, tmp_path):
    closed_day(run)
    backup = tmp_path / "kept.sqlite"
    assert run("backup", str(backup)).code == 0
    sell(run, ANNA, "SHIRT-01", at="2026-06-16T12:00:00")
    assert run("journal", "verify", "--against", str(backup)).code == 0
    rewrite(
        demo_path,
        "DELETE FROM day_closes; DELETE FROM sale_lines WHERE sale_id IN "
        "(SELECT id FROM sales WHERE seq >= 3); DELETE FROM sales WHERE seq >= 3;",
    )
    assert run("journal", "verify").code == 0
    checked = run("journal", "verify", "--against", str(backup))
    assert checked.code == 1
    assert "the backup kept.sqlite holds sales record 3, which this journal no longer has" in (
        checked.out
    )


def test_a_closed_days_sale_rewritten_and_rehashed_no_longer_adds_up_to_its_close(run, demo_path):
    closed_day(run)
    rewrite(
        demo_path,
        "UPDATE sales SET discount = 0, total = subtotal, allowance_delta = 0 WHERE seq = 1;"
        "UPDATE sale_lines SET discount = 0, total = gross "
        "WHERE sale_id = (SELECT id FROM sales WHERE seq = 1);",
    )
    checked = run("journal", "verify")
    assert checked.code == 1
    assert f"the close of {DAY} says other totals than its sales and refunds add up to" in (
        checked.out
    )


def test_reports_sums_changed_outside_the_app_fail_the_verify(run, demo_path):
    closed_day(run)  # the close brings the reports' sums up to date
    assert run("journal", "verify").code == 0
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE report_rollup SET discount = 0")
    conn.commit()
    conn.close()
    checked = run("journal", "verify")
    assert checked.code == 1
    assert "are not what the journal's records add up to" in checked.out


def test_audit_entries_taken_out_and_rehashed_since_the_backup_fail_against_it(
    run, demo_path, tmp_path
):
    """The audit log's chain has the same weakness as the journal's, and the backup the same
    answer: its audit entries must still be there, the same, at the same place."""
    from pos_desktop.core.ledger.audit import AUDIT_FIELDS

    sell(run, ANNA, "SHIRT-01")
    backup = tmp_path / "kept.sqlite"
    assert run("backup", str(backup)).code == 0
    conn = sqlite3.connect(demo_path)
    conn.row_factory = sqlite3.Row
    conn.execute("DROP TRIGGER audit_append_only_delete")
    conn.execute("DROP TRIGGER audit_append_only_update")
    conn.execute("DELETE FROM audit WHERE seq = (SELECT MIN(seq) FROM audit)")
    head = GENESIS
    for row in conn.execute("SELECT * FROM audit ORDER BY seq").fetchall():
        digest = chain_hash(head, {n: row[n] for n in AUDIT_FIELDS})
        conn.execute(
            "UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", (head, digest, row["seq"])
        )
        head = digest
    conn.commit()
    conn.close()
    assert run("journal", "verify").code == 0
    checked = run("journal", "verify", "--against", str(backup))
    assert checked.code == 1
    assert "the backup kept.sqlite holds audit record 1, which this journal no longer has" in (
        checked.out
    )

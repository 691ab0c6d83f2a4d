"""The registry's own rules for badges, the same for every face: a new badge must be one of
the store's format, a revoked badge needs a reason, and a badge card is read in one place."""

from __future__ import annotations

import pytest

from pos_desktop.core import staff
from pos_desktop.core.errors import InputError
from tests.conftest import ANNA, ANNA_LOST, badge, content_digest


def use_luhn(store):
    store.conn.execute("UPDATE settings SET value = ? WHERE key = 'badge.check_digit'", ('"luhn"',))


def badges_of(store, number):
    return [
        tuple(r)
        for r in store.conn.execute(
            "SELECT code, status FROM badges WHERE holder_id = ? ORDER BY code", (number,)
        )
    ]


@pytest.mark.parametrize(
    ("scan", "problem"),
    [
        ("2000000000016", "the check digit is wrong"),
        ("12345", "does not look like a badge"),
        ("", "the scan is empty"),
    ],
)
def test_issue_refuses_a_scan_that_is_no_badge_of_the_store(demo_store, demo_path, scan, problem):
    before = content_digest(demo_path)
    with pytest.raises(InputError, match=problem):
        demo_store.registry.issue_badge("E0001", scan, actor="admin")
    assert content_digest(demo_path) == before


def test_issue_normalises_the_scan_and_returns_the_stored_code(demo_store):
    code = badge(2)
    assert demo_store.registry.issue_badge("E0001", f"]E0{code}\r", actor="admin") == code
    assert (code, "active") in badges_of(demo_store, "E0001")


def test_issue_follows_the_store_s_own_check_digit(demo_store):
    use_luhn(demo_store)
    with pytest.raises(InputError, match="check digit"):
        demo_store.registry.issue_badge("E0001", badge(2), actor="admin")


@pytest.mark.parametrize("reason", ["", "   ", "\t\n"])
def test_revoke_needs_a_reason(demo_store, demo_path, reason):
    before = content_digest(demo_path)
    with pytest.raises(InputError, match="say why the badge is revoked"):
        demo_store.registry.revoke_badge(ANNA, reason, actor="admin")
    assert content_digest(demo_path) == before


def test_revoke_keeps_the_reason_trimmed(demo_store):
    demo_store.registry.revoke_badge(ANNA, "  lost on the bus ", actor="admin")
    row = demo_store.conn.execute("SELECT status, reason FROM badges WHERE code = ?", (ANNA,))
    assert tuple(row.fetchone()) == ("revoked", "lost on the bus")


def test_the_command_line_says_the_registry_s_words(run, demo_path):
    before = content_digest(demo_path)
    revoked = run("staff", "badge-revoke", ANNA, "--reason", "  ")
    assert revoked.code == 2
    assert "say why the badge is revoked" in revoked.err
    issued = run("staff", "badge-issue", "E0001", "]E02000000000016")
    assert issued.code == 2
    assert "the check digit is wrong" in issued.err
    assert content_digest(demo_path) == before


def test_badge_card_reads_the_newest_active_badge(demo_store):
    card = staff.badge_card(demo_store.conn, demo_store.rules, "E0001")
    assert (card.name, card.code) == ("Anna Kowalska", ANNA)
    assert card.company
    assert card.code != ANNA_LOST
    assert staff.active_badge(demo_store.conn, "E0001") == ANNA


def test_badge_card_refuses_without_an_active_badge_or_an_ean13_store(demo_store):
    demo_store.registry.revoke_badge(ANNA, "lost", actor="admin")
    with pytest.raises(InputError, match="no active badge"):
        staff.badge_card(demo_store.conn, demo_store.rules, "E0001")
    assert staff.active_badge(demo_store.conn, "E0001") is None
    demo_store.registry.issue_badge("E0001", badge(3), actor="admin")
    use_luhn(demo_store)
    from pos_desktop.core.rules import load_rules

    with pytest.raises(InputError, match="EAN-13"):
        staff.badge_card(demo_store.conn, load_rules(demo_store.conn), "E0001")

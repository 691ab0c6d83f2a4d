"""The discount report read from its sums per day gives the journal's own figures."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pos_desktop.core.reports import closing, figures, rollup
from pos_desktop.core.rules import Rules
from tests.conftest import ANNA, IOANA, JAN, MARKETING

# Ranges a person asks for: the whole span, months cut at both ends, a single store day on
# which daylight saving ends, days without a whole month, a month alone.
RANGES = [
    (dt.date(2026, 3, 1), dt.date(2026, 11, 30)),
    (dt.date(2026, 3, 29), dt.date(2026, 10, 25)),
    (dt.date(2026, 10, 25), dt.date(2026, 10, 25)),
    (dt.date(2026, 5, 31), dt.date(2026, 6, 2)),
    (dt.date(2026, 6, 1), dt.date(2026, 6, 30)),
]


def utc(month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=dt.UTC)


def sell_fixtures(store, moments: list[dt.datetime]) -> None:
    """Staff, a dependant, a group company, a department and an outsider buy at each moment;
    Anna's sale is refunded a day later."""
    coat = store.product_line("COAT-01")
    shirt = store.product_line("SHIRT-01")
    wine = store.open_line("ALCO", 2500)
    for moment in moments:
        anna = store.sell(ANNA, [coat, shirt], at=moment)
        store.sell(JAN, [shirt, wine], at=moment + dt.timedelta(minutes=1))
        store.sell(IOANA, [coat], at=moment + dt.timedelta(minutes=2))
        store.sell(MARKETING, [shirt, coat], at=moment + dt.timedelta(minutes=3))
        store.sell(None, [wine], at=moment + dt.timedelta(minutes=4))
        store.refund(anna.sale_id, [(2, None)], at=moment + dt.timedelta(days=1))


# Around store midnight (22:00 UTC is midnight in Warsaw in summer, 23:00 in winter), across
# both daylight-saving changes and a month's end.
FIRST = [
    utc(3, 28, 22, 30),
    utc(3, 29, 0, 30),
    utc(3, 29, 21, 58),
    utc(5, 31, 21, 56),
    utc(5, 31, 22, 0),
    utc(6, 15, 10),
    utc(10, 24, 22, 30),
    utc(10, 25, 0, 59),
    utc(10, 25, 1, 0),
    utc(10, 25, 22, 56),
    utc(10, 25, 23, 0),
]
LATER = [utc(6, 15, 11), utc(5, 31, 21, 59), utc(11, 30, 22, 58), utc(3, 1, 8)]


def assert_same_as_journal(conn, rules: Rules) -> None:
    for start, end in RANGES:
        for by in figures.GROUPINGS:
            assert figures.discounts(conn, rules, start, end, by) == (
                figures.discounts_from_journal(conn, rules, start, end, by)
            ), (by, start, end)


def test_the_rollup_gives_the_journals_figures_before_and_after_more_records(
    demo_store, monkeypatch
):
    monkeypatch.setattr(rollup, "CHUNK", 4)  # many chunks, summed into the same days
    sell_fixtures(demo_store, FIRST)
    conn, rules = demo_store.conn, demo_store.rules
    assert_same_as_journal(conn, rules)
    last = conn.execute("SELECT MAX(seq) FROM sales").fetchone()[0]
    assert rollup.mark(conn, rules) == last
    # Records written after the first report, some on days it already summed.
    sell_fixtures(demo_store, LATER)
    assert_same_as_journal(conn, rules)
    assert rollup.mark(conn, rules) == conn.execute("SELECT MAX(seq) FROM sales").fetchone()[0]


def test_records_past_the_rollups_mark_are_read_from_the_journal(demo_store, monkeypatch):
    sell_fixtures(demo_store, FIRST)
    conn, rules = demo_store.conn, demo_store.rules
    assert rollup.refresh(conn, rules)
    mark = rollup.mark(conn, rules)
    # Another till's records after the rollup was brought up to date, before it is read.
    sell_fixtures(demo_store, LATER)
    monkeypatch.setattr(rollup, "refresh", lambda conn, rules: True)
    assert_same_as_journal(conn, rules)
    assert rollup.mark(conn, rules) == mark


def test_the_figures_match_the_hand_computed_ones(demo_store):
    sell_fixtures(demo_store, [utc(6, 15, 10)])
    conn, rules = demo_store.conn, demo_store.rules
    june = (dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    by_day = figures.discounts(conn, rules, *june, "day")
    assert [(r.key, r.sales, r.refunds) for r in by_day] == [
        ("2026-06-15", 5, 0),
        ("2026-06-16", 0, 1),
    ]
    # Anna: coat 40.00 + shirt 8.00, the shirt refunded; Jan, her dependant: shirt 8.00.
    by_employee = figures.discounts(conn, rules, *june, "employee")
    anna = next(r for r in by_employee if r.key == "E0001")
    assert (anna.sales, anna.refunds, anna.discount) == (2, 1, 4000 + 800 - 800 + 800)


def test_a_read_only_database_still_gets_its_report(demo_store):
    sell_fixtures(demo_store, FIRST)
    conn, rules = demo_store.conn, demo_store.rules
    conn.execute("PRAGMA query_only = ON")
    assert not rollup.refresh(conn, rules)
    assert_same_as_journal(conn, rules)
    assert rollup.mark(conn, rules) is None  # nothing was written


def test_a_new_time_zone_rebuilds_the_rollup_with_its_days(demo_store):
    sell_fixtures(demo_store, FIRST)
    conn, rules = demo_store.conn, demo_store.rules
    assert_same_as_journal(conn, rules)
    # Newfoundland: three and a half hours behind UTC, with its own daylight saving dates.
    moved = dataclasses.replace(
        rules, settings=dataclasses.replace(rules.settings, timezone="America/St_Johns")
    )
    assert rollup.mark(conn, moved) is None
    assert_same_as_journal(conn, moved)
    last = conn.execute("SELECT MAX(seq) FROM sales").fetchone()[0]
    assert rollup.mark(conn, moved) == last
    assert rollup.mark(conn, rules) is None


def test_closing_a_day_brings_the_rollup_up_to_date(demo_store):
    sell_fixtures(demo_store, [utc(6, 14, 10)])
    conn, rules = demo_store.conn, demo_store.rules
    closing.close_day(conn, rules, dt.date(2026, 6, 14), actor="test", at=utc(6, 15, 6))
    assert rollup.mark(conn, rules) == conn.execute("SELECT MAX(seq) FROM sales").fetchone()[0]


def test_offset_changes_find_daylight_saving_to_the_second(demo_store):
    tz = demo_store.rules.settings.tz  # Europe/Warsaw
    changes = rollup.offset_changes(tz, utc(1, 1, 0), utc(12, 31, 0))
    assert changes == [
        (utc(1, 1, 0), 3600),
        (utc(3, 29, 1), 7200),
        (utc(10, 25, 1), 3600),
    ]


@pytest.mark.parametrize(
    ("start", "end", "whole"),
    [
        (dt.date(2026, 3, 1), dt.date(2026, 11, 30), (dt.date(2026, 3, 1), dt.date(2026, 11, 30))),
        (dt.date(2026, 2, 2), dt.date(2026, 4, 29), (dt.date(2026, 3, 1), dt.date(2026, 3, 31))),
        (dt.date(2026, 2, 2), dt.date(2026, 3, 30), None),
        (dt.date(2025, 12, 31), dt.date(2026, 2, 28), (dt.date(2026, 1, 1), dt.date(2026, 2, 28))),
    ],
)
def test_by_employee_the_rollup_covers_whole_months(start, end, whole):
    assert rollup.covered("employee", start, end) == whole
    assert rollup.covered("category", start, end) == (start, end)

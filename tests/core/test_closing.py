"""The daily close: its figures, its place in the journal's chain, and what it refuses."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from pos_desktop.core.checkout import Override
from pos_desktop.core.errors import InputError
from pos_desktop.core.ledger import journal
from pos_desktop.core.reports import closing
from tests.conftest import ANNA, JAN, JOHN, MARIA, MARKETING, PIOTR

DAY = dt.date(2026, 6, 15)
EVENING = dt.datetime(2026, 6, 15, 19, 0, tzinfo=dt.UTC)  # 21:00 in Warsaw


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 6, day, hour, minute, tzinfo=dt.UTC)


def test_close_counts_the_store_day_by_kind_of_customer(demo_store):
    piotr = demo_store.cashier(PIOTR, at=at(15, 8))
    coat = demo_store.product_line("COAT-01")
    shirt = demo_store.product_line("SHIRT-01")
    demo_store.sell(ANNA, [coat], at=at(14, 21, 59))  # 23:59 on the 14th in Warsaw: not ours
    first = demo_store.sell(ANNA, [coat], at=at(14, 22, 0))  # 00:00 on the 15th
    demo_store.sell(JAN, [shirt], at=at(15, 9))
    demo_store.sell(MARKETING, [coat], at=at(15, 10))
    demo_store.sell(None, [shirt], at=at(15, 11))
    demo_store.sell(JOHN, [shirt], at=at(15, 12))  # blocked: regular price
    demo_store.sell(
        PIOTR, [shirt], cashier=piotr, at=at(15, 13), override=Override(MARIA, "1234", "uniform")
    )
    demo_store.refund(first.sale_id, at=at(15, 14))
    closed = closing.close_day(demo_store.conn, demo_store.rules, DAY, actor="E0012", at=EVENING)
    kinds = {k.kind: (k.sales, k.refunds, k.gross, k.discount) for k in closed.kinds}
    assert kinds == {
        "employee": (2, 1, 4000, 800),  # Anna's coat sold and refunded; Piotr's shirt
        "dependant": (1, 0, 4000, 800),
        "department": (1, 0, 20000, 10000),
        "external": (1, 0, 4000, 0),
        "blocked": (1, 0, 4000, 0),
    }
    assert [k.kind for k in closed.kinds] == [
        "employee",
        "dependant",
        "department",
        "external",
        "blocked",
    ]
    assert (closed.sales, closed.refunds, closed.refunded, closed.overrides) == (6, 1, 16000, 1)
    assert (closed.first_seq, closed.last_seq) == (2, 8)
    assert closed.discount == 800 + 800 + 10000
    assert closing.load(demo_store.conn, DAY) == closed


def test_the_close_is_a_link_of_the_journal_chain(demo_store):
    shirt = demo_store.product_line("SHIRT-01")
    demo_store.sell(ANNA, [shirt], at=at(15, 9))
    head_before = journal.head(demo_store.conn)
    closed = closing.close_day(demo_store.conn, demo_store.rules, DAY, actor="E0012", at=EVENING)
    assert closed.head == head_before
    assert journal.head(demo_store.conn) == closed.hash
    nxt = demo_store.sell(ANNA, [shirt], at=at(16, 9))
    row = demo_store.conn.execute(
        "SELECT prev_hash FROM sales WHERE id = ?", (nxt.sale_id,)
    ).fetchone()
    assert row[0] == closed.hash
    assert journal.verify(demo_store.conn) is None
    # A day with nothing sold still closes, and chains after the record before it.
    head_before = journal.head(demo_store.conn)
    quiet = closing.close_day(
        demo_store.conn, demo_store.rules, dt.date(2026, 6, 14), actor="E0012", at=EVENING
    )
    assert (quiet.sales, quiet.first_seq, quiet.head) == (0, None, head_before)
    assert journal.head(demo_store.conn) == quiet.hash
    assert journal.verify(demo_store.conn) is None


def test_a_changed_close_breaks_the_chain(demo_store, demo_path):
    closing.close_day(demo_store.conn, demo_store.rules, DAY, actor="E0012", at=EVENING)
    raw = sqlite3.connect(demo_path)
    raw.execute("DROP TRIGGER day_closes_append_only_update")
    raw.execute(
        "UPDATE day_closes SET figures = replace(figures, '\"overrides\":0', '\"overrides\":9')"
    )
    raw.commit()
    raw.close()
    broken = journal.verify(demo_store.conn)
    assert broken is not None
    assert (
        broken.describe() == "day close record 1 (day 2026-06-15) was changed after it was written"
    )


def test_a_day_closes_once_and_then_takes_no_sales_or_refunds(demo_store):
    shirt = demo_store.product_line("SHIRT-01")
    sale = demo_store.sell(ANNA, [shirt], at=at(15, 9))
    closing.close_day(demo_store.conn, demo_store.rules, DAY, actor="E0012", at=EVENING)
    with pytest.raises(
        InputError, match=r"2026-06-15 is already closed \(at 2026-06-15 21:00 by E0012\)"
    ):
        closing.close_day(demo_store.conn, demo_store.rules, DAY, actor="E0012", at=EVENING)
    with pytest.raises(InputError, match="the day 2026-06-15 is already closed; nothing was"):
        demo_store.sell(ANNA, [shirt], at=at(15, 20))
    with pytest.raises(InputError, match="already closed"):
        demo_store.refund(sale.sale_id, at=at(15, 20))
    assert demo_store.conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == 1
    demo_store.refund(sale.sale_id, at=at(16, 8))  # the next day is open


def test_a_day_still_to_come_cannot_be_closed(demo_store):
    with pytest.raises(InputError, match="has not begun yet"):
        closing.close_day(
            demo_store.conn, demo_store.rules, dt.date(2026, 6, 16), actor="E0012", at=EVENING
        )

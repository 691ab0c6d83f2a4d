"""The discount report against figures worked out by hand."""

from __future__ import annotations

import datetime as dt

from pos_desktop.core import reports
from tests.conftest import ANNA, JAN, MARKETING


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 6, day, hour, minute, tzinfo=dt.UTC)


def test_report_nets_refunds_attributes_dependants_and_uses_store_days(demo_store):
    coat = demo_store.product_line("COAT-01")
    shirt = demo_store.product_line("SHIRT-01")
    demo_store.sell(ANNA, [coat], at=at(15, 10))  # 40.00 discount
    demo_store.sell(JAN, [shirt], at=at(15, 21, 30))  # 8.00; 23:30 in Warsaw, still the 15th
    late = demo_store.sell(ANNA, [shirt], at=at(15, 22, 30))  # 00:30 on the 16th in Warsaw
    demo_store.sell(MARKETING, [coat], at=at(16, 9))  # 100.00 at cost
    demo_store.refund(late.sale_id, at=at(16, 10))
    rules = demo_store.rules
    by_day = {
        r.key: r
        for r in reports.discounts(
            demo_store.conn, rules, dt.date(2026, 6, 15), dt.date(2026, 6, 16), "day"
        )
    }
    assert (by_day["2026-06-15"].sales, by_day["2026-06-15"].discount) == (2, 4800)
    sixteenth = by_day["2026-06-16"]
    assert (sixteenth.sales, sixteenth.refunds, sixteenth.discount) == (2, 1, 10000)
    by_employee = reports.discounts(
        demo_store.conn, rules, dt.date(2026, 6, 1), dt.date(2026, 6, 30), "employee"
    )
    assert [(r.key, r.sales, r.refunds, r.discount) for r in by_employee] == [("E0001", 3, 1, 4800)]
    by_category = {
        r.key: r.discount
        for r in reports.discounts(
            demo_store.conn, rules, dt.date(2026, 6, 1), dt.date(2026, 6, 30), "category"
        )
    }
    assert by_category == {"CLOTH": 4000 + 800 + 800 - 800 + 10000}
    by_department = {
        r.key: r.discount
        for r in reports.discounts(
            demo_store.conn, rules, dt.date(2026, 6, 1), dt.date(2026, 6, 30), "department"
        )
    }
    assert by_department == {"OPS": 4800}

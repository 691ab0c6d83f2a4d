"""What a scan answers, for every kind of buyer and every reason, on the demo store."""

from __future__ import annotations

import datetime as dt

import pytest

from pos_desktop.core.checkout import Checkout
from pos_desktop.core.clock import UTC
from tests.conftest import (
    ANDREI,
    ANNA,
    ANNA_LOST,
    ELENA,
    IOANA,
    JAN,
    JOHN,
    KATARZYNA,
    MARK,
    MARKETING,
    PIOTR,
    STRANGER,
    TOMASZ,
)

AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=UTC)


def check(store: Checkout, code: str, **kw):
    return store.check(code, at=kw.pop("at", AT), **kw)


def test_malformed_scan_is_invalid_and_nothing_is_looked_up(demo_store):
    verdict = check(demo_store, "2000000000016")
    assert verdict.status == "invalid"
    assert verdict.holder is None
    assert "scan again" in verdict.message.lower()


def test_unknown_badge_is_external(demo_store):
    verdict = check(demo_store, STRANGER)
    assert (verdict.status, verdict.kind, verdict.eligible) == ("external", None, False)
    assert verdict.message == "External customer: regular price."


def test_scanner_prefix_and_whitespace_are_read_through(demo_store):
    assert check(demo_store, f" ]E0{ANNA}\n").status == "internal"


def test_own_employee_is_internal_and_eligible_with_allowance(demo_store):
    verdict = check(demo_store, ANNA)
    assert (verdict.status, verdict.kind, verdict.eligible) == ("internal", "employee", True)
    assert verdict.policy.name == "Staff"
    assert verdict.allowance.remaining == 100000
    assert verdict.holder.name == "Anna Kowalska"
    assert "1000.00 left this year" in verdict.message


def test_group_company_employee_is_internal(demo_store):
    verdict = check(demo_store, IOANA)
    assert (verdict.kind, verdict.eligible, verdict.policy.name) == (
        "group_employee",
        True,
        "Group staff",
    )


def test_dependant_uses_the_employee_and_their_allowance(demo_store):
    verdict = check(demo_store, JAN)
    assert verdict.kind == "dependant"
    assert verdict.holder.employee_no == "E0001"
    assert verdict.holder.name == "Jan Kowalski"
    assert verdict.employee_no == "E0001"
    assert "dependant of Anna Kowalska" in verdict.message


def test_department_is_internal_without_allowance(demo_store):
    verdict = check(demo_store, MARKETING)
    assert (verdict.status, verdict.kind, verdict.eligible) == ("internal", "department", True)
    assert verdict.allowance is None
    assert "CC-4100" in verdict.message


def test_probation_is_not_eligible_until_the_date(demo_store):
    verdict = check(demo_store, TOMASZ)
    assert verdict.status == "internal"
    assert not verdict.eligible
    assert verdict.reasons == ("probation",)
    # started 20 days before the demo day, 90 days of probation
    assert verdict.eligible_from == dt.date(2026, 6, 15) + dt.timedelta(days=70)
    later = check(demo_store, TOMASZ, at=AT + dt.timedelta(days=71))
    assert later.eligible


def test_no_policy_for_contractors(demo_store):
    verdict = check(demo_store, MARK)
    assert (verdict.eligible, verdict.reasons, verdict.policy) == (False, ("no_policy",), None)


@pytest.mark.parametrize(
    ("code", "reason"),
    [(JOHN, "suspended"), (ELENA, "terminated"), (KATARZYNA, "ended"), (ANNA_LOST, "revoked")],
)
def test_blocked_holders_say_why(demo_store, code, reason):
    verdict = check(demo_store, code)
    assert verdict.status == "blocked"
    assert reason in verdict.reasons
    assert not verdict.eligible
    assert "alert" in verdict.message


def test_dependant_of_a_blocked_employee_is_blocked(demo_store):
    demo_store.conn.execute("UPDATE staff SET status = 'suspended' WHERE employee_no = 'E0001'")
    demo_store.conn.commit()
    assert check(demo_store, JAN).status == "blocked"


def test_dependant_not_eligible_when_the_policy_excludes_dependants(demo_store):
    demo_store.conn.execute("UPDATE policies SET dependants = 0 WHERE name = 'Staff'")
    demo_store.conn.commit()
    demo_store.reload()
    verdict = check(demo_store, JAN)
    assert (verdict.status, verdict.eligible, verdict.reasons) == (
        "internal",
        False,
        ("no_policy",),
    )


def test_cashier_buying_for_themselves_needs_an_override(demo_store):
    cashier = demo_store.cashier(PIOTR)
    verdict = check(demo_store, PIOTR, cashier=cashier)
    assert verdict.reasons == ("self_purchase",)
    assert "supervisor" in verdict.message


def test_cashier_ringing_up_own_dependant_is_a_self_purchase(demo_store):
    demo_store.conn.execute("UPDATE staff SET role = 'cashier' WHERE employee_no = 'E0001'")
    demo_store.conn.commit()
    anna = demo_store.cashier(ANNA)
    assert check(demo_store, JAN, cashier=anna).reasons == ("self_purchase",)


def test_allowance_exhausted_after_spending_it(demo_store):
    demo_store.conn.execute("UPDATE policies SET allowance_amount = 800 WHERE name = 'Staff'")
    demo_store.conn.commit()
    demo_store.reload()
    coat = demo_store.product_line("COAT-01")
    demo_store.sell(ANNA, [coat], at=AT)  # 40.00 of discount > 8.00 allowance
    verdict = check(demo_store, ANNA, at=AT + dt.timedelta(minutes=5))
    assert verdict.reasons == ("allowance_exhausted",)
    assert verdict.allowance.remaining == 0


def test_monthly_allowance_starts_again_next_month_in_store_time(demo_store):
    # Seasonal staff have 200.00 a month; Warsaw is UTC+2 in summer.
    coat = demo_store.product_line("COAT-01")
    sale_at = dt.datetime(2026, 6, 30, 21, 30, tzinfo=UTC)  # 23:30 on 30 June in Warsaw
    demo_store.sell(ANDREI, [coat], at=sale_at)
    same_month = check(demo_store, ANDREI, at=dt.datetime(2026, 6, 30, 21, 45, tzinfo=UTC))
    assert same_month.allowance.used == 9000  # cost + 10%: 200.00 - 110.00
    next_month = check(demo_store, ANDREI, at=dt.datetime(2026, 6, 30, 22, 5, tzinfo=UTC))
    assert next_month.allowance.used == 0  # 00:05 on 1 July in Warsaw


def test_rolling_allowance_counts_the_last_n_days(demo_store):
    demo_store.conn.execute(
        "UPDATE policies SET allowance_period = 'rolling:30' WHERE name = 'Staff'"
    )
    demo_store.conn.commit()
    demo_store.reload()
    demo_store.sell(ANNA, [demo_store.product_line("SHIRT-01")], at=AT)
    assert check(demo_store, ANNA, at=AT + dt.timedelta(days=29)).allowance.used == 800
    assert check(demo_store, ANNA, at=AT + dt.timedelta(days=31)).allowance.used == 0

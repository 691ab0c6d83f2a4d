"""Charge to payroll through the command line: who may charge, the limit and its refusal, the
payer's PIN, refunds crediting the account, the payroll close, leavers with an open balance,
the recharge to group companies and an employee's statement (the demo store, whose Staff
policy lets an employee charge 300.00 a month)."""

from __future__ import annotations

import sqlite3

from pos_desktop.core.ledger import journal
from tests.conftest import ANNA, IOANA, JAN, MARKETING, PIOTR, table_counts

CASHIER = ["--cashier", PIOTR]
NOVEMBER = ["--from", "2026-11-01", "--to", "2026-11-30"]


def at(day: int, hour: int = 10) -> list[str]:
    return ["--at", f"2026-11-{day:02d}T{hour:02d}:00"]


def charge(run, customer: str, *items: str, day: int = 10, pin: str = "5831"):
    args = ["sell", "--customer", customer, *CASHIER, *at(day), "--pay", "payroll"]
    args += ["--payer-pin", pin, "--json"]
    for item in items:
        args += ["--item", item]
    return run(*args)


def with_pin(run) -> None:
    assert run("staff", "set-pin", "E0001", stdin="5831\n").code == 0


def test_an_employee_charges_to_payroll_and_the_report_lists_it(run):
    with_pin(run)
    sold = charge(run, ANNA, "COAT-01")  # 200.00 less 40.00
    assert sold.code == 0, sold.err
    assert (sold.json["tender"], sold.json["total"]) == ("payroll", "160.00")
    receipt = run("receipt", sold.json["sale_id"]).out
    assert "Charged to payroll: 160.00 EUR" in receipt
    report = run("report", "payroll", *NOVEMBER, "--format", "json").json
    assert [(r["employee"], r["sales"], r["refunds"], r["amount"]) for r in report["rows"]] == [
        ("E0001", 1, 0, "160.00")
    ]
    text = run("report", "payroll", *NOVEMBER).out
    assert "To deduct from pay 2026-11-01 to 2026-11-30: 160.00 EUR" in text


def test_a_dependant_charges_to_the_employees_account_with_the_employees_pin(run):
    with_pin(run)
    assert charge(run, JAN, "SHIRT-01").code == 0
    report = run("report", "payroll", *NOVEMBER, "--format", "json").json
    assert [(r["employee"], r["sales"]) for r in report["rows"]] == [("E0001", 1)]


def test_past_the_limit_is_refused_with_what_is_left_and_nothing_written(run, demo_path):
    with_pin(run)
    assert charge(run, ANNA, "COAT-01").code == 0  # 160.00 of 300.00
    before = table_counts(demo_path)
    refused = charge(run, ANNA, "COAT-01", day=11)
    assert refused.code == 2 and refused.out == ""
    assert refused.err.count("\n") == 1
    assert "past the payroll limit of 300.00 EUR this month; 140.00 EUR is left" in refused.err
    assert table_counts(demo_path) == before
    # The next month has its own limit.
    assert (
        run(
            "sell",
            "--customer",
            ANNA,
            *CASHIER,
            "--at",
            "2026-12-01T10:00",
            "--item",
            "COAT-01",
            "--pay",
            "payroll",
            "--payer-pin",
            "5831",
        ).code
        == 0
    )


def test_a_refund_credits_the_account_and_frees_the_limit(run):
    with_pin(run)
    sale = charge(run, ANNA, "COAT-01").json["sale_id"]
    assert run("refund", sale, *CASHIER, *at(12)).code == 0
    report = run("report", "payroll", *NOVEMBER, "--format", "json").json
    assert [(r["sales"], r["refunds"], r["amount"]) for r in report["rows"]] == [(1, 1, "0.00")]
    # With 160.00 back, 300.00 fits again... but 2 coats are 350.00: 300.00 is what is left.
    refused = charge(run, ANNA, "COAT-01:2", day=13)
    assert "300.00 EUR is left" in refused.err


def test_the_payer_pin_is_asked_unless_the_store_says_otherwise(run, demo_path):
    with_pin(run)
    wrong = charge(run, ANNA, "SHIRT-01", pin="1111")
    assert (wrong.code, "wrong PIN; tries left before the PIN locks: 4" in wrong.err) == (2, True)
    missing = run(
        "sell", "--customer", ANNA, *CASHIER, *at(10), "--item", "SHIRT-01", "--pay", "payroll"
    )
    assert "needs the PIN of Anna Kowalska" in missing.err
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE settings SET value = 'false' WHERE key = 'store.payroll_pin'")
    conn.execute(
        "INSERT OR IGNORE INTO settings (key, value) VALUES ('store.payroll_pin', 'false')"
    )
    conn.commit()
    conn.close()
    assert (
        run(
            "sell", "--customer", ANNA, *CASHIER, *at(10), "--item", "SHIRT-01", "--pay", "payroll"
        ).code
        == 0
    )


def test_who_may_not_charge_is_refused_in_one_line(run, demo_path):
    with_pin(run)
    before = table_counts(demo_path)
    cases = [
        (["--customer", IOANA], "only the own company's employees"),  # group company staff
        (["--customer", MARKETING], "only the own company's employees"),  # a department
        ([], "only the own company's employees"),  # an external buyer
    ]
    for customer, message in cases:
        result = run(
            "sell",
            *customer,
            *CASHIER,
            *at(10),
            "--item",
            "SHIRT-01",
            "--pay",
            "payroll",
            "--payer-pin",
            "5831",
        )
        assert (result.code, message in result.err, result.err.count("\n")) == (2, True, 1)
    bad = run("sell", "--customer", ANNA, *CASHIER, *at(10), "--item", "SHIRT-01", "--pay", "card")
    assert (bad.code, "--pay 'card' must be one of till, payroll" in bad.err) == (2, True)
    stray = run(
        "sell", "--customer", ANNA, *CASHIER, *at(10), "--item", "SHIRT-01", "--payer-pin", "5831"
    )
    assert (stray.code, "--payer-pin is for a charge to payroll" in stray.err) == (2, True)
    assert table_counts(demo_path) == before


def test_payroll_close_is_chained_and_a_closed_period_takes_no_more_charges(run, demo_path):
    with_pin(run)
    never = run("report", "payroll", "--to", "2026-11-30")
    assert (never.code, "give the first day with --from DATE" in never.err) == (2, True)
    assert charge(run, ANNA, "SHIRT-01", day=10).code == 0
    closed = run("payroll", "close", "--through", "2026-11-12", *at(20), "--json").json
    assert (closed["through"], closed["employees"], closed["amount"]) == (
        "2026-11-12",
        1,
        "32.00",
    )
    late = charge(run, ANNA, "SHIRT-01", day=11)
    assert (late.code, "payroll is closed through 2026-11-12" in late.err) == (2, True)
    again = run("payroll", "close", "--through", "2026-11-12", *at(20))
    assert (again.code, "already closed through 2026-11-12" in again.err) == (2, True)
    future = run("payroll", "close", "--through", "2026-11-20", *at(20))
    assert (future.code, "is not over yet" in future.err) == (2, True)
    # The next report starts after the close.
    assert charge(run, ANNA, "SHIRT-01", day=13).code == 0
    report = run("report", "payroll", "--to", "2026-11-30", "--format", "json").json
    assert (report["from"], [r["amount"] for r in report["rows"]]) == ("2026-11-13", ["32.00"])
    verified = run("journal", "verify", "--json").json
    assert verified["ok"] is True
    conn = sqlite3.connect(demo_path)
    conn.row_factory = sqlite3.Row
    assert journal.verify(conn) is None
    assert conn.execute("SELECT day FROM day_closes").fetchall()[0][0] == "payroll:2026-11-12"


def test_a_leaver_with_an_open_balance_is_named_in_the_report(run, demo_path):
    with_pin(run)
    assert charge(run, ANNA, "SHIRT-01").code == 0
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE staff SET end_date = '2026-11-15' WHERE employee_no = 'E0001'")
    conn.commit()
    conn.close()
    text = run("report", "payroll", *NOVEMBER).out
    assert "Leaver with an open balance: Anna Kowalska (E0001), 32.00 EUR not yet deducted" in (
        text
    )
    report = run("report", "payroll", *NOVEMBER, "--format", "json").json
    assert report["leavers"] == [
        {"employee": "E0001", "name": "Anna Kowalska", "balance": "32.00", "end_date": "2026-11-15"}
    ]


def test_tender_is_in_the_chained_record_and_older_records_still_verify(run, demo_path):
    with_pin(run)
    plain = run("sell", "--customer", ANNA, *CASHIER, *at(9), "--item", "SHIRT-01", "--json")
    charged = charge(run, ANNA, "SHIRT-01")
    conn = sqlite3.connect(demo_path)
    conn.row_factory = sqlite3.Row
    tenders = dict(conn.execute("SELECT id, tender FROM sales").fetchall())
    assert tenders == {plain.json["sale_id"]: None, charged.json["sale_id"]: "payroll"}
    # Rewriting the tender breaks the chain at that record.
    conn.execute("DROP TRIGGER IF EXISTS sales_append_only_update")
    conn.execute("UPDATE sales SET tender = NULL WHERE tender = 'payroll'")
    conn.commit()
    broken = run("journal", "verify", "--json")
    assert (broken.code, broken.json["broken"]["seq"]) == (1, 2)


def test_recharge_lists_group_companies_net_of_refunds(run):
    sold = run("sell", "--customer", IOANA, *CASHIER, *at(10), "--item", "COAT-01", "--json")
    run("sell", "--customer", IOANA, *CASHIER, *at(11), "--item", "COAT-01", "--json")
    assert run("refund", sold.json["sale_id"], *CASHIER, *at(12)).code == 0
    run("sell", "--customer", ANNA, *CASHIER, *at(10), "--item", "COAT-01")  # own company
    report = run("report", "recharge", *NOVEMBER, "--format", "json").json
    assert [(r["company"], r["sales"], r["refunds"], r["discount"]) for r in report["rows"]] == [
        ("ACLOG", 2, 1, "20.00")
    ]
    sales = run("report", "recharge", *NOVEMBER, "--sales", "--format", "json").json
    assert [(r["kind"], r["discount"]) for r in sales["rows"]] == [
        ("sale", "20.00"),
        ("sale", "20.00"),
        ("refund", "-20.00"),
    ]


def test_statement_of_an_employee(run, tmp_path):
    with_pin(run)
    assert charge(run, ANNA, "COAT-01").code == 0
    data = run("staff", "statement", "E0001", "--year", "2026", *at(20), "--format", "json")
    assert data.json["items"] == {
        "allowance_used": "40.00",
        "allowance_left": "960.00",
        "discount_year": "40.00",
        "benefit_year": "0.00",
        "payroll_used": "160.00",
        "payroll_left": "140.00",
        "payroll_balance": "160.00",
    }
    pdf = tmp_path / "statement.pdf"
    saved = run("staff", "statement", "E0001", "--year", "2026", *at(20), "--pdf", str(pdf))
    assert saved.code == 0 and pdf.read_bytes().startswith(b"%PDF")
    polish = run("--lang", "pl", "staff", "statement", "E0001", "--year", "2026", *at(20))
    assert "160,00" in polish.out
    unknown = run("staff", "statement", "E9999", "--year", "2026")
    assert (unknown.code, unknown.err.count("\n")) == (2, 1)


def test_a_statement_names_the_currency_of_its_amounts(run):
    """A person reads '160.00 EUR' on each line (and '160,00 EUR' in Polish and Romanian);
    CSV and JSON keep the bare amount, the currency given once."""
    with_pin(run)
    assert charge(run, ANNA, "COAT-01").code == 0
    statement = ["staff", "statement", "E0001", "--year", "2026", *at(20)]
    english = run(*statement).out.splitlines()
    [charged] = [line for line in english if line.startswith("Charged to payroll")]
    assert charged.endswith("160.00 EUR")
    amounts = [line for line in english[1:] if line.rstrip().endswith(".00 EUR")]
    assert len(amounts) == 7  # every item, none bare
    for language in ("pl", "ro"):
        out = run("--lang", language, *statement).out
        assert "160,00 EUR" in out and "960,00 EUR" in out, language
    data = run(*statement, "--format", "json").json
    assert data["currency"] == "EUR" and data["items"]["payroll_used"] == "160.00"
    assert {row["amount"] for row in data["rows"]} >= {"160.00", "960.00"}
    csv_rows = run(*statement, "--format", "csv").out.splitlines()
    assert csv_rows[0] == "item,amount" and "EUR" not in "".join(csv_rows[1:])


def test_benefits_report_by_the_command_line(run, demo_path):
    assert run("config", "export", str(demo_path.with_suffix(".toml"))).code == 0
    toml = demo_path.with_suffix(".toml")
    toml.write_text(toml.read_text() + '\n[tax]\njurisdiction = "DE"\n')
    assert run("config", "import", str(toml)).code == 0
    run("sell", "--customer", ANNA, *CASHIER, *at(10), "--item", "COAT-01")
    run("sell", "--customer", JAN, *CASHIER, *at(11), "--item", "COAT-01")
    report = run("report", "benefits", "--year", "2026", "--format", "json").json
    # Each coat: 96% of 200.00 = 192.00, paid 160.00: 32.00.
    assert [(r["employee"], r["discount"], r["benefit"], r["taxable"]) for r in report["rows"]] == [
        ("E0001", "80.00", "64.00", "0.00")
    ]
    one = run("report", "benefits", "--year", "2026", "--employee", "E0001", "--format", "json")
    assert [s["buyer"] for s in one.json["sales"]] == ["E0001", "D0001"]
    bad = toml.read_text().replace('jurisdiction = "DE"', 'jurisdiction = "XX"')
    toml.write_text(bad)
    refused = run("config", "import", str(toml))
    assert (refused.code, "jurisdiction 'XX' must be one of" in refused.err) == (2, True)
    assert refused.err.count("\n") == 1


def test_a_payer_pin_guessed_locks_like_every_pin(run, demo_path):
    """The buyer's PIN goes through the PIN lockout: five wrong ones lock it, and then even
    the right one is refused and nothing is charged; each failure is audited."""
    with_pin(run)
    for guess in ("1111", "2222", "3333", "4444", "5555"):
        assert charge(run, ANNA, "SHIRT-01", pin=guess).code == 2
    right = charge(run, ANNA, "SHIRT-01")
    assert right.code == 2 and "locked" in right.err
    conn = sqlite3.connect(demo_path)
    places = conn.execute(
        "SELECT COUNT(*) FROM audit WHERE action = 'pin.failed' AND after LIKE '%payroll_payer%'"
    ).fetchone()[0]
    charged = conn.execute("SELECT COUNT(*) FROM sales WHERE tender = 'payroll'").fetchone()[0]
    conn.close()
    assert (places, charged) == (6, 0)


def test_sell_prints_the_payroll_charge_as_money_in_every_language(run):
    """`sell --pay payroll` printed 'Reținut din salariu: 32.00 EUR' under 'Total 32,00 EUR':
    the charge now reads as every other amount of that output in the language."""
    with_pin(run)
    expected = {"en": "32.00 EUR", "pl": "32,00 EUR", "ro": "32,00 EUR"}
    for day, (language, money) in enumerate(expected.items(), start=10):
        args = ["--lang", language, "sell", "--customer", ANNA, *CASHIER, *at(day)]
        sold = run(*args, "--pay", "payroll", "--payer-pin", "5831", "--item", "SHIRT-01")
        assert sold.code == 0, sold.err
        charged = sold.out.splitlines()[-2]
        assert charged.endswith(f": {money}"), (language, charged)
        assert money.replace(",", ".") not in sold.out or language == "en", language

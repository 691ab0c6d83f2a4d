"""The command line as scripts use it: exit codes, JSON shapes, and refusals of bad input."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import (
    ANNA,
    CASHIER,
    DEMO_AT,
    JOHN,
    MARIA,
    MARKETING,
    PIOTR,
    STRANGER,
    TOMASZ,
    badge,
    content_digest,
    table_counts,
)

AT = ["--at", DEMO_AT]


def test_check_json_contract(run):
    result = run("check", ANNA, *AT, "--json")
    assert result.code == 0
    data = result.json
    assert set(data) == {
        "status",
        "kind",
        "eligible",
        "reasons",
        "eligible_from",
        "holder",
        "policy",
        "allowance",
        "message",
    }
    assert data["status"] == "internal"
    assert data["kind"] == "employee"
    assert data["eligible"] is True
    assert data["reasons"] == []
    assert data["eligible_from"] is None
    assert data["holder"] == {
        "employee_no": "E0001",
        "name": "Anna Kowalska",
        "company": "ACME",
        "department": "OPS",
    }
    assert data["policy"] == "Staff"
    assert data["allowance"] == {
        "period": "year",
        "limit": "1000.00",
        "used": "0.00",
        "remaining": "1000.00",
    }


def test_check_json_for_probation_blocked_and_external(run):
    probation = run("check", TOMASZ, *AT, "--json").json
    assert (probation["eligible"], probation["reasons"]) == (False, ["probation"])
    assert probation["eligible_from"] == "2026-08-24"
    blocked = run("check", JOHN, *AT, "--json").json
    assert (blocked["status"], blocked["reasons"]) == ("blocked", ["suspended"])
    external = run("check", STRANGER, *AT, "--json").json
    assert (external["status"], external["holder"], external["allowance"]) == (
        "external",
        None,
        None,
    )


def test_check_invalid_scan_is_an_answer_not_an_error(run):
    result = run("check", "2000000000016", "--json")
    assert result.code == 0
    assert result.json["status"] == "invalid"


def test_quote_json_contract_matches_the_worked_example(run):
    result = run(
        "quote",
        "--customer",
        ANNA,
        "--item",
        "SHIRT-01",
        "--item",
        "WINE-01",
        "--item",
        "COAT-01",
        *AT,
        "--json",
    )
    assert result.code == 0, result.err
    data = result.json
    assert {"customer", "lines", "subtotal", "discount", "total", "allowance_after"} <= set(data)
    assert data["customer"]["status"] == "internal"
    assert [line["discount"] for line in data["lines"]] == ["8.00", "0.00", "40.00"]
    first = data["lines"][0]
    assert {"sku", "category", "qty", "unit_price", "gross", "discount", "total", "rule"} <= set(
        first
    )
    assert (first["sku"], first["category"], first["qty"], first["unit_price"]) == (
        "SHIRT-01",
        "CLOTH",
        1,
        "40.00",
    )
    assert data["lines"][1]["rule"] == "Alcohol: no discount"
    assert (data["subtotal"], data["discount"], data["total"]) == ("260.00", "48.00", "212.00")
    assert data["allowance_after"] == "952.00"


def test_quote_open_amount_and_quantity(run):
    data = run(
        "quote", "--customer", ANNA, "--item", "CLOT-10:2", "--open", "GROC:12.50", *AT, "--json"
    ).json
    assert data["lines"][0]["qty"] == 2
    assert data["lines"][1]["sku"] is None
    assert data["lines"][1]["gross"] == "12.50"
    assert data["lines"][1]["discount"] == "2.50"


@pytest.mark.parametrize(
    ("language", "most"), [("en", "1000.00 EUR"), ("pl", "1000,00 EUR"), ("ro", "1.000,00 EUR")]
)
def test_sell_and_quote_refuse_an_open_amount_above_the_store_s_largest(
    run, demo_path, language, most
):
    """F3 refuses anything above max_open_amount (1,000.00 by default); `sell` recorded
    CLOTH:999999999 and `quote` priced it. Now all three refuse, in the same words."""
    before = table_counts(demo_path)
    for command in (["sell", *CASHIER], ["quote"]):
        for amount in ("999999999", "1000.01"):
            result = run(
                "--lang", language, *command, "--customer", ANNA, "--open", f"CLOTH:{amount}", *AT
            )
            assert result.code == 2 and result.out == ""
            assert result.err.count("\n") == 1 and "Traceback" not in result.err
            assert f" {most}; " in result.err
    assert table_counts(demo_path) == before
    at_most = run("sell", *CASHIER, "--customer", ANNA, "--open", "CLOTH:1000", *AT)
    assert at_most.code == 0, at_most.err


def test_quote_records_nothing(run, demo_path):
    before = content_digest(demo_path)
    assert run("quote", "--customer", ANNA, "--item", "COAT-01", *AT).code == 0
    assert content_digest(demo_path) == before


def test_sell_json_has_sale_id_and_refund_round_trip(run):
    sold = run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01:2", *AT, "--json")
    assert sold.code == 0, sold.err
    sale = sold.json
    assert sale["discount"] == "50.00"  # 80.00 capped at 50.00 per sale
    assert "capped: 50.00 per sale" in sale["lines"][0]["rule"]
    refund = run("refund", *CASHIER, sale["sale_id"], "--line", "1:1", "--json")
    assert refund.code == 0, refund.err
    data = refund.json
    assert set(data) == {"refund_id", "sale_id", "lines", "subtotal", "discount", "total"}
    assert (data["sale_id"], data["discount"], data["total"]) == (
        sale["sale_id"],
        "25.00",
        "175.00",
    )
    after = run("check", ANNA, "--at", "2026-06-15T13:00", "--json").json
    assert after["allowance"]["used"] == "25.00"


def test_sell_prints_the_sale_id_last(run):
    result = run("sell", *CASHIER, "--customer", MARKETING, "--item", "COAT-01", *AT)
    assert result.code == 0
    sale_id = result.out.strip().splitlines()[-1]
    assert len(sale_id) == 36
    assert run("refund", *CASHIER, sale_id).code == 0


def test_sell_with_supervisor_override(run):
    result = run(
        "sell",
        "--customer",
        PIOTR,
        "--cashier",
        PIOTR,
        "--item",
        "COAT-01",
        *AT,
        "--override",
        MARIA,
        "--pin",
        "1234",
        "--reason",
        "approved staff day",
        "--json",
    )
    assert result.code == 0, result.err
    assert result.json["discount"] == "40.00"
    assert result.json["override"] == {"supervisor": "E0003", "reason": "approved staff day"}


def test_sell_with_wrong_pin_is_refused_and_records_nothing(run, demo_path):
    before = table_counts(demo_path)
    result = run(
        "sell",
        "--customer",
        PIOTR,
        "--cashier",
        PIOTR,
        "--item",
        "COAT-01",
        *AT,
        "--override",
        MARIA,
        "--pin",
        "0000",
        "--reason",
        "x",
    )
    assert result.code == 2
    assert "wrong PIN" in result.err
    after = table_counts(demo_path)
    assert after["sales"] == before["sales"] and after["sale_lines"] == before["sale_lines"]
    assert after["pin_failures"] == 1  # the guess itself is counted (core/pins.py)


def test_journal_verify_json_ok_and_broken(run, demo_path):
    run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", *AT)
    ok = run("journal", "verify", "--json")
    assert ok.code == 0
    assert ok.json["ok"] is True
    assert ok.json["records"] == 1
    import sqlite3

    conn = sqlite3.connect(demo_path)
    conn.execute("DROP TRIGGER sales_append_only_update")
    conn.execute("UPDATE sales SET total = 1")
    conn.commit()
    conn.close()
    broken = run("journal", "verify", "--json")
    assert broken.code == 1
    assert broken.json["broken"]["seq"] == 1
    human = run("journal", "verify")
    assert human.code == 1
    assert "sales record 1" in human.out


def test_report_discounts_in_every_format(run):
    run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", *AT)
    run("sell", *CASHIER, "--customer", MARKETING, "--item", "COAT-01", *AT)
    data = run(
        "report",
        "discounts",
        "--from",
        "2026-06-01",
        "--to",
        "2026-06-30",
        "--by",
        "employee",
        "--format",
        "json",
    ).json
    assert data["rows"] == [
        {
            "employee": "E0001",
            "name": "Anna Kowalska",
            "sales": 1,
            "refunds": 0,
            "gross": "200.00",
            "discount": "40.00",
            "total": "160.00",
        }
    ]
    csv_out = run(
        "report", "discounts", "--from", "2026-06-15", "--to", "2026-06-15", "--format", "csv"
    ).out
    assert csv_out.splitlines()[0] == "day,name,sales,refunds,gross,discount,total"
    assert "2026-06-15,2026-06-15,2,0,400.00,140.00,260.00" in csv_out
    table = run("report", "discounts", "--from", "2026-06-15", "--to", "2026-06-15").out
    assert "Discount granted 2026-06-15 to 2026-06-15: 140.00 EUR" in table


def test_config_export_then_import_changes_nothing(run, tmp_path, demo_path):
    exported = run("config", "export").out
    target = tmp_path / "store.toml"
    assert run("config", "export", str(target)).code == 0
    assert target.read_text() == exported
    before = content_digest(demo_path)
    assert run("config", "import", str(target)).code == 0
    assert content_digest(demo_path) == before
    assert run("config", "export").out == exported


def test_staff_import_json_summary_and_dry_run(run, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text(
        "employee_no;name;badge;company;start_date;employment_type\n"
        f"N1;Nina New;{badge(1)};ACME;01.02.2026;pełny etat\n"
    )
    dry = run("staff", "import", str(path), "--dry-run", "--json")
    assert dry.code == 0
    assert dry.json["added"] == 1
    assert run("check", badge(1), *AT, "--json").json["status"] == "external"
    done = run("staff", "import", str(path), "--json")
    assert done.json["added"] == 1
    assert run("check", badge(1), *AT, "--json").json["holder"]["name"] == "Nina New"


def test_products_import_and_staff_export(run, tmp_path):
    path = tmp_path / "products.csv"
    path.write_text("sku,barcode,name,category,price,cost\nNEW-1,,Umbrella,HOME,15.00,7.50\n")
    assert run("products", "import", str(path)).code == 0
    data = run("quote", "--customer", ANNA, "--item", "NEW-1", *AT, "--json").json
    assert data["lines"][0]["discount"] == "3.00"
    out = tmp_path / "staff-out.csv"
    assert run("staff", "export", str(out)).code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("employee_no,name,badge,company")
    assert len(lines) == 1 + 300 + 40


def test_set_pin_from_stdin_then_override_with_it(run):
    assert run("staff", "set-pin", "E0012", stdin="864213\n").code == 0
    result = run(
        "sell",
        "--customer",
        PIOTR,
        "--cashier",
        PIOTR,
        "--item",
        "COAT-01",
        *AT,
        "--override",
        "2000000000121",
        "--pin",
        "864213",
        "--reason",
        "ok",
    )
    assert result.code == 0, result.err


def test_badge_revoke_then_issue(run):
    assert run("staff", "badge-revoke", ANNA, "--reason", "lost").code == 0
    assert run("check", ANNA, *AT, "--json").json["reasons"] == ["revoked"]
    assert run("staff", "badge-issue", "E0001", badge(2)).code == 0
    assert run("check", badge(2), *AT, "--json").json["eligible"] is True


def test_backup_copies_a_usable_database(run, tmp_path):
    run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", *AT)
    copy = tmp_path / "backup.sqlite"
    assert run("backup", str(copy)).code == 0
    result = run("journal", "verify", "--json", db=copy)
    assert (result.code, result.json["records"]) == (0, 1)


def test_init_refuses_to_overwrite_without_force(run, demo_path, tmp_path):
    before = content_digest(demo_path)
    result = run("init")
    assert result.code == 2
    assert "--force" in result.err
    assert content_digest(demo_path) == before
    fresh = tmp_path / "new" / "store.sqlite"
    assert run("init", "--currency", "PLN", db=fresh).code == 0
    assert 'currency = "PLN"' in run("config", "export", db=fresh).out


def test_init_force_on_a_chain_s_till_needs_leave_chain(run, demo_path):
    conn = sqlite3.connect(demo_path)
    with conn:
        conn.execute(
            "INSERT INTO sync_state (id, server_url, till) VALUES "
            "(1, 'postgresql://pos:secret@central.example:5432/pos', 'T2')"
        )
    conn.close()
    before = content_digest(demo_path)
    refused = run("init", "--demo", "--force")
    assert refused.code == 2 and refused.err.count("\n") == 1
    assert "is till T2 of the chain at central.example:5432/pos" in refused.err
    assert "Add --leave-chain" in refused.err and "secret" not in refused.err
    assert content_digest(demo_path) == before
    assert run("init", "--demo", "--force", "--leave-chain").code == 0
    assert run("journal", "verify").code == 0


# Bad input: exit 2, one line naming what, nothing written.

BAD_INPUT = [
    (["quote", "--customer", ANNA, "--item", "NOPE-1"], "unknown SKU"),
    (["sell", *CASHIER, "--customer", ANNA, "--item", "NOPE-1"], "unknown SKU"),
    (["sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01:0"], "at least 1"),
    (["sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01:-2"], "at least 1"),
    (["sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01:two"], "not a whole number"),
    (["sell", *CASHIER, "--customer", ANNA, "--open", "GROC:12.5.0"], "not an amount"),
    (["sell", *CASHIER, "--customer", ANNA, "--open", "GROC:-3"], "must not be negative"),
    (["sell", *CASHIER, "--customer", ANNA, "--open", "GROC:1.234"], "decimal places"),
    (["sell", *CASHIER, "--customer", ANNA, "--open", "NOPE:3.00"], "unknown category"),
    (["sell", *CASHIER, "--customer", ANNA, "--open", "GROC"], "CATEGORY:AMOUNT"),
    (["sell", *CASHIER, "--customer", "2000000000016", "--item", "COAT-01"], "check digit"),
    (["sell", *CASHIER, "--customer", ANNA], "basket is empty"),
    (
        ["sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", "--at", "yesterday"],
        "not a date",
    ),
    (["sell", "--customer", ANNA, "--item", "COAT-01", "--cashier", STRANGER], "not a staff"),
    (["check", ANNA, "--at", "2026-13-01"], "not a date"),
    (["check", ANNA, "--cashier", JOHN], "suspended"),
    (["refund", *CASHIER, "no-such-sale"], "no sale"),
    (["refund", *CASHIER, "no-such-sale", "--line", "x"], "not a whole number"),
    (["report", "discounts", "--from", "31.31.2026", "--to", "2026-01-01"], "not a date"),
    (["report", "discounts", "--from", "2026-02-01", "--to", "2026-01-01"], "before"),
    (["report", "discounts", "--from", "2026-01-01", "--to", "2026-02-01", "--by", "x"], "invalid"),
    (["config", "import", "missing.toml"], "no file"),
    (["staff", "import", "missing.csv"], "no file"),
    (["products", "import", "missing.csv"], "no file"),
    (["staff", "set-pin", "E9999"], "no employee number"),
    (["staff", "badge-revoke", STRANGER], "not in the registry"),
    (["staff", "badge-issue", "E0001", "2000000000016"], "check digit"),
    (["staff", "badge-issue", "E0001", ANNA], "already belongs"),
    (["staff", "badge-issue", "E9999", badge(2)], "no employee number"),
    (["staff", "import", "x.csv", "--map", "nonsense"], "SOURCE=FIELD"),
    (["init", "--currency", "EURO"], "currency"),
    (["init", "--demo", "--force", "--currency", "JPY"], "two decimals"),
    (["frobnicate"], "invalid choice"),
    (["quote", "--customer", ANNA, "--item", "SHIRT-01:²"], "not a whole number"),
    (["quote", "--customer", ANNA, "--item", "SHIRT-01:٣"], "not a whole number"),
    (["quote", "--customer", ANNA, "--item", "SHIRT-01:99999999999"], "not a whole number"),
    (["quote", "--customer", ANNA, "--open", "GROC:99999999999999999999999999"], "not an amount"),
    (["quote", "--customer", ANNA, "--open", "GROC:9999999999999"], "too large"),
    (["quote", "--customer", ANNA, "--open", "GROC:1e3"], "not an amount"),
    (["quote", "--customer", ANNA, "--open", "GROC:1_000"], "not an amount"),
    (["quote", "--customer", ANNA, "--open", "GROC: ١٢"], "not an amount"),
    (["quote", "--customer", "", "--item", "SHIRT-01"], "--customer is empty"),
    (["check", ANNA, "--at", ""], "not a date"),
    (["check", ANNA, "--at", "0001-01-01"], "outside the years"),
    (
        ["sell", *CASHIER, "--customer", ANNA, "--item", "SHIRT-01", "--at", "9999-12-31T00:00"],
        "outside",
    ),
    (["report", "discounts", "--from", "0001-01-01", "--to", "2026-01-01"], "outside the years"),
    (["check", ANNA, "--cashier", "2000000000091"], "has no cashier role"),
    (["check", ANNA, "--cashier", "2000000000084", "--at", DEMO_AT], "left on"),
    (["quote", "--item", "SHIRT\udcff"], "not valid text"),
    (["staff", "import", "x.csv", "--delimiter", ""], "one character"),
]


@pytest.mark.parametrize(("args", "message"), BAD_INPUT, ids=[" ".join(a) for a, _ in BAD_INPUT])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(run, demo_path, args, message):
    before = content_digest(demo_path)
    result = run(*args)
    assert result.code == 2
    assert message in result.err
    assert len(result.err.strip().splitlines()) == 1, result.err
    assert "Traceback" not in result.err
    assert content_digest(demo_path) == before


def test_set_pin_refuses_a_short_pin(run, demo_path):
    before = content_digest(demo_path)
    result = run("staff", "set-pin", "E0003", stdin="12\n")
    assert (result.code, "4 to 12 digits" in result.err) == (2, True)
    assert content_digest(demo_path) == before


def test_malformed_config_file_is_refused(run, demo_path, tmp_path):
    bad = tmp_path / "bad.toml"
    for text, message in [
        ("[store\nname=", "not valid TOML"),
        ('[[policy]]\nname = "X"\npercent = 120\n', "between 0 and 100"),
        ('[[policy]]\nname = "X"\npercnt = 10\n', "unknown key 'percnt'"),
        ('[[company]]\ncode = "A"\nname = "A"\nrelation = "cousin"\n', "own or group"),
        ('[store]\ntimezone = "Mars/Olympus"\n', "time zone"),
        ('[[policy]]\nname = "X"\nmethod = "cost_plus"\n', "needs a markup"),
        ('[[policy]]\nname = "X"\nallowance = { amount = "10", period = "week" }\n', "period"),
    ]:
        bad.write_text(text)
        before = content_digest(demo_path)
        result = run("config", "import", str(bad))
        assert result.code == 2, text
        assert message in result.err, result.err
        assert content_digest(demo_path) == before


def test_a_folder_as_database_is_a_clear_message(run, tmp_path):
    result = run("check", ANNA, db=tmp_path)
    assert (result.code, "is a folder" in result.err) == (2, True)


def test_a_csv_cell_too_large_for_the_reader_is_refused(run, tmp_path, demo_path):
    path = tmp_path / "huge.csv"
    path.write_text('employee_no,name\nX1,"' + "a" * 200_000 + '"\n')
    before = content_digest(demo_path)
    result = run("staff", "import", str(path))
    assert result.code == 2
    assert "has a cell longer than 131,072 characters" in result.err
    assert content_digest(demo_path) == before


def test_an_ended_supervisor_cannot_approve(run, demo_path):
    import sqlite3

    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE staff SET end_date = '2026-01-01' WHERE employee_no = 'E0003'")
    conn.commit()
    conn.close()
    result = run(
        "sell",
        "--customer",
        PIOTR,
        "--cashier",
        PIOTR,
        "--item",
        "COAT-01",
        *AT,
        "--override",
        MARIA,
        "--pin",
        "1234",
        "--reason",
        "x",
    )
    assert (result.code, "left on 2026-01-01" in result.err) == (2, True)


def test_report_csv_keeps_negative_amounts_as_numbers(run):
    sale = run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", *AT, "--json").json
    run("refund", *CASHIER, sale["sale_id"], "--at", "2026-06-16T10:00")
    out = run(
        "report", "discounts", "--from", "2026-06-16", "--to", "2026-06-16", "--format", "csv"
    ).out
    assert "2026-06-16,2026-06-16,0,1,-200.00,-40.00,-160.00" in out


def test_readme_documents_every_command():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    from pos_desktop.cli.main import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    for name, sub in commands.items():
        nested = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        names = [f"{name} {child}" for child in nested[0].choices] if nested else [name]
        for full in names:
            assert f"`{full}" in readme, f"README does not document '{full}'"


def test_missing_database_is_a_clear_message(run, tmp_path):
    result = run("check", ANNA, db=tmp_path / "nowhere.sqlite")
    assert result.code == 2
    assert "pos-desktop init" in result.err
    assert not (tmp_path / "nowhere.sqlite").exists()


def test_the_installed_entry_point_runs_in_a_real_process(tmp_path):
    env = dict(os.environ, POS_DESKTOP_DB=str(tmp_path / "store.sqlite"))
    version = subprocess.run(
        [sys.executable, "-m", "pos_desktop", "--version"], capture_output=True, text=True, env=env
    )
    assert version.returncode == 0
    assert version.stdout.startswith("pos-desktop ")
    init = subprocess.run(
        [sys.executable, "-m", "pos_desktop", "init", "--demo"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert init.returncode == 0, init.stderr
    check = subprocess.run(
        [sys.executable, "-m", "pos_desktop", "check", ANNA, "--json"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert json.loads(check.stdout)["holder"]["name"] == "Anna Kowalska"
    assert Path(env["POS_DESKTOP_DB"]).exists()


def test_products_import_json_and_dry_run_exit_1_on_problems(run, tmp_path, demo_path):
    path = tmp_path / "products.csv"
    path.write_text("sku,name,category,price\nA-1,Apple,GROC,0.50\nB-1,Bad,NOPE,1.00\n")
    before = content_digest(demo_path)
    dry = run("products", "import", str(path), "--dry-run", "--json")
    assert dry.code == 1
    assert dry.json["problems"] == [
        {
            "row": 3,
            "column": "category",
            "value": "NOPE",
            "problem": "unknown category; add it to the config first",
            "suggestion": "",
        }
    ]
    refused = run("products", "import", str(path))
    assert refused.code == 2
    assert refused.err.splitlines()[0].endswith(
        "row 3, category 'NOPE': unknown category; add it to the config first"
    )
    assert content_digest(demo_path) == before


def test_staff_import_reports_skips_and_remembers_the_mapping(run, tmp_path, demo_path):
    path = tmp_path / "angajati.csv"
    path.write_bytes(
        "Cod;Nume;Firma;Angajat din;Tip contract\n"
        "R1;Ioana Ştefănescu;ACME;01.02.2025;CIM norma intreaga\n"
        "R2;Mihai Popa;ACMX;01.02.2025;CIM norma intreaga\n".encode("cp1250")
    )
    before = content_digest(demo_path)
    mapped = ["--map", "Cod=employee_no", "--map", "Nume=name", "--map", "Angajat din=start_date"]
    report = tmp_path / "report.csv"
    dry = run("staff", "import", str(path), *mapped, "--dry-run", "--report", str(report))
    assert dry.code == 1
    assert "row 3, Firma 'ACMX': unknown company (did you mean ACME?)" in dry.err  # its heading
    assert dry.out.startswith(f"Would import {path} (CSV, cp1250, semicolon-separated): 2 rows")
    assert report.read_text(encoding="utf-8-sig").splitlines()[1] == (
        "3,company,ACMX,unknown company,did you mean ACME?"
    )
    refused = run("staff", "import", str(path), *mapped)
    assert refused.code == 2 and "1 row with problems; nothing was imported" in refused.err
    assert content_digest(demo_path) == before
    done = run(
        "staff", "import", str(path), *mapped, "--skip-invalid", "--save-profile", "Saga", "--json"
    )
    assert done.code == 0
    assert (done.json["added"], done.json["rejected"]) == (1, 1)
    again = run("staff", "import", str(path), "--profile", "Saga", "--skip-invalid")
    assert again.code == 0 and "1 unchanged" in again.out
    missing = run("staff", "import", str(path), "--profile", "Nope")
    assert missing.code == 2 and "saved profiles: Saga" in missing.err


def test_a_mass_ending_sync_and_unwritable_outputs_are_refused_before_importing(
    run, tmp_path, demo_path
):
    path = tmp_path / "one.csv"
    path.write_text("employee_no,name\nE0001,Anna Kowalska\n")
    before = content_digest(demo_path)
    mass = run("staff", "import", str(path), "--sync")
    assert mass.code == 2 and "allow it to end that many" in mass.err
    nowhere = run("staff", "import", str(path), "--report", str(tmp_path / "no" / "r.csv"))
    assert nowhere.code == 2 and "there is no folder" in nowhere.err
    long_name = run("staff", "import", str(path), "--save-profile", "x" * 61)
    assert long_name.code == 2 and "1 to 60 characters" in long_name.err
    assert content_digest(demo_path) == before
    allowed = run("staff", "import", str(path), "--sync", "--allow-mass-end")
    assert allowed.code == 0 and " ended" in allowed.out


def test_no_command_opens_the_till_and_help_lists_the_commands(run):
    from pos_desktop.cli.main import parse_arguments

    assert parse_arguments(["--db", "x.sqlite"]).command == "cashier"
    result = run("--help")
    assert result.code == 0
    assert "cashier" in result.out
    assert "check" in result.out


def test_a_second_double_dash_is_a_missing_argument_not_an_internal_error(run):
    result = run("staff", "badge-issue", "--", "E001", "--")
    assert result.code == 2
    assert "the argument badge is missing" in result.err
    assert "internal error" not in result.err

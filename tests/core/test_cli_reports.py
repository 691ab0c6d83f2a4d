"""The reports, the daily close and the receipt reprint through the command line."""

from __future__ import annotations

import csv
import io

from tests.conftest import ANNA, CASHIER, DEMO_AT, MARIA, MARKETING, PIOTR

AT = ["--at", DEMO_AT]
JUNE = ["--from", "2026-06-01", "--to", "2026-06-30"]


def sell(run, *args: str) -> str:
    cashier = () if "--cashier" in args else CASHIER
    result = run("sell", *cashier, *args, *AT, "--json")
    assert result.code == 0, result.err
    return str(result.json["sale_id"])


def test_every_report_in_every_format(run, tmp_path):
    sell(run, "--customer", ANNA, "--item", "COAT-01")
    sell(run, "--customer", MARKETING, "--item", "COAT-01")
    sell(
        run,
        *("--customer", PIOTR, "--cashier", PIOTR, "--item", "SHIRT-01"),
        *("--override", MARIA, "--pin", "1234", "--reason", "=uniform"),
    )
    by_company = run("report", "discounts", *JUNE, "--by", "company", "--format", "json").json
    assert [(r["company"], r["discount"]) for r in by_company["rows"]] == [("ACME", "48.00")]
    allowance = run("report", "allowance", "--on", "2026-06-15", "--format", "json").json
    assert [(r["employee"], r["used"], r["left"], r["share"]) for r in allowance["rows"]] == [
        ("E0001", "40.00", "960.00", "4.0%"),
        ("E0002", "8.00", "992.00", "0.8%"),
    ]
    overrides = run("report", "overrides", *JUNE, "--format", "csv").out
    rows = list(csv.DictReader(io.StringIO(overrides)))
    assert [(r["supervisor"], r["reason"], r["discount"]) for r in rows] == [
        ("E0003", "'=uniform", "8.00")  # a formula-like reason is neutralised
    ]
    centres = run("report", "cost-centres", *JUNE).out
    assert "CC-4100      MKT         Marketing" in centres
    assert "To recharge 2026-06-01 to 2026-06-30: 100.00 EUR" in centres
    flags = run("report", "flags", *JUNE, "--self-purchases", "1", "--format", "json").json
    found = [(f["kind"], f["subject"], f["sales"]) for f in flags["rows"]]
    # Every sale here is dated 2026-06-15, long before it was entered: each is backdated.
    assert [f for f in found if f[0] != "backdated"] == [("self_purchase", "E0002", 1)]
    assert sum(f[0] == "backdated" for f in found) == 3
    pdf = tmp_path / "discounts.pdf"
    table = run("report", "discounts", *JUNE, "--by", "category", "--pdf", str(pdf))
    assert table.code == 0 and f"Saved {pdf}" in table.out
    assert pdf.read_bytes().startswith(b"%PDF")


def test_bad_report_input_is_one_line_and_exit_2(run, tmp_path):
    cases = [
        (["report", "flags", *JUNE, "--badge-minutes", "0"], "badge_minutes"),
        (["report", "allowance", "--on", "yesterday"], "--on 'yesterday' is not a date"),
        (["report", "overrides", "--from", "2026-06-30", "--to", "2026-06-01"], "before"),
        (["report", "discounts", *JUNE, "--pdf", str(tmp_path / "no" / "x.pdf")], "folder"),
        (["close-day", "--date", "2026-06-16", *AT], "has not begun yet"),
        (["receipt", "NOSUCHID"], "there is no sale"),
        (["receipt", "x", "--escpos", "lp0"], "there is no sale"),
    ]
    for args, message in cases:
        result = run(*args)
        assert (result.code, message in result.err, result.out) == (2, True, ""), args
        assert result.err.count("\n") == 1


def test_close_day_then_again_then_the_next_day_chains(run, tmp_path):
    sell(run, "--customer", ANNA, "--item", "COAT-01")
    pdf = tmp_path / "close.pdf"
    closing = ["close-day", "--date", "2026-06-15", "--at", "2026-06-15T21:00"]
    data = run(*closing, "--json", "--pdf", str(pdf)).json
    assert (data["day"], data["sales"], data["discount"], data["first_seq"]) == (
        "2026-06-15",
        1,
        "40.00",
        1,
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    again = run(*closing)
    assert again.code == 2
    assert "2026-06-15 is already closed (at 2026-06-15 21:00 by command line (" in again.err
    late = run(
        "sell", *CASHIER, "--customer", ANNA, "--item", "SHIRT-01", "--at", "2026-06-15T22:00"
    )
    assert (late.code, "already closed" in late.err) == (2, True)
    sell_next = run("sell", *CASHIER, "--item", "SHIRT-01", "--at", "2026-06-16T09:00")
    assert sell_next.code == 0
    verified = run("journal", "verify", "--json").json
    assert (verified["ok"], verified["records"], verified["closes"]) == (True, 2, 1)


def test_receipt_reprint_as_text_and_pdf(run, tmp_path):
    sale_id = sell(run, "--customer", ANNA, "--item", "SHIRT-01", "--item", "COAT-01")
    text = run("receipt", sale_id[-8:], "--width", "58").out.splitlines()
    assert all(len(line) <= 32 for line in text)
    assert "TOTAL EUR                 192.00" in text
    pdf = tmp_path / "receipt.pdf"
    result = run("receipt", sale_id, "--pdf", str(pdf))
    assert result.code == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_receipt_on_an_escpos_printer_file(run, tmp_path):
    sale_id = sell(run, "--customer", ANNA, "--item", "SHIRT-01")
    device = tmp_path / "lp0"
    result = run("receipt", sale_id, "--escpos", f"file:{device}", "--width", "80")
    assert result.code == 0, result.err
    data = device.read_bytes()
    assert b"Anna Kowalska" in data and b"{B" + sale_id[-8:].upper().encode() in data

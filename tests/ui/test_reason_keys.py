"""A sale line keeps its discount reason as a key and fields beside the English words: a
receipt reprinted in Polish or Romanian (the `receipt` command and the receipt document) is
worded from them, an older line is still read back from its words, and the journal's chain
covers the key and fields."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from pos_desktop import i18n
from pos_desktop.core import pricing, receipts, sale
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.printing.receipt import receipt_html, save_receipt_pdf
from tests.conftest import ANNA, CASHIER, DEMO_AT
from tests.ui.test_receipts import render

CAPPED = {
    "pl": "20% pracowniczy; limit: 50,00 na sprzedaż",
    "ro": "20% angajat; plafon: 50,00 pe vânzare",
}


def reason_on_the_roll(text: str) -> str:
    """A text receipt's discount reason, its words joined again: on an 80 mm roll it starts
    beside its amount and goes on, indented, on the lines under it."""
    words: list[str] = []
    for line in text.splitlines():
        if line.strip().startswith("20%") or (words and line.startswith("    ")):
            words.append(re.sub(r"\s+-\d[\d.,]*$", "", line.strip()))
        elif words:
            break
    return " ".join(words)


def sell_coats(run) -> str:
    sold = run("sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01:3", "--at", DEMO_AT)
    assert sold.code == 0, sold.err
    return sold.out.strip().splitlines()[-1]


def stored_lines(path) -> list[tuple[str, str | None, str | None]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT rule, rule_key, rule_args FROM sale_lines").fetchall()
    finally:
        conn.close()


def test_a_sale_line_keeps_its_reason_as_a_key_and_fields(run, demo_path):
    sell_coats(run)
    [(rule, key, args)] = stored_lines(demo_path)
    assert rule == "20% staff; capped: 50.00 per sale"  # the English words stay
    assert key == "capped"
    assert json.loads(args) == {
        "cap": {"amount": 5000, "currency": "EUR"},
        "rule": {"reason": "percent", "args": {"percent": "20"}},
    }


@pytest.mark.parametrize("language", ["pl", "ro"])
def test_a_reprint_in_another_language_is_worded_from_the_key(
    qapp, run, demo_path, tmp_path, language
):
    sale_id = sell_coats(run)
    text = run("--lang", language, "receipt", sale_id).out
    assert reason_on_the_roll(text) == CAPPED[language] and "staff" not in text
    i18n.use(language)
    checkout = Checkout(open_database(demo_path))
    try:
        receipt = receipts.from_journal(checkout, sale_id)
    finally:
        checkout.conn.close()
    assert CAPPED[language] in receipt_html(receipt)
    pdf = tmp_path / "reprint.pdf"
    save_receipt_pdf(receipt, pdf)
    render(pdf, f"reprint-{language}")  # tests/screenshots/receipt-reprint-pl.png


def test_a_keyed_reason_is_never_read_back_from_its_english_words(run, monkeypatch):
    sale_id = sell_coats(run)

    def no_rereading(text: str, currency: str) -> str:
        raise AssertionError(f"read back from English: {text}")

    monkeypatch.setattr(pricing, "reread_rule", no_rereading)
    assert reason_on_the_roll(run("--lang", "pl", "receipt", sale_id).out) == CAPPED["pl"]


def test_a_line_written_before_the_keys_still_reprints_and_verifies(run, demo_path, monkeypatch):
    with monkeypatch.context() as older:  # a line as this app wrote them before the keys
        older.setattr(sale, "reason_record", lambda rule: (None, None))
        old_sale = sell_coats(run)
    new_sale = sell_coats(run)
    assert [line[1] for line in stored_lines(demo_path)] == [None, "capped"]
    for sale_id in (old_sale, new_sale):
        assert reason_on_the_roll(run("--lang", "ro", "receipt", sale_id).out) == CAPPED["ro"]
    verified = run("journal", "verify")
    assert verified.code == 0, verified.out + verified.err


def test_the_chain_covers_a_lines_reason_key_and_fields(run, demo_path):
    sell_coats(run)
    conn = sqlite3.connect(demo_path)
    conn.execute("DROP TRIGGER sale_lines_append_only_update")
    conn.execute("UPDATE sale_lines SET rule_args = replace(rule_args, '5000', '9000')")
    conn.commit()
    conn.close()
    broken = run("journal", "verify")
    assert broken.code != 0
    assert "was changed after it was written" in broken.out + broken.err

"""A reprinted receipt on a thermal roll in English, Polish and Romanian: every label in the
language asked for, a discount's reason wrapped onto the next lines rather than cut, and an
amount never parted from its currency; on 58 mm (32 columns), 42-column and 80 mm rolls; and
on an ESC/POS printer, every letter in a code page it has."""

from __future__ import annotations

import datetime as dt

import pytest

from pos_desktop import i18n
from pos_desktop.core import receipts
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.text import QT_TRANSLATE_NOOP
from tests.conftest import ANNA, DEMO_AT, PIOTR

# The brief's sale: two shirts and a coat, the coat's discount capped at 50.00 a sale.
AT = dt.datetime.fromisoformat(DEMO_AT).replace(tzinfo=dt.UTC)
ITEMS = ["--item", "SHIRT-01", "--item", "SHIRT-01", "--item", "COAT-01"]
WORDS = {
    "en": ("Subtotal", "Employee discount", "20% staff; capped: 50.00 per sale"),
    "pl": (
        "Suma częściowa",
        "Rabat pracowniczy",
        "20% pracowniczy; limit: 50,00 na sprzedaż",
    ),
    "ro": (
        "Subtotal",
        "Reducere pentru angajați",
        "20% angajat; plafon: 50,00 pe vânzare",
    ),
}


@pytest.fixture
def sale_id(run) -> str:
    result = run("sell", "--cashier", PIOTR, "--customer", ANNA, *ITEMS, "--at", DEMO_AT, "--json")
    assert result.code == 0, result.err
    return str(result.json["sale_id"])


def read(lines: list[str], right: str) -> str:
    """The receipt read as a person reads it: its lines joined, the layout's spaces gone, and
    the amount `right` printed at the end of a wrapped reason's first line left out."""
    return " ".join(" ".join(lines).split()).replace(f" {right} ", " ")


def words_of(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("language", ["pl", "ro"])
@pytest.mark.parametrize(("width", "columns"), [(58, 32), (80, 48)])
def test_a_reprint_says_every_label_in_its_language_and_the_whole_reason(
    run, sale_id, language, width, columns
):
    result = run("--lang", language, "receipt", sale_id, "--width", str(width))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert all(len(line) <= columns for line in lines)
    subtotal, discount, reason = WORDS[language]
    assert "Employee discount" not in result.out
    assert language == "ro" or "Subtotal" not in result.out  # Romanian says it the same way
    assert any(line.startswith(subtotal) for line in lines)
    assert any(line.startswith(discount) and line.endswith("-50,00") for line in lines)
    assert reason in read(lines, "-34,00")  # wrapped onto the next line, not cut short
    assert any(line.rstrip().endswith("-34,00") for line in lines)
    assert any("950,00 EUR" in line for line in lines)  # the amount with its currency


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
@pytest.mark.parametrize("columns", [32, 42, 48])
def test_the_thermal_text_never_cuts_a_word_nor_parts_an_amount_from_its_currency(
    demo_path, language, columns
):
    i18n.use(language)
    checkout = Checkout(open_database(demo_path))
    try:
        piotr = checkout.cashier(PIOTR, at=AT)
        lines = [checkout.product_line(s) for s in ("SHIRT-01", "SHIRT-01", "COAT-01")]
        sale = checkout.sell(ANNA, lines, cashier=piotr, at=AT)
        receipt = receipts.from_journal(checkout, sale.sale_id)
    finally:
        checkout.conn.close()

    def money(minor: int) -> str:
        return i18n.amount(minor, receipt.currency)

    text = receipts.text_lines(receipt, columns, i18n.say, money, i18n.moment_text)
    assert all(len(line) <= columns for line in text)
    subtotal, discount, reason = WORDS[language]
    said = read(text, f"-{money(3400)}")
    for phrase in (subtotal, discount, reason, i18n.say(receipt.customer)):
        assert phrase in said
    printed = words_of("\n".join(text))
    for line in receipt.lines:  # each word of each reason printed whole
        for word in words_of(i18n.say(line.rule)):
            assert word in printed
    left = money(receipt.allowance_left or 0)
    assert any(f"{left} EUR" in line for line in text), text
    assert not any(line.rstrip().endswith(left) for line in text)


def test_a_marked_label_without_fields_is_translated():
    i18n.use("pl")
    assert i18n.say(QT_TRANSLATE_NOOP("Receipt", "Subtotal")) == "Suma częściowa"
    i18n.use("ro")
    assert i18n.say(QT_TRANSLATE_NOOP("Receipt", "Employee discount")) == (
        "Reducere pentru angajați"
    )


def printed(data: bytes) -> str:
    """What a printer prints from ESC/POS bytes: each run of text in the code page the bytes
    before it chose (ESC t n), the other commands left as they are."""
    pages = {0: "cp437", 18: "cp852"}
    first, *runs = data.split(b"\x1bt")
    return first.decode("cp437") + "".join(r[1:].decode(pages[r[0]]) for r in runs)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("pl", ["Suma częściowa", "Rabat pracowniczy", "Pozostały limit"]),
        # Code page 852 has Romanian's ş ţ with a cedilla, not the comma-below ș ț.
        ("ro", ["Achiziţie angajat", "Reducere pentru angajaţi", "Plafon rămas", "vânzare"]),
    ],
)
@pytest.mark.parametrize("width", [58, 80])
def test_an_escpos_reprint_prints_its_language_and_only_its_own_message(
    run, sale_id, tmp_path, width, language, words
):
    out = tmp_path / "printer.bin"
    result = run(
        "--lang", language, "receipt", sale_id, "--escpos", f"file:{out}", "--width", str(width)
    )
    assert result.code == 0, result.err
    assert len(result.out.splitlines()) == 1  # not python-escpos's "Using hardware barcode…"
    assert sale_id in result.out and "barcode" not in result.out
    text = printed(out.read_bytes())
    for word in words:
        assert word in text
    assert "?" not in text  # every letter printable
    assert "Employee discount" not in text
    assert language == "ro" or "Subtotal" not in text  # Romanian says it the same way
    assert "sprzed -34" not in text and "-34,00" in text
    assert text.count("Demo Store") == 1


@pytest.mark.parametrize("columns", [32, 42, 48])
def test_long_names_wrap_whole_words_and_a_word_longer_than_the_roll_splits_at_a_hyphen(columns):
    long_name = "Kurtka zimowa z kapturem i podszewką polarową, rozmiar XXL"
    receipt = receipts.Receipt(
        store="Sklep Firmowy Acme Retail — Galeria Mokotów, poziom -1",
        till="T1",
        at=AT,
        cashier="Piotr Nowak",
        customer=QT_TRANSLATE_NOOP("Receipt", "Customer").text(),
        currency="PLN",
        lines=(receipts.ReceiptLine(long_name, 1, 123456, 123456, 0, ""),),
        allowance_left=None,
        allowance_words="",
        approved_by="Maria Popescu",
        approval_reason="towar z ekspozycji, zatwierdzone przez kierownika zmiany",
        sale_id="01a24e81-1786-71d0-9e67-260ad1553eb4",
    )
    lines = receipts.text_lines(receipt, columns)
    assert all(len(line) <= columns for line in lines)
    printed = words_of("\n".join(lines))
    for text in (receipt.store, long_name, receipt.approval_reason or ""):
        for word in words_of(text):
            assert word in printed
    assert (
        receipts.store_lines(receipt, columns)
        == lines[: len(receipts.store_lines(receipt, columns))]
    )
    pieces = [line.split()[-1] for line in lines if "01a24e81" in line or "260ad1553eb4" in line]
    assert "".join(pieces).endswith(receipt.sale_id)
    assert all(piece.endswith("-") or piece.endswith("eb4") for piece in pieces)


@pytest.mark.parametrize("language", ["pl", "ro"])
@pytest.mark.parametrize(("width", "columns"), [(58, 32), (80, 48)])
def test_a_wrapped_reason_ends_with_its_amount(run, sale_id, language, width, columns):
    """'20% pracowniczy; limit: -34,00' then '50,00 na sprzedaż' read as a limit of -34,00:
    the amount now ends the reason's last line, each clause starting a line of its own, so
    no line of the reason ends in an amount that is not the discount."""
    lines = run("--lang", language, "receipt", sale_id, "--width", str(width)).out.splitlines()
    reason = WORDS[language][2]
    joined = " ".join(" ".join(lines).split())
    assert f"{reason} -34,00" in joined, lines
    [amount_line] = [n for n, line in enumerate(lines) if line.endswith("-34,00")]
    starts = [n for n, line in enumerate(lines[: amount_line + 1]) if "20%" in line]
    assert not any(line.rstrip().endswith(",00") for line in lines[starts[-1] : amount_line])

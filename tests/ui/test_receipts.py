"""Receipts: the text for thermal rolls, ESC/POS bytes through python-escpos's Dummy printer,
and the PDF layouts (A6, 58 mm and 80 mm rolls) rendered to pictures under tests/screenshots/."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from pos_desktop import i18n
from pos_desktop.core import receipts
from pos_desktop.core.barcode import code128_modules
from pos_desktop.core.checkout import Override
from pos_desktop.core.errors import InputError
from pos_desktop.printing import thermal
from pos_desktop.printing.receipt import QUIET_MODULES, barcode_image, save_receipt_pdf
from tests.conftest import ANNA, MARIA, PIOTR

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def receipt(demo_store) -> receipts.Receipt:
    piotr = demo_store.cashier(PIOTR, at=AT)
    lines = [demo_store.product_line(s) for s in ("SHIRT-01", "WINE-01", "COAT-01")]
    sale = demo_store.sell(ANNA, lines, cashier=piotr, at=AT)
    return receipts.from_journal(demo_store, sale.sale_id)


def test_a_reprint_from_the_journal_says_what_the_till_said(demo_store):
    piotr = demo_store.cashier(PIOTR, at=AT)
    lines = [demo_store.product_line(s) for s in ("SHIRT-01", "COAT-01")]
    sale = demo_store.sell(
        PIOTR, lines, cashier=piotr, at=AT, override=Override(MARIA, "1234", "uniform")
    )
    fresh = receipts.from_sale(sale, demo_store.rules.settings, "Piotr Nowak")
    again = receipts.from_journal(demo_store, sale.sale_id[-8:])  # by its refund code
    assert again == fresh
    assert again.approved_by == "Maria Popescu"
    assert again.allowance_left == 100000 - 4800


@pytest.mark.parametrize("width", [58, 80])
def test_thermal_text_fits_the_roll_and_shows_each_discount(receipt, width):
    columns = receipts.COLUMNS[width]
    lines = receipts.text_lines(receipt, columns)
    assert all(len(line) <= columns for line in lines)
    text = "\n".join(lines)
    assert "20% staff" in text and "-8.00" in text and "-40.00" in text
    assert f"TOTAL EUR{' ' * (columns - 15)}212.00" in lines
    assert "952.00 EUR" in text
    assert "".join(lines).replace(" ", "").count(receipt.sale_id.replace(" ", "")) == 1


@pytest.mark.parametrize(("width", "bar"), [(58, 2), (80, 3)])
def test_escpos_bytes_through_the_dummy_printer(receipt, width, bar):
    from escpos.printer import Dummy

    device = Dummy()
    thermal.print_receipt(device, receipt, width)
    data = device.output
    assert b"Demo Store" in data
    assert b"-40.00" in data
    assert b"\x1dw" + bytes([bar]) in data  # GS w: the barcode's module width
    assert b"\x1dkI" + bytes([10]) + b"{B" + receipt.refund_code.encode() in data  # Code 128
    assert data.endswith(b"\x1dVA\x00") or b"\x1dV" in data[-8:]  # cut


def test_an_escpos_printer_address_is_checked(receipt):
    for bad in ("lp0", "net:host:port", "usb:xyz:1"):
        with pytest.raises(InputError, match="--escpos"):
            thermal.open_printer(bad)


def test_the_barcode_picture_reads_back_as_the_sale_id(qapp):
    sale_id = "01a20795-039d-7057-aa42-4e951b7fe7aa"
    image = barcode_image(sale_id, module_px=2)
    row = [image.pixelColor(x, 10) == QColor("black") for x in range(image.width())]
    modules = "".join("1" if row[x] else "0" for x in range(0, image.width(), 2))
    assert modules.strip("0") == code128_modules(sale_id).strip("0")
    assert modules.startswith("0" * QUIET_MODULES)


def render(pdf: Path, name: str) -> QImage:
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    points = document.pagePointSize(0)
    page = document.render(0, QSize(int(points.width() * 4), int(points.height() * 4)))
    image = QImage(page.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))  # the page is rendered on a transparent background
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    SCREENSHOTS.mkdir(exist_ok=True)
    assert image.save(str(SCREENSHOTS / f"receipt-{name}.png"))
    return image


def bars_across(image: QImage) -> int:
    """The bars of the barcode: the most dark runs along a row that looks the same 16 pixels
    further down (bars are tall and straight; lines of text are not)."""

    def dark(y: int) -> list[bool]:
        return [image.pixelColor(x, y).lightness() < 128 for x in range(image.width())]

    best = 0
    rows = [dark(y) for y in range(image.height())]
    for y in range(0, image.height() - 16, 2):
        if rows[y] == rows[y + 16]:
            row = rows[y]
            best = max(best, sum(1 for a, b in itertools.pairwise(row) if a and not b))
    return best


@pytest.mark.parametrize(("roll", "name"), [(None, "a6"), (58, "58mm"), (80, "80mm")])
def test_pdf_receipts_fit_one_page_with_a_barcode(qapp, receipt, tmp_path, roll, name):
    pdf = tmp_path / f"{name}.pdf"
    save_receipt_pdf(receipt, pdf, roll)
    image = render(pdf, name)
    expected = len(code128_modules(receipt.sale_id if roll is None else receipt.refund_code))
    # Bars in Code 128: 3 per symbol, plus the stop's extra one.
    symbols = (expected - 13) // 11 + 1
    assert bars_across(image) == 3 * symbols + 1
    if roll is not None:
        points = QPdfDocument()
        points.load(str(pdf))
        assert round(points.pagePointSize(0).width() / 72 * 25.4) == roll


# Ids whose groups start with a digit: Qt would not break after those hyphens.
NARROW_IDS = ("01a24e91-3578-7b79-91ec-83ffaf78ea73", "0123-4567-8901-2345-678901234567")


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
@pytest.mark.parametrize("roll", [58, 80])
def test_on_a_roll_the_sale_id_breaks_only_at_its_hyphens(qapp, receipt, tmp_path, language, roll):
    """Read back from the PDF: each line holding part of the id ends at a hyphen (or is the
    id's end), for a sale's receipt and for a refund's slip."""
    i18n.use(language)  # the English fixture sets it back
    for sale_id, refund_of in itertools.product(NARROW_IDS, (None, "sale")):
        slip = dataclasses.replace(receipt, sale_id=sale_id, refund_of=refund_of)
        pdf = tmp_path / "roll.pdf"
        save_receipt_pdf(slip, pdf, roll)
        document = QPdfDocument()
        assert document.load(str(pdf)) == QPdfDocument.Error.None_
        # PDFium joins a line ending in a hyphen to the next, marking the hyphen U+FFFE.
        text = document.getAllText(0).text().replace("\u200b", "").replace("\ufffe", "-\n")
        lines = [line.strip() for line in text.splitlines()]
        start = next(n for n, line in enumerate(lines) if sale_id[:8] in line)
        held, parts = "", []
        for line in lines[start:]:
            part = line.split()[-1] if not held else line
            parts.append(part)
            held += part
            if len(held) >= len(sale_id):
                break
        assert held == sale_id, lines[start:]
        assert all(part.endswith("-") for part in parts[:-1]), parts
    if roll == 58 and language == "pl":
        render(pdf, "58mm-refund-pl")

"""The receipt as a document: its HTML, the QTextDocument with the sale id as a Code 128
barcode, and its PDF on A6 paper or on a 58 mm or 80 mm roll. The till previews and prints
it; the command line saves it without a window."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QSizeF, QUrl
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from pos_desktop.core.barcode import code128_modules
from pos_desktop.core.receipts import Receipt, payroll_line
from pos_desktop.i18n import amount, moment_text, say, translate
from pos_desktop.printing.pdf import pdf_printer, write_pdf

BARCODE_URL = QUrl("barcode:sale")
QUIET_MODULES = 10  # blank modules each side, so a scanner finds the code's ends
ROLL_MARGIN_MM = 3.0
A6_POINTS, ROLL_POINTS = 8, 7  # the font on an A6 page and on a receipt roll
SMALLEST_POINTS = 6  # a long receipt's font shrinks down to this to stay on one A6 page
# Room between a quantity and its amount: where a space groups thousands (Polish), a 3 right
# beside 600,00 would read as 3 600,00.
_QTY = "style='padding-right: 12px'"
# A table of 100% comes out one pixel wider than the page at about half of all widths (Qt
# rounds each column up), which gave the till's receipt pane a sideways scroll bar.
_FULL = "99.9%"


def receipt_html(receipt: Receipt, barcode_width: int = 320) -> str:
    """Store, lines with their discount and why, totals, allowance left, sale id and time;
    the barcode is drawn `barcode_width` document units wide (Qt's rich text has no %)."""

    def money(minor: int) -> str:
        return amount(minor, receipt.currency)

    heading = _headings(receipt)
    cashier = (
        " · " + translate("Receipt", "Cashier {name}").format(name=escape(receipt.cashier))
        if receipt.cashier
        else ""
    )
    till = translate("Receipt", "Till {till}").format(till=escape(receipt.till))
    title, code_line = (
        "",
        translate("Receipt", "Refund code {code}").format(code=f"<b>{receipt.refund_code}</b>"),
    )
    record = translate("Receipt", "Sale {sale}").format(sale=_at_hyphens(receipt.sale_id))
    if receipt.refund_of is not None:
        title = "<h3 align=center>" + translate("Receipt", "REFUND") + "</h3>"
        code_line = ""
        record = translate("Receipt", "Refund {refund}").format(refund=_at_hyphens(receipt.sale_id))
    return (
        f"<h3 align=center>{escape(receipt.store)}</h3>{title}"
        f"<p align=center>{till} · {moment_text(receipt.at)}{cashier}</p>"
        f"<p>{escape(say(receipt.customer))}</p>"
        f"<table width={_FULL} cellspacing=2>"
        f"<tr><th align=left>#</th><th align=left>{heading['item']}</th>"
        f"<th align=right {_QTY}>{heading['qty']}</th>"
        f"<th align=right>{heading['amount']}</th></tr>"
        + "".join(_line_rows(receipt, money))
        + "</table><hr>"
        f"<table width={_FULL}>"
        f"<tr><td>{heading['subtotal']}</td><td align=right>{money(receipt.subtotal)}</td></tr>"
        f"<tr><td>{heading['discount']}</td>"
        f"<td align=right>-{money(receipt.discount)}</td></tr>"
        f"<tr><td><b>{heading['total']}</b></td>"
        f"<td align=right><b>{money(receipt.total)}</b></td></tr></table>"
        f"{_notes(receipt, money)}<p align=center><img src='{BARCODE_URL.toString()}' "
        f"width={barcode_width} height=40><br>{record}<br>{code_line}</p>"
    )


def _at_hyphens(record_id: str) -> str:
    """A sale's or refund's id that a narrow roll breaks only after a hyphen, never inside a
    group: Qt does not break before a digit (-3578 reads as a number), and then broke
    where the line ran out. A zero-width space after each hyphen is the break it may take."""
    return "-\u200b".join(record_id.split("-"))


def _headings(receipt: Receipt) -> dict[str, str]:
    total = (
        translate("Receipt", "Paid back {currency}")
        if receipt.refund_of is not None
        else translate("Receipt", "Total {currency}")
    )
    return {
        "item": translate("Receipt", "Item"),
        "qty": translate("Receipt", "Qty"),
        "amount": translate("Receipt", "Amount"),
        "subtotal": translate("Receipt", "Subtotal"),
        "discount": translate("Receipt", "Employee discount"),
        "total": total.format(currency=receipt.currency),
    }


def _line_rows(receipt: Receipt, money: Callable[[int], str]) -> list[str]:
    """Each line with its amount, and under a discounted one the discount and why."""
    rows = []
    for n, line in enumerate(receipt.lines, start=1):
        rows.append(
            f"<tr><td>{n}</td><td>{escape(line.name)}</td>"
            f"<td align=right {_QTY}>{line.qty}</td>"
            f"<td align=right>{money(line.gross)}</td></tr>"
        )
        if line.discount:
            rows.append(
                f"<tr><td></td><td colspan=2><i>{escape(say(line.rule))}</i></td>"
                f"<td align=right>-{money(line.discount)}</td></tr>"
            )
    return rows


def _notes(receipt: Receipt, money: Callable[[int], str]) -> str:
    """Under the totals: charged to payroll, the staff allowance left, who approved."""
    notes = ""
    if receipt.charged_to_payroll:
        notes = f"<p><b>{escape(say(payroll_line(receipt)))}</b></p>"
    if receipt.allowance_left is not None:
        left = translate("Receipt", "Staff allowance left {period}: {amount} {currency}")
        notes += (
            "<p>"
            + left.format(
                period=escape(say(receipt.allowance_words)),
                amount=money(receipt.allowance_left),
                currency=receipt.currency,
            )
            + "</p>"
        )
    if receipt.approved_by is not None:
        approved = translate("Receipt", "Approved by {name}: {reason}")
        reason = escape(receipt.approval_reason or "")
        notes += "<p>" + approved.format(name=escape(receipt.approved_by), reason=reason) + "</p>"
    return notes


def barcode_image(text: str, module_px: int = 3, height_px: int = 90) -> QImage:
    """Code 128 of `text` with its quiet zones, black on white."""
    modules = code128_modules(text)
    width = (len(modules) + 2 * QUIET_MODULES) * module_px
    image = QImage(width, height_px, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        for index, module in enumerate(modules):
            if module == "1":
                left = (QUIET_MODULES + index) * module_px
                painter.fillRect(left, 0, module_px, height_px, QColor("black"))
    finally:
        painter.end()
    return image


def receipt_document(receipt: Receipt, roll_mm: int | None = None) -> QTextDocument:
    """On A6 the barcode carries the whole sale id; on a roll, as on a thermal printer, the
    refund code (the sale id's 431 modules would be too thin to scan there)."""
    document = QTextDocument()
    font = document.defaultFont()
    font.setPointSize(A6_POINTS if roll_mm is None else ROLL_POINTS)
    document.setDefaultFont(font)
    if roll_mm is None:
        show(document, receipt, receipt.sale_id, 250)
    else:
        width = int((roll_mm - 2 * ROLL_MARGIN_MM) * 72 / 25.4 * 0.8)
        show(document, receipt, receipt.refund_code, width)
    return document


def show(document: QTextDocument, receipt: Receipt, code: str, width: int) -> None:
    """Put the receipt, with `code` as its barcode, into a document (or a preview's)."""
    document.addResource(QTextDocument.ResourceType.ImageResource, BARCODE_URL, barcode_image(code))
    document.setHtml(receipt_html(receipt, width))


def save_receipt_pdf(receipt: Receipt, path: Path, roll_mm: int | None = None) -> None:
    """The receipt as a PDF: an A6 page, or with roll_mm (58 or 80) one page as long as the
    receipt on a roll of that width."""
    document = receipt_document(receipt, roll_mm)
    page = QPageSize(QPageSize.PageSizeId.A6) if roll_mm is None else _roll_page(document, roll_mm)
    margins = 6 if roll_mm is None else ROLL_MARGIN_MM
    write_pdf(path, lambda target: print_document(document, pdf_printer(target, page, margins)))


def print_document(document: QTextDocument, printer: QPrinter) -> None:
    """Print a receipt's document on one page of `printer`."""
    # Laid out to the printer's page, the document prints as it is: no page numbers added,
    # and no copy made that would lose the barcode picture. A receipt longer than the page
    # gets a smaller font (down to SMALLEST_POINTS) before it runs onto a second page.
    document.setPageSize(printer.pageRect(QPrinter.Unit.Point).size())
    font = document.defaultFont()
    while document.pageCount() > 1 and font.pointSize() > SMALLEST_POINTS:
        font.setPointSize(font.pointSize() - 1)
        document.setDefaultFont(font)
    document.print_(printer)


def _roll_page(document: QTextDocument, roll_mm: int) -> QPageSize:
    """A page roll_mm wide and as long as the document laid out at that width."""
    points_per_mm = 72 / 25.4
    text_width = (roll_mm - 2 * ROLL_MARGIN_MM) * points_per_mm
    document.setPageSize(QSizeF(text_width, 10_000))
    height_mm = document.size().height() / points_per_mm + 2 * ROLL_MARGIN_MM + 2
    return QPageSize(QSizeF(roll_mm, height_mm), QPageSize.Unit.Millimeter, f"Roll {roll_mm} mm")

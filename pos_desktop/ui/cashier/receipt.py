"""The receipt after a sale, as HTML to preview, print, or save as PDF through Qt's printing."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtGui import QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from pos_desktop.core import clock
from pos_desktop.core.checkout import Sale, refund_code
from pos_desktop.core.money import format_amount
from pos_desktop.core.rules import StoreSettings


def receipt_html(sale: Sale, settings: StoreSettings, cashier: str | None) -> str:
    """Store, lines with their discount and why, totals, allowance left, sale id and time."""
    quote = sale.quote

    def money(value: int) -> str:
        return format_amount(value, settings.currency)

    local = quote.at.astimezone(settings.tz).strftime("%Y-%m-%d %H:%M")
    rows = []
    for n, priced in enumerate(quote.lines, start=1):
        rows.append(
            f"<tr><td>{n}</td><td>{escape(priced.line.name)}</td>"
            f"<td align=right>{priced.line.qty}</td>"
            f"<td align=right>{money(priced.gross)}</td></tr>"
        )
        if priced.discount:
            rows.append(
                f"<tr><td></td><td colspan=2><i>{escape(priced.rule)}</i></td>"
                f"<td align=right>-{money(priced.discount)}</td></tr>"
            )
    customer = _customer_line(sale, settings)
    allowance = quote.allowance_after
    extra = ""
    if allowance is not None:
        period = (
            clock.period_words(quote.verdict.allowance.period) if quote.verdict.allowance else ""
        )
        extra = f"<p>Staff allowance left {period}: {money(allowance)} {settings.currency}</p>"
    if quote.supervisor is not None:
        extra += (
            f"<p>Approved by {escape(quote.supervisor.name)}: "
            f"{escape(quote.override_reason or '')}</p>"
        )
    return (
        f"<h2 align=center>{escape(settings.name)}</h2>"
        f"<p align=center>Till {escape(settings.till)} · {local}"
        f"{' · Cashier ' + escape(cashier) if cashier else ''}</p>"
        f"<p>{escape(customer)}</p>"
        "<table width=100% cellspacing=2>"
        "<tr><th align=left>#</th><th align=left>Item</th><th align=right>Qty</th>"
        "<th align=right>Amount</th></tr>" + "".join(rows) + "</table><hr>"
        "<table width=100%>"
        f"<tr><td>Subtotal</td><td align=right>{money(quote.subtotal)}</td></tr>"
        f"<tr><td>Employee discount</td><td align=right>-{money(quote.discount)}</td></tr>"
        f"<tr><td><b>Total {settings.currency}</b></td>"
        f"<td align=right><b>{money(quote.total)}</b></td></tr></table>"
        f"{extra}<p align=center>Sale {sale.sale_id}<br>"
        f"Refund code <b>{refund_code(sale.sale_id)}</b></p>"
    )


def save_pdf(html: str, path: Path) -> None:
    """Render the receipt into a PDF file (A6 page)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    printer.setOutputFileName(str(path))
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)


def print_html(html: str, parent: QWidget | None) -> bool:
    """Print through the system's print dialog; False when the cashier cancels it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)
    return True


def _customer_line(sale: Sale, settings: StoreSettings) -> str:
    verdict = sale.quote.verdict
    holder = verdict.holder
    if holder is None or verdict.status != "internal":
        return "Customer"
    if verdict.kind == "department":
        return f"Internal order: department {holder.name}, charged at cost"
    policy = f" ({verdict.policy.name} discount)" if verdict.eligible and verdict.policy else ""
    return f"Staff purchase: {holder.name}{policy}"

"""Receipts on ESC/POS thermal printers (58 mm and 80 mm) through python-escpos, an optional
extra: pip install "pos-desktop[escpos]".

The sale id (36 characters) as Code 128 needs 431 modules: wider than a 58 mm or 80 mm head
prints at the 2-dot module the ESC/POS barcode command allows. The thermal receipt therefore
carries the sale id as text and its refund code (the last 8 characters, which the till's
refund dialog finds the sale by) as the barcode.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pos_desktop.core.errors import InputError
from pos_desktop.core.files import THE_DATABASES_OWN, is_open_database
from pos_desktop.core.receipts import Receipt, columns_for, store_lines, text_lines, total_line
from pos_desktop.core.text import QT_TRANSLATE_NOOP

# Module width in dots: the refund code's 123 modules fill about two thirds of the paper.
_BAR_WIDTH = {58: 2, 80: 3}
# Letters no ESC/POS code page has, as the nearest one that has them (one for one, so a line
# keeps its width): Romanian's comma-below ș ț as the cedilla ş ţ of code page 852, which
# python-escpos would otherwise print as "?"; dashes as a hyphen.
_PRINTABLE = str.maketrans("șțȘȚ\u2014\u2013", "şţŞŢ--")


def open_printer(target: str) -> Any:
    """file:PATH (a device such as /dev/usb/lp0), net:HOST[:PORT] or usb:VID:PID (hex)."""
    try:
        from escpos import printer
    except ImportError:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Printer", 'ESC/POS printing needs the escpos extra: pip install "{extra}"'
            ).format(extra="pos-desktop[escpos]")
        ) from None
    kind, _, rest = target.partition(":")
    if kind == "file" and rest:
        if is_open_database(Path(rest)):  # the printer's file is emptied before it is written
            raise InputError(THE_DATABASES_OWN.format(file=rest))
        return printer.File(rest)
    if kind == "net" and rest:
        host, _, port = rest.partition(":")
        if port and not port.isdigit():
            raise InputError(
                QT_TRANSLATE_NOOP("Printer", "--escpos {target}: the port must be a number").format(
                    target=repr(target)
                )
            )
        return printer.Network(host, int(port or 9100))
    if kind == "usb" and rest:
        vendor, _, product = rest.partition(":")
        try:
            return printer.Usb(int(vendor, 16), int(product, 16))
        except ValueError:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Printer", "--escpos {target}: give usb:VID:PID in hex, like usb:04b8:0202"
                ).format(target=repr(target))
            ) from None
    raise InputError(
        QT_TRANSLATE_NOOP(
            "Printer", "--escpos {target} must be file:/dev/usb/lp0, net:HOST[:PORT] or usb:VID:PID"
        ).format(target=repr(target))
    )


def print_receipt(
    device: Any,
    receipt: Receipt,
    width_mm: int,
    say: Callable[[object], str] = str,
    money: Callable[[int], str] | None = None,
    moment: Callable[[dt.datetime], str] | None = None,
) -> None:
    """Write the receipt to an ESC/POS device (a printer, or python-escpos's Dummy) and cut;
    its words through `say`, amounts through `money`, the time through `moment` (see
    receipts.text_lines)."""
    columns = columns_for(width_mm)
    lines = text_lines(receipt, columns, say, money, moment)
    store = store_lines(receipt, columns)
    total = total_line(receipt, say)
    device.set(align="center", bold=True, double_height=True)
    for line in store:
        device.textln(line.strip().translate(_PRINTABLE))
    device.set(align="left", bold=False, double_height=False, normal_textsize=True)
    for line in lines[len(store) :]:
        bold = line.startswith(total)
        if bold:
            device.set(bold=True)
        device.textln(line.translate(_PRINTABLE))
        if bold:
            device.set(bold=False)
    with contextlib.redirect_stdout(io.StringIO()):  # python-escpos says which renderer it used
        device.barcode(
            "{B" + receipt.refund_code,
            "CODE128",
            height=64,
            width=_BAR_WIDTH[width_mm],
            pos="BELOW",
            function_type="B",
        )
    device.cut()

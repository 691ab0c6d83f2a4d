"""The lines of a till's basket: a product scanned again raises its line's quantity, an open
amount (an item not in the catalogue) stays within the store's largest, and a quantity is
checked before it is taken. The TillSession (core/till.py) keeps the basket; these say what
a line becomes, or why it cannot."""

from __future__ import annotations

from dataclasses import replace

from pos_desktop.core.catalogue import check_open_amount
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.errors import InputError
from pos_desktop.core.pricing import BasketLine
from pos_desktop.core.text import QT_TRANSLATE_NOOP


def add_product(checkout: Checkout, lines: list[BasketLine], line: BasketLine) -> str:
    """Put a scanned product in the basket and say so: the same product again raises its
    line's quantity, and the line moves to the end of the basket only when it is new."""
    for index, earlier in enumerate(lines):
        if line.sku is not None and earlier.sku == line.sku:
            qty = earlier.qty + 1
            checkout.product_line(line.sku, qty)  # refuses more than the most
            lines[index] = replace(earlier, qty=qty)
            return QT_TRANSLATE_NOOP("Till", "Added {name}: {qty} now.").format(
                name=line.name, qty=qty
            )
    lines.append(line)
    return QT_TRANSLATE_NOOP("Till", "Added {name}.").format(name=line.name)


def open_amount(checkout: Checkout, category: str, amount: int) -> BasketLine:
    """An item not in the catalogue; refused above the store's largest open amount."""
    return checkout.open_line(category, amount)


def with_quantity(checkout: Checkout, line: BasketLine, qty: int) -> BasketLine:
    """The line with a new quantity; refused beyond a product's most, below 1, or for an
    open amount whose limit the line as a whole would pass."""
    if line.sku is not None:
        checkout.product_line(line.sku, qty)  # validates the quantity
    elif qty <= 0:
        raise InputError(QT_TRANSLATE_NOOP("Till", "the quantity must be at least 1").text())
    else:  # an open amount: its limit holds for the line, not only for one unit of it
        check_open_amount(checkout.rules.settings, line.unit_price, qty)
    return replace(line, qty=qty)

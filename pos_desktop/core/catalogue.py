"""The product catalogue: what the till finds for a scan, a typed amount or a search, and
keeping the catalogue by hand (the admin window): find, add, edit, remove."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from pos_desktop.core import clock
from pos_desktop.core.central.membership import refuse_on_joined_till
from pos_desktop.core.db.storage import write_transaction
from pos_desktop.core.errors import InputError
from pos_desktop.core.ledger.audit import record_audit
from pos_desktop.core.money import Amount, format_amount, parse_amount
from pos_desktop.core.pricing import BasketLine
from pos_desktop.core.rules import Rules, StoreSettings
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text

PAGE = 200
COLUMNS = ("sku", "barcode", "name", "category", "price", "cost")
MAX_QTY = 999  # the till's quantity field goes to 999 as well
_PRODUCT_SQL = (
    "SELECT p.sku, p.name, p.category, p.price, p.cost, c.employee_discount, "
    "c.name AS category_name FROM products p JOIN categories c ON c.code = p.category "
)
_PRODUCT_BY_SKU = _PRODUCT_SQL + "WHERE p.sku = ?"
_PRODUCT_BY_BARCODE = _PRODUCT_SQL + "WHERE p.barcode = ?"


@dataclass(frozen=True)
class Product:
    sku: str
    barcode: str | None
    name: str
    category: str
    price: int
    cost: int | None


def page(
    conn: sqlite3.Connection, text: str = "", after: str | None = None, size: int = PAGE
) -> list[Product]:
    """Products in SKU order after `after`, whose SKU, barcode or name contains the text."""
    sql, params = "1", []
    if text.strip():
        like = "%" + text.strip().replace("%", "").replace("_", "") + "%"
        sql = "(sku LIKE ? OR barcode LIKE ? OR name LIKE ?)"
        params = [like, like, like]
    if after is not None:
        sql += " AND sku > ?"
        params.append(after)
    rows = conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM products WHERE {sql} ORDER BY sku LIMIT ?",
        [*params, size],
    )
    return [Product(*row) for row in rows]


def details(conn: sqlite3.Connection, sku: str) -> Product | None:
    row = conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM products WHERE sku = ?", (sku,)
    ).fetchone()
    return Product(*row) if row is not None else None


def from_text(
    rules: Rules, sku: str, barcode: str, name: str, category: str, price: str, cost: str
) -> Product:
    """A product from what the admin typed, or an InputError in their words."""
    currency = rules.settings.currency
    code = sku.strip().upper()
    if not code:
        raise InputError(QT_TRANSLATE_NOOP("Catalogue", "the SKU is empty").text())
    if not name.strip():
        raise InputError(QT_TRANSLATE_NOOP("Catalogue", "the name is empty").text())
    if category not in rules.categories:
        raise InputError(
            QT_TRANSLATE_NOOP("Catalogue", "unknown category {category}").format(
                category=repr(category)
            )
        )
    return Product(
        code,
        barcode.strip() or None,
        name.strip(),
        category,
        parse_amount(price, currency, what=QT_TRANSLATE_NOOP("Catalogue", "the price").text()),
        (
            parse_amount(cost, currency, what=QT_TRANSLATE_NOOP("Catalogue", "the cost").text())
            if cost.strip()
            else None
        ),
    )


def save(conn: sqlite3.Connection, product: Product, *, new: bool, actor: str, till: str) -> None:
    """Add or change one product in one transaction, audited with before and after."""
    refuse_on_joined_till(conn)
    now = clock.stamp(clock.now())
    with write_transaction(conn):
        before = details(conn, product.sku)
        if new and before is not None:
            raise InputError(
                QT_TRANSLATE_NOOP("Catalogue", "SKU {sku} is already in the catalogue").format(
                    sku=product.sku
                )
            )
        if not new and before is None:
            raise InputError(_no_sku(product.sku))
        if product.barcode:
            other = conn.execute(
                "SELECT sku FROM products WHERE (barcode = ? OR sku = ?) AND sku != ?",
                (product.barcode, product.barcode, product.sku),
            ).fetchone()
            if other is not None:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Catalogue", "barcode {barcode} is already used by {sku}"
                    ).format(barcode=product.barcode, sku=other[0])
                )
        if before == product:
            return
        values = asdict(product)
        conn.execute(
            f"INSERT OR REPLACE INTO products ({', '.join(values)}, updated_at) "
            f"VALUES ({', '.join('?' * len(values))}, ?)",
            [*values.values(), now],
        )
        record_audit(
            conn,
            till=till,
            actor=actor,
            action="product.add" if new else "product.edit",
            subject=product.sku,
            before=asdict(before) if before else None,
            after=values,
            at=now,
        )


def remove(conn: sqlite3.Connection, sku: str, *, actor: str, till: str) -> None:
    """Take a product out of the catalogue (its past sales keep their own copy of it)."""
    refuse_on_joined_till(conn)
    with write_transaction(conn):
        before = details(conn, sku)
        if before is None:
            raise InputError(_no_sku(sku))
        conn.execute("DELETE FROM products WHERE sku = ?", (sku,))
        record_audit(
            conn,
            till=till,
            actor=actor,
            action="product.remove",
            subject=sku,
            before=asdict(before),
        )


def _no_sku(sku: str) -> Text:
    return QT_TRANSLATE_NOOP("Catalogue", "there is no SKU {sku}").format(sku=repr(sku))


def money(value: int | None, rules: Rules) -> str:
    return "" if value is None else format_amount(value, rules.settings.currency)


# At the till


def product_line(conn: sqlite3.Connection, code: str, qty: int = 1) -> BasketLine:
    """A basket line for a SKU or a product barcode."""
    _check_qty(qty, code)
    wanted = code.strip()
    row = conn.execute(_PRODUCT_BY_SKU, (wanted.upper(),)).fetchone()
    if row is None:
        row = conn.execute(_PRODUCT_BY_BARCODE, (wanted,)).fetchone()
    if row is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Checkout", "unknown SKU or barcode {code}").format(code=repr(code))
        )
    return BasketLine(
        row["sku"],
        row["name"],
        row["category"],
        qty,
        row["price"],
        row["cost"],
        bool(row["employee_discount"]),
        row["category_name"],
    )


def open_line(rules: Rules, category: str, amount: int, qty: int = 1) -> BasketLine:
    """An open-department amount for an item not in the catalogue; refused when the line
    passes the store's largest open amount."""
    _check_qty(qty, category)
    found = rules.categories.get(category.strip().upper())
    if found is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Checkout", "unknown category {category}").format(
                category=repr(category)
            )
        )
    if amount <= 0:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Checkout", "the amount for {category} must be more than zero"
            ).format(category=found.code)
        )
    check_open_amount(rules.settings, amount, qty)
    return BasketLine(
        None, found.name, found.code, qty, amount, None, found.employee_discount, found.name
    )


def check_open_amount(settings: StoreSettings, amount: int, qty: int = 1) -> None:
    """Refuses an open amount whose line (amount times quantity) passes the store's largest
    open amount: the one rule for the till's F3 and F2, and for `quote` and `sell`."""
    most = settings.max_open_amount
    if amount * qty <= most:
        return
    if qty == 1:
        text = QT_TRANSLATE_NOOP(
            "Checkout", "an open amount may be at most {most} {currency}; ring larger items by SKU"
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Checkout",
            "an open amount times its quantity may be at most {most} {currency}; ring larger "
            "items by SKU",
        )
    # money as every core text carries it: an Amount written as the language writes it, and
    # the currency, so that the till, F3 and the command line say the same words
    raise InputError(text.format(most=Amount(most, settings.currency), currency=settings.currency))


def search_products(conn: sqlite3.Connection, text: str, limit: int = 20) -> list[tuple[str, str]]:
    """(SKU, name) of products whose name or SKU contains the text, for type-ahead."""
    pattern = "%" + text.strip().replace("%", "").replace("_", "") + "%"
    rows = conn.execute(
        "SELECT sku, name FROM products WHERE name LIKE ? OR sku LIKE ? ORDER BY name LIMIT ?",
        (pattern, pattern, limit),
    )
    return [(r[0], r[1]) for r in rows]


def _check_qty(qty: int, what: str) -> None:
    if qty <= 0:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Checkout", "quantity for {what} must be at least 1, not {qty}"
            ).format(what=what, qty=qty)
        )
    if qty > MAX_QTY:
        raise InputError(
            QT_TRANSLATE_NOOP("Checkout", "quantity for {what} is more than {most}").format(
                what=what, most=MAX_QTY
            )
        )

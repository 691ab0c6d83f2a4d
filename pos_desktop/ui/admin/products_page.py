"""The products page: search the catalogue, add, edit or remove a product."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core import catalogue
from pos_desktop.core.catalogue import Product
from pos_desktop.core.rules import Rules, load_rules
from pos_desktop.i18n import amount, translate
from pos_desktop.ui.common.amount_edit import AmountEdit
from pos_desktop.ui.common.forms import Form

HEADERS = (
    QT_TRANSLATE_NOOP("ProductsPage", "SKU"),
    QT_TRANSLATE_NOOP("ProductsPage", "Barcode"),
    QT_TRANSLATE_NOOP("ProductsPage", "Name"),
    QT_TRANSLATE_NOOP("ProductsPage", "Category"),
    QT_TRANSLATE_NOOP("ProductsPage", "Price"),
    QT_TRANSLATE_NOOP("ProductsPage", "Cost"),
)


class ProductsPage(QWidget):
    """A search field and the matching products (200 at a time, 'More' for the next)."""

    def __init__(self, conn: sqlite3.Connection, actions: dict[str, Callable[[], None]]) -> None:
        super().__init__()
        self.conn = conn
        self.search = QLineEdit()
        self.search.setAccessibleName(
            translate("ProductsPage", "Search products by SKU, barcode or name")
        )
        self.search.setPlaceholderText(translate("ProductsPage", "Search by SKU, barcode or name"))
        self.search.returnPressed.connect(self.load)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([translate("ProductsPage", h) for h in HEADERS])
        self.table.setAccessibleName(translate("ProductsPage", "Products"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: actions["edit"]())
        buttons = QHBoxLayout()
        for text, action in (
            (translate("ProductsPage", "&Add product…"), actions["add"]),
            (translate("ProductsPage", "&Edit product…"), actions["edit"]),
            (translate("ProductsPage", "&Remove product"), actions["remove"]),
            (translate("ProductsPage", "&More"), self.more),
        ):
            button = QPushButton(text)
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.shown: list[Product] = []
        self.load()

    def load(self) -> None:
        self.table.setRowCount(0)
        self.shown = []
        self._add(catalogue.page(self.conn, self.search.text()))

    def more(self) -> None:
        if self.shown:
            self._add(catalogue.page(self.conn, self.search.text(), after=self.shown[-1].sku))

    def _add(self, products: list[Product]) -> None:
        rules = load_rules(self.conn)
        for product in products:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = (
                product.sku,
                product.barcode or "",
                product.name,
                rules.categories[product.category].name
                if product.category in rules.categories
                else product.category,
                catalogue.money(product.price, rules),
                catalogue.money(product.cost, rules),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.shown.extend(products)

    def selected(self) -> Product | None:
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None


class ProductDialog(Form):
    """One product's details; OK saves them through `save`."""

    def __init__(
        self,
        rules: Rules,
        product: Product | None,
        save: Callable[[Product], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("ProductDialog", "Edit product")
            if product
            else translate("ProductDialog", "Add product"),
            parent,
        )
        self.sku = QLineEdit(product.sku if product else "")
        self.sku.setReadOnly(product is not None)
        self.barcode = QLineEdit(product.barcode or "" if product else "")
        self.name = QLineEdit(product.name if product else "")
        self.category = QComboBox()
        for code, category in rules.categories.items():
            self.category.addItem(f"{category.name} ({code})", code)
        if product is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(product.category)))
        currency = rules.settings.currency
        self.price = AmountEdit(currency)
        self.price.set_minor(product.price if product else None)
        self.price.setPlaceholderText(amount(1250, currency))
        self.cost = AmountEdit(currency)
        self.cost.set_minor(product.cost if product else None)
        self.cost.setPlaceholderText(translate("ProductDialog", "empty: unknown (no floor)"))
        for label, widget in (
            (translate("ProductDialog", "&SKU"), self.sku),
            (translate("ProductDialog", "&Barcode"), self.barcode),
            (translate("ProductDialog", "&Name"), self.name),
            (translate("ProductDialog", "&Category"), self.category),
            (translate("ProductDialog", "&Price"), self.price),
            (translate("ProductDialog", "C&ost"), self.cost),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            self.form.addRow(label, widget)

        def accept() -> None:
            save(
                catalogue.from_text(
                    rules,
                    self.sku.text(),
                    self.barcode.text(),
                    self.name.text(),
                    str(self.category.currentData()),
                    self.price.plain(),
                    self.cost.plain(),
                )
            )

        self.accept_with = accept
        self.first = self.name if product else self.sku

"""The admin window: what the till uses, kept by a signed-in store or HR admin. Every change
goes through the core (validated, one transaction, audited with who, before and after) and a
running till sees it without a restart. The window holds the pages and the status line; each
page's actions run through the window's one Operations."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core import catalogue, config
from pos_desktop.core.catalogue import Product
from pos_desktop.core.config_parse import Config
from pos_desktop.core.db.storage import database_file, storage_errors
from pos_desktop.core.rules import Rules, StoreSettings, load_rules
from pos_desktop.core.signin import AdminGate, AdminIdentity
from pos_desktop.i18n import date_text, number, say, translate
from pos_desktop.ui.admin.audit_page import AuditPage
from pos_desktop.ui.admin.backups_page import BackupsPage
from pos_desktop.ui.admin.data_page import DataPage
from pos_desktop.ui.admin.policies_page import PoliciesPage
from pos_desktop.ui.admin.products_page import ProductDialog, ProductsPage
from pos_desktop.ui.admin.reports_page import ReportsPage
from pos_desktop.ui.admin.server_bar import ServerBar
from pos_desktop.ui.admin.settings_page import SettingsPage
from pos_desktop.ui.admin.staff_page import StaffPage
from pos_desktop.ui.admin.table_page import Column, Labels, TablePage
from pos_desktop.ui.common.file_dialogs import ask_save_file
from pos_desktop.ui.common.fit import fit_to_screen
from pos_desktop.ui.common.operations import Operations, StatusLine
from pos_desktop.ui.common.style import compact_tabs, page_keys, row_height

COMPANY_COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("TablePage", "Code")),
    Column("name", QT_TRANSLATE_NOOP("TablePage", "Name")),
    Column("relation", QT_TRANSLATE_NOOP("TablePage", "Relation"), "choice", ("own", "group")),
)
DEPARTMENT_COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("TablePage", "Code")),
    Column("name", QT_TRANSLATE_NOOP("TablePage", "Name")),
    Column("cost_centre", QT_TRANSLATE_NOOP("TablePage", "Cost centre")),
    Column("badge", QT_TRANSLATE_NOOP("TablePage", "Badge"), optional=True),
)
CATEGORY_COLUMNS = (
    Column("code", QT_TRANSLATE_NOOP("TablePage", "Code")),
    Column("name", QT_TRANSLATE_NOOP("TablePage", "Name")),
    Column("employee_discount", QT_TRANSLATE_NOOP("TablePage", "Employee discount"), "check"),
)


def _section(name: str) -> Callable[[sqlite3.Connection], list[dict[str, Any]]]:
    """The stored rows of one configuration list, as the TOML export writes them."""
    return lambda conn: list(config.export_dict(load_rules(conn)).get(name, []))


class AdminWindow(QMainWindow):
    """Pages of the registry and the rules; this one starts with the staff registry."""

    def __init__(self, conn: sqlite3.Connection, admin: AdminIdentity) -> None:
        super().__init__()
        self.conn = conn
        self.admin = admin
        path = database_file(conn)
        self.database = path.name if path else "in memory"
        self.path = path or Path("in memory")
        settings = self.rules.settings
        title = translate("AdminWindow", "pos-desktop admin — {store}")
        self.setWindowTitle(title.format(store=settings.name))
        header = translate("AdminWindow", "<b>{store}</b> · signed in as {admin}")
        self.header = QLabel(header.format(store=settings.name, admin=say(admin.name)))
        self.status = StatusLine()
        self.server_bar = ServerBar(conn, self.publish)
        # Said after every change: the count of changes not yet published moves.
        self.ops = Operations(
            self,
            self.status,
            database=self.database,
            title=translate("AdminWindow", "pos-desktop admin"),
            on_say=self.server_bar.refresh,
        )
        self.pages = QTabWidget()
        compact_tabs(self.pages.tabBar())  # all eleven in one line at 1024 px
        self._add_pages()
        self.pages.currentChanged.connect(self._page_shown)
        page_keys(self, self.pages)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.header)
        layout.addWidget(self.server_bar)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        self.setCentralWidget(central)
        for table in self.findChildren(QTableView):
            row_height(table)
        fit_to_screen(self, 1280, 800)  # 1024x768 with a title bar and a panel too

    def _add_pages(self) -> None:
        conn, admin = self.conn, self.admin
        self.staff = StaffPage(conn, admin, self.ops)
        self.products = ProductsPage(
            conn,
            {"add": self.add_product, "edit": self.edit_product, "remove": self.remove_product},
        )
        self.policies_page = PoliciesPage(conn, self.save_policies)
        self.categories_page = self._list_page("category", CATEGORY_COLUMNS)
        self.companies_page = self._list_page("company", COMPANY_COLUMNS)
        self.departments_page = self._list_page("department", DEPARTMENT_COLUMNS)
        self.settings_page = SettingsPage(conn, self.save_settings)
        self.audit = AuditPage(conn, self.ops)
        self.reports = ReportsPage(
            conn, {"csv": self.ask_report_csv, "pdf": self.ask_report_pdf, "close": self.close_day}
        )
        self.data = DataPage(conn, self.database, admin.actor)
        self.data.imported.connect(self.staff.reload)
        self.data.imported.connect(self.server_bar.refresh)
        self.backups_page = BackupsPage(conn, self.path, admin.actor, self.ops)
        for page, name in (
            (self.staff, translate("AdminWindow", "Staff registry")),
            (self.products, translate("AdminWindow", "Products")),
            (self.policies_page, translate("AdminWindow", "Policies")),
            (self.categories_page, translate("AdminWindow", "Categories")),
            (self.companies_page, translate("AdminWindow", "Companies")),
            (self.departments_page, translate("AdminWindow", "Departments")),
            (self.settings_page, translate("AdminWindow", "Store settings")),
            (self.audit, translate("AdminWindow", "Audit log")),
            (self.reports, translate("AdminWindow", "Reports")),
            (self.data, translate("AdminWindow", "Import / export")),
            (self.backups_page, translate("AdminWindow", "Backups")),
        ):
            self.pages.addTab(page, name)

    def _list_page(self, section: str, columns: tuple[Column, ...]) -> TablePage:
        """Companies, departments or categories: a table edited in place, saved whole."""
        labels = {
            "company": Labels(
                translate("AdminWindow", "Companies"),
                translate("AdminWindow", "&New company"),
                translate("AdminWindow", "&Remove company"),
                translate("AdminWindow", "&Save companies"),
            ),
            "department": Labels(
                translate("AdminWindow", "Departments"),
                translate("AdminWindow", "&New department"),
                translate("AdminWindow", "&Remove department"),
                translate("AdminWindow", "&Save departments"),
            ),
            "category": Labels(
                translate("AdminWindow", "Categories"),
                translate("AdminWindow", "&New category"),
                translate("AdminWindow", "&Remove category"),
                translate("AdminWindow", "&Save categories"),
            ),
        }[section]
        save = lambda rows: self.save_section(section, rows)  # noqa: E731
        return TablePage(self.conn, columns, _section(section), save, labels)

    @property
    def rules(self) -> Rules:
        return load_rules(self.conn)

    @property
    def dialog(self) -> QDialog | None:
        """The dialog an action opened, until it closes."""
        return self.ops.dialog

    @property
    def confirm(self) -> Callable[[str], bool]:
        """How a question before an action is answered (a test answers it instead)."""
        return self.ops.confirm

    @confirm.setter
    def confirm(self, answer: Callable[[str], bool]) -> None:
        self.ops.confirm = answer

    def say(self, text: str, *, error: bool = False) -> None:
        self.ops.say(text, error=error)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reports.stop_filling()
        super().closeEvent(event)

    def _page_shown(self, _index: int) -> None:
        """A page shows what is stored now (another page or an import may have changed it);
        the last page's error leaves with it."""
        self.status.forget_error()
        self.server_bar.refresh()
        page = self.pages.currentWidget()
        if page is self.staff:
            self.staff.reload()
        elif page is self.audit:
            self.audit.apply_filter()
        elif page is self.reports:
            self.ops.run(self.reports.refresh)
        elif isinstance(page, TablePage | SettingsPage | PoliciesPage):
            page.load()

    # Products

    def add_product(self) -> None:
        self.ops.open(ProductDialog(self.rules, None, lambda p: self._save_product(p, True), self))

    def edit_product(self) -> None:
        product = self.products.selected()
        if product is None:
            self.say(self._choose_product(), error=True)
            return
        dialog = ProductDialog(self.rules, product, lambda p: self._save_product(p, False), self)
        self.ops.open(dialog)

    def _save_product(self, product: Product, new: bool) -> None:
        """Saved from the product dialog, which shows a refusal beside its fields."""
        till = self.rules.settings.till
        with storage_errors(self.database):
            catalogue.save(self.conn, product, new=new, actor=self.admin.actor, till=till)
        self.products.load()
        text = translate("AdminWindow", "Saved {name} ({sku}).")
        self.say(text.format(name=product.name, sku=product.sku))

    def _choose_product(self) -> str:
        return translate("AdminWindow", "Choose a product in the table first.")

    def remove_product(self) -> None:
        product = self.products.selected()
        if product is None:
            self.say(self._choose_product(), error=True)
            return
        question = translate("AdminWindow", "Remove {name} ({sku}) from the catalogue?")
        if not self.confirm(question.format(name=product.name, sku=product.sku)):
            return
        till = self.rules.settings.till
        done = translate("AdminWindow", "Removed {name} ({sku}) from the catalogue.")
        self.ops.run(
            lambda: catalogue.remove(self.conn, product.sku, actor=self.admin.actor, till=till),
            refresh=self.products.load,
            done=lambda _: done.format(name=product.name, sku=product.sku),
        )

    # Settings, the lists and the policies

    def save_settings(
        self,
        settings: StoreSettings,
        lockout: int | None = None,
        tax: dict[str, str] | None = None,
    ) -> None:
        """Validated as a config file is, saved in one transaction, audited; a till picks the
        change up on its next scan. The admin lockout is kept beside them."""

        def save() -> None:
            self._apply(config.with_settings(self.rules, settings, tax), "settings.edit")
            if lockout is not None:
                AdminGate(self.conn).set_lockout_minutes(lockout, actor=self.admin.actor)

        text = translate(
            "AdminWindow",
            "Settings saved; tills use them from their next scan "
            "(a new language from their next start).",
        )
        self.ops.run(save, refresh=self.settings_page.load, done=lambda _: text)

    def save_section(self, section: str, rows: list[dict[str, Any]]) -> None:
        """Companies, departments or categories: the whole list, validated, audited."""
        lists = {
            "company": translate("AdminWindow", "Companies saved"),
            "department": translate("AdminWindow", "Departments saved"),
            "category": translate("AdminWindow", "Categories saved"),
        }
        text = translate("AdminWindow", "{what}; tills use them from their next scan.")
        self.ops.run(
            lambda: self._apply(config.with_section(self.rules, section, rows), f"{section}.edit"),
            refresh=lambda: self._page_shown(self.pages.currentIndex()),
            done=lambda _: text.format(what=lists.get(section, section)),
        )

    def save_policies(self, policies: list[dict[str, Any]]) -> None:
        text = translate(
            "AdminWindow", "Policies saved; tills price with them from their next scan."
        )
        self.ops.run(
            lambda: self._apply(
                config.with_section(self.rules, "policy", policies), "policies.edit"
            ),
            refresh=self.policies_page.load,
            done=lambda _: text,
        )

    def _apply(self, rules: Config, action: str) -> None:
        config.apply(self.conn, rules, actor=self.admin.actor, action=action)

    # The central server

    def publish(self) -> None:
        """Send the registry and rules to the server this database last published to."""
        from pos_desktop.core.central import membership

        text = translate("AdminWindow", "Published to {server}; tills get it at their next sync.")
        self.ops.run(
            lambda: membership.publish(self.conn, actor=self.admin.actor),
            done=lambda published: text.format(server=published.where),
        )

    # Reports

    def ask_report_csv(self) -> None:
        chosen = ask_save_file(
            self, translate("AdminWindow", "Export the report"), "report.csv", "CSV (*.csv)"
        )
        if chosen is not None:
            self.export_report_csv(chosen)

    def export_report_csv(self, path: Path) -> None:
        one = translate("AdminWindow", "Exported {count} row to {file}.")
        many = translate("AdminWindow", "Exported {count} rows to {file}.")
        self.ops.run(
            lambda: self.reports.export_csv(path),
            done=lambda n: (one if n == 1 else many).format(count=number(n), file=path.name),
        )

    def ask_report_pdf(self) -> None:
        chosen = ask_save_file(
            self, translate("AdminWindow", "Save the report"), "report.pdf", "PDF (*.pdf)"
        )
        if chosen is not None:
            self.save_report_pdf(chosen)

    def save_report_pdf(self, path: Path) -> None:
        self.ops.run(
            lambda: self.reports.save_pdf(path),
            done=lambda _: translate("AdminWindow", "Saved {file}.").format(file=path.name),
        )

    def close_day(self) -> None:
        """Close the day chosen as 'To', after asking: it cannot be undone."""
        day = self.reports.period()[1]
        question = translate(
            "AdminWindow",
            "Close {day}? Its totals go into the journal, and no more sales or refunds "
            "can be recorded on that day.",
        ).format(day=date_text(day))
        if not self.confirm(question):
            return
        text = translate(
            "AdminWindow",
            "Closed {day}: sales {sales}, refunds {refunds}; Save PDF… keeps a copy of the close.",
        )
        self.ops.run(
            lambda: self.reports.close_day(self.admin.actor),
            done=lambda closed: text.format(
                day=date_text(day), sales=number(closed.sales), refunds=number(closed.refunds)
            ),
        )

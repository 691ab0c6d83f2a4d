"""The admin window: what the till uses, kept by a signed-in store or HR admin. Every change
goes through the core (validated, one transaction, audited with who, before and after) and a
running till sees it without a restart."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.core import catalogue, config
from pos_desktop.core.catalogue import Product
from pos_desktop.core.config_parse import Config
from pos_desktop.core.db.storage import storage_errors
from pos_desktop.core.errors import PosError
from pos_desktop.core.ledger.audit import export_csv
from pos_desktop.core.rules import StoreSettings, load_rules
from pos_desktop.core.signin import AdminGate, AdminIdentity
from pos_desktop.i18n import date_text, number, say, translate
from pos_desktop.ui.admin.audit_page import AuditPage
from pos_desktop.ui.admin.backups_page import BackupsPage
from pos_desktop.ui.admin.data_page import DataPage
from pos_desktop.ui.admin.import_tables import sentence
from pos_desktop.ui.admin.policies_page import PoliciesPage
from pos_desktop.ui.admin.products_page import ProductDialog, ProductsPage
from pos_desktop.ui.admin.reports_page import ReportsPage
from pos_desktop.ui.admin.server_bar import ServerBar
from pos_desktop.ui.admin.settings_page import SettingsPage
from pos_desktop.ui.admin.staff_actions import StaffActions
from pos_desktop.ui.admin.staff_page import StaffPage
from pos_desktop.ui.admin.table_page import Column, Labels, TablePage
from pos_desktop.ui.common.file_dialogs import ask_save_file
from pos_desktop.ui.common.fit import fit_to_screen
from pos_desktop.ui.common.style import compact_tabs, level_mark, page_keys, row_height, show_level

T = TypeVar("T")

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


class AdminWindow(StaffActions):
    """Pages of the registry and the rules; this one starts with the staff registry."""

    def __init__(self, conn: sqlite3.Connection, admin: AdminIdentity) -> None:
        super().__init__()
        self.conn = conn
        self.admin = admin
        path = conn.execute("PRAGMA database_list").fetchone()[2]
        self.database = Path(path).name if path else "in memory"
        self.path = Path(path) if path else Path("in memory")
        settings = self.rules.settings
        title = translate("AdminWindow", "pos-desktop admin — {store}")
        self.setWindowTitle(title.format(store=settings.name))
        self.dialog: QDialog | None = None
        self.confirm: Callable[[str], bool] = self._ask
        header = translate("AdminWindow", "<b>{store}</b> · signed in as {admin}")
        self.header = QLabel(header.format(store=settings.name, admin=say(admin.name)))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.server_bar = ServerBar(conn, self.publish)
        self.status_mark = level_mark()
        self.staff = StaffPage(
            conn,
            {
                "add": self.add_person,
                "edit": self.edit_person,
                "suspend": lambda: self.set_status("suspended"),
                "terminate": lambda: self.set_status("terminated"),
                "reactivate": lambda: self.set_status("active"),
                "issue": self.issue_badge,
                "dependants": self.manage_dependants,
                "photo": self.choose_photo,
                "reprint": self.reprint_badge,
                "revoke": self.revoke_badge,
            },
        )
        self.audit = AuditPage(conn, {"verify": self.verify_chains, "export": self.ask_export})
        self.pages = QTabWidget()
        compact_tabs(self.pages.tabBar())  # all eleven in one line at 1024 px
        self.pages.addTab(self.staff, translate("AdminWindow", "Staff registry"))
        self.settings_page = SettingsPage(conn, self.save_settings)
        self.products = ProductsPage(
            conn,
            {"add": self.add_product, "edit": self.edit_product, "remove": self.remove_product},
        )
        self.policies_page = PoliciesPage(conn, self.save_policies)
        self.companies_page = TablePage(
            conn,
            COMPANY_COLUMNS,
            _section("company"),
            lambda rows: self.save_section("company", rows),
            Labels(
                translate("AdminWindow", "Companies"),
                translate("AdminWindow", "&New company"),
                translate("AdminWindow", "&Remove company"),
                translate("AdminWindow", "&Save companies"),
            ),
        )
        self.departments_page = TablePage(
            conn,
            DEPARTMENT_COLUMNS,
            _section("department"),
            lambda rows: self.save_section("department", rows),
            Labels(
                translate("AdminWindow", "Departments"),
                translate("AdminWindow", "&New department"),
                translate("AdminWindow", "&Remove department"),
                translate("AdminWindow", "&Save departments"),
            ),
        )
        self.categories_page = TablePage(
            conn,
            CATEGORY_COLUMNS,
            _section("category"),
            lambda rows: self.save_section("category", rows),
            Labels(
                translate("AdminWindow", "Categories"),
                translate("AdminWindow", "&New category"),
                translate("AdminWindow", "&Remove category"),
                translate("AdminWindow", "&Save categories"),
            ),
        )

        self.pages.addTab(self.products, translate("AdminWindow", "Products"))
        self.pages.addTab(self.policies_page, translate("AdminWindow", "Policies"))
        self.pages.addTab(self.categories_page, translate("AdminWindow", "Categories"))
        self.pages.addTab(self.companies_page, translate("AdminWindow", "Companies"))
        self.pages.addTab(self.departments_page, translate("AdminWindow", "Departments"))
        self.pages.addTab(self.settings_page, translate("AdminWindow", "Store settings"))
        self.pages.addTab(self.audit, translate("AdminWindow", "Audit log"))
        self.reports = ReportsPage(
            conn, {"csv": self.ask_report_csv, "pdf": self.ask_report_pdf, "close": self.close_day}
        )
        self.pages.addTab(self.reports, translate("AdminWindow", "Reports"))
        self.data = DataPage(conn, self.database, admin.actor)
        self.pages.addTab(self.data, translate("AdminWindow", "Import / export"))
        self.data.imported.connect(self.staff.reload)
        self.data.imported.connect(self.server_bar.refresh)
        self.backups_page = BackupsPage(
            conn, self.path, admin.actor, lambda q: self.confirm(q), self._said
        )
        self.pages.addTab(self.backups_page, translate("AdminWindow", "Backups"))
        self.pages.currentChanged.connect(self._page_shown)
        page_keys(self, self.pages)
        layout = QVBoxLayout()
        layout.addWidget(self.header)
        layout.addWidget(self.server_bar)
        layout.addWidget(self.pages, 1)
        message = QHBoxLayout()
        message.addWidget(self.status_mark, 0, Qt.AlignmentFlag.AlignTop)
        message.addWidget(self.status, 1)
        layout.addLayout(message)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        for table in self.findChildren(QTableView):
            row_height(table)
        fit_to_screen(self, 1280, 800)  # 1024x768 with a title bar and a panel too

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reports.stop_filling()
        super().closeEvent(event)

    def _page_shown(self, _index: int) -> None:
        """A page shows what is stored now (another page or an import may have changed it)."""
        self.server_bar.refresh()
        page = self.pages.currentWidget()
        if page is self.staff:
            self.staff.reload()
        elif page is self.audit:
            self.audit.apply_filter()
        elif page is self.reports:
            self._guard(self.reports.refresh)
        elif isinstance(page, TablePage | SettingsPage | PoliciesPage):
            page.load()

    # Products

    def add_product(self) -> None:
        self._open(ProductDialog(self.rules, None, lambda p: self._save_product(p, True), self))

    def edit_product(self) -> None:
        product = self.products.selected()
        if product is None:
            self.say(self._choose_product(), error=True)
            return
        self._open(ProductDialog(self.rules, product, lambda p: self._save_product(p, False), self))

    def _save_product(self, product: Product, new: bool) -> None:
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
        try:
            with storage_errors(self.database):
                catalogue.remove(self.conn, product.sku, actor=self.admin.actor, till=till)
        except PosError as exc:
            self.say(sentence(exc), error=True)
            return
        self.products.load()
        text = translate("AdminWindow", "Removed {name} ({sku}) from the catalogue.")
        self.say(text.format(name=product.name, sku=product.sku))

    # Settings

    def save_settings(
        self,
        settings: StoreSettings,
        lockout: int | None = None,
        tax: dict[str, str] | None = None,
    ) -> None:
        """Validated as a config file is, saved in one transaction, audited; a till picks the
        change up on its next scan. The admin lockout is kept beside them."""
        if not self._save_config(
            lambda: config.with_settings(self.rules, settings, tax), "settings.edit"
        ):
            return
        if lockout is not None:
            try:
                with storage_errors(self.database):
                    AdminGate(self.conn).set_lockout_minutes(lockout, actor=self.admin.actor)
            except PosError as exc:
                self.say(sentence(exc), error=True)
                return
        self.settings_page.load()
        self.say(
            translate(
                "AdminWindow",
                "Settings saved; tills use them from their next scan "
                "(a new language from their next start).",
            )
        )

    def save_section(self, section: str, rows: list[dict[str, Any]]) -> None:
        """Companies, departments or categories: the whole list, validated, audited."""
        build = lambda: config.with_section(self.rules, section, rows)  # noqa: E731
        if self._save_config(build, f"{section}.edit"):
            self._page_shown(self.pages.currentIndex())
            lists = {
                "company": translate("AdminWindow", "Companies saved"),
                "department": translate("AdminWindow", "Departments saved"),
                "category": translate("AdminWindow", "Categories saved"),
            }
            done = translate("AdminWindow", "{what}; tills use them from their next scan.")
            self.say(done.format(what=lists.get(section, section)))

    def save_policies(self, policies: list[dict[str, Any]]) -> None:
        build = lambda: config.with_section(self.rules, "policy", policies)  # noqa: E731
        if self._save_config(build, "policies.edit"):
            self.policies_page.load()
            self.say(
                translate(
                    "AdminWindow", "Policies saved; tills price with them from their next scan."
                )
            )

    def _save_config(self, build: Callable[[], Config], action: str) -> bool:
        try:
            with storage_errors(self.database):
                config.apply(self.conn, build(), actor=self.admin.actor, action=action)
        except PosError as exc:
            self.say(sentence(exc), error=True)
            return False
        return True

    # The central server

    def publish(self) -> None:
        """Send the registry and rules to the server this database last published to."""
        from pos_desktop.core.central import membership

        done = self._guard(lambda: membership.publish(self.conn, actor=self.admin.actor))
        if done is not None:
            text = translate(
                "AdminWindow", "Published to {server}; tills get it at their next sync."
            )
            self.say(text.format(server=done.where))

    # Audit log

    def verify_chains(self) -> None:
        """Check the sales journal's and the audit log's hash chains from the first record."""
        from pos_desktop.core.ledger.verify import verify_all

        chains = self._guard(lambda: verify_all(self.conn))
        if chains is None:
            return  # said by _guard
        broken = chains.broken
        if broken is None:
            text = translate(
                "AdminWindow",
                "Both chains hold: {sales} sales records and {entries} audit entries.",
            ).format(sales=number(chains.sales), entries=number(chains.entries))
            self.audit.result.setText(text)
            self.say(text)
        else:
            text = translate(
                "AdminWindow", "Broken: {problem}. Restore a backup and report this."
            ).format(problem=say(broken.describe()))
            self.audit.result.setText(text)
            self.say(text, error=True)

    def ask_export(self) -> None:
        chosen = ask_save_file(
            self, translate("AdminWindow", "Export the audit log"), "audit.csv", "CSV (*.csv)"
        )
        if chosen is not None:
            self.export_audit(chosen)

    def export_audit(self, path: Path) -> None:
        count = self._guard(lambda: export_csv(self.conn, self.audit.current_filter(), path))
        if count is not None:
            text = translate("AdminWindow", "Exported {count} audit entries to {file}.")
            self.say(text.format(count=number(count), file=path.name))

    # Reports

    def ask_report_csv(self) -> None:
        chosen = ask_save_file(
            self, translate("AdminWindow", "Export the report"), "report.csv", "CSV (*.csv)"
        )
        if chosen is not None:
            self.export_report_csv(chosen)

    def export_report_csv(self, path: Path) -> None:
        count = self._guard(lambda: self.reports.export_csv(path))
        if count is not None:
            text = translate("AdminWindow", "Exported {count} rows to {file}.")
            self.say(text.format(count=number(count), file=path.name))

    def ask_report_pdf(self) -> None:
        chosen = ask_save_file(
            self, translate("AdminWindow", "Save the report"), "report.pdf", "PDF (*.pdf)"
        )
        if chosen is not None:
            self.save_report_pdf(chosen)

    def save_report_pdf(self, path: Path) -> None:
        def save() -> bool:
            self.reports.save_pdf(path)
            return True

        if self._guard(save):
            self.say(translate("AdminWindow", "Saved {file}.").format(file=path.name))

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
        closed = self._guard(lambda: self.reports.close_day(self.admin.actor))
        if closed is not None:
            text = translate(
                "AdminWindow",
                "Closed {day}: sales {sales}, refunds {refunds}; "
                "Save PDF… keeps a copy of the close.",
            )
            self.say(
                text.format(
                    day=date_text(day), sales=number(closed.sales), refunds=number(closed.refunds)
                )
            )

    # Helpers

    def _selected(self) -> str | None:
        number = self.staff.selected()
        if number is None:
            self.say(translate("AdminWindow", "Choose a person in the table first."), error=True)
        return number

    def _guard(self, action: Callable[[], T]) -> T | None:
        """Run an action; a problem becomes one line in the admin's words."""
        try:
            with storage_errors(self.database):
                return action()
        except PosError as exc:
            self.say(sentence(exc), error=True)
            return None

    def _said(self, text: str, error: bool) -> None:
        self.say(text, error=error)

    def say(self, text: str, *, error: bool = False) -> None:
        self.server_bar.refresh()  # said after every change: the count of unpublished ones moves
        self.status.setText(text)
        show_level(self.status_mark, self.status, "error" if error else "ok")

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self) -> None:
        self.dialog = None

    def _ask(self, question: str) -> bool:
        """Yes or No, with No the default."""
        from pos_desktop.ui.common.questions import ask

        return ask(self, translate("AdminWindow", "pos-desktop admin"), question)

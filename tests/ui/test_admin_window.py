"""The admin window driven as an admin drives it; screenshots saved under tests/screenshots/."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pos_desktop import i18n
from pos_desktop.core import catalogue, staff
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.signin import AdminGate
from pos_desktop.ui.admin.signin import SignInDialog
from pos_desktop.ui.admin.staff_dialog import BadgeDialog, StaffDialog
from pos_desktop.ui.admin.window import AdminWindow
from tests.conftest import ANNA, RADU
from tests.ui.test_language_screens import laid_out

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)


def shot(widget, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"admin-{name}.png"))


@pytest.fixture
def conn(demo_path):
    connection = open_database(demo_path)
    yield connection
    connection.close()


@pytest.fixture
def window(qtbot, conn):
    identity = AdminGate(conn).sign_in(badge=RADU, pin="4321")
    win = AdminWindow(conn, identity)
    qtbot.add_widget(win)
    win.show()
    assert QTest.qWaitForWindowExposed(win)
    return win


def names(win: AdminWindow) -> list[str]:
    model = win.staff.model
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def test_first_start_asks_for_a_new_password_then_signs_in(qtbot, conn):
    dialog = SignInDialog(AdminGate(conn), "demo.sqlite")
    qtbot.add_widget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Create the admin password"
    qtbot.keyClicks(dialog.password, "correct horse")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.repeat, "correct hose")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "The two passwords differ" in dialog.error.text()
    shot(dialog, "first-password")
    qtbot.keyClicks(dialog.password, "correct horse")
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "correct horse")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.identity is not None and dialog.identity.actor == "admin"


def test_five_wrong_passwords_lock_the_sign_in(qtbot, conn):
    gate = AdminGate(conn)
    gate.set_password("correct horse")
    dialog = SignInDialog(gate, "demo.sqlite")
    qtbot.add_widget(dialog)
    dialog.show()
    for _ in range(5):
        qtbot.keyClicks(dialog.password, "nope")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "locked for 15 minutes" in dialog.error.text()
    qtbot.keyClicks(dialog.password, "correct horse")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "locked" in dialog.error.text()
    assert dialog.identity is None
    shot(dialog, "locked")


OWN_PIN_LOCKED = {  # the password is set: it is the way in
    "en": "sign in with the admin password instead and set a new PIN on the Staff registry page",
    "pl": "zaloguj się hasłem administratora i ustaw nowy PIN na stronie Pracownicy",
    "ro": "autentificați-vă cu parola de administrator și setați un PIN nou pe pagina Angajați",
}


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_an_admin_who_locks_their_own_pin_is_told_when_to_try_again(qtbot, conn, language):
    i18n.use(language)
    gate = AdminGate(conn)
    gate.set_password("correct horse")
    dialog = SignInDialog(gate, "demo.sqlite")
    qtbot.add_widget(dialog)
    dialog.show()
    for pin in ("5001", "5002", "5003", "5004", "5005"):
        dialog.badge.setText(RADU)
        qtbot.keyClicks(dialog.pin, pin)
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    said = dialog.error.text()
    assert "Radu Stan" in said and OWN_PIN_LOCKED[language] in said
    assert "; ask an admin" not in said
    assert dialog.identity is None
    shot(dialog, f"own-pin-locked-{language}")


def test_registry_page_searches_and_filters(qtbot, window):
    assert window.staff.model.rowCount() == 200  # the first page; more as it scrolls
    window.staff.model.fetchMore()
    assert window.staff.model.rowCount() == 300
    qtbot.waitUntil(lambda: window.staff.count.text() == "300 people")
    shot(window, "registry")
    qtbot.keyClicks(window.staff.search, "wisniew")
    qtbot.keyClick(window.staff.search, Qt.Key.Key_Return)
    assert names(window) == ["Tomasz Wiśniewski"]
    window.staff.search.clear()
    status = window.staff.filters["status"]
    status.setCurrentIndex(status.findData("suspended"))
    assert "John Smith" in names(window)
    assert all(
        window.staff.model.index(r, 5).data() == "suspended"
        for r in range(window.staff.model.rowCount())
    )
    status.setCurrentIndex(status.findData("ended"))  # active, but past the end date
    assert "Katarzyna Lewandowska" in names(window)
    assert {
        window.staff.model.index(r, 5).data() for r in range(window.staff.model.rowCount())
    } == {"ended"}
    shot(window, "registry-ended")
    status.setCurrentIndex(status.findData("active"))
    assert "Katarzyna Lewandowska" not in names(window)


def test_add_a_person_with_bad_input_then_good(qtbot, window):
    window.staff.changes.add_person()
    dialog = window.dialog
    assert isinstance(dialog, StaffDialog)
    qtbot.keyClicks(dialog.number, "N100")
    dialog.ok.click()
    assert "The name is empty" in dialog.error.text()
    qtbot.keyClicks(dialog.name, "Nina Nowa")
    qtbot.keyClicks(dialog.start, "01.02.2026")
    qtbot.keyClicks(dialog.end, "01.01.2026")
    dialog.ok.click()
    assert "before the start date" in dialog.error.text()
    shot(dialog, "staff-bad-input")
    dialog.end.clear()
    dialog.ok.click()
    assert not dialog.isVisible()
    assert "Saved Nina Nowa (N100)" in window.status.text()
    row = window.conn.execute("SELECT actor, action FROM audit ORDER BY seq DESC").fetchone()
    assert tuple(row) == ("E0012", "staff.add")


def test_a_new_department_is_typed_in_the_staff_dialog(qtbot, window):
    window.staff.changes.add_person()
    dialog = window.dialog
    assert dialog.department.isEditable()
    qtbot.keyClicks(dialog.number, "N101")
    qtbot.keyClicks(dialog.name, "Nela Nowa")
    dialog.department.setEditText("Magazyn Główny")
    shot(dialog, "staff-new-department")
    dialog.ok.click()
    assert not dialog.isVisible(), dialog.error.text()
    row = window.conn.execute(
        "SELECT s.department, d.name FROM staff s JOIN departments d ON d.code = s.department "
        "WHERE s.employee_no = 'N101'"
    ).fetchone()
    assert tuple(row) == ("MAGAZYN-GLOWNY", "Magazyn Główny")
    window.staff.changes.add_person()
    again = window.dialog
    qtbot.keyClicks(again.number, "N102")
    qtbot.keyClicks(again.name, "Nina Nowa")
    again.department.setEditText("marketing")  # an existing one, by its name in any case
    again.ok.click()
    department = window.conn.execute("SELECT department FROM staff WHERE employee_no = 'N102'")
    assert department.fetchone()[0] == "MKT"


def test_suspending_someone_reaches_a_running_till(qtbot, window, demo_path):
    till = Checkout(open_database(demo_path))
    assert till.check(ANNA, at=AT).status == "internal"
    window.staff.table.selectRow(0)  # E0001, Anna Kowalska
    window.staff.changes.set_status("suspended")
    assert "Anna Kowalska (E0001) is now suspended" in window.status.text()
    assert till.check(ANNA, at=AT).reasons == ("suspended",)
    window.staff.changes.set_status("active")
    assert till.check(ANNA, at=AT).eligible
    till.conn.close()


def test_revoke_needs_a_reason_and_blocks_the_badge(qtbot, window):
    window.staff.table.selectRow(0)
    window.staff.changes.revoke_badge()
    dialog = window.dialog
    assert isinstance(dialog, BadgeDialog)
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    assert "say why the badge is revoked" in dialog.error.text().lower()
    qtbot.keyClicks(dialog.value, "lost on the bus")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    assert "BLOCKED" in window.status.text()
    reason = window.conn.execute("SELECT reason FROM badges WHERE code = ?", (ANNA,)).fetchone()
    assert reason[0] == "lost on the bus"


def test_issue_badge_refuses_a_bad_check_digit(qtbot, window):
    window.staff.table.selectRow(0)
    window.staff.changes.issue_badge()
    dialog = window.dialog
    qtbot.keyClicks(dialog.value, "2000000000016")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    assert "check digit is wrong" in dialog.error.text()


def test_admin_screenshot_command(demo_path, tmp_path):
    import os
    import subprocess
    import sys

    out = tmp_path / "admin.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pos_desktop",
            "--db",
            str(demo_path),
            "admin",
            "--screenshot",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")


def test_audit_page_lists_changes_filters_verifies_and_exports(qtbot, window, tmp_path):
    window.staff.table.selectRow(0)
    window.staff.changes.set_status("suspended")
    window.pages.setCurrentWidget(window.audit)
    model = window.audit.model
    assert model.index(0, 4).data() == "staff.edit"
    assert model.index(0, 3).data() == "E0012"
    assert model.index(0, 6).data() == "status: active → suspended"
    qtbot.keyClicks(window.audit.action, "admin.")
    qtbot.keyClick(window.audit.action, Qt.Key.Key_Return)
    assert {model.index(r, 4).data() for r in range(model.rowCount())} == {"admin.sign_in"}
    window.audit.verify_chains()
    assert "Both chains hold" in window.audit.result.text()
    shot(window, "audit")
    out = tmp_path / "audit.csv"
    window.audit.export_audit(out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "seq,at,till,actor,action,subject,before,after,hash"
    assert len(lines) == 2 and ",admin.sign_in," in lines[1]


def test_a_tampered_audit_log_is_reported_broken(qtbot, window):
    conn = window.conn
    conn.execute("DROP TRIGGER audit_append_only_update")
    conn.execute("UPDATE audit SET actor = 'someone else' WHERE seq = 1")
    conn.commit()
    window.audit.verify_chains()
    assert "Broken: audit record 1" in window.audit.result.text()


def test_settings_page_keeps_no_empty_row_under_the_badge_trial(qtbot, window):
    """Until a badge is tried, the next field follows "Try a badge" at the form's usual
    spacing; the answer takes its row only once there is one."""
    page = window.settings_page
    window.pages.setCurrentWidget(page)
    qtbot.wait(10)

    def gaps() -> tuple[int, int]:
        above = page.trial.geometry().top() - page.check_digit.geometry().bottom()
        below = page.payroll_pin.geometry().top() - page.trial.geometry().bottom()
        return above, below

    above, below = gaps()
    assert page.trial_result.isHidden()
    assert below <= above + 2, (above, below)
    shot(window, "settings-badge-trial")
    qtbot.keyClicks(page.trial, "2000000000016")
    qtbot.wait(10)
    assert page.trial_result.isVisible()
    assert gaps()[1] > below + page.trial_result.height() // 2
    page.trial.clear()
    qtbot.wait(10)
    assert page.trial_result.isHidden() and gaps() == (above, below)


def test_settings_page_tries_a_badge_and_saves_with_an_audit_entry(qtbot, window):
    page = window.settings_page
    window.pages.setCurrentWidget(page)
    qtbot.keyClicks(page.trial, "2000000000016")
    assert page.trial_result.text() == "2000000000016: the check digit is wrong."
    page.trial.clear()
    qtbot.keyClicks(page.trial, f"]E0{ANNA}")
    assert page.trial_result.text() == f"{ANNA} is a valid badge."
    page.pattern.setText("^2[0-9")
    assert "not a valid expression" in page.trial_result.text()
    window.save_settings(page.settings())
    assert "pattern is not a valid expression" in window.status.text()
    shot(window, "settings")
    page.load()
    page.name.setText("Acme Outlet")
    page.require_pin.setChecked(True)
    page.lockout.setValue(30)
    page.language.setCurrentIndex(page.language.findText("Polski"))
    window.save_settings(page.settings(), page.lockout.value())
    assert AdminGate(window.conn).lockout_minutes == 30
    assert "Settings saved" in window.status.text()
    assert window.rules.settings.name == "Acme Outlet"
    assert window.rules.settings.require_pin
    assert window.rules.settings.language == "pl"
    page.load()
    assert page.language.currentText() == "Polski"
    actions = [r[0] for r in window.conn.execute("SELECT action FROM audit ORDER BY seq")]
    assert actions[-2:] == ["settings.edit", "admin.lockout_set"]


def test_categories_page_excludes_a_category_and_a_till_prices_with_it(qtbot, window, demo_path):
    page = window.categories_page
    window.pages.setCurrentWidget(page)
    codes = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    clothing = codes.index("CLOTH")
    page.table.item(clothing, 2).setCheckState(Qt.CheckState.Unchecked)
    window.save_section("category", page.values())
    assert "Categories saved" in window.status.text()
    till = Checkout(open_database(demo_path))
    quote = till.quote(ANNA, [till.product_line("COAT-01")], at=AT)
    assert (quote.discount, quote.lines[0].rule) == (0, "Clothing: no discount")
    till.conn.close()
    page.table.removeRow(codes.index("CLOTH"))
    window.save_section("category", page.values())
    assert "still use" in window.status.text()  # products are still in Clothing
    shot(window, "categories")
    page.load()
    page.add_row({})
    window.save_section("category", page.values())
    assert "code must be a non-empty text" in window.status.text()


def test_companies_and_departments_pages(qtbot, window):
    companies = window.companies_page
    window.pages.setCurrentWidget(companies)
    assert [r["code"] for r in companies.values()] == ["ACFOOD", "ACLOG", "ACME"]
    companies.add_row({"code": "ACBANK", "name": "Acme Bank", "relation": "group"})
    window.save_section("company", companies.values())
    assert "ACBANK" in window.rules.companies
    assert window.rules.companies["ACBANK"].relation == "group"
    shot(window, "companies")
    window.pages.setCurrentWidget(window.departments_page)
    shot(window, "departments")
    departments = window.departments_page
    window.pages.setCurrentWidget(departments)
    rows = departments.values()
    rows[0]["badge"] = rows[1]["badge"]
    departments.load()
    departments.table.item(0, 3).setText(departments.table.item(1, 3).text())
    window.save_section("department", departments.values())
    assert "two departments have the same badge" in window.status.text()
    departments.load()
    departments.table.item(0, 2).setText("CC-9999")
    window.save_section("department", departments.values())
    assert "Departments saved" in window.status.text()
    assert any(d.cost_centre == "CC-9999" for d in window.rules.departments.values())


def test_the_policy_preview_gives_its_reason_in_polish(qtbot, conn):
    from pos_desktop import i18n

    i18n.use("pl")
    win = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    qtbot.add_widget(win)
    page = win.policies_page
    page.sample("100.00", "60.00", "CLOTH")
    assert page.preview_text.text().endswith("kosztuje 80,00 (20% pracowniczy).")
    i18n.use("en")


def test_policies_page_previews_validates_and_saves(qtbot, window, demo_path):
    page = window.policies_page
    window.pages.setCurrentWidget(page)
    assert page.list.item(0).text() == "Staff"
    page.sample("100.00", "60.00", "ELEC")
    assert page.preview_text.text() == (
        "A 100.00 item in Electronics for full time, part time costs 90.00 (10% staff)."
    )
    page.sample("100.00", "60.00", "CLOTH")
    assert "costs 80.00 (20% staff)" in page.preview_text.text()
    page.fields["percent"].setText("120")
    page.preview()
    assert page.problem() == "The percent must be a number between 0 and 100, not '120'."
    assert page.errors["percent"].isVisible() or not window.isVisible()
    assert page.preview_text.text() == ""
    shot(window, "policies-invalid")
    page.fields["percent"].setText("25")
    page.preview()
    assert "costs 75.00 (25% staff)" in page.preview_text.text()
    shot(window, "policies")
    page.save_all()
    assert "Policies saved" in window.status.text()
    till = Checkout(open_database(demo_path))
    quote = till.quote(ANNA, [till.product_line("SHIRT-01")], at=AT)
    assert quote.lines[0].rule.startswith("25% staff")
    till.conn.close()
    row = window.conn.execute("SELECT actor, action FROM audit ORDER BY seq DESC").fetchone()
    assert tuple(row) == ("E0012", "policies.edit")


def test_import_page_names_a_problem_s_column_as_the_file_heads_it(qtbot, window, tmp_path):
    """A Polish catalogue's problem names its own column ('Kategoria'), as the command line
    does, not the field's code ('category')."""
    page = window.data
    window.pages.setCurrentWidget(page)
    bad = tmp_path / "towary.csv"
    bad.write_text("Indeks,Name,Kategoria,Cena\nUMB-1,Parasol,CLOTH,15.00\nX,Y,NOPE,1\n")
    page.import_products(bad)
    report = page.report.toPlainText()
    assert "row 3, Kategoria 'NOPE': unknown category" in report
    assert " category 'NOPE'" not in report


def test_import_page_imports_a_catalogue_and_the_configuration(qtbot, window, tmp_path):
    page = window.data
    window.pages.setCurrentWidget(page)
    bad = tmp_path / "products.csv"
    bad.write_text("sku,name,category,price\nUMB-1,Umbrella,CLOTH,15.00\nX,,NOPE,1\n")
    page.import_products(bad)
    report = page.report.toPlainText()
    assert "nothing was imported" in report
    assert "row 3, category 'NOPE': unknown category" in report
    shot(window, "import-report")
    good = tmp_path / "products2.csv"
    good.write_text("sku,name,category,price\nUMB-1,Umbrella,CLOTH,15.00\n")
    page.dry_run.setChecked(True)
    page.import_products(good)
    assert page.report.toPlainText().startswith("Would import products2.csv: rows 1, added 1")
    assert catalogue.details(window.conn, "UMB-1") is None
    page.dry_run.setChecked(False)
    page.import_products(good)
    assert page.report.toPlainText().startswith("Imported products2.csv: rows 1, added 1")
    exported = tmp_path / "out.toml"
    page.export_config(exported)
    page.import_config(exported)
    assert "Imported out.toml: companies 3" in page.report.toPlainText()


def test_products_page_adds_edits_and_removes(qtbot, window, demo_path):
    page = window.products
    window.pages.setCurrentWidget(page)
    assert page.table.rowCount() == 100
    qtbot.keyClicks(page.search, "coat")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert [p.sku for p in page.shown] == ["COAT-01"]
    window.add_product()
    dialog = window.dialog
    qtbot.keyClicks(dialog.sku, "umb-1")
    qtbot.keyClicks(dialog.name, "Umbrella")
    dialog.category.setCurrentIndex(dialog.category.findData("HOME"))
    qtbot.keyClicks(dialog.price, "15.00")
    qtbot.keyClicks(dialog.cost, "abc")
    assert dialog.cost.text() == "" and dialog.cost.problem()  # letters refused as typed
    qtbot.keyClicks(dialog.cost, "7,5")  # a comma groups thousands in English
    dialog.ok.click()
    assert "not an amount" in dialog.error.text()
    dialog.cost.clear()
    qtbot.keyClicks(dialog.cost, "7.50")
    dialog.ok.click()
    assert not dialog.isVisible()
    assert "Saved Umbrella (UMB-1)" in window.status.text()
    till = Checkout(open_database(demo_path))
    assert till.quote(ANNA, [till.product_line("umb-1")], at=AT).total == 1200
    page.search.setText("UMB-1")
    page.load()
    page.table.selectRow(0)
    window.edit_product()
    dialog = window.dialog
    dialog.barcode.setText(
        till.conn.execute("SELECT barcode FROM products WHERE sku = 'COAT-01'").fetchone()[0]
    )
    dialog.ok.click()
    assert "already used by COAT-01" in dialog.error.text()
    dialog.reject()
    shot(window, "products")
    window.confirm = lambda question: False
    window.remove_product()
    assert catalogue.details(window.conn, "UMB-1") is not None
    window.confirm = lambda question: "Umbrella" in question
    window.remove_product()
    assert "Removed Umbrella" in window.status.text()
    assert catalogue.details(window.conn, "UMB-1") is None
    till.conn.close()


def test_dependants_are_added_with_a_badge_and_a_till_knows_them(qtbot, window, demo_path):
    from tests.conftest import badge

    window.staff.table.selectRow(1)  # E0002, Piotr Nowak
    window.staff.changes.manage_dependants()
    dialog = window.dialog
    assert dialog.current.item(0).text() == "No dependants yet."
    qtbot.keyClicks(dialog.number, "D900")
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.badge, "2000000000016")
    qtbot.keyClick(dialog.badge, Qt.Key.Key_Return)
    assert "name is empty" in dialog.error.text()
    qtbot.keyClicks(dialog.name, "Ola Nowak")
    dialog.ok.click()
    assert "check digit is wrong" in dialog.error.text()
    dialog.badge.setText(badge(77))
    dialog.ok.click()
    assert dialog.isVisible()
    assert dialog.current.item(0).text() == f"Ola Nowak (D900, active, badge {badge(77)})"
    shot(dialog, "dependants")
    till = Checkout(open_database(demo_path))
    verdict = till.check(badge(77), at=AT)
    assert (verdict.kind, verdict.holder.employee_no) == ("dependant", "E0002")
    till.conn.close()


def test_a_photo_is_checked_stored_and_shown_by_the_till(qtbot, window, tmp_path):
    from PySide6.QtGui import QColor, QImage

    window.staff.table.selectRow(0)
    not_a_picture = tmp_path / "notes.png"
    not_a_picture.write_text("hello")
    window.staff.changes.set_photo(not_a_picture)
    assert "not a picture" in window.status.text()
    picture = tmp_path / "anna.png"
    image = QImage(60, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(picture))
    window.staff.changes.set_photo(picture)
    assert "Photo saved for E0001" in window.status.text()
    assert staff.details(window.conn, "E0001") is not None
    stored = window.conn.execute("SELECT photo FROM staff WHERE employee_no = 'E0001'")
    assert stored.fetchone()[0] == picture.read_bytes()


def test_reprint_badge_card_as_pdf_with_a_barcode(qtbot, window, tmp_path):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from pos_desktop.core.barcode import ean13_modules
    from pos_desktop.printing.badge_card import paint_card

    window.staff.table.selectRow(0)
    pdf = tmp_path / "card.pdf"
    window.staff.changes.save_badge_card(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert f"Badge {ANNA} reprinted" in window.status.text()
    row = window.conn.execute("SELECT action, subject FROM audit ORDER BY seq DESC").fetchone()
    assert tuple(row) == ("badge.reprint", ANNA)
    image = QImage(856, 540, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_card(painter, QRectF(0, 0, 856, 540), "Anna Kowalska", "Acme Retail", ANNA, None)
    painter.end()
    SCREENSHOTS.mkdir(exist_ok=True)
    image.save(str(SCREENSHOTS / "admin-badge-card.png"))
    modules = ean13_modules(ANNA)
    bar = 0.8 * 8.56
    left = (856 - bar * len(modules)) / 2
    y = int(36 * 8.56 + 8 * 8.56)
    for index in (0, 1, 2, 45, 46, 94):  # guards: 101 ... 01 ... 1
        x = int(left + index * bar + bar / 2)
        dark = image.pixelColor(x, y).lightness() < 128
        assert dark == (modules[index] == "1")


def test_issuing_a_badge_already_held_is_refused(qtbot, window):
    window.staff.table.selectRow(0)
    window.staff.changes.issue_badge()
    dialog = window.dialog
    qtbot.keyClicks(dialog.value, "2000000000022")  # Piotr's
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    assert "already belongs to staff E0002" in dialog.error.text()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("percent", "-5", "between 0 and 100"), ("floor_margin_percent", "150", "between 0 and 100")],
)
def test_policy_values_out_of_range_are_refused(qtbot, window, field, value, message):
    page = window.policies_page
    page.fields[field].setText(value)
    page.preview()
    assert message in page.errors[field].text()
    page.save_all()
    assert "Policies saved" not in window.status.text()


def test_reports_page_shows_charts_exports_and_closes_the_day(qtbot, window, conn, tmp_path):
    from pos_desktop.core.ledger import journal
    from pos_desktop.core.reports import closing
    from tests.conftest import JAN, MARKETING

    store = Checkout(conn)
    coat, shirt = store.product_line("COAT-01"), store.product_line("SHIRT-01")
    for day, badge in ((10, ANNA), (11, JAN), (12, MARKETING), (13, ANNA), (15, ANNA)):
        store.sell(badge, [coat if day % 2 else shirt], at=AT.replace(day=day))
    page = window.reports
    page.set_period(dt.date(2026, 6, 1), dt.date(2026, 6, 15))
    window.pages.setCurrentWidget(page)
    assert page.title.text() == "Discounts by day, 2026-06-01 to 2026-06-15"
    assert [page.cell(r, 0) for r in range(page.table.rowCount())] == [
        "2026-06-10",
        "2026-06-11",
        "2026-06-12",
        "2026-06-13",
        "2026-06-15",
    ]
    assert page.table.isColumnHidden(1)  # no Name column repeating the day
    assert page.cell(1, 5) == "40.00"  # Jan's coat, on Anna's allowance
    assert page.chart.isVisible()
    assert page.chart.chart().title() == "Discount per day"
    qtbot.waitUntil(laid_out(window))  # the notes and the chart fitted, then the picture
    shot(window, "reports-by-day")
    page.choose("category")
    assert page.chart.chart().title() == "Biggest discounts by category"
    page.choose("allowance")
    assert (page.cell(0, 1), page.cell(0, 7)) == (
        "Anna Kowalska",
        "12.8%",
    )  # 8 + 40 + 40 + 40 of 1000.00
    qtbot.waitUntil(laid_out(window))  # the notes and the chart fitted, then the picture
    shot(window, "reports-allowance")
    page.choose("flags")
    assert not page.chart.isVisible()
    page.choose("day")
    csv_file, pdf_file = tmp_path / "days.csv", tmp_path / "days.pdf"
    window.export_report_csv(csv_file)
    assert csv_file.read_text().splitlines()[0] == "day,name,sales,refunds,gross,discount,total"
    window.save_report_pdf(pdf_file)
    assert pdf_file.read_bytes().startswith(b"%PDF")
    asked: list[str] = []
    window.confirm = lambda question: asked.append(question) is not None and False
    window.close_day()
    assert "Close 2026-06-15?" in asked[0]
    assert closing.load(conn, dt.date(2026, 6, 15)) is None  # No keeps the day open
    window.confirm = lambda question: True
    window.close_day()
    assert page.title.text() == "Daily close 2026-06-15"
    assert "Closed 2026-06-15: sales 1, refunds 0" in window.status.text()
    assert journal.verify(conn) is None
    qtbot.waitUntil(laid_out(window))  # the notes and the chart fitted, then the picture
    shot(window, "reports-close")
    window.close_day()
    assert "2026-06-15 is already closed" in window.status.text()


def test_reports_far_behind_the_journal_are_summed_off_the_window(qtbot, window, conn, monkeypatch):
    from pos_desktop.ui.admin import reports_page

    monkeypatch.setattr(reports_page, "LAG", 2)  # a few sales stand for a year of them
    store = Checkout(conn)
    coat = store.product_line("COAT-01")
    for day in (10, 11, 12, 13):
        store.sell(ANNA, [coat], at=AT.replace(day=day))
    page = window.reports
    page.set_period(dt.date(2026, 6, 1), dt.date(2026, 6, 15))
    window.pages.setCurrentWidget(page)
    assert page.title.text().startswith("Bringing the report figures up to date")
    shot(window, "reports-filling")
    qtbot.waitUntil(lambda: page.filler is None, timeout=30_000)
    assert page.title.text() == "Discounts by day, 2026-06-01 to 2026-06-15"
    assert page.table.rowCount() == 4


def test_saving_the_settings_page_keeps_the_offline_limit_it_does_not_show(qtbot, window):
    conn = window.conn
    conn.execute(
        "INSERT OR REPLACE INTO settings (key, value) VALUES ('store.offline_limit', '6000')"
    )
    conn.commit()
    page = window.settings_page
    page.load()
    page.name.setText("Acme Outlet")
    window.save_settings(page.settings(), page.lockout.value())
    assert "Settings saved" in window.status.text()
    assert window.rules.settings.offline_limit == 6000

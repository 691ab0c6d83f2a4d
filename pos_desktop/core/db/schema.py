"""The database schema as sqlite-utils migrations, applied once each, in order.

Imported only when a database needs creating or upgrading, so that opening an up-to-date
database (every till start) does not load sqlite-utils.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database, Migrations

from pos_desktop.core.db.versions import MIGRATION_SET

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_initial(db: Database) -> None:
    db.table("settings").create({"key": str, "value": str}, pk="key", not_null={"value"})
    db.table("companies").create(
        {"code": str, "name": str, "relation": str, "updated_at": str},
        pk="code",
        not_null={"name", "relation", "updated_at"},
    )
    db.table("departments").create(
        {"code": str, "name": str, "cost_centre": str, "updated_at": str},
        pk="code",
        not_null={"name", "cost_centre", "updated_at"},
    )
    db.table("staff").create(
        {
            "employee_no": str,
            "name": str,
            "company": str,
            "department": str,
            "employment_type": str,
            "status": str,
            "start_date": str,
            "end_date": str,
            "role": str,
            "pin_hash": str,
            "photo": bytes,
            "updated_at": str,
        },
        pk="employee_no",
        not_null={"name", "company", "employment_type", "status", "role", "updated_at"},
        foreign_keys=[("company", "companies", "code"), ("department", "departments", "code")],
    )
    db.table("dependants").create(
        {
            "dependant_no": str,
            "employee_no": str,
            "name": str,
            "status": str,
            "updated_at": str,
        },
        pk="dependant_no",
        not_null={"employee_no", "name", "status", "updated_at"},
        foreign_keys=[("employee_no", "staff", "employee_no")],
    )
    db.table("dependants").create_index(["employee_no"])
    db.table("badges").create(
        {
            "code": str,
            "holder_type": str,  # staff | dependant | department
            "holder_id": str,
            "status": str,  # active | revoked
            "reason": str,
            "issued_at": str,
            "revoked_at": str,
            "updated_at": str,
        },
        pk="code",
        not_null={"holder_type", "holder_id", "status", "issued_at", "updated_at"},
    )
    db.table("badges").create_index(["holder_type", "holder_id"])
    db.table("categories").create(
        {"code": str, "name": str, "employee_discount": int, "updated_at": str},
        pk="code",
        not_null={"name", "employee_discount", "updated_at"},
    )
    db.table("products").create(
        {
            "sku": str,
            "barcode": str,
            "name": str,
            "category": str,
            "price": int,
            "cost": int,
            "updated_at": str,
        },
        pk="sku",
        not_null={"name", "category", "price", "updated_at"},
        foreign_keys=[("category", "categories", "code")],
    )
    db.table("products").create_index(["barcode"], unique=True)
    db.table("policies").create(
        {
            "name": str,
            "position": int,
            "relation": str,
            "employment": str,  # JSON list, or NULL for any
            "method": str,
            "percent": str,  # percentages are Decimal text, e.g. "12.5"
            "markup": str,
            "open_percent": str,
            "floor_margin_percent": str,
            "max_discount_per_sale": int,
            "allowance_amount": int,
            "allowance_period": str,
            "probation_days": int,
            "max_units_per_sku": int,
            "dependants": int,
            "category_percent": str,  # JSON object category -> percent text
            "updated_at": str,
        },
        pk="name",
        not_null={"position", "method", "probation_days", "dependants", "updated_at"},
    )
    db.table("sales").create(
        {
            "seq": int,
            "id": str,
            "kind": str,  # sale | refund
            "refund_of": str,
            "till": str,
            "at": str,
            "period_at": str,  # the moment whose allowance period this record counts in
            "cashier_no": str,
            "customer_badge": str,
            "customer_status": str,
            "customer_kind": str,
            "employee_no": str,  # whose allowance this record uses (or gives back)
            "dependant_no": str,
            "department": str,
            "cost_centre": str,  # a department order's cost centre, charged by finance
            "company": str,
            "policy": str,
            "subtotal": int,
            "discount": int,
            "total": int,
            "allowance_delta": int,
            "override_by": str,
            "override_reason": str,
            "prev_hash": str,
            "hash": str,
        },
        pk="seq",
        not_null={
            "id",
            "kind",
            "till",
            "at",
            "period_at",
            "customer_status",
            "subtotal",
            "discount",
            "total",
            "allowance_delta",
            "prev_hash",
            "hash",
        },
    )
    db.table("sales").create_index(["id"], unique=True)
    db.table("sales").create_index(["employee_no", "period_at"])
    # Most records are sales, not refunds: a partial index costs them no index write.
    db.execute("CREATE INDEX sales_refund_of ON sales (refund_of) WHERE refund_of IS NOT NULL")
    db.table("sales").create_index(["at"])
    db.table("sale_lines").create(
        {
            "sale_id": str,
            "line_no": int,
            "sku": str,
            "name": str,
            "category": str,
            "qty": int,
            "unit_price": int,
            "cost": int,
            "gross": int,
            "discount": int,
            "total": int,
            "rule": str,
        },
        pk=("sale_id", "line_no"),
        not_null={"name", "category", "qty", "unit_price", "gross", "discount", "total", "rule"},
    )
    db.table("audit").create(
        {
            "seq": int,
            "at": str,
            "till": str,
            "actor": str,
            "action": str,
            "subject": str,
            "before": str,
            "after": str,
            "prev_hash": str,
            "hash": str,
        },
        pk="seq",
        not_null={"at", "till", "actor", "action", "prev_hash", "hash"},
    )
    for table in ("sales", "sale_lines", "audit"):
        for event in ("UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER {table}_append_only_{event.lower()} BEFORE {event} ON {table} "
                "BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"
            )


@migrations()
def m002_staff_name_search(db: Database) -> None:
    # Finding "wisniewski" in a million names must not scan them all: a full-text index,
    # kept in step with the staff table by triggers, accents folded.
    db.table("staff").enable_fts(
        ["name"],
        fts_version="FTS5",
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )


@migrations()
def m003_staff_filter_indexes(db: Database) -> None:
    # The registry page counts the people a filter finds: without these, each count reads
    # the whole table.
    for column in ("company", "department", "status", "employment_type"):
        db.table("staff").create_index([column])


@migrations()
def m004_import_profiles(db: Database) -> None:
    # How each HR system names its columns, saved once by the admin and reused every import.
    db.table("import_profiles").create(
        {"name": str, "kind": str, "mapping": str, "updated_at": str},
        pk=("name", "kind"),
        not_null={"mapping", "updated_at"},
    )


@migrations()
def m005_day_close(db: Database) -> None:
    # A day's close is a record of the sales journal's chain: it links to the record that was
    # the journal's head when the day was closed (after_seq, 0 before any sale), and the next
    # sale or refund links to it.
    db.table("day_closes").create(
        {
            "seq": int,
            "day": str,  # the store-local date closed, 2026-06-15
            "at": str,
            "till": str,
            "actor": str,
            "after_seq": int,
            "first_seq": int,  # the day's first and last journal records (NULL: none)
            "last_seq": int,
            "figures": str,  # canonical JSON of the totals, amounts in minor units
            "prev_hash": str,
            "hash": str,
        },
        pk="seq",
        not_null={"day", "at", "till", "actor", "after_seq", "figures", "prev_hash", "hash"},
    )
    db.table("day_closes").create_index(["day"], unique=True)
    db.table("day_closes").create_index(["after_seq"])
    for event in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER day_closes_append_only_{event.lower()} BEFORE {event} ON day_closes "
            "BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"
        )


@migrations()
def m006_report_rollup(db: Database) -> None:
    # Sums of the sales journal per store day (or month) and grouping of the discount report,
    # up to a journal sequence number (core/reports/rollup.py). Without rowid: the rows are read in
    # the order of their key.
    db.execute(
        "CREATE TABLE report_rollup (dimension TEXT NOT NULL, start TEXT NOT NULL, "
        "key TEXT NOT NULL, kind TEXT NOT NULL, records INTEGER NOT NULL, "
        "gross INTEGER NOT NULL, discount INTEGER NOT NULL, "
        "PRIMARY KEY (dimension, start, key, kind)) WITHOUT ROWID"
    )
    db.table("report_rollup_state").create(
        {"id": int, "timezone": str, "mark": int}, pk="id", not_null={"timezone", "mark"}
    )


@migrations()
def m007_central_sync(db: Database) -> None:
    # A till of a chain: the server it syncs with and how far it has got (one row; none for
    # a till on its own), and the other tills' sales that use its employees' allowances.
    db.execute(
        "CREATE TABLE sync_state (id INTEGER PRIMARY KEY CHECK (id = 1), "
        "server_url TEXT NOT NULL, till TEXT NOT NULL, "
        "pushed_sales_seq INTEGER NOT NULL DEFAULT 0, "  # the last own record the server holds
        "pushed_close_seq INTEGER NOT NULL DEFAULT 0, "
        "registry_change INTEGER NOT NULL DEFAULT 0, "  # the server's change numbers seen
        "sales_change INTEGER NOT NULL DEFAULT 0, "
        "last_sync_at TEXT)"
    )
    db.table("remote_sales").create(
        {
            "id": str,
            "till": str,
            "seq": int,
            "kind": str,
            "refund_of": str,
            "at": str,
            "period_at": str,
            "employee_no": str,
            "dependant_no": str,
            "customer_badge": str,
            "discount": int,
            "total": int,
            "allowance_delta": int,
        },
        pk="id",
        not_null={"till", "seq", "kind", "at", "period_at", "employee_no", "allowance_delta"},
    )
    db.table("remote_sales").create_index(["employee_no", "period_at"])


@migrations()
def m008_drafts(db: Database) -> None:
    # The basket a till is ringing up, saved on every change so that a till killed by a power
    # cut comes back with it. One row per till station; a sale removes it in its transaction.
    db.table("drafts").create(
        {"station": str, "saved_at": str, "cashier_no": str, "customer": str, "lines": str},
        pk="station",
        not_null={"saved_at", "lines"},
    )


@migrations()
def m009_lean_remote_sales(db: Database) -> None:
    # Other tills' sales as the allowance sums read them, and nothing more: one b-tree in the
    # order of those sums (employee, then period moment), the sale id keeping a record that is
    # pulled twice from counting twice. Fetching and storing each pulled record is the cost of
    # a chain's sync, paid for every sale of every other till.
    db.execute(
        "CREATE TABLE remote_allowance (employee_no TEXT NOT NULL, period_at TEXT NOT NULL, "
        "id TEXT NOT NULL, allowance_delta INTEGER NOT NULL, "
        "PRIMARY KEY (employee_no, period_at, id)) WITHOUT ROWID"
    )
    db.execute(
        "INSERT INTO remote_allowance (employee_no, period_at, id, allowance_delta) "
        "SELECT employee_no, period_at, id, allowance_delta FROM remote_sales"
    )
    db.execute("DROP TABLE remote_sales")
    db.execute("ALTER TABLE remote_allowance RENAME TO remote_sales")


@migrations()
def m010_publish_state(db: Database) -> None:
    # The office database that keeps a chain's registry and rules: the server it publishes
    # to and the last audit entry that publish included, so it can say what is not sent yet.
    db.execute(
        "CREATE TABLE publish_state (id INTEGER PRIMARY KEY CHECK (id = 1), "
        "server_url TEXT NOT NULL, published_at TEXT NOT NULL, "
        "audit_seq INTEGER NOT NULL DEFAULT 0)"
    )
    # A till of a chain sends its audit log to the server too: the last entry the server holds.
    db.execute("ALTER TABLE sync_state ADD COLUMN pushed_audit_seq INTEGER NOT NULL DEFAULT 0")


@migrations()
def m012_pin_guard(db: Database) -> None:
    # Wrong PINs counted per person whose PIN it is, shared by every process on the file
    # (core/pins.py): the failures of the last minutes, and the PINs locked until a moment.
    db.execute(
        "CREATE TABLE pin_failures (holder TEXT NOT NULL, at TEXT NOT NULL, "
        "badge TEXT NOT NULL, place TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX pin_failures_holder ON pin_failures (holder, at)")
    db.execute("CREATE TABLE pin_locks (holder TEXT PRIMARY KEY, until TEXT NOT NULL)")
    # A sale or refund entered well after the moment it claims: when it was really entered
    # (NULL for any other record; a record's hash covers it only when it is set).
    db.execute("ALTER TABLE sales ADD COLUMN backdated TEXT")


@migrations()
def m014_draft_switch(db: Database) -> None:
    # A basket kept for a restart remembers the badges a change of customer is judged against
    # (the first that scanned BLOCKED, the first staff member's), so a restart is no way round.
    db.execute("ALTER TABLE drafts ADD COLUMN blocked_badge TEXT")
    db.execute("ALTER TABLE drafts ADD COLUMN person_badge TEXT")


@migrations()
def m015_payroll(db: Database) -> None:
    # Charge to payroll: how a sale was paid (NULL: at the till, as every earlier sale), and
    # each policy's limit on what an employee may charge per period (NULL: no charging).
    db.execute("ALTER TABLE sales ADD COLUMN tender TEXT")
    db.execute("ALTER TABLE policies ADD COLUMN payroll_limit_amount INTEGER")
    db.execute("ALTER TABLE policies ADD COLUMN payroll_limit_period TEXT")
    # The open payroll balance and the limit read one employee's charges in one period.
    db.execute(
        "CREATE INDEX sales_payroll ON sales (employee_no, period_at) WHERE tender = 'payroll'"
    )


@migrations()
def m016_reason_keys(db: Database) -> None:
    # A sale line's discount reason as a key and its fields (JSON) beside the English words,
    # so a reprint is worded in any language; NULL on the lines written before.
    db.execute("ALTER TABLE sale_lines ADD COLUMN rule_key TEXT")
    db.execute("ALTER TABLE sale_lines ADD COLUMN rule_args TEXT")


def migrate(conn: sqlite3.Connection) -> None:
    """Apply every pending migration, each in its own transaction."""
    migrations.apply(Database(conn, execute_plugins=False, recursive_triggers=False))


def migration_names() -> tuple[str, ...]:
    """The names defined here; versions.KNOWN_MIGRATIONS must list the same (a test checks)."""
    return tuple(m.name for m in migrations._migrations)

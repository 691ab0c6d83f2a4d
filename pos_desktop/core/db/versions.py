"""Which schema versions this program knows: the name of its set of migrations and, in order,
the migrations it defines (pos_desktop.core.db.schema), so that opening a database whose
migrations are all applied needs neither the schema's module nor sqlite-utils (the till's
start-up). A test keeps the names here and the schema's in step."""

MIGRATION_SET = "pos_desktop"

KNOWN_MIGRATIONS = (
    "m001_initial",
    "m002_staff_name_search",
    "m003_staff_filter_indexes",
    "m004_import_profiles",
    "m005_day_close",
    "m006_report_rollup",
    "m007_central_sync",
    "m008_drafts",
    "m009_lean_remote_sales",
    "m010_publish_state",
    "m012_pin_guard",
    "m014_draft_switch",
    "m015_payroll",
    "m016_reason_keys",
)

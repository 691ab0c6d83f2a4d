"""The HR import's changes, counted and then made, under the write lock: who is added,
changed, ended or comes back, set by set over the temporary table import_rows (see
staff_import), and the departments HR names that the store has not seen."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field

from pos_desktop.core import clock
from pos_desktop.core.importing.imports import ImportReport, Progress
from pos_desktop.core.importing.staff_fields import COMPARED, STAFF_FIELDS

BULK_ROWS = 50_000  # adding more than this rebuilds the indexes once instead of row by row
# The temporary tables the counting leaves for the change (and the import drops).
TABLES = (
    "import_changes",
    "import_dependant_changes",
    "import_badges",
    "import_bad",
    "import_ended",
)


@dataclass
class StaffChanges:
    conn: sqlite3.Connection
    report: ImportReport
    progress: Progress
    present: frozenset[str]  # the fields the file has
    today: dt.date
    sync: bool
    new_departments: dict[str, str]  # code -> name, as the rows read them
    # Rows to add and to change, by table: a sync that changes 1% skips what has nothing to do.
    to_add: dict[str, int] = field(default_factory=dict)
    to_change: dict[str, int] = field(default_factory=dict)

    def _new_values(self) -> dict[str, str]:
        """Each compared column's value after the import, as SQL over r (file) and s (now)."""
        values = {}
        for column in COMPARED:
            if column == "employment_type" and column in self.present:
                values[column] = "coalesce(r.employment_type, s.employment_type)"
            elif column in self.present:
                values[column] = f"r.{column}"
            elif column == "status" and self.sync:
                values[column] = "CASE WHEN s.status = 'terminated' THEN 'active' ELSE s.status END"
            elif column == "end_date" and self.sync:
                values[column] = "CASE WHEN s.end_date <= :today THEN NULL ELSE s.end_date END"
            else:
                values[column] = f"s.{column}"
        return values

    def count(self) -> None:
        """Count what the import adds, changes, ends and brings back, into the report."""
        self.progress.update("checking", 0, 0)
        params = {"today": self.today.isoformat()}
        self._count_staff(params)
        self._count_dependants()
        self._count_badges()
        self._keep_new_departments()
        self.report.active = self.conn.execute(
            "SELECT count(*) FROM main.staff WHERE status != 'terminated' "
            "AND (end_date IS NULL OR end_date > :today)",
            params,
        ).fetchone()[0]
        if self.sync:  # who the file leaves out, found once for the count and the change
            self._find_ended(params)

    def _count_staff(self, params: dict[str, str]) -> None:
        conn, report = self.conn, self.report
        new = self._new_values()
        differs = " OR ".join(f"({expr}) IS NOT s.{c}" for c, expr in new.items())
        ended_new = f"coalesce(({new['status']}) = 'terminated' OR ({new['end_date']}) < :today, 0)"
        conn.execute("DROP TABLE IF EXISTS temp.import_changes")
        conn.execute(
            "CREATE TEMP TABLE import_changes AS SELECT s.employee_no AS employee_no, "
            + ", ".join(f"{expr} AS {c}" for c, expr in new.items())
            + ", coalesce(s.status = 'terminated' OR s.end_date <= :today, 0) AND NOT "
            + ended_new
            + " AS comes_back FROM import_rows r "
            "JOIN main.staff s ON s.employee_no = r.employee_no "
            f"WHERE NOT r.bad AND r.dependant_of IS NULL AND ({differs})",
            params,
        )
        conn.execute("CREATE INDEX temp.import_changes_no ON import_changes (employee_no)")
        report.changed, report.reactivated = conn.execute(
            "SELECT count(*), coalesce(sum(comes_back), 0) FROM import_changes"
        ).fetchone()
        known, report.added = conn.execute(
            "SELECT count(s.employee_no), count(*) - count(s.employee_no) FROM import_rows r "
            "LEFT JOIN main.staff s ON s.employee_no = r.employee_no "
            "WHERE NOT r.bad AND r.dependant_of IS NULL"
        ).fetchone()
        report.unchanged = known - report.changed
        self.to_add["staff"], self.to_change["staff"] = report.added, report.changed

    def _count_dependants(self) -> None:
        conn, report = self.conn, self.report
        conn.execute("DROP TABLE IF EXISTS temp.import_dependant_changes")
        status = "r.status" if "status" in self.present else "d.status"
        if self.sync and "status" not in self.present:
            status = "CASE WHEN d.status = 'terminated' THEN 'active' ELSE d.status END"
        conn.execute(
            "CREATE TEMP TABLE import_dependant_changes AS SELECT d.dependant_no, "
            f"r.dependant_of AS employee_no, r.name, {status} AS status, "
            f"d.status = 'terminated' AND {status} != 'terminated' AS comes_back "
            "FROM import_rows r JOIN main.dependants d ON d.dependant_no = r.employee_no "
            "WHERE NOT r.bad AND r.dependant_of IS NOT NULL AND "
            f"(r.dependant_of IS NOT d.employee_no OR r.name IS NOT d.name OR {status} IS NOT "
            "d.status)"
        )
        conn.execute(
            "CREATE INDEX temp.import_dependant_changes_no "
            "ON import_dependant_changes (dependant_no)"
        )
        changed_dependants, back, known_dependants, all_dependants = conn.execute(
            "SELECT (SELECT count(*) FROM import_dependant_changes), "
            "(SELECT coalesce(sum(comes_back), 0) FROM import_dependant_changes), "
            "count(d.dependant_no), "
            "count(*) FROM import_rows r LEFT JOIN main.dependants d "
            "ON d.dependant_no = r.employee_no WHERE NOT r.bad AND r.dependant_of IS NOT NULL"
        ).fetchone()
        self.to_add["dependants"] = all_dependants - known_dependants
        self.to_change["dependants"] = changed_dependants
        report.changed += changed_dependants
        report.reactivated += back
        report.unchanged += known_dependants - changed_dependants
        report.added += all_dependants - known_dependants

    def _count_badges(self) -> None:
        """A badge new to the registry is issued to its holder (replacing the badge they had):
        for someone otherwise unchanged, that is a change."""
        conn = self.conn
        conn.execute("DROP TABLE IF EXISTS temp.import_badges")
        conn.execute(
            "CREATE TEMP TABLE import_badges AS SELECT r.badge AS code, "
            "CASE WHEN r.dependant_of IS NULL THEN 'staff' ELSE 'dependant' END AS holder_type, "
            "r.employee_no AS holder_id FROM import_rows r WHERE NOT r.bad AND "
            "r.badge IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM main.badges b WHERE b.code = r.badge)"
        )
        (only_badge,) = conn.execute(
            "SELECT count(*) FROM import_badges n WHERE "
            "(n.holder_type = 'staff' AND n.holder_id IN (SELECT employee_no FROM main.staff) "
            "AND n.holder_id NOT IN (SELECT employee_no FROM import_changes)) OR "
            "(n.holder_type = 'dependant' AND n.holder_id IN "
            "(SELECT dependant_no FROM main.dependants) AND n.holder_id NOT IN "
            "(SELECT dependant_no FROM import_dependant_changes))"
        ).fetchone()
        self.report.changed += only_badge
        self.report.unchanged -= only_badge
        self.to_add["badges"] = conn.execute("SELECT count(*) FROM import_badges").fetchone()[0]

    def _keep_new_departments(self) -> None:
        """The new departments a row that goes in names, and still new under the lock."""
        conn, report = self.conn, self.report
        used = {  # by a row that goes in, and still new under the lock
            code
            for code in self.new_departments
            if conn.execute(
                "SELECT 1 FROM import_rows WHERE department = ? AND NOT bad AND "
                "dependant_of IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM main.departments WHERE code = ?) LIMIT 1",
                (code, code),
            ).fetchone()
        }
        self.new_departments = {c: n for c, n in self.new_departments.items() if c in used}
        report.new_departments = list(self.new_departments.values())

    def _find_ended(self, params: dict[str, str]) -> None:
        conn, report = self.conn, self.report
        # A rejected row may be someone whose number HR mangled ('E 0001?', empty): it
        # keeps whoever it could be, by its number, by the badge it names or by the name.
        conn.execute("DROP TABLE IF EXISTS temp.import_bad")
        conn.execute(
            "CREATE TEMP TABLE import_bad AS SELECT r.employee_no, r.badge, "
            "lower(trim(r.name)) AS name FROM import_rows r WHERE r.bad"
        )
        conn.execute("CREATE INDEX temp.import_bad_name ON import_bad (name)")
        conn.execute("CREATE INDEX temp.import_bad_badge ON import_bad (badge)")
        conn.execute("DROP TABLE IF EXISTS temp.import_ended")
        conn.execute(
            "CREATE TEMP TABLE import_ended AS SELECT 'staff' AS holder_type, "
            "s.employee_no AS number FROM main.staff s WHERE s.status != 'terminated' "
            "AND (s.end_date IS NULL OR s.end_date > :today) AND NOT EXISTS "
            "(SELECT 1 FROM import_rows r WHERE r.employee_no = s.employee_no) "
            "AND NOT EXISTS (SELECT 1 FROM import_bad x WHERE x.name = lower(trim(s.name))) "
            "AND NOT EXISTS (SELECT 1 FROM import_bad x JOIN main.badges b ON "
            "b.code = x.badge WHERE b.holder_type = 'staff' "
            "AND b.holder_id = s.employee_no) "
            "UNION ALL SELECT 'dependant', d.dependant_no FROM main.dependants d "
            "WHERE d.status = 'active' AND NOT EXISTS "
            "(SELECT 1 FROM import_rows r WHERE r.employee_no = d.dependant_no) "
            "AND NOT EXISTS (SELECT 1 FROM import_bad x WHERE x.name = lower(trim(d.name))) "
            "AND NOT EXISTS (SELECT 1 FROM import_bad x JOIN main.badges b ON "
            "b.code = x.badge WHERE b.holder_type = 'dependant' "
            "AND b.holder_id = d.dependant_no)",
            params,
        )
        report.ended = conn.execute("SELECT count(*) FROM import_ended").fetchone()[0]

    def apply(self) -> None:
        conn = self.conn
        now = clock.stamp(clock.now())
        self.progress.update("writing", 0, 0)
        bulk = self.report.added > BULK_ROWS
        rebuild = _bulk_load(conn) if bulk else contextlib.nullcontext()
        conn.executemany(
            "INSERT INTO main.departments (code, name, cost_centre, updated_at) "
            "VALUES (?, ?, '', ?)",
            [(code, name, now) for code, name in self.new_departments.items()],
        )
        with rebuild:
            # A column the file does not have: a new person gets the field's declared value.
            chosen = [f"r.{c}" if c in self.present else f":new_{c}" for c in COMPARED]
            new = {f"new_{f.name}": f.new for f in STAFF_FIELDS if f.compared}
            adds, changes = self.to_add.get, self.to_change.get  # unknown: do it
            if adds("staff", 1):
                conn.execute(
                    f"INSERT INTO main.staff (employee_no, {', '.join(COMPARED)}, updated_at) "
                    f"SELECT r.employee_no, {', '.join(chosen)}, :now FROM import_rows r "
                    "WHERE NOT r.bad AND r.dependant_of IS NULL AND NOT EXISTS "
                    "(SELECT 1 FROM main.staff s WHERE s.employee_no = r.employee_no) "
                    "ORDER BY r.row",
                    {"now": now, **new},
                )
            if changes("staff", 1):
                conn.execute(
                    f"UPDATE main.staff SET ({', '.join(COMPARED)}, updated_at) = "
                    f"(SELECT {', '.join(f'c.{c}' for c in COMPARED)}, :now FROM import_changes c "
                    "WHERE c.employee_no = staff.employee_no) "
                    "WHERE employee_no IN (SELECT employee_no FROM import_changes)",
                    {"now": now},
                )
            status = "r.status" if "status" in self.present else "'active'"
            if adds("dependants", 1):
                conn.execute(
                    "INSERT INTO main.dependants "
                    "(dependant_no, employee_no, name, status, updated_at) "
                    f"SELECT r.employee_no, r.dependant_of, r.name, {status}, :now "
                    "FROM import_rows r WHERE NOT r.bad AND r.dependant_of IS NOT NULL AND "
                    "NOT EXISTS (SELECT 1 FROM main.dependants d "
                    "WHERE d.dependant_no = r.employee_no)",
                    {"now": now},
                )
            if changes("dependants", 1):
                conn.execute(
                    "UPDATE main.dependants SET (employee_no, name, status, updated_at) = "
                    "(SELECT c.employee_no, c.name, c.status, :now FROM import_dependant_changes c "
                    "WHERE c.dependant_no = dependants.dependant_no) WHERE dependant_no IN "
                    "(SELECT dependant_no FROM import_dependant_changes)",
                    {"now": now},
                )
            if adds("badges", 1):
                conn.execute(
                    "UPDATE main.badges SET status = 'revoked', reason = 'replaced (HR import)', "
                    "revoked_at = :now, updated_at = :now WHERE status = 'active' AND "
                    "(holder_type, holder_id) IN "
                    "(SELECT holder_type, holder_id FROM import_badges)",
                    {"now": now},
                )
                conn.execute(
                    "INSERT INTO main.badges "
                    "(code, holder_type, holder_id, status, issued_at, updated_at) "
                    "SELECT code, holder_type, holder_id, 'active', :now, :now "
                    "FROM import_badges ORDER BY code",
                    {"now": now},
                )
            if self.sync:
                self._end_missing(now)

    def _end_missing(self, now: str) -> None:
        params = {"today": self.today.isoformat(), "now": now}
        self.conn.execute(
            "UPDATE main.staff SET end_date = :today, updated_at = :now WHERE employee_no IN "
            "(SELECT number FROM import_ended WHERE holder_type = 'staff')",
            params,
        )
        self.conn.execute(
            "UPDATE main.dependants SET status = 'terminated', updated_at = :now WHERE "
            "dependant_no IN (SELECT number FROM import_ended WHERE holder_type = 'dependant')",
            params,
        )


@contextlib.contextmanager
def _bulk_load(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside the import's transaction: the registry's secondary indexes and name-search
    triggers are set aside while rows pour in, then rebuilt once (sorting beats a million
    single inserts). All of it commits or rolls back with the import."""
    kept = conn.execute(
        "SELECT type, name, sql FROM main.sqlite_master WHERE tbl_name IN ('staff', 'badges') "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL"
    ).fetchall()
    for kind, name, _ in kept:
        conn.execute(f'DROP {kind.upper()} main."{name}"')
    yield
    for kind, _, sql in kept:
        if kind == "index":
            conn.execute(sql)
    fts = conn.execute("SELECT 1 FROM main.sqlite_master WHERE name = 'staff_fts'").fetchone()
    if fts:
        conn.execute("INSERT INTO main.staff_fts (staff_fts) VALUES ('rebuild')")
    for kind, _, sql in kept:
        if kind == "trigger":
            conn.execute(sql)

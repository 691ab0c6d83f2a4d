"""The registry written as a staff file: the import's columns, read back unchanged."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from pathlib import Path

from pos_desktop.core import clock
from pos_desktop.core.files import open_whole
from pos_desktop.core.importing.imports import STAFF_FIELDS
from pos_desktop.core.spreadsheet import neutralise


def export_staff(conn: sqlite3.Connection, destination: Path, today: dt.date | None = None) -> int:
    """Write the registry as a staff CSV (the import's columns), formulas neutralised, whole
    or not at all; someone past their end date has the status "ended", as the till treats
    them (and reads back so)."""
    if today is None:
        from pos_desktop.core.rules import load_rules

        today = clock.now().astimezone(load_rules(conn).settings.tz).date()
    count = 0
    with open_whole(destination) as handle:
        writer = csv.writer(handle)
        writer.writerow(STAFF_FIELDS)
        for row in conn.execute(
            "SELECT s.*, CASE WHEN s.status = 'active' AND s.end_date < ? THEN 'ended' "
            "ELSE s.status END AS shown, (SELECT code FROM badges b WHERE "
            "b.holder_type = 'staff' AND b.holder_id = s.employee_no AND b.status = 'active' "
            "ORDER BY issued_at DESC LIMIT 1) AS badge FROM staff s ORDER BY employee_no",
            (today.isoformat(),),
        ):
            writer.writerow(
                [
                    "" if f == "dependant_of" else neutralise(row["shown" if f == "status" else f])
                    for f in STAFF_FIELDS
                ]
            )
            count += 1
        for row in conn.execute(
            "SELECT d.*, (SELECT code FROM badges b WHERE b.holder_type = 'dependant' "
            "AND b.holder_id = d.dependant_no AND b.status = 'active' "
            "ORDER BY issued_at DESC LIMIT 1) AS badge FROM dependants d "
            "ORDER BY dependant_no"
        ):
            values = {
                "employee_no": row["dependant_no"],
                "name": row["name"],
                "badge": row["badge"],
                "status": row["status"],
                "dependant_of": row["employee_no"],
            }
            writer.writerow([neutralise(values.get(f)) for f in STAFF_FIELDS])
            count += 1
    return count

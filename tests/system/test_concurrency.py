"""Two tills and the admin window on one database file at once: 10,000 operations across three
processes, no "database is busy" reaching anyone, and no update lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.ledger import audit, journal
from pos_desktop.core.signin import AdminGate
from tests import load_driver, till_driver
from tests.conftest import ANNA

ROOT = Path(__file__).resolve().parents[2]
OPERATIONS = {"T1": 4000, "T2": 4000, "admin": 2000}


@pytest.mark.slow
def test_two_tills_and_the_admin_share_one_database(demo_path):
    assert sum(OPERATIONS.values()) == 10_000
    procs = {
        role: subprocess.Popen(
            [sys.executable, "-m", "tests.load_driver", role, str(demo_path), role, str(ops)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for role, ops in OPERATIONS.items()
    }
    results = {}
    for role, proc in procs.items():
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
        results[role] = json.loads(out)
    for role, result in results.items():
        assert result["errors"] == [], f"{role} saw: {result['errors'][:3]}"

    conn = open_database(demo_path)
    rows = {r["id"]: r for r in conn.execute("SELECT * FROM sales")}
    sold = [s for role in ("T1", "T2") for s in results[role]["sales"]]
    refunded = [r for role in ("T1", "T2") for r in results[role]["refunds"]]
    assert len(sold) > 300 and len(refunded) > 100
    # Every sale and refund a till completed is in the journal once, as the till priced it.
    assert {s[0] for s in sold} | set(refunded) == set(rows)
    for sale_id, discount, total in sold:
        assert (rows[sale_id]["discount"], rows[sale_id]["total"]) == (discount, total)
    # Both tills refunded the same sales at once: never more of a line than was sold.
    over = conn.execute(
        "SELECT s.sale_id, s.line_no FROM sale_lines s JOIN (SELECT r.refund_of, l.line_no, "
        "SUM(l.qty) AS qty FROM sales r JOIN sale_lines l ON l.sale_id = r.id "
        "WHERE r.kind = 'refund' GROUP BY r.refund_of, l.line_no) done "
        "ON done.refund_of = s.sale_id AND done.line_no = s.line_no WHERE done.qty > s.qty"
    ).fetchall()
    assert over == []
    # Anna's allowance (shared with her dependant) is what the journal granted, net of
    # refunds, and both tills together never granted more than its limit.
    allowance = Checkout(conn).check(ANNA, at=till_driver.AT).allowance
    assert allowance is not None
    granted = sum(r["allowance_delta"] for r in rows.values() if r["employee_no"] == "E0001")
    assert allowance.used == granted <= allowance.limit
    assert journal.verify(conn) is None and audit.verify_audit(conn) is None

    # The admin's last word on every price and name is what the database holds.
    admin = results["admin"]
    for sku, price in admin["prices"].items():
        assert conn.execute("SELECT price FROM products WHERE sku = ?", (sku,)).fetchone()[0] == (
            price
        )
    for number, name in admin["names"].items():
        assert conn.execute("SELECT name FROM staff WHERE employee_no = ?", (number,)).fetchone()[
            0
        ] == (name)
    changes = conn.execute(
        "SELECT COUNT(*) FROM audit WHERE actor = ?", (load_driver.ADMIN,)
    ).fetchone()[0]
    assert changes == admin["changes"] > 300
    assert AdminGate(conn).lockout_minutes in (15, 30)
    conn.close()

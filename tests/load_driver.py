"""One process of the shared-database load test: `python -m tests.load_driver ROLE DB SEED OPS`.

`cashier`: a till (its own station) doing OPS operations: scans of customers and products,
completed sales, refunds of any till's sales (so two tills refund the same sale at once) and
badge checks. `admin`: the admin window's work: price and staff edits, suspending and
reactivating someone, the lockout setting, and reading the registry and the audit log.

Each process prints one JSON object when done: what it did that succeeded, and every error
a person would have seen (`errors`), such as "database is busy".
"""

from __future__ import annotations

import dataclasses
import json
import random
import sys

from pos_desktop.core import catalogue, staff
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database, storage_errors
from pos_desktop.core.errors import InputError, StorageError
from pos_desktop.core.ledger import audit
from pos_desktop.core.rules import load_rules
from pos_desktop.core.signin import AdminGate
from pos_desktop.core.till import TillSession
from tests.till_driver import AT, CASHIER, CUSTOMERS, PRODUCTS

ADMIN = "load-admin"
PRICED = ("HOME-01", "HOME-02", "BOOK-01")  # the admin reprices these; the tills sell them too
EDITED = ("E0100", "E0101", "E0102")  # the admin renames these people
SUSPENDED = "E0150"  # and suspends and reactivates this one


def cashier(path: str, rng: random.Random, ops: int, station: str) -> dict[str, object]:
    session = TillSession(Checkout(open_database(path)), now=AT)
    session.station = station
    session.scan(CASHIER)
    sales: list[list[object]] = []
    refunds: list[str] = []
    errors: list[str] = []
    for _ in range(ops):
        roll = rng.random()
        try:
            if roll < 0.1 and session.lines:
                sale = session.complete()
                sales.append([sale.sale_id, sale.quote.discount, sale.quote.total])
            elif roll < 0.15:
                refunds.append(refund_any(session, rng))
            elif roll < 0.2:
                session.checkout.check(rng.choice(CUSTOMERS[:5]) or CASHIER, at=AT)
            elif roll < 0.3:
                session.scan(rng.choice(CUSTOMERS) or "")
                if session.customer is None:
                    session.set_customer(None)
            else:
                session.scan(rng.choice(PRODUCTS + PRICED))
        except StorageError as exc:
            errors.append(str(exc))
        except InputError:
            pass  # a sale already fully refunded, say: an answer, not a failure
        if session.draft_problem:
            errors.append(session.draft_problem)
    return {"sales": sales, "refunds": refunds, "errors": errors}


def refund_any(session: TillSession, rng: random.Random) -> str:
    row = session.checkout.conn.execute(
        "SELECT id FROM sales WHERE kind = 'sale' ORDER BY random() LIMIT 1"
    ).fetchone()
    if row is None:
        raise InputError("nothing sold yet")
    _, lines = session.refundable(row[0])
    line = rng.choice(lines)
    refund = session.refund(row[0], [(line.line_no, 1)])
    return refund.refund_id


def admin(path: str, rng: random.Random, ops: int) -> dict[str, object]:
    conn = open_database(path)
    prices: dict[str, int] = {}
    names: dict[str, str] = {}
    changes = 0
    errors: list[str] = []
    for n in range(ops):
        roll = rng.random()
        try:
            with storage_errors(path):
                rules = load_rules(conn)
                if roll < 0.3:
                    sku = rng.choice(PRICED)
                    product = catalogue.details(conn, sku)
                    assert product is not None
                    price = 1000 + n
                    changed = dataclasses.replace(product, price=price)
                    catalogue.save(conn, changed, new=False, actor=ADMIN, till="-")
                    prices[sku] = price
                    changes += 1
                elif roll < 0.55:
                    number = rng.choice(EDITED)
                    person = staff.details(conn, number)
                    assert person is not None
                    name = f"Load Test {n}"
                    staff.save(
                        conn,
                        rules,
                        dataclasses.replace(person, name=name),
                        new=False,
                        actor=ADMIN,
                    )
                    names[number] = name
                    changes += 1
                elif roll < 0.65:
                    person = staff.details(conn, SUSPENDED)
                    assert person is not None
                    status = "active" if person.status == "suspended" else "suspended"
                    staff.set_status(conn, rules, SUSPENDED, status, actor=ADMIN)
                    changes += 1
                elif roll < 0.7:
                    before = AdminGate(conn).lockout_minutes
                    AdminGate(conn).set_lockout_minutes(30 if before != 30 else 15, actor=ADMIN)
                    changes += 1
                elif roll < 0.85:
                    staff.page(conn, staff.StaffFilter(text=rng.choice(("anna", "kow", "E01"))))
                else:
                    audit.entries(conn, audit.AuditFilter())
        except StorageError as exc:
            errors.append(str(exc))
    return {"prices": prices, "names": names, "changes": changes, "errors": errors}


def main(role: str, path: str, seed: str, ops: str) -> int:
    rng = random.Random(seed)
    if role == "admin":
        result = admin(path, rng, int(ops))
    else:
        result = cashier(path, rng, int(ops), f"{role}@load-test")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))

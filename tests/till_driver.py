"""A till without a window, for the tests that kill it: `python -m tests.till_driver MODE DB SEED`.

`sell`: what the cashier window's core does all day. It takes back a basket saved before a
restart and completes it, then rings up random baskets for random customers (badge scans,
product scans, sometimes a quantity change, an open amount or a removed line) and completes
each. Before completing a sale it prints `paying LINES`; after, `done SALE_ID DISCOUNT TOTAL
LINES HOW` (each line flushed before anything else happens). It never stops by itself.

`basket`: signs in, scans a customer and three products, prints `ready`, then waits to be
killed with the basket unsold.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time

from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.errors import PosError
from pos_desktop.core.till import TillSession

AT = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)
CASHIER = "2000000000022"  # Piotr Nowak
CUSTOMERS = (
    "2000000000015",  # Anna Kowalska: 20%, capped per sale, 1000.00 a year
    "2900000000018",  # Jan, Anna's dependant: on her allowance
    "2000000000046",  # Ioana, a group company employee
    "2800000000011",  # Marketing: at cost
    "2500000000010",  # an external badge
    None,  # a walk-in
)
PRODUCTS = ("SHIRT-01", "COAT-01", "WINE-01", "ELEC-03", "GROC-02", "TOBA-01")
BASKET = ("2000000000015", "SHIRT-01", "COAT-01", "WINE-01")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def sell(session: TillSession, rng: random.Random) -> None:
    if session.lines or session.customer is not None:
        if not session.lines:
            session.scan(rng.choice(PRODUCTS))
        finish(session, "restored")
    while True:
        customer = rng.choice(CUSTOMERS)
        if customer is not None:
            session.scan(customer)
        for _ in range(rng.randint(1, 5)):
            session.scan(rng.choice(PRODUCTS))
        if rng.random() < 0.2:
            session.set_quantity(0, rng.randint(2, 4))
        if rng.random() < 0.2:
            session.add_open_amount("GROC", rng.randint(100, 5000))
        if rng.random() < 0.1 and len(session.lines) > 1:
            session.remove(len(session.lines) - 1)
        finish(session, "new")


def finish(session: TillSession, how: str) -> None:
    count = len(session.lines)
    say(f"paying {count}")
    sale = session.complete()
    say(f"done {sale.sale_id} {sale.quote.discount} {sale.quote.total} {count} {how}")


def basket(session: TillSession) -> None:
    for code in BASKET:
        session.scan(code)
    say("ready")
    time.sleep(3600)


def main(mode: str, path: str, seed: str) -> int:
    try:
        session = TillSession(Checkout(open_database(path)), now=AT)
        session.restore_draft()
        session.scan(CASHIER)
        if session.cashier is None:
            raise PosError("the cashier could not sign in")
        if mode == "sell":
            sell(session, random.Random(seed))
        else:
            basket(session)
    except PosError as exc:
        say(f"error {exc}")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

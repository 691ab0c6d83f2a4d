"""Many tills, one server: how long 50 tills x 1,000 sales take to converge through sync.

Run it from the repository root with the project's virtualenv (it needs PostgreSQL's server
binaries, as the chain's tests do; they are found where Debian installs them):

    .venv/bin/python benchmarks/sync.py                       # 50 tills x 1,000 sales
    .venv/bin/python benchmarks/sync.py --tills 10 --sales 200

What it does
------------
1. Starts a throwaway PostgreSQL on a free 127.0.0.1 port (tests/pg_cluster.py), this time
   durable (fsync on, as a real server runs), creates the central schema and publishes the
   demo store's registry and rules to it (``server init`` and ``server publish``).
2. Joins N tills (``sync.join``, as ``init --till ID --server URL`` does) and records M sales
   at each, to random demo employees, through ``Checkout.sell`` (the till's own journal, hash
   chain and allowance; built with ``synchronous=OFF`` to save time, measured nothing there).
3. Measures, from the moment every till starts syncing until every till has heard of every
   other till's staff sales: round 1, all tills ``sync`` at once (8 at a time, each on its own
   connections, as separate till machines would), pushing their journals and pulling what is
   there; round 2, all tills ``sync`` again and pull the rest. Convergence is checked, not
   assumed: each till must hold every other till's staff records.
4. Baseline, in the same run: the same number of sale rows and lines inserted into plain
   tables of the same server from one connection in one transaction (no chain, no idempotence
   check, no lock): the least any push of that journal can cost.

5. Checkout latency: ``--checks`` staff badge checks on one joined till, alternately asking the
   server for the other tills' use of the allowance (the online confirmation) and counting only
   what the till holds (the baseline); p50 and p99 of each, and the p99 ratio.

It prints the times and the ratios, the machine's load average (the run shares its cores with
whatever else is running), and verifies every till's chain on the server
(``journal verify --server``). Nothing here is an assertion; it exits 0 whatever the numbers.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import harness  # noqa: E402  benchmarks/harness.py (this script's folder): what all share

from pos_desktop.core import demo  # noqa: E402
from pos_desktop.core.central import server, server_journal, server_registry, sync  # noqa: E402
from pos_desktop.core.checkout import Checkout  # noqa: E402
from pos_desktop.core.db.storage import open_database  # noqa: E402
from tests.pg_cluster import Cluster, why_not  # noqa: E402


def build_tills(folder: Path, url: str, tills: int, sales: int) -> list[Path]:
    head = open_database(folder / "head.sqlite", create=True)
    demo.build(head)
    remote = server.connect(url)
    try:
        server.init_schema(remote)
        server_registry.publish_registry(remote, head)
    finally:
        remote.close()
    badges = [
        r[0]
        for r in head.execute(
            "SELECT b.code FROM badges b JOIN staff s ON s.employee_no = b.holder_id "
            "WHERE b.holder_type = 'staff' AND b.status = 'active' AND s.status = 'active'"
        )
    ]
    skus = [r[0] for r in head.execute("SELECT sku FROM products WHERE price > 0 LIMIT 40")]
    head.close()
    rng = random.Random(5)
    paths = []
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    for n in range(1, tills + 1):
        path = folder / f"T{n:02d}.sqlite"
        sync.join(path, url, f"T{n:02d}")
        till = Checkout(open_database(path))
        till.conn.execute("PRAGMA synchronous=OFF")
        for i in range(sales):
            line = till.product_line(rng.choice(skus))
            at = start + dt.timedelta(seconds=i)
            till.sell(rng.choice(badges), [line], at=at)
        till.conn.execute("PRAGMA synchronous=FULL")
        till.conn.close()
        paths.append(path)
        print(f"\r  till {n}/{tills} ready", end="", flush=True)
    print()
    return paths


def sync_all(paths: list[Path], url: str) -> float:
    def one(path: Path) -> None:
        conn = open_database(path)
        try:
            sync.sync(conn, url)
        finally:
            conn.close()

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(one, paths))
    return time.perf_counter() - started


def converged(paths: list[Path]) -> bool:
    staff_records = {}
    for path in paths:
        conn = open_database(path)
        staff_records[path] = conn.execute(
            "SELECT count(*) FROM sales WHERE employee_no IS NOT NULL AND allowance_delta != 0"
        ).fetchone()[0]
        conn.close()
    total = sum(staff_records.values())
    for path in paths:
        conn = open_database(path)
        heard = conn.execute("SELECT count(*) FROM remote_sales").fetchone()[0]
        conn.close()
        if heard != total - staff_records[path]:
            return False
    return True


def baseline(url: str, paths: list[Path]) -> float:
    import psycopg

    rows, lines = [], []
    for path in paths:
        conn = open_database(path)
        rows += [tuple(r) for r in conn.execute("SELECT id, till, at, hash, total FROM sales")]
        lines += [
            tuple(r) for r in conn.execute("SELECT sale_id, line_no, sku, total FROM sale_lines")
        ]
        conn.close()
    with psycopg.connect(url, autocommit=True) as pg:
        pg.execute(
            "CREATE TABLE plain_sales (id text, till text, at text, hash text, total bigint)"
        )
        pg.execute("CREATE TABLE plain_lines (sale_id text, line_no int, sku text, total bigint)")
        started = time.perf_counter()
        with pg.transaction(), pg.cursor() as cur:
            cur.executemany("INSERT INTO plain_sales VALUES (%s, %s, %s, %s, %s)", rows)
            cur.executemany("INSERT INTO plain_lines VALUES (%s, %s, %s, %s)", lines)
        return time.perf_counter() - started


def check_latency(path: Path, samples: int) -> tuple[list[float], list[float]]:
    """Milliseconds per staff badge check on a joined till: asking the server (online), and
    the same checks counting only what the till holds (the baseline), interleaved."""
    till = Checkout(open_database(path))
    asking = till.other_tills
    badges = [
        r[0]
        for r in till.conn.execute(
            "SELECT code FROM badges WHERE holder_type = 'staff' AND status = 'active'"
        )
    ]
    rng = random.Random(9)
    online, local = [], []
    for i in range(samples):
        badge = rng.choice(badges)
        till.other_tills = asking if i % 2 == 0 else None
        started = time.perf_counter()
        till.check(badge)
        (online if i % 2 == 0 else local).append((time.perf_counter() - started) * 1000)
    till.conn.close()
    return online, local


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tills", type=int, default=50)
    parser.add_argument("--sales", type=int, default=1000)
    parser.add_argument("--checks", type=int, default=2000, help="badge checks to time")
    args = parser.parse_args(argv)
    print(harness.machine("sync"))
    missing = why_not()
    if missing:
        print(f"PostgreSQL cannot be started here: {missing}")
        return 0
    cluster = Cluster()
    try:
        cluster.start(durable=True)
        url = cluster.create_database("bench")
        with tempfile.TemporaryDirectory(prefix="pos-sync-bench-") as folder:
            print(f"Building {args.tills} tills x {args.sales} sales ...", flush=True)
            paths = build_tills(Path(folder), url, args.tills, args.sales)
            first = sync_all(paths, url)
            second = sync_all(paths, url)
            ok = converged(paths)
            remote = server.connect(url)
            chains = server_journal.verify_tills(remote)
            remote.close()
            base = baseline(url, paths)
            online, local = check_latency(paths[0], args.checks)
        total = args.tills * args.sales
        converge = first + second
        print(f"\n{args.tills} tills x {args.sales:,} sales = {total:,} records")
        print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
        harness.print_table(
            ("", "seconds", "ratio"),
            [
                ("plain insert, one connection", f"{base:.2f}", ""),
                ("round 1: every till syncs", f"{first:.2f}", ""),
                ("round 2: every till syncs again", f"{second:.2f}", ""),
                ("time to converge", f"{converge:.2f}", f"{converge / base:.1f}x"),
            ],
        )
        print()

        def p50(values: list[float]) -> float:
            return harness.percentile(values, 0.5)

        def p99(values: list[float]) -> float:
            return harness.percentile(values, 0.99)

        harness.print_table(
            ("badge check", "p50 ms", "p99 ms", "p99 ratio"),
            [
                ("asking the server (online)", f"{p50(online):.2f}", f"{p99(online):.2f}", ""),
                ("till only", f"{p50(local):.2f}", f"{p99(local):.2f}", ""),
                ("online / till only", "", "", f"{p99(online) / p99(local):.1f}x"),
            ],
        )
        print(
            f"\nconverged: {'yes' if ok else 'NO'}; chains on the server: "
            f"{sum(c.broken is None for c in chains)} of {len(chains)} verify"
        )
    finally:
        cluster.remove()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

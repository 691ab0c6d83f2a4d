"""How fast a million-row HR export goes in, against SQLite's own CSV import in the same run.

Run it from the repository root with the project's virtualenv:

    .venv/bin/python benchmarks/imports.py                  # 1,000,000 rows; a few minutes
    .venv/bin/python benchmarks/imports.py --rows 100000    # a quicker look

What it does
------------
1. Makes an empty store (``pos-desktop init`` and the demo store's configuration) and writes an
   HR export of N people as UTF-8 CSV: employee number, a Polish name, an EAN-13 badge, company,
   department, employment type, status, start and end date. A second file lists the same
   people with 1% of them changed (a new name or department).
2. Measures, each as its own process timed from spawn to exit, with its peak memory (the
   process's maximum resident set, from ``wait4``):

   ``.import``       the baseline: the ``sqlite3`` command-line shell's ``.import --csv`` of the
                     same file into a plain table of a new database, in one transaction. It
                     checks nothing and keeps no index: the least any CSV import can do.
   ``first import``  ``pos-desktop staff import FILE`` into the empty registry: every row checked
                     (badge format and check digit, dates, companies), duplicates in the file
                     and against the registry, then the staff, their badges, the registry's
                     indexes and its name search written in one durable transaction with one
                     audit entry. Target: at most 3x the baseline.
   ``sync, 1% changed``  ``pos-desktop staff import --sync FILE2`` against that million-person
                     registry. Target: at most 2x the baseline.

Nothing here is an assertion: it prints a table and exits 0 whatever the numbers are. The
baseline runs between the two so that background load on the machine hits both sides.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import harness  # benchmarks/harness.py (this script's folder): what every benchmark shares

from pos_desktop.core.importing.staff_fields import FILE_FIELDS

ROOT = Path(__file__).resolve().parent.parent
FIRST = ("Anna", "Łucja", "Piotr", "Zbigniew", "Ioana", "Ștefan", "Maria", "Jan", "Radu", "Ewa")
# An HR export: the staff file's columns but the till roles and dependants, which the store keeps.
HR_COLUMNS = [c for c in FILE_FIELDS if c not in ("role", "dependant_of")]
LAST = ("Nowak", "Wiśniewska", "Żółć", "Kowalski", "Popescu", "Țărănescu", "Dąbrowski", "Ionescu")


def ean13(body: str) -> str:
    total = sum(int(d) for d in body[0::2]) + 3 * sum(int(d) for d in body[1::2])
    return body + str((10 - total % 10) % 10)


def write_export(path: Path, rows: int, changed: float, seed: int) -> None:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(HR_COLUMNS)
        for i in range(rows):
            name = f"{FIRST[i % len(FIRST)]} {LAST[(i // 7) % len(LAST)]} {i}"
            department = ("MKT", "IT", "OPS", "")[i % 4]
            if changed and rng.random() < changed:
                name, department = "Changed " + name, "IT"
            values = {
                "employee_no": f"E{i:07d}",
                "name": name,
                "badge": ean13(f"27{i:010d}"),
                "company": ("ACME", "ACFOOD", "ACLOG")[i % 3],
                "department": department,
                "employment_type": ("full_time", "part_time")[i % 2],
                "status": "active",
                "start_date": f"{2000 + i % 25}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "end_date": "",
            }
            out.writerow([values[c] for c in HR_COLUMNS])


def timed(cmd: list[str]) -> tuple[float, int, str, float]:
    """Wall seconds, peak resident memory in MiB, the last line the command printed, and the
    CPU seconds it used (user and system: on a busy machine, steadier than the wall time)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{output}")
    lines = output.strip().splitlines()
    cpu = usage.ru_utime + usage.ru_stime
    return elapsed, usage.ru_maxrss // 1024, lines[-1] if lines else "", cpu


def app(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "pos_desktop", "--db", str(db), *args]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="a folder to keep the files in")
    args = parser.parse_args(argv)
    sqlite3_shell = shutil.which("sqlite3")
    if sqlite3_shell is None:
        print("The sqlite3 command-line shell is not installed: there is no baseline to run.")
        return 0
    print(harness.machine("imports"))
    folder = args.keep or Path(tempfile.mkdtemp(prefix="pos-import-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        return run(folder, args.rows, sqlite3_shell)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


def run(folder: Path, rows: int, shell: str) -> int:
    first, second = folder / "hr.csv", folder / "hr-1pct.csv"
    print(f"Writing {rows:,} rows twice (the second with 1% changed) to {folder} ...", flush=True)
    write_export(first, rows, 0.0, seed=1)
    write_export(second, rows, 0.01, seed=2)
    demo, db = folder / "demo.sqlite", folder / "store.sqlite"
    for path in (demo, db):
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    subprocess.run(app(demo, "init", "--demo", "--force"), check=True, capture_output=True)
    config = folder / "store.toml"
    subprocess.run(app(demo, "config", "export", str(config)), check=True, capture_output=True)
    subprocess.run(app(db, "init"), check=True, capture_output=True)
    subprocess.run(app(db, "config", "import", str(config)), check=True, capture_output=True)

    def baseline() -> tuple[float, int, str, float]:
        plain = folder / "plain.sqlite"
        plain.unlink(missing_ok=True)
        result = timed([shell, str(plain), f".import --csv {first} staff"])
        plain.unlink()
        return result

    print("Measuring ...", flush=True)
    results = [("first import", timed(app(db, "staff", "import", str(first))), 3.0)]
    base = baseline()
    results.append(
        ("sync, 1% changed", timed(app(db, "staff", "import", "--sync", str(second))), 2.0)
    )
    base_again = baseline()
    base_time = (base[0] + base_again[0]) / 2
    base_cpu = (base[3] + base_again[3]) / 2
    size = first.stat().st_size / 2**20
    print(f"\n{rows:,} rows, {size:.0f} MiB of CSV; baseline is the sqlite3 shell's .import\n")
    header = ("", "seconds", "peak MiB", "ratio", "target", "met?", "cpu s", "cpu ratio")
    peak = max(base[1], base_again[1])
    lines = [
        (".import (baseline)", f"{base_time:.2f}", f"{peak}", "", "", "", f"{base_cpu:.2f}", "")
    ]
    for label, (seconds, memory, _, cpu), target in results:
        verdict = harness.ratio_cells(seconds / base_time, target, f"<= {target:g}x")
        lines.append(
            (label, f"{seconds:.2f}", f"{memory}", *verdict, f"{cpu:.2f}", f"{cpu / base_cpu:.2f}x")
        )
    harness.print_table(header, lines)
    print()
    for label, (_, _, last, _), _ in results:
        print(f"{label}: {last}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

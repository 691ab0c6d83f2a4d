"""What every benchmark here shares: timings and their percentiles, how a time or a size is
written, the ratio against a baseline and whether it meets its target, the table they print,
the line naming the machine and the code measured, and the options and steps that build a
store to measure or reuse one kept from before.

A benchmark imports it as ``import harness`` (the scripts run from this folder, which Python
puts first on the path)."""

from __future__ import annotations

import argparse
import math
import os
import platform
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

NS_PER_US = 1_000
NS_PER_MS = 1_000_000
ROOT = Path(__file__).resolve().parent.parent


# Timings


@dataclass(frozen=True)
class Timing:
    """Sorted nanosecond samples of one operation."""

    samples: list[int]

    def pct(self, q: float) -> float:
        """The q-th percentile, nearest rank."""
        rank = max(1, math.ceil(q / 100 * len(self.samples)))
        return float(self.samples[rank - 1])

    @property
    def p50(self) -> float:
        return self.pct(50)

    @property
    def p99(self) -> float:
        return self.pct(99)


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` (0 to 1) of the values lie, by rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


# Writing them


def ms(ns: float, places: int = 1) -> str:
    return f"{ns / NS_PER_MS:,.{places}f} ms"


def us(ns: float) -> str:
    return f"{ns / NS_PER_US:,.1f} us"


def mib(kib: float) -> str:
    return f"{kib / 1024:,.0f} MiB"


def ratio_cells(value: float, target: float | None, shown_target: str) -> tuple[str, str, str]:
    """A ratio against its baseline, its target as shown and whether it is met: the last
    three columns of a benchmark's table."""
    ratio = f"{value:.2f}x"
    if target is None:
        return ratio, "", ""
    return ratio, shown_target, "yes" if value <= target else "NO"


def print_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """The first column left, the rest right, a rule under the header."""
    lines = [tuple(header), *(tuple(row) for row in rows)]
    widths = [max(len(line[c]) for line in lines) for c in range(len(header))]
    for n, line in enumerate(lines):
        cells = [line[0].ljust(widths[0])] + [
            v.rjust(w) for v, w in zip(line[1:], widths[1:], strict=True)
        ]
        print(" | ".join(cells).rstrip())
        if n == 0:
            print("-+-".join("-" * w for w in widths))


# What was measured, where


def qt_versions() -> str:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    return f"PySide6 {pyside}, Qt {qVersion()}"


def code_version() -> str:
    """The git commit of the code being measured, when it is a git checkout."""
    try:
        found = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except OSError:
        return "unknown"
    return found.stdout.strip() or "unknown"


def machine(name: str, *, qt: bool = False) -> str:
    """'pos-desktop NAME benchmark: Python …, SQLite …, CPUs, platform, code …' (with Qt's
    versions and the offscreen platform for a benchmark of a window)."""
    versions = f"{qt_versions()}, " if qt else ""
    offscreen = ", QT_QPA_PLATFORM=offscreen" if qt else ""
    return (
        f"pos-desktop {name} benchmark: Python {platform.python_version()}, {versions}"
        f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, {platform.platform()}, "
        f"code {code_version()}{offscreen}"
    )


# A store to measure


def store_options(parser: argparse.ArgumentParser, *, seed: int = 20261123) -> None:
    """--seed, --keep or --reuse, and --dir."""
    parser.add_argument("--seed", type=int, default=seed)
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--keep", type=Path, metavar="PATH", help="build at PATH and keep it")
    where.add_argument(
        "--reuse",
        type=Path,
        metavar="PATH",
        help="measure the database at PATH, building it there first if it does not exist",
    )
    parser.add_argument("--dir", type=Path, help="where to make the temporary directory")


def check_options(
    parser: argparse.ArgumentParser,
    args: argparse.Namespace,
    *,
    at_least_one: Sequence[str] = (),
    not_negative: Sequence[str] = (),
    absolute: bool = False,
) -> None:
    """Refuse counts out of range and a --keep path that exists, as the parser refuses
    options; with `absolute`, make the paths absolute (start-ups run from the repository)."""
    for name in at_least_one:
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1")
    for name in not_negative:
        if getattr(args, name) < 0:
            parser.error(f"--{name.replace('_', '-')} must not be negative")
    if args.keep is not None and args.keep.exists():
        parser.error(f"{args.keep} exists; measure it with --reuse or delete it first")
    if absolute:
        for name in ("keep", "reuse", "dir"):
            if getattr(args, name) is not None:
                setattr(args, name, getattr(args, name).resolve())


def ready_store(
    args: argparse.Namespace,
    folder: str,
    *,
    building: str,
    ignored: str,
    build: Callable[[Path], float],
    remove: Callable[[Path], None],
) -> Path:
    """The database to measure: --reuse's when it exists, else built (at --keep's path or
    in `folder`) by `build`, which returns its seconds; a build cut short is removed."""
    path: Path = args.keep or args.reuse or Path(folder) / "bench.sqlite"
    if args.reuse is not None and args.reuse.exists():
        print(f"reusing {path} ({ignored} ignored)")
        return path
    print(f"building {path}: {building}")
    try:
        took = build(path)
    except BaseException:
        remove(path)
        raise
    print(f"build took {took:.1f} s")
    return path


def count(path: Path, query: str) -> tuple[int, ...] | None:
    """The counts `query` reads from the database, or None (said on stderr) when it cannot
    be read."""
    try:
        probe = sqlite3.connect(str(path))
        try:
            return tuple(probe.execute(query).fetchone())
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        print(f"cannot read {path}: {exc}", file=sys.stderr)
        return None

"""Shared fixtures: a small store built from a config, the demo store, and a CLI runner; and
the suite's own rules: each test file lives in one of three rooms, which gives its marker, and
the translations are compiled before any test runs."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pos_desktop.cli import main as cli
from pos_desktop.core import config, config_parse, demo
from pos_desktop.core.badge import ean13_check_digit
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database

# As `dev.py test` runs them: the windows drawn offscreen, with or without a screen here.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TESTS = Path(__file__).resolve().parent
TRANSLATIONS = TESTS.parent / "resources" / "translations"
# Each test file sits in one room, which is also its marker: `pytest -m "not system"` is the
# inner loop, `pytest` (as dev.py test and CI run it) everything.
ROOMS = {
    "core": "the core and the command line in-process: no window, no process of their own",
    "ui": "widgets and windows on the offscreen platform (pytest-qt)",
    "system": "real processes, kills, PostgreSQL, virtual screens, scaling and the bundle",
}


@pytest.hookimpl(tryfirst=True)  # before -m deselects by marker
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark each test with its room; a test file outside the rooms stops the run."""
    homeless = set()
    for item in items:
        try:
            room = item.path.resolve().relative_to(TESTS).parts[0]
        except ValueError:
            continue
        if room in ROOMS:
            item.add_marker(room)
        else:
            homeless.add(f"tests/{room}")
    if homeless:
        rooms = "; ".join(f"tests/{name}: {what}" for name, what in ROOMS.items())
        raise pytest.UsageError(
            f"{', '.join(sorted(homeless))} must move into one of the test rooms ({rooms})."
        )


def pytest_sessionstart(session: pytest.Session) -> None:
    """Many tests read the Polish and Romanian words from the compiled .qm files, which are
    built, not committed: compile the stale ones now, or stop with one sentence saying how."""
    if "PYTEST_XDIST_WORKER" not in os.environ:  # with -n, the main process compiled them
        problem = compile_translations(TRANSLATIONS)
        if problem is not None:
            raise pytest.UsageError(problem)
    quick_pin_hashes()


def quick_pin_hashes() -> None:
    """PINs and passwords hashed in this process use argon2id at its least cost.

    The app's own cost (64 MiB, 3 passes) is what makes a stolen database slow to guess from,
    and it costs 60-100 ms a hash here, several seconds under load for each lockout story that
    tries six PINs. The tests exercise the same hashing and checking code; only the cost
    parameters differ, and argon2 reads them back from each hash, so a hash made here checks
    quickly in a child process too. tests/system/test_pin_cost.py holds the app to its cost
    in a process of its own."""
    from argon2 import PasswordHasher

    from pos_desktop.core import registry

    quick = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    registry._hasher = lambda: quick  # type: ignore[assignment]


def compile_translations(folder: Path, tool: str | None = None) -> str | None:
    """Compile each .ts in `folder` whose .qm is missing or older, with Qt's lrelease (the
    one beside this Python unless `tool` is given); None when all are compiled, else why not."""
    stale = [
        ts
        for ts in sorted(folder.glob("*.ts"))
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if not stale:
        return None
    lrelease = tool or shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    how = "run the tests once with `python3.11 dev.py test`, which compiles them"
    if lrelease is None:
        return (
            f"The translations are not compiled ({stale[0].with_suffix('.qm').name} is missing"
            f" or older than its .ts) and pyside6-lrelease is not beside {sys.executable}: {how}."
        )
    for ts in stale:
        try:
            done = subprocess.run(
                [lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                capture_output=True,
                text=True,
            )
        except OSError as exc:
            done = subprocess.CompletedProcess([lrelease], 1, "", str(exc))
        if done.returncode != 0:
            said = (done.stderr or done.stdout).strip().splitlines()
            return (
                f"The translations are not compiled: {lrelease} failed on {ts.name}"
                f" ({said[-1] if said else f'exit {done.returncode}'}); {how}."
            )
    return None


# The demo store's dates are relative to the day it is built; tests build it for this day.
DEMO_DAY = dt.date(2026, 6, 15)
DEMO_AT = "2026-06-15T12:00:00"

ANNA = demo.badge_for("0", 1)  # employee, Staff policy
PIOTR = demo.badge_for("0", 2)  # cashier
MARIA = demo.badge_for("0", 3)  # supervisor, PIN 1234
IOANA = demo.badge_for("0", 4)  # group company employee
TOMASZ = demo.badge_for("0", 5)  # on probation
JOHN = demo.badge_for("0", 6)  # suspended
ELENA = demo.badge_for("0", 7)  # terminated
KATARZYNA = demo.badge_for("0", 8)  # end date passed
MARK = demo.badge_for("0", 9)  # contractor: no policy
ANDREI = demo.badge_for("0", 10)  # seasonal: cost_plus
RADU = demo.badge_for("0", 12)  # admin, PIN 4321
ANNA_LOST = demo.badge_for("0", 901)  # revoked
JAN = demo.badge_for("9", 1)  # Anna's dependant
MARKETING = demo.badge_for("8", 1)  # department
STRANGER = demo.badge_for("5", 1)  # valid format, not in the registry
# `sell` and `refund` name the cashier who rings them up (--cashier is required).
CASHIER = ("--cashier", PIOTR)


def badge(n: int) -> str:
    body = f"21{n:010d}"
    return body + str(ean13_check_digit(body))


# The worked example of DESIGN.md, plus the pieces the rule tests need.
EXAMPLE_CONFIG: dict[str, Any] = {
    "store": {"name": "Test Store", "till": "T9", "currency": "EUR", "timezone": "Europe/Warsaw"},
    "badge": {"pattern": "^2[0-9]{12}$", "check_digit": "ean13"},
    "company": [
        {"code": "OWN", "name": "Own Co", "relation": "own"},
        {"code": "SIS", "name": "Sister Co", "relation": "group"},
    ],
    "department": [
        {"code": "MKT", "name": "Marketing", "cost_centre": "CC-1", "badge": badge(900)}
    ],
    "category": [
        {"code": "CLOTH", "name": "Clothing", "employee_discount": True},
        {"code": "ELEC", "name": "Electronics", "employee_discount": True},
        {"code": "ALCO", "name": "Alcohol", "employee_discount": False},
    ],
    "policy": [
        {
            "name": "Staff",
            "applies_to": {"relation": "own", "employment": ["full_time"]},
            "method": "percent",
            "percent": 20,
            "floor_margin_percent": 5,
            "max_discount_per_sale": "50.00",
            "allowance": {"amount": "1000.00", "period": "year"},
            "probation_days": 90,
            "dependants": True,
            "category_percent": {"ELEC": 10},
        }
    ],
}

PRODUCTS = [
    ("SHIRT", "CLOTH", 4000, 3000),
    ("WINE", "ALCO", 2000, 1200),
    ("COAT", "CLOTH", 20000, 10000),
    ("TV", "ELEC", 50000, 40000),
    ("SOCKS", "CLOTH", 500, 100),
]


@dataclass
class StoreFactory:
    tmp_path: Path

    def __call__(
        self,
        policy: dict[str, Any] | None = None,
        *,
        staff: list[dict[str, Any]] | None = None,
        extra_config: dict[str, Any] | None = None,
    ) -> Checkout:
        """A store with the example config (its one policy replaced by `policy` if given)."""
        cfg = copy.deepcopy(EXAMPLE_CONFIG)
        if policy is not None:
            cfg["policy"] = [policy]
        cfg.update(extra_config or {})
        path = self.tmp_path / f"store{len(list(self.tmp_path.glob('store*.sqlite')))}.sqlite"
        db = open_database(path, create=True)
        config.apply(db, config_parse.config_from_dict(cfg))
        now = "2026-01-01T00:00:00.000000Z"
        for sku, category, price, cost in PRODUCTS:
            db.execute(
                "INSERT INTO products (sku, barcode, name, category, price, cost, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (sku, None, sku.title(), category, price, cost, now),
            )
        people = staff if staff is not None else [{"employee_no": "E1", "badge": badge(1)}]
        for person in people:
            row = {
                "name": "Eva Example",
                "company": "OWN",
                "department": None,
                "employment_type": "full_time",
                "status": "active",
                "start_date": "2020-01-01",
                "end_date": None,
                "role": "none",
                "updated_at": now,
                **{k: v for k, v in person.items() if k != "badge"},
            }
            db.execute(
                f"INSERT INTO staff ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            if person.get("badge"):
                db.execute(
                    "INSERT INTO badges (code, holder_type, holder_id, status, issued_at, "
                    "updated_at) VALUES (?, 'staff', ?, 'active', ?, ?)",
                    (person["badge"], row["employee_no"], now, now),
                )
        db.commit()
        return Checkout(db)


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch):
    """Every test starts in English whatever the machine's language, and leaves it so."""
    from pos_desktop import i18n

    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    i18n.use("en")
    yield
    i18n.use("en")


@pytest.fixture
def make_store(tmp_path: Path) -> StoreFactory:
    return StoreFactory(tmp_path)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path, create=True)
    demo.build(db, today=DEMO_DAY)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo store, built for DEMO_DAY."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def demo_store(demo_path: Path) -> Checkout:
    checkout = Checkout(open_database(demo_path))
    yield checkout
    checkout.conn.close()


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, demo_path: Path):
    """Run the command line in-process on the demo store copy; returns code, stdout, stderr."""

    def runner(*args: str, db: Path | None = None, stdin: str | None = None) -> Result:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = cli.main(["--db", str(db or demo_path), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return runner


def table_counts(path: Path) -> dict[str, int]:
    """Row counts of every table: the fingerprint 'nothing was written' is checked against."""
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def content_digest(path: Path) -> str:
    """A digest of every row of every table (not of the file bytes, which WAL may touch)."""
    conn = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        names = sorted(
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        )
        for name in names:
            for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY 1'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        conn.close()


@pytest.fixture(scope="session")
def postgres_cluster():
    """A PostgreSQL cluster on loopback for the whole session (see tests/pg_cluster.py)."""
    from tests import pg_cluster

    reason = pg_cluster.why_not()
    if reason is not None:
        if os.environ.get("POS_DESKTOP_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required here but cannot run: {reason}")
        pytest.skip(reason)
    cluster = pg_cluster.Cluster()
    cluster.start()
    yield cluster
    cluster.remove()


@pytest.fixture
def central(postgres_cluster, request) -> str:
    """The URL of a fresh, empty database on the session's PostgreSQL cluster."""
    name = "t_" + hashlib.sha256(request.node.nodeid.encode()).hexdigest()[:16]
    return postgres_cluster.create_database(name)


@pytest.fixture(scope="session")
def qapp():
    """The application as the app makes it (Fusion, its 11-point base font), so a screen
    rendered in a test is the one a person sees and a cut text is caught here."""
    from pos_desktop.ui.common.style import application

    return application()

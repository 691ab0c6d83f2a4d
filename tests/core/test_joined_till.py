"""A till that joined a chain takes its registry and rules from the server: every change to
them is refused at the start of its own operation (before a file is read or a row written),
while what is this machine's own (its sign-in, its sales) still works. No server is needed:
joining is a row in sync_state."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pos_desktop.core import catalogue, config, config_parse, dependants, staff
from pos_desktop.core.db.storage import open_database, write_transaction
from pos_desktop.core.errors import InputError
from pos_desktop.core.importing import products, staff_export, staff_import
from pos_desktop.core.importing.imports import FileOptions, Progress
from pos_desktop.core.registry import StaffRegistry
from pos_desktop.core.rules import load_rules
from pos_desktop.core.signin import AdminGate
from tests.conftest import ANNA, content_digest

JOINED = "every till gets them at its next sync"


class Stages(Progress):
    """Every stage an import reports."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def update(self, stage: str, done: int, total: int) -> None:
        self.seen.append(stage)


@pytest.fixture
def staff_file(demo_path: Path, tmp_path: Path) -> Path:
    conn = open_database(demo_path)
    try:
        staff_export.export_staff(conn, tmp_path / "staff.csv")
    finally:
        conn.close()
    return tmp_path / "staff.csv"


@pytest.fixture
def till(demo_path: Path, staff_file: Path) -> sqlite3.Connection:
    """The demo store as a till of a chain (its server never reached)."""
    conn = open_database(demo_path)
    with write_transaction(conn):
        conn.execute(
            "INSERT INTO sync_state (id, server_url, till) "
            "VALUES (1, 'postgresql://central.example/pos', 'T1')"
        )
    yield conn
    conn.close()


def test_a_joined_tills_hr_import_refuses_before_it_reads_the_file(till, staff_file):
    stages = Stages()
    with pytest.raises(InputError, match=JOINED):
        staff_import.import_staff(till, load_rules(till), staff_file, progress=stages)
    assert stages.seen == []  # not read, not checked, not written
    # a file that is not even there is refused for the same reason, not for being missing
    with pytest.raises(InputError, match=JOINED):
        staff_import.import_staff(till, load_rules(till), staff_file.with_name("gone.csv"))


def test_a_joined_tills_dry_run_still_checks_the_file(till, staff_file):
    stages = Stages()
    report = staff_import.import_staff(
        till, load_rules(till), staff_file, dry_run=True, progress=stages
    )
    assert report.rows > 0 and "reading" in stages.seen


def _changes(conn: sqlite3.Connection, tmp_path: Path):
    rules = load_rules(conn)
    registry = StaffRegistry(conn)
    number = conn.execute("SELECT holder_id FROM badges WHERE code = ?", (ANNA,)).fetchone()[0]
    product = catalogue.details(conn, "SHIRT-01")
    (tmp_path / "products.csv").write_text("sku,name,category,price\nX-1,Hat,APP,5.00\n")
    return {
        "staff": lambda: staff.set_status(conn, rules, number, "suspended", actor="admin"),
        "dependant": lambda: dependants.add(conn, rules, number, "D9", "Ola", "", actor="admin"),
        "photo": lambda: staff.set_photo(conn, rules, number, None, actor="admin"),
        "pin": lambda: registry.set_pin(number, "4827", actor="admin"),
        "badge issue": lambda: registry.issue_badge(number, "2999999999993", actor="admin"),
        "badge revoke": lambda: registry.revoke_badge(ANNA, "lost", actor="admin"),
        "product": lambda: catalogue.save(conn, product, new=False, actor="admin", till="T1"),
        "product removal": lambda: catalogue.remove(conn, "SHIRT-01", actor="admin", till="T1"),
        "rules": lambda: config.apply(
            conn, config_parse.config_from_dict(config.export_dict(rules), "x"), actor="admin"
        ),
        "product import": lambda: products.import_products(
            conn, rules, tmp_path / "products.csv", FileOptions()
        ),
    }


@pytest.mark.parametrize(
    "change",
    [
        "staff",
        "dependant",
        "photo",
        "pin",
        "badge issue",
        "badge revoke",
        "product",
        "product removal",
        "rules",
        "product import",
    ],
)
def test_a_joined_till_refuses_every_registry_change_and_writes_nothing(
    till, demo_path, tmp_path, change
):
    before = content_digest(demo_path)
    with pytest.raises(InputError, match=JOINED):
        _changes(till, tmp_path)[change]()
    assert content_digest(demo_path) == before


def test_a_joined_till_keeps_its_own_sign_in(till):
    AdminGate(till).set_password("a long password", actor="admin")  # this machine's own

"""Both windows as a screen reader gets them over the real accessibility bus (AT-SPI, what
Orca reads on Linux), not only as Qt's own objects say: every control announced with a name,
a drop-down by its label, and the till's amounts, message and verdict read out with their
values. Needs Xvfb, D-Bus, the AT-SPI bus, xdotool and Debian's python3-pyatspi; CI installs
them (.ci/run) and sets POS_DESKTOP_REQUIRE_SCREEN_READER=1 so that a missing one fails."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ANNA, PIOTR

HERE = Path(__file__).resolve().parents[1]  # the tests folder, where screen_reader.py lives
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, which has pyatspi
BUS = "/usr/libexec/at-spi-bus-launcher"


def _missing() -> str | None:
    for tool in ("Xvfb", "dbus-run-session", "xdotool"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path(BUS).exists():
        return "the AT-SPI bus (at-spi2-core) is not installed"
    found = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if found.returncode != 0:
        return "Debian's python3-pyatspi is not installed"
    return None


@pytest.fixture(scope="module")
def reader() -> None:
    reason = _missing() if sys.platform.startswith("linux") else "AT-SPI is Linux's"
    if reason is not None:
        if os.environ.get("POS_DESKTOP_REQUIRE_SCREEN_READER") == "1":
            pytest.fail(f"the screen-reader check is required here but cannot run: {reason}")
        pytest.skip(reason)


def heard(database: Path, mode: str, language: str, *scans: str) -> dict[str, list]:
    result = subprocess.run(
        [
            "dbus-run-session",
            "--",
            SYSTEM_PYTHON,
            str(HERE / "screen_reader.py"),
            sys.executable,
            str(database),
            mode,
            language,
            *scans,
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
        cwd=HERE.parent,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def nameless(surfaces: dict[str, list]) -> dict[str, list]:
    return {
        surface: [role for role, name in found if not name.strip()]
        for surface, found in surfaces.items()
        if surface not in ("labels", "announced") and any(not name.strip() for _, name in found)
    }


def test_the_till_reads_out_its_verdict_amounts_and_message_in_polish(reader, demo_path):
    said = heard(demo_path, "cashier", "pl", PIOTR, ANNA, "SHIRT-01")
    assert nameless(said) == {}
    assert ["text", "Zeskanuj lub wpisz identyfikator, kod kreskowy, SKU albo nazwę towaru"] in (
        said["till"]
    )
    # Read out with their values: one shirt typed by its SKU (once went in twice), 20% off.
    assert "Do zapłaty: 32,00\u00a0€" in said["labels"]
    assert "Gotowe: Dodano Shirt." in said["labels"]
    # Told as it happens: the cashier signed in, the customer's verdict, the line added.
    announced = said["announced"]
    assert any(text.startswith("Gotowe: Zalogowano: Piotr Nowak") for text in announced)
    assert any(text.startswith("WEWNĘTRZNY — pracownik. Anna Kowalska") for text in announced)
    assert announced.count("Gotowe: Dodano Shirt.") == 1, announced


def test_every_control_of_the_admin_window_is_announced_by_name(reader, demo_path):
    said = heard(demo_path, "admin", "en")
    assert len(said) == 12  # the sign-in dialog and the eleven pages
    assert nameless(said) == {}
    filters = [name for role, name in said["Staff registry"] if role == "combo box"]
    assert filters == ["Company", "Department", "Status", "Employment"]

"""The test suite's own set-up: each test file's room gives its marker (so `pytest -m "not
system"` leaves out the slow processes), a file outside the rooms stops the run, and a plain
`pytest` compiles the translations first or stops with one sentence saying how."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests import conftest


@dataclass
class FakeItem:
    path: Path
    markers: list[str] = field(default_factory=list)

    def add_marker(self, name: str) -> None:
        self.markers.append(name)


def test_this_test_carries_its_room_s_marker(request):
    assert request.node.get_closest_marker("core") is not None
    assert request.node.get_closest_marker("system") is None


def test_each_room_gives_its_marker():
    items = [FakeItem(conftest.TESTS / room / "test_x.py") for room in ("core", "ui", "system")]
    conftest.pytest_collection_modifyitems(None, items)
    assert [item.markers for item in items] == [["core"], ["ui"], ["system"]]


def test_a_test_file_outside_the_rooms_stops_the_run_naming_it():
    items = [
        FakeItem(conftest.TESTS / "core" / "test_x.py"),
        FakeItem(conftest.TESTS / "test_y.py"),
    ]
    with pytest.raises(pytest.UsageError, match=r"^tests/test_y\.py must move into one of"):
        conftest.pytest_collection_modifyitems(None, items)


def test_missing_translations_are_compiled_before_the_tests(tmp_path):
    shutil.copy(conftest.TRANSLATIONS / "pos_desktop_pl.ts", tmp_path)
    assert conftest.compile_translations(tmp_path) is None
    assert (tmp_path / "pos_desktop_pl.qm").stat().st_size > 0
    assert conftest.compile_translations(tmp_path, tool="/no/such/lrelease") is None  # up to date


def test_translations_that_cannot_be_compiled_stop_the_run_with_one_sentence(tmp_path):
    shutil.copy(conftest.TRANSLATIONS / "pos_desktop_ro.ts", tmp_path)
    said = conftest.compile_translations(tmp_path, tool=str(tmp_path / "no-lrelease"))
    assert said is not None
    assert said.startswith("The translations are not compiled")
    assert "pos_desktop_ro.ts" in said
    assert "python3.11 dev.py test" in said
    assert "\n" not in said
    assert not (tmp_path / "pos_desktop_ro.qm").exists()

"""Starting the till (ui/cashier/app.py): garbage is collected rarely while it starts; once it
is open (or cannot open) what the start made is left out of later collections and the rest is
collected as usual."""

from __future__ import annotations

import gc

import pytest

from pos_desktop.core.errors import StorageError
from pos_desktop.ui.cashier import app as till_app


@pytest.fixture
def usual_gc():
    before = gc.get_threshold()
    gc.unfreeze()
    yield before
    gc.set_threshold(*before)
    gc.unfreeze()


def test_the_till_collects_rarely_while_it_starts_and_as_usual_once_open(
    monkeypatch, demo_path, usual_gc
):
    seen: list[tuple[int, ...]] = []
    session = till_app._session

    def watched(conn, failed=None):
        seen.append(gc.get_threshold())
        return session(conn, failed)

    monkeypatch.setattr(till_app, "_session", watched)
    assert till_app.run(demo_path, exit_when_open=True) == 0
    assert seen == [(till_app.STARTING_GC_THRESHOLD, *usual_gc[1:])]
    assert gc.get_threshold() == usual_gc
    assert gc.get_freeze_count() > 10_000  # the modules, classes and window of the start


def test_a_till_that_cannot_open_collects_as_usual(monkeypatch, usual_gc):
    import pos_desktop.core.checkout as checkout

    def broken(conn):
        raise StorageError("the disk is gone")

    monkeypatch.setattr(checkout, "Checkout", broken)
    usual = till_app._collect_rarely()
    assert gc.get_threshold()[0] == till_app.STARTING_GC_THRESHOLD
    with pytest.raises(StorageError):
        till_app._session(None, failed=usual)  # type: ignore[arg-type]
    assert gc.get_threshold() == usual_gc
    assert gc.get_freeze_count() > 0

"""One way for a window's action to run: a refusal is one line in the person's words and
nothing after it runs; a success refreshes, then says what was done."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QDialog

from pos_desktop.core.errors import InputError
from pos_desktop.ui.common.operations import Operations, StatusLine


def operations(qtbot, **kwargs):
    status = StatusLine()
    qtbot.add_widget(status)
    return Operations(status, status, database="store.sqlite", title="pos-desktop", **kwargs)


def test_a_refusal_is_one_sentence_and_nothing_after_it_runs(qtbot):
    ops = operations(qtbot)
    after: list[str] = []

    def refused() -> int:
        raise InputError("the badge is already revoked")

    result = ops.run(refused, refresh=lambda: after.append("refresh"), done=lambda _: "done")
    assert result is None
    assert ops.status.text() == "The badge is already revoked."
    assert ops.status.mark.accessibleName() == "Error"
    assert after == []


def test_a_refusal_can_be_said_inside_a_sentence_of_the_action(qtbot):
    ops = operations(qtbot)

    def refused() -> None:
        raise InputError("the disk is full")

    ops.run(refused, failure="No backup was taken: {problem}.")
    assert ops.status.text() == "No backup was taken: the disk is full."


def test_a_busy_database_is_named_in_the_person_s_words(qtbot):
    ops = operations(qtbot)

    def busy() -> None:
        raise sqlite3.OperationalError("database is locked")

    ops.run(busy)
    assert "store.sqlite" in ops.status.text()
    assert "Traceback" not in ops.status.text()


def test_a_success_refreshes_then_says_what_was_done(qtbot):
    seen: list[str] = []
    ops = operations(qtbot, on_say=lambda: seen.append("count"))
    result = ops.run(
        lambda: 3,
        refresh=lambda: seen.append("refresh"),
        done=lambda count: f"Exported {count} rows.",
    )
    assert result == 3
    assert seen == ["refresh", "count"]
    assert ops.status.text() == "Exported 3 rows."
    assert ops.status.mark.accessibleName() == "Done"


def test_a_dialog_is_the_open_one_until_it_closes_and_questions_can_be_answered(qtbot):
    ops = operations(qtbot)
    dialog = QDialog(ops.parent)
    ops.open(dialog)
    assert ops.dialog is dialog
    dialog.reject()
    assert ops.dialog is None
    ops.confirm = lambda question: "Remove" in question
    assert ops.confirm("Remove it?")

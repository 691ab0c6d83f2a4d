"""Both windows and their dialogs on a 1024x768 screen at 100% and on a 2048x1536 one at 200%
(1024x768 logical pixels), in English, Polish and Romanian, with the application's own font
(pytest-qt's application has a smaller one): nothing cut off, nothing larger than the screen.
Qt's scale factor is fixed when the application starts, so each run is a process of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("scale", [1, 2])
@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_both_windows_and_their_dialogs_fit_1024x768_at_100_and_200_percent(
    demo_path, language, scale
):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": str(scale)}
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    result = subprocess.run(
        [sys.executable, "-m", "tests.scaled_screens", str(demo_path), language],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    screens = json.loads(result.stdout.strip().splitlines()[-1])
    needed, room = screens.pop("tabs scroll")
    assert needed <= room, "every admin tab's name shows without scrolling"
    assert len(screens) >= 22  # the till twice, every admin page, every dialog
    problems = {}
    for name, seen in screens.items():
        if "dialog" in name:
            if seen["clipped"] or not seen["fits"]:
                problems[name] = seen
        elif seen["pixels"] != [1024 * scale, 768 * scale]:
            problems[name] = f"drawn at {seen['pixels']}, not at 200%"
        elif seen["clipped"] or seen["logical"] != [1024, 768]:
            problems[name] = seen
    assert problems == {}

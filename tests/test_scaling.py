"""Both windows at 200% scaling on a 2048x1536 screen (1024x768 logical pixels), in English,
Polish and Romanian: nothing cut off, nothing larger than the screen. Qt's scale factor is
fixed when the application starts, so each language renders in a process of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_both_windows_at_200_percent_fit_with_nothing_cut_off(demo_path, language):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
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
    assert len(screens) >= 12  # the till twice, every admin page
    problems = {}
    for name, seen in screens.items():
        if seen["pixels"] != [2048, 1536]:
            problems[name] = f"drawn at {seen['pixels']}, not at 200%"
        elif seen["clipped"] or seen["logical"] != [1024, 768]:
            problems[name] = seen
    assert problems == {}

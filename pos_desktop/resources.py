"""Where the files under resources/ are: beside the package in a checkout, inside the bundle
when frozen by PyInstaller (packaging/pos-desktop.spec lists every file the bundle ships)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The resources folder of a checkout or of the desktop bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(relative: str) -> Path:
    """A file under resources/, named by its path there (`icons/pos-desktop.svg`)."""
    return resources_dir() / relative

"""A window's picture saved as a file (`cashier --screenshot`, `admin --screenshot`): whole or
not at all, like every file the app writes, and never over the database or its log (Qt opens
the named file for writing before it finds it cannot write that kind of picture)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QImageWriter
from PySide6.QtWidgets import QWidget

from pos_desktop.core.errors import InputError
from pos_desktop.core.files import write_whole
from pos_desktop.i18n import say


def save_screenshot(widget: QWidget, path: Path) -> bool:
    """Save what `widget` shows at `path`, a picture of the kind its name says (PNG when the
    name says none Qt writes); False, with one line on stderr, when nothing was saved."""
    kind = path.suffix[1:].lower()
    known = {bytes(f.data()).decode() for f in QImageWriter.supportedImageFormats()}
    picture = widget.grab()
    try:
        write_whole(path, lambda tmp: picture.save(str(tmp), kind if kind in known else "png"))
    except InputError as exc:
        print(f"pos-desktop: {say(exc)}", file=sys.stderr)
        return False
    return True

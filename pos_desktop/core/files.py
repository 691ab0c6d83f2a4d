"""Files the app writes for people (receipt, report and day-close PDFs, CSV and TOML exports,
problem reports): written whole or not at all.

Each is written to a new temporary file in the target's folder, flushed to the disk, checked
(not empty; a PDF ends with its trailer), and only then renamed over the target, so a full
disk, an unwritable folder or a kill mid-way leaves the old file (or none), never half of one,
and no one reads "Saved" for it. The rename replaces a symlink put at the target rather than
writing through it, and a target that is not a regular file (a device, /proc) is refused.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from pos_desktop.core.errors import InputError
from pos_desktop.core.text import QT_TRANSLATE_NOOP

# A temporary file's name: hidden, beside its target, found and removed at the next start
# when a kill left it (`leftovers`).
PREFIX = ".pos-desktop-"
SUFFIX = ".partial"


def write_whole(
    destination: Path,
    write: Callable[[Path], object],
    *,
    check: Callable[[Path], bool] | None = None,
) -> None:
    """Have `write` write the file at the path it is given (a temporary one), then check it
    (`check` returns False for a file that is not whole) and put it in place of `destination`.
    Raises InputError, with the old file untouched, when any step fails."""
    destination = Path(destination)
    _refuse_unwritable(destination)
    tmp = _temporary(destination)
    try:
        try:
            write(tmp)
            _flush(tmp)
        except OSError as exc:
            raise _cannot(destination, exc) from None
        if tmp.stat().st_size == 0 or (check is not None and not check(tmp)):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Files",
                    "cannot write {file}: it came out incomplete (is the disk full?); "
                    "nothing was saved",
                ).format(file=destination)
            )
        try:
            os.replace(tmp, destination)
            _flush_folder(destination.parent)
        except OSError as exc:
            raise _cannot(destination, exc) from None
    finally:
        tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def open_whole(destination: Path, *, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """A text file to write (newline="" for CSV), put in place of `destination` only when the
    block ends without an error; otherwise the old file stays and nothing is left behind."""
    destination = Path(destination)
    _refuse_unwritable(destination)
    tmp = _temporary(destination)
    try:
        try:
            stream = tmp.open("w", newline="", encoding=encoding)
        except OSError as exc:
            raise _cannot(destination, exc) from None
        with stream:
            yield stream
            try:
                stream.flush()
                os.fsync(stream.fileno())
            except OSError as exc:
                raise _cannot(destination, exc) from None
        try:
            os.replace(tmp, destination)
            _flush_folder(destination.parent)
        except OSError as exc:
            raise _cannot(destination, exc) from None
    except OSError as exc:  # from the caller's writes inside the block
        raise _cannot(destination, exc) from None
    finally:
        tmp.unlink(missing_ok=True)


def refuse_database_file(path: Path, conn: sqlite3.Connection) -> None:
    """Refuse to read `path` when it is the open database or one of its log files: opening
    and closing it outside SQLite would drop this process's locks on the database (POSIX
    locks belong to the process), and another process could then delete the log holding the
    newest sales. Only the files' identities are compared (no file is opened)."""
    database = conn.execute("PRAGMA database_list").fetchone()[2]
    if not database:
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            same = os.path.samefile(path, database + suffix)
        except OSError:
            continue
        if same:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Files", "the file {file} is the database's own; choose another file"
                ).format(file=path.name)
            )


def is_whole_pdf(path: Path) -> bool:
    """Whether the file starts as a PDF and ends with a PDF's trailer (`%%EOF`)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(5)
            handle.seek(max(0, path.stat().st_size - 1024))
            tail = handle.read()
    except OSError:
        return False
    return head == b"%PDF-" and b"%%EOF" in tail


def leftovers(folder: Path) -> list[Path]:
    """Temporary files a kill left in `folder` (ours only, by name)."""
    try:
        return sorted(
            p for p in folder.iterdir() if p.name.startswith(PREFIX) and p.name.endswith(SUFFIX)
        )
    except OSError:
        return []


def _refuse_unwritable(destination: Path) -> None:
    if destination.is_dir():
        raise InputError(
            QT_TRANSLATE_NOOP("Files", "{path} is a folder; give a file's name").format(
                path=destination
            )
        )
    if not destination.parent.is_dir():
        raise InputError(
            QT_TRANSLATE_NOOP("Files", "the folder {folder} does not exist").format(
                folder=destination.parent
            )
        )
    if destination.exists() and not destination.is_symlink() and not destination.is_file():
        raise InputError(
            QT_TRANSLATE_NOOP("Files", "{path} is not a file the app can write over").format(
                path=destination
            )
        )


def _temporary(destination: Path) -> Path:
    # Created with the process's umask (mkstemp would make it 0600 whatever the store's
    # file_access says), exclusively, so no file or link already there is written through.
    while True:
        name = destination.parent / (
            f"{PREFIX}{os.getpid()}-{destination.name}.{secrets.token_hex(4)}{SUFFIX}"
        )
        try:
            handle = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise _cannot(destination, exc) from None
        os.close(handle)
        return name


def _flush(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _flush_folder(folder: Path) -> None:
    """The rename itself reaches the disk (POSIX); Windows cannot open a folder for it."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.EBADF):
            raise
    finally:
        os.close(handle)


def _cannot(destination: Path, exc: OSError) -> InputError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return InputError(
            QT_TRANSLATE_NOOP(
                "Files", "cannot write {file}: the disk is full; nothing was saved"
            ).format(file=destination)
        )
    return InputError(
        QT_TRANSLATE_NOOP("Files", "cannot write {file}: {problem}; nothing was saved").format(
            file=destination, problem=exc.strerror or str(exc)
        )
    )

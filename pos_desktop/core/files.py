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
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from pos_desktop.core.errors import InputError
from pos_desktop.core.text import QT_TRANSLATE_NOOP

# A temporary file's name: hidden, beside its target, found and removed at the next start
# when a kill left it (`leftovers`).
PREFIX = ".pos-desktop-"
SUFFIX = ".partial"
LOG_SUFFIXES = ("", "-wal", "-shm", "-journal")
THE_DATABASES_OWN = QT_TRANSLATE_NOOP(
    "Files", "the file {file} is the database's own; choose another file"
)

# The databases SQLite opened in this process (storage notes each one): no file written for a
# person may take the place of one of them or of its logs, whatever their names, and no file a
# person chose to read may be one (reading and closing it outside SQLite drops the locks).
_open_databases: set[str] = set()


# The mode a file written whole is given: mkstemp makes its temporary file for the owner only
# whatever the umask, so a store that shares its files with a group (access.use_umask) says so.
_new_file_mode = 0o600


def set_new_file_mode(mode: int) -> None:
    """Give the files written from now on this mode (0600, or 0660 for a group store)."""
    global _new_file_mode
    _new_file_mode = mode


def note_database(path: Path) -> None:
    """Remember that this process has the database at `path` open through SQLite."""
    _open_databases.add(os.path.abspath(path))


def open_database_files() -> set[tuple[int, int]]:
    """The identities (device, inode) of the databases this process opened and their logs."""
    found = set()
    for database in _open_databases:
        for suffix in LOG_SUFFIXES:
            try:
                status = os.stat(database + suffix)
            except OSError:
                continue
            found.add((status.st_dev, status.st_ino))
    return found


def is_open_database(path: Path) -> bool:
    """Whether `path` is a database this process opened, or one of its log files; compared by
    identity (a link or another name for it counts), without opening anything."""
    try:
        status = os.stat(path)
    except OSError:
        return False
    return (status.st_dev, status.st_ino) in open_database_files()


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


def refuse_database_file(path: Path, database: Path | None) -> None:
    """Refuse to read `path` when it is the open `database` (storage.database_file) or one of
    its log files: opening and closing it outside SQLite would drop this process's locks on
    the database (POSIX locks belong to the process), and another process could then delete
    the log holding the newest sales. Only the files' identities are compared (no file is
    opened)."""
    if database is None:
        return
    for suffix in LOG_SUFFIXES:
        try:
            same = os.path.samefile(path, f"{database}{suffix}")
        except OSError:
            continue
        if same:
            raise InputError(THE_DATABASES_OWN.format(file=path.name))


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
    if is_open_database(destination):
        raise InputError(THE_DATABASES_OWN.format(file=destination.name))


def _temporary(destination: Path) -> Path:
    try:
        handle, name = tempfile.mkstemp(
            prefix=f"{PREFIX}{os.getpid()}-{destination.name}.",
            suffix=SUFFIX,
            dir=destination.parent,
        )
    except OSError as exc:
        raise _cannot(destination, exc) from None
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(handle, _new_file_mode)
    finally:
        os.close(handle)
    return Path(name)


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

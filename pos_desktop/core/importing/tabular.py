"""Reading an HR or catalogue export as rows of text: CSV in the encodings shops meet, or XLSX.

A file is read as a stream, so a million-row export never sits in memory whole. Whatever is
wrong with a file (the wrong encoding, two encodings in one file, NUL bytes, a cell megabytes
long, a broken workbook) becomes an InputError that says so in words, with the row.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from pos_desktop.core.errors import InputError
from pos_desktop.core.importing.text_encoding import (
    SAMPLE_BYTES,
    detect_encoding,
    first_bad_line,
    first_utf8_line,
    has_utf8_letters,
    mixed_message,
    nul_message,
)
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Count, Text

DELIMITER_WORDS = {  # how describe() names them, in the language in use
    ",": QT_TRANSLATE_NOOP("Import", "comma"),
    ";": QT_TRANSLATE_NOOP("Import", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("Import", "tab"),
}
CELL_LIMIT = 131_072  # characters; an HR cell longer than this is not an HR cell

_XLSX_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class ReadOptions:
    encoding: str | None = None  # None: detected
    delimiter: str | None = None  # None: detected from the header line
    sheet: str | None = None  # XLSX: None is the first sheet


@dataclass
class SourceTable:
    """A file's header and a one-pass iterator over its rows (row 1 is the header)."""

    path: Path
    kind: str  # "csv" | "xlsx"
    header: list[str]
    encoding: str | None
    delimiter: str | None
    total: int  # progress units: bytes for CSV, rows for XLSX (0 when unknown)
    rows: Iterator[tuple[int, list[str]]]
    position: Callable[[], int]  # progress so far, in the units of total

    def describe(self) -> Text:
        """How the file was read: 'CSV, cp1250, semicolon-separated', 'Excel workbook'."""
        if self.kind == "xlsx":
            return QT_TRANSLATE_NOOP("Import", "Excel workbook").text()
        word = DELIMITER_WORDS.get(self.delimiter or "")
        delimiter = word.text() if word is not None else repr(self.delimiter)
        return QT_TRANSLATE_NOOP("Import", "CSV, {encoding}, {delimiter}-separated").format(
            encoding=self.encoding, delimiter=delimiter
        )


def open_table(path: Path, options: ReadOptions = ReadOptions()) -> SourceTable:
    """Open a CSV or XLSX export for reading; its header is read and checked at once."""
    if options.delimiter is not None:
        _delimiter(options.delimiter, "")
    try:
        with path.open("rb") as handle:
            head = handle.read(SAMPLE_BYTES)
    except FileNotFoundError:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "there is no file {file}").format(file=str(path))
        ) from None
    except IsADirectoryError:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "{file} is a folder, not a file").format(file=str(path))
        ) from None
    except OSError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "cannot read {file}: {problem}").format(
                file=str(path), problem=exc.strerror
            )
        ) from None
    if head.startswith(_XLSX_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm"):
        return _open_xlsx(path, options)
    return _open_csv(path, head, options)


# CSV


def _open_csv(path: Path, head: bytes, options: ReadOptions) -> SourceTable:
    if not head.strip():
        raise InputError(QT_TRANSLATE_NOOP("Import", "{file} is empty").format(file=str(path)))
    nul = head.find(b"\x00")
    if nul >= 0:
        raise InputError(nul_message(path, head, nul))
    encoding = detect_encoding(path, head, options.encoding)
    first_line = _first_line(head, encoding)
    delimiter = _delimiter(options.delimiter, first_line)
    raw = _WatchedFile(path, utf8_guard=not encoding.startswith("utf-8"))
    text = io.TextIOWrapper(
        io.BufferedReader(raw, buffer_size=SAMPLE_BYTES), encoding=encoding, newline=""
    )
    reader = csv.reader(text, delimiter=delimiter)

    def rows() -> Iterator[tuple[int, list[str]]]:
        row_no = 1
        line = 0
        width = 0
        try:
            for row_no, cells in enumerate(reader, start=1):
                width = width or len(cells)
                if reader.line_num - line > 1 and not _quoted_lines(cells, width, delimiter):
                    _one_line_each(path, row_no, cells, reader.line_num - line)
                line = reader.line_num
                yield row_no, cells
        except UnicodeDecodeError:
            row = first_bad_line(path, encoding)
            raise InputError(mixed_message(path, encoding, row)) from None
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "{file} row {row} has a cell longer than {limit} characters; "
                        "this is not an HR export",
                    ).format(file=str(path), row=row_no + 1, limit=Count(CELL_LIMIT))
                ) from None
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Import", "{file} row {row} cannot be read as CSV: {problem}"
                ).format(file=str(path), row=row_no + 1, problem=str(exc))
            ) from None
        finally:
            text.close()

    iterator = rows()
    try:
        _, header = next(iterator, (1, []))
    except InputError:
        text.close()
        raise
    if not any(cell.strip() for cell in header):
        text.close()
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Import", "{file} has no header line (its first line is empty)"
            ).format(file=str(path))
        )
    total = path.stat().st_size
    return SourceTable(
        path,
        "csv",
        [cell.strip().lstrip("\ufeff") for cell in header],
        codecs.lookup(encoding).name if encoding != "utf-8-sig" else "utf-8",
        delimiter,
        total,
        iterator,
        lambda: raw.done,
    )


class _WatchedFile(io.RawIOBase):
    """A file that counts the bytes read (for progress) and refuses NUL bytes as they come."""

    def __init__(self, path: Path, *, utf8_guard: bool) -> None:
        self._file = path.open("rb", buffering=0)
        self.path = path
        self.utf8_guard = utf8_guard  # a legacy code page reads any byte: watch for UTF-8
        self.done = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count: int = self._file.readinto(buffer)
        chunk = memoryview(buffer)[:count].tobytes()
        if chunk.find(b"\x00") >= 0:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Import", "{file} contains NUL bytes near byte {byte}; it is not a text export"
                ).format(file=str(self._file.name), byte=Count(self.done))
            )
        if self.utf8_guard and has_utf8_letters(chunk):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{file} mixes encodings: row {row} is UTF-8 and the rows before it are not; "
                    "save the whole file again in one encoding (CSV UTF-8)",
                ).format(file=str(self.path), row=first_utf8_line(self.path))
            )
        self.done += count
        return count

    def close(self) -> None:
        self._file.close()
        super().close()


def _quoted_lines(cells: list[str], width: int, delimiter: str) -> bool:
    """Whether a row spread over several lines is a cell quoted with its line breaks (an
    address, a note: RFC 4180 allows it), not a stray quote: the row has the header's width
    and no line inside a cell looks like a row of its own."""
    if len(cells) != width:
        return False
    return not any(
        part.count(delimiter) >= max(width - 1, 1)
        for cell in cells
        if "\n" in cell or "\r" in cell
        for part in cell.splitlines()[1:]
    )


def _one_line_each(path: Path, row: int, cells: list[str], lines: int) -> None:
    """An HR export has one line per person: a cell holding line breaks is nearly always a
    quote left open, which swallows the rows after it (and a sync would end those people)."""
    for index, cell in enumerate(cells):
        if "\n" in cell or "\r" in cell:
            from pos_desktop.core.importing.mapping import column_letter

            one, many = (
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{file} row {row}, column {column}: a quote opened there is not closed until "
                    "the next line, so both lines would be read as one cell; remove the stray "
                    "quote (HR exports have one line per person)",
                ),
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{file} row {row}, column {column}: a quote opened there is not closed until "
                    "{lines} lines later, so those lines would be read as one cell; remove the "
                    "stray quote (HR exports have one line per person)",
                ),
            )
            raise InputError(
                (one if lines == 2 else many).format(
                    file=str(path), row=row, column=column_letter(index), lines=Count(lines - 1)
                )
            )


def _first_line(head: bytes, encoding: str) -> str:
    text = head.decode(encoding, errors="replace")
    return text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""


def _delimiter(given: str | None, first_line: str) -> str:
    if given is not None:
        delimiter = {"\\t": "\t", "tab": "\t", "comma": ",", "semicolon": ";"}.get(given, given)
        if len(delimiter) != 1:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Import", "the delimiter must be one character, not {delimiter}"
                ).format(delimiter=repr(given))
            )
        return delimiter
    return max(DELIMITER_WORDS, key=first_line.count)


# XLSX


def sheet_names(path: Path) -> list[str]:
    """A workbook's sheets, in order; [] for a file that is not a readable workbook."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True)
    except (zipfile.BadZipFile, InvalidFileException, ParseError, KeyError, ValueError, OSError):
        return []
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def _open_xlsx(path: Path, options: ReadOptions) -> SourceTable:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, ParseError, KeyError, ValueError, OSError):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Import", "{file} is not an Excel workbook (.xlsx) that can be read"
            ).format(file=str(path))
        ) from None
    names = book.sheetnames
    if options.sheet is not None and options.sheet not in names:
        book.close()
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "{file} has no sheet {sheet}; its sheets: {sheets}").format(
                file=str(path), sheet=repr(options.sheet), sheets=", ".join(names)
            )
        )
    sheet = book[options.sheet or names[0]]
    done = [0]

    def rows() -> Generator[tuple[int, list[str]], None, None]:
        try:
            for row_no, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                done[0] = row_no
                yield row_no, [_cell_text(value) for value in values]
        except (zipfile.BadZipFile, ParseError, KeyError, ValueError, TypeError) as exc:
            raise InputError(
                QT_TRANSLATE_NOOP("Import", "{file} row {row} cannot be read: {problem}").format(
                    file=str(path), row=done[0] + 1, problem=str(exc)
                )
            ) from None
        finally:
            book.close()

    iterator = _below_title(rows())
    _, header = next(iterator, (1, []))
    if not any(cell.strip() for cell in header):
        book.close()
        raise InputError(
            QT_TRANSLATE_NOOP("Import", "{file} has no header row (its first row is empty)").format(
                file=str(path)
            )
        )
    return SourceTable(
        path,
        "xlsx",
        [cell.strip() for cell in header],
        None,
        None,
        sheet.max_row or 0,
        iterator,
        lambda: done[0],
    )


TITLE_ROWS = 10  # how far down a workbook's header may sit below a report's title


def _below_title(
    rows: Generator[tuple[int, list[str]], None, None],
) -> Generator[tuple[int, list[str]], None, None]:
    """A worker report from a large HR suite puts its title, the date it was run and an empty
    row above the header: rows of one cell at most before the first row of two or more are
    left out, the sheet's row numbers kept. A sheet with no such row is read as it is.
    Closing this closes the sheet's rows (and the workbook) too."""
    above: list[tuple[int, list[str]]] = []
    try:
        for row in rows:
            if sum(1 for cell in row[1] if cell.strip()) >= 2:
                yield row
                break
            above.append(row)
            if len(above) > TITLE_ROWS:
                yield from above
                break
        else:
            yield from above
            return
        yield from rows
    finally:
        rows.close()


def _cell_text(value: object) -> str:
    """A workbook cell as an HR export would have written it in a CSV."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    if len(text) > CELL_LIMIT:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Import", "a cell is longer than {limit} characters; this is not an export"
            ).format(limit=Count(CELL_LIMIT))
        )
    return text

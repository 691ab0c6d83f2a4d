"""Which encoding a CSV export is in: UTF-8 (with or without a BOM) or the code page of the
shop's Windows (cp1250, ISO-8859-2, cp1252), told apart by the letters each decoding yields;
and the words for a file that is in none, or in two at once."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from pathlib import Path

from pos_desktop.core.errors import InputError
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Count, Text

# The encodings tried when none is given, most likely first (a tie goes to the earlier one).
ENCODINGS = ("utf-8", "cp1250", "iso-8859-2", "cp1252")
SAMPLE_BYTES = 1 << 20  # what the detection reads of a file

# Letters of the languages whose exports use these code pages: a decoding that yields the
# common ones is more likely right than one that yields rare letters, symbols or controls.
_COMMON = frozenset(
    "ąćęłńóśźżĄĆĘŁŃÓŚŹŻăâîşţșțĂÂÎŞŢȘȚ"  # Polish, Romanian (cp1250, ISO-8859-2)
    "äöüßÄÖÜéèêëàçôûùîïíáóúñòìãõÉÇ"  # German, French, Spanish, Italian... (cp1252)
)
_RARE = frozenset("ČčĎďĚěŇňŘřŠšŤťŮůÝýŽžőŐűŰ")  # Czech, Slovak, Hungarian
_RAREST = frozenset("ŕŔĺĹľĽ")  # Slovak letters that stand where cp1252 has à, å, ¾
_LETTERS = _COMMON | _RARE | _RAREST
_LETTER_RE = re.compile(f"[{''.join(sorted(_LETTERS))}]")
AMBIGUOUS = 0.75  # a runner-up scoring this close to the best with other text: ask


def nul_message(path: Path, head: bytes, at: int) -> Text:
    """Why a file with NUL bytes is not read: UTF-16 text, or not text at all."""
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or head[1:2] == b"\x00":
        return QT_TRANSLATE_NOOP(
            "Import", "{file} is UTF-16 text; save it again as CSV UTF-8 (or as XLSX)"
        ).format(file=str(path))
    return QT_TRANSLATE_NOOP(
        "Import", "{file} contains NUL bytes (at byte {byte}); it is not a text export"
    ).format(file=str(path), byte=Count(at))


def detect_encoding(path: Path, head: bytes, given: str | None) -> str:
    """The encoding to read the file in, from its first bytes (`head`): the one given, if
    the sample reads in it; else UTF-8, or the likeliest code page when no other is close."""
    if given:
        try:
            info: codecs.CodecInfo | None = codecs.lookup(given)
        except LookupError:
            info = None
        if info is None or not getattr(info, "_is_text_encoding", True):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Import", "{encoding} is not a text encoding; try utf-8 or cp1250"
                ).format(encoding=repr(given))
            )
        name = info.name
        if name == "utf-8" and head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        _decode_sample(path, head, name)
        return name
    if head.startswith(codecs.BOM_UTF8):
        _decode_sample(path, head, "utf-8-sig")
        return "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=len(head) < SAMPLE_BYTES)
    except UnicodeDecodeError as exc:
        if has_utf8_letters(head):
            row = head.count(b"\n", 0, exc.start) + 1
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{file} mixes encodings: some rows are UTF-8 and row {row} is not; "
                    "save the whole file again in one encoding (CSV UTF-8)",
                ).format(file=str(path), row=row)
            ) from None
    else:
        return "utf-8"
    scores = {name: _score(head, name) for name in ENCODINGS[1:]}
    ranked = sorted(scores, key=lambda name: -scores[name])  # stable: ties keep ENCODINGS order
    best = ranked[0]
    for other in ranked[1:]:
        if scores[other] < scores[best] * AMBIGUOUS or scores[best] <= 0:
            break
        mine, theirs = _first_difference(head, best, other)
        if mine != theirs:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{file} could be {one} (“{one_reads}”) or {other} (“{other_reads}”); give "
                    "its encoding, e.g. --encoding {other}",
                ).format(file=str(path), one=best, one_reads=mine, other=other, other_reads=theirs)
            )
    return best


def _first_difference(head: bytes, one: str, other: str) -> tuple[str, str]:
    """The first word that two decodings read differently (the same word twice if none)."""
    for word in re.split(rb"[\s,;]+", head):
        if not word or word.isascii():
            continue
        word = word[:24]
        a, b = word.decode(one, errors="replace"), word.decode(other, errors="replace")
        if a != b:
            return a.strip(",;\"'"), b.strip(",;\"'")
    return "", ""


def _decode_sample(path: Path, head: bytes, encoding: str) -> None:
    try:
        codecs.getincrementaldecoder(encoding)().decode(head, final=len(head) < SAMPLE_BYTES)
    except UnicodeDecodeError as exc:
        row = head.count(b"\n", 0, exc.start) + 1
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{file} is not {encoding} text (row {row}); leave the encoding to be detected "
                "or give the right one, e.g. cp1250",
            ).format(file=str(path), encoding=encoding, row=row)
        ) from None


def has_utf8_letters(head: bytes) -> bool:
    """True when the bytes hold UTF-8 sequences for letters (a sign of a part-UTF-8 file)."""
    if head.isascii():
        return False
    return _LETTER_RE.search(head.decode("utf-8", errors="ignore")) is not None


def _score(head: bytes, encoding: str) -> int:
    text = head.decode(encoding, errors="replace")
    score = 0
    for ch, count in Counter(ch for ch in text if ch > "\x7f").items():
        if ch in _COMMON:
            score += 3 * count
        elif ch in _RAREST:
            continue
        elif ch.isalpha():
            score += count
        elif unicodedata.category(ch) == "Cc":
            score -= 10 * count  # a control character is never in an HR export
        else:
            score -= 2 * count
    return score


def first_utf8_line(path: Path) -> int:
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if has_utf8_letters(line):
                return number
    return 0


def first_bad_line(path: Path, encoding: str) -> int:
    """The first line that is not text in the encoding (the decoder reads ahead of the rows,
    so its error does not say which row it was)."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                line.decode(encoding)
            except UnicodeDecodeError:
                return number
    return 0


def mixed_message(path: Path, encoding: str, row: int) -> Text:
    if encoding.startswith("utf-8"):
        return QT_TRANSLATE_NOOP(
            "Import",
            "{file} row {row} is not UTF-8 like the rows before it: the file mixes encodings; "
            "save it again in one encoding (CSV UTF-8)",
        ).format(file=str(path), row=row)
    return QT_TRANSLATE_NOOP(
        "Import", "{file} row {row} is not {encoding} text; give the file's encoding"
    ).format(file=str(path), row=row, encoding=encoding)

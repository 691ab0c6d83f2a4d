"""The Polish and Romanian translations: complete, current with the code, and keeping every
{name} field of their English source (a dropped or renamed field would show a raw template
or fail to fill)."""

from __future__ import annotations

import ast
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = sorted(TRANSLATIONS.glob("pos_desktop_*.ts"))
# Romanian is written with s and t comma below (ș ț), never the cedilla forms (ş ţ).
CEDILLA = re.compile("[şţŞŢ]")


def messages(ts: Path) -> list[tuple[str, str, str | None, str | None]]:
    """(context, source, translation, type) of every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                (name, message.findtext("source") or "", translation.text, translation.get("type"))
            )
    return found


def fields(text: str) -> list[str]:
    """The {name} fields of a template, in order; a stray brace is a broken template."""
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def test_there_is_a_polish_and_a_romanian_translation():
    assert [ts.name for ts in SOURCES] == ["pos_desktop_pl.ts", "pos_desktop_ro.ts"]


@pytest.mark.parametrize("ts", SOURCES, ids=lambda p: p.stem)
def test_every_text_is_translated_and_keeps_its_fields(ts):
    problems = []
    for context, source, translation, kind in messages(ts):
        where = f"{ts.name} [{context}] {source!r}"
        if kind is not None or not translation:
            problems.append(f"{where}: not translated ({kind or 'empty'})")
            continue
        try:
            if fields(translation) != fields(source):
                problems.append(f"{where}: fields {fields(translation)} != {fields(source)}")
        except ValueError as exc:
            problems.append(f"{where}: broken template {translation!r} ({exc})")
        if source.count("&") == 1 and translation.count("&") != 1:
            problems.append(f"{where}: the keyboard accelerator (&) was lost")
        if ts.stem.endswith("_ro") and CEDILLA.search(translation):
            problems.append(f"{where}: ş/ţ with a cedilla; Romanian uses ș/ț (comma below)")
    assert not problems, "\n".join(problems)


def test_the_translations_hold_every_text_of_the_code(tmp_path):
    """lupdate over the code finds nothing new: every translate() text is in the .ts files."""
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert tool is not None, "pyside6-lupdate comes with PySide6"
    copy = tmp_path / "check.ts"
    shutil.copy(SOURCES[0], copy)
    sources = sorted(str(p) for p in (ROOT / "pos_desktop").rglob("*.py"))
    subprocess.run(
        [tool, *sources, "-locations", "none", "-no-obsolete", "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    before = {(c, s) for c, s, _, _ in messages(SOURCES[0])}
    after = {(c, s) for c, s, _, _ in messages(copy)}
    assert sorted(after - before) == [], "run `python3.11 dev.py lupdate`, then translate"
    assert sorted(before - after) == [], "run `python3.11 dev.py lupdate` to drop old texts"


def test_the_placeholder_check_catches_a_dropped_or_renamed_field():
    assert fields("Refunded {total} (sale {sale})") == ["sale", "total"]
    assert fields("Zwrócono {total}") != fields("Refunded {total} (sale {sale})")
    assert fields("Zwrócono {suma} (paragon {sale})") != fields("Refunded {total} (sale {sale})")
    with pytest.raises(ValueError):
        fields("Zwrócono {total")


ERRORS = {"PosError", "InputError", "StorageError", "DamagedDatabase", "ServerError"}


def english_errors(source: str) -> list[int]:
    """Lines that raise one of the app's errors with a plain English string or f-string, a
    message no translation could reach (it must be a marked template's .format())."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
        first = node.exc.args[0] if node.exc.args else None
        plain = isinstance(first, ast.JoinedStr) or (
            isinstance(first, ast.Constant) and isinstance(first.value, str)
        )
        if name in ERRORS and plain:
            found.append(node.lineno)
    return found


def test_no_error_of_the_app_is_raised_with_an_untranslatable_message():
    package = ROOT / "pos_desktop"
    found = {
        str(path.relative_to(ROOT)): lines
        for path in sorted(package.rglob("*.py"))
        if (lines := english_errors(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_untranslatable_message_check_catches_an_f_string_and_a_plain_string():
    source = (
        "def f(x):\n"
        "    raise InputError(f'there is no SKU {x}')\n"
        "def g():\n"
        "    raise errors.StorageError('the disk is full')\n"
        "def h(x):\n"
        "    raise InputError(NO_SKU.format(sku=x))\n"
    )
    assert english_errors(source) == [2, 4]

"""The core stays headless: it never imports Qt, so the CLI and tests run without a screen."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "pos_desktop" / "core"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "pytestqt")


def test_no_core_module_imports_qt_in_its_source():
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in QT_MODULES]
    assert offenders == []


def test_importing_the_core_and_cli_loads_no_qt():
    modules = [f"pos_desktop.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__"]
    code = (
        "import sys\n"
        f"for name in {modules!r} + ['pos_desktop.cli']:\n"
        "    __import__(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_schema_module_defines_exactly_the_migrations_storage_knows():
    from pos_desktop.core import schema, storage

    assert schema.migration_names() == storage.KNOWN_MIGRATIONS


def test_a_scan_on_an_up_to_date_database_loads_no_sqlite_utils_or_argon2(demo_path):
    code = (
        "import sys\n"
        "from pos_desktop.core.storage import open_database\n"
        "from pos_desktop.core.checkout import Checkout\n"
        f"store = Checkout(open_database({str(demo_path)!r}))\n"
        "store.check('2000000000015')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlite_utils', 'argon2')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"

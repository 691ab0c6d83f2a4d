"""The layers hold: the core stays headless (it never imports Qt, so the CLI and tests run
without a screen) and imports nothing of the faces, the language or the printing; the two
windows never import each other; the command line opens a window only through its `run`; the
printing draws with Qt but builds no widget; the hash-chained ledger and the database know
nothing of the chain's central server; and there is no import circle."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "pos_desktop"
CORE = PACKAGE / "core"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "pytestqt")

PRINTING = PACKAGE / "printing"

# The import circles still open (none now). A new one fails the test; so does a listed one that
# no longer exists, so this list only ever shrinks.
OPEN_CIRCLES: list[set[str]] = []


@dataclass(frozen=True)
class Import:
    """`importer` imports `module` (both dotted names inside the package), or the `name` of
    it when that is not a module itself."""

    importer: str
    module: str
    name: str | None = None


def imports_in(package: Path) -> list[Import]:
    """Every import of one of the package's modules by another: at the top of a file, inside
    a function or under TYPE_CHECKING, absolute or relative."""
    root = package.name
    paths = {_dotted(path, package): path for path in sorted(package.rglob("*.py"))}
    found = []
    for importer, path in paths.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [Import(importer, a.name) for a in node.names if _inside(a.name, root)]
            elif isinstance(node, ast.ImportFrom):
                base = _absolute(node, importer, path.name == "__init__.py")
                if not _inside(base, root):
                    continue
                for alias in node.names:
                    module = f"{base}.{alias.name}"
                    found.append(
                        Import(importer, module)
                        if module in paths
                        else Import(importer, base, alias.name)
                    )
    return found


def _dotted(path: Path, package: Path) -> str:
    parts = [package.name, *path.relative_to(package).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _inside(module: str, root: str) -> bool:
    return module == root or module.startswith(root + ".")


def _absolute(node: ast.ImportFrom, importer: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    parts = importer.split(".")
    if not is_package:
        parts = parts[:-1]
    parts = parts[: len(parts) - (node.level - 1)]
    return ".".join([*parts, *([node.module] if node.module else [])])


def _within(module: str, *areas: str) -> bool:
    return any(module == area or module.startswith(area + ".") for area in areas)


def core_reaching_out(imports: Iterable[Import]) -> list[Import]:
    """Imports by the core of the faces (the windows, the command line), the language or the
    printing."""
    outside = ("ui", "cli", "i18n", "printing", "launch", "__main__")
    return [
        i
        for i in imports
        if _within(_short(i.importer), "core") and _within(_short(i.module), *outside)
    ]


def ledger_or_database_reaching_central(imports: Iterable[Import]) -> list[Import]:
    """Imports by the hash-chained ledger or the database of the chain's central server code:
    everything sits on those two, and a lone till never loads the server's."""
    return [
        i
        for i in imports
        if _within(_short(i.importer), "core.ledger", "core.db")
        and _within(_short(i.module), "core.central")
    ]


def printing_reaching_out(imports: Iterable[Import]) -> list[Import]:
    """Imports by the printing of the windows or the command line: both faces use it."""
    return [
        i
        for i in imports
        if _within(_short(i.importer), "printing") and _within(_short(i.module), "ui", "cli")
    ]


def widgets_in(folder: Path) -> list[str]:
    """Qt widget classes the modules under `folder` import: anything of QtWidgets but the
    QApplication a renderer needs to run."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [
                    f"{path.name}: {a.name}" for a in node.names if a.name.endswith(".QtWidgets")
                ]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").endswith("QtWidgets"):
                found += [f"{path.name}: {a.name}" for a in node.names if a.name != "QApplication"]
            elif isinstance(node, ast.ImportFrom) and node.module in QT_MODULES:
                found += [f"{path.name}: {a.name}" for a in node.names if a.name == "QtWidgets"]
    return found


def windows_crossing(imports: Iterable[Import]) -> list[Import]:
    """Imports between the till's package and the admin window's (ui/common serves both)."""
    till, admin = "ui.cashier", "ui.admin"
    return [
        i
        for i in imports
        if (_within(_short(i.importer), till) and _within(_short(i.module), admin))
        or (_within(_short(i.importer), admin) and _within(_short(i.module), till))
        or (_within(_short(i.importer), "ui.common") and _within(_short(i.module), till, admin))
    ]


def command_line_reaching_in(imports: Iterable[Import]) -> list[Import]:
    """Imports by the command line of anything of the windows but their apps' `run`."""
    found = []
    for i in imports:
        importer, module = _short(i.importer), _short(i.module)
        command_line = _within(importer, "cli", "launch", "__main__")
        if not command_line or not _within(module, "ui"):
            continue
        if module in ("ui.cashier.app", "ui.admin.app") and i.name == "run":
            continue
        found.append(i)
    return found


def circles(imports: Iterable[Import]) -> list[set[str]]:
    """The import circles: each set of modules that reach one another through imports
    (Tarjan's strongly connected components of more than one module), in short names."""
    graph: dict[str, set[str]] = {}
    for i in imports:
        graph.setdefault(i.importer, set())
        if i.module != i.importer:
            graph[i.importer].add(i.module)
            graph.setdefault(i.module, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                component.add(_short(member))
                if member == node:
                    break
            if len(component) > 1:
                found.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _short(module: str) -> str:
    """'pos_desktop.core.money' -> 'core.money' (any one package root dropped)."""
    return module.partition(".")[2] or module


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
    modules = [_dotted(p, PACKAGE) for p in sorted(CORE.rglob("*.py"))]
    code = (
        "import sys\n"
        f"for name in {modules!r} + ['pos_desktop.cli.main']:\n"
        "    __import__(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_schema_module_defines_exactly_the_migrations_the_versions_list():
    from pos_desktop.core.db import schema, versions

    assert schema.migration_names() == versions.KNOWN_MIGRATIONS


def test_a_scan_on_an_up_to_date_database_loads_no_sqlite_utils_or_argon2(demo_path):
    code = (
        "import sys\n"
        "from pos_desktop.core.db.storage import open_database\n"
        "from pos_desktop.core.checkout import Checkout\n"
        f"store = Checkout(open_database({str(demo_path)!r}))\n"
        "store.check('2000000000015')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlite_utils', 'argon2')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# What a till does not need before its first scan, loaded on first use: hashing, record ids
# and OpenSSL on the first record written; refunds on F8; the server's driver and sockets on a
# chain till.
NOT_AT_THE_START = (
    "sqlite_utils",
    "argon2",
    "psycopg",
    "socket",
    "hashlib",
    "_hashlib",
    "uuid",
    "secrets",
    "platform",
    "concurrent",
)
NOT_AT_THE_CORES_START = (*NOT_AT_THE_START, "pos_desktop.core.refunds")


def _loaded(code: str, names: tuple[str, ...], **env: str) -> list[str]:
    """The `names` (modules and their packages) a subprocess running `code` has loaded."""
    code += (
        "\nprint(sorted(m for m in sys.modules"
        f" if m in {names!r} or m.split('.')[0] in {names!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, **env}
    )
    assert result.returncode == 0, result.stderr
    return ast.literal_eval(result.stdout.strip().splitlines()[-1])


def test_a_till_session_ready_for_its_first_scan_loads_only_what_a_scan_needs(demo_path):
    code = (
        "import sys\n"
        "from pos_desktop.core import pricing\n"
        "from pos_desktop.core.db.storage import open_database\n"
        "from pos_desktop.core.checkout import Checkout\n"
        "from pos_desktop.core.till import TillSession\n"
        f"session = TillSession(Checkout(open_database({str(demo_path)!r})))\n"
        "session.restore_draft()\n"
        "session.checkout.check('2000000000015')\n"
        "assert pricing._rule_patterns.cache_info().currsize == 0, 'old reasons compiled'\n"
    )
    assert _loaded(code, NOT_AT_THE_CORES_START) == []


def test_the_till_window_ready_for_its_first_scan_loads_no_ledger_hashing_or_drivers(demo_path):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from pos_desktop.ui.cashier.app import run\n"
        f"assert run(Path({str(demo_path)!r}), exit_when_open=True) == 0\n"
    )
    window_start = (*NOT_AT_THE_CORES_START, "pos_desktop.ui.cashier.dialogs")
    assert _loaded(code, window_start, QT_QPA_PLATFORM="offscreen") == []


REAL = imports_in(PACKAGE)


def _lines(found: Iterable[Import]) -> list[str]:
    return [f"{i.importer} imports {i.module}{f'.{i.name}' if i.name else ''}" for i in found]


def test_the_core_imports_nothing_of_the_windows_the_command_line_or_the_language():
    assert _lines(core_reaching_out(REAL)) == []


def test_the_ledger_and_the_database_import_nothing_of_the_central_server():
    assert _lines(ledger_or_database_reaching_central(REAL)) == []


def test_the_printing_builds_no_widget_and_imports_neither_face():
    assert widgets_in(PRINTING) == []
    assert _lines(printing_reaching_out(REAL)) == []


def test_the_two_windows_never_import_each_other():
    assert _lines(windows_crossing(REAL)) == []


def test_the_command_line_opens_a_window_only_through_its_run():
    assert _lines(command_line_reaching_in(REAL)) == []


def test_no_import_circle_but_the_ones_still_listed_as_open():
    found = circles(REAL)
    assert [c for c in found if c not in OPEN_CIRCLES] == [], "a new import circle"
    assert [c for c in OPEN_CIRCLES if c not in found] == [], "broken or changed: update the list"


# The checks checked: each must fail on an import that breaks its rule.


@pytest.mark.parametrize(
    ("rule", "breaking", "keeping"),
    [
        (
            core_reaching_out,
            [
                Import("pos_desktop.core.money", "pos_desktop.i18n"),
                Import("pos_desktop.core.verdict", "pos_desktop.ui.cashier.banner", "describe"),
                Import("pos_desktop.core.store", "pos_desktop.cli.context", "Context"),
                Import("pos_desktop.core.store", "pos_desktop.cli.imports"),
                Import("pos_desktop.core.till", "pos_desktop.printing.thermal"),
                Import("pos_desktop.core.reports.tables", "pos_desktop.printing.pdf", "write"),
            ],
            [
                Import("pos_desktop.core.verdict", "pos_desktop.core.money", "Amount"),
                Import("pos_desktop.core.central.server", "pos_desktop", "__version__"),
                Import("pos_desktop.ui.cashier.banner", "pos_desktop.core.verdict"),
                Import("pos_desktop.printing.thermal", "pos_desktop.core.receipts", "Receipt"),
            ],
        ),
        (
            ledger_or_database_reaching_central,
            [
                Import("pos_desktop.core.ledger.audit", "pos_desktop.core.central.membership"),
                Import("pos_desktop.core.db.storage", "pos_desktop.core.central", "membership"),
                Import("pos_desktop.core.ledger.journal", "pos_desktop.core.central.server", "x"),
            ],
            [
                Import("pos_desktop.core.central.server", "pos_desktop.core.ledger.audit"),
                Import("pos_desktop.core.ledger.journal", "pos_desktop.core.ledger.hashchain"),
                Import("pos_desktop.core.staff", "pos_desktop.core.central.membership"),
            ],
        ),
        (
            printing_reaching_out,
            [
                Import("pos_desktop.printing.pdf", "pos_desktop.ui.common.style"),
                Import("pos_desktop.printing.thermal", "pos_desktop.cli.context", "print_json"),
            ],
            [
                Import("pos_desktop.printing.thermal", "pos_desktop.core.receipts"),
                Import("pos_desktop.ui.admin.staff_actions", "pos_desktop.printing.badge_card"),
            ],
        ),
        (
            windows_crossing,
            [
                Import("pos_desktop.ui.admin.app", "pos_desktop.ui.cashier.app", "quiet"),
                Import("pos_desktop.ui.cashier.window", "pos_desktop.ui.admin.signin"),
                Import("pos_desktop.ui.common.style", "pos_desktop.ui.admin.window"),
            ],
            [
                Import("pos_desktop.ui.admin.app", "pos_desktop.ui.common.style", "application"),
                Import("pos_desktop.ui.cashier.window", "pos_desktop.ui.cashier.banner"),
            ],
        ),
        (
            command_line_reaching_in,
            [
                Import("pos_desktop.cli.till", "pos_desktop.ui.cashier.window", "CashierWindow"),
                Import("pos_desktop.cli.windows", "pos_desktop.ui.admin.app"),
                Import("pos_desktop.cli.central", "pos_desktop.ui.cashier.app", "DEMO_SCRIPT"),
                Import("pos_desktop.launch", "pos_desktop.ui.admin.window"),
                Import("pos_desktop.cli.reports", "pos_desktop.ui.common.style", "application"),
                Import("pos_desktop.cli.reports", "pos_desktop.ui.cashier.receipt", "preview"),
            ],
            [
                Import("pos_desktop.cli.windows", "pos_desktop.ui.cashier.app", "run"),
                Import("pos_desktop.launch", "pos_desktop.ui.admin.app", "run"),
                Import("pos_desktop.cli.reports", "pos_desktop.printing.pdf", "save_html_pdf"),
                Import("pos_desktop.cli.reports", "pos_desktop.printing.receipt", "receipt_html"),
            ],
        ),
    ],
    ids=["core", "windows", "command line", "ledger and database", "printing"],
)
def test_each_layer_rule_fails_on_an_import_that_breaks_it(rule, breaking, keeping):
    assert rule(breaking) == breaking
    assert rule(keeping) == []


def test_the_circle_finder_finds_a_circle_however_it_is_imported(tmp_path):
    """A small package: a imports b at the top, b imports a inside a function, relatively;
    c imports the language; d imports a and is on no circle."""
    files = {
        "__init__.py": "",
        "i18n.py": "",
        "core/__init__.py": "",
        "core/a.py": "from pos_desktop.core import b\n",
        "core/b.py": "def later():\n    from . import a\n",
        "core/c.py": "from pos_desktop import i18n\n",
        "core/d.py": "import pos_desktop.core.a\n",
    }
    for name, text in files.items():
        (tmp_path / "pos_desktop" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "pos_desktop" / name).write_text(text, encoding="utf-8")
    found = imports_in(tmp_path / "pos_desktop")
    assert circles(found) == [{"core.a", "core.b"}]
    assert _lines(core_reaching_out(found)) == ["pos_desktop.core.c imports pos_desktop.i18n"]


def test_the_widget_finder_finds_a_widget_however_it_is_imported(tmp_path):
    files = {
        "a.py": "from PySide6.QtWidgets import QApplication\n",
        "b.py": "from PySide6.QtWidgets import QApplication, QLabel\n",
        "c.py": "def later():\n    import PySide6.QtWidgets\n",
        "d.py": "from PySide6 import QtGui, QtWidgets\n",
        "e.py": "from PySide6.QtGui import QPainter\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert widgets_in(tmp_path) == [
        "b.py: QLabel",
        "c.py: PySide6.QtWidgets",
        "d.py: QtWidgets",
    ]

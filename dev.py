"""Set up and run pos-desktop from a fresh checkout with nothing but Python 3.11.

    python3.11 dev.py demo    # create .venv, install, open the till window on a demo database
    python3.11 dev.py test    # create .venv, install with the test extras, run every test
                              # (both compile the translations first when their .ts changed)
    python3.11 dev.py lint    # ruff and mypy, as CI runs them
    python3.11 dev.py bundle  # the desktop bundle with PyInstaller, into dist/pos-desktop
    python3.11 dev.py lupdate # gather the texts to translate into resources/translations/*.ts

The virtual environment lives in .venv beside this file and is reinstalled only when
pyproject.toml changes. Only the standard library is used here.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
DEMO_DB = ROOT / "demo.sqlite"


def _ensure_env() -> None:
    if sys.version_info < (3, 11):
        sys.exit("pos-desktop needs Python 3.11 or newer; run this with python3.11.")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted and PYTHON.exists():
        return
    if not PYTHON.exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    print("Installing pos-desktop and its test and packaging tools into .venv ...", flush=True)
    _run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    _run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test,dev,escpos,bundle]"])
    STAMP.write_text(wanted)


def _run(cmd: list[str], env: dict[str, str] | None = None) -> int:
    result = subprocess.run(cmd, cwd=ROOT, env=env)
    if result.returncode != 0 and cmd[1:3] == ["-m", "pip"]:
        sys.exit(f"Installing failed (exit {result.returncode}); see the messages above.")
    return result.returncode


def compile_translations() -> None:
    """Each resources/translations/*.ts compiled to its .qm when the .ts is newer (the .qm
    files are built, never committed)."""
    lrelease = BIN / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        stale = not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime
        if stale and _run([str(lrelease), "-silent", str(ts), "-qm", str(qm)]) != 0:
            sys.exit(f"Compiling {ts.name} with lrelease failed; see the messages above.")


def demo(args: list[str]) -> int:
    """Build the demo database afresh and open the till window on it."""
    compile_translations()
    app = [str(PYTHON), "-m", "pos_desktop", "--db", str(DEMO_DB)]
    code = _run([*app, "init", "--demo", "--force"])
    return code or _run([*app, "cashier", *args])


def test(args: list[str]) -> int:
    """Run the whole test suite offscreen; pytest's 'no tests collected' counts as a failure."""
    compile_translations()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    code = _run([str(PYTHON), "-m", "pytest", *args], env=env)
    if code == 5:
        print("pytest collected no tests: the suite is missing or mis-configured.")
    return code


def lint(args: list[str]) -> int:
    """ruff (lint and format check) and mypy, strict on pos_desktop/core."""
    codes = [
        _run([str(PYTHON), "-m", "ruff", "check", "."]),
        _run([str(PYTHON), "-m", "ruff", "format", "--check", "."]),
        _run([str(PYTHON), "-m", "mypy", "pos_desktop"]),
    ]
    return max(codes)


def bundle(args: list[str]) -> int:
    """The one-folder desktop bundle in dist/pos-desktop (packaging/README.md)."""
    return _run([str(PYTHON), str(ROOT / "packaging" / "build.py"), *args])


def lupdate(args: list[str]) -> int:
    """Qt's lupdate over the package: every translate("Context", "text") into each .ts
    (new texts unfinished, texts no longer in the code dropped); then translate them in
    Qt Linguist (pyside6-linguist)."""
    tool = BIN / ("pyside6-lupdate.exe" if os.name == "nt" else "pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pos_desktop").rglob("*.py"))
    targets = sorted(str(p) for p in (ROOT / "resources" / "translations").glob("*.ts"))
    return _run([str(tool), *sources, "-locations", "none", "-no-obsolete", "-ts", *targets])


COMMANDS = {"demo": demo, "test": test, "lint": lint, "bundle": bundle, "lupdate": lupdate}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    _ensure_env()
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())

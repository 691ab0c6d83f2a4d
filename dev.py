"""Set up and run pos-desktop from a fresh checkout with nothing but Python 3.11.

    python3.11 dev.py demo    # create .venv, install the app, open the till on a demo database
    python3.11 dev.py test    # create .venv, install with the test tools, run every test
                              # (both compile the translations first when their .ts changed)
    python3.11 dev.py lint    # ruff and mypy, as CI runs them
    python3.11 dev.py bundle  # the desktop bundle with PyInstaller, into dist/pos-desktop
    python3.11 dev.py lupdate # gather the texts to translate into resources/translations/*.ts

The virtual environment lives in .venv beside this file and is reinstalled only when
pyproject.toml changes: `demo` installs only what the app needs to run, the other commands
add the test, lint, printer and packaging tools. The demo database (and its backups) is kept
in the app's user data folder, never in this checkout. Only the standard library is used here.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
# What running the app needs (no extras), and what testing, linting and bundling add.
APP, TOOLS = "app", "tools"
EXTRAS = {APP: "", TOOLS: "[test,dev,escpos,bundle]"}


def _ensure_env(wanted_set: str = TOOLS) -> None:
    """.venv with pos-desktop installed; `wanted_set` APP for the app alone, TOOLS with the
    test and packaging tools (a .venv that has the tools serves the app too)."""
    if sys.version_info < (3, 11):
        sys.exit("pos-desktop needs Python 3.11 or newer; run this with python3.11.")
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = STAMP.read_text().split() if STAMP.exists() else []
    have = ""
    if stamp[:1] == [digest]:  # an older stamp, the digest alone, had every tool installed
        have = stamp[1] if len(stamp) == 2 else TOOLS
    if PYTHON.exists() and have in (wanted_set, TOOLS):
        return
    if not PYTHON.exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    what = "pos-desktop" if wanted_set == APP else "pos-desktop and its test and packaging tools"
    print(f"Installing {what} into .venv ...", flush=True)
    _run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    _run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}{EXTRAS[wanted_set]}"])
    STAMP.write_text(f"{digest} {wanted_set}")


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
    """Build the demo database afresh in the app's data folder and open the till window on
    it; without a usable display, say why and show what the till would show instead."""
    compile_translations()
    database = demo_database()
    app = [str(PYTHON), "-m", "pos_desktop", "--db", str(database)]
    code = _run([*app, "init", "--demo", "--force"])
    if code:
        return code
    problem = display_problem()
    if problem is not None:
        print(problem, flush=True)
        return without_display(app, database)
    code = _run([*app, "cashier", *args])
    if code not in (0, 2):  # Qt gives up on a platform plugin with an abort, not a message
        missing = missing_xcb_packages()
        if missing:
            print(xcb_message(missing))
    return code


def demo_database() -> Path:
    """Where the app keeps the demo database: demo.sqlite in its user data folder."""
    found = subprocess.run(
        [str(PYTHON), "-c", "from pos_desktop.paths import demo_db_path; print(demo_db_path())"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if found.returncode != 0 or not found.stdout.strip():
        sys.exit(f"Cannot find the app's data folder:\n{found.stderr.strip()}")
    path = Path(found.stdout.strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def display_problem(
    environ: dict[str, str] | None = None, platform: str | None = None
) -> str | None:
    """Why the till window cannot open here, in one message, or None when it can: no
    display at all, or Qt's X11 plugin missing system libraries (Linux only)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM", "") not in ("", "xcb"):
        return None
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return (
            "There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the till "
            "window cannot open. Below is what it would show: a picture of the till after a "
            "demo checkout, and the same customer checked and priced from the command line."
        )
    if environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        missing = missing_xcb_packages()
        if missing:
            return xcb_message(missing)
    return None


def xcb_message(packages: list[str]) -> str:
    return (
        "The till window needs system libraries that Qt's X11 plugin loads and this desktop "
        "lacks. Install them, then run this again:\n"
        f"    sudo apt-get install {' '.join(packages)}\n"
        "(Debian and Ubuntu package names; other systems name them alike.)"
    )


def missing_xcb_packages() -> list[str]:
    """The Debian packages holding the libraries Qt's xcb platform plugin needs and the
    system lacks (found with ldd), in the order ldd names them; empty when all are there or
    when this cannot be told."""
    qt = _qt_folder()
    ldd = shutil.which("ldd")
    if qt is None or ldd is None:
        return []
    libraries = [
        qt / "plugins" / "platforms" / "libqxcb.so",
        *sorted(qt.glob("lib/libQt6XcbQpa.so*")),
    ]
    output = ""
    for library in libraries:
        if library.exists():
            output += subprocess.run([ldd, str(library)], capture_output=True, text=True).stdout
    # Qt 6.5+ opens libxcb-cursor itself at start-up, so ldd does not list it.
    if not _has_library("libxcb-cursor.so.0"):
        output += "\tlibxcb-cursor.so.0 => not found\n"
    return packages_for(output)


def packages_for(ldd_output: str) -> list[str]:
    """Debian package names for ldd's 'not found' lines: libxcb-icccm.so.4 is in
    libxcb-icccm4, libxkbcommon-x11.so.0 in libxkbcommon-x11-0 (Debian's naming rule)."""
    packages: list[str] = []
    for name in re.findall(r"^\s*(\S+)\s+=>\s+not found", ldd_output, re.MULTILINE):
        match = re.fullmatch(r"(lib[\w.+-]+?)\.so\.(\d+)(?:\.\d+)*", name)
        if not match:
            continue
        stem, major = match.groups()
        package = f"{stem}-{major}" if stem[-1].isdigit() else f"{stem}{major}"
        if package.lower() not in packages:
            packages.append(package.lower())
    return packages


def _qt_folder() -> Path | None:
    found = sorted(VENV.glob("lib*/python3*/site-packages/PySide6/Qt"))
    return found[0] if found else None


def _has_library(soname: str) -> bool:
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    try:
        listed = subprocess.run([ldconfig, "-p"], capture_output=True, text=True).stdout
    except OSError:
        return True  # cannot tell: let Qt say
    return soname in listed


def without_display(app: list[str], database: Path) -> int:
    """What the till would show, without a window: its picture after a demo checkout (drawn
    offscreen) and a demo customer's check and quote as the command line prints them."""
    picture = database.with_name("demo-till.png")
    offscreen = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    code = subprocess.run(
        [*app, "cashier", "--screenshot", str(picture)], cwd=ROOT, env=offscreen
    ).returncode
    anna = "2000000000015"
    for command in (
        ["check", anna],
        ["quote", "--customer", anna, "--item", "SHIRT-01", "--item", "COAT-01"],
    ):
        print(f"\n$ pos-desktop --db {database} {' '.join(command)}", flush=True)
        code = code or _run([*app, *command])
    return code


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
    _ensure_env(APP if sys.argv[1] == "demo" else TOOLS)
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())

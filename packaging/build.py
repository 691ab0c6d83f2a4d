"""Build the one-folder desktop bundle: dist/pos-desktop/ (on macOS also dist/pos-desktop.app).

    python3.11 dev.py bundle          # from a fresh checkout: installs PyInstaller, then this
    .venv/bin/python packaging/build.py

Steps: compile resources/translations/*.ts to .qm with Qt's lrelease, render the icons from
resources/icons/pos-desktop.svg into build/icons, then run PyInstaller on
packaging/pos-desktop.spec (work files in build/pyinstaller). packaging/smoke.py tries the result.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "pos-desktop.spec"
ICONS = ROOT / "build" / "icons"
DIST = ROOT / "dist"
TRANSLATIONS = ROOT / "resources" / "translations"

sys.path.insert(0, str(ROOT / "packaging"))


def compile_translations() -> list[Path]:
    """Each resources/translations/NAME.ts compiled beside it as NAME.qm."""
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    if not sources:
        return []
    lrelease = _tool("lrelease")
    built = []
    for ts in sources:
        qm = ts.with_suffix(".qm")
        _run([lrelease, "-silent", str(ts), "-qm", str(qm)], f"compiling {ts.name}")
        built.append(qm)
    return built


def _tool(name: str) -> str:
    """A Qt tool shipped in the PySide6 wheel (PySide6/lrelease), else pyside6-NAME on PATH."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if found is None:
        sys.exit(f"bundle: Qt's {name} was not found in the PySide6 installation")
    return found


def _run(command: list[str], what: str) -> None:
    result = subprocess.run(command, cwd=ROOT)
    if result.returncode != 0:
        sys.exit(f"bundle: {what} failed (exit {result.returncode}); see the messages above.")


def main() -> int:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit(
            "bundle: PyInstaller is not installed here; run `python3.11 dev.py bundle`, "
            "which installs the bundle extra into .venv."
        )
    from icons import write_icons

    for qm in compile_translations():
        print(f"bundle: compiled {qm.relative_to(ROOT)}", flush=True)
    write_icons(ICONS)
    print(f"bundle: rendered the icons into {ICONS.relative_to(ROOT)}", flush=True)
    _run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(SPEC),
        ],
        "PyInstaller",
    )
    program = DIST / "pos-desktop" / ("pos-desktop.exe" if os.name == "nt" else "pos-desktop")
    if not program.is_file():
        sys.exit(f"bundle: PyInstaller finished but {program} is missing")
    print(f"bundle: built {program.parent}; start it with {program}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

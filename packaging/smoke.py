"""Try the built bundle (dist/pos-desktop) the way a till would, offscreen, in a scratch folder.

    python3.11 packaging/smoke.py [BUNDLE_FOLDER]

Runs, from the bundle: --version; cashier --demo --screenshot (the demo store built on first
use: sqlite-utils, argon2 PINs; the till window drawn and saved as PNG); check --json; a sale
and its receipt as PDF (python-barcode, Qt's PDF writer) and as ESC/POS bytes when the bundle
has python-escpos; admin --demo --screenshot (the admin window with its Qt Charts report page).
Standard library only, so it runs with any Python 3.11. Exits 1 with what failed.
"""

from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANNA, PIOTR = "2000000000015", "2000000000022"


class SmokeFailure(Exception):
    pass


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "pos-desktop"
    name = "pos-desktop-cli.exe" if sys.platform == "win32" else "pos-desktop"
    program = folder / name
    if not program.is_file():
        print(f"smoke: no bundle at {program}; build it with `python3.11 dev.py bundle`")
        return 1
    version = re.search(r'__version__ = "([^"]+)"', (ROOT / "pos_desktop/__init__.py").read_text())
    assert version is not None
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="pos-desktop-smoke-") as scratch:
        tmp = Path(scratch)
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            POS_DESKTOP_DB=str(tmp / "pos-desktop.sqlite"),  # --demo uses demo.sqlite beside it
            HOME=str(tmp),
            XDG_DATA_HOME=str(tmp / "data"),
            XDG_CONFIG_HOME=str(tmp / "config"),
            XDG_RUNTIME_DIR=str(tmp / "run"),
        )
        (tmp / "run").mkdir(mode=0o700)

        def run(*args: str) -> str:
            started = time.monotonic()
            result = subprocess.run(
                [str(program), *args], env=env, capture_output=True, text=True, timeout=180
            )
            took = time.monotonic() - started
            if result.returncode != 0:
                raise SmokeFailure(
                    f"`pos-desktop {' '.join(args)}` exited {result.returncode} after {took:.1f} s:"
                    f"\n{result.stdout}{result.stderr}".rstrip()
                )
            return result.stdout

        def check_version() -> str:
            out = run("--version").strip()
            if out != f"pos-desktop {version[1]}":
                raise SmokeFailure(f"--version printed {out!r}, not 'pos-desktop {version[1]}'")
            return out

        def cashier_screenshot() -> str:
            png = tmp / "cashier.png"
            run("cashier", "--demo", "--screenshot", str(png))
            return describe_png(png, min_width=800, min_height=500)

        def check_badge() -> str:
            verdict = json.loads(run("--db", str(tmp / "demo.sqlite"), "check", ANNA, "--json"))
            if verdict["status"] != "internal" or not verdict["eligible"]:
                raise SmokeFailure(f"check {ANNA} answered {verdict}, not an eligible internal")
            return f"{verdict['holder']['name']}: {verdict['message']}"

        def sale_receipt() -> str:
            db = ("--db", str(tmp / "demo.sqlite"))
            basket = ("--customer", ANNA, "--cashier", PIOTR, "--item", "SHIRT-01")
            sold = json.loads(run(*db, "sell", *basket, "--json"))
            pdf = tmp / "receipt.pdf"
            run(*db, "receipt", sold["sale_id"], "--pdf", str(pdf))
            if not pdf.read_bytes().startswith(b"%PDF") or pdf.stat().st_size < 2000:
                raise SmokeFailure(f"the receipt PDF {pdf} is not a PDF with content")
            said = f"sale {sold['sale_id'][:8]}, total {sold['total']}, PDF {pdf.stat().st_size} B"
            if (folder / "_internal" / "escpos").is_dir():
                raw = tmp / "receipt.escpos"
                run(*db, "receipt", sold["sale_id"], "--escpos", f"file:{raw}")
                if b"SHIRT" not in raw.read_bytes().upper():
                    raise SmokeFailure(f"the ESC/POS receipt {raw} does not name the shirt")
                said += f", ESC/POS {raw.stat().st_size} B"
            return said

        def admin_screenshot() -> str:
            png = tmp / "admin.png"
            run("admin", "--demo", "--screenshot", str(png))
            return describe_png(png, min_width=800, min_height=500)

        steps = (check_version, cashier_screenshot, check_badge, sale_receipt, admin_screenshot)
        for step in steps:
            started = time.monotonic()
            try:
                said = step()
            except (SmokeFailure, subprocess.TimeoutExpired, OSError, ValueError) as exc:
                failed += 1
                print(f"smoke: FAILED {step.__name__}: {exc}", flush=True)
            else:
                passed += 1
                took = time.monotonic() - started
                print(f"smoke: ok {step.__name__} ({took:.1f} s): {said}", flush=True)
        keep = os.environ.get("SMOKE_KEEP")
        if keep:
            for png in tmp.glob("*.png"):
                Path(keep).mkdir(parents=True, exist_ok=True)
                (Path(keep) / png.name).write_bytes(png.read_bytes())
    print(f"smoke: {passed} passed, {failed} failed")
    return 1 if failed else 0


def describe_png(path: Path, *, min_width: int, min_height: int) -> str:
    """Check the file is a PNG of at least that size whose rows are not all alike; say so."""
    if not path.is_file():
        raise SmokeFailure(f"no screenshot was written at {path}")
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SmokeFailure(f"{path} is not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    if width < min_width or height < min_height:
        raise SmokeFailure(f"{path} is {width}x{height}, smaller than {min_width}x{min_height}")
    idat, at = b"", 8
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at : at + 8])
        if kind == b"IDAT":
            idat += data[at + 8 : at + 8 + length]
        at += 12 + length
    raw = zlib.decompress(idat)
    stride = len(raw) // height
    rows = {raw[i * stride + 1 : (i + 1) * stride] for i in range(height)}
    if len(rows) < height // 4:
        raise SmokeFailure(f"{path} looks blank: {len(rows)} different rows in {height}")
    return f"{path.name} {width}x{height}, {len(rows)} different rows, {len(data)} B"


if __name__ == "__main__":
    sys.exit(main())

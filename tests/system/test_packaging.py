"""The desktop bundle's inputs: the spec ships every resource the app loads, the icon draws,
and the desktop entry starts the program. (packaging/smoke.py tries the built bundle in CI.)"""

from __future__ import annotations

import ast
import configparser
import re
from pathlib import Path

from pos_desktop.resources import resource, resources_dir
from pos_desktop.ui.common.style import app_icon

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "pos-desktop.spec"
# Sources compiled at packaging time; the spec ships what they compile to.
COMPILED = {".ts"}


def spec_resources() -> dict[str, str]:
    """The spec's RESOURCES list: file under the checkout -> folder in the bundle."""
    for node in ast.parse(SPEC.read_text()).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "RESOURCES":
            return dict(ast.literal_eval(node.value))
    raise AssertionError(f"{SPEC} has no RESOURCES list")


def test_every_file_under_resources_is_in_the_bundle() -> None:
    shipped = spec_resources()
    files = {
        path.relative_to(ROOT).as_posix()
        for path in resources_dir().rglob("*")
        if path.is_file() and path.suffix not in COMPILED and path.suffix != ".qm"
    }
    assert files, "resources/ is empty"
    assert sorted(files - shipped.keys()) == [], "add these to RESOURCES in the spec"
    assert sorted(shipped.keys() - files) == [], "the spec lists files that do not exist"
    for source, folder in shipped.items():
        assert folder == str(Path(source).parent.as_posix()), f"{source} moves in the bundle"


def test_every_resource_the_app_names_is_shipped() -> None:
    named = set()
    for module in (ROOT / "pos_desktop").rglob("*.py"):
        named |= set(re.findall(r"""\bresource\(\s*["']([^"']+)["']""", module.read_text()))
    assert "icons/pos-desktop.svg" in named
    shipped = spec_resources()
    missing = [name for name in sorted(named) if f"resources/{name}" not in shipped]
    assert missing == [], "the app loads these but the bundle would not have them"


def test_the_app_icon_draws_at_every_desktop_size(qapp) -> None:
    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 32, 48, 256):
        image = icon.pixmap(size, size).toImage()
        assert (image.width(), image.height()) == (size, size)
        corner, middle = image.pixelColor(0, 0), image.pixelColor(size // 2, size // 3)
        assert corner.alpha() == 0, "the rounded corners are transparent"
        assert middle.alpha() == 255, f"the badge is drawn at {size} px"


def test_the_desktop_entry_starts_the_program_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment, method-assign]
    entry.read(resource("pos-desktop.desktop"), encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application"
    assert main["Exec"] == "pos-desktop"
    assert main["Icon"] == Path(resource("icons/pos-desktop.svg")).stem
    assert set(main["Categories"].rstrip(";").split(";")) >= {"Office", "Finance"}
    assert main["Terminal"] == "false"
    for action in main["Actions"].rstrip(";").split(";"):
        assert entry[f"Desktop Action {action}"]["Exec"].startswith("pos-desktop ")

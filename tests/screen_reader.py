"""What a screen reader (Orca) gets from the app over the real accessibility bus (AT-SPI).

Run by Debian's Python, which has pyatspi, inside `dbus-run-session`: starts a virtual X
screen and the accessibility bus, opens the till or the admin window on a database with the
app's own Python, works it as a screen-reader user would (the scanner types into the till;
the admin signs in through the dialog's fields and button, then opens each page through the
tab list) and prints, as JSON, what each surface says: every control with the name it is
announced by, and the till's labels. A combo box is announced by the label pointing at it
(Qt on Linux gives a combo its value as name), so its name here is that label's.

    dbus-run-session -- /usr/bin/python3 tests/screen_reader.py APP_PYTHON DB MODE LANG [SCANS...]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]

CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_PAGE_TAB,
}
TABLES = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST}
PASSWORD = "a long admin secret 42"


def showing(node: object, roles: set[int]) -> list[object]:
    found = []
    try:
        role = node.getRole()
        if role in roles and node.getState().contains(pyatspi.STATE_SHOWING):
            found.append(node)
        if role in TABLES:  # its cells are read as the cursor moves; not walked here
            return found
        children = list(node)
    except Exception:  # a node gone while walking (a page being rebuilt)
        return found
    for child in children:
        if child is not None:
            found.extend(showing(child, roles))
    return found


def announced(node: object) -> str:
    if node.getRole() != pyatspi.ROLE_COMBO_BOX:
        return str(node.name)
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            return " ".join(relation.getTarget(i).name for i in range(relation.getNTargets()))
    return ""


def controls(app: object) -> list[list[str]]:
    return [[node.getRoleName(), announced(node)] for node in showing(app, CONTROLS)]


def find_app(wait: float = 40) -> object:
    end = time.monotonic() + wait
    while time.monotonic() < end:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == "pos-desktop":
                return app
        time.sleep(0.3)
    raise SystemExit("the app did not appear on the accessibility bus")


def settle(app: object, roles: set[int], wait: float = 20) -> list[object]:
    """The showing nodes of those roles once the window has them."""
    end = time.monotonic() + wait
    while time.monotonic() < end:
        if showing(app, roles):
            time.sleep(0.5)
            return showing(app, roles)
        time.sleep(0.3)
    return []


def scan(text: str) -> None:
    subprocess.run(["xdotool", "type", "--delay", "5", text], check=True)
    subprocess.run(["xdotool", "key", "Return"], check=True)
    time.sleep(1.0)


def till(app: object, scans: list[str]) -> dict[str, object]:
    """Scan, listening for what the till announces (Orca speaks announcements as they come)."""
    import threading

    from gi.repository import GLib  # type: ignore[import-not-found]

    announced: list[str] = []
    said: dict[str, object] = {}

    def heard(event: object) -> None:
        announced.append(str(event.any_data))

    def work() -> None:
        try:
            settle(app, {pyatspi.ROLE_TEXT})
            announced.clear()  # what the till says once a cashier starts scanning
            for text in scans:
                scan(text)
            said["till"] = controls(app)
            said["labels"] = [str(n.name) for n in showing(app, {pyatspi.ROLE_LABEL}) if n.name]
        finally:
            GLib.idle_add(pyatspi.Registry.stop)

    pyatspi.Registry.registerEventListener(heard, "object:announcement")
    threading.Thread(target=work, daemon=True).start()
    pyatspi.Registry.start()
    return {**said, "announced": announced}


def admin(app: object) -> dict[str, object]:
    said: dict[str, object] = {}
    fields = settle(app, {pyatspi.ROLE_PASSWORD_TEXT})
    said["sign-in"] = controls(app)
    for field in fields:  # a new database: the password is set twice
        field.queryEditableText().setTextContents(PASSWORD)
    showing(app, {pyatspi.ROLE_PUSH_BUTTON})[0].queryAction().doAction(0)  # OK
    tabs = settle(app, {pyatspi.ROLE_PAGE_TAB_LIST})
    if not tabs:
        raise SystemExit("the admin window did not open after signing in")
    names = [str(tab.name) for tab in showing(app, {pyatspi.ROLE_PAGE_TAB})]
    for index, name in enumerate(names):
        tabs[0].querySelection().selectChild(index)
        time.sleep(1.0)
        said[name] = controls(app)
    return said


def main() -> None:
    python, database, mode, language, *scans = sys.argv[1:]
    screen = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    display = ":" + screen.stdout.readline().strip()
    env = os.environ | {
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
    }
    os.environ["DISPLAY"] = display
    bus = subprocess.Popen(
        ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    app_process = subprocess.Popen(
        [python, "-m", "pos_desktop", "--db", database, "--lang", language, mode],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        app = find_app()
        print(json.dumps(till(app, scans) if mode == "cashier" else admin(app)))
    finally:
        for process in (app_process, bus, screen):
            process.kill()


if __name__ == "__main__":
    main()

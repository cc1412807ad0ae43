"""The screen-reader side of the AT-SPI test: runs in the system python3 (python3-pyatspi).

Started inside a private D-Bus session (dbus-run-session) by tests/window/test_atspi.py. It
starts the app (argv[1] = the venv's python, argv[2] = a data folder), asks it for each
screen in turn, walks the accessibility tree the way Orca would, and prints one JSON line:
{"problems": [...], "announcements": [...], "screens": [...]}. A problem is an interactive
object with no name, or a filler/panel that takes focus, on a showing screen.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time

from gi.repository import Gio, GLib


def _private_a11y_bus() -> None:
    """Use this D-Bus session's accessibility bus, named in the environment (read first by libatspi and Qt).

    Without it both ends may take the address the bus launcher writes on the X display's root
    window, which another probe on the same display (a parallel test worker) can overwrite.
    """
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    reply = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                              GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, 10000, None)
    os.environ["AT_SPI_BUS_ADDRESS"] = reply.unpack()[0]


_private_a11y_bus()
import pyatspi  # noqa: E402 - after the bus address is set

SCREENS = ["unlock", "wizard"] + [f"section {s}" for s in
                                  ("today", "plan", "diary", "charts", "learn", "reports", "settings")] + ["calendar", "symptom"]
INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_LINK, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_DATE_EDITOR, pyatspi.ROLE_SCROLL_BAR,
}
# A tab bar (page tab list) takes focus on purpose: it is how the keyboard picks a tab.
CONTAINERS = {pyatspi.ROLE_FILLER, pyatspi.ROLE_PANEL, pyatspi.ROLE_SCROLL_PANE,
              pyatspi.ROLE_VIEWPORT, pyatspi.ROLE_GROUPING}
#: Rows of a long list or table: the first ones stand for the rest (one D-Bus call per object).
MAX_CHILDREN = 40


def pump(seconds: float) -> None:
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.01)


def find_app(pid: int, timeout: float = 20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # noqa: BLE001 - an app that left the bus while we looked
                continue
        pump(0.2)
    return None


def walk(node, path, screen, problems, roles, depth=0):
    try:
        states = node.getState()
        role = node.getRole()
        name = node.name or ""
    except Exception:  # noqa: BLE001 - the object went away (a view rebuilt itself): not ours to judge
        return
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    here = f"{path}/{node.getRoleName()}:{name[:40]}"
    roles[node.getRoleName()] = roles.get(node.getRoleName(), 0) + 1
    focusable = states.contains(pyatspi.STATE_FOCUSABLE)
    if role in INTERACTIVE and role != pyatspi.ROLE_SCROLL_BAR and not name.strip():
        problems.append({"screen": screen, "path": here, "problem": "interactive object with no name"})
    if role in CONTAINERS and focusable:
        problems.append({"screen": screen, "path": here, "problem": "container takes focus"})
    if depth > 40:
        return
    for i in range(min(node.childCount, MAX_CHILDREN)):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, here, screen, problems, roles, depth + 1)


def read_day_cells(app) -> list[str]:
    """What a reader says for each cell of the Plan's calendar (headers are the week's days)."""
    grid = pyatspi.findDescendant(app, lambda node: node.getRole() == pyatspi.ROLE_TABLE
                                  and node.name == "Month calendar of doses and appointments")
    if grid is None:
        return []
    cells = (grid.getChildAtIndex(i) for i in range(min(grid.childCount, 60)))
    return [cell.name for cell in cells if cell is not None and cell.getRole() == pyatspi.ROLE_TABLE_CELL]


def main() -> int:
    python, data_dir, app_script = sys.argv[1], sys.argv[2], sys.argv[3]
    announcements: list[dict] = []

    def heard(event) -> None:
        announcements.append({"text": str(event.any_data), "source": event.source.getRoleName() if event.source else ""})

    pyatspi.Registry.registerEventListener(heard, "object:announcement")
    app_process = subprocess.Popen([python, app_script, data_dir], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   text=True, bufsize=1)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in app_process.stdout], daemon=True).start()

    def wait_ready(what: str, timeout: float = 30.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            pump(0.05)
            try:
                line = lines.get_nowait()
            except queue.Empty:
                if app_process.poll() is not None:
                    raise RuntimeError(f"the app ended before {what!r}") from None
                continue
            if line.strip() == f"ready {what}":
                pump(0.3)  # let Qt's accessibility events arrive
                return
        raise RuntimeError(f"the app did not show {what!r} in {timeout} s")

    def send(command: str) -> None:
        app_process.stdin.write(command + "\n")
        app_process.stdin.flush()
        wait_ready(command)

    problems: list[dict] = []
    windows: dict[str, list] = {}  # screen -> [role, name] of each showing window
    roles: dict[str, dict] = {}  # screen -> role name -> how many showing objects have it
    timings = {}
    day_cells: list[str] = []
    try:
        wait_ready("start")
        app = find_app(app_process.pid)
        if app is None:
            raise RuntimeError("the app never appeared on the accessibility bus")
        for screen in SCREENS:
            started = time.monotonic()
            send(screen)
            for i in range(app.childCount):
                window = app.getChildAtIndex(i)
                if window is not None and window.getState().contains(pyatspi.STATE_SHOWING):
                    windows.setdefault(screen, []).append([window.getRoleName(), window.name])
                    walk(window, "", screen, problems, roles.setdefault(screen, {}))
            timings[screen] = round(time.monotonic() - started, 2)
            if screen == "calendar":
                day_cells = read_day_cells(app)
        announcements.clear()
        send("rate")
        pump(0.3)
        slider = pyatspi.findDescendant(app, lambda node: node.getRole() == pyatspi.ROLE_SLIDER)
        rated = {"name": slider.name, "description": slider.description} if slider is not None else None
        announcements.clear()
        send("save-fever")
        pump(1.0)
        print(json.dumps({"problems": problems, "announcements": announcements, "seconds": timings,
                          "windows": windows, "roles": roles, "rated": rated, "day_cells": day_cells}), flush=True)
        return 0
    finally:
        try:
            app_process.stdin.write("quit\n")
            app_process.stdin.flush()
            app_process.wait(10)
        except (OSError, subprocess.TimeoutExpired):
            app_process.kill()
            app_process.wait(5)


if __name__ == "__main__":
    sys.exit(main())

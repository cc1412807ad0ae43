"""Which interface code still reads or writes the journal on the GUI thread (issue 15).

Every connection taken from a journal's pool on the GUI thread is traced back to the innermost
frame in tracker/ui; that "file:function" site must be listed in gui_thread_db_allowed.txt.
The list only shrinks: a new site fails the test that reached it, so database work cannot creep
back onto the GUI thread. `GUI_THREAD_SITES=path` makes each test process write the sites it saw
there, to check that every listed site is still reached.

Loaders named `*_data.py` are made to run on the task runner; a test calling one directly on
its own thread is not the interface doing database work, so those are not counted.
"""

from __future__ import annotations

import os
import threading
import traceback
from pathlib import Path

ALLOWED_FILE = Path(__file__).parent / "ui" / "gui_thread_db_allowed.txt"


def allowed_sites() -> set[str]:
    lines = ALLOWED_FILE.read_text(encoding="utf-8").splitlines()
    return {line.split("#", 1)[0].strip() for line in lines} - {""}


class GuiThreadDatabaseProbe:
    """Collects the interface sites that took a journal connection on the GUI thread."""

    def __init__(self) -> None:
        self.sites: set[str] = set()

    def on_checkout(self, *_args: object) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        site = interface_site(traceback.extract_stack())
        if site is not None:
            self.sites.add(site)


def interface_site(frames: traceback.StackSummary) -> str | None:
    ui = [frame for frame in frames if "/tracker/ui/" in frame.filename]
    if not ui or ui[0].filename.endswith("_data.py"):
        return None
    frame = ui[-1]
    return f"{frame.filename.split('/tracker/', 1)[1]}:{frame.name}"


def record_seen(sites: set[str]) -> None:
    """With GUI_THREAD_SITES set, append the sites a test reached to that file."""
    path = os.environ.get("GUI_THREAD_SITES")
    if path and sites:
        with open(path, "a", encoding="utf-8") as out:
            out.writelines(f"{site}\n" for site in sorted(sites))

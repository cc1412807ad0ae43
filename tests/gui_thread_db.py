"""Interface code never reads or writes the journal on the GUI thread (issue 15).

Every connection taken from a journal's pool on the GUI thread is traced back to the innermost
frame in tracker/ui; any such "file:function" site fails the test that reached it, so database
work cannot creep back onto the GUI thread (it runs on the task runner, ui/common/runner.py).
`GUI_THREAD_SITES=path` makes each test process append the sites it saw there.

A test calling a loader function directly (a module-level function of tracker/ui, such as
`today_data.load`, which the app runs on the task runner) is not the interface doing database
work on the GUI thread, so that is not counted; a test calling a widget's method still is.
"""

from __future__ import annotations

import os
import sys
import threading
from types import FrameType


class GuiThreadDatabaseProbe:
    """Collects the interface sites that took a journal connection on the GUI thread."""

    def __init__(self) -> None:
        self.sites: set[str] = set()

    def on_checkout(self, *_args: object) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        site = interface_site(sys._getframe(1))
        if site is not None:
            self.sites.add(site)


def interface_site(innermost: FrameType | None) -> str | None:
    """"file:function" of the innermost tracker/ui frame, or None (no interface code, or a test
    calling a loader function directly)."""
    frames = []  # innermost first
    while innermost is not None:
        frames.append(innermost)
        innermost = innermost.f_back
    ui = [i for i, frame in enumerate(frames) if "/tracker/ui/" in frame.f_code.co_filename]
    if not ui:
        return None
    outermost = frames[ui[-1]]
    caller = frames[ui[-1] + 1] if ui[-1] + 1 < len(frames) else None
    if (caller is not None and "/tests/" in caller.f_code.co_filename
            and "self" not in outermost.f_locals and "cls" not in outermost.f_locals):
        return None
    frame = frames[ui[0]]
    return f"{frame.f_code.co_filename.split('/tracker/', 1)[1]}:{frame.f_code.co_name}"


def record_seen(sites: set[str]) -> None:
    """With GUI_THREAD_SITES set, append the sites a test reached to that file."""
    path = os.environ.get("GUI_THREAD_SITES")
    if path and sites:
        with open(path, "a", encoding="utf-8") as out:
            out.writelines(f"{site}\n" for site in sorted(sites))

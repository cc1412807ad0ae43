"""What a start loads before the unlock window paints: only what that window needs."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = r'''
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class Spy(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.window().isVisible():
            print(" ".join(sorted(sys.modules)), flush=True)
            os._exit(0)
        return False

app = QApplication([sys.argv[0]])
spy = Spy()
app.installEventFilter(spy)
from tracker.ui.app import run_gui
run_gui(["--data-dir", sys.argv[1]])
'''

#: Not needed to paint the unlock window; loaded later (on unlock, on an error, by the timer
#: that starts reminders): each costs start-up time before anything is on screen.
LATER = ("sqlalchemy", "sqlcipher3", "argon2", "zoneinfo", "tracker.ui.common.bug_report",
         "tracker.ui.reminders.controller", "matplotlib")


def test_the_unlock_window_paints_before_the_storage_stack_zones_and_bug_dialog_load(created, data_dir):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", PROBE, str(data_dir)], capture_output=True, text=True, env=env,
                         timeout=120, check=True).stdout
    loaded = set(out.split())
    assert "tracker.ui.unlock.window" in loaded
    assert [m for m in LATER if m in loaded] == []

"""A real notification daemon on a real D-Bus session: what the reminder sends, and its actions.

dbus-run-session starts a private session bus with dunst (Debian package `dunst`) as the
notification server; dbus-monitor captures the Notify call. Dunst's context menu invokes the
"Snooze 10 min" and "Taken" actions (its menu program is a script that picks the line), and
`dunstctl action` clicks the notification. Needs an X server (run under xvfb-run).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from tracker import APP_ID
from tracker.services import doses, people, plan, reminders
from tracker.ui.context import AppContext
from tracker.ui.reminders import notify
from tracker.ui.reminders.controller import ReminderController

TOOLS = ("dbus-run-session", "dbus-monitor", "dbus-send", "dunst", "dunstctl")
pytestmark = [
    pytest.mark.window,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="dunst needs an X server (DISPLAY); run under xvfb-run"),
    pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS),
                       reason="needs dbus-run-session, dbus-monitor, dbus-send (Debian: dbus), dunst and dunstctl (Debian: dunst)"),
]

PICKER = """#!/bin/sh
# dunst's menu program: read the actions offered, answer with the one named in ./choice
exec grep -m1 -F "$(cat '{folder}/choice')"
"""
DUNSTRC = """[global]
    dmenu = {folder}/pick.sh
[urgency_critical]
    timeout = 0
"""


@dataclass
class Daemon:
    folder: Path
    env: dict

    def notify_calls(self) -> list[str]:
        text = (self.folder / "monitor.log").read_text(errors="replace")
        return [block for block in text.split("method call ")[1:] if "member=Notify" in block.splitlines()[0]]

    def choose(self, label: str) -> None:
        (self.folder / "choice").write_text(label)
        subprocess.run(["dunstctl", "context"], env=self.env, check=True, timeout=10)

    def click(self) -> None:
        subprocess.run(["dunstctl", "action", "0"], env=self.env, check=True, timeout=10)


@pytest.fixture
def daemon(tmp_path, monkeypatch):
    folder = tmp_path / "dunst"
    folder.mkdir()
    (folder / "pick.sh").write_text(PICKER.format(folder=folder))
    (folder / "pick.sh").chmod(0o700)
    (folder / "dunstrc").write_text(DUNSTRC.format(folder=folder))
    address_file = folder / "address"
    with (folder / "dunst.log").open("w") as log:  # the child keeps its own copy of the handle
        session = subprocess.Popen(
            ["dbus-run-session", "--", "sh", "-c", f'echo "$DBUS_SESSION_BUS_ADDRESS" > "{address_file}"; '
                                                   f'exec dunst -config "{folder}/dunstrc"'],
            stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
    monitor = None
    try:
        deadline = time.monotonic() + 15
        while not (address_file.exists() and address_file.read_text().strip()):
            assert time.monotonic() < deadline and session.poll() is None, "the D-Bus session did not start"
            time.sleep(0.05)
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address_file.read_text().strip())
        # Asked without D-Bus activation (dunstctl would start a second, unconfigured dunst).
        owner = ["dbus-send", "--session", "--print-reply=literal", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                 "org.freedesktop.DBus.NameHasOwner", f"string:{notify.BUS_NAME}"]
        while "true" not in subprocess.run(owner, env=env, capture_output=True, text=True, check=False).stdout:
            assert time.monotonic() < deadline, "dunst did not start: " + (folder / "dunst.log").read_text()
            time.sleep(0.1)
        with (folder / "monitor.log").open("w") as log:
            monitor = subprocess.Popen(["dbus-monitor", "--session", f"interface='{notify.BUS_NAME}'"], env=env,
                                       stdout=log, stderr=subprocess.STDOUT)
        time.sleep(0.3)  # let the monitor attach
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", env["DBUS_SESSION_BUS_ADDRESS"])
        yield Daemon(folder, env)
    finally:
        if monitor is not None:
            monitor.terminate()
            monitor.wait(10)
        os.killpg(session.pid, signal.SIGTERM)  # the group we started: dbus-run-session, its bus and dunst
        session.wait(10)


def settle(qtbot) -> None:
    """Let the task runner end its work (the reminders read and write there) and deliver it."""
    from tracker.ui.common.runner import task_runner

    runner = task_runner()
    assert runner.wait_idle(30000)
    qtbot.waitUntil(runner.is_idle, timeout=30000)


def test_reminder_notification_and_its_actions_over_real_dbus(qtbot, daemon, journal, data_dir, london):
    from tracker.domain.clock import FixedClock

    clock = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=london))
    line = plan.add_line(journal, name="Capecitabine", start=date(2026, 3, 1))
    plan.add_regimen_drug(journal, line.id, drug_id="capecitabine", times=["08:00", "20:00"], start=date(2026, 3, 1),
                          pattern={"kind": "cycle_days", "length": 21, "days": list(range(1, 15))})
    reminders.mark_seen(journal, clock)
    ctx = AppContext(data_dir=data_dir, journal=journal, clock=clock)
    notifier = notify.Notifier(channel="freedesktop")
    controller = ReminderController(clock, data_dir, notifier=notifier)
    controller.attach(ctx)
    try:
        controller.tick()
        qtbot.waitUntil(lambda: len(daemon.notify_calls()) == 1, timeout=10000)
        call = daemon.notify_calls()[0]
        assert 'string "Treatment Journey"' in call  # app name
        assert re.search(r'string "file://\S+/packaging/icon.svg"', call)  # our icon, not Python's
        assert 'string "A dose is due."' in call and "apecitabine" not in call
        for text in ('string "taken"', 'string "Taken"', 'string "snooze"', 'string "Snooze 10 min"', 'string "default"'):
            assert text in call
        assert re.search(r'string "urgency"\s+variant\s+byte 2', call)  # critical: stays on screen
        assert re.search(r'string "category"\s+variant\s+string "x-treatmentjourney.reminder"', call)
        assert re.search(rf'string "desktop-entry"\s+variant\s+string "{APP_ID}"', call)
        assert re.search(r'string "sound-name"\s+variant\s+string "alarm-clock-elapsed"', call)
        assert call.rstrip().endswith("int32 0")  # no timeout

        with qtbot.waitSignal(notifier.activated, timeout=10000) as pressed:
            daemon.choose("Snooze 10 min")
        assert pressed.args == [notify.SNOOZE]
        clock.advance(minutes=9)
        controller.tick()
        settle(qtbot)
        qtbot.wait(300)
        assert len(daemon.notify_calls()) == 1  # snoozed
        clock.advance(minutes=1)
        controller.tick()
        qtbot.waitUntil(lambda: len(daemon.notify_calls()) == 2, timeout=10000)

        with qtbot.waitSignal(notifier.activated, timeout=10000) as pressed:
            daemon.choose("Taken")
        assert pressed.args == [notify.TAKEN]
        settle(qtbot)  # the dose is marked on the task runner
        morning = doses.today_list(journal, clock).today[0]
        assert morning.status == doses.TAKEN and morning.entered_by_id == people.patient(journal).id
        controller.tick()
        settle(qtbot)
        qtbot.wait(300)
        assert len(daemon.notify_calls()) == 2  # marked: no more

        clock.set(datetime(2026, 3, 10, 20, 0, tzinfo=london))
        controller.tick()
        qtbot.waitUntil(lambda: len(daemon.notify_calls()) == 3, timeout=10000)
        with qtbot.waitSignal(controller.show_requested, timeout=10000):
            daemon.click()
    finally:
        controller.shutdown()
        controller.deleteLater()


def test_desktop_notifier_channel_used_on_windows_and_macos_works_the_same(qtbot, daemon):
    """desktop-notifier's API (our channel on Windows and macOS) checked through its D-Bus backend."""
    notifier = notify.Notifier(channel="desktop-notifier")
    try:
        notifier.show("Treatment Journey", "A dose is due.",
                      [(notify.DEFAULT, "Show today's doses"), (notify.TAKEN, "Taken"), (notify.SNOOZE, "Snooze 10 min")])
        qtbot.waitUntil(lambda: len(daemon.notify_calls()) == 1, timeout=10000)
        call = daemon.notify_calls()[0]
        assert re.search(r'string "file://\S+/packaging/icon.svg"', call)
        assert re.search(r'string "urgency"\s+variant\s+byte 2', call)
        assert 'string "Taken"' in call and 'string "Snooze 10 min"' in call
        with qtbot.waitSignal(notifier.activated, timeout=10000) as pressed:
            daemon.choose("Taken")
        assert pressed.args == [notify.TAKEN]
    finally:
        notifier.stop()

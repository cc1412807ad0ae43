"""Running in the background: closing locks and hides, Quit quits, a second start comes forward,
a start at login is minimised, locked and reminding."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tracker.services import doses, people, plan, reminder_times
from tracker.ui.context import Change
from tracker.ui.main import single_instance
from tracker.ui.reminders import notify

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def background(qapp):
    """The app as `run_gui` sets it up: closing the last window does not quit."""
    qapp.setQuitOnLastWindowClosed(False)
    yield qapp
    qapp.setQuitOnLastWindowClosed(True)


def notices() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_closing_locks_and_hides_once_with_a_notice_and_quit_closes(qtbot, background, main_window, data_dir):
    main_window.close()
    assert main_window.locked and not main_window.isVisible()
    assert main_window.reminders.timer.isActive()  # still reminding
    boxes = notices()
    assert len(boxes) == 1 and "Quit" in boxes[0].text()  # said once, with the way out
    boxes[0].close()
    main_window.bring_forward()
    assert main_window.isVisible()
    main_window.close()
    assert not notices()  # not again
    main_window.bring_forward()
    main_window.close_for_quit()
    assert not main_window.isVisible() and not main_window.reminders.timer.isActive()


def test_without_background_closing_still_closes(qtbot, main_window):
    assert QApplication.instance().quitOnLastWindowClosed()
    main_window.close()
    assert not main_window.isVisible() and not main_window.reminders.timer.isActive()


def _run_app(args: list[str], data_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRACKER_TEST_ONLY_WEAK_KDF="1",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop("TRACKER_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "tracker", "--data-dir", str(data_dir), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def test_a_second_start_brings_the_first_forward_and_exits(qtbot, tmp_path):
    data_dir = tmp_path / "journals here"
    claim = single_instance.claim(data_dir)
    assert claim is not None
    assert single_instance.claim(data_dir) is None  # held: even in the same process
    server = single_instance.InstanceServer(data_dir)
    assert server.listening
    with qtbot.waitSignal(server.show_requested, timeout=30000):
        result = _run_app([], data_dir)
    assert result.returncode == 0, result.stderr
    # At login the running app needs nothing: no window is pushed forward.
    with qtbot.assertNotEmitted(server.show_requested, wait=300):
        assert _run_app(["--autostart"], data_dir).returncode == 0
    # Another data folder is another app.
    assert not single_instance.tell_running(tmp_path / "elsewhere", within_s=0.2)
    server.close()
    claim.release()
    assert (data_dir / single_instance.LOCK_NAME).stat().st_mode & 0o077 == 0  # owner-only


def test_a_start_while_the_first_is_still_painting_waits_for_it(qtbot, tmp_path):
    """The first run opens its socket after its first paint; a start in between must not open
    a second window (before, both could miss each other's socket and both open)."""
    data_dir = tmp_path / "journals"
    claim = single_instance.claim(data_dir)
    servers = []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRACKER_TEST_ONLY_WEAK_KDF="1")
    env.pop("TRACKER_DATA_DIR", None)
    second = subprocess.Popen([sys.executable, "-m", "tracker", "--data-dir", str(data_dir)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.wait(1500)  # it has started and is waiting for an answer
        assert second.poll() is None
        servers.append(single_instance.InstanceServer(data_dir))
        with qtbot.waitSignal(servers[0].show_requested, timeout=15000):
            while second.poll() is None:
                qtbot.wait(50)
        assert second.returncode == 0, second.stderr.read()
    finally:
        if second.poll() is None:
            second.kill()
        second.communicate()
        for server in servers:
            server.close()
        claim.release()


def _held_elsewhere(data_dir: Path) -> bool:
    claim = single_instance.claim(data_dir)
    if claim is None:
        return True
    claim.release()
    return False


def test_the_first_start_of_a_folder_holds_its_claim_and_listens_after_painting(qtbot, tmp_path):
    data_dir = tmp_path / "journals"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRACKER_TEST_ONLY_WEAK_KDF="1")
    env.pop("TRACKER_DATA_DIR", None)
    first = subprocess.Popen([sys.executable, "-m", "tracker", "--data-dir", str(data_dir)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: _held_elsewhere(data_dir), timeout=15000)
        assert single_instance.tell_running(data_dir, single_instance.AUTOSTART, within_s=15)
    finally:
        first.terminate()
        first.communicate(timeout=30)
    # Ended: the OS dropped its claim, so the next start is the first again.
    claim = single_instance.claim(data_dir)
    assert claim is not None
    claim.release()


def test_nobody_answering_is_false_after_the_wait(tmp_path):
    assert not single_instance.tell_running(tmp_path, within_s=0.2)


def test_a_start_made_while_the_running_app_quits_opens_once_it_has_gone(qtbot, tmp_path):
    """She quits and starts again at once: the quitting run has closed its socket but holds the
    folder until its journals are closed. The new start must open when it lets go, not wait
    out its 10 s and say the app is open but not answering."""
    import threading
    import time

    quitting = single_instance.claim(tmp_path)
    assert quitting is not None
    threading.Timer(0.3, quitting.release).start()
    started = time.monotonic()
    got = single_instance.claim_or_tell(tmp_path, within_s=8)
    try:
        assert isinstance(got, single_instance.Claim)
        assert time.monotonic() - started < 4
        assert single_instance.claim(tmp_path) is None  # this start holds the folder now
    finally:
        if isinstance(got, single_instance.Claim):
            got.release()


def test_start_at_login_is_minimised_locked_and_reminding(qtbot, background, data_dir, journal, clock, settle):
    from tracker.ui.main.flow import StartFlow

    line = plan.add_line(journal, name="L", start=date(2026, 3, 1))
    plan.add_regimen_drug(journal, line.id, drug_id="letrozole", times=["21:00"], start=date(2026, 3, 1),
                          pattern={"kind": "cycle_days", "length": 28, "days": list(range(1, 29))})
    reminder_times.set_keeps_file(journal, True)
    times = reminder_times.compute(journal, clock)
    reminder_times.refresh_file(journal, data_dir, times)
    journal.close()  # the app at login has not unlocked it
    flow = StartFlow(data_dir, clock, background=True)
    flow.start(autostart=True)
    try:
        window = flow.unlock_window
        assert window is not None and window.isMinimized()
        assert flow.main_window is None  # locked
        assert flow.reminders.times == times  # reminding before any unlock
        clock.set(datetime(2026, 3, 10, 21, 0, tzinfo=clock.zone))
        with qtbot.waitSignal(flow.reminders.due_changed) as due:
            flow.reminders.tick()
        assert due.args == [1]
        window.close()
        assert flow.reminders.timer.isActive()  # the unlock window closed, reminders go on
        # "Taken" on the notification: the unlock window comes back; after unlocking the dose is marked.
        flow.reminders.notifier.activated.emit(notify.TAKEN)
        window = flow.unlock_window
        assert window.isVisible() and not window.isMinimized()
        window.prompt.field.setText(PASSPHRASE)
        window.prompt.unlock()
        qtbot.waitUntil(lambda: flow.main_window is not None, timeout=10000)
        settle()  # the dose is marked on the task runner
        main = flow.main_window
        settle()  # the window attaches the reminders once its first read landed
        assert main.reminders is flow.reminders  # still the one controller
        dose = doses.today_list(main.ctx.journal, clock).today[0]
        assert dose.status == doses.TAKEN and dose.entered_by_id == people.patient(main.ctx.journal).id
    finally:
        flow.shutdown()
        for box in notices():
            box.close()


def test_with_reminders_off_closing_quits_as_before(qtbot, background, main_window, settle):
    from tracker.services import appointment_reminders, reminders

    prefs = reminders.load_settings(main_window.ctx.journal)
    reminders.save_settings(main_window.ctx.journal, reminders.ReminderSettings(False, prefs.repeat_minutes, None))
    main_window.ctx.events.notify(Change.SETTINGS)
    settle()
    assert main_window.runs_in_background()  # appointment reminders are still on
    appointment_reminders.save_settings(main_window.ctx.journal,
                                        appointment_reminders.AppointmentReminderSettings(enabled=False))
    main_window.ctx.events.notify(Change.SETTINGS)
    settle()  # the reminders read their settings on the task runner
    main_window.close()
    assert not main_window.isVisible() and not main_window.reminders.timer.isActive()
    assert not notices()


def test_a_normal_start_makes_the_one_controller_after_the_first_window(qtbot, background, data_dir, journal, clock):
    from tracker.ui.main.flow import StartFlow
    from tracker.ui.reminders.controller import ReminderController

    journal.close()
    flow = StartFlow(data_dir, clock, background=True)
    flow.start()
    try:
        assert flow.unlock_window.isVisible() and flow.reminders is None  # the window first
        qtbot.waitUntil(lambda: flow.reminders is not None, timeout=5000)
        made = flow.reminders
        flow.unlock_window.prompt.field.setText(PASSPHRASE)
        flow.unlock_window.prompt.unlock()
        qtbot.waitUntil(lambda: flow.main_window is not None, timeout=10000)
        assert flow.main_window.reminders is made
        assert len(flow.findChildren(ReminderController)) == 1 and not flow.main_window.findChildren(ReminderController)
    finally:
        flow.shutdown()


def test_unlocking_before_the_controller_is_made_still_gives_one(qtbot, background, data_dir, journal, clock):
    from tracker.services import journals
    from tracker.ui.main.flow import StartFlow
    from tracker.ui.reminders.controller import ReminderController

    journal_id = journal.journal_id
    journal.close()
    flow = StartFlow(data_dir, clock, background=True)
    flow.start()
    try:
        flow.unlock_window.unlocked.emit(journals.unlock(data_dir, journal_id, PASSPHRASE))  # e.g. from the keyring
        assert flow.reminders is not None and flow.main_window.reminders is flow.reminders
        qtbot.wait(500)  # the timer fires, and makes no second one
        assert len(flow.findChildren(ReminderController)) == 1
    finally:
        flow.shutdown()

"""Reminders reach her while the journal is locked, with a FixedClock.

The notification channel is replaced by a recorder (the operating system's side of it is
tested for real over D-Bus in tests/window/test_notifications_dbus.py); everything between
the plan and that channel is the real code.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from fake_notifier import RecordingNotifier
from PySide6.QtWidgets import QSystemTrayIcon

from tracker.domain import appointment_reminders as appointment_rules
from tracker.services import (
    appointment_reminders,
    appointments,
    doses,
    journals,
    people,
    plan,
    reminder_times,
    reminders,
    settings,
)
from tracker.ui.context import Change
from tracker.ui.reminders import notify
from tracker.ui.reminders.controller import ReminderController

# The offscreen platform can neither size top-level dialogs nor raise windows; harmless here.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")

PASSPHRASE = "correct horse battery staple"


def add_capecitabine(journal):
    line = plan.add_line(journal, name="Capecitabine", start=date(2026, 3, 1))
    return plan.add_regimen_drug(journal, line.id, drug_id="capecitabine", times=["08:00", "20:00"], start=date(2026, 3, 1),
                                 pattern={"kind": "cycle_days", "length": 21, "days": list(range(1, 15))})


@pytest.fixture
def window(qtbot, data_dir, journal, clock, settle):
    """A main window whose morning dose is already marked: nothing is due at 12:00."""
    from tracker.ui.main.window import MainWindow

    add_capecitabine(journal)
    clock.set(datetime(2026, 3, 10, 12, 0, tzinfo=clock.zone))
    morning = doses.today_list(journal, clock).today[0]
    doses.record(journal, clock, morning, doses.TAKEN, entered_by_id=None)
    reminders.mark_seen(journal, clock)
    settings.set(journal, settings.AUTO_LOCK_MINUTES, 1)
    recorder, appointment_recorder = RecordingNotifier(), RecordingNotifier()
    controller = ReminderController(clock, data_dir, notifier=recorder, appointment_notifier=appointment_recorder)
    win = MainWindow(data_dir, journal, clock, idle_tick_ms=20, reminders=controller)
    controller.show_requested.connect(win.bring_forward)
    controller.unlock_requested.connect(win.bring_forward)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.notifier = recorder
    win.appointment_notifier = appointment_recorder
    settle()  # the window attaches the reminders once its first read landed
    yield win
    for op in list(win._ops):
        op.wait(30000)
    controller.deleteLater()


def evening(clock, minutes: int = 0) -> None:
    clock.set(datetime(2026, 3, 10, 20, 0, tzinfo=clock.zone) + timedelta(minutes=minutes))


def test_dose_due_while_locked_notifies_once_repeats_and_stops_when_marked(qtbot, window, clock, settle, unlock_again):
    controller, sent = window.reminders, window.notifier.shown
    controller.tick()
    settle()
    assert sent == []
    window.lock(automatic=True)  # auto-lock after a minute idle
    assert window.locked and controller.ctx is None
    settle()  # the coming times, worked out as the journal closed
    evening(clock)
    controller.tick()
    controller.tick()
    assert len(sent) == 1  # exactly one, whatever the number of ticks
    title, body, actions = sent[0]
    assert body == "A dose is due." and "Capecitabine" not in title + body
    assert [key for key, _label in actions] == [notify.DEFAULT, notify.TAKEN, notify.SNOOZE]
    evening(clock, 14)
    controller.tick()
    assert len(sent) == 1  # not within the repeat interval
    evening(clock, reminders.DEFAULT_REPEAT_MINUTES)
    controller.tick()
    assert len(sent) == 2  # repeats while locked: the auto-lock no longer stops it
    unlock_again(window)
    controller.tick()
    settle()
    assert len(sent) == 2  # unlocking is not a new reminder
    # The list of doses not marked does not claim the app was closed: it was locked.
    qtbot.waitUntil(lambda: controller.missed_dialog is not None)
    assert "closed" not in controller.missed_dialog.windowTitle()
    controller.missed_dialog.later.click()
    dose = doses.today_list(window.ctx.journal, clock).today[1]
    doses.record(window.ctx.journal, clock, dose, doses.TAKEN, entered_by_id=None)
    window.ctx.events.notify(Change.DOSES)
    settle()
    assert not window.notifier.on_screen  # marked: the notification goes away
    evening(clock, 3 * reminders.DEFAULT_REPEAT_MINUTES)
    controller.tick()
    settle()
    window.lock()
    settle()
    evening(clock, 6 * reminders.DEFAULT_REPEAT_MINUTES)
    controller.tick()
    assert len(sent) == 2  # marked: no more, unlocked or locked


def test_taken_while_locked_opens_the_unlock_window_and_marks_after_unlock(qtbot, window, clock, journal, settle, unlock_again):
    controller = window.reminders
    window.lock()
    settle()
    window.showMinimized()
    evening(clock, 1)
    controller.tick()
    assert len(window.notifier.shown) == 1
    with qtbot.waitSignal(controller.unlock_requested):
        window.notifier.activated.emit(notify.TAKEN)
    assert window.isVisible() and not window.isMinimized() and window.locked
    evening(clock, 40)
    controller.tick()
    assert len(window.notifier.shown) == 1  # she said she took it: no repeat while it waits for the unlock
    unlock_again(window)
    dose = doses.today_list(window.ctx.journal, clock).today[1]
    assert dose.status == doses.TAKEN
    assert dose.entered_by_id == people.patient(window.ctx.journal).id  # taken by the patient


def test_snooze_and_click(qtbot, window, clock, settle):
    controller, sent = window.reminders, window.notifier.shown
    window.idle.stop()  # the clock jumps hours ahead while settling: no auto-lock in this one
    settle()
    evening(clock)
    controller.tick()
    settle()
    assert len(sent) == 1
    window.notifier.activated.emit(notify.SNOOZE)
    assert not window.notifier.on_screen
    evening(clock, 9)
    controller.tick()
    settle()
    assert len(sent) == 1
    evening(clock, 10)
    controller.tick()
    settle()
    assert len(sent) == 2  # back after 10 minutes
    window.show_section("plan")
    window.showMinimized()
    window.notifier.activated.emit(notify.DEFAULT)
    assert not window.isMinimized() and window.sidebar.current_section_id() == "today"


# The offscreen platform has no tray; the icon is made all the same (pretend there is one).
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_twenty_locks_leave_one_controller_and_one_tray_icon(qtbot, data_dir, journal, clock, monkeypatch):
    from tracker.ui.main.window import MainWindow
    from tracker.ui.today.view import TodayView

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    add_capecitabine(journal)
    journal_id = journal.journal_id
    win = MainWindow(data_dir, journal, clock, idle_tick_ms=20)
    qtbot.addWidget(win)
    win.show()
    for _ in range(20):
        win.lock()
        win._unlocked(journals.unlock(data_dir, journal_id, PASSPHRASE))
        win.show_section("plan")
        win.show_section("today")
    assert win.findChildren(TodayView)
    assert len(win.findChildren(ReminderController)) == 1
    assert len(win.findChildren(QSystemTrayIcon)) == 1
    assert win.ctx.reminders is win.reminders
    for op in list(win._ops):
        op.wait(30000)


def test_reminder_times_file_only_when_chosen(qtbot, window, clock, data_dir, settle):
    path = reminder_times.file_path(data_dir, window.journal_id)
    settle()
    assert not path.exists()  # off unless she opts in
    reminder_times.set_keeps_file(window.ctx.journal, True)
    window.ctx.events.notify(Change.SETTINGS)
    settle()
    text = path.read_text()
    assert "Capecitabine" not in text and "capecitabine" not in text and "20:00" in text  # 20:00 London = 20:00Z in March
    assert path.stat().st_mode & 0o077 == 0
    # An app started at login reminds from the file before any unlock.
    recorder = RecordingNotifier()
    fresh = ReminderController(clock, data_dir, notifier=recorder)
    assert fresh.load_saved_times(window.journal_id)
    evening(clock, 2)
    fresh.tick()
    assert len(recorder.shown) == 1 and recorder.shown[0][1] == "A dose is due."
    fresh.deleteLater()
    reminder_times.set_keeps_file(window.ctx.journal, False)
    window.ctx.events.notify(Change.SETTINGS)
    settle()
    assert not path.exists()


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_one_notification_per_reminder_even_with_a_tray(qtbot, data_dir, journal, clock, monkeypatch, settle):
    """The tray shows a message only when there is no notification service."""
    from tracker.ui.context import AppContext

    messages = []
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, *args: messages.append(args))
    add_capecitabine(journal)
    reminders.mark_seen(journal, clock)
    ctx = AppContext(data_dir=data_dir, journal=journal, clock=clock)
    recorder = RecordingNotifier()
    controller = ReminderController(clock, data_dir, notifier=recorder, tray=True)
    controller.attach(ctx)
    controller.tick()
    settle()
    assert len(recorder.shown) == 1 and messages == []
    assert controller.tray.toolTip() == "Treatment Journey: 1 dose to mark"
    # No notification service after all: the tray carries the reminder, once.
    silent = notify.Notifier(channel="none")
    fallback = ReminderController(clock, data_dir, notifier=silent, tray=True)
    fallback.attach(AppContext(data_dir=data_dir, journal=journal, clock=clock))
    fallback.tick()
    fallback.tick()
    settle()
    assert len(messages) == 1 and messages[0][1] == "A dose is due."
    for c in (controller, fallback):
        c.shutdown()
        c.deleteLater()


def at_london(clock, hour: int, minute: int = 0, day: int = 10) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=clock.zone)


def test_an_appointment_reminds_once_while_locked_without_saying_what_or_where(qtbot, window, clock, settle, unlock_again):
    controller, sent = window.reminders, window.appointment_notifier.shown
    appointments.add(window.ctx.journal, kind="radiotherapy", starts_at=at_london(clock, 15), place="Radiotherapy suite",
                     notes="lower spine")
    window.ctx.events.notify(Change.APPOINTMENTS)
    window.lock(automatic=True)
    settle()  # the coming times, worked out as the journal closed
    assert window.locked and controller.ctx is None
    clock.set(at_london(clock, 13, 59))
    controller.tick()
    assert sent == []
    clock.set(at_london(clock, 14))  # an hour before (the default)
    controller.tick()
    controller.tick()
    assert len(sent) == 1  # exactly one, whatever the number of ticks
    title, body, actions = sent[0]
    assert (title, body) == ("Treatment Journey", "An appointment at 15:00.")
    assert [key for key, _label in actions] == [notify.DEFAULT, notify.SNOOZE]  # nothing to mark taken
    assert window.notifier.shown == []  # the dose notification is a different one
    clock.set(at_london(clock, 14, 45))
    controller.tick()
    assert len(sent) == 1  # not repeated like a dose
    window.appointment_notifier.activated.emit(notify.SNOOZE)
    assert not window.appointment_notifier.on_screen
    clock.set(at_london(clock, 14, 54))
    controller.tick()
    assert len(sent) == 1
    clock.set(at_london(clock, 14, 55))
    controller.tick()
    assert len(sent) == 2 and sent[1][1] == "An appointment at 15:00."  # back after 10 minutes
    unlock_again(window)
    controller.tick()
    settle()
    assert len(sent) == 2  # unlocking is not a new reminder
    clock.set(at_london(clock, 15))
    controller.tick()
    settle()
    assert not window.appointment_notifier.on_screen  # it has started: the reminder goes
    assert len(sent) == 2


def test_an_appointment_reminds_from_the_saved_times_before_any_unlock(qtbot, window, clock, data_dir, settle):
    journal = window.ctx.journal
    appointment_reminders.save_settings(journal, appointment_reminders.AppointmentReminderSettings(
        True, appointment_rules.EVENING))
    appointments.add(journal, kind="clinic", starts_at=at_london(clock, 9, 30, day=11), place="Oncology clinic")
    reminder_times.set_keeps_file(journal, True)
    window.ctx.events.notify(Change.SETTINGS)
    settle()
    text = reminder_times.file_path(data_dir, window.journal_id).read_text()
    assert "clinic" not in text and "Oncology" not in text
    recorder = RecordingNotifier()
    fresh = ReminderController(clock, data_dir, notifier=RecordingNotifier(), appointment_notifier=recorder)
    assert fresh.load_saved_times(window.journal_id)
    clock.set(at_london(clock, 19, 1))
    fresh.tick()
    fresh.tick()
    assert [body for _t, body, _a in recorder.shown] == ["An appointment tomorrow at 09:30."]
    fresh.shutdown()
    fresh.deleteLater()


def test_clicking_an_appointment_reminder_shows_the_calendar(qtbot, window, clock, settle):
    appointments.add(window.ctx.journal, kind="scan", starts_at=at_london(clock, 12, 30))
    window.ctx.events.notify(Change.APPOINTMENTS)  # due now (12:00): it reminds at once
    settle()
    assert [body for _t, body, _a in window.appointment_notifier.shown] == ["An appointment at 12:30."]
    window.show_section("diary")
    window.showMinimized()
    window.appointment_notifier.activated.emit(notify.DEFAULT)
    assert not window.isMinimized() and window.sidebar.current_section_id() == "plan"
    assert window.stack.views["plan"].tabs.currentIndex() == 1  # Calendar, with the appointments
    appointment_reminders.save_settings(window.ctx.journal, appointment_reminders.AppointmentReminderSettings(False))
    appointments.add(window.ctx.journal, kind="scan", starts_at=at_london(clock, 12, 45))
    window.ctx.events.notify(Change.SETTINGS)
    settle()
    assert len(window.appointment_notifier.shown) == 1  # off: no more

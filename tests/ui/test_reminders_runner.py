"""The reminders read and write the journal on the task runner (issue 15): a stale read never
lands, a list read before a lock is never shown after it, the lock waits for the last write."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from fake_notifier import RecordingNotifier

from tracker.domain.clock import FixedClock
from tracker.services import doses, journals, people, plan, reminders
from tracker.ui.context import AppContext, Change
from tracker.ui.reminders import reminders_data
from tracker.ui.reminders.controller import ReminderController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def ctx(journal, data_dir, clock):
    """Capecitabine at 08:00 and 20:00; it is 12:00, the morning dose is open and due."""
    line = plan.add_line(journal, name="Capecitabine", start=date(2026, 3, 1))
    plan.add_regimen_drug(journal, line.id, drug_id="capecitabine", times=["08:00", "20:00"], start=date(2026, 3, 1),
                          pattern={"kind": "cycle_days", "length": 21, "days": list(range(1, 15))})
    clock.set(datetime(2026, 3, 10, 12, 0, tzinfo=clock.zone))
    return AppContext(data_dir=data_dir, journal=journal, clock=clock)


@pytest.fixture
def controller(qtbot, ctx, data_dir, clock):
    made = ReminderController(clock, data_dir, notifier=RecordingNotifier(), appointment_notifier=RecordingNotifier(), tray=False)
    yield made
    made.shutdown()
    made.deleteLater()


def test_a_stale_tick_never_lands_after_a_newer_read(qtbot, ctx, controller, settle, hold_first_call):
    reminders.mark_seen(ctx.journal, ctx.clock)
    controller.attach(ctx)
    settle()
    assert controller.notifier.bodies == ["A dose is due."]
    held = hold_first_call(reminders_data, "load")
    controller.tick()  # reads the morning dose as open, then is held
    assert held.started.wait(10)
    morning = doses.today_list(ctx.journal, ctx.clock).today[0]
    doses.record(ctx.journal, ctx.clock, morning, doses.TAKEN, entered_by_id=None)
    with qtbot.waitSignal(controller.due_changed) as counted:
        ctx.events.notify(Change.DOSES)  # a newer read: nothing is due
        held.release.set()
        settle()
    assert counted.args == [0]
    assert len(held.calls) == 2
    # The held read (the dose still open) was dropped: no second reminder of a dose she marked.
    assert controller.notifier.bodies == ["A dose is due."] and not controller.notifier.on_screen


def test_a_missed_list_read_before_a_lock_is_not_shown_after_it_but_at_the_next_unlock(
        qtbot, ctx, controller, settle, hold_first_call):
    yesterday = ctx.clock.now() - timedelta(hours=20)
    reminders.mark_seen(ctx.journal, FixedClock(yesterday))
    held = hold_first_call(reminders_data, "load")
    controller.attach(ctx)  # reads the doses missed since yesterday, then is held
    assert held.started.wait(10)
    controller.detach()  # locking: the journal's data must not show over the lock screen
    held.release.set()
    settle()
    assert controller.missed_dialog is None
    # Never shown, so not "seen" (before: last seen moved on and the list was lost).
    assert reminders.last_seen(ctx.journal) == yesterday
    controller.attach(ctx)  # the next unlock
    settle()
    assert controller.missed_dialog is not None and controller.missed_dialog.isVisible()
    controller.missed_dialog.close()
    controller.detach()
    settle()
    assert reminders.last_seen(ctx.journal) == ctx.clock.now()  # shown now: seen


def test_a_missed_list_still_open_at_the_lock_shows_again_at_the_next_unlock(qtbot, ctx, controller, settle):
    yesterday = ctx.clock.now() - timedelta(hours=20)
    reminders.mark_seen(ctx.journal, FixedClock(yesterday))
    controller.attach(ctx)
    settle()
    assert controller.missed_dialog is not None and controller.missed_dialog.isVisible()
    controller.tick()  # the 30-second tick while the list waits for her
    settle()
    controller.detach()  # locked (auto-lock, Ctrl+L) before she answered it
    settle()
    assert reminders.last_seen(ctx.journal) == yesterday  # before: seen, and never shown again
    controller.attach(ctx)
    settle()
    dialog = controller.missed_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.later.click()  # "Decide later on the Today page": answered
    controller.detach()
    settle()
    assert reminders.last_seen(ctx.journal) == ctx.clock.now()


def test_taken_unlocked_is_recorded_on_the_runner_for_the_patient(qtbot, ctx, controller, settle):
    reminders.mark_seen(ctx.journal, ctx.clock)
    changes = []
    ctx.events.changed.connect(changes.append)
    controller.attach(ctx)
    settle()
    assert controller.notifier.on_screen
    controller.notifier.activated.emit("taken")
    settle()
    morning = doses.today_list(ctx.journal, ctx.clock).today[0]
    assert morning.status == doses.TAKEN and morning.entered_by_id == people.patient(ctx.journal).id
    assert Change.DOSES in changes  # Today follows, after the write
    assert not controller.notifier.on_screen and controller.notifier.bodies == ["A dose is due."]


def test_locking_writes_last_seen_before_the_journal_closes(qtbot, main_window, settle, data_dir, clock):
    settle()
    journal_id = main_window.journal_id
    clock.advance(minutes=1)
    main_window.lock()
    reopened = journals.unlock(data_dir, journal_id, PASSPHRASE)
    try:
        assert reminders.last_seen(reopened) == clock.now()
    finally:
        reopened.close()

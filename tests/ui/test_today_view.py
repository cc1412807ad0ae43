"""Today: empty state, marking statuses with who, undo, missed-while-closed dialog."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from tracker.domain.clock import FixedClock
from tracker.services import doses, people, plan, reminders
from tracker.ui.context import AppContext
from tracker.ui.today.view import TodayView

# The offscreen platform cannot size top-level dialogs; harmless here.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ctx(journal, data_dir, london):
    clock = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=london))
    return AppContext(data_dir=data_dir, journal=journal, clock=clock)


def add_capecitabine(journal):
    line = plan.add_line(journal, name="Capecitabine", start=date(2026, 3, 1))
    return plan.add_regimen_drug(journal, line.id, drug_id="capecitabine", times=["08:00", "20:00"], start=date(2026, 3, 1),
                                 pattern={"kind": "cycle_days", "length": 21, "days": list(range(1, 15))})


def test_empty_state_navigates_to_plan(qtbot, ctx, settle):
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    assert view.stack.currentIndex() == 0
    with qtbot.waitSignal(ctx.events.navigate) as sig:
        view.empty.action_button.click()
        settle()
    assert sig.args == ["plan", "new"]


def test_carer_marks_missed_then_undo(qtbot, ctx, settle):
    add_capecitabine(ctx.journal)
    carer = people.add_carer(ctx.journal, "Sam", "partner")
    ctx.current_person_id = carer.id
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    assert view.model.rowCount() == 2 + 6  # today twice, and 3 overdue days twice
    view.list.setCurrentIndex(view.model.index(0))
    view.missed_button.click()
    settle()
    first = doses.today_list(ctx.journal, ctx.clock).today[0]
    assert first.status == doses.MISSED and first.entered_by_id == carer.id
    assert "entered by Sam" in view.model.data(view.model.index(0))
    assert "Marking as: Sam" == view.who.text()
    view.held_button.click()  # replaces the first mark
    settle()
    assert doses.today_list(ctx.journal, ctx.clock).today[0].status == doses.HELD
    view.undo_button.click()
    settle()
    assert doses.today_list(ctx.journal, ctx.clock).today[0].status == doses.MISSED
    view.undo_button.click()
    settle()
    assert doses.today_list(ctx.journal, ctx.clock).today[0].status is None
    assert not view.undo_button.isEnabled()


def test_missed_while_closed_dialog(qtbot, ctx, settle):
    add_capecitabine(ctx.journal)
    reminders.mark_seen(ctx.journal, FixedClock(ctx.clock.now() - timedelta(hours=20)))
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    controller = ctx.reminders
    qtbot.waitUntil(lambda: controller.missed_dialog is not None)
    dialog = controller.missed_dialog
    qtbot.addWidget(dialog)
    assert len(dialog.missed) == 2  # 20:00 yesterday and 08:00 today
    assert not dialog.list.editTriggers()  # the doses cannot be typed over
    dialog.taken.click()
    settle()
    listing = doses.today_list(ctx.journal, ctx.clock)
    assert listing.today[0].status == doses.TAKEN
    assert listing.today[0].recorded_at == datetime(2026, 3, 10, 8, 0, tzinfo=ctx.clock.zone)
    assert reminders.last_seen(ctx.journal) == ctx.clock.now()


def test_reminders_repeat_until_marked(qtbot, ctx, monkeypatch, settle):
    add_capecitabine(ctx.journal)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    controller = ctx.reminders
    sent = []
    monkeypatch.setattr(controller, "notify", lambda n: sent.append(n))
    controller._last_notified.clear()
    controller.tick()
    settle()
    assert sent == [1]
    controller.tick()
    settle()
    assert sent == [1]  # not again within the repeat interval
    ctx.clock.advance(minutes=16)
    controller.tick()
    settle()
    assert sent == [1, 1]
    doses.record(ctx.journal, ctx.clock, doses.today_list(ctx.journal, ctx.clock).today[0], doses.TAKEN, entered_by_id=None)
    ctx.clock.advance(minutes=16)
    controller.tick()
    settle()
    assert sent == [1, 1]


def test_today_moves_on_at_midnight(qtbot, ctx, settle):
    add_capecitabine(ctx.journal)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    assert "10 March" in view.title.text()
    ctx.clock.set(datetime(2026, 3, 11, 0, 1, tzinfo=ctx.clock.zone))
    ctx.reminders.tick()
    settle()
    assert "11 March" in view.title.text()


def test_taken_earlier_shows_month_as_a_word_and_undo_says_what(qtbot, ctx, settle):
    from PySide6.QtCore import QLocale

    add_capecitabine(ctx.journal)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    view.list.setCurrentIndex(view.model.index(0))
    seen = []

    view.mark_taken_earlier()  # opens the question and returns: no nested event loop
    seen.append(view.earlier_edit.text())
    view.earlier_edit.window().accept()
    settle()
    month = QLocale().monthName(3, QLocale.FormatType.ShortFormat)
    assert seen and f"10 {month} 2026" in seen[0], seen  # never "3/10/26"
    assert doses.today_list(ctx.journal, ctx.clock).today[0].status == doses.TAKEN
    assert "mark a dose taken" in view.undo_button.toolTip()
    assert "Space" in view.taken_button.toolTip()


def test_appointment_opens_the_plan_calendar(qtbot, ctx, settle):
    add_capecitabine(ctx.journal)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    with qtbot.waitSignal(ctx.events.navigate) as sig:
        view.appt_list.activated.emit(view.appt_model.index(0))
    assert sig.args == ["plan", "calendar"]
    assert not view.appt_list.editTriggers()  # the lines cannot be typed over


def test_next_appointment_shows_before_any_plan(qtbot, ctx, settle):
    from tracker.services import appointments

    appointments.add(ctx.journal, kind="clinic", starts_at=datetime(2026, 3, 12, 14, 0, tzinfo=ctx.clock.zone))
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    assert view.stack.currentIndex() == 0
    assert not view.empty_next.isHidden()
    assert "Clinic appointment" in view.empty_next.text() and "12 Mar 2026" in view.empty_next.text()


def test_the_page_is_read_off_the_gui_thread(qtbot, ctx, monkeypatch, settle):
    """Issue 15: Today reads on the task runner, so a slow journal never freezes the window."""
    import threading

    from tracker.ui.today import today_data

    threads = []
    real = today_data.load

    def recorded(*args):
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(today_data, "load", recorded)
    add_capecitabine(ctx.journal)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    assert view.model.rowCount() == 2 + 6
    assert threads and threading.main_thread() not in threads


def test_a_stale_read_never_lands_after_a_newer_one(qtbot, ctx, monkeypatch, settle, hold_first_call):
    """Two refreshes, the first read slow and from before the plan: only the second read is shown."""
    from tracker.ui.today import today_data

    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    rendered = []
    held = hold_first_call(today_data, "load")
    monkeypatch.setattr(view, "render", lambda data: rendered.append(data))
    view.refresh()
    assert held.started.wait(30)
    add_capecitabine(ctx.journal)
    view.refresh()
    held.release.set()
    settle()
    assert len(held.calls) == 2 and [data.has_plan for data in rendered] == [True]

"""Plan calendar: status signs readable without a legend, break weeks shaded."""

from __future__ import annotations

from datetime import date, time

from tracker.services import doses, plan
from tracker.ui.plan.month_calendar import (
    APPOINTMENT,
    NOT_MARKED,
    STATUS_SIGNS,
    TO_COME,
    DayMarks,
    break_days,
    day_signs,
)


def due(drug: int, day: date, status: str | None = None, route: str = "oral", held: bool = False):
    return doses.DueDose(drug, "x", "X", None, route, "line", day, 0, time(8), 1, None, None, held, status)


def test_each_drug_gets_one_sign_and_appointments_their_own():
    today = date(2026, 3, 10)
    past = date(2026, 3, 9)
    marks = DayMarks((due(1, past, "taken"), due(1, past, "taken"), due(2, past, "missed"), due(3, past),
                      due(4, past, held=True)), (object(),))
    assert day_signs(marks, today) == [STATUS_SIGNS["taken"], STATUS_SIGNS["missed"], NOT_MARKED,
                                       STATUS_SIGNS["held_by_team"], APPOINTMENT]
    assert day_signs(DayMarks((due(1, date(2026, 3, 11)),), ()), today) == [TO_COME]
    assert STATUS_SIGNS["taken"][0] == "✓" and STATUS_SIGNS["missed"][0] == "✗"


def test_break_week_of_a_21_of_28_cycle_is_found(journal):
    line = plan.add_line(journal, name="Palbociclib", start=date(2026, 2, 16))
    plan.add_regimen_drug(journal, line.id, drug_id="palbociclib", times=["08:00"], start=date(2026, 2, 16),
                          pattern={"kind": "cycle_days", "length": 28, "days": list(range(1, 22))})
    found = break_days(plan.scheduled_drugs(journal), date(2026, 3, 1), date(2026, 3, 31))
    assert found == {date(2026, 3, d) for d in range(9, 16)}


def _calendar(qtbot, journal, clock, data_dir):
    from tracker.ui.context import AppContext
    from tracker.ui.plan.month_calendar import MonthCalendar

    widget = MonthCalendar(AppContext(data_dir=data_dir, journal=journal, clock=clock))
    qtbot.addWidget(widget)
    return widget


def _palbociclib(journal):
    line = plan.add_line(journal, name="Palbociclib", start=date(2026, 2, 16))
    plan.add_regimen_drug(journal, line.id, drug_id="palbociclib", times=["08:00"], start=date(2026, 2, 16),
                          pattern={"kind": "cycle_days", "length": 28, "days": list(range(1, 22))})


def test_the_month_is_read_off_the_gui_thread(qtbot, journal, clock, data_dir, monkeypatch, settle):
    """Issue 15: the calendar reads its month on the task runner, so paging never freezes the window."""
    import threading

    from tracker.ui.plan import month_calendar

    threads = []
    real = month_calendar.load_month

    def recorded(*args):
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(month_calendar, "load_month", recorded)
    _palbociclib(journal)
    widget = _calendar(qtbot, journal, clock, data_dir)
    widget.refresh()
    settle()
    assert widget.marks_on(date(2026, 3, 2)) is not None and date(2026, 3, 9) in widget.calendar.break_days
    assert threads and threading.main_thread() not in threads


def test_a_stale_month_never_lands_after_a_newer_one(qtbot, journal, clock, data_dir, monkeypatch, settle,
                                                    hold_first_call):
    """Two reads, the first slow and from before the plan: only the second is shown."""
    from tracker.ui.plan import month_calendar

    widget = _calendar(qtbot, journal, clock, data_dir)
    rendered = []
    held = hold_first_call(month_calendar, "load_month")
    monkeypatch.setattr(widget, "render", lambda data: rendered.append(data))
    widget.refresh()
    assert held.started.wait(30)
    _palbociclib(journal)
    widget.refresh()
    held.release.set()
    settle()
    assert len(held.calls) == 2 and len(rendered) == 1 and rendered[0].marks

"""Not recorded is not missed: outcomes, the journal's start day, and a plan entered late."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from tracker.domain.clock import FixedClock
from tracker.domain.errors import ValidationError
from tracker.services import doses, people, plan, start_day
from tracker.services.plan import past_doses

DAILY = {"kind": "interval", "every": 1, "unit": "days"}


@pytest.fixture
def late_plan(journal, london):
    """Letrozole daily from 1 March, entered on 10 March (the journal started that day)."""
    line = plan.add_line(journal, name="First line", start=date(2026, 3, 1))
    letro = plan.add_regimen_drug(journal, line.id, drug_id="letrozole", pattern=DAILY, times=["08:00"],
                                  start=date(2026, 3, 1))
    clock = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=london))
    return clock, letro


def test_outcome_of_each_dose(journal, late_plan):
    clock, letro = late_plan
    listing = doses.doses_between(journal, date(2026, 3, 8), date(2026, 3, 11))
    patient = people.patient(journal).id
    doses.record(journal, clock, listing[0], doses.MISSED, entered_by_id=patient)
    listing = doses.doses_between(journal, date(2026, 3, 8), date(2026, 3, 11))
    today = clock.today()
    assert [d.outcome(today) for d in listing] == [doses.MISSED, doses.NOT_RECORDED, doses.PLANNED, doses.PLANNED]
    assert doses.counts(listing, today) == {"taken": 0, "missed": 1, "skipped": 0, "held_by_team": 0,
                                            "not_recorded": 1, "planned": 2}


def test_no_overdue_from_before_the_journal_started(journal, late_plan):
    clock, _ = late_plan
    assert len(doses.today_list(journal, clock).overdue) == 7  # no start day kept: older journals
    start_day.set_started_on(journal, date(2026, 3, 8))
    overdue = doses.today_list(journal, clock).overdue
    assert [d.day for d in overdue] == [date(2026, 3, 8), date(2026, 3, 9)]


def test_new_journal_keeps_its_start_day(data_dir):
    from tracker.services.journals import create_journal

    created = create_journal(data_dir, "Ana", "correct horse battery staple", started_on=date(2026, 3, 10))
    try:
        assert start_day.started_on(created.journal) == date(2026, 3, 10)
    finally:
        created.journal.close()


def test_took_them_as_planned_is_recorded_backfilled_and_undoable(journal, late_plan):
    clock, letro = late_plan
    past = past_doses.past_open_doses(journal, clock, [letro.id])
    assert past is not None and past.count == 9
    assert (past.first_day, past.last_day) == (date(2026, 3, 1), date(2026, 3, 9))
    carer = people.add_carer(journal, "Sam", relation="partner").id
    made = past_doses.answer(journal, clock, past, past_doses.TOOK_AS_PLANNED, entered_by_id=carer)
    assert len(made.event_ids) == 9
    listing = doses.doses_between(journal, date(2026, 3, 1), date(2026, 3, 9))
    assert all(d.status == doses.TAKEN and d.backfilled and d.entered_by_id == carer for d in listing)
    assert listing[0].recorded_at == datetime.combine(date(2026, 3, 1), time(8), tzinfo=clock.zone)
    assert not doses.today_list(journal, clock).overdue
    assert past_doses.past_open_doses(journal, clock, [letro.id]) is None  # asked once
    past_doses.undo_answer(journal, made)
    assert all(d.status is None for d in doses.doses_between(journal, date(2026, 3, 1), date(2026, 3, 9)))
    past_doses.redo_answer(journal, made)
    assert all(d.status == doses.TAKEN for d in doses.doses_between(journal, date(2026, 3, 1), date(2026, 3, 9)))


def test_i_dont_know_leaves_them_not_recorded_and_never_overdue(journal, late_plan):
    clock, letro = late_plan
    past = past_doses.past_open_doses(journal, clock, [letro.id])
    made = past_doses.answer(journal, clock, past, past_doses.DONT_KNOW, entered_by_id=None)
    listing = doses.doses_between(journal, date(2026, 3, 1), date(2026, 3, 9))
    assert {d.outcome(clock.today()) for d in listing} == {doses.NOT_RECORDED}
    assert doses.today_list(journal, clock).overdue == []
    past_doses.undo_answer(journal, made)
    assert len(doses.today_list(journal, clock).overdue) == 7


def test_leave_them_changes_nothing(journal, late_plan):
    clock, letro = late_plan
    past = past_doses.past_open_doses(journal, clock, [letro.id])
    made = past_doses.answer(journal, clock, past, past_doses.LEAVE, entered_by_id=None)
    assert made.event_ids == () and len(doses.today_list(journal, clock).overdue) == 7
    with pytest.raises(ValidationError):
        past_doses.answer(journal, clock, past, "maybe", entered_by_id=None)


def test_a_plan_starting_today_asks_nothing(journal, london):
    line = plan.add_line(journal, name="L", start=date(2026, 3, 10))
    drug = plan.add_regimen_drug(journal, line.id, drug_id="letrozole", pattern=DAILY, times=["08:00"],
                                 start=date(2026, 3, 10))
    clock = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=london))
    assert past_doses.past_open_doses(journal, clock, [drug.id]) is None


def test_missed_at_unlock_leaves_out_doses_from_before_the_journal(journal, late_plan):
    from tracker.services import reminders

    clock, _ = late_plan
    since = clock.now() - timedelta(days=3)
    assert [r.dose.day for r in reminders.missed_since(journal, clock, since)] == [
        date(2026, 3, 8), date(2026, 3, 9), date(2026, 3, 10)]
    start_day.set_started_on(journal, date(2026, 3, 10))
    assert [r.dose.day for r in reminders.missed_since(journal, clock, since)] == [date(2026, 3, 10)]

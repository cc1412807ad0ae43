"""Doses due today/overdue, recording a status with who and when, and undo."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tracker.domain.clock import FixedClock
from tracker.domain.errors import ValidationError
from tracker.services import doses, people, plan, reminders

D1_21_28 = {"kind": "cycle_days", "length": 28, "days": list(range(1, 22))}


@pytest.fixture
def setup(journal, london):
    line = plan.add_line(journal, name="First line", start=date(2026, 3, 1))
    letro = plan.add_regimen_drug(journal, line.id, drug_id="letrozole", pattern={"kind": "interval", "every": 1, "unit": "days"},
                                  times=["08:00"], start=date(2026, 3, 1))
    palbo = plan.add_regimen_drug(journal, line.id, drug_id="palbociclib", pattern=D1_21_28, times=["08:00", "20:00"],
                                  start=date(2026, 3, 1))
    clock = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=london))
    return clock, letro, palbo


def test_today_and_overdue(journal, setup):
    clock, letro, palbo = setup
    listing = doses.today_list(journal, clock)
    assert [(d.name, d.at.hour) for d in listing.today] == [("letrozole", 8), ("palbociclib", 8), ("palbociclib", 20)]
    assert listing.today[1].day_in_cycle == 10 and listing.today[1].cycle == 1
    # 7 days back: 3 doses a day, none recorded.
    assert len(listing.overdue) == 21
    patient = people.patient(journal)
    done = doses.record(journal, clock, listing.today[0], doses.TAKEN, entered_by_id=patient.id)
    listing = doses.today_list(journal, clock)
    assert listing.today[0].status == doses.TAKEN and listing.today[0].entered_by_id == patient.id
    assert listing.today[0].recorded_at == clock.now()
    doses.undo(journal, done)
    assert doses.today_list(journal, clock).today[0].status is None


def test_replace_then_undo_restores_previous(journal, setup):
    clock, letro, _ = setup
    key = (letro.id, date(2026, 3, 9), 0)
    carer = people.add_carer(journal, "Sam", "partner")
    first = doses.record(journal, clock, key, doses.MISSED, entered_by_id=carer.id)
    second = doses.record(journal, clock, key, doses.TAKEN, entered_by_id=carer.id)
    assert second.replaced_id == first.event_id
    events = doses.events_between(journal, date(2026, 3, 9), date(2026, 3, 9))
    assert events[key].status == doses.TAKEN and events[key].tz == "Europe/London"
    doses.undo(journal, second)
    assert doses.events_between(journal, date(2026, 3, 9), date(2026, 3, 9))[key].status == doses.MISSED
    doses.redo(journal, second)
    assert doses.events_between(journal, date(2026, 3, 9), date(2026, 3, 9))[key].status == doses.TAKEN


def test_cannot_take_before_planned_day(journal, setup):
    clock, letro, _ = setup
    with pytest.raises(ValidationError):
        doses.record(journal, clock, (letro.id, date(2026, 3, 12), 0), doses.TAKEN, entered_by_id=None)


def test_held_by_plan_is_not_overdue(journal, setup):
    clock, _, palbo = setup
    plan.add_adjustment(journal, palbo.id, kind="hold", effective=date(2026, 3, 9))
    overdue = doses.today_list(journal, clock).overdue
    assert not [d for d in overdue if d.regimen_drug_id == palbo.id and d.day == date(2026, 3, 9)]


def test_reminders_due_and_missed(journal, setup, london):
    clock, letro, palbo = setup
    due = reminders.due_now(journal, clock)  # 09:00: the 08:00 doses are due, 20:00 not yet
    assert sorted((r.dose.name, r.when.hour) for r in due) == [("letrozole", 8), ("palbociclib", 8)]
    assert reminders.next_reminder(journal, clock) == datetime(2026, 3, 10, 20, 0, tzinfo=london)
    missed = reminders.missed_since(journal, clock, datetime(2026, 3, 9, 12, 0, tzinfo=london))
    assert [(r.dose.day.day, r.when.hour) for r in missed] == [(9, 20), (10, 8), (10, 8)]
    doses.record(journal, clock, missed[0].dose, doses.TAKEN, entered_by_id=None)
    assert len(reminders.missed_since(journal, clock, datetime(2026, 3, 9, 12, 0, tzinfo=london))) == 2
    reminders.mark_seen(journal, clock)
    assert reminders.last_seen(journal) == clock.now()


def test_reminder_settings_round_trip(journal):
    assert reminders.load_settings(journal) == reminders.ReminderSettings()
    reminders.save_settings(journal, reminders.ReminderSettings(False, 30, "/tmp/x.ics"))
    assert reminders.load_settings(journal) == reminders.ReminderSettings(False, 30, "/tmp/x.ics")

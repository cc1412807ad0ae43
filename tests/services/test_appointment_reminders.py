"""Reminders before appointments: the lead times on real instants (across a clock change and
between zones), once per appointment until it starts, never for a deleted appointment or a
deleted treatment day; and the reminder-times file lists them as times only."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.domain import appointment_reminders as rules
from tracker.domain.clock import FixedClock
from tracker.domain.local_treatments import LocalTreatment, course_days
from tracker.services import appointment_reminders as ar
from tracker.services import appointments, reminder_times, reminders, settings
from tracker.services import local_treatments as lts
from tracker.storage.models.local_treatments import LocalTreatmentDay


def at(zone, *args) -> datetime:
    return datetime(*args, tzinfo=zone)


def choose(journal, lead: str, enabled: bool = True) -> None:
    ar.save_settings(journal, ar.AppointmentReminderSettings(enabled=enabled, lead=lead))


def spine_course(**kw) -> LocalTreatment:
    base = dict(kind="radiotherapy", site="lower spine", days=course_days(date(2026, 3, 16), 5),
                dose_text="20 Gy in 5 fractions", aim="pain relief", at=time(10, 30))
    base.update(kw)
    return LocalTreatment(**base)


def test_on_by_default_one_hour_before_and_the_choice_is_kept(journal):
    assert ar.load_settings(journal) == ar.AppointmentReminderSettings(enabled=True, lead=rules.HOUR_1)
    choose(journal, rules.EVENING, enabled=False)
    assert ar.load_settings(journal) == ar.AppointmentReminderSettings(enabled=False, lead=rules.EVENING)
    settings.set(journal, ar.LEAD, "3 weeks")  # damaged or from a newer version: the default
    assert ar.load_settings(journal).lead == rules.HOUR_1
    with pytest.raises(ValueError):
        choose(journal, "3 weeks")


@pytest.mark.parametrize("lead,expected", [
    (rules.MINUTES_30, (2026, 3, 10, 10, 0)),
    (rules.HOUR_1, (2026, 3, 10, 9, 30)),
    (rules.HOURS_2, (2026, 3, 10, 8, 30)),
    (rules.EVENING, (2026, 3, 9, 19, 0)),
])
def test_each_lead_time_reminds_once_until_the_appointment_starts(journal, london, lead, expected):
    choose(journal, lead)
    appt = appointments.add(journal, kind="clinic", starts_at=at(london, 2026, 3, 10, 10, 30), place="Oncology day unit")
    clock = FixedClock(at(london, 2026, 3, 1, 9, 0))
    [coming] = ar.coming(journal, clock, clock.now() + timedelta(days=21))
    assert (coming.when, coming.starts_at, coming.appointment_id) == (at(london, *expected),
                                                                     at(london, 2026, 3, 10, 10, 30), appt.id)
    clock.set(at(london, *expected) - timedelta(minutes=1))
    assert ar.due_now(journal, clock) == []
    clock.set(at(london, *expected))
    assert [r.appointment_id for r in ar.due_now(journal, clock)] == [appt.id]
    clock.set(at(london, 2026, 3, 10, 10, 29))
    assert [r.appointment_id for r in ar.due_now(journal, clock)] == [appt.id]  # an app started late still reminds
    clock.set(at(london, 2026, 3, 10, 10, 30))
    assert ar.due_now(journal, clock) == []  # started: nothing left to remind of


@pytest.mark.parametrize("lead,starts,expected_utc", [
    # British Summer Time starts at 01:00 UTC on 29 March 2026.
    (rules.HOURS_2, (2026, 3, 29, 10, 30), (2026, 3, 29, 7, 30)),  # 08:30 BST: two real hours
    (rules.HOURS_2, (2026, 3, 29, 2, 30), (2026, 3, 28, 23, 30)),  # 23:30 GMT the night before: two real hours
    (rules.EVENING, (2026, 3, 29, 10, 30), (2026, 3, 28, 19, 0)),  # 19:00 GMT
    (rules.EVENING, (2026, 3, 30, 9, 0), (2026, 3, 29, 18, 0)),  # 19:00 BST, on the day the clocks changed
    # And back at 01:00 UTC on 25 October.
    (rules.HOUR_1, (2026, 10, 25, 1, 30), (2026, 10, 24, 23, 30)),  # 01:30 BST (the first one): 00:30 BST
    (rules.EVENING, (2026, 10, 26, 9, 0), (2026, 10, 25, 19, 0)),  # 19:00 GMT
])
def test_daylight_saving_days(journal, london, lead, starts, expected_utc):
    choose(journal, lead)
    appointments.add(journal, kind="scan", starts_at=at(london, *starts))
    clock = FixedClock(at(london, 2026, 3, 20, 12, 0) if starts[1] == 3 else at(london, 2026, 10, 20, 12, 0))
    [coming] = ar.coming(journal, clock, clock.now() + timedelta(days=21))
    assert coming.when == at(UTC, *expected_utc)
    assert coming.when.tzinfo == london  # in the clock's zone, for the wording


def test_an_appointment_entered_in_another_zone_reminds_at_the_same_instant(journal, london):
    new_york = ZoneInfo("America/New_York")  # already on summer time on 10 March 2026; London not yet
    appointments.add(journal, kind="clinic", starts_at=at(new_york, 2026, 3, 10, 9, 0))
    clock = FixedClock(at(london, 2026, 3, 10, 8, 0))
    [coming] = ar.coming(journal, clock, clock.now() + timedelta(days=1))
    assert coming.starts_at == at(london, 2026, 3, 10, 13, 0)
    assert coming.when == at(london, 2026, 3, 10, 12, 0)
    choose(journal, rules.EVENING)  # the evening before where she is
    [coming] = ar.coming(journal, FixedClock(at(london, 2026, 3, 9, 8, 0)), at(london, 2026, 3, 11, 0, 0))
    assert coming.when == at(london, 2026, 3, 9, 19, 0)


def test_deleted_appointments_never_remind_and_off_means_off(journal, london):
    appt = appointments.add(journal, kind="blood_test", starts_at=at(london, 2026, 3, 10, 10, 30))
    clock = FixedClock(at(london, 2026, 3, 10, 9, 45))
    assert len(ar.due_now(journal, clock)) == 1
    appointments.delete(journal, appt.id)
    assert ar.due_now(journal, clock) == [] and ar.coming(journal, clock, clock.now() + timedelta(days=2)) == []
    appointments.delete(journal, appt.id, restore=True)  # undo
    assert len(ar.due_now(journal, clock)) == 1
    choose(journal, rules.HOUR_1, enabled=False)
    assert ar.due_now(journal, clock) == [] and ar.coming(journal, clock, clock.now() + timedelta(days=2)) == []


def test_each_treatment_day_reminds_and_deleted_days_never_do(journal, london):
    clock = FixedClock(at(london, 2026, 3, 10, 9, 0))
    course = lts.add(journal, clock, spine_course())
    coming = ar.coming(journal, clock, clock.now() + timedelta(days=21))
    assert [r.when for r in coming] == [at(london, 2026, 3, d, 9, 30) for d in (16, 17, 18, 19, 20)]
    clock.set(at(london, 2026, 3, 16, 9, 40))
    assert len(ar.due_now(journal, clock)) == 1  # the first treatment day
    # Moved to other days: the old days' appointments no longer remind.
    lts.edit(journal, clock, course.id, spine_course(days=(date(2026, 3, 23), date(2026, 3, 24))))
    assert ar.due_now(journal, clock) == []
    assert [r.when.date() for r in ar.coming(journal, clock, clock.now() + timedelta(days=21))] == [
        date(2026, 3, 23), date(2026, 3, 24)]
    lts.delete(journal, course.id)
    assert ar.coming(journal, clock, clock.now() + timedelta(days=21)) == []


def test_a_deleted_treatment_day_whose_appointment_was_left_behind_does_not_remind(journal, london):
    """As a sync that brought the day's deletion but not yet its appointment's would leave it."""
    clock = FixedClock(at(london, 2026, 3, 10, 9, 0))
    lts.add(journal, clock, spine_course(days=(date(2026, 3, 16), date(2026, 3, 17))))
    with journal.session() as session:
        first = session.query(LocalTreatmentDay).filter_by(day=date(2026, 3, 16)).one()
        first.deleted_at = datetime.now(UTC)
    assert len(appointments.between(journal, date(2026, 3, 16), date(2026, 3, 17), london)) == 2
    assert [r.when.date() for r in ar.coming(journal, clock, clock.now() + timedelta(days=21))] == [date(2026, 3, 17)]


def test_reminder_times_list_appointments_as_times_only(journal, london, data_dir):
    clock = FixedClock(at(london, 2026, 3, 10, 9, 0))
    appointments.add(journal, kind="clinic", starts_at=at(london, 2026, 3, 12, 14, 0), place="Maggie's centre",
                     notes="bring scan letter")
    lts.add(journal, clock, spine_course(days=(date(2026, 3, 16),)))
    appointments.add(journal, kind="scan", starts_at=at(london, 2026, 3, 10, 8, 0))  # already begun: left out
    appointments.add(journal, kind="scan", starts_at=at(london, 2026, 4, 30, 9, 0))  # beyond three weeks
    reminders.save_settings(journal, reminders.ReminderSettings(enabled=False))  # dose reminders off: still there
    times = reminder_times.compute(journal, clock)
    assert times.times == () and not times.empty
    assert times.appointments == (
        reminder_times.AppointmentTime(at(UTC, 2026, 3, 12, 13, 0), at(UTC, 2026, 3, 12, 14, 0)),
        reminder_times.AppointmentTime(at(UTC, 2026, 3, 16, 9, 30), at(UTC, 2026, 3, 16, 10, 30)),
    )
    reminder_times.set_keeps_file(journal, True)
    reminder_times.refresh_file(journal, data_dir, times)
    path = reminder_times.file_path(data_dir, journal.journal_id)
    text = path.read_text()
    for word in ("clinic", "radiotherapy", "spine", "Maggie", "scan", "Gy", "pain"):
        assert word not in text
    assert json.loads(text)["appointments"] == [["2026-03-12T13:00Z", "2026-03-12T14:00Z"],
                                                ["2026-03-16T09:30Z", "2026-03-16T10:30Z"]]
    assert reminder_times.load(path) == times
    assert path.stat().st_mode & 0o777 == 0o600
    # Locked, the app reminds from these: due from the reminder until the start.
    assert times.appointments_due(at(UTC, 2026, 3, 12, 12, 59)) == []
    assert times.appointments_due(at(UTC, 2026, 3, 12, 13, 30)) == [times.appointments[0]]
    assert times.appointments_due(at(UTC, 2026, 3, 12, 14, 0)) == []
    choose(journal, rules.HOUR_1, enabled=False)
    assert reminder_times.compute(journal, clock).empty


def test_a_times_file_without_appointments_still_reads(tmp_path):
    """Written by the version before appointment reminders."""
    path = tmp_path / reminder_times.FILE_NAME
    path.write_text('{"version":1,"repeat_minutes":15,"times":[["2026-03-10T08:00Z",2]]}')
    loaded = reminder_times.load(path)
    assert loaded is not None and loaded.appointments == () and len(loaded.times) == 1


@pytest.mark.parametrize("appointments_json", ['[["2026-03-10T08:00Z"]]', '[["2026-03-10T09:00Z", "2026-03-10T08:00Z"]]',
                                               '[["soon", "2026-03-10T08:00Z"]]', '7'])
def test_damaged_appointment_times_are_refused(tmp_path, appointments_json):
    path = tmp_path / reminder_times.FILE_NAME
    path.write_text('{"version":1,"repeat_minutes":15,"times":[],"appointments":' + appointments_json + "}")
    with pytest.raises(reminder_times.ReminderTimesUnreadable):
        reminder_times.load(path)

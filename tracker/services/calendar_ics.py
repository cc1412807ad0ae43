"""An .ics calendar of coming doses and appointments, with alarms, for system calendars.

Built from the plan each time. UIDs are stable (journal, regimen drug, day, time slot), so
re-importing or subscribing updates events instead of duplicating them. Times are local
wall-clock times with a TZID, so the calendar keeps 08:00 at 08:00 across DST changes.
Event text is plain English: this module sits below the UI and has no translator.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from tracker.domain.clock import Clock
from tracker.domain.schedule.slots import wall_instant
from tracker.services import appointments
from tracker.services.doses import doses_between
from tracker.storage.atomic import atomic_write_bytes
from tracker.storage.journal import OpenJournal

PRODID = "-//Treatment Journey//Dose reminders//EN"
APPOINTMENT_NAMES = {"clinic": "Clinic appointment", "scan": "Scan", "blood_test": "Blood test",
                     "infusion": "Infusion", "other": "Appointment"}


def _stamp() -> datetime:
    return datetime(2000, 1, 1, tzinfo=UTC)  # constant: the file only changes with the plan


def build_ics(journal: OpenJournal, clock: Clock, *, days_ahead: int = 365) -> bytes:
    zone = clock.zone
    use_tzid = hasattr(zone, "key")
    today = clock.today()
    end = today + timedelta(days=days_ahead)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Treatment Journey")
    for dose in doses_between(journal, today, end):
        if dose.held_by_plan or dose.status is not None:
            continue
        start = wall_instant(dose.day, dose.at, zone)
        event = Event()
        event.add("uid", f"{journal.journal_id}-rd{dose.regimen_drug_id}-{dose.day.isoformat()}-{dose.slot}@treatment-journey")
        event.add("dtstamp", _stamp())
        event.add("dtstart", start if use_tzid else start.astimezone(UTC))
        event.add("dtend", (start if use_tzid else start.astimezone(UTC)) + timedelta(minutes=15))
        summary = dose.name if not dose.dose_text else f"{dose.name} ({dose.dose_text})"
        event.add("summary", summary)
        if dose.cycle_length:
            event.add("description", f"Cycle {dose.cycle}, day {dose.day_in_cycle} of {dose.cycle_length}.")
        event.add("categories", ["Treatment"])
        event.add_component(_alarm(summary, timedelta(0)))
        cal.add_component(event)
    for appt in appointments.between(journal, today, end, zone):
        local = appt.local(zone)
        event = Event()
        event.add("uid", f"{journal.journal_id}-appt{appt.id}@treatment-journey")
        event.add("dtstamp", _stamp())
        event.add("dtstart", local if use_tzid else appt.starts_at)
        event.add("dtend", (local if use_tzid else appt.starts_at) + timedelta(hours=1))
        name = APPOINTMENT_NAMES.get(appt.kind, "Appointment")
        event.add("summary", name)
        if appt.place:
            event.add("location", appt.place)
        event.add_component(_alarm(name, timedelta(hours=-2)))
        cal.add_component(event)
    if use_tzid:
        cal.add_missing_timezones()
    ical: bytes = cal.to_ical()
    return ical


def _alarm(text: str, trigger: timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", trigger)
    return alarm


def write_ics(journal: OpenJournal, clock: Clock, path: Path | str, *, days_ahead: int = 365) -> Path:
    """Rewrite the file atomically (a calendar that is reading it never sees half a file)."""
    target = Path(path)
    atomic_write_bytes(target, build_ics(journal, clock, days_ahead=days_ahead))
    return target


def plan_dates(journal: OpenJournal, clock: Clock, *, days_ahead: int = 365) -> list[tuple[int, date, int]]:
    """(regimen drug, day, slot) keys the .ics holds; tests compare them with the file."""
    today = clock.today()
    return [d.key for d in doses_between(journal, today, today + timedelta(days=days_ahead))
            if not d.held_by_plan and d.status is None]

"""An .ics calendar of coming doses and appointments, with alarms, for system calendars.

Built from the plan each time. UIDs are stable (journal, regimen drug, day, time slot), so
re-importing or subscribing updates events instead of duplicating them. Times are local
wall-clock times with a TZID, so the calendar keeps 08:00 at 08:00 across DST changes.
Event text is plain English: this module sits below the UI and has no translator.

Rewriting compares with the file it replaces (RFC 5545 rules for updates): an event that
changed gets SEQUENCE + 1 and a new LAST-MODIFIED (DTSTAMP follows it); an unchanged one keeps
both, so the same plan gives the same bytes; a coming dose that is no longer planned (moved
by a delay, held, removed) stays in the file as a CANCELLED event, so a calendar that
imported the file rather than subscribing to it drops it on the next import.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Component, Event

from tracker.domain.clock import Clock
from tracker.domain.schedule.slots import wall_instant
from tracker.services import appointments
from tracker.services.doses import doses_between
from tracker.storage.atomic import atomic_write_bytes
from tracker.storage.journal import OpenJournal

PRODID = "-//Treatment Journey//Dose reminders//EN"
APPOINTMENT_NAMES = {"clinic": "Clinic appointment", "scan": "Scan", "blood_test": "Blood test",
                     "infusion": "Infusion", "other": "Appointment", "radiotherapy": "Radiotherapy",
                     "procedure": "Procedure or operation"}


#: What makes two versions of an event the same event for a calendar (alarms follow SUMMARY).
COMPARED = ("DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "LOCATION", "STATUS")


def _fingerprint(event: Component) -> tuple[str | None, ...]:
    return tuple(_text(event[name].to_ical()) if name in event else None for name in COMPARED)


def _text(value: bytes | str) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


def _previous_events(previous: bytes | None) -> dict[str, Component]:
    if not previous:
        return {}
    try:
        cal = Calendar.from_ical(previous)
    except ValueError:
        return {}  # not a calendar we can read: it is replaced by a fresh one
    return {str(e["UID"]): e for e in cal.walk("VEVENT") if "UID" in e}


def _versioned(event: Event, before: Component | None, now: datetime) -> Event:
    """SEQUENCE and LAST-MODIFIED (and DTSTAMP) from the previous version of the event."""
    if before is not None and _fingerprint(before) == _fingerprint(event):
        sequence, modified = int(before.get("SEQUENCE", 0)), before.decoded("LAST-MODIFIED")
    else:
        sequence = int(before.get("SEQUENCE", 0)) + 1 if before is not None else 0
        modified = now
    event.add("sequence", sequence)
    event.add("last-modified", modified)
    event.add("dtstamp", modified)
    return event


def _cancelled(before: Component, now: datetime) -> Event:
    event = Event()
    for name in ("UID", "DTSTART", "DTEND", "SUMMARY", "CATEGORIES"):
        if name in before:
            event.add(name, before[name])
    event.add("status", "CANCELLED")
    return _versioned(event, before, now)


def build_ics(journal: OpenJournal, clock: Clock, *, days_ahead: int = 365, previous: bytes | None = None) -> bytes:
    """The calendar of coming doses and appointments; `previous` is the file it replaces, if any."""
    before = _previous_events(previous)
    now = clock.now().astimezone(UTC).replace(microsecond=0)
    zone = clock.zone
    use_tzid = hasattr(zone, "key")
    today = clock.today()
    end = today + timedelta(days=days_ahead)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Treatment Journey")
    events: list[Event] = []
    for dose in doses_between(journal, today, end):
        if dose.held_by_plan or dose.status is not None:
            continue
        start = wall_instant(dose.day, dose.at, zone)
        event = Event()
        event.add("uid", f"{journal.journal_id}-rd{dose.regimen_drug_id}-{dose.day.isoformat()}-{dose.slot}@treatment-journey")
        event.add("dtstart", start if use_tzid else start.astimezone(UTC))
        event.add("dtend", (start if use_tzid else start.astimezone(UTC)) + timedelta(minutes=15))
        summary = dose.name if not dose.dose_text else f"{dose.name} ({dose.dose_text})"
        event.add("summary", summary)
        if dose.cycle_length:
            event.add("description", f"Cycle {dose.cycle}, day {dose.day_in_cycle} of {dose.cycle_length}.")
        event.add("categories", ["Treatment"])
        event.add_component(_alarm(summary, timedelta(0)))
        events.append(event)
    for appt in appointments.between(journal, today, end, zone):
        local = appt.local(zone)
        event = Event()
        event.add("uid", f"{journal.journal_id}-appt{appt.id}@treatment-journey")
        event.add("dtstart", local if use_tzid else appt.starts_at)
        event.add("dtend", (local if use_tzid else appt.starts_at) + timedelta(hours=1))
        name = APPOINTMENT_NAMES.get(appt.kind, "Appointment")
        event.add("summary", name)
        if appt.place:
            event.add("location", appt.place)
        event.add_component(_alarm(name, timedelta(hours=-2)))
        events.append(event)
    kept = set()
    for event in events:
        uid = str(event["UID"])
        kept.add(uid)
        cal.add_component(_versioned(event, before.get(uid), now))
    gone = [e for uid, e in before.items() if uid not in kept and "DTSTART" in e and _start_utc(e) >= now]
    for old in sorted(gone, key=_start_utc):
        cal.add_component(_cancelled(old, now))
    if use_tzid:
        cal.add_missing_timezones()
    return bytes(cal.to_ical())


def _start_utc(event: Component) -> datetime:
    start = event.decoded("DTSTART")
    if not isinstance(start, datetime):
        start = datetime.combine(start, datetime.min.time(), UTC)
    return start.astimezone(UTC) if start.tzinfo is not None else start.replace(tzinfo=UTC)


def _alarm(text: str, trigger: timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", trigger)
    return alarm


def write_ics(journal: OpenJournal, clock: Clock, path: Path | str, *, days_ahead: int = 365) -> Path:
    """Rewrite the file atomically (a calendar that is reading it never sees half a file)."""
    target = Path(path)
    try:
        previous: bytes | None = target.read_bytes()
    except FileNotFoundError:
        previous = None
    atomic_write_bytes(target, build_ics(journal, clock, days_ahead=days_ahead, previous=previous))
    return target


def plan_dates(journal: OpenJournal, clock: Clock, *, days_ahead: int = 365) -> list[tuple[int, date, int]]:
    """(regimen drug, day, slot) keys the .ics holds; tests compare them with the file."""
    today = clock.today()
    return [d.key for d in doses_between(journal, today, today + timedelta(days=days_ahead))
            if not d.held_by_plan and d.status is None]

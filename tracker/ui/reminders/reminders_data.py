"""What the reminders read from (and write to) the journal, off the GUI thread (see controller.py).

Plain functions run on the app's task runner: they call services only and return frozen data
the controller reminds from (no widgets, no wording). `load` is everything one tick needs;
the others are the writes the reminders make (doses marked, "last seen", the times kept at a lock).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tracker.domain.clock import Clock
from tracker.domain.errors import KnownError
from tracker.services import appointment_reminders, doses, people, reminder_times, reminders


@dataclass(frozen=True)
class ReminderData:
    #: Dose or appointment reminders are on.
    enabled: bool
    #: (UTC instant, open doses at it) due from the start of today until now; none with dose reminders off.
    due: tuple[tuple[datetime, int], ...]
    #: Appointment reminders whose time has come, of appointments not started yet.
    appointments_due: tuple[reminder_times.AppointmentTime, ...]
    repeat_minutes: int
    #: The coming times worked out again, when asked for (else None).
    times: reminder_times.ReminderTimes | None = None
    #: Why the kept copy of the times could not be written (a full disk, a read-only folder).
    file_error: KnownError | None = None
    #: Doses missed since the app last ran, when asked for (at unlock).
    missed: tuple[reminders.Reminder, ...] = ()


def load(journal, clock: Clock, data_dir: Path, *, times: bool = False, missed: bool = False,
         seen: bool = True) -> ReminderData:
    """What is due now (and, if asked, the coming times and the doses missed since last seen);
    then "last seen" moves on to now, unless `seen` is False (the missed list read at an unlock
    has not been shown yet: a lock before it lands must not lose it)."""
    # Read before it moves on below.
    since = reminders.last_seen(journal) if missed else None
    prefs = reminders.load_settings(journal)
    appointment_prefs = appointment_reminders.load_settings(journal)
    counts: dict[datetime, int] = {}
    for r in reminders.due_now(journal, clock) if prefs.enabled else []:
        at = r.when.astimezone(UTC)
        counts[at] = counts.get(at, 0) + 1
    appointments_due = sorted({reminder_times.appointment_time(r.when, r.starts_at)
                               for r in appointment_reminders.due_now(journal, clock)})
    coming = file_error = None
    if times:
        coming = reminder_times.compute(journal, clock)
        try:
            reminder_times.refresh_file(journal, data_dir, coming)
        except KnownError as exc:  # said to her; the app reminds from memory all the same
            file_error = exc
    missed_doses = reminders.missed_since(journal, clock, since) if since is not None else []
    if seen:
        reminders.mark_seen(journal, clock)
    return ReminderData(prefs.enabled or appointment_prefs.enabled, tuple(sorted(counts.items())),
                        tuple(appointments_due), prefs.repeat_minutes, coming, file_error, tuple(missed_doses))


def mark_taken(journal, clock: Clock, instants: list[datetime] | None) -> list[datetime]:
    """Record the open doses at `instants` (None: those due now) as taken by the patient; returns the instants."""
    if instants is None:
        due = reminders.due_now(journal, clock) if reminders.load_settings(journal).enabled else []
        instants = sorted({r.when.astimezone(UTC) for r in due})
    patient = people.patient(journal).id
    for at in instants:
        for r in reminders.reminders_between(journal, clock, at, at + timedelta(minutes=1)):
            doses.record(journal, clock, r.dose, doses.TAKEN, entered_by_id=patient)
    return instants


def resolve_missed(journal, clock: Clock, missed: list[reminders.Reminder], choice: str, who: int | None) -> None:
    """The missed list's answer for every dose on it; one that cannot be recorded (changed since) is left."""
    for r in missed:
        try:
            # "I took them all": at the planned time (the best the app knows).
            at = r.when if choice == doses.TAKEN else None
            doses.record(journal, clock, r.dose, choice, entered_by_id=who, at=at)
        except KnownError:
            continue


def leave(journal, clock: Clock, data_dir: Path, *, seen: bool = True) -> reminder_times.ReminderTimes:
    """Before the journal closes: the coming times to remind from while locked, kept as she chose,
    and "last seen" moved on (not if the missed list of this unlock was never shown: `seen`)."""
    coming = reminder_times.compute(journal, clock)
    try:
        reminder_times.refresh_file(journal, data_dir, coming)
        if seen:
            reminders.mark_seen(journal, clock)
    except KnownError:
        pass  # locking must go on; the next unlock writes them again
    return coming


def write_ics(journal, clock: Clock) -> bool:
    """Rewrite the calendar file she chose, if any (False: none chosen)."""
    path = reminders.load_settings(journal).ics_path
    if not path:
        return False
    # Only with a calendar file chosen: icalendar (with dateutil) is 5 MB resident.
    from tracker.services import calendar_ics

    calendar_ics.write_ics(journal, clock, path)
    return True

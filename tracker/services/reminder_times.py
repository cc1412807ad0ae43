"""Reminder times: what a locked app needs to remind, and nothing more.

While the journal is unlocked the app works out the coming due times from the plan and keeps
them in memory, so reminders go on after a lock. Each entry is an instant (UTC, to the minute)
and how many open doses fall at it: no drug names, no doses, no statuses. Appointment
reminders are kept as two instants each, when to remind and when the appointment starts (so
the notification can say "An appointment at 10:30"): no kind, no place, no notes.

If the patient opts in (off by default), the same times are also written to a small
owner-only file beside the journal, so an app started at login, before anyone unlocks it,
can remind too. The file shows that something is due at those times; that is all it shows.

Import-light on purpose: an app started locked reads the file before its first window is
painted, so the journal stack (SQLAlchemy, SQLCipher) is only imported by the functions that
take an open journal.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.domain.clock import Clock
from tracker.domain.errors import KnownError
from tracker.storage.atomic import atomic_write_text
from tracker.storage.paths import journal_paths

if TYPE_CHECKING:
    from tracker.storage.journal import OpenJournal

FILE_NAME = "reminder-times.json"
FORMAT_VERSION = 1
#: Instants in the file: UTC, to the minute.
_STAMP = "%Y-%m-%dT%H:%MZ"
#: How far ahead the times reach: a three-week holiday without unlocking still reminds.
AHEAD = timedelta(days=21)
#: Journal setting: the patient chose to keep the times file (False unless she opts in).
KEEP_FILE = "reminders.times_file"
#: The repeat interval when none is set (the reminders service uses the same default).
DEFAULT_REPEAT_MINUTES = 15


class ReminderTimesUnreadable(KnownError):
    message = ("The saved reminder times could not be read. Reminders start again when you unlock "
               "your journal, which also writes the times afresh.")


@dataclass(frozen=True)
class DueTime:
    at: datetime  # aware, UTC
    count: int


@dataclass(frozen=True, order=True)
class AppointmentTime:
    at: datetime  # aware, UTC: when to remind
    starts_at: datetime  # aware, UTC: when the appointment starts


@dataclass(frozen=True)
class ReminderTimes:
    times: tuple[DueTime, ...] = ()
    repeat_minutes: int = DEFAULT_REPEAT_MINUTES
    appointments: tuple[AppointmentTime, ...] = ()

    def between(self, start: datetime, end: datetime) -> list[DueTime]:
        """Times in [start, end)."""
        return [t for t in self.times if start <= t.at < end]

    def appointments_due(self, now: datetime) -> list[AppointmentTime]:
        """Appointment reminders whose time has come, of appointments not started yet."""
        return [a for a in self.appointments if a.at <= now < a.starts_at]

    @property
    def empty(self) -> bool:
        return not self.times and not self.appointments


def compute(journal: OpenJournal, clock: Clock, *, ahead: timedelta = AHEAD) -> ReminderTimes:
    """Open doses from the start of today to `ahead` from now, counted per instant, and the
    reminders of appointments still to come whose time is before `ahead` from now."""
    from tracker.services import appointment_reminders, reminders

    prefs = reminders.load_settings(journal)
    now = clock.now()
    counts: Counter[datetime] = Counter()
    if prefs.enabled:
        start = datetime.combine(now.date(), datetime.min.time(), now.tzinfo)
        counts.update(r.when.astimezone(UTC) for r in reminders.reminders_between(journal, clock, start, now + ahead))
    appointments = sorted({appointment_time(r.when, r.starts_at)
                           for r in appointment_reminders.coming(journal, clock, now + ahead)})
    return ReminderTimes(tuple(DueTime(at, n) for at, n in sorted(counts.items())), prefs.repeat_minutes,
                         tuple(appointments))


def appointment_time(when: datetime, starts_at: datetime) -> AppointmentTime:
    """In UTC, to the minute (as the file keeps it), so memory and file agree."""
    return AppointmentTime(_minute(when), _minute(starts_at))


def _minute(at: datetime) -> datetime:
    return at.astimezone(UTC).replace(second=0, microsecond=0)


def file_path(data_dir: Path, journal_id: str) -> Path:
    return journal_paths(Path(data_dir), journal_id).folder / FILE_NAME


def keeps_file(journal: OpenJournal) -> bool:
    from tracker.services import settings

    return settings.get(journal, KEEP_FILE, False) is True


def set_keeps_file(journal: OpenJournal, keep: bool) -> None:
    from tracker.services import settings

    settings.set(journal, KEEP_FILE, bool(keep))


def to_json(times: ReminderTimes) -> str:
    # "appointments" is optional within version 1: an older app ignores it, a newer one
    # reads a file without it as "no appointment reminders".
    return json.dumps({
        "version": FORMAT_VERSION,
        "repeat_minutes": times.repeat_minutes,
        "times": [[t.at.strftime(_STAMP), t.count] for t in times.times],
        "appointments": [[a.at.strftime(_STAMP), a.starts_at.strftime(_STAMP)] for a in times.appointments],
    }, separators=(",", ":"))


def from_json(text: str) -> ReminderTimes:
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
            raise ValueError("version")
        repeat = data["repeat_minutes"]
        if not isinstance(repeat, int) or not 0 <= repeat <= 24 * 60:
            raise ValueError("repeat")
        times = []
        for at_text, count in data["times"]:
            at = datetime.strptime(at_text, _STAMP).replace(tzinfo=UTC)
            if not isinstance(count, int) or count < 1:
                raise ValueError("count")
            times.append(DueTime(at, count))
        appointments = []
        for at_text, starts_text in data.get("appointments", []):
            at = datetime.strptime(at_text, _STAMP).replace(tzinfo=UTC)
            starts = datetime.strptime(starts_text, _STAMP).replace(tzinfo=UTC)
            if starts < at:
                raise ValueError("appointment")
            appointments.append(AppointmentTime(at, starts))
    except (ValueError, TypeError, KeyError) as exc:
        raise ReminderTimesUnreadable(detail=type(exc).__name__) from exc
    return ReminderTimes(tuple(sorted(times, key=lambda t: t.at)), repeat, tuple(sorted(appointments)))


def save(path: Path, times: ReminderTimes) -> None:
    """Owner-only, atomic: a reader never sees half a file."""
    atomic_write_text(Path(path), to_json(times), mode=0o600)


def load(path: Path) -> ReminderTimes | None:
    """The saved times, or None when the patient has not chosen to keep them."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise ReminderTimesUnreadable(detail=type(exc).__name__) from exc
    return from_json(text)


def remove(path: Path) -> None:
    Path(path).unlink(missing_ok=True)


def refresh_file(journal: OpenJournal, data_dir: Path, times: ReminderTimes) -> None:
    """Write the file when the patient keeps it, remove it when she does not."""
    path = file_path(data_dir, journal.journal_id)
    if keeps_file(journal):
        save(path, times)
    else:
        remove(path)

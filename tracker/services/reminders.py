"""Reminders, computed from the plan each time (never stored as a second truth).

What is due at which local wall-clock instant, what was missed while the app was closed,
and the reminder settings (kept encrypted in the journal).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tracker.domain.clock import Clock
from tracker.domain.schedule.slots import wall_instant
from tracker.services import settings
from tracker.services.doses import DueDose, doses_between
from tracker.storage.journal import OpenJournal

REPEAT_MINUTES = "reminders.repeat_minutes"
ICS_PATH = "reminders.ics_path"
ENABLED = "reminders.enabled"
LAST_SEEN = "reminders.last_seen"
DEFAULT_REPEAT_MINUTES = 15
#: Missed-while-closed looks back at most this far, so a long absence is not a wall of items.
MAX_LOOKBACK = timedelta(days=7)


@dataclass(frozen=True)
class ReminderSettings:
    enabled: bool = True
    repeat_minutes: int = DEFAULT_REPEAT_MINUTES
    ics_path: str | None = None


def load_settings(journal: OpenJournal) -> ReminderSettings:
    repeat = settings.get(journal, REPEAT_MINUTES, DEFAULT_REPEAT_MINUTES)
    return ReminderSettings(
        enabled=bool(settings.get(journal, ENABLED, True)),
        repeat_minutes=int(repeat) if isinstance(repeat, (int, float)) and repeat >= 0 else DEFAULT_REPEAT_MINUTES,
        ics_path=settings.get(journal, ICS_PATH, None) or None,
    )


def save_settings(journal: OpenJournal, value: ReminderSettings) -> None:
    settings.set(journal, ENABLED, bool(value.enabled))
    settings.set(journal, REPEAT_MINUTES, int(value.repeat_minutes))
    settings.set(journal, ICS_PATH, value.ics_path or None)


@dataclass(frozen=True)
class Reminder:
    when: datetime  # aware, in the clock's zone
    dose: DueDose


def reminders_between(journal: OpenJournal, clock: Clock, start: datetime, end: datetime) -> list[Reminder]:
    """Open doses whose local wall-clock time falls in [start, end)."""
    zone = clock.zone
    lo, hi = start.astimezone(zone).date(), end.astimezone(zone).date()
    result = []
    for dose in doses_between(journal, lo, hi):
        if not dose.open:
            continue
        when = wall_instant(dose.day, dose.at, zone)
        if start <= when < end:
            result.append(Reminder(when, dose))
    return result


def due_now(journal: OpenJournal, clock: Clock) -> list[Reminder]:
    """Open doses of today whose time has come (these repeat until marked)."""
    now = clock.now()
    start = datetime.combine(now.date(), datetime.min.time(), now.tzinfo)
    return reminders_between(journal, clock, start, now + timedelta(seconds=1))


def next_reminder(journal: OpenJournal, clock: Clock, *, within: timedelta = timedelta(days=2)) -> datetime | None:
    now = clock.now()
    upcoming = reminders_between(journal, clock, now + timedelta(seconds=1), now + within)
    return min((r.when for r in upcoming), default=None)


def missed_since(journal: OpenJournal, clock: Clock, since: datetime | None) -> list[Reminder]:
    """Open doses whose time passed between `since` (the last time the app ran) and now."""
    now = clock.now()
    start = max(since, now - MAX_LOOKBACK) if since is not None else now - timedelta(days=1)
    return reminders_between(journal, clock, start, now)


def last_seen(journal: OpenJournal) -> datetime | None:
    value = settings.get(journal, LAST_SEEN, None)
    try:
        return datetime.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def mark_seen(journal: OpenJournal, clock: Clock) -> None:
    settings.set(journal, LAST_SEEN, clock.now().astimezone(UTC).isoformat())

"""Reminder times: what a locked app needs to remind, and nothing more.

While the journal is unlocked the app works out the coming due times from the plan and keeps
them in memory, so reminders go on after a lock. Each entry is an instant (UTC, to the minute)
and how many open doses fall at it: no drug names, no doses, no statuses.

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


@dataclass(frozen=True)
class ReminderTimes:
    times: tuple[DueTime, ...] = ()
    repeat_minutes: int = DEFAULT_REPEAT_MINUTES

    def between(self, start: datetime, end: datetime) -> list[DueTime]:
        """Times in [start, end)."""
        return [t for t in self.times if start <= t.at < end]


def compute(journal: OpenJournal, clock: Clock, *, ahead: timedelta = AHEAD) -> ReminderTimes:
    """Open doses from the start of today to `ahead` from now, counted per instant."""
    from tracker.services import reminders

    prefs = reminders.load_settings(journal)
    if not prefs.enabled:
        return ReminderTimes((), prefs.repeat_minutes)
    now = clock.now()
    start = datetime.combine(now.date(), datetime.min.time(), now.tzinfo)
    counts = Counter(r.when.astimezone(UTC) for r in reminders.reminders_between(journal, clock, start, now + ahead))
    return ReminderTimes(tuple(DueTime(at, n) for at, n in sorted(counts.items())), prefs.repeat_minutes)


def file_path(data_dir: Path, journal_id: str) -> Path:
    return journal_paths(Path(data_dir), journal_id).folder / FILE_NAME


def keeps_file(journal: OpenJournal) -> bool:
    from tracker.services import settings

    return settings.get(journal, KEEP_FILE, False) is True


def set_keeps_file(journal: OpenJournal, keep: bool) -> None:
    from tracker.services import settings

    settings.set(journal, KEEP_FILE, bool(keep))


def to_json(times: ReminderTimes) -> str:
    return json.dumps({
        "version": FORMAT_VERSION,
        "repeat_minutes": times.repeat_minutes,
        "times": [[t.at.strftime("%Y-%m-%dT%H:%MZ"), t.count] for t in times.times],
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
            at = datetime.strptime(at_text, "%Y-%m-%dT%H:%MZ").replace(tzinfo=UTC)
            if not isinstance(count, int) or count < 1:
                raise ValueError("count")
            times.append(DueTime(at, count))
    except (ValueError, TypeError, KeyError) as exc:
        raise ReminderTimesUnreadable(detail=type(exc).__name__) from exc
    return ReminderTimes(tuple(sorted(times, key=lambda t: t.at)), repeat)


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

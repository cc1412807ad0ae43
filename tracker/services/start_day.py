"""The day the person started using this journal.

Doses planned before it were never shown to anyone to tick, so they are "not recorded",
never "overdue". Journals made before this was kept have no start day (None): nothing
is hidden for them.
"""

from __future__ import annotations

from datetime import date

from tracker.services import settings
from tracker.storage.journal import OpenJournal

KEY = "journal.started_on"


def started_on(journal: OpenJournal) -> date | None:
    value = settings.get(journal, KEY)
    return date.fromisoformat(value) if isinstance(value, str) else None


def set_started_on(journal: OpenJournal, day: date) -> None:
    settings.set(journal, KEY, day.isoformat())

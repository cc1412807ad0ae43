"""What the main window needs from the journal once it opens, read on the task runner (see window.py).

Plain functions calling services; no widgets, no wording.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.domain.errors import KnownError
from tracker.services import people, settings, sync


@dataclass(frozen=True)
class SessionData:
    #: Who is entering: the one chosen before the lock, else who opened the journal on this
    #: computer (a carer on a computer that joined a shared journal), else None (the patient).
    person_id: int | None
    people: tuple  # services.people.PersonInfo, for the "Entering as" switch
    auto_lock_minutes: int


def auto_lock_minutes(journal) -> int:
    """The idle minutes before the journal locks (the default when the setting cannot be read)."""
    try:
        return settings.auto_lock_minutes(journal)
    except KnownError:
        return settings.DEFAULT_AUTO_LOCK_MINUTES


def list_people(journal) -> tuple:
    return tuple(people.list_people(journal))


def load(journal, person_id: int | None) -> SessionData:
    if person_id is None:
        person_id = sync.my_person_id(journal)
    return SessionData(person_id, list_people(journal), auto_lock_minutes(journal))

"""What the Diary shows and its forms open with, read from the journal off the GUI thread.

Plain functions run on the app's task runner (tracker/ui/common/runner.py); they call services
only (no widgets, no wording) and return frozen dataclasses the view, the timeline model and
the forms render.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tracker.domain.clock import Clock
from tracker.services import diary, labs, people, questions, timeline
from tracker.services.timeline import Cursor, TimelineFilter, TimelineItem

#: Timeline kinds and the tables their records live in ("changed on two computers", issue 18).
TABLES = {"symptoms": "diary_logs", "lab": "lab_results", "scan": "scans", "note": "diary_notes",
          "question": "questions", "dose": "dose_events", "appointment": "appointments"}


@dataclass(frozen=True)
class TimelinePages:
    """One or more pages of the timeline, with what painting their cells needs."""

    items: tuple[TimelineItem, ...]
    next_cursor: Cursor | None
    #: Earlier versions of entries changed on two computers, keyed (kind, id).
    histories: dict[tuple[str, int], list]
    #: Everyone who may have entered something, archived too, in the people list's order
    #: (None when the read continues a list whose names are already known).
    people: tuple[tuple[int, str], ...] | None
    #: How many pages were read.
    pages: int


def histories(journal, items: list[TimelineItem] | tuple[TimelineItem, ...]) -> dict[tuple[str, int], list]:
    """The earlier versions of each of these timeline items, oldest first, keyed (kind, id);
    items without any are left out. One read for a whole page (services.sync.histories_of)."""
    from tracker.services import sync

    rows = {(TABLES[item.kind], item.id): (item.kind, item.id) for item in items if item.kind in TABLES}
    found = sync.histories_of(journal, list(rows))
    return {rows[row]: versions for row, versions in found.items()}


def load_pages(journal, flt: TimelineFilter, cursor: Cursor | None, limit: int, *, at_least: int = 1,
               with_people: bool = False) -> TimelinePages:
    """Pages of the timeline from `cursor` until `at_least` items are read or it ends.

    A reload reads as many rows as were loaded before, so someone who had scrolled far down
    keeps her place; a scroll reads one page."""
    people_list = None
    if with_people:
        people_list = tuple((p.id, p.name) for p in people.list_people(journal, include_archived=True))
    items: list[TimelineItem] = []
    pages = 0
    while True:
        page = timeline.page(journal, flt, cursor, limit=limit)
        pages += 1
        items.extend(page.items)
        cursor = page.next_cursor
        if cursor is None or len(items) >= at_least:
            break
    return TimelinePages(tuple(items), cursor, histories(journal, items) if items else {}, people_list, pages)


def load_computers(journal, clock: Clock) -> tuple[Any, ...]:
    """The computers sharing this journal (sync.ComputerStatus); none when it is not shared."""
    from tracker.services import sync

    if not sync.is_shared(journal):
        return ()
    return tuple(sync.sync_status(journal, clock).computers)


def load_entry(journal, kind: str, item_id: int) -> Any:
    """The entry as it is now, to open its edit form with (and to write back on undo)."""
    if kind == timeline.SYMPTOMS:
        return diary.get_log(journal, item_id)
    if kind == timeline.LAB:
        return labs.get_lab_result(journal, item_id)
    if kind == timeline.SCAN:
        return labs.get_scan(journal, item_id)
    if kind == timeline.NOTE:
        return questions.get_note(journal, item_id)
    return questions.get_question(journal, item_id)


@dataclass(frozen=True)
class SymptomFormData:
    """What the symptom form opens with."""

    #: Everyone who may enter a log (not archived), in the people list's order.
    people: tuple[Any, ...]
    #: Who entered the last log (the form's default for "Entered by" when nobody is chosen yet).
    last_person_id: int | None
    #: The suggested symptoms (side effects of the current drugs first), as chips.
    suggested: tuple[str, ...]
    #: The symptoms a weekly check-in opens at once (empty for other forms).
    opened: tuple[str, ...]
    #: The patient's name (a carer's form speaks about her).
    patient: str


def load_symptom_form(journal, clock: Clock, *, weekly: bool, opened_limit: int) -> SymptomFormData:
    """What a new (`weekly`) or edited symptom log's form needs; `opened_limit` symptoms
    a weekly check-in opens at once, plus what follows a recent radiotherapy course."""
    from tracker.ui.today import checkin_terms

    everyone = people.list_people(journal)
    opened: list[str] = []
    if weekly:
        opened = checkin_terms.for_journal(journal, clock, limit=opened_limit)
        opened += [t for t in diary.after_radiotherapy(journal, clock.today()) if t not in opened]
    archived = people.list_people(journal, include_archived=True)
    patient = next((p.name for p in archived if p.is_patient), "")
    return SymptomFormData(tuple(everyone), diary.last_person_id(journal),
                           tuple(diary.suggested_symptoms(journal, clock.today())), tuple(opened), patient)

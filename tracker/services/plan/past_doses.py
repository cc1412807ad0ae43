"""A drug entered with a start day in the past: what happened to the doses before today?

The person answers once for the new drug: "I took them as planned" (recorded as taken,
entered by them, marked back-filled), "I don't know" (they stay not recorded and are never
shown as overdue) or "leave them for me to mark". Every answer can be undone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from tracker.domain.clock import Clock
from tracker.domain.errors import ValidationError
from tracker.services import doses
from tracker.services.plan.queries import scheduled_drugs
from tracker.storage.journal import OpenJournal
from tracker.storage.models.plan import DoseEvent, RegimenDrug

TOOK_AS_PLANNED, DONT_KNOW, LEAVE = "took_as_planned", "dont_know", "leave"
CHOICES = (TOOK_AS_PLANNED, DONT_KNOW, LEAVE)


@dataclass(frozen=True)
class PastDoses:
    """Unmarked doses of some regimen drugs, planned before today."""

    regimen_drug_ids: tuple[int, ...]
    first_day: date
    last_day: date
    keys: tuple[tuple[int, date, int], ...]

    @property
    def count(self) -> int:
        return len(self.keys)


@dataclass(frozen=True)
class PastAnswer:
    choice: str
    event_ids: tuple[int, ...] = ()
    #: Each drug's `unknown_before` before the answer (what undo puts back).
    previous_unknown: dict[int, date | None] = field(default_factory=dict)
    unknown_before: date | None = None


def past_open_doses(journal: OpenJournal, clock: Clock, regimen_drug_ids: list[int]) -> PastDoses | None:
    """The doses of these drugs planned before today that nobody marked (None: there are none)."""
    wanted = set(regimen_drug_ids)
    items = [i for i in scheduled_drugs(journal) if i.drug.id in wanted]
    if not items:
        return None
    today = clock.today()
    start = min(i.drug.start for i in items)
    if start >= today:
        return None
    found = [d for d in doses.doses_between(journal, start, today - timedelta(days=1), items) if d.open]
    if not found:
        return None
    return PastDoses(tuple(sorted(wanted)), found[0].day, found[-1].day, tuple(d.key for d in found))


def answer(journal: OpenJournal, clock: Clock, past: PastDoses, choice: str, *,
           entered_by_id: int | None) -> PastAnswer:
    if choice not in CHOICES:
        raise ValidationError("Please choose one of the answers.", field="choice")
    if choice == LEAVE:
        return PastAnswer(LEAVE)
    if choice == DONT_KNOW:
        day = clock.today()
        previous = _set_unknown_before(journal, past.regimen_drug_ids, day)
        return PastAnswer(DONT_KNOW, previous_unknown=previous, unknown_before=day)
    return PastAnswer(TOOK_AS_PLANNED, event_ids=_record_taken(journal, clock, past, entered_by_id))


def _record_taken(journal: OpenJournal, clock: Clock, past: PastDoses, entered_by_id: int | None) -> tuple[int, ...]:
    """Taken at the planned time of each dose, marked back-filled; doses marked meanwhile are kept."""
    items = {i.drug.id: i for i in scheduled_drugs(journal) if i.drug.id in past.regimen_drug_ids}
    planned = {d.key: d for d in doses.doses_between(journal, past.first_day, past.last_day, list(items.values()))}
    zone = clock.zone
    zone_name = getattr(zone, "key", None) or "UTC"
    now = datetime.now(UTC)
    rows = []
    with journal.session() as session:
        for key in past.keys:
            dose = planned.get(key)
            if dose is None or not dose.open:
                continue
            rows.append(DoseEvent(
                regimen_drug_id=dose.regimen_drug_id, drug_id=dose.drug_id, planned_date=dose.day, slot=dose.slot,
                status=doses.TAKEN, recorded_at=datetime.combine(dose.day, dose.at, tzinfo=zone), tz=zone_name,
                backfilled=True, entered_by_id=entered_by_id, created_at=now,
            ))
        session.add_all(rows)
        session.flush()
        return tuple(r.id for r in rows)


def _set_unknown_before(journal: OpenJournal, ids: tuple[int, ...], day: date | None,
                        only: dict[int, date | None] | None = None) -> dict[int, date | None]:
    previous: dict[int, date | None] = {}
    with journal.session() as session:
        for row in session.scalars(select(RegimenDrug).where(RegimenDrug.id.in_(ids))):
            previous[row.id] = row.unknown_before
            row.unknown_before = only[row.id] if only is not None else day
    return previous


def undo_answer(journal: OpenJournal, made: PastAnswer) -> None:
    if made.choice == TOOK_AS_PLANNED:
        _set_events_deleted(journal, made.event_ids, datetime.now(UTC))
    elif made.choice == DONT_KNOW:
        _set_unknown_before(journal, tuple(made.previous_unknown), None, only=made.previous_unknown)


def redo_answer(journal: OpenJournal, made: PastAnswer) -> None:
    if made.choice == TOOK_AS_PLANNED:
        _set_events_deleted(journal, made.event_ids, None)
    elif made.choice == DONT_KNOW:
        _set_unknown_before(journal, tuple(made.previous_unknown), made.unknown_before)


def _set_events_deleted(journal: OpenJournal, ids: tuple[int, ...], when: datetime | None) -> None:
    with journal.session() as session:
        for row in session.scalars(select(DoseEvent).where(DoseEvent.id.in_(ids))):
            row.deleted_at = when

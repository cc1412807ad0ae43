"""Doses due and what happened to them: planned by the engine, minus what was recorded.

Every planned dose is taken, missed, skipped, held (by the team, or by the plan) or, when
nobody marked it, not recorded: an unmarked dose is never assumed missed. Recording a
status never overwrites: a new event replaces the previous one for the same planned dose
(the old row is soft-deleted) so undo can bring it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, select

from tracker.domain.clock import Clock
from tracker.domain.errors import ValidationError
from tracker.domain.text import check_text
from tracker.services.plan import ScheduledDrug, planned, scheduled_drugs
from tracker.services.plan.cycles import ended_before
from tracker.storage.journal import OpenJournal
from tracker.storage.models.plan import DoseEvent

TAKEN, MISSED, SKIPPED, HELD = "taken", "missed", "skipped", "held_by_team"
STATUSES = (TAKEN, MISSED, SKIPPED, HELD)
#: What a past dose nobody marked is (never recorded as an event); a dose still to come is PLANNED.
NOT_RECORDED, PLANNED = "not_recorded", "planned"
OVERDUE_DAYS = 7


@dataclass(frozen=True)
class DueDose:
    regimen_drug_id: int
    drug_id: str
    name: str
    dose_text: str | None
    route: str | None
    line_name: str
    day: date
    slot: int
    at: time
    cycle: int
    day_in_cycle: int | None
    cycle_length: int | None
    #: The plan says the team held this dose.
    held_by_plan: bool
    status: str | None = None
    event_id: int | None = None
    recorded_at: datetime | None = None
    entered_by_id: int | None = None
    backfilled: bool = False
    #: The person said they do not know what happened to doses before this day.
    unknown_before: date | None = None

    @property
    def key(self) -> tuple[int, date, int]:
        return (self.regimen_drug_id, self.day, self.slot)

    @property
    def open(self) -> bool:
        """Still waiting for a tick (not recorded, not held)."""
        return self.status is None and not self.held_by_plan

    def outcome(self, today: date) -> str:
        """Taken / missed / skipped / held_by_team (recorded or planned), not recorded, or planned."""
        if self.status is not None:
            return self.status
        if self.held_by_plan:
            return HELD
        return PLANNED if self.day >= today else NOT_RECORDED


@dataclass(frozen=True)
class DoseEventInfo:
    id: int
    regimen_drug_id: int
    drug_id: str
    planned_date: date
    slot: int
    status: str
    recorded_at: datetime
    tz: str
    entered_by_id: int | None
    note: str | None
    backfilled: bool = False


@dataclass(frozen=True)
class TodayList:
    today: list[DueDose]
    overdue: list[DueDose]


def _zone_name(clock: Clock) -> str:
    return getattr(clock.zone, "key", None) or "UTC"


def events_between(journal: OpenJournal, start: date, end: date,
                   regimen_drug_ids: list[int] | None = None) -> dict[tuple[int, date, int], DoseEventInfo]:
    """Live dose events for planned days in [start, end], by (regimen drug, day, slot).

    Given the regimen drugs, the query seeks the (drug, day, slot) index once per drug
    instead of reading every dose ever recorded: Today costs the same after 20 years as
    after one (issue 17)."""
    conditions = [DoseEvent.deleted_at.is_(None), DoseEvent.planned_date >= start, DoseEvent.planned_date <= end]
    if regimen_drug_ids is not None:
        conditions.append(DoseEvent.regimen_drug_id.in_(regimen_drug_ids))
    # Columns, not ORM objects: Today reads a week of every current drug's doses on each refresh.
    with journal.connection(read_only=True) as conn:
        rows = conn.execute(select(*_EVENT_COLUMNS).where(and_(*conditions)).order_by(DoseEvent.id)).all()
    return {(r[1], r[3], r[4]): DoseEventInfo(*r[:10], bool(r[10])) for r in rows}


#: DoseEventInfo's fields in order (backfilled last, as a flag).
_EVENT_COLUMNS = (DoseEvent.id, DoseEvent.regimen_drug_id, DoseEvent.drug_id, DoseEvent.planned_date, DoseEvent.slot,
                  DoseEvent.status, DoseEvent.recorded_at, DoseEvent.tz, DoseEvent.entered_by_id, DoseEvent.note,
                  DoseEvent.backfilled)


def doses_between(journal: OpenJournal, start: date, end: date,
                  items: list[ScheduledDrug] | None = None) -> list[DueDose]:
    """Every planned dose (one per time of day) in [start, end], with its recorded status."""
    items = scheduled_drugs(journal, live_from=start) if items is None else items
    recorded = events_between(journal, start, end, [i.drug.id for i in items if not ended_before(i, start)])
    result: list[DueDose] = []
    for p in planned(items, start, end):
        d = p.item.drug
        for slot_no, at in enumerate(p.slot.times):
            event = recorded.get((d.id, p.slot.day, slot_no))
            result.append(DueDose(
                regimen_drug_id=d.id, drug_id=d.drug_id, name=d.display_name,
                dose_text=p.slot.dose_text or d.dose_text, route=d.route, line_name=p.item.line.name,
                day=p.slot.day, slot=slot_no, at=at, cycle=p.slot.cycle, day_in_cycle=p.slot.day_in_cycle,
                cycle_length=p.slot.cycle_length, held_by_plan=p.slot.held,
                status=event.status if event else None, event_id=event.id if event else None,
                recorded_at=event.recorded_at if event else None,
                entered_by_id=event.entered_by_id if event else None,
                backfilled=event.backfilled if event else False, unknown_before=d.unknown_before,
            ))
    result.sort(key=lambda x: (x.day, x.at, x.name.casefold()))
    return result


def today_list(journal: OpenJournal, clock: Clock, *, overdue_days: int = OVERDUE_DAYS) -> TodayList:
    """Today's doses (all, with status) and earlier open doses from the last `overdue_days`.

    Doses from before the journal's start day, or from before a drug's "I don't know"
    answer, are not recorded rather than overdue: nobody could have ticked them.
    """
    from tracker.services.start_day import started_on

    today = clock.today()
    doses = doses_between(journal, today - timedelta(days=overdue_days), today)
    first = started_on(journal)
    return TodayList(
        today=[d for d in doses if d.day == today],
        overdue=[d for d in doses if d.day < today and d.open and could_be_overdue(d, first)],
    )


def could_be_overdue(dose: DueDose, journal_start: date | None) -> bool:
    if journal_start is not None and dose.day < journal_start:
        return False
    return dose.unknown_before is None or dose.day >= dose.unknown_before


def counts(doses: list[DueDose], today: date) -> dict[str, int]:
    """How many doses ended each way (every outcome present, zero when none)."""
    result = dict.fromkeys((TAKEN, MISSED, SKIPPED, HELD, NOT_RECORDED, PLANNED), 0)
    for d in doses:
        result[d.outcome(today)] += 1
    return result


@dataclass(frozen=True)
class Recorded:
    event_id: int
    #: The event this one replaced (restored by undo), or None.
    replaced_id: int | None


def record(journal: OpenJournal, clock: Clock, dose: DueDose | tuple[int, date, int], status: str, *,
           entered_by_id: int | None, at: datetime | None = None, note: str | None = None,
           backfilled: bool = False) -> Recorded:
    """Record what happened to a planned dose (taken, missed, skipped, held by the team).

    `backfilled`: marked afterwards for a past day (from the calendar), not at the time."""
    if status not in STATUSES:
        raise ValidationError("Please choose taken, missed, skipped or held by the team.", field="status")
    check_text(note, "note")
    regimen_drug_id, day, slot = dose.key if isinstance(dose, DueDose) else dose
    when = at or clock.now()
    if when.tzinfo is None:
        raise ValueError("aware datetime needed")
    if status == TAKEN and when.astimezone(clock.zone).date() < day:
        raise ValidationError("A dose cannot be taken before the day it was planned for.", field="at")
    from tracker.storage.models.plan import RegimenDrug

    with journal.session() as session:
        drug_row = session.get(RegimenDrug, regimen_drug_id)
        if drug_row is None:
            raise ValidationError("That drug is no longer in the plan.")
        previous = session.scalars(select(DoseEvent).where(and_(
            DoseEvent.regimen_drug_id == regimen_drug_id, DoseEvent.planned_date == day,
            DoseEvent.slot == slot, DoseEvent.deleted_at.is_(None)))).first()
        now = datetime.now(UTC)
        if previous is not None:
            previous.deleted_at = now
        row = DoseEvent(regimen_drug_id=regimen_drug_id, drug_id=drug_row.drug_id, planned_date=day, slot=slot,
                        status=status, recorded_at=when, tz=_zone_name(clock), note=note or None,
                        entered_by_id=entered_by_id, created_at=now, backfilled=backfilled)
        session.add(row)
        session.flush()
        return Recorded(row.id, previous.id if previous is not None else None)


def undo(journal: OpenJournal, recorded: Recorded) -> None:
    """Take back a `record()`: its event goes, the one it replaced (if any) comes back."""
    with journal.session() as session:
        row = session.get(DoseEvent, recorded.event_id)
        if row is not None:
            row.deleted_at = datetime.now(UTC)
        if recorded.replaced_id is not None:
            old = session.get(DoseEvent, recorded.replaced_id)
            if old is not None:
                old.deleted_at = None


def redo(journal: OpenJournal, recorded: Recorded) -> None:
    with journal.session() as session:
        row = session.get(DoseEvent, recorded.event_id)
        if row is not None:
            row.deleted_at = None
        if recorded.replaced_id is not None:
            old = session.get(DoseEvent, recorded.replaced_id)
            if old is not None:
                old.deleted_at = datetime.now(UTC)

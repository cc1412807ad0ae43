"""Where today falls in each drug's schedule, and what is planned in a date range."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.domain.schedule import DoseSlot, occurrences
from tracker.domain.schedule.engine import current_unit
from tracker.services.plan.types import ScheduledDrug


@dataclass(frozen=True)
class PlannedDose:
    item: ScheduledDrug
    slot: DoseSlot


def cycle_position(item: ScheduledDrug, on: date) -> DoseSlot | None:
    """Cycle number and day in cycle on `on` (None when the drug is not running then)."""
    if not item.active_on(on):
        return None
    return current_unit(item.schedule, item.domain_adjustments, on)


def ended_before(item: ScheduledDrug, day: date) -> bool:
    """The drug's last possible dose day (its own end, or its line's) is before `day`: a
    20-year plan's long-finished drugs cost nothing in today's window."""
    last = [d for d in (item.drug.end, item.line.end) if d is not None]
    return bool(last) and min(last) < day


def planned(items: list[ScheduledDrug], start: date, end: date) -> list[PlannedDose]:
    """Every planned dose day between `start` and `end` (inclusive), by day then plan order."""
    result = []
    for item in items:
        sched_start = max(start, item.drug.start)
        if sched_start > end or ended_before(item, start):
            continue
        for slot in occurrences(item.schedule, item.domain_adjustments, sched_start, end):
            result.append(PlannedDose(item, slot))
    result.sort(key=lambda p: (p.slot.day, p.item.line.number, p.item.drug.id))
    return result

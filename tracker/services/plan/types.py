"""Plain data the plan services return (never ORM objects)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from functools import cached_property
from typing import Any

from tracker.domain.schedule import (
    Break,
    Delay,
    End,
    Hold,
    Reduce,
    Resume,
    Schedule,
    occurrences,
    pattern_from_dict,
)

ADJUSTMENT_KINDS = ("delay", "hold", "reduce", "break", "resume")
END_REASONS = ("progression", "side_effects", "completed", "own_choice", "other")


@dataclass(frozen=True)
class LineSummary:
    id: int
    number: int
    name: str
    start: date
    #: Last day of the line (inclusive), or None while it goes on.
    end: date | None
    end_reason: str | None
    drug_ids: list[str]
    notes: str | None = None


@dataclass(frozen=True)
class AdjustmentInfo:
    id: int
    regimen_drug_id: int
    kind: str
    effective: date
    days: int | None
    dose_text: str | None
    notes: str | None

    def to_domain(self) -> Delay | Hold | Reduce | Break | Resume:
        if self.kind == "delay":
            return Delay(self.effective, int(self.days or 0))
        if self.kind == "hold":
            return Hold(self.effective)
        if self.kind == "reduce":
            return Reduce(self.effective, self.dose_text or "")
        if self.kind == "break":
            return Break(self.effective)
        if self.kind == "resume":
            return Resume(self.effective)
        raise ValueError(self.kind)


@dataclass(frozen=True)
class RegimenDrugInfo:
    id: int
    line_id: int
    drug_id: str
    display_name: str
    dose_text: str | None
    route: str | None
    pattern: dict[str, Any]
    times: tuple[time, ...]
    start: date
    end: date | None
    max_units: int | None
    first_unit: int
    first_index: int
    replaces_id: int | None
    notes: str | None
    anchor_date: date | None = None
    anchor_unit: int = 0
    #: Doses before this day are unknown (the person said "I don't know"): never overdue.
    unknown_before: date | None = None


@dataclass(frozen=True)
class ScheduledDrug:
    """A regimen drug with its line and adjustments, ready for the schedule engine."""

    drug: RegimenDrugInfo
    line: LineSummary
    adjustments: tuple[AdjustmentInfo, ...] = field(default=())

    @property
    def schedule(self) -> Schedule:
        d = self.drug
        return Schedule(pattern=pattern_from_dict(d.pattern), start=d.start, times=d.times, end=d.end,
                        count=d.max_units, first_unit=d.first_unit, first_index=d.first_index,
                        anchor=d.anchor_date, anchor_unit=d.anchor_unit if d.anchor_date else 0)

    @property
    def domain_adjustments(self) -> list[Delay | Hold | Reduce | Break | Resume | End]:
        items: list[Delay | Hold | Reduce | Break | Resume | End] = [a.to_domain() for a in self.adjustments]
        if self.line.end is not None:
            items.append(End(self.line.end + timedelta(days=1), self.line.end_reason or "other"))
        return items

    @cached_property
    def last_dose_day(self) -> date | None:
        """The last day with a dose when the course ends by itself (a course that steps down, a
        fixed list of dates, a set number of doses); None when it runs until an end date."""
        schedule = self.schedule
        if schedule.pattern.unit_limit() is None and schedule.count is None:
            return None
        last = None
        for slot in occurrences(schedule, self.domain_adjustments):
            last = slot.day
        return last

    def active_on(self, day: date) -> bool:
        d, line = self.drug, self.line
        if day < d.start or day < line.start:
            return False
        if d.end is not None and day > d.end:
            return False
        # A dexamethasone course that stepped down and ended last spring is not a current medicine.
        last = self.last_dose_day
        if last is not None and day > last:
            return False
        return line.end is None or day <= line.end


def times_to_json(times: Iterable[time | str]) -> str:
    return json.dumps([t.strftime("%H:%M") if isinstance(t, time) else str(t) for t in times])


def times_from_json(text: str) -> tuple[time, ...]:
    return tuple(sorted({time.fromisoformat(t) for t in json.loads(text)}))

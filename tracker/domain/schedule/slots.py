"""A dose slot: one calendar day on which a drug is due, and the wall-clock times that day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo


@dataclass(frozen=True)
class DoseSlot:
    day: date
    #: 0-based number of this dose day since the schedule began (continues across splits).
    index: int
    #: 1-based unit number: the cycle for cycle patterns, the dose number otherwise.
    cycle: int
    #: 1-based day within the cycle, or None when the pattern has no cycles.
    day_in_cycle: int | None
    #: Length of the cycle in days, or None when the pattern has no cycles.
    cycle_length: int | None
    #: Local wall-clock times on `day` (one per dose that day; twice daily gives two).
    times: tuple[time, ...] = (time(9, 0),)
    #: The team held this dose: it stays in the record but is not to be taken.
    held: bool = False
    #: Dose text from a reduction (the app never computes doses; it repeats the plan's words).
    dose_text: str | None = None


def wall_instant(day: date, at: time, zone: tzinfo) -> datetime:
    """The instant of `at` on `day` in `zone`, never on another day and never twice.

    Ambiguous times (clocks going back) take the first occurrence (fold=0); times that do
    not exist (clocks going forward) are normalised through UTC, which moves them forward
    by the gap on the same day.
    """
    local = datetime.combine(day, at).replace(tzinfo=zone, fold=0)
    normal = local.astimezone(UTC).astimezone(zone)
    if normal.date() != day:  # only possible for a gap at midnight; keep the day
        return local
    return normal


def slot_instants(slot: DoseSlot, zone: tzinfo) -> list[datetime]:
    return [wall_instant(slot.day, t, zone) for t in slot.times]

"""Walks a schedule unit by unit, applying the team's adjustments, and yields dose slots."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.domain.schedule.adjustments import Adjustment, Break, Delay, End, Hold, Reduce, Resume
from tracker.domain.schedule.patterns import Pattern, Steps
from tracker.domain.schedule.schedule import Schedule
from tracker.domain.schedule.slots import DoseSlot


@dataclass
class _Unit:
    k: int
    start: date
    index: int  # dose-day index of the unit's first dose day
    days: list[date]
    anchor: date  # where this unit's start was counted from
    anchor_k: int


def _prepare(adjustments: Sequence[Adjustment]) -> tuple[
        list[Delay], set[date], list[Reduce], date | None, list[tuple[date, date | None]]]:
    delays = sorted((a for a in adjustments if isinstance(a, Delay)), key=lambda a: a.on)
    holds = {a.on for a in adjustments if isinstance(a, Hold)}
    reductions = sorted((a for a in adjustments if isinstance(a, Reduce)), key=lambda a: a.on)
    ends = [a.on for a in adjustments if isinstance(a, End)]
    # Pair each break with the first resume after it.
    breaks: list[tuple[date, date | None]] = []
    resumes = sorted(a.on for a in adjustments if isinstance(a, Resume))
    for brk in sorted(a.on for a in adjustments if isinstance(a, Break)):
        later = [r for r in resumes if r > brk]
        breaks.append((brk, later[0] if later else None))
    return delays, holds, reductions, (min(ends) if ends else None), breaks


#: Pattern kinds whose dose days per unit do not depend on the unit number, so a run of
#: units can be counted without walking it (see `_skip`).
_UNIFORM_KINDS = frozenset({"interval", "loading", "step_down", "cycle_days", "fixed_dates", "steps"})


def _skip(pattern: Pattern, anchor: date, anchor_k: int, k: int, barrier: date, limit: int | None) -> int:
    """The unit to jump to: the largest j >= k whose start is before `barrier` (and below
    `limit`). Unit starts strictly increase with k, so this is a search, not a walk: the cost
    of a 20-year history stays that of a year (issue 17)."""
    def before(j: int) -> bool:
        return (limit is None or j < limit) and pattern.unit_start(anchor, anchor_k, j) < barrier

    if not before(k):
        return k
    step = 1
    while before(k + step):
        step *= 2
    lo, hi = k + step // 2, k + step  # before(lo) holds, before(hi) does not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if before(mid):
            lo = mid
        else:
            hi = mid
    return lo


def _units(schedule: Schedule, adjustments: Sequence[Adjustment], skip_to: date | None = None) -> Iterator[_Unit]:
    """Every unit with its dose days after delays, breaks and the end (holds not applied).

    With `skip_to`, units that end before it may be passed over without being yielded (their
    doses are still counted in `index`); every unit that starts on or after the last unit
    starting before `skip_to` is yielded as without it.
    """
    pattern = schedule.pattern
    delays, _holds, _reductions, end_on, breaks = _prepare(adjustments)
    last_day = schedule.end
    if end_on is not None:
        stop = end_on - timedelta(days=1)
        last_day = stop if last_day is None else min(last_day, stop)
    limit = pattern.unit_limit()
    if schedule.count is not None:
        limit = schedule.count if limit is None else min(limit, schedule.count)
    if schedule.anchor is not None:
        anchor, anchor_k = schedule.anchor, schedule.anchor_unit
    else:
        anchor, anchor_k = schedule.start, schedule.first_unit
    k, index = schedule.first_unit, schedule.first_index
    di = bi = 0
    while limit is None or k < limit:
        if skip_to is not None and pattern.kind in _UNIFORM_KINDS:
            # Jump over whole units that no delay, break or end reaches: they lie wholly
            # before the unit jumped to, whose start is still before every such barrier.
            barrier = skip_to
            if di < len(delays):
                barrier = min(barrier, delays[di].on)
            if bi < len(breaks):
                barrier = min(barrier, breaks[bi][0])
            if last_day is not None:
                barrier = min(barrier, last_day)
            j = _skip(pattern, anchor, anchor_k, k, barrier, limit)
            if j > k:
                index += (j - k) * len(pattern.unit_offsets(k))
                k = j
        start = pattern.unit_start(anchor, anchor_k, k)
        while True:
            while di < len(delays) and delays[di].on <= start:
                start = start + timedelta(days=delays[di].days)
                anchor, anchor_k = start, k
                di += 1
            if bi < len(breaks) and breaks[bi][0] <= start:
                resume = breaks[bi][1]
                if resume is None:
                    return
                bi += 1
                if resume > start:
                    start, anchor, anchor_k = resume, resume, k
                    # delays dated inside the break are spent; one dated on the resume day applies
                    while di < len(delays) and delays[di].on < start:
                        di += 1
                continue
            break
        if last_day is not None and start > last_day:
            return
        days = [start + timedelta(days=off) for off in pattern.unit_offsets(k)]
        cut = None
        if bi < len(breaks) and breaks[bi][0] <= days[-1]:
            cut = breaks[bi]
            days = [d for d in days if d < cut[0]]
        if last_day is not None:
            days = [d for d in days if d <= last_day]
        yield _Unit(k, start, index, days, anchor, anchor_k)
        index += len(days)
        k += 1
        if cut is not None:
            if cut[1] is None:
                return
            bi += 1
            anchor, anchor_k = cut[1], k


def occurrences(schedule: Schedule, adjustments: Sequence[Adjustment] = (), window_start: date | None = None,
                window_end: date | None = None) -> Iterator[DoseSlot]:
    """Dose slots from `window_start` to `window_end` (inclusive), in strictly increasing order."""
    _d, holds, reductions, _e, _b = _prepare(adjustments)
    pattern = schedule.pattern
    for unit in _units(schedule, adjustments, skip_to=window_start):
        if window_end is not None and unit.start > window_end:
            return
        length = pattern.cycle_length(unit.k)
        for i, day in enumerate(unit.days):
            if window_start is not None and day < window_start:
                continue
            if window_end is not None and day > window_end:
                return
            dose_text = pattern.unit_dose_text(unit.k)
            # A course that steps down gives each step its own dose: a reduction changes the
            # rest of the step it falls in, never a later step (which would show a higher dose
            # than the plan's next step).
            step_start = (day - timedelta(days=pattern.days_into_step(unit.k)) if isinstance(pattern, Steps)
                          else None)
            for red in reductions:
                if red.on <= day and (step_start is None or red.on >= step_start):
                    dose_text = red.dose_text
            yield DoseSlot(
                day=day,
                index=unit.index + i,
                cycle=unit.k + 1,
                day_in_cycle=(day - unit.start).days + 1 if pattern.is_cycle else None,
                cycle_length=length,
                times=pattern.unit_times(unit.k) or schedule.times,
                held=day in holds,
                dose_text=dose_text,
            )


def next_unit(schedule: Schedule, adjustments: Sequence[Adjustment],
              at: date) -> tuple[int, date | None, int, date | None, int]:
    """(unit number, start day, dose index, anchor, anchor unit) of the first unit starting
    on or after `at`.

    The start and anchor are None when the schedule ends before `at`; the numbers are then
    the next ones.
    """
    k, index = schedule.first_unit, schedule.first_index
    for unit in _units(schedule, adjustments, skip_to=at):
        if unit.start >= at:
            return unit.k, unit.start, unit.index, unit.anchor, unit.anchor_k
        k, index = unit.k + 1, unit.index + len(unit.days)
    return k, None, index, None, 0


def current_unit(schedule: Schedule, adjustments: Sequence[Adjustment], on: date) -> DoseSlot | None:
    """Where `on` falls: the cycle it belongs to and its day in that cycle (for "Cycle 7,
    day 12 of 28"), even on days without a dose. None outside the schedule."""
    pattern = schedule.pattern
    found = None
    for unit in _units(schedule, adjustments, skip_to=on):
        if unit.start > on:
            break
        found = unit
    if found is None:
        return None
    length = pattern.cycle_length(found.k)
    if pattern.is_cycle and length is not None and (on - found.start).days >= length:
        return None  # ended, or between the end of a cut cycle and the resume
    return DoseSlot(day=on, index=found.index, cycle=found.k + 1,
                    day_in_cycle=(on - found.start).days + 1 if pattern.is_cycle else None,
                    cycle_length=length, times=pattern.unit_times(found.k) or schedule.times)

"""Structured parts for the sentence preview; the UI builds translated words from them."""

from __future__ import annotations

from typing import Any

from tracker.domain.schedule.patterns import CycleDays, FixedDates, Interval, Loading, Pattern, StepDown, Steps


def day_ranges(days: tuple[int, ...]) -> list[tuple[int, int]]:
    """(1,2,3,8,15,16) → [(1,3), (8,8), (15,16)] for "days 1–3, 8 and 15–16"."""
    ranges: list[tuple[int, int]] = []
    for d in days:
        if ranges and d == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], d)
        else:
            ranges.append((d, d))
    return ranges


def describe(pattern: Pattern) -> dict[str, Any]:
    """A dict with "kind" and the numbers a sentence needs. Kinds:
    daily; every (every, unit); weekly_cycle; cycle_days (ranges, length);
    loading (days, every, unit); step_down (first_every, first_unit, count, then_every,
    then_unit); fixed_dates (dates); steps (steps: [(days, dose text, times a day)], total_days)."""
    if isinstance(pattern, Interval):
        if pattern.every == 1 and pattern.unit == "days":
            return {"kind": "daily"}
        return {"kind": "every", "every": pattern.every, "unit": pattern.unit}
    if isinstance(pattern, CycleDays):
        if pattern.length == 7 and pattern.days == (1,):
            return {"kind": "weekly_cycle"}
        if pattern.days == tuple(range(1, pattern.length + 1)):
            return {"kind": "daily"}
        return {"kind": "cycle_days", "ranges": day_ranges(pattern.days), "length": pattern.length}
    if isinstance(pattern, Loading):
        return {"kind": "loading", "days": list(pattern.days), "every": pattern.every, "unit": pattern.unit}
    if isinstance(pattern, StepDown):
        return {"kind": "step_down", "first_every": pattern.first_every, "first_unit": pattern.first_unit,
                "count": pattern.count, "then_every": pattern.then_every, "then_unit": pattern.then_unit}
    if isinstance(pattern, FixedDates):
        return {"kind": "fixed_dates", "dates": list(pattern.dates)}
    if isinstance(pattern, Steps):
        return {"kind": "steps", "steps": [(s.days, s.dose_text, len(s.times)) for s in pattern.steps],
                "total_days": sum(s.days for s in pattern.steps)}
    raise TypeError(f"unknown pattern {pattern!r}")

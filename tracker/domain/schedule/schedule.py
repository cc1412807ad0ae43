"""A pattern placed on the calendar, and splitting it for "from now on" edits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from tracker.domain.schedule.patterns import Pattern

if TYPE_CHECKING:
    from tracker.domain.schedule.adjustments import Adjustment

DEFAULT_TIMES = (time(9, 0),)


@dataclass(frozen=True)
class Schedule:
    pattern: Pattern
    start: date
    #: Local wall-clock times of the doses on each dose day (twice daily: two times).
    times: tuple[time, ...] = DEFAULT_TIMES
    #: Last possible dose day (inclusive), or None.
    end: date | None = None
    #: Number of units (cycles, or doses) in all, counted from unit 0, or None.
    count: int | None = None
    #: Unit number of the unit starting on `start` (non-zero after a "from now on" split).
    first_unit: int = 0
    #: Dose-day index of the first dose (continues numbering after a split).
    first_index: int = 0
    #: Where the pattern's steps are counted from, when not `start`: after a split, the
    #: old part's anchor, so "every month on the 31st" stays on the 31st (a start of
    #: 28 Feb would otherwise pull every later month to the 28th).
    anchor: date | None = None
    #: Unit number that falls on `anchor`.
    anchor_unit: int = 0

    def __post_init__(self) -> None:
        if not self.times:
            raise ValueError("at least one time of day")
        if list(self.times) != sorted(set(self.times)):
            raise ValueError("times of day must be different and in order")
        if self.end is not None and self.end < self.start:
            raise ValueError("the end is before the start")
        if self.count is not None and self.count < 1:
            raise ValueError("count must be at least 1")
        if self.anchor is not None and (self.anchor > self.start or self.anchor_unit > self.first_unit):
            raise ValueError("the anchor comes before the start")


def split(schedule: Schedule, at: date, adjustments: Sequence[Adjustment] = (), *, pattern: Pattern | None = None,
          times: tuple[time, ...] | None = None) -> tuple[Schedule | None, Schedule]:
    """Split for a "from now on" edit: everything before `at` stays exactly as it was.

    The new part starts at the first unit (cycle or dose) beginning on or after `at`, keeps
    the unit and dose numbering, and may use a new pattern or times. Pass all adjustments;
    `partition()` then says which stay with each part. Returns (before, after);
    `before` is None when nothing of the old schedule came before `at`.
    """
    from tracker.domain.schedule.engine import next_unit

    k, start, index, anchor, anchor_unit = next_unit(schedule, adjustments, at)
    before = None
    if start is None:
        # The schedule had ended: the new part starts at `at` with the next numbers.
        start = at
    if start > schedule.start:
        before = replace(schedule, end=start - timedelta(days=1) if schedule.end is None else min(schedule.end, start - timedelta(days=1)))
    same = pattern is None or pattern == schedule.pattern
    keep_anchor = same and anchor is not None and anchor < start
    after = Schedule(pattern=pattern or schedule.pattern, start=start, times=times or schedule.times,
                     end=schedule.end, count=schedule.count, first_unit=k, first_index=index,
                     anchor=anchor if keep_anchor else None, anchor_unit=anchor_unit if keep_anchor else 0)
    return before, after


def partition(adjustments: Sequence[Adjustment], boundary: date) -> tuple[list[Adjustment], list[Adjustment]]:
    """Adjustments for (old part, new part) of a split whose new part starts on `boundary`.

    Delays, breaks and resumes on or before `boundary` are already reflected in where the
    new part starts, so they stay with the old part; day-based ones (holds, reductions,
    ends) go with the part their day falls in.
    """
    from tracker.domain.schedule.adjustments import End, Hold, Reduce

    old: list[Adjustment] = []
    new: list[Adjustment] = []
    for adj in adjustments:
        by_day = isinstance(adj, (Hold, Reduce, End))
        later = adj.on >= boundary if by_day else adj.on > boundary
        (new if later else old).append(adj)
    return old, new

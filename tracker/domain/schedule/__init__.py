"""The schedule engine: when each dose of a regimen falls, after the team's adjustments.

Pure standard library. Patterns (`patterns.py`) say how doses repeat; a `Schedule`
(`schedule.py`) puts a pattern on the calendar from a start day; adjustments
(`adjustments.py`) are the team's changes, applied in order; `occurrences()` yields the
resulting dose slots. `describe()` returns structured parts for a sentence preview; the
UI turns those into translated words.
"""

from tracker.domain.schedule.adjustments import Break, Delay, End, Hold, Reduce, Resume
from tracker.domain.schedule.describe import describe
from tracker.domain.schedule.engine import occurrences
from tracker.domain.schedule.months import add_months
from tracker.domain.schedule.patterns import (
    CycleDays,
    FixedDates,
    Interval,
    Loading,
    Pattern,
    Step,
    StepDown,
    Steps,
    pattern_from_dict,
    pattern_to_dict,
)
from tracker.domain.schedule.schedule import Schedule, partition, split
from tracker.domain.schedule.slots import DoseSlot, slot_instants

__all__ = [
    "Break", "CycleDays", "Delay", "DoseSlot", "End", "FixedDates", "Hold", "Interval",
    "Loading", "Pattern", "Reduce", "Resume", "Schedule", "Step", "StepDown", "Steps", "add_months",
    "describe", "occurrences", "partition", "pattern_from_dict", "pattern_to_dict", "slot_instants", "split",
]

"""The team's changes to a schedule, applied in date order. The past is never rewritten:
each adjustment acts from its effective date on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

END_REASONS = ("progression", "side_effects", "completed", "own_choice", "other")


@dataclass(frozen=True)
class Delay:
    """The first unit (cycle, or dose) starting on or after `on` moves `days` later, and
    everything after it moves with it."""

    on: date
    days: int


@dataclass(frozen=True)
class Hold:
    """The dose(s) on `on` are held by the team: kept in the record, not to be taken."""

    on: date


@dataclass(frozen=True)
class Reduce:
    """From `on`, the dose is what the team wrote (`dose_text`); the app never computes it."""

    on: date
    dose_text: str


@dataclass(frozen=True)
class Break:
    """Treatment break from `on` (no doses until a Resume)."""

    on: date


@dataclass(frozen=True)
class Resume:
    """After a break, treatment restarts on `on` with a fresh cycle (day 1 = `on`)."""

    on: date


@dataclass(frozen=True)
class End:
    """The line ends: no doses on or after `on`. `reason` is one of END_REASONS."""

    on: date
    reason: str = "other"


Adjustment = Delay | Hold | Reduce | Break | Resume | End

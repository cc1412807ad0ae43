"""How doses repeat. Each pattern is a frozen dataclass with the same small interface.

A pattern is made of *units*: a cycle for cycle patterns, one dose day otherwise. The
engine asks `unit_start(anchor, k0, k)`: the first day of unit k when unit k0 starts on
`anchor` (restarts after a delay or break re-anchor this way), and `unit_offsets(k)`:
the 0-based days within the unit that carry a dose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any, Protocol

from tracker.domain.schedule.months import add_months

UNITS = ("days", "weeks", "months")


class Pattern(Protocol):
    @property
    def kind(self) -> str: ...  # read-only: the patterns are frozen dataclasses

    @property
    def is_cycle(self) -> bool: ...

    def unit_start(self, anchor: date, k0: int, k: int) -> date: ...

    def unit_offsets(self, k: int) -> tuple[int, ...]: ...

    def cycle_length(self, k: int) -> int | None: ...

    def unit_limit(self) -> int | None:
        """How many units exist at most (a fixed list of dates), or None."""

    def unit_dose_text(self, k: int) -> str | None:
        """The dose text of unit k when the pattern itself says it (a step of a taper), or None."""

    def unit_times(self, k: int) -> tuple[time, ...] | None:
        """The times of day of unit k when the pattern itself says them, or None (the schedule's)."""


def _check_every(every: int, unit: str) -> None:
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}")
    if not isinstance(every, int) or every < 1:
        raise ValueError("every must be a whole number of at least 1")


def _step(anchor: date, steps: int, every: int, unit: str) -> date:
    if unit == "months":
        return add_months(anchor, steps * every)
    days = every * (7 if unit == "weeks" else 1)
    return anchor + timedelta(days=steps * days)


class _SingleDose:
    """Units of one dose day (no cycles)."""

    @property
    def is_cycle(self) -> bool:
        return False

    def unit_offsets(self, k: int) -> tuple[int, ...]:
        return (0,)

    def cycle_length(self, k: int) -> int | None:
        return None

    def unit_limit(self) -> int | None:
        return None

    def unit_dose_text(self, k: int) -> str | None:
        return None

    def unit_times(self, k: int) -> tuple[time, ...] | None:
        return None


@dataclass(frozen=True)
class Interval(_SingleDose):
    """Every N days, weeks or months (months anchored on the start day). Daily = every 1 day."""

    every: int = 1
    unit: str = "days"
    kind: str = "interval"

    def __post_init__(self) -> None:
        _check_every(self.every, self.unit)

    def unit_start(self, anchor: date, k0: int, k: int) -> date:
        return _step(anchor, k - k0, self.every, self.unit)


@dataclass(frozen=True)
class Loading(_SingleDose):
    """Loading doses on given days (1-based from the start), then every N days/weeks/months.

    Fulvestrant: days (1, 15, 29) then every 28 days. Trastuzumab: day (1,) then every 3 weeks
    (the loading dose is larger; the dose text says so, the app never computes it).
    """

    days: tuple[int, ...] = (1,)
    every: int = 21
    unit: str = "days"
    kind: str = "loading"

    def __post_init__(self) -> None:
        _check_every(self.every, self.unit)
        if not self.days or self.days[0] != 1 or list(self.days) != sorted(set(self.days)):
            raise ValueError("loading days start at day 1 and increase")

    def _loading_start(self, anchor: date, k0: int, k: int) -> date:
        return anchor + timedelta(days=self.days[k] - self.days[k0])

    def unit_start(self, anchor: date, k0: int, k: int) -> date:
        n = len(self.days)
        if k < n:
            return self._loading_start(anchor, k0, k)
        if k0 < n:  # maintenance counts from the last loading dose
            last = self._loading_start(anchor, k0, n - 1)
            return _step(last, k - (n - 1), self.every, self.unit)
        return _step(anchor, k - k0, self.every, self.unit)


@dataclass(frozen=True)
class StepDown(_SingleDose):
    """Every A for `count` doses, then every B (zoledronic acid: 4 weeks ×N, then 12 weeks)."""

    first_every: int = 4
    first_unit: str = "weeks"
    count: int = 3
    then_every: int = 12
    then_unit: str = "weeks"
    kind: str = "step_down"

    def __post_init__(self) -> None:
        _check_every(self.first_every, self.first_unit)
        _check_every(self.then_every, self.then_unit)
        if self.count < 1:
            raise ValueError("count must be at least 1")

    def unit_start(self, anchor: date, k0: int, k: int) -> date:
        n = self.count
        if k0 >= n:
            return _step(anchor, k - k0, self.then_every, self.then_unit)
        if k < n:
            return _step(anchor, k - k0, self.first_every, self.first_unit)
        last_first = _step(anchor, n - 1 - k0, self.first_every, self.first_unit)
        return _step(last_first, k - (n - 1), self.then_every, self.then_unit)


@dataclass(frozen=True)
class CycleDays:
    """Doses on given days of a repeating cycle: days 1–21 of 28, 1 and 8 of 21, weekly…"""

    length: int = 28
    days: tuple[int, ...] = (1,)
    kind: str = "cycle_days"

    def __post_init__(self) -> None:
        if self.length < 1:
            raise ValueError("a cycle lasts at least one day")
        if not self.days or list(self.days) != sorted(set(self.days)) or self.days[0] < 1 or self.days[-1] > self.length:
            raise ValueError("cycle days must increase and fall inside the cycle")

    @property
    def is_cycle(self) -> bool:
        return True

    def unit_start(self, anchor: date, k0: int, k: int) -> date:
        return anchor + timedelta(days=(k - k0) * self.length)

    def unit_offsets(self, k: int) -> tuple[int, ...]:
        return tuple(d - 1 for d in self.days)

    def cycle_length(self, k: int) -> int | None:
        return self.length

    def unit_limit(self) -> int | None:
        return None

    def unit_dose_text(self, k: int) -> str | None:
        return None

    def unit_times(self, k: int) -> tuple[time, ...] | None:
        return None


@dataclass(frozen=True)
class FixedDates(_SingleDose):
    """A fixed list of dates (a delay moves the remaining ones by the same number of days)."""

    dates: tuple[date, ...] = ()
    kind: str = "fixed_dates"

    def __post_init__(self) -> None:
        if not self.dates or list(self.dates) != sorted(set(self.dates)):
            raise ValueError("dates must be given, each once, in order")

    def unit_start(self, anchor: date, k0: int, k: int) -> date:
        return anchor + (self.dates[k] - self.dates[k0])

    def unit_limit(self) -> int | None:
        return len(self.dates)


#: Steroids: one dose in the morning, a second at about midday, never in the evening (our
#: steroids article, resources/articles/steroids.md: they keep people awake at night).
STEROID_TIMES = (time(8, 0), time(12, 0))


@dataclass(frozen=True)
class Step:
    """One step of a course that steps down: `days` days of `dose_text` at `times`."""

    days: int
    dose_text: str
    times: tuple[time, ...] = STEROID_TIMES

    def __post_init__(self) -> None:
        if isinstance(self.days, bool) or not isinstance(self.days, int) or self.days < 1:
            raise ValueError("a step lasts at least one day")
        if not isinstance(self.dose_text, str) or not self.dose_text.strip():
            raise ValueError("each step needs its dose as the team wrote it")
        if not self.times or list(self.times) != sorted(set(self.times)):
            raise ValueError("times of day must be given, different and in order")


@dataclass(frozen=True)
class Steps(_SingleDose):
    """A course that steps down (dexamethasone 8 mg twice a day for 3 days, then 4 mg…):
    every day from the start, each step for its number of days with its own dose text and
    times, then it ends by itself. The dose texts are the team's words, never computed."""

    steps: tuple[Step, ...] = ()
    kind: str = "steps"

    def __post_init__(self) -> None:
        if not self.steps or not all(isinstance(s, Step) for s in self.steps):
            raise ValueError("a stepped course needs at least one step")

    def unit_start(self, anchor: date, k0: int, k: int) -> date:
        return anchor + timedelta(days=k - k0)

    def unit_limit(self) -> int | None:
        return sum(s.days for s in self.steps)

    def step_of(self, k: int) -> Step:
        """The step day k (0-based from the start) falls in (the last step after the end)."""
        for step in self.steps:
            if k < step.days:
                return step
            k -= step.days
        return self.steps[-1]

    def unit_dose_text(self, k: int) -> str | None:
        return self.step_of(k).dose_text

    def unit_times(self, k: int) -> tuple[time, ...] | None:
        return self.step_of(k).times

    def days_into_step(self, k: int) -> int:
        """How many days of its step come before day k (0 on a step's first day)."""
        for step in self.steps[:-1]:
            if k < step.days:
                return k
            k -= step.days
        return k


_KINDS: dict[str, type] = {cls.kind: cls for cls in (Interval, Loading, StepDown, CycleDays, FixedDates, Steps)}


def _step_to_dict(step: Step) -> dict[str, Any]:
    return {"days": step.days, "dose_text": step.dose_text, "times": [t.strftime("%H:%M") for t in step.times]}


def _step_from_dict(data: Any) -> Step:
    if not isinstance(data, dict):
        raise ValueError("a step is a record of days, dose text and times")
    times = data.get("times")
    parsed = STEROID_TIMES if times is None else tuple(sorted(time.fromisoformat(str(t)) for t in times))
    return Step(days=data["days"], dose_text=data["dose_text"], times=parsed)


def pattern_to_dict(pattern: Pattern) -> dict[str, Any]:
    """Plain JSON-able form (stored with each regimen drug)."""
    data: dict[str, Any] = {"kind": pattern.kind}
    for name, value in vars(pattern).items():
        if name == "kind":
            continue
        if name == "dates":
            value = [d.isoformat() for d in value]
        elif name == "steps":
            value = [_step_to_dict(step) for step in value]
        elif isinstance(value, tuple):
            value = list(value)
        data[name] = value
    return data


def pattern_from_dict(data: dict[str, Any]) -> Pattern:
    data = dict(data)
    kind = data.pop("kind", None)
    cls = _KINDS.get(kind)
    if cls is None:
        raise ValueError(f"unknown pattern kind {kind!r}")
    if "dates" in data:
        data["dates"] = tuple(date.fromisoformat(d) for d in data["dates"])
    if "days" in data:
        data["days"] = tuple(int(d) for d in data["days"])
    if "steps" in data:
        if not isinstance(data["steps"], list):
            raise ValueError("steps must be a list")
        data["steps"] = tuple(_step_from_dict(step) for step in data["steps"])
    pattern: Pattern = cls(**data)
    return pattern

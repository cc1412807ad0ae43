"""The "steps" pattern: a course that steps down (a steroid taper), entered once."""

from __future__ import annotations

from datetime import date, time

import pytest

from tracker.domain.errors import ValidationError
from tracker.domain.schedule import (
    Reduce,
    Schedule,
    Step,
    Steps,
    describe,
    occurrences,
    pattern_from_dict,
    pattern_to_dict,
    split,
)
from tracker.domain.schedule.engine import current_unit
from tracker.domain.schedule.patterns import STEROID_TIMES
from tracker.domain.validation import check_pattern

TAPER = Steps((Step(3, "8 mg"), Step(3, "4 mg"), Step(2, "2 mg", (time(8, 0),))))


def test_taper_from_1_march_ends_on_8_march():
    slots = list(occurrences(Schedule(TAPER, date(2025, 3, 1))))
    assert [s.day.day for s in slots] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert slots[-1].day == date(2025, 3, 8)
    assert [s.dose_text for s in slots] == ["8 mg"] * 3 + ["4 mg"] * 3 + ["2 mg"] * 2
    assert slots[0].times == (time(8, 0), time(12, 0)) and slots[-1].times == (time(8, 0),)


def test_default_times_are_morning_and_midday():
    assert Step(1, "8 mg").times == STEROID_TIMES == (time(8, 0), time(12, 0))


def test_a_window_in_the_middle_gets_the_right_step():
    slots = list(occurrences(Schedule(TAPER, date(2025, 3, 1)), window_start=date(2025, 3, 5),
                             window_end=date(2025, 3, 7)))
    assert [(s.day.day, s.dose_text, s.index) for s in slots] == [(5, "4 mg", 4), (6, "4 mg", 5), (7, "2 mg", 6)]


def test_a_team_reduction_changes_the_rest_of_its_step_and_never_a_later_one():
    """The next step's own (lower) dose applies from its first day: carrying "6 mg" into the
    4 mg and 2 mg steps would remind of a higher dose than the plan."""
    slots = list(occurrences(Schedule(TAPER, date(2025, 3, 1)), [Reduce(date(2025, 3, 3), "6 mg")]))
    assert [s.dose_text for s in slots] == ["8 mg", "8 mg", "6 mg", "4 mg", "4 mg", "4 mg", "2 mg", "2 mg"]
    first_day = list(occurrences(Schedule(TAPER, date(2025, 3, 1)), [Reduce(date(2025, 3, 1), "6 mg")]))
    assert [s.dose_text for s in first_day] == ["6 mg"] * 3 + ["4 mg"] * 3 + ["2 mg"] * 2
    in_a_window = list(occurrences(Schedule(TAPER, date(2025, 3, 1)), [Reduce(date(2025, 3, 5), "3 mg")],
                                   window_start=date(2025, 3, 6), window_end=date(2025, 3, 7)))
    assert [s.dose_text for s in in_a_window] == ["3 mg", "2 mg"]


def test_round_trip_and_describe():
    data = pattern_to_dict(TAPER)
    assert data == {"kind": "steps", "steps": [
        {"days": 3, "dose_text": "8 mg", "times": ["08:00", "12:00"]},
        {"days": 3, "dose_text": "4 mg", "times": ["08:00", "12:00"]},
        {"days": 2, "dose_text": "2 mg", "times": ["08:00"]}]}
    assert pattern_from_dict(data) == TAPER
    assert describe(TAPER) == {"kind": "steps", "steps": [(3, "8 mg", 2), (3, "4 mg", 2), (2, "2 mg", 1)],
                               "total_days": 8}


def test_current_unit_and_split_keep_working():
    sched = Schedule(TAPER, date(2025, 3, 1))
    assert current_unit(sched, (), date(2025, 3, 7)).times == (time(8, 0),)
    before, after = split(sched, date(2025, 3, 4))
    assert before.end == date(2025, 3, 3)
    assert [s.dose_text for s in occurrences(after)] == ["4 mg"] * 3 + ["2 mg"] * 2


@pytest.mark.parametrize("data", [
    {"kind": "steps", "steps": []},
    {"kind": "steps", "steps": [{"days": 0, "dose_text": "8 mg"}]},
    {"kind": "steps", "steps": [{"days": 2, "dose_text": " "}]},
    {"kind": "steps", "steps": [{"days": 2}]},
    {"kind": "steps", "steps": "8 mg"},
    {"kind": "steps", "steps": [{"days": 400, "dose_text": "8 mg"}]},
])
def test_incomplete_steps_are_refused(data):
    with pytest.raises(ValidationError):
        check_pattern(data)

"""Delays, holds, reductions, breaks, resumes and ends, the way teams apply them."""

from __future__ import annotations

from datetime import date, timedelta

from tracker.domain.schedule import (
    Break,
    CycleDays,
    Delay,
    End,
    Hold,
    Interval,
    Loading,
    Reduce,
    Resume,
    Schedule,
    occurrences,
)
from tracker.domain.schedule.engine import current_unit

D = date
PALBO = Schedule(CycleDays(28, tuple(range(1, 22))), D(2024, 3, 1))
WINDOW_END = D(2024, 8, 1)


def slots(schedule, adjustments, end=WINDOW_END):
    return list(occurrences(schedule, adjustments, window_end=end))


def test_cycle_delay_moves_whole_cycle_and_after():
    got = slots(PALBO, [Delay(D(2024, 3, 22), 7)])
    cycle2 = [s for s in got if s.cycle == 2]
    assert cycle2[0].day == D(2024, 4, 5) and cycle2[-1].day == D(2024, 4, 25) and len(cycle2) == 21
    cycle3 = [s for s in got if s.cycle == 3]
    assert cycle3[0].day == D(2024, 5, 3)
    # cycle 1 untouched: the past is never rewritten
    assert [s.day for s in got if s.cycle == 1] == [D(2024, 3, 1) + timedelta(days=i) for i in range(21)]


def test_two_delays_add_up():
    got = slots(PALBO, [Delay(D(2024, 3, 29), 7), Delay(D(2024, 4, 30), 3)])
    starts = [s.day for s in got if s.day_in_cycle == 1]
    assert starts[:4] == [D(2024, 3, 1), D(2024, 4, 5), D(2024, 5, 6), D(2024, 6, 3)]


def test_delay_of_infusion_interval():
    got = [s.day for s in slots(Schedule(Interval(3, "weeks"), D(2024, 1, 2)), [Delay(D(2024, 1, 23), 7)], D(2024, 3, 31))]
    assert got == [D(2024, 1, 2), D(2024, 1, 30), D(2024, 2, 20), D(2024, 3, 12)]


def test_held_dose_stays_but_is_marked():
    got = slots(Schedule(Interval(3, "weeks"), D(2024, 1, 2)), [Hold(D(2024, 1, 23))], D(2024, 2, 13))
    assert [(s.day, s.held) for s in got] == [(D(2024, 1, 2), False), (D(2024, 1, 23), True), (D(2024, 2, 13), False)]


def test_reduction_changes_dose_text_from_date():
    got = slots(PALBO, [Reduce(D(2024, 3, 29), "100 mg")], D(2024, 3, 30))
    assert got[0].dose_text is None and got[20].dose_text is None
    assert got[21].day == D(2024, 3, 29) and got[21].dose_text == "100 mg"


def test_break_and_resume_restarts_cycle():
    got = slots(PALBO, [Break(D(2024, 3, 10)), Resume(D(2024, 4, 15))])
    assert [s.day for s in got if s.cycle == 1][-1] == D(2024, 3, 9)
    cycle2 = [s for s in got if s.cycle == 2]
    assert cycle2[0].day == D(2024, 4, 15) and cycle2[0].day_in_cycle == 1 and len(cycle2) == 21
    assert not [s for s in got if D(2024, 3, 10) <= s.day < D(2024, 4, 15)]


def test_open_break_stops_and_end_stops():
    assert slots(Schedule(Interval(1), D(2024, 1, 1)), [Break(D(2024, 1, 4))])[-1].day == D(2024, 1, 3)
    assert slots(Schedule(Interval(1), D(2024, 1, 1)), [End(D(2024, 1, 4), "progression")])[-1].day == D(2024, 1, 3)


def test_resume_after_loading_continues_maintenance():
    got = [s.day for s in slots(Schedule(Loading((1, 15, 29), 28), D(2024, 1, 1)),
                                [Break(D(2024, 2, 1)), Resume(D(2024, 4, 1))], D(2024, 6, 1))]
    assert got == [D(2024, 1, 1), D(2024, 1, 15), D(2024, 1, 29), D(2024, 4, 1), D(2024, 4, 29), D(2024, 5, 27)]


def test_current_cycle_position():
    pos = current_unit(PALBO, [], D(2024, 4, 9))
    assert (pos.cycle, pos.day_in_cycle, pos.cycle_length) == (2, 12, 28)
    pos = current_unit(PALBO, [], D(2024, 3, 26))  # rest week still belongs to cycle 1
    assert (pos.cycle, pos.day_in_cycle) == (1, 26)
    assert current_unit(PALBO, [], D(2024, 2, 1)) is None


def test_split_of_monthly_on_the_31st_keeps_the_31st():
    from tracker.domain.schedule import split

    schedule = Schedule(Interval(1, "months"), D(2024, 1, 31))
    before, after = split(schedule, D(2024, 2, 15))
    assert after.start == D(2024, 2, 29) and after.anchor == D(2024, 1, 31)
    got = [s.day for s in occurrences(after, window_end=D(2024, 5, 31))]
    assert got == [D(2024, 2, 29), D(2024, 3, 31), D(2024, 4, 30), D(2024, 5, 31)]

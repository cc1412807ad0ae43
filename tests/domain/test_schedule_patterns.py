"""Hand-worked dates for every pattern (expected dates written from the definitions)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.schedule import (
    CycleDays,
    FixedDates,
    Interval,
    Loading,
    Schedule,
    StepDown,
    add_months,
    describe,
    occurrences,
    pattern_from_dict,
    pattern_to_dict,
)


def days(pattern, start, until, **kw):
    return [s.day for s in occurrences(Schedule(pattern, start, **kw), window_end=until)]


def D(y, m, d):
    return date(y, m, d)


def test_every_n_days_and_weeks():
    assert days(Interval(2, "days"), D(2024, 2, 27), D(2024, 3, 5)) == [D(2024, 2, 27), D(2024, 2, 29), D(2024, 3, 2), D(2024, 3, 4)]
    assert days(Interval(3, "weeks"), D(2024, 1, 1), D(2024, 3, 1)) == [D(2024, 1, 1), D(2024, 1, 22), D(2024, 2, 12)]
    assert days(Interval(12, "weeks"), D(2024, 1, 10), D(2025, 1, 1)) == [D(2024, 1, 10), D(2024, 4, 3), D(2024, 6, 26), D(2024, 9, 18), D(2024, 12, 11)]


def test_monthly_on_the_31st_never_drifts():
    assert days(Interval(1, "months"), D(2023, 12, 31), D(2024, 5, 31)) == [
        D(2023, 12, 31), D(2024, 1, 31), D(2024, 2, 29), D(2024, 3, 31), D(2024, 4, 30), D(2024, 5, 31)]
    assert days(Interval(1, "months"), D(2025, 1, 31), D(2025, 3, 31)) == [D(2025, 1, 31), D(2025, 2, 28), D(2025, 3, 31)]


def test_every_3_months_same_day_and_leap_day():
    assert days(Interval(3, "months"), D(2024, 2, 29), D(2025, 3, 1)) == [
        D(2024, 2, 29), D(2024, 5, 29), D(2024, 8, 29), D(2024, 11, 29), D(2025, 2, 28)]
    assert days(Interval(3, "months"), D(2024, 11, 30), D(2025, 9, 1)) == [
        D(2024, 11, 30), D(2025, 2, 28), D(2025, 5, 30), D(2025, 8, 30)]
    assert add_months(D(2024, 2, 29), 12) == D(2025, 2, 28) and add_months(D(2024, 2, 29), 48) == D(2028, 2, 29)


def test_fulvestrant_loading_then_every_28_days():
    assert days(Loading((1, 15, 29), 28), D(2024, 1, 1), D(2024, 5, 1)) == [
        D(2024, 1, 1), D(2024, 1, 15), D(2024, 1, 29), D(2024, 2, 26), D(2024, 3, 25), D(2024, 4, 22)]


def test_trastuzumab_loading_then_every_3_weeks():
    got = [(s.day, s.index) for s in occurrences(Schedule(Loading((1,), 3, "weeks"), D(2024, 2, 20)), window_end=D(2024, 4, 30))]
    assert got == [(D(2024, 2, 20), 0), (D(2024, 3, 12), 1), (D(2024, 4, 2), 2), (D(2024, 4, 23), 3)]


def test_days_1_to_21_of_28():
    got = days(CycleDays(28, tuple(range(1, 22))), D(2024, 2, 15), D(2024, 4, 15))
    first = [date.fromordinal(D(2024, 2, 15).toordinal() + i) for i in range(21)]
    second = [date.fromordinal(D(2024, 3, 14).toordinal() + i) for i in range(21)]
    third = [date.fromordinal(D(2024, 4, 11).toordinal() + i) for i in range(5)]
    assert got == first + second + third
    assert first[-1] == D(2024, 3, 6) and second[0] == D(2024, 3, 14)  # leap day inside cycle 1


def test_days_1_to_14_of_21_and_1_and_8_of_21_and_1_8_15_of_28():
    got = days(CycleDays(21, tuple(range(1, 15))), D(2024, 1, 1), D(2024, 1, 31))
    assert got == [D(2024, 1, d) for d in range(1, 15)] + [D(2024, 1, d) for d in range(22, 32)]
    assert days(CycleDays(21, (1, 8)), D(2024, 1, 1), D(2024, 3, 1)) == [
        D(2024, 1, 1), D(2024, 1, 8), D(2024, 1, 22), D(2024, 1, 29), D(2024, 2, 12), D(2024, 2, 19)]
    assert days(CycleDays(28, (1, 8, 15)), D(2024, 1, 1), D(2024, 2, 15)) == [
        D(2024, 1, 1), D(2024, 1, 8), D(2024, 1, 15), D(2024, 1, 29), D(2024, 2, 5), D(2024, 2, 12)]


def test_weekly_and_cycle_numbers():
    slots = list(occurrences(Schedule(CycleDays(7, (1,)), D(2024, 1, 3)), window_end=D(2024, 1, 24)))
    assert [(s.day, s.cycle, s.day_in_cycle) for s in slots] == [
        (D(2024, 1, 3), 1, 1), (D(2024, 1, 10), 2, 1), (D(2024, 1, 17), 3, 1), (D(2024, 1, 24), 4, 1)]
    slots = list(occurrences(Schedule(CycleDays(28, (1, 8, 15)), D(2024, 1, 1)), window_start=D(2024, 2, 1), window_end=D(2024, 2, 10)))
    assert [(s.cycle, s.day_in_cycle, s.cycle_length, s.index) for s in slots] == [(2, 8, 28, 4)]


def test_continuous_twice_daily():
    from datetime import time

    slots = list(occurrences(Schedule(Interval(1, "days"), D(2024, 3, 30), times=(time(8), time(20))), window_end=D(2024, 4, 1)))
    assert [s.day for s in slots] == [D(2024, 3, 30), D(2024, 3, 31), D(2024, 4, 1)]
    assert all(s.times == (time(8), time(20)) for s in slots)


def test_zoledronic_acid_every_4_weeks_then_every_12():
    assert days(StepDown(4, "weeks", 3, 12, "weeks"), D(2024, 1, 1), D(2024, 12, 31)) == [
        D(2024, 1, 1), D(2024, 1, 29), D(2024, 2, 26), D(2024, 5, 20), D(2024, 8, 12), D(2024, 11, 4)]
    # "monthly ×3 then every 3 months", month-anchored on the 31st
    assert days(StepDown(1, "months", 3, 3, "months"), D(2024, 1, 31), D(2024, 12, 31)) == [
        D(2024, 1, 31), D(2024, 2, 29), D(2024, 3, 31), D(2024, 6, 30), D(2024, 9, 30), D(2024, 12, 31)]


def test_fixed_dates_end_date_and_count():
    fixed = FixedDates((D(2024, 1, 5), D(2024, 2, 9), D(2024, 4, 1)))
    assert days(fixed, D(2024, 1, 5), D(2030, 1, 1)) == [D(2024, 1, 5), D(2024, 2, 9), D(2024, 4, 1)]
    assert days(Interval(1, "days"), D(2024, 1, 1), D(2030, 1, 1), end=D(2024, 1, 3)) == [D(2024, 1, 1), D(2024, 1, 2), D(2024, 1, 3)]
    six_cycles = days(CycleDays(21, (1, 8)), D(2024, 1, 1), D(2030, 1, 1), count=6)
    assert len(six_cycles) == 12 and six_cycles[-1] == D(2024, 4, 22)
    assert days(Interval(4, "weeks"), D(2024, 1, 1), D(2030, 1, 1), count=3) == [D(2024, 1, 1), D(2024, 1, 29), D(2024, 2, 26)]


@pytest.mark.parametrize("pattern", [
    Interval(2, "weeks"), Loading((1, 15, 29), 28), StepDown(), CycleDays(28, tuple(range(1, 22))),
    FixedDates((D(2024, 1, 1), D(2024, 3, 1))), Interval(3, "months"),
])
def test_pattern_dict_round_trip(pattern):
    assert pattern_from_dict(pattern_to_dict(pattern)) == pattern


def test_invalid_patterns_rejected():
    for bad in (lambda: Interval(0), lambda: Interval(1, "years"), lambda: CycleDays(21, (22,)),
                lambda: CycleDays(28, (3, 1)), lambda: Loading((2, 15)), lambda: FixedDates(())):
        with pytest.raises(ValueError):
            bad()


def test_describe_parts():
    assert describe(CycleDays(28, tuple(range(1, 22)))) == {"kind": "cycle_days", "ranges": [(1, 21)], "length": 28}
    assert describe(CycleDays(21, (1, 8))) == {"kind": "cycle_days", "ranges": [(1, 1), (8, 8)], "length": 21}
    assert describe(Interval(1, "days")) == {"kind": "daily"}
    assert describe(CycleDays(7, (1,))) == {"kind": "weekly_cycle"}
    assert describe(Interval(12, "weeks")) == {"kind": "every", "every": 12, "unit": "weeks"}
    assert describe(StepDown())["kind"] == "step_down"

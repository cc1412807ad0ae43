"""Properties: strictly increasing slots; "from now on" splits keep history, lose nothing."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.schedule import (
    Break,
    CycleDays,
    Delay,
    FixedDates,
    Hold,
    Interval,
    Loading,
    Resume,
    Schedule,
    StepDown,
    occurrences,
    partition,
    split,
)

units = st.sampled_from(["days", "weeks", "months"])
cycle = st.integers(7, 35).flatmap(
    lambda n: st.lists(st.integers(1, n), min_size=1, max_size=n, unique=True).map(lambda d: CycleDays(n, tuple(sorted(d)))))
patterns = st.one_of(
    st.builds(Interval, st.integers(1, 12), units),
    st.builds(Loading, st.sampled_from([(1,), (1, 15, 29), (1, 8)]), st.integers(7, 28)),
    st.builds(StepDown, st.integers(1, 4), units, st.integers(1, 6), st.integers(1, 12), units),
    cycle,
    st.lists(st.dates(date(2024, 1, 1), date(2026, 12, 31)), min_size=1, max_size=12, unique=True)
      .map(lambda ds: FixedDates(tuple(sorted(ds)))),
)
starts = st.dates(date(2023, 1, 1), date(2025, 12, 31))
offsets = st.integers(0, 500)
adjustments = st.lists(st.one_of(
    st.builds(lambda o, n: ("delay", o, n), offsets, st.integers(1, 21)),
    st.builds(lambda o: ("hold", o, 0), offsets),
    st.builds(lambda o, n: ("break", o, n), offsets, st.integers(1, 60)),
), max_size=3)
END = date(2027, 1, 1)


def materialise(start, adj):
    out = []
    for kind, off, n in adj:
        on = start + timedelta(days=off)
        if kind == "delay":
            out.append(Delay(on, n))
        elif kind == "hold":
            out.append(Hold(on))
        else:
            out += [Break(on), Resume(on + timedelta(days=n))]
    return out


def fix_start(pattern, start):
    return pattern.dates[0] if isinstance(pattern, FixedDates) else start


@settings(max_examples=60, deadline=None)
@given(patterns, starts, adjustments)
def test_strictly_increasing(pattern, start, adj):
    start = fix_start(pattern, start)
    got = list(occurrences(Schedule(pattern, start), materialise(start, adj), window_end=END))
    assert all(a.day < b.day for a, b in pairwise(got))
    assert all(a.index + 1 == b.index for a, b in pairwise(got))
    assert not got or got[0].day >= start


@settings(max_examples=60, deadline=None)
@given(patterns, starts, adjustments, st.integers(0, 700))
def test_split_from_now_on_keeps_history_and_loses_nothing(pattern, start, adj, at_offset):
    start = fix_start(pattern, start)
    schedule = Schedule(pattern, start)
    adjust = materialise(start, adj)
    at = start + timedelta(days=at_offset)
    original = list(occurrences(schedule, adjust, window_end=END))
    before, after = split(schedule, at, adjust)
    earlier, later = partition(adjust, after.start)
    first = list(occurrences(before, earlier, window_end=END)) if before else []
    second = list(occurrences(after, later, window_end=END))
    assert [s for s in original if s.day < at] == [s for s in first if s.day < at]
    assert [(s.day, s.index, s.cycle) for s in first + second] == [(s.day, s.index, s.cycle) for s in original]


@settings(max_examples=40, deadline=None)
@given(starts, st.integers(0, 400))
def test_split_with_new_pattern_keeps_history(start, at_offset):
    schedule = Schedule(CycleDays(28, tuple(range(1, 22))), start)
    at = start + timedelta(days=at_offset)
    before, after = split(schedule, at, pattern=CycleDays(28, tuple(range(1, 15))))
    old = [s.day for s in occurrences(schedule, window_end=at - timedelta(days=1))]
    kept = [s.day for s in occurrences(before, window_end=END)] if before else []
    assert [d for d in kept if d < at] == old[: len([d for d in kept if d < at])]
    new = list(occurrences(after, window_end=END))
    assert all(s.day_in_cycle <= 14 for s in new)
    assert not kept or not new or kept[-1] < new[0].day


# Windowed walks jump over the units before the window (issue 17: flat costs at 20 years).
# They must give exactly what the full walk gives, numbering included.
windows = st.tuples(st.integers(-30, 900), st.integers(0, 400))


@settings(max_examples=150, deadline=None)
@given(patterns, starts, adjustments, windows)
def test_window_gives_what_the_full_walk_gives(pattern, start, adj, window):
    start = fix_start(pattern, start)
    adjs = materialise(start, adj)
    schedule = Schedule(pattern, start)
    lo = start + timedelta(days=window[0])
    hi = lo + timedelta(days=window[1])
    full = [s for s in occurrences(schedule, adjs, window_end=hi) if s.day >= lo]
    assert list(occurrences(schedule, adjs, window_start=lo, window_end=hi)) == full


@settings(max_examples=150, deadline=None)
@given(patterns, starts, adjustments, st.integers(-30, 900))
def test_current_and_next_unit_match_the_full_walk(pattern, start, adj, offset):
    from tracker.domain.schedule import engine

    start = fix_start(pattern, start)
    adjs = materialise(start, adj)
    schedule = Schedule(pattern, start)
    on = start + timedelta(days=offset)
    # Reference: the plain walk, bounded (open-ended patterns run for ever).
    ref_units = []
    for unit in engine._units(schedule, adjs):
        ref_units.append(unit)
        if unit.start > on + timedelta(days=400):
            break
    started = [u for u in ref_units if u.start <= on]
    got = engine.current_unit(schedule, adjs, on)
    if not started:
        assert got is None
    else:
        u = started[-1]
        length = pattern.cycle_length(u.k)
        inside = not (pattern.is_cycle and length is not None and (on - u.start).days >= length)
        assert (got is not None) == inside
        if got is not None:
            assert (got.cycle, got.index) == (u.k + 1, u.index)
    later = [u for u in ref_units if u.start >= on]
    k, first, index, _anchor, _ak = engine.next_unit(schedule, adjs, on)
    if later:
        assert (k, first, index) == (later[0].k, later[0].start, later[0].index)
    else:
        assert first is None

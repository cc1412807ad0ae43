"""Reminder wall-clock times across daylight-saving changes: same day, one instant each."""

from __future__ import annotations

from datetime import UTC, date, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.domain.schedule import Interval, Schedule, occurrences, slot_instants

CASES = [
    # zone, day clocks go forward, day clocks go back
    ("Europe/London", date(2024, 3, 31), date(2024, 10, 27)),
    ("America/New_York", date(2024, 3, 10), date(2024, 11, 3)),
    ("Australia/Sydney", date(2024, 10, 6), date(2024, 4, 7)),
]


@pytest.mark.parametrize("zone_name,forward,back", CASES)
@pytest.mark.parametrize("at", [time(0, 30), time(1, 30), time(2, 30), time(8, 0), time(20, 0), time(23, 59)])
def test_daily_dose_never_moves_day_or_doubles(zone_name, forward, back, at):
    zone = ZoneInfo(zone_name)
    for change in (forward, back):
        schedule = Schedule(Interval(1, "days"), change - timedelta(days=3), times=(at,))
        got = list(occurrences(schedule, window_end=change + timedelta(days=3)))
        instants = [i for s in got for i in slot_instants(s, zone)]
        assert [i.date() for i in instants] == [s.day for s in got]
        assert len(set(instants)) == len(instants) == 7
        assert instants == sorted(instants)


def test_wall_time_kept_across_change_in_london():
    zone = ZoneInfo("Europe/London")
    schedule = Schedule(Interval(1, "days"), date(2024, 3, 30), times=(time(8, 0),))
    a, b = [slot_instants(s, zone)[0] for s in occurrences(schedule, window_end=date(2024, 3, 31))]
    assert a.astimezone(UTC).hour == 8 and b.astimezone(UTC).hour == 7
    assert (b.astimezone(UTC) - a.astimezone(UTC)) == timedelta(hours=23)


def test_missing_and_ambiguous_times():
    ny = ZoneInfo("America/New_York")
    s = next(occurrences(Schedule(Interval(1), date(2024, 3, 10), times=(time(2, 30),))))
    only = slot_instants(s, ny)[0]  # 02:30 does not exist that night: it becomes 03:30, same day
    assert (only.date(), only.hour, only.minute) == (date(2024, 3, 10), 3, 30)
    s = next(occurrences(Schedule(Interval(1), date(2024, 11, 3), times=(time(1, 30),))))
    first = slot_instants(s, ny)[0]  # 01:30 happens twice: the first one, once
    assert first.utcoffset() == timedelta(hours=-4)
    syd = ZoneInfo("Australia/Sydney")
    s = next(occurrences(Schedule(Interval(1), date(2024, 4, 7), times=(time(2, 30),))))
    assert slot_instants(s, syd)[0].utcoffset() == timedelta(hours=11)

"""Reminder instants across daylight-saving changes: same local time, same day, never twice."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.domain.clock import FixedClock
from tracker.services import plan, reminders

CASES = [
    ("Europe/London", date(2026, 3, 29), date(2026, 10, 25)),
    ("America/New_York", date(2026, 3, 8), date(2026, 11, 1)),
    ("Australia/Sydney", date(2026, 10, 4), date(2026, 4, 5)),
]


@pytest.mark.parametrize("zone_name,forward,back", CASES)
def test_twice_daily_reminders_keep_wall_time(journal, zone_name, forward, back):
    zone = ZoneInfo(zone_name)
    line = plan.add_line(journal, name="L", start=date(2026, 1, 1))
    plan.add_regimen_drug(journal, line.id, drug_id="capecitabine", times=["01:30", "20:00"], start=date(2026, 1, 1),
                          pattern={"kind": "interval", "every": 1, "unit": "days"})
    clock = FixedClock(datetime(2026, 1, 1, 0, 0, tzinfo=zone))
    for change in (forward, back):
        lo = datetime.combine(change - timedelta(days=1), datetime.min.time(), zone)
        hi = datetime.combine(change + timedelta(days=2), datetime.min.time(), zone)
        got = reminders.reminders_between(journal, clock, lo, hi)
        assert [r.dose.day for r in got] == [change - timedelta(days=1)] * 2 + [change] * 2 + [change + timedelta(days=1)] * 2
        assert all(r.when.date() == r.dose.day for r in got)
        assert len({r.when.timestamp() for r in got}) == 6
        assert [r.when.hour for r in got if r.dose.slot == 1] == [20, 20, 20]

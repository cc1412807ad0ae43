"""The .ics file read back gives the engine's dates for 12 months, at the right local times."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.domain.clock import FixedClock
from tracker.services import appointments, calendar_ics, plan

PATTERNS = [
    {"kind": "cycle_days", "length": 28, "days": list(range(1, 22))},
    {"kind": "step_down", "first_every": 4, "first_unit": "weeks", "count": 3, "then_every": 12, "then_unit": "weeks"},
    {"kind": "loading", "days": [1, 15, 29], "every": 28, "unit": "days"},
    {"kind": "interval", "every": 3, "unit": "months"},
    {"kind": "cycle_days", "length": 21, "days": [1, 8]},
]


def read_back(data: bytes, start: date, end: date):
    cal = icalendar.Calendar.from_ical(data)
    return recurring_ical_events.of(cal).between(start, end + timedelta(days=1))


def test_ics_matches_engine_for_a_year(journal):
    zone = ZoneInfo("America/New_York")
    clock = FixedClock(datetime(2026, 1, 5, 7, 0, tzinfo=zone))
    line = plan.add_line(journal, name="Line", start=date(2025, 12, 1))
    for i, pattern in enumerate(PATTERNS):
        plan.add_regimen_drug(journal, line.id, drug_id="letrozole", pattern=pattern, times=["08:00", "20:00"] if i == 0 else ["09:30"],
                              start=date(2025, 12, 1) + timedelta(days=i))
    appointments.add(journal, kind="scan", starts_at=datetime(2026, 3, 8, 10, 0, tzinfo=zone), place="Radiology")
    data = calendar_ics.build_ics(journal, clock)
    events = read_back(data, clock.today(), clock.today() + timedelta(days=365))
    dose_events = [e for e in events if "rd" in str(e["UID"])]
    expected = calendar_ics.plan_dates(journal, clock)
    got = []
    for e in dose_events:
        start = e["DTSTART"].dt
        assert start.tzinfo is not None and str(start.tzinfo) == "America/New_York"
        _, rd, rest = str(e["UID"]).split("-", 2)
        slot = int(rest.split("@")[0].rsplit("-", 1)[1])
        got.append((int(rd[2:]), start.date(), slot))
        assert (start.hour, start.minute) in {(8, 0), (20, 0), (9, 30)}
        assert e.walk("VALARM")
    assert sorted(got) == sorted(expected)
    assert len(expected) > 300
    scans = [e for e in events if "appt" in str(e["UID"])]
    assert len(scans) == 1 and scans[0]["DTSTART"].dt.hour == 10 and str(scans[0]["LOCATION"]) == "Radiology"
    # Stable: the same plan gives the same bytes.
    assert calendar_ics.build_ics(journal, clock) == data


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(PATTERNS), st.dates(date(2025, 1, 1), date(2027, 12, 31)),
       st.sampled_from(["Europe/London", "Australia/Sydney", "America/New_York"]))
def test_ics_dates_property(journal, pattern, start, zone_name):
    zone = ZoneInfo(zone_name)
    clock = FixedClock(datetime(2026, 6, 1, 12, 0, tzinfo=zone))
    line = plan.add_line(journal, name="P", start=start)
    rd = plan.add_regimen_drug(journal, line.id, drug_id="denosumab", pattern=pattern, times=["01:30"], start=start)
    try:
        data = calendar_ics.build_ics(journal, clock)
        events = read_back(data, clock.today(), clock.today() + timedelta(days=365))
        got = sorted(e["DTSTART"].dt.date() for e in events if f"-rd{rd.id}-" in str(e["UID"]))
        expected = sorted(k[1] for k in calendar_ics.plan_dates(journal, clock) if k[0] == rd.id)
        assert got == expected
    finally:
        plan.delete_line(journal, line.id)
        plan.delete_regimen_drug(journal, rd.id)


def test_write_ics_is_atomic_and_private(journal, clock, tmp_path):
    line = plan.add_line(journal, name="L", start=date(2026, 3, 1))
    plan.add_regimen_drug(journal, line.id, drug_id="zoledronic_acid", pattern=PATTERNS[1], times=["10:00"], start=date(2026, 3, 1))
    path = calendar_ics.write_ics(journal, clock, tmp_path / "plan.ics")
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert (path.stat().st_mode & 0o077) == 0

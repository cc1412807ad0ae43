"""When to remind of an appointment: a few fixed lead times, worked out on real instants.

An appointment is an instant (stored in UTC with its zone). "1 hour before" is an hour of
real time before it, whatever the clocks do in between; "the evening before" is 19:00 on the
wall clock of the zone the person is in, on the local day before the appointment.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, tzinfo

from tracker.domain.schedule.slots import wall_instant

MINUTES_30, HOUR_1, HOURS_2, EVENING = "30m", "1h", "2h", "evening"
#: The choices, in the order the settings page offers them.
LEADS: tuple[str, ...] = (MINUTES_30, HOUR_1, HOURS_2, EVENING)
DEFAULT_LEAD = HOUR_1
#: "The evening before" reminds at this wall-clock time.
EVENING_AT = time(19, 0)
#: More than the longest a reminder can come before its appointment (the evening before a
#: 23:59 start, with a clock change in between): how far to look for appointments.
LONGEST_LEAD = timedelta(days=2)

_BEFORE = {MINUTES_30: timedelta(minutes=30), HOUR_1: timedelta(hours=1), HOURS_2: timedelta(hours=2)}


def remind_at(starts_at: datetime, lead: str, zone: tzinfo) -> datetime:
    """The instant to remind of an appointment starting at `starts_at` (aware), in `zone`."""
    if starts_at.tzinfo is None:
        raise ValueError("aware datetime needed")
    if lead == EVENING:
        day_before = starts_at.astimezone(zone).date() - timedelta(days=1)
        return wall_instant(day_before, EVENING_AT, zone)
    # In UTC: arithmetic on a local datetime would be wall-clock time across a clock change.
    return (starts_at.astimezone(UTC) - _BEFORE[lead]).astimezone(zone)

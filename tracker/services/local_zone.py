"""The computer's own clock, in its named time zone.

A named zone (Europe/London) keeps local wall times right across daylight-saving changes.
When the system's setting names no zone we know (TZ set to something unknown, a broken
/etc/localtime link), tzlocal raises ZoneInfoNotFoundError or ValueError: then the clock uses
the operating system's current UTC offset, which is right today and only wrong across a
clock change. Any other error is a bug and is not caught here.
"""

from __future__ import annotations

import zoneinfo

from tracker.domain.clock import SystemClock


def system_clock() -> SystemClock:
    from tzlocal import get_localzone

    try:
        zone = get_localzone()
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return SystemClock()
    return SystemClock(zone)

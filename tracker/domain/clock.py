"""Time as a dependency: code that needs 'now' takes a Clock, and tests freeze it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    def now(self) -> datetime:
        """Aware local datetime."""

    def today(self) -> date: ...

    @property
    def zone(self) -> tzinfo:
        """The IANA zone wall-clock times (dose reminders) are computed in."""


class SystemClock:
    def __init__(self, zone: tzinfo | None = None) -> None:
        self._zone = zone

    @property
    def zone(self) -> tzinfo:
        if self._zone is None:
            # Resolved lazily: tzlocal is not stdlib, so it is passed in by outer layers;
            # fall back to the fixed offset the OS reports.
            return datetime.now().astimezone().tzinfo or UTC
        return self._zone

    def now(self) -> datetime:
        return datetime.now(self.zone)

    def today(self) -> date:
        return self.now().date()


class FixedClock:
    """A clock that only moves when told to. For tests and benchmarks."""

    def __init__(self, now: datetime, zone: tzinfo | None = None) -> None:
        if now.tzinfo is None:
            now = now.replace(tzinfo=zone or ZoneInfo("UTC"))
        self._now = now
        self._zone: tzinfo = zone or now.tzinfo or ZoneInfo("UTC")

    @property
    def zone(self) -> tzinfo:
        return self._zone

    def now(self) -> datetime:
        return self._now.astimezone(self._zone)

    def today(self) -> date:
        return self.now().date()

    def set(self, now: datetime) -> None:
        if now.tzinfo is None:
            now = now.replace(tzinfo=self._zone)
        self._now = now

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> None:
        self._now = self._now + (delta or timedelta(**kwargs))

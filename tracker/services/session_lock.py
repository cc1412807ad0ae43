"""Idle timing for auto-lock, as pure logic so tests drive it with a FixedClock."""

from __future__ import annotations

from datetime import datetime, timedelta

from tracker.domain.clock import Clock


class IdleTracker:
    """Remembers the last user activity and says when the idle limit has passed.

    `minutes == 0` means never lock automatically.
    """

    def __init__(self, clock: Clock, minutes: int) -> None:
        self._clock = clock
        self.minutes = max(0, int(minutes))
        self.last_activity: datetime = clock.now()

    def touch(self) -> None:
        self.last_activity = self._clock.now()

    def idle_for(self) -> timedelta:
        return max(timedelta(0), self._clock.now() - self.last_activity)

    def is_due(self) -> bool:
        return self.minutes > 0 and self.idle_for() >= timedelta(minutes=self.minutes)

"""Alert levels, from most to least urgent, and how one level steps up to the next.

emergency: call the emergency number (999, 112, 911...). call_now: the 24-hour line, now,
day or night. contact_today: the team the same day. mention: at the next appointment.
"""

from __future__ import annotations

EMERGENCY = "emergency"
CALL_NOW = "call_now"
CONTACT_TODAY = "contact_today"
MENTION = "mention"
NONE = "none"

#: Most urgent first. `none` is what a log without findings gets; no rule has it.
LEVELS = (EMERGENCY, CALL_NOW, CONTACT_TODAY, MENTION)
ALL_LEVELS = LEVELS + (NONE,)
_RANK = {level: index for index, level in enumerate(reversed(ALL_LEVELS))}


def rank(level: str) -> int:
    """Higher is more urgent (none 0 ... emergency 4)."""
    return _RANK[level]


def highest(levels: list[str] | tuple[str, ...]) -> str:
    return max(levels, key=rank, default=NONE)


def step_up(level: str) -> str:
    """One level more urgent; escalation stops at call_now (only a rule can say emergency)."""
    if rank(level) >= rank(CALL_NOW):
        return level
    return ALL_LEVELS[ALL_LEVELS.index(level) - 1]

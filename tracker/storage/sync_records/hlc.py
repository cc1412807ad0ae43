"""Hybrid logical clock stamps: "<13-digit ms>-<4-digit counter>-<computer_id>".

They sort as strings: later wall-clock millisecond first, then the counter (many stamps in
one millisecond, or a clock behind one already seen), then the computer id (a tie between
two computers is broken the same way everywhere). A new stamp is always above every stamp
this computer has made or seen, so an edit made after receiving another is later than it.
"""

from __future__ import annotations

import re
from datetime import datetime

STAMP = re.compile(r"^(\d{13})-(\d{4})-([0-9a-f]{16})$")
COMPUTER_ID = re.compile(r"^[0-9a-f]{16}$")
MAX_COUNTER = 9999


def zero(computer_id: str) -> str:
    """The stamp of a record that existed before sharing began (lower than any edit)."""
    return f"{0:013d}-{0:04d}-{computer_id}"


def is_stamp(value: object) -> bool:
    return isinstance(value, str) and STAMP.match(value) is not None


def origin(stamp: str) -> str:
    return stamp.rsplit("-", 1)[1]


def millis(stamp: str) -> int:
    """The wall-clock milliseconds of a stamp."""
    return _parts(stamp)[0]


def _parts(stamp: str | None) -> tuple[int, int]:
    if stamp is None:
        return (0, 0)
    match = STAMP.match(stamp)
    if match is None:
        raise ValueError("not a stamp")
    return int(match.group(1)), int(match.group(2))


def next_stamp(last: str | None, now: datetime, computer_id: str) -> str:
    """A stamp above `last` (the newest made or seen here), from the wall clock `now`."""
    last_ms, last_counter = _parts(last)
    now_ms = int(now.timestamp() * 1000)
    if now_ms > last_ms:
        ms, counter = now_ms, 0
    elif last_counter < MAX_COUNTER:
        ms, counter = last_ms, last_counter + 1
    else:  # ten thousand stamps in one millisecond: borrow the next millisecond
        ms, counter = last_ms + 1, 0
    return f"{ms:013d}-{counter:04d}-{computer_id}"


def observe(last: str | None, seen: str) -> str | None:
    """The newest of `last` and a stamp received from elsewhere (by time and counter)."""
    if last is None or _parts(seen) > _parts(last):
        return seen
    return last

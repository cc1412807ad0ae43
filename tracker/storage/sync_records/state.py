"""This computer's sync state (one row of `sync_state`) and the applied-bundle vector."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, insert, select, update

from tracker.storage.models.sync import SyncApplied, SyncState
from tracker.storage.sync_records import hlc


@dataclass(frozen=True)
class State:
    computer_id: str
    hlc_last: str | None
    next_seq: int
    shared_id: str | None


def read(conn: Connection) -> State:
    row = conn.execute(select(SyncState.computer_id, SyncState.hlc_last, SyncState.next_seq, SyncState.shared_id)
                       .where(SyncState.id == 1)).one()
    return State(row.computer_id, row.hlc_last, row.next_seq, row.shared_id)


def set_applying(conn: Connection, on: bool) -> None:
    """Triggers stay quiet while on; always set back in the same transaction."""
    conn.execute(update(SyncState).where(SyncState.id == 1).values(applying=1 if on else 0))


def save_clock(conn: Connection, last: str | None) -> None:
    conn.execute(update(SyncState).where(SyncState.id == 1).values(hlc_last=last))


class Clock:
    """Stamps for one transaction: each above everything made or seen, saved at the end."""

    def __init__(self, conn: Connection, now: datetime) -> None:
        state = read(conn)
        self.conn = conn
        self.computer_id = state.computer_id
        self.last = state.hlc_last
        self.now = now

    def stamp(self, changed_at: datetime | None = None) -> str:
        """A stamp above every one made or seen, at the time of the change (`changed_at`, by
        default now): the later of that time and the last stamp + 1 (the HLC rule).

        A change is never stamped later than this clock's now. With the app's one system
        clock that only matters when the clock was put back; with a test's FixedClock (which
        lies in the past of the real clock SQLite's triggers read) it means a change is
        stamped at the time it is collected, deterministically."""
        moment = self.now if changed_at is None else min(changed_at, self.now)
        self.last = hlc.next_stamp(self.last, moment, self.computer_id)
        return self.last

    def observe(self, seen: str) -> None:
        self.last = hlc.observe(self.last, seen)

    def save(self) -> None:
        save_clock(self.conn, self.last)


def applied_through(conn: Connection) -> dict[str, int]:
    """Per computer, the highest bundle applied here (bundles apply in order, so all below too)."""
    rows = conn.execute(select(SyncApplied.computer_id, func.max(SyncApplied.seq)).group_by(SyncApplied.computer_id))
    return {cid: int(seq) for cid, seq in rows}


def mark_applied(conn: Connection, computer_id: str, seq: int, at: datetime) -> None:
    conn.execute(insert(SyncApplied).values(computer_id=computer_id, seq=seq, applied_at=at))

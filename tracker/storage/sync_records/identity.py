"""A journal that finds it is a second copy of itself: restored from a backup, or its folder
copied to another computer.

Both copies carry the same computer id, and the copy's bundle numbers and applied list are
those of the moment it was copied. It would skip the bundles the original wrote after that
moment (they look like its own) and write new ones under numbers the original already used.
The sync service notices (a bundle in this computer's folder that this journal never
reserved) and the copy takes a new computer id here: its own bundles from then on go out
under the new id, and the old id's bundles are applied like any other computer's (the merge
ignores versions it already holds). Changes reserved but never written (or written by the
other copy under the same number) go back to the outbox and are sent again under the new id.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from tracker.storage.models.sync import SyncApplied, SyncOutbox, SyncPending, SyncState
from tracker.storage.sync_records import hlc, state
from tracker.storage.sync_records.outbox import at_text


@dataclass(frozen=True)
class Reservations:
    computer_id: str
    #: The number the next bundle of this computer gets: anything from it on was never reserved here.
    next_seq: int
    #: Reserved and not yet known written: seq -> payload.
    pending: dict[int, bytes]


def reservations(conn: Connection) -> Reservations:
    current = state.read(conn)
    pending = {int(seq): bytes(payload) for seq, payload in conn.execute(select(SyncPending.seq, SyncPending.payload))}
    return Reservations(current.computer_id, current.next_seq, pending)


def take_new_id(conn: Connection, written_below: int | None) -> str:
    """Become a new computer: a new random id (the stamps' origin too), bundle numbers from 1.
    Reserved bundles numbered below `written_below` are in the folder as reserved (kept as
    sent under the old id); the others (all, when None) go back to the outbox. Returns the id."""
    current = state.read(conn)
    new_id = current.computer_id
    while new_id == current.computer_id:
        new_id = secrets.token_hex(8)
    rows = conn.execute(select(SyncPending.seq, SyncPending.payload).order_by(SyncPending.seq)).all()
    returned = [(int(seq), bytes(payload)) for seq, payload in rows
                if written_below is None or int(seq) >= written_below]
    for _seq, payload in returned:
        for record in json.loads(payload)["records"]:
            changed = datetime.fromtimestamp(hlc.millis(record["h"]) / 1000, UTC)
            note = sqlite_insert(SyncOutbox).values(tbl=record["t"], gid=record["g"], at=at_text(changed))
            # Changed again since: the newer time stays.
            conn.execute(note.on_conflict_do_update(index_elements=[SyncOutbox.tbl, SyncOutbox.gid],
                                                    set_={"at": func.max(SyncOutbox.at, note.excluded.at)}))
    if returned:
        # Not ours after all (or never sent): the old id's bundles of those numbers, if the
        # other copy wrote them, are applied here like another computer's.
        conn.execute(delete(SyncApplied).where(SyncApplied.computer_id == current.computer_id,
                                               SyncApplied.seq >= returned[0][0]))
    conn.execute(delete(SyncPending))
    conn.execute(update(SyncState).where(SyncState.id == 1).values(computer_id=new_id, next_seq=1))
    return new_id

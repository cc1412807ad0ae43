"""Collecting noted changes into the next bundle payload, with its number reserved durably.

The payload is kept in `sync_pending` until the bundle file is known written, so a crash
after writing the file (or before) sends the same bytes under the same number again: one
number never means two different bundles.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from tracker.storage.models.sync import SyncOutbox, SyncPending, SyncState, SyncTombstone
from tracker.storage.sync_records import state
from tracker.storage.sync_records.registry import BY_NAME, SETTINGS, is_local_setting, order
from tracker.storage.sync_records.serialise import CHUNK, Codec, Record, sa_table

BUNDLE_FORMAT = "treatment-journey-sync-bundle/1"


def dumps(value: Any) -> bytes:
    """Stable JSON: the same value gives the same bytes on every computer."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def set_tombstone(conn: Connection, table: str, gid: str, stamp: str) -> None:
    conn.execute(delete(SyncTombstone).where(SyncTombstone.gid == gid))
    conn.execute(insert(SyncTombstone).values(gid=gid, tbl=table, hlc=stamp))


def changed_at(text: str) -> datetime:
    """The time a trigger wrote into `sync_outbox.at` (SQLite's UTC clock)."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=UTC)


def at_text(moment: datetime) -> str:
    """A time in the form the triggers write into `sync_outbox.at`."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]


def stamp_outbox(conn: Connection, clock: state.Clock) -> list[tuple[str, str]]:
    """Give every noted record its stamp (on its row, or on its tombstone when the row is
    gone): the later of the time it changed and the last stamp + 1, in the order the changes
    were made, so an edit made offline hours ago is not stamped as if made now. Needs
    `applying` on: writing a stamp is not a change to note. Local-only settings are dropped
    from the outbox here."""
    noted: list[tuple[str, str]] = []
    stamps: dict[str, dict[str, str]] = {}
    query = select(SyncOutbox.tbl, SyncOutbox.gid, SyncOutbox.at).order_by(SyncOutbox.at, SyncOutbox.id)
    for table, gid, at in conn.execute(query):
        if table not in BY_NAME or (table == SETTINGS and is_local_setting(gid)):
            continue
        stamps.setdefault(table, {})[gid] = clock.stamp(changed_at(at))
        noted.append((table, gid))
    conn.execute(delete(SyncOutbox).where(SyncOutbox.tbl == SETTINGS, SyncOutbox.gid.not_in(
        [gid for table, gid in noted if table == SETTINGS])))
    for table, by_gid in stamps.items():
        t = sa_table(table)
        key = t.c[BY_NAME[table].gid_column]
        conn.execute(update(t).where(key == bindparam("b_gid")).values(hlc=bindparam("b_hlc")),
                     [{"b_gid": gid, "b_hlc": stamp} for gid, stamp in by_gid.items()])
        gids = list(by_gid)
        found: set[str] = set()
        for i in range(0, len(gids), CHUNK):
            found |= set(conn.scalars(select(key).where(key.in_(gids[i:i + CHUNK]))))
        for gid in gids:
            if gid not in found:
                set_tombstone(conn, table, gid, by_gid[gid])
    return noted


def records_for(conn: Connection, noted: list[tuple[str, str]]) -> list[Record]:
    """The current version of each noted record (a tombstone when it was deleted for good)."""
    codec = Codec(conn, cache=True)  # nothing changes while collecting
    by_table: dict[str, list[str]] = {}
    for table, gid in noted:
        by_table.setdefault(table, []).append(gid)
    records: list[Record] = []
    for table, gids in by_table.items():
        live = codec.records(table, gids)
        records += live
        gone = set(gids) - {r["g"] for r in live}
        for gid, stamp in conn.execute(select(SyncTombstone.gid, SyncTombstone.hlc).where(SyncTombstone.gid.in_(gone))):
            records.append({"t": table, "g": gid, "h": stamp, "v": None})
    records.sort(key=lambda r: (order(r["t"]), r["g"]))
    return records


def reserve(conn: Connection, now: datetime, journal_id: str) -> int | None:
    """Collect the outbox into a new pending bundle; its number. None when nothing changed."""
    state.set_applying(conn, True)
    clock = state.Clock(conn, now)
    noted = stamp_outbox(conn, clock)
    if not noted:
        state.set_applying(conn, False)
        return None
    current = state.read(conn)
    seq = current.next_seq
    deps = {cid: n for cid, n in state.applied_through(conn).items() if cid != current.computer_id}
    payload = {
        "format": BUNDLE_FORMAT,
        "journal_id": current.shared_id or journal_id,
        "computer_id": current.computer_id,
        "seq": seq,
        "deps": deps,
        "records": records_for(conn, noted),
    }
    conn.execute(insert(SyncPending).values(seq=seq, payload=dumps(payload)))
    state.mark_applied(conn, current.computer_id, seq, now)
    conn.execute(update(SyncState).where(SyncState.id == 1).values(next_seq=seq + 1))
    conn.execute(delete(SyncOutbox))
    clock.save()
    state.set_applying(conn, False)
    return seq


def next_pending(conn: Connection) -> tuple[int, bytes] | None:
    row = conn.execute(select(SyncPending.seq, SyncPending.payload).order_by(SyncPending.seq).limit(1)).first()
    return None if row is None else (int(row.seq), bytes(row.payload))


def confirm(conn: Connection, seq: int) -> None:
    conn.execute(delete(SyncPending).where(SyncPending.seq == seq))

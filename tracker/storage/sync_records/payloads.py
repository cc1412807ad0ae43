"""Bundle and snapshot payloads (plain bytes; storage/sync_folder encrypts them) and the
canonical export two computers must agree on byte for byte."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from tracker.storage.models.sync import SyncApplied, SyncOutbox, SyncState, SyncTombstone
from tracker.storage.sync_records import hlc, load, outbox, state
from tracker.storage.sync_records.merge import KnownDrug, Merge, check_across, check_shape, validate
from tracker.storage.sync_records.registry import BY_NAME, SETTINGS, SYNCED, is_local_setting
from tracker.storage.sync_records.serialise import BadRecord, Codec, Record, sa_table

SNAPSHOT_FORMAT = "treatment-journey-sync-snapshot/1"
CANONICAL_FORMAT = "treatment-journey-canonical/1"
APPLIED, WAITING, ALREADY = "applied", "waiting", "already_applied"


class ForeignPayload(BadRecord):
    """A payload of another shared journal."""


@dataclass(frozen=True)
class Bundle:
    journal_id: str
    computer_id: str
    seq: int
    deps: dict[str, int]
    records: list[Record]


@dataclass(frozen=True)
class Outcome:
    status: str
    kinds: frozenset[str] = frozenset()
    conflicts: int = 0


def _load(payload: bytes, fmt: str) -> dict[str, Any]:
    try:
        data = json.loads(payload.decode("utf-8"), parse_constant=lambda name: (_ for _ in ()).throw(BadRecord(name)))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BadRecord("not JSON") from exc
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise BadRecord("format")
    if not isinstance(data.get("journal_id"), str) or not hlc.COMPUTER_ID.match(str(data.get("computer_id"))):
        raise BadRecord("header")
    return data


def _vector(value: object) -> dict[str, int]:
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and hlc.COMPUTER_ID.match(k) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
            for k, v in value.items()):
        raise BadRecord("vector")
    return dict(value)


def parse_bundle(payload: bytes) -> Bundle:
    data = _load(payload, outbox.BUNDLE_FORMAT)
    seq = data.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise BadRecord("seq")
    return Bundle(data["journal_id"], data["computer_id"], seq, _vector(data.get("deps")), check_shape(data.get("records")))


def shared_id(conn: Connection, journal_id: str) -> str:
    return state.read(conn).shared_id or journal_id


def apply_bundle(conn: Connection, bundle: Bundle, now: datetime, journal_id: str, known_drug: KnownDrug) -> Outcome:
    """Apply one bundle in the caller's transaction, or say why not (waiting / already applied)."""
    if bundle.journal_id != shared_id(conn, journal_id):
        raise ForeignPayload("journal")
    current = state.read(conn)
    applied = state.applied_through(conn)
    if bundle.computer_id == current.computer_id or bundle.seq <= applied.get(bundle.computer_id, 0):
        return Outcome(ALREADY)
    needs = {**bundle.deps, bundle.computer_id: bundle.seq - 1}
    if any(applied.get(cid, 0) < n for cid, n in needs.items() if cid != current.computer_id):
        return Outcome(WAITING)
    validate(bundle.records, known_drug)
    state.set_applying(conn, True)
    clock = state.Clock(conn, now)
    # Changes made here and not yet sent get their stamps now, so they meet the incoming
    # versions as what they are: edits made after everything this computer has seen.
    outbox.stamp_outbox(conn, clock)
    merge = Merge(conn)
    merge.apply_all(bundle.records)
    check_across(conn, {r["t"] for r in bundle.records})
    if merge.newest is not None:
        clock.observe(merge.newest)
    clock.save()
    state.mark_applied(conn, bundle.computer_id, bundle.seq, now)
    state.set_applying(conn, False)
    return Outcome(APPLIED, frozenset(merge.kinds), merge.conflicts)


# -- snapshots ---------------------------------------------------------------------------------


def all_records(conn: Connection, *, with_local_settings: bool = False) -> list[Record]:
    codec = Codec(conn, cache=True)
    records: list[Record] = []
    for entry in SYNCED:
        for record in codec.records(entry.name):
            if entry.name == SETTINGS and is_local_setting(record["g"]) and not with_local_settings:
                continue
            records.append(record)
    for gid, table, stamp in conn.execute(select(SyncTombstone.gid, SyncTombstone.tbl, SyncTombstone.hlc)):
        if table in BY_NAME:
            records.append({"t": table, "g": gid, "h": stamp, "v": None})
    return records


def unsent_changes(conn: Connection) -> bool:
    """Whether a shared record changed here since the last reservation (a local-only setting
    is no change to send)."""
    return any(not (table == SETTINGS and is_local_setting(gid))
               for table, gid in conn.execute(select(SyncOutbox.tbl, SyncOutbox.gid)))


def snapshot_of(conn: Connection, journal_id: str) -> bytes | None:
    """Every record and the bundles they hold, read in one transaction (a read-only one will
    do: under WAL it sees one moment of the journal). None when that moment holds changes
    not reserved as a bundle yet: their records carry no stamp and no bundle number in the
    vector stands for them, so the caller reserves them (outbox.reserve) and reads again."""
    if unsent_changes(conn):
        return None
    current = state.read(conn)
    records = all_records(conn)
    records.sort(key=lambda r: (r["t"], r["g"]))
    return outbox.dumps({
        "format": SNAPSHOT_FORMAT,
        "journal_id": current.shared_id or journal_id,
        "computer_id": current.computer_id,
        "vector": state.applied_through(conn),
        "records": records,
    })


def snapshot(conn: Connection, now: datetime, journal_id: str) -> bytes:
    """`snapshot_of` in the caller's one (write) transaction: changes not yet collected are
    collected first (into a pending bundle: send it too), so every record carries a stamp."""
    outbox.reserve(conn, now, journal_id)
    payload = snapshot_of(conn, journal_id)
    assert payload is not None  # reserved just now, in this same transaction
    return payload


def join(conn: Connection, payload: bytes, now: datetime, known_drug: KnownDrug) -> Outcome:
    """Make a new, empty journal a copy of the shared one from its snapshot."""
    data = _load(payload, SNAPSHOT_FORMAT)
    vector = _vector(data.get("vector"))
    records = check_shape(data.get("records"))
    validate(records, known_drug)
    current = state.read(conn)
    if current.computer_id in vector:
        raise ForeignPayload("own snapshot")
    state.set_applying(conn, True)
    # The new journal's own first rows (its patient) give way to the shared journal's.
    for entry in reversed(SYNCED):
        for child in entry.children:
            conn.execute(delete(sa_table(child.table)))
        conn.execute(delete(sa_table(entry.name)))
    conn.execute(delete(SyncOutbox))
    conn.execute(delete(SyncTombstone))
    clock = state.Clock(conn, now)
    kinds = load.load(conn, records)
    check_across(conn, {entry.name for entry in SYNCED})
    if records:
        clock.observe(max(r["h"] for r in records))
    clock.save()
    conn.execute(delete(SyncApplied))
    for cid, seq in vector.items():
        if seq > 0:
            conn.execute(insert(SyncApplied).values(computer_id=cid, seq=seq, applied_at=now))
    conn.execute(update(SyncState).where(SyncState.id == 1).values(shared_id=data["journal_id"]))
    state.set_applying(conn, False)
    return Outcome(APPLIED, frozenset(kinds), 0)


def canonical(conn: Connection) -> bytes:
    """Every shared record, live or deleted, by table then gid: no local ids, no local-only
    settings, no bookkeeping, no history. Equal on computers that applied the same bundles."""
    records = all_records(conn)
    records.sort(key=lambda r: (r["t"], r["g"]))
    return outbox.dumps({"format": CANONICAL_FORMAT, "records": records})

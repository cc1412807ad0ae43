"""Changes shared between computers (issue 18), as plain payload bytes.

The folder side (encryption, files, members) is `tracker/storage/sync_folder`; the sync
service moves bytes between the two. Writing own changes:

    payload = pending_payload(journal, clock)      # None: nothing to send
    while payload is not None:
        seq = payload_seq(payload); folder.write_bundle(..., seq, payload)
        confirm_written(journal, seq)
        payload = pending_payload(journal, clock)

A payload's number is reserved (and the payload kept) before it is returned, so after a
crash the same bytes come back under the same number until `confirm_written`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from tracker.domain.clock import Clock
from tracker.domain.errors import SyncChangesRefused, ValidationError
from tracker.domain.validation import RecordRejected
from tracker.services import catalog
from tracker.storage.journal import OpenJournal
from tracker.storage.sync_records import identity, merge, outbox, payloads, state
from tracker.storage.sync_records.payloads import ALREADY, APPLIED, WAITING
from tracker.storage.sync_records.serialise import BadRecord, sa_table

__all__ = ["ALREADY", "APPLIED", "WAITING", "ApplyResult", "HistoryEntry", "apply_payload", "canonical_export",
           "computer_id", "confirm_written", "join_from_snapshot", "own_reservations", "payload_seq",
           "pending_payload", "record_history", "snapshot_payload", "take_new_computer_id"]


#: Reserve-then-read rounds for a snapshot before reading inside the write transaction.
SNAPSHOT_ATTEMPTS = 3


@dataclass(frozen=True)
class ApplyResult:
    #: APPLIED, WAITING (an earlier bundle it depends on is not here yet) or ALREADY.
    status: str
    computer_id: str
    seq: int
    #: What changed, for the interface to refresh: "plan", "doses", "diary", "settings", "people".
    kinds: frozenset[str] = field(default_factory=frozenset)
    #: Records edited on two computers (the earlier version is kept in the record's history).
    conflicts: int = 0


@dataclass(frozen=True)
class HistoryEntry:
    table: str
    stamp: str | None
    #: The computer whose version this was.
    origin: str | None
    replaced_by: str | None
    record: dict[str, Any]


def _known_drug(drug_id: str) -> bool:
    return catalog.drug(drug_id) is not None


def _refused(exc: Exception) -> SyncChangesRefused:
    # Table, row and field of what was refused: never the content.
    if isinstance(exc, IntegrityError):
        # The driver's own words ("FOREIGN KEY constraint failed"): never the statement's values.
        return SyncChangesRefused(detail=f"constraint: {exc.orig}")
    return SyncChangesRefused(detail=exc.where if isinstance(exc, RecordRejected) else str(exc))


def computer_id(journal: OpenJournal) -> str:
    with journal.connection(read_only=True) as conn:
        return state.read(conn).computer_id


def pending_payload(journal: OpenJournal, clock: Clock) -> bytes | None:
    """The next bundle payload to write: one reserved earlier and not yet confirmed, or the
    changes made since the last one (collected and reserved now). None when nothing to send."""
    with journal.connection() as conn:
        found = outbox.next_pending(conn)
        if found is None and outbox.reserve(conn, clock.now(), journal.journal_id) is not None:
            found = outbox.next_pending(conn)
    return None if found is None else found[1]


def own_reservations(journal: OpenJournal) -> identity.Reservations:
    """This computer's id, its next bundle number and the bundles reserved but not confirmed."""
    with journal.connection(read_only=True) as conn:
        return identity.reservations(conn)


def take_new_computer_id(journal: OpenJournal, written_below: int | None) -> str:
    """This journal is a restored or copied copy (the folder holds bundles under its computer
    id that it did not reserve): it becomes a new computer; see storage/sync_records/identity.py.
    Reserved bundles numbered below `written_below` are in the folder as reserved; the others
    are sent again under the new id. Returns the new id."""
    with journal.connection() as conn:
        return identity.take_new_id(conn, written_below)


def payload_seq(payload: bytes) -> int:
    """The sequence number a bundle payload was reserved under."""
    try:
        return payloads.parse_bundle(payload).seq
    except BadRecord as exc:
        raise _refused(exc) from None


def confirm_written(journal: OpenJournal, seq: int) -> None:
    """The bundle file of `seq` is written: its payload need not be kept any more."""
    with journal.connection() as conn:
        outbox.confirm(conn, seq)


def apply_payload(journal: OpenJournal, payload: bytes, clock: Clock) -> ApplyResult:
    """Apply a bundle payload from another computer in one transaction, or leave it waiting.

    Raises SyncChangesRefused (journal unchanged) for a damaged payload, one of another shared
    journal, or one holding a record a form would refuse."""
    try:
        bundle = payloads.parse_bundle(payload)
        with journal.connection() as conn:
            outcome = payloads.apply_bundle(conn, bundle, clock.now(), journal.journal_id, _known_drug)
    except (BadRecord, ValidationError, IntegrityError) as exc:
        # IntegrityError: the bundle deletes a record others here still refer to (or the like).
        # Refused whole like any other bad bundle; its transaction was rolled back.
        raise _refused(exc) from None
    return ApplyResult(outcome.status, bundle.computer_id, bundle.seq, outcome.kinds, outcome.conflicts)


def snapshot_payload(journal: OpenJournal, clock: Clock) -> bytes:
    """Everything shared, to join from. Changes not yet sent are first reserved as a bundle
    (`pending_payload` then returns it): write that bundle as well as the snapshot."""
    # Reserving is one short write; reading the whole journal (seconds on years of entries)
    # is a read-only transaction, so a save made meanwhile does not wait for it. A save that
    # lands between the two shows in the read as an unreserved change: reserve and read again.
    for _attempt in range(SNAPSHOT_ATTEMPTS):
        with journal.connection() as conn:
            outbox.reserve(conn, clock.now(), journal.journal_id)
        with journal.connection(read_only=True) as conn:
            payload = payloads.snapshot_of(conn, journal.journal_id)
        if payload is not None:
            return payload
    # Saves kept landing in between: read inside the write transaction this once.
    with journal.connection() as conn:
        return payloads.snapshot(conn, clock.now(), journal.journal_id)


def join_from_snapshot(journal: OpenJournal, payload: bytes, clock: Clock) -> frozenset[str]:
    """Make a newly created journal the shared one; apply the bundles after it next."""
    try:
        with journal.connection() as conn:
            return payloads.join(conn, payload, clock.now(), _known_drug).kinds
    except (BadRecord, ValidationError, IntegrityError) as exc:
        raise _refused(exc) from None


def shared_journal_id(journal: OpenJournal) -> str:
    with journal.connection(read_only=True) as conn:
        return payloads.shared_id(conn, journal.journal_id)


def canonical_export(journal: OpenJournal) -> bytes:
    with journal.connection(read_only=True) as conn:
        return payloads.canonical(conn)


def record_history(journal: OpenJournal, gid: str) -> list[HistoryEntry]:
    """Versions of a record that lost to another computer's ("changed on two computers")."""
    with journal.connection(read_only=True) as conn:
        found = merge.history(conn, gid)
    return [HistoryEntry(h["table"], h["stamp"], h["origin"], h["replaced_by"], h["record"]) for h in found]


def histories_of(journal: OpenJournal, rows: Iterable[tuple[str, int]]) -> dict[tuple[str, int], list[HistoryEntry]]:
    """`record_history` for many local rows ((table, id) pairs) in one read: what a page of
    the diary shows. Rows without earlier versions are left out."""
    by_table: dict[str, list[int]] = {}
    for table, row_id in rows:
        by_table.setdefault(table, []).append(row_id)
    with journal.connection(read_only=True) as conn:
        gids: dict[str, tuple[str, int]] = {}
        for table, ids in by_table.items():
            t = sa_table(table)
            for row_id, gid in conn.execute(select(t.c.id, t.c.gid).where(t.c.id.in_(ids))):
                if gid is not None:
                    gids[gid] = (table, row_id)
        found = merge.histories(conn, list(gids))
    return {gids[gid]: [HistoryEntry(h["table"], h["stamp"], h["origin"], h["replaced_by"], h["record"]) for h in versions]
            for gid, versions in found.items()}


def gid_of(journal: OpenJournal, table: str, row_id: int) -> str | None:
    """The gid of a local row (for tests and for the history view)."""
    from tracker.storage.sync_records.serialise import Codec

    with journal.connection(read_only=True) as conn:
        return Codec(conn).gid_of(table, row_id)

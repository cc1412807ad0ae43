"""One journal on two or three computers (issue 18): the sharing use cases the window and the
command line call.

Bytes move between the encrypted shared folder (`tracker/storage/sync_folder`) and the
journal's records (`tracker/services/sync_changes`); this computer's set-up is kept inside the
journal (`sync_local`). A sync:

1. re-reads the folder's key list (a new key after someone was removed; being removed, or a
   key list changed from outside, is a problem to show, never a crash);
2. writes this computer's pending bundle (its number is reserved inside the journal first,
   so after a crash the same bytes are written under the same number: `sync_changes`);
3. applies the other computers' bundles in sequence order, each in one transaction with
   the record that it was applied (never applied twice; a crash or a full disk leaves the
   journal as it was); a bundle whose predecessors are not here yet waits; one that cannot
   be read is reported and the others continue;
4. every `SNAPSHOT_EVERY` bundles (counted over all computers) writes a fresh snapshot, so a
   computer joining later starts near the present instead of replaying every bundle.

Problems found while syncing come back in `SyncReport.problems` as KnownErrors with plain
messages; only a journal that is not shared, or a bug, raises.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from tracker.domain.clock import Clock
from tracker.domain.errors import (
    BundleFromNewerKey,
    BundleRejected,
    DiskFull,
    FolderNotWritable,
    JournalAlreadyShared,
    KeysFileDamaged,
    KeysFileTampered,
    KnownError,
    NotASharedJournal,
    RemovedFromSharedJournal,
    SyncChangesRefused,
    SyncFolderMissing,
    SyncIdentityClash,
    ValidationError,
)
from tracker.services import people, sync_changes, sync_local
from tracker.services.journals import (
    CreatedJournal,
    create_journal,
    rename_journal,
    validate_new_passphrase,
    verify_passphrase,
)
from tracker.services.sync_changes import HistoryEntry
from tracker.storage.journal import OpenJournal
from tracker.storage.models.core import Person
from tracker.storage.sync_folder import BundleRef, MemberInfo, Membership, NewMember, SharedFolder
from tracker.storage.sync_records.payloads import parse_bundle
from tracker.storage.sync_records.serialise import BadRecord

__all__ = ["SNAPSHOT_EVERY", "ComputerStatus", "HistoryEntry", "PersonAccess", "ShareInfo", "SyncReport",
           "SyncStatus", "add_person", "choose_folder_again", "history_of", "is_shared", "join_shared_journal", "my_person_id",
           "remove_person", "share_journal", "stop_sharing", "sync_now", "sync_status", "watched_paths"]

#: A new snapshot after this many bundles (all computers together) since the newest one in
#: the folder: cheap to decide (file names only), and a joining computer then replays at most
#: this many bundles after the snapshot.
SNAPSHOT_EVERY = 100

#: progress(done, total, label), the shape BackgroundOp's Progress has.
Progress = Callable[[int, int, str], None]

#: Problems of the folder itself: shown, and the sync stops there (nothing is lost).
_FOLDER_PROBLEMS = (SyncFolderMissing, NotASharedJournal, KeysFileDamaged, KeysFileTampered,
                    RemovedFromSharedJournal, DiskFull, FolderNotWritable, SyncIdentityClash)


@dataclass(frozen=True)
class ShareInfo:
    #: The shared journal's own folder inside the sync folder (treatment-journey-<id>).
    folder: Path
    journal_id: str
    computer_id: str
    member_id: str


@dataclass(frozen=True)
class ComputerStatus:
    computer_id: str
    #: The name of the person whose computer it is, when known; else its computer id.
    label: str
    is_this_computer: bool
    #: When this computer last applied a bundle from it (for this computer: last sent).
    last_received: datetime | None
    last_seq: int
    #: Its bundles in the folder not applied yet here.
    waiting: int


@dataclass(frozen=True)
class PersonAccess:
    member_id: str
    name: str
    #: Their row in `people` on this computer (None until it has arrived).
    person_id: int | None
    is_me: bool


@dataclass(frozen=True)
class SyncStatus:
    shared: bool
    folder: Path | None
    folder_ok: bool
    problems: tuple[KnownError, ...]
    computers: tuple[ComputerStatus, ...]
    people: tuple[PersonAccess, ...]
    last_sync: datetime | None


@dataclass(frozen=True)
class SyncReport:
    written: int
    applied: int
    waiting: int
    kinds: frozenset[str]
    problems: tuple[KnownError, ...]


def is_shared(journal: OpenJournal) -> bool:
    return sync_local.read(journal).shared


# -- sharing, joining --------------------------------------------------------------------------


def share_journal(journal: OpenJournal, sync_dir: Path, passphrase: str, clock: Clock) -> ShareInfo:
    """Start sharing through `sync_dir`: the patient becomes the first member, with the
    passphrase that opens this journal (checked: WrongPassphrase); a snapshot and the first
    bundle are written."""
    local = sync_local.read(journal)
    if local.shared:
        raise JournalAlreadyShared()
    verify_passphrase(journal, passphrase)
    patient = people.patient(journal)
    person_gid = _gid_of_person(journal, patient.id)
    journal_id = sync_changes.shared_journal_id(journal)
    folder, membership = SharedFolder.create(Path(sync_dir), journal_id,
                                             NewMember(patient.name, person_gid, passphrase), clock=clock)
    # Kept before anything else is written: a crash from here on is finished by the next sync.
    sync_local.start(journal, folder.root, membership)
    sync_local.name_computer(journal, local.computer_id, membership.member_id)
    sync_local.set_my_person(journal, person_gid)
    _write_pending(journal, folder, membership, local.computer_id, clock)
    _write_snapshot(journal, folder, membership, local.computer_id, clock)
    sync_local.set_last_sync(journal, clock.now(), [])
    return ShareInfo(folder.root, journal_id, local.computer_id, membership.member_id)


def join_shared_journal(data_dir: Path, sync_dir: Path, passphrase: str, clock: Clock, *,
                        progress: Progress | None = None) -> CreatedJournal:
    """A new local journal that is a copy of the shared one in `sync_dir`, opened with the
    person's own passphrase (the one typed when they were added; it also opens the new local
    journal). Returns it with its new recovery key, to show once, as create_journal does."""
    folder = SharedFolder.open(Path(sync_dir))
    membership = folder.unlock(passphrase)
    members = folder.members(membership)
    snapshot = _newest_snapshot(folder, membership)
    _progress(progress, 10)
    me = next(m for m in members if m.member_id == membership.member_id)
    created = create_journal(Path(data_dir), me.name, passphrase)
    journal = created.journal
    try:
        sync_changes.join_from_snapshot(journal, snapshot, clock)
        # Named as on the patient's computer, after the patient (the name the unlock window lists).
        rename_journal(journal, people.patient(journal).name)
        _progress(progress, 60)
        sync_local.start(journal, folder.root, membership)
        sync_local.name_computer(journal, sync_changes.computer_id(journal), membership.member_id)
        sync_local.set_my_person(journal, me.person_gid)
        report = sync_now(journal, clock, progress=_phase(progress, 60, 40))
    except BaseException:
        # A half-made copy must not stay in the journal list; the folder was not changed.
        paths = journal.paths
        journal.close()
        shutil.rmtree(paths.folder, ignore_errors=True)
        raise
    # Problems in `report` (a bundle that cannot be read yet) do not undo the join: the copy is
    # complete up to the snapshot and what was applied; the Sharing page shows them.
    del report
    return created


def _newest_snapshot(folder: SharedFolder, membership: Membership) -> bytes:
    """The newest snapshot under the newest key that reads; the first one's refusal when none does."""
    refused: BundleRejected | None = None
    for ref in folder.snapshot_candidates():
        try:
            return folder.read_snapshot(membership, ref)
        except BundleRejected as exc:
            refused = refused or exc
    if refused is not None:
        raise refused
    raise NotASharedJournal(
        "The shared journal in that folder has no starting copy yet. Ask the person who shared it to open "
        "Treatment Journey while the folder is connected, then try again."
    )


# -- syncing ---------------------------------------------------------------------------------------


def sync_now(journal: OpenJournal, clock: Clock, *, progress: Progress | None = None) -> SyncReport:
    """Write this computer's pending changes, apply the others'. JournalNotShared if not shared."""
    sharing = sync_local.sharing(journal)
    run = _Run(journal, sharing, clock, progress)
    run.go()
    sync_local.set_last_sync(journal, clock.now(), run.refused_names)
    return SyncReport(run.written, run.applied, run.waiting, frozenset(run.kinds), tuple(run.problems))


class _Run:
    """One sync of one journal."""

    def __init__(self, journal: OpenJournal, sharing: sync_local.Sharing, clock: Clock,
                 progress: Progress | None) -> None:
        self.journal = journal
        self.computer_id = sharing.computer_id
        self.root = sharing.folder
        self.membership = sharing.membership
        self.clock = clock
        self.progress = progress
        self.written = self.applied = self.waiting = 0
        self.kinds: set[str] = set()
        self.problems: list[KnownError] = []
        self.refused_names: list[str] = []

    def go(self) -> None:
        try:
            folder = SharedFolder.open(self.root)
            self._refresh(folder)
            self.computer_id = _own_identity(self.journal, folder, self.membership, self.computer_id)
            self.written = _write_pending(self.journal, folder, self.membership, self.computer_id, self.clock)
            self._apply_others(folder)
            if _snapshot_due(self.journal, folder):
                _write_snapshot(self.journal, folder, self.membership, self.computer_id, self.clock)
        except _FOLDER_PROBLEMS as exc:
            self.problems.append(exc)

    def _refresh(self, folder: SharedFolder) -> None:
        refreshed = folder.refresh(self.membership)
        if refreshed.epoch_keys != self.membership.epoch_keys:
            sync_local.save_membership(self.journal, refreshed)
        self.membership = refreshed

    def _apply_others(self, folder: SharedFolder) -> None:
        candidates: dict[tuple[str, int], list[BundleRef]] = {}
        for ref in folder.bundle_refs():  # originals before conflict copies
            if ref.computer_id != self.computer_id:
                candidates.setdefault((ref.computer_id, ref.seq), []).append(ref)
        through = {cid: seq for cid, (seq, _at) in sync_local.applied(self.journal).items()}
        todo = sorted(key for key in candidates if key[1] > through.get(key[0], 0))
        total = len(todo)
        payloads: dict[tuple[str, int], bytes] = {}
        blocked: set[str] = set()  # computers with a refused bundle: their later ones wait behind it
        moved = True
        while moved and todo:
            moved = False
            for key in list(todo):
                cid, seq = key
                if cid in blocked or seq != through.get(cid, 0) + 1:
                    continue
                status = self._apply_one(folder, key, candidates[key], payloads)
                if status is None:
                    blocked.add(cid)
                elif status != sync_changes.WAITING:
                    todo.remove(key)
                    through[cid] = seq
                    moved = True
                    _progress(self.progress, 100 * (total - len(todo)) // max(total, 1))
        self.waiting = len(todo)

    def _apply_one(self, folder: SharedFolder, key: tuple[str, int], refs: list[BundleRef],
                   payloads: dict[tuple[str, int], bytes]) -> str | None:
        """APPLIED / ALREADY / WAITING, or None when no copy of this bundle can be applied
        (reported once)."""
        refused: BundleRejected | None = None
        for ref in refs:
            try:
                payload = payloads.get(key)
                if payload is None:
                    payload = self._read(folder, ref)
                result = sync_changes.apply_payload(self.journal, payload, self.clock)
            except SyncChangesRefused as exc:
                refused = refused or BundleRejected(ref.path.name, detail=exc.detail)
                payloads.pop(key, None)
                continue
            except BundleRejected as exc:
                refused = refused or exc
                payloads.pop(key, None)
                continue
            payloads[key] = payload
            if result.status == sync_changes.APPLIED:
                self.applied += 1
                self.kinds |= result.kinds
            return result.status
        assert refused is not None
        self.problems.append(refused)
        self.refused_names.append(refused.file_name)
        return None

    def _read(self, folder: SharedFolder, ref: BundleRef) -> bytes:
        try:
            payload = folder.read_bundle(self.membership, ref)
        except BundleFromNewerKey:
            self._refresh(folder)  # a new key since this sync began: take it, then try once more
            payload = folder.read_bundle(self.membership, ref)
        # The file's place (computer folder, number) was checked against its sealed header;
        # the payload inside must name the same, or a bundle would be applied under another's number.
        try:
            bundle = parse_bundle(payload)
        except BadRecord as exc:
            raise BundleRejected(ref.path.name, detail=str(exc)) from None
        if (bundle.computer_id, bundle.seq) != (ref.computer_id, ref.seq):
            raise BundleRejected(ref.path.name, detail="payload names another place")
        return payload


def _own_identity(journal: OpenJournal, folder: SharedFolder, membership: Membership, computer_id: str) -> str:
    """This computer's id, or a new one when the folder shows this journal is a second copy of
    itself (restored from a backup, or its folder copied): a bundle under this computer's id
    that this journal never reserved (numbered at or after its next one), or that holds
    something else than what it reserved under that number. Checked before anything is
    written, so the copy never writes over the original's numbers; the old id's bundles are
    then applied like another computer's (storage/sync_records/identity.py)."""
    mine: dict[int, list[BundleRef]] = {}
    for ref in folder.bundle_refs():
        if ref.computer_id == computer_id:
            mine.setdefault(ref.seq, []).append(ref)
    if not mine:
        return computer_id
    reserved = sync_changes.own_reservations(journal)
    copied = max(mine) >= reserved.next_seq
    written_below: int | None = None  # reserved bundles below this number are in the folder as reserved
    for seq in sorted(reserved.pending):
        refs = mine.get(seq)
        if refs is None:
            break
        if not all(_holds(folder, membership, ref, reserved.pending[seq]) for ref in refs):
            copied = True
            break
        written_below = seq + 1
    if not copied:
        return computer_id
    new_id = sync_changes.take_new_computer_id(journal, written_below)
    sync_local.name_computer(journal, new_id, membership.member_id)
    return new_id


def _holds(folder: SharedFolder, membership: Membership, ref: BundleRef, payload: bytes) -> bool:
    try:
        return folder.read_bundle(membership, ref) == payload
    except BundleRejected:
        return False  # not readable as what was reserved: not known to be this journal's


def _write_pending(journal: OpenJournal, folder: SharedFolder, membership: Membership, computer_id: str,
                   clock: Clock) -> int:
    """Write every reserved or new bundle of this computer; the count written."""
    written = 0
    while (payload := sync_changes.pending_payload(journal, clock)) is not None:
        seq = sync_changes.payload_seq(payload)
        folder.write_bundle(membership, computer_id, seq, payload)
        sync_changes.confirm_written(journal, seq)
        written += 1
    return written


def _bundles_counted(journal: OpenJournal) -> int:
    return sum(seq for seq, _at in sync_local.applied(journal).values())


def _snapshot_due(journal: OpenJournal, folder: SharedFolder) -> bool:
    latest = folder.latest_snapshot()
    return latest is None or 1 + _bundles_counted(journal) - latest.n >= SNAPSHOT_EVERY


def _write_snapshot(journal: OpenJournal, folder: SharedFolder, membership: Membership, computer_id: str,
                    clock: Clock) -> None:
    payload = sync_changes.snapshot_payload(journal, clock)
    # Changes not sent yet were reserved as a bundle by the snapshot: it must be in the folder
    # too, or a computer joining from this snapshot would wait for it forever.
    _write_pending(journal, folder, membership, computer_id, clock)
    vector = json.loads(payload)["vector"]
    # n grows with the bundles it holds, whichever computer writes it: joining takes the highest.
    n = 1 + sum(int(seq) for seq in vector.values())
    latest = folder.latest_snapshot()
    if latest is not None and latest.n >= n:
        return  # another computer's is as new: nothing to add
    folder.write_snapshot(membership, computer_id, n, payload)


# -- status -------------------------------------------------------------------------------------


def sync_status(journal: OpenJournal, clock: Clock) -> SyncStatus:
    """What the Sharing page shows; reads file names and the key list, applies nothing."""
    local = sync_local.read(journal)
    last = sync_local.last_sync(journal)
    if not local.shared:
        return SyncStatus(False, None, False, (), (), (), last)
    assert local.folder is not None and local.membership is not None
    problems: list[KnownError] = []
    members: list[MemberInfo] = []
    refs: list[BundleRef] = []
    try:
        folder = SharedFolder.open(local.folder)
        members = folder.members(local.membership)
        refs = folder.bundle_refs()
    except _FOLDER_PROBLEMS as exc:
        problems.append(exc)
    folder_ok = not problems
    problems += [BundleRejected(name) for name in sync_local.refused(journal)]
    applied = sync_local.applied(journal)
    names = {m.member_id: m.name for m in members}
    owners = sync_local.computer_members(journal)
    seen = set(applied) | {r.computer_id for r in refs} | {local.computer_id}
    computers = []
    for cid in sorted(seen, key=lambda c: (c != local.computer_id, c)):
        seq, at = applied.get(cid, (0, None))
        waiting = len({r.seq for r in refs if r.computer_id == cid and r.seq > seq}) if cid != local.computer_id else 0
        label = names.get(owners.get(cid, ""), cid)
        computers.append(ComputerStatus(cid, label, cid == local.computer_id, at, seq, waiting))
    person_ids = _person_ids(journal)
    access = tuple(PersonAccess(m.member_id, m.name, person_ids.get(m.person_gid), m.member_id == local.membership.member_id)
                   for m in members)
    return SyncStatus(True, local.folder, folder_ok, tuple(problems), tuple(computers), access, last)


def watched_paths(journal: OpenJournal) -> list[Path]:
    """The shared journal's folder and each computer's folder in it (a watcher sees new files
    only in the folders it watches); the sync folder itself while the journal's is missing."""
    local = sync_local.read(journal)
    if local.folder is None:
        return []
    if not local.folder.is_dir():
        return [local.folder.parent] if local.folder.parent.is_dir() else []
    return [local.folder, *sorted(p for p in local.folder.iterdir() if p.is_dir() and not p.name.startswith("."))]


# -- people ------------------------------------------------------------------------------------------


def add_person(journal: OpenJournal, name: str, passphrase: str, repeat: str, clock: Clock) -> PersonAccess:
    """Let a person open the shared journal with their own passphrase (they type it here, on
    this computer). A carer is added to `people` when nobody has that name yet."""
    from tracker.domain.validation import check_name

    sharing = sync_local.sharing(journal)
    name = check_name(name, "name", empty="Please give the person's name.")
    validate_new_passphrase(passphrase, repeat)
    folder = SharedFolder.open(sharing.folder)
    membership = folder.refresh(sharing.membership)
    person = next((p for p in people.list_people(journal, include_archived=True)
                   if p.name.casefold() == name.casefold()), None)
    if person is None:
        person = people.add_carer(journal, name)
    person_gid = _gid_of_person(journal, person.id)
    if any(m.person_gid == person_gid for m in folder.members(membership)):
        raise ValidationError("This person can already open the shared journal.", field="name")
    info = folder.add_member(membership, NewMember(person.name, person_gid, passphrase), clock=clock)
    sync_local.save_membership(journal, folder.refresh(membership))
    try:
        # Their row in `people` goes to the folder now, so joining finds who they are.
        computer_id = _own_identity(journal, folder, membership, sharing.computer_id)
        _write_pending(journal, folder, membership, computer_id, clock)
    except _FOLDER_PROBLEMS:
        pass  # they were added; the change goes with the next sync
    return PersonAccess(info.member_id, info.name, person.id, False)


def remove_person(journal: OpenJournal, member_id: str, clock: Clock) -> None:
    """Drop a person's slot and move the shared journal to a new key: their copy of the key
    list opens no bundle written from now on. Their entries stay in the journal."""
    sharing = sync_local.sharing(journal)
    if member_id == sharing.membership.member_id:
        raise ValidationError("You cannot remove yourself. Stop sharing on this computer instead.")
    folder = SharedFolder.open(sharing.folder)
    membership = folder.refresh(sharing.membership)
    if member_id not in {m.member_id for m in folder.members(membership)}:
        raise ValidationError("That person cannot open the shared journal any more.")
    # Their computers (as each announced itself) with the last bundle applied here: every reader
    # refuses what those computers write after the removal, with the old key they still hold.
    applied = sync_local.applied(journal)
    theirs = {cid: applied.get(cid, (0, None))[0]
              for cid, owner in sync_local.computer_members(journal).items() if owner == member_id}
    sync_local.save_membership(journal, folder.remove_member(membership, member_id, computers=theirs,
                                                             this_computer=sharing.computer_id, clock=clock))


def choose_folder_again(journal: OpenJournal, sync_dir: Path) -> Path:
    """The shared folder was moved or renamed (or is mounted elsewhere now): use it where it is.
    NotASharedJournal unless it holds this shared journal; RemovedFromSharedJournal /
    KeysFileTampered as when syncing. Returns the journal's folder inside it."""
    sharing = sync_local.sharing(journal)
    folder = SharedFolder.open(Path(sync_dir))
    if folder.journal_id != sharing.membership.journal_id:
        raise NotASharedJournal(
            "That folder holds another shared journal, not this one. Choose the folder this journal is shared through."
        )
    membership = folder.refresh(sharing.membership)
    sync_local.start(journal, folder.root, membership)
    return folder.root


def stop_sharing(journal: OpenJournal) -> None:
    """This computer stops using the folder; the journal and everything in it stay."""
    sync_local.stop(journal)


def my_person_id(journal: OpenJournal) -> int | None:
    """The `people` row of the person who opens the shared journal on this computer (after
    joining: make them the one entering things). None when not shared or not arrived yet."""
    gid = sync_local.my_person(journal) if is_shared(journal) else None
    return None if gid is None else _person_ids(journal).get(gid)


def history_of(journal: OpenJournal, table: str, row_id: int) -> list[HistoryEntry]:
    """Earlier versions of a record that another computer's later edit replaced ("changed on
    two computers"), oldest first."""
    gid = sync_changes.gid_of(journal, table, row_id)
    return [] if gid is None else sync_changes.record_history(journal, gid)


def histories_of(journal: OpenJournal, rows: list[tuple[str, int]]) -> dict[tuple[str, int], list[HistoryEntry]]:
    """`history_of` for many rows at once (a page of the diary); rows without earlier versions left out."""
    return sync_changes.histories_of(journal, rows)


# -- inside --------------------------------------------------------------------------------------------


def _gid_of_person(journal: OpenJournal, person_id: int) -> str:
    gid = sync_changes.gid_of(journal, "people", person_id)
    assert gid is not None
    return gid


def _person_ids(journal: OpenJournal) -> dict[str, int]:
    with journal.session() as session:
        return {gid: pid for pid, gid in session.execute(select(Person.id, Person.gid))}


def _progress(progress: Progress | None, percent: int) -> None:
    if progress is not None:
        progress(percent, 100, "")


def _phase(progress: Progress | None, start: int, span: int) -> Progress | None:
    if progress is None:
        return None
    return lambda done, total, label: progress(start + span * done // max(total, 1), 100, label)

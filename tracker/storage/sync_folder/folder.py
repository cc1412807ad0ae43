"""`SharedFolder`: the shared journal's folder inside a sync folder, read and written by one computer."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Mapping
from datetime import UTC
from pathlib import Path

from tracker.domain.clock import Clock, SystemClock
from tracker.domain.errors import (
    BundleFromNewerKey,
    BundleRejected,
    BundleWithOldKey,
    KeysFileDamaged,
    KeysFileTampered,
    NotASharedJournal,
    RemovedFromSharedJournal,
    SyncFolderMissing,
    SyncIdentityClash,
    WrongPassphrase,
)
from tracker.storage import keyslots
from tracker.storage.atomic import atomic_write_bytes
from tracker.storage.backup_file import map_os_error
from tracker.storage.paths import ensure_private_dir
from tracker.storage.sync_folder import envelope, names
from tracker.storage.sync_folder import keys_file as kf
from tracker.storage.sync_folder.membership import MemberInfo, Membership, NewMember
from tracker.storage.sync_folder.names import BundleRef, SnapshotRef

#: Room for the header and the GCM tag around a compressed payload (zlib adds little).
_MAX_FILE_BYTES = envelope.MAX_PAYLOAD + (1 << 20)


def _now_iso(clock: Clock | None) -> str:
    now = (clock or SystemClock()).now()
    return now.astimezone(UTC).replace(microsecond=0).isoformat()


def _os_error(exc: OSError) -> Exception:
    return map_os_error(exc, "shared folder")


class SharedFolder:
    """The shared journal's folder (`root`, named `treatment-journey-<journal_id>`)."""

    def __init__(self, root: Path, journal_id: str) -> None:
        self.root = root
        self.journal_id = journal_id
        #: The membership from the last unlock/refresh/create/add/remove on this object, so that
        #: `members()` can show names without being handed one.
        self._membership: Membership | None = None
        #: The last key list that passed every check, by its bytes and the membership that checked
        #: it, and what checking it gave: reading many bundles does the X25519 work once.
        self._checked: tuple[tuple[bytes, str, bytes, tuple[tuple[int, bytes], ...]], Membership] | None = None

    # -- making and finding ----------------------------------------------------------------
    @classmethod
    def create(
        cls, sync_dir: Path, journal_id: str, owner: NewMember, *, clock: Clock | None = None
    ) -> tuple[SharedFolder, Membership]:
        """Start sharing: the journal's folder and its key list with one member, `owner`."""
        if not keyslots.valid_journal_id(journal_id):
            raise ValueError("journal id")
        sync_dir = Path(sync_dir)
        if not sync_dir.is_dir():
            raise SyncFolderMissing()
        root = sync_dir / names.root_name(journal_id)
        if (root / names.KEYS_NAME).exists():
            raise NotASharedJournal(
                "That folder already holds this shared journal. Use “Open a shared journal…” to join it instead."
            )
        ensure_private_dir(root)
        created = _now_iso(clock)
        epoch_key = secrets.token_bytes(kf.KEY_BYTES)
        keys = kf.KeysFile(
            journal_id=journal_id,
            members={},
            epochs={1: {"created_at": created, "commit": kf.b64(kf.epoch_commit(journal_id, 1, epoch_key)),
                        "link": None, "seals": {}}},
        )
        folder = cls(root, journal_id)
        epoch_keys = {1: epoch_key}
        member_id, private = folder._add_slot(keys, epoch_keys, owner, created)
        keys.sign(epoch_key)
        folder._write_keys(keys)
        membership = Membership(member_id=member_id, journal_id=journal_id, epoch_keys=epoch_keys,
                                private_key=private)
        folder._membership = membership
        return folder, membership

    @classmethod
    def open(cls, sync_dir_or_root: Path) -> SharedFolder:
        """The shared journal in a sync folder (or the journal's own folder inside it)."""
        path = Path(sync_dir_or_root)
        if not path.is_dir():
            raise SyncFolderMissing()
        if path.name.startswith(names.ROOT_PREFIX) and (path / names.KEYS_NAME).is_file():
            root = path
        else:
            try:
                found = sorted(
                    child for child in path.iterdir()
                    if child.name.startswith(names.ROOT_PREFIX) and (child / names.KEYS_NAME).is_file()
                )
            except OSError as exc:
                raise SyncFolderMissing(detail=type(exc).__name__) from exc
            if not found:
                raise NotASharedJournal()
            if len(found) > 1:
                raise NotASharedJournal(
                    "That folder holds more than one shared journal. Choose the folder of the one to open "
                    "(its name starts with “treatment-journey-”)."
                )
            root = found[0]
        journal_id = root.name[len(names.ROOT_PREFIX):]
        if not keyslots.valid_journal_id(journal_id):
            raise NotASharedJournal()
        folder = cls(root, journal_id)
        folder._read_keys()  # damaged or foreign: said now, not at unlock
        return folder

    # -- members -------------------------------------------------------------------------
    def members(self, membership: Membership | None = None) -> list[MemberInfo]:
        """Everyone who may open the journal, sorted by when they were added.

        Names are encrypted in the folder, so a membership is needed: the one given, or the
        one this object last unlocked, refreshed or changed with.
        """
        membership = membership or self._membership
        if membership is None:
            raise RuntimeError("members() needs a membership: unlock or refresh first")
        keys, membership = self._read_verified(membership)  # names from a list that passed every check
        newest = keys.newest_epoch
        infos = []
        for member_id, member in keys.members.items():
            try:
                name, person_gid = kf.open_profile(self.journal_id, member_id, newest, membership.epoch_keys[newest],
                                                   member["profile"])
            except kf.Tampered as exc:
                raise KeysFileTampered(detail="profile") from exc
            epochs = tuple(e for e, entry in keys.epochs.items() if member_id in entry["seals"])
            infos.append(MemberInfo(member_id=member_id, name=name, person_gid=person_gid, epochs=epochs,
                                    added_at=member["added_at"]))
        return sorted(infos, key=lambda info: (info.added_at, info.member_id))

    def unlock(self, passphrase: str) -> Membership:
        """Try the passphrase on each member's slot (Argon2id once per slot)."""
        keys = self._read_keys()
        genesis_commit = keys.genesis_commit()
        for member_id, member in keys.members.items():
            public = kf.unb64(member["public_key"], 32)
            private = kf.unwrap_private_key(self.journal_id, member_id, public, genesis_commit,
                                            member["private_key"], passphrase)
            if private is not None:
                return self._verified(keys, member_id, private, {})
        raise WrongPassphrase(
            "That passphrase does not open this shared journal. Each person uses their own passphrase, "
            "the one they typed when they were added. Nothing was changed."
        )

    def refresh(self, membership: Membership) -> Membership:
        """Re-read the key list: new epochs sealed to this member are added.

        RemovedFromSharedJournal when the newest epoch was made (by a holder of the epoch
        before it) without this member; KeysFileTampered for anything else that does not check.
        """
        return self._read_verified(membership)[1]

    def add_member(self, membership: Membership, new: NewMember, *, clock: Clock | None = None) -> MemberInfo:
        """Add a person with their own passphrase; every epoch key is sealed to them."""
        keys, membership = self._read_verified(membership)
        added = _now_iso(clock)
        member_id, _ = self._add_slot(keys, dict(membership.epoch_keys), new, added)
        keys.sign(membership.newest_key)
        self._write_keys(keys)
        self._membership = membership
        return MemberInfo(member_id=member_id, name=new.name, person_gid=new.person_gid,
                          epochs=tuple(sorted(keys.epochs)), added_at=added)

    def remove_member(self, membership: Membership, member_id: str, *, computers: Mapping[str, int] | None = None,
                      this_computer: str | None = None, clock: Clock | None = None) -> Membership:
        """Drop a member's slot and move to a new epoch sealed to everyone else; returns the
        remover's membership holding the new epoch (keep it in place of the old one).

        `computers`: the removed person's computers, each with the last of its bundles the
        remover applied. Every reader refuses their bundles after that number (or after the
        highest one already in the folder, if that is higher: those were written before the
        removal) and their snapshots. `this_computer`: the remover's own computer id; its
        bundles from its next number on must use the new epoch.
        """
        keys, membership = self._read_verified(membership)  # the remover holds the newest epoch
        if member_id == membership.member_id:
            raise ValueError("a member cannot remove themselves")
        if member_id not in keys.members:
            raise ValueError("no such member")
        computers = dict(computers or {})
        for computer_id, last_seq in computers.items():
            if not names.valid_computer_id(computer_id) or computer_id == this_computer:
                raise ValueError("computer id")
            if type(last_seq) is not int or not 0 <= last_seq <= names.MAX_SEQ:
                raise ValueError("last seq")
        if this_computer is not None and not names.valid_computer_id(this_computer):
            raise ValueError("computer id")
        old_epoch, old_key = keys.newest_epoch, membership.epoch_keys[keys.newest_epoch]
        try:
            profiles = {other: kf.open_profile(self.journal_id, other, old_epoch, old_key, member["profile"])
                        for other, member in keys.members.items() if other != member_id}
        except kf.Tampered as exc:
            raise KeysFileTampered(detail="profile") from exc
        del keys.members[member_id]
        for entry in keys.epochs.values():
            entry["seals"].pop(member_id, None)
        epoch = keys.newest_epoch + 1
        epoch_key = secrets.token_bytes(kf.KEY_BYTES)
        commit = kf.epoch_commit(self.journal_id, epoch, epoch_key)
        keys.epochs[epoch] = {
            "created_at": _now_iso(clock),
            "commit": kf.b64(commit),
            "link": kf.b64(kf.epoch_link(self.journal_id, epoch, commit, membership.newest_key)),
            "seals": {
                other: kf.seal_epoch_key(self.journal_id, epoch, other, kf.unb64(member["public_key"], 32), epoch_key)
                for other, member in keys.members.items()
            },
        }
        # Names under the new key only: the removed person cannot read who is added from now on.
        for other, (name, person_gid) in profiles.items():
            keys.members[other]["profile"] = kf.seal_profile(self.journal_id, other, epoch, epoch_key, name, person_gid)
        listed = self._listed_seqs()
        for computer_id, last_seq in computers.items():
            if computer_id not in keys.revoked:
                keys.revoked[computer_id] = {"epoch": epoch,
                                             "last_seq": max(last_seq, listed.get(computer_id, 0))}
        if this_computer is not None:
            keys.cutoffs.setdefault(this_computer, {})[str(epoch)] = listed.get(this_computer, 0) + 1
        keys.sign(epoch_key)
        self._write_keys(keys)
        updated = Membership(member_id=membership.member_id, journal_id=self.journal_id,
                             epoch_keys={**membership.epoch_keys, epoch: epoch_key},
                             private_key=membership.private_key)
        self._membership = updated
        return updated

    # -- bundles and snapshots -------------------------------------------------------------
    def write_bundle(self, membership: Membership, computer_id: str, seq: int, payload: bytes) -> None:
        """Write `<computer_id>/<seq>.bundle` under the newest epoch. Idempotent: an existing file
        with the same payload is left as it is; one with another payload is never overwritten
        (SyncIdentityClash)."""
        self._check_journal(membership)
        if not names.valid_computer_id(computer_id):
            raise ValueError("computer id")
        names.check_number(seq, "seq")
        folder = ensure_private_dir(self.root / computer_id)
        header = envelope.Header(journal_id=self.journal_id, computer_id=computer_id,
                                 epoch=membership.newest_epoch, kind=envelope.KIND_BUNDLE, number=seq)
        path = folder / names.bundle_name(seq)
        ref = BundleRef(computer_id=computer_id, seq=seq, is_conflict_copy=False, path=path)
        self._write_once(path, header, membership, payload, lambda: self.read_bundle(membership, ref))

    def bundle_refs(self) -> list[BundleRef]:
        """Every change file (and sync-service conflict copy of one) in the computers' folders, sorted.
        Temp files, unknown names and folders that are not computer ids are skipped."""
        refs: list[BundleRef] = []
        for child in self._listing(self.root):
            if not names.valid_computer_id(child.name) or not child.is_dir():
                continue
            for path in self._listing(child):
                ref = names.bundle_ref_for(path)
                if ref is not None and path.is_file():
                    refs.append(ref)
        return sorted(refs)

    def read_bundle(self, membership: Membership, ref: BundleRef) -> bytes:
        """The payload, or BundleRejected (nothing returned) when the file is not intact, not in
        its place, or not for this journal; BundleWithOldKey (a BundleRejected) when a removed
        person's computer wrote it after the removal, or it uses an older key than its computer had moved
        to (the key list's `revoked` and `cutoffs`, and the same computer's previous bundle).

        The key list is read and checked with `membership` first (RemovedFromSharedJournal for a
        removed member, KeysFileTampered), so every reader applies the same refusals."""
        self._check_journal(membership)
        expected = names.bundle_ref_for(ref.path)
        if expected is None or (expected.computer_id, expected.seq) != (ref.computer_id, ref.seq):
            raise BundleRejected(ref.path.name, detail="name")
        keys, _ = self._read_verified(membership)
        if keys.revoked_after(ref.computer_id, ref.seq):
            raise BundleWithOldKey(ref.path.name, detail="removed person's computer")  # not even decrypted
        header, payload = self._read_sealed(membership, ref.path, envelope.KIND_BUNDLE, ref.computer_id, ref.seq)
        reason = keys.cutoff_refusal(ref.computer_id, ref.seq, header.epoch)
        if reason is not None:
            raise BundleWithOldKey(ref.path.name, detail=reason)
        previous = self._previous_epoch(ref)
        if previous is not None and header.epoch < previous:
            # A computer never goes back to an older key; checked against the bundle before, which was
            # checked against the one before it, so along the whole sequence.
            raise BundleWithOldKey(ref.path.name, detail=f"epoch {header.epoch} after epoch {previous}")
        return payload

    def write_snapshot(self, membership: Membership, computer_id: str, n: int, payload: bytes) -> None:
        """Write `snapshot-<computer_id>-<n>`. Choose n so that a later snapshot has a higher n
        whichever computer writes it (for example the number of bundles it includes): joining
        takes the highest."""
        self._check_journal(membership)
        if not names.valid_computer_id(computer_id):
            raise ValueError("computer id")
        names.check_number(n, "snapshot number")
        header = envelope.Header(journal_id=self.journal_id, computer_id=computer_id,
                                 epoch=membership.newest_epoch, kind=envelope.KIND_SNAPSHOT, number=n)
        path = self.root / names.snapshot_name(computer_id, n)
        ref = SnapshotRef(n=n, computer_id=computer_id, path=path)
        self._write_once(path, header, membership, payload, lambda: self.read_snapshot(membership, ref))

    def snapshot_refs(self) -> list[SnapshotRef]:
        refs = []
        for path in self._listing(self.root):
            parsed = names.parse_snapshot_name(path.name)
            if parsed is not None and path.is_file():
                refs.append(SnapshotRef(n=parsed[1], computer_id=parsed[0], path=path))
        return sorted(refs)

    def snapshot_candidates(self) -> list[SnapshotRef]:
        """Snapshots to join from, best first: made under the newest epoch first, then the highest n
        (then the highest computer id, so every computer picks the same). Snapshots of a removed
        person's computer are left out (one could carry any number). The epoch comes from each
        file's plain header and the key list is not checked here: this only orders the choice;
        `read_snapshot` checks the file and the key list, so try the next one when it refuses."""
        keys = self._read_keys()
        ranked = []
        for ref in self.snapshot_refs():
            if keys.snapshot_refused(ref.computer_id):
                continue
            epoch = self._header_epoch(ref.path) or 0  # unreadable: last, and refused when read
            ranked.append(((epoch, ref.n, ref.computer_id), ref))
        return [ref for _, ref in sorted(ranked, reverse=True)]

    def latest_snapshot(self) -> SnapshotRef | None:
        """The first of `snapshot_candidates()`: the newest snapshot under the newest epoch."""
        refs = self.snapshot_candidates()
        return refs[0] if refs else None

    def read_snapshot(self, membership: Membership, ref: SnapshotRef) -> bytes:
        """The payload; BundleRejected as for bundles, BundleWithOldKey for a snapshot of
        a removed person's computer."""
        self._check_journal(membership)
        if names.parse_snapshot_name(ref.path.name) != (ref.computer_id, ref.n):
            raise BundleRejected(ref.path.name, detail="name")
        keys, _ = self._read_verified(membership)
        if keys.snapshot_refused(ref.computer_id):
            raise BundleWithOldKey(ref.path.name, detail="revoked computer")
        return self._read_sealed(membership, ref.path, envelope.KIND_SNAPSHOT, ref.computer_id, ref.n)[1]

    # -- inside --------------------------------------------------------------------------
    def _check_journal(self, membership: Membership) -> None:
        if membership.journal_id != self.journal_id:
            raise ValueError("membership of another journal")

    def _listing(self, folder: Path) -> list[Path]:
        try:
            return list(folder.iterdir())
        except FileNotFoundError as exc:
            raise SyncFolderMissing(detail="listing") from exc
        except OSError as exc:
            raise _os_error(exc) from exc

    def _add_slot(
        self, keys: kf.KeysFile, epoch_keys: dict[int, bytes], new: NewMember, added_at: str
    ) -> tuple[str, bytes]:
        """A new member's entry in `keys` (and their seals in every epoch); (member_id, private key)."""
        if not new.passphrase:
            raise ValueError("empty passphrase")
        member_id = secrets.token_hex(8)
        while member_id in keys.members:
            member_id = secrets.token_hex(8)
        private, public = kf.new_key_pair()
        keys.members[member_id] = {
            "public_key": kf.b64(public),
            "added_at": added_at,
            "private_key": kf.wrap_private_key(self.journal_id, member_id, public, keys.genesis_commit(), private,
                                               new.passphrase),
            "profile": kf.seal_profile(self.journal_id, member_id, keys.newest_epoch, epoch_keys[keys.newest_epoch],
                                       new.name, new.person_gid),
        }
        for epoch, entry in keys.epochs.items():
            entry["seals"][member_id] = kf.seal_epoch_key(self.journal_id, epoch, member_id, public, epoch_keys[epoch])
        return member_id, private

    def _read_keys(self) -> kf.KeysFile:
        return self._parse_keys(self._read_keys_bytes())

    def _read_keys_bytes(self) -> bytes:
        path = self.root / names.KEYS_NAME
        try:
            with open(path, "rb") as fh:
                return fh.read(kf.MAX_FILE_BYTES + 1)
        except FileNotFoundError as exc:
            if not self.root.is_dir():
                raise SyncFolderMissing(detail="keys") from exc
            raise NotASharedJournal(detail="no keys file") from exc
        except OSError as exc:
            raise _os_error(exc) from exc

    def _parse_keys(self, raw: bytes) -> kf.KeysFile:
        try:
            keys = kf.KeysFile.from_bytes(raw)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise KeysFileDamaged(detail=type(exc).__name__) from exc
        if keys.journal_id != self.journal_id:
            raise KeysFileTampered(detail="journal id")
        return keys

    def _write_keys(self, keys: kf.KeysFile) -> None:
        atomic_write_bytes(self.root / names.KEYS_NAME, keys.to_bytes(), temp_prefix=names.TEMP_PREFIX)

    def _read_verified(self, membership: Membership) -> tuple[kf.KeysFile, Membership]:
        """The key list as it is now, checked with this membership, and the membership brought up to it."""
        self._check_journal(membership)
        raw = self._read_keys_bytes()
        keys = self._parse_keys(raw)  # parsed afresh every time: callers change it
        checked_with = (raw, membership.member_id, membership.private_key, tuple(sorted(membership.epoch_keys.items())))
        if self._checked is not None and self._checked[0] == checked_with:
            self._membership = self._checked[1]
            return keys, self._checked[1]
        verified = self._verified(keys, membership.member_id, membership.private_key, dict(membership.epoch_keys))
        self._checked = (checked_with, verified)
        return keys, verified

    def _verified(self, keys: kf.KeysFile, member_id: str, private: bytes, known: dict[int, bytes]) -> Membership:
        try:
            epoch_keys = kf.epoch_keys_for(keys, member_id, private, known)
        except kf.Removed as exc:
            raise RemovedFromSharedJournal() from exc
        except kf.Tampered as exc:
            raise KeysFileTampered(detail=str(exc)) from exc
        membership = Membership(member_id=member_id, journal_id=self.journal_id, epoch_keys=epoch_keys,
                                private_key=private)
        self._membership = membership
        return membership

    def _write_once(self, path: Path, header: envelope.Header, membership: Membership, payload: bytes,
                    read_existing: Callable[[], bytes]) -> None:
        # One writer per computer id (the local journal is open in one process at a time), so
        # "exists, then write" has no race; a second writer is what this check reports.
        if path.exists():
            if read_existing() == payload:
                return  # written before (a retry after a crash or a full disk): nothing to do
            raise SyncIdentityClash(detail=path.name)
        data = envelope.seal(header, membership.newest_key, payload)
        atomic_write_bytes(path, data, temp_prefix=names.TEMP_PREFIX)

    def _listed_seqs(self) -> dict[str, int]:
        """Per computer folder: the highest bundle number in it (conflict copies included)."""
        highest: dict[str, int] = {}
        for ref in self.bundle_refs():
            highest[ref.computer_id] = max(highest.get(ref.computer_id, 0), ref.seq)
        return highest

    def _previous_epoch(self, ref: BundleRef) -> int | None:
        """The epoch in the header of the same computer's bundle before `ref` (the original, else a
        sync service's copy of it); None for the first bundle or when it is not in the folder."""
        if ref.seq == 1:
            return None
        previous = ref.path.parent / names.bundle_name(ref.seq - 1)
        if not previous.is_file():
            copies = [r for r in self.bundle_refs() if (r.computer_id, r.seq) == (ref.computer_id, ref.seq - 1)]
            if not copies:
                return None
            previous = copies[0].path
        epoch = self._header_epoch(previous)
        if epoch is None:
            # It was applied before this one could be; unreadable now means changed since: refuse
            # rather than skip the check.
            raise BundleRejected(ref.path.name, detail="the bundle before it cannot be read")
        return epoch

    def _header_epoch(self, path: Path) -> int | None:
        """The epoch a file's plain header names; None when it is not an envelope."""
        try:
            with open(path, "rb") as fh:
                start = fh.read(len(envelope.MAGIC) + envelope.MAX_HEADER)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise _os_error(exc) from exc
        try:
            header, _ = envelope.read_header(start)
        except envelope.EnvelopeError:
            return None
        return header.epoch

    def _read_sealed(self, membership: Membership, path: Path, kind: str, computer_id: str,
                     number: int) -> tuple[envelope.Header, bytes]:
        name = path.name
        try:
            with open(path, "rb") as fh:
                if os.fstat(fh.fileno()).st_size > _MAX_FILE_BYTES:
                    raise BundleRejected(name, detail="size")  # refused before reading it into memory
                data = fh.read(_MAX_FILE_BYTES + 1)
        except FileNotFoundError as exc:
            raise BundleRejected(name, detail="missing") from exc
        except OSError as exc:
            raise _os_error(exc) from exc
        if len(data) > _MAX_FILE_BYTES:
            raise BundleRejected(name, detail="size")
        try:
            header, body_start = envelope.read_header(data)
        except envelope.EnvelopeError as exc:
            raise BundleRejected(name, detail=str(exc)) from exc
        place = (self.journal_id, computer_id, kind, number)
        if (header.journal_id, header.computer_id, header.kind, header.number) != place:
            raise BundleRejected(name, detail="header does not match its place")
        key = membership.epoch_keys.get(header.epoch)
        if key is None:
            if header.epoch > membership.newest_epoch:
                raise BundleFromNewerKey(name, detail=f"epoch {header.epoch}")
            raise BundleRejected(name, detail=f"unknown epoch {header.epoch}")
        try:
            return header, envelope.open_sealed(data, body_start, header, key)
        except envelope.EnvelopeError as exc:
            raise BundleRejected(name, detail=str(exc)) from exc

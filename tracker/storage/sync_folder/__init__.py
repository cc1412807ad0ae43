"""The encrypted shared folder: one journal on two or three computers (issue 18, "H-folder").

Layout inside the sync folder the person picked (Syncthing, Nextcloud, Dropbox, a USB stick)::

    treatment-journey-<journal_id>/            0700
        keys                                   members and sealed epoch keys (keys_file.py)
        snapshot-<computer_id>-<n>             an encrypted full dump to join from
        <computer_id>/<seq>.bundle             append-only encrypted change bundles, 00000001.bundle…

Only ciphertext and these names (computer ids, sequence numbers) reach the folder: member
names are encrypted too. Every file is written atomically (`.tmp-*`, fsync, rename, fsync
the folder), owner-only (0600), and bundles and snapshots are never rewritten.

API (the services layer uses only this)::

    folder, membership = SharedFolder.create(sync_dir, journal_id, NewMember(name, person_gid, passphrase),
                                             clock=clock)
    folder = SharedFolder.open(sync_dir_or_root)       # SyncFolderMissing / NotASharedJournal / KeysFileDamaged
    membership = folder.unlock(passphrase)             # WrongPassphrase; Argon2id once per member slot
    membership = folder.refresh(membership)            # new epochs; RemovedFromSharedJournal / KeysFileTampered
    folder.members(membership=None) -> [MemberInfo]    # names are encrypted: needs a membership (given,
                                                       # or the one this object last unlocked/refreshed)
    folder.add_member(membership, NewMember(...), clock=clock) -> MemberInfo
    membership = folder.remove_member(membership, member_id, computers={computer_id: last_seq_applied},
                                      this_computer=my_computer_id, clock=clock)   # new epoch: keep the returned one
    folder.write_bundle(membership, computer_id, seq, payload)   # idempotent; SyncIdentityClash if different
    folder.bundle_refs() -> [BundleRef]                # sorted (computer_id, seq, conflict copies after)
    folder.read_bundle(membership, ref) -> bytes       # BundleRejected (BundleFromNewerKey: refresh, retry;
                                                       # BundleWithOldKey: written with a replaced key)
    folder.write_snapshot(membership, computer_id, n, payload)
    folder.snapshot_refs() -> [SnapshotRef]            # every snapshot file, sorted by n
    folder.snapshot_candidates() -> [SnapshotRef]      # to join from, best first: newest epoch, then highest n
    folder.latest_snapshot() -> SnapshotRef | None     # the first candidate
    folder.read_snapshot(membership, ref) -> bytes     # BundleRejected / BundleWithOldKey
    Membership.to_secret_json() / Membership.from_secret_json(text)   # keep inside the local journal

Notes for callers:

- Keep the membership (secret JSON) inside the encrypted local journal; call `refresh` at
  unlock and whenever `keys` changes, and store what it returns.
- `BundleRef.is_conflict_copy`: a sync service's renamed copy (Syncthing `.sync-conflict-…`,
  Dropbox/Nextcloud `… (conflicted copy …)`, OneDrive `…-MACHINE`). Skip it when that seq is
  applied already; read it when the original is missing. Reading checks its header against
  the seq and computer folder like any bundle.
- `BundleFromNewerKey` (a `BundleRejected`): the file uses an epoch this membership does
  not hold yet; `refresh` and try again. After a removal the removed person's `refresh`
  raises `RemovedFromSharedJournal` (their `unlock` says wrong passphrase: their slot is gone).
- Membership changes (`add_member`, `remove_member`) rewrite `keys`; make them on one
  computer at a time (the patient's). `remove_member` needs the newest epoch: it refreshes first.
- A removed person keeps the old epoch keys, so files sealed with them still open. Readers
  refuse them by who wrote them (keys_file.py, "Writers"): `remove_member` records the removed
  person's computers with the last bundle the remover applied (`revoked`: nothing later from
  them, and none of their snapshots) and the remover's own computer (`cutoffs`: from its next
  bundle on, only the new epoch). `read_bundle` also refuses a bundle under an older epoch than
  the same computer's previous bundle in the folder (a computer never goes back to an older
  key), so the check lives in the folder API and needs no state on the reading computer. A
  remaining member whose computer has not yet re-read `keys` may still write under the old
  epoch: those bundles are accepted.
- `read_bundle`, `read_snapshot` and `members` check the key list with the membership first
  (cached while `keys` is unchanged): a removed member gets RemovedFromSharedJournal from them.
- Member names are sealed under the newest epoch's key and sealed again at every removal: a
  removed person cannot read the names of people added after them.
- Choose snapshot numbers so later means higher across computers (e.g. bundles included).
  Joining should try `snapshot_candidates()` in order and use the first that reads.
- `clock` (keyword) stamps `added_at` / epoch `created_at`; without one, the system clock.
"""

from __future__ import annotations

from tracker.storage.sync_folder.folder import SharedFolder
from tracker.storage.sync_folder.membership import MemberInfo, Membership, NewMember
from tracker.storage.sync_folder.names import BundleRef, SnapshotRef

__all__ = ["BundleRef", "MemberInfo", "Membership", "NewMember", "SharedFolder", "SnapshotRef"]

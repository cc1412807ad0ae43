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
    membership = folder.remove_member(membership, member_id, clock=clock)   # new epoch: keep the returned one
    folder.write_bundle(membership, computer_id, seq, payload)   # idempotent; SyncIdentityClash if different
    folder.bundle_refs() -> [BundleRef]                # sorted (computer_id, seq, conflict copies after)
    folder.read_bundle(membership, ref) -> bytes       # BundleRejected (BundleFromNewerKey: refresh, retry)
    folder.write_snapshot(membership, computer_id, n, payload)
    folder.snapshot_refs() -> [SnapshotRef]; folder.latest_snapshot() -> SnapshotRef | None  # highest n
    folder.read_snapshot(membership, ref) -> bytes     # BundleRejected
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
- Choose snapshot numbers so later means higher across computers (e.g. bundles included).
- `clock` (keyword) stamps `added_at` / epoch `created_at`; without one, the system clock.
"""

from __future__ import annotations

from tracker.storage.sync_folder.folder import SharedFolder
from tracker.storage.sync_folder.membership import MemberInfo, Membership, NewMember
from tracker.storage.sync_folder.names import BundleRef, SnapshotRef

__all__ = ["BundleRef", "MemberInfo", "Membership", "NewMember", "SharedFolder", "SnapshotRef"]

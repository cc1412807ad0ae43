"""Helpers for the shared-folder tests (tests/storage/test_sync_folder*.py): a shared journal
with two or three members, and raw edits of its key list as an outsider would make them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tracker.domain.clock import FixedClock
from tracker.storage.sync_folder import MemberInfo, Membership, NewMember, SharedFolder

JOURNAL_ID = "0123456789ab"
OTHER_JOURNAL_ID = "ba9876543210"
COMPUTER_A = "aaaaaaaaaaaaaaaa"
COMPUTER_B = "bbbbbbbbbbbbbbbb"
PASS_A, PASS_B, PASS_C = "patient passphrase", "carer passphrase", "sister passphrase"


@dataclass
class Shared:
    sync_dir: Path
    folder: SharedFolder
    owner: Membership
    carer: MemberInfo
    third: MemberInfo | None

    @property
    def keys_path(self) -> Path:
        return self.folder.root / "keys"


def clock() -> FixedClock:
    return FixedClock(datetime(2026, 12, 3, 10, 0, tzinfo=UTC))


def make_shared(sync_dir: Path, *, journal_id: str = JOURNAL_ID, third: bool = False) -> Shared:
    sync_dir.mkdir(parents=True, exist_ok=True)
    folder, owner = SharedFolder.create(sync_dir, journal_id, NewMember("Ann", "gid-ann", PASS_A), clock=clock())
    carer = folder.add_member(owner, NewMember("Bob", "gid-bob", PASS_B), clock=clock())
    extra = folder.add_member(owner, NewMember("Cat", "gid-cat", PASS_C), clock=clock()) if third else None
    return Shared(sync_dir=sync_dir, folder=folder, owner=owner, carer=carer, third=extra)


def load_keys(path: Path) -> dict:
    return json.loads(path.read_bytes())


def save_keys(path: Path, data: dict) -> None:
    path.write_bytes(json.dumps(data, sort_keys=True, separators=(",", ":")).encode("ascii") + b"\n")

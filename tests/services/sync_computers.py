"""Two or three "computers" sharing one journal, with the folder replaced by a dict of payloads.

Each computer is a journal made by the project's create() in its own data folder (the weak
test KDF is installed by tests/conftest.py). The first shares; the others join from its
snapshot. `sync(c)` writes c's pending bundles to the folder and applies what it can.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tracker.domain.clock import Clock
from tracker.services import sync_changes
from tracker.services.journals import create_journal
from tracker.storage import journal as journal_store
from tracker.storage.journal import OpenJournal

PASSPHRASE = "correct horse battery staple"


@dataclass
class Folder:
    bundles: dict[tuple[str, int], bytes] = field(default_factory=dict)

    def write(self, computer_id: str, seq: int, payload: bytes) -> None:
        existing = self.bundles.setdefault((computer_id, seq), payload)
        assert existing == payload, "one number, two different bundles"


@dataclass
class Computer:
    journal: OpenJournal
    cid: str


def first(tmp: Path, name: str = "a") -> Computer:
    created = create_journal(tmp / name, "Shared", PASSPHRASE)
    journal = created.journal
    return Computer(journal, sync_changes.computer_id(journal))


def join(tmp: Path, origin: Computer, folder: Folder, clock: Clock, name: str) -> Computer:
    snapshot = sync_changes.snapshot_payload(origin.journal, clock)
    send(origin, folder, clock)
    journal, _recovery = journal_store.create(tmp / name, "Shared", PASSPHRASE)
    sync_changes.join_from_snapshot(journal, snapshot, clock)
    return Computer(journal, sync_changes.computer_id(journal))


def send(computer: Computer, folder: Folder, clock: Clock) -> int:
    sent = 0
    while (payload := sync_changes.pending_payload(computer.journal, clock)) is not None:
        seq = sync_changes.payload_seq(payload)
        folder.write(computer.cid, seq, payload)
        sync_changes.confirm_written(computer.journal, seq)
        sent += 1
    return sent


def receive(computer: Computer, folder: Folder, clock: Clock, order: list[tuple[str, int]] | None = None) -> int:
    """Apply every bundle in the folder that can be applied (waiting ones retried)."""
    applied = 0
    keys = list(folder.bundles) if order is None else order
    progress = True
    while progress:
        progress = False
        for key in keys:
            result = sync_changes.apply_payload(computer.journal, folder.bundles[key], clock)
            if result.status == sync_changes.APPLIED:
                applied += 1
                progress = True
    return applied


def sync(computer: Computer, folder: Folder, clock: Clock) -> None:
    send(computer, folder, clock)
    receive(computer, folder, clock)

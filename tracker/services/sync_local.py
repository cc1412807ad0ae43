"""This computer's sharing set-up, kept inside the (encrypted) local journal, never in plain files.

- `sync_state` (one row, local-only): the shared journal's folder, this person's membership
  (their private key and epoch keys, as secret JSON), the shared journal's id, this
  computer's id; `sync_applied` gives when each other computer's bundles arrived.
- Journal settings under `sync.` (local-only by storage/sync_records/registry.py: never
  sent): when this computer last synced, which files the last sync refused (so the status
  can still name them), and the gid of this person's row in `people`.
- A shared setting per computer, `sharing.computer.<computer id>` = {"member_id": …}: which
  person's computer it is, so every computer can label the others with a name (names
  themselves stay in the encrypted key list).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select, update

from tracker.domain.errors import JournalNotShared
from tracker.services import settings
from tracker.storage.journal import OpenJournal
from tracker.storage.models.core import Setting
from tracker.storage.models.sync import SyncApplied, SyncState
from tracker.storage.sync_folder import Membership

LAST_SYNC = "sync.last_sync"
REFUSED = "sync.refused"
MY_PERSON = "sync.person_gid"
COMPUTER_PREFIX = "sharing.computer."


@dataclass(frozen=True)
class Local:
    computer_id: str
    folder: Path | None
    membership: Membership | None
    shared_id: str | None

    @property
    def shared(self) -> bool:
        return self.folder is not None and self.membership is not None


@dataclass(frozen=True)
class Sharing:
    """A journal that is shared: where, and with which keys."""

    computer_id: str
    folder: Path
    membership: Membership


def read(journal: OpenJournal) -> Local:
    with journal.connection(read_only=True) as conn:
        row = conn.execute(select(SyncState.computer_id, SyncState.folder, SyncState.membership_json,
                                  SyncState.shared_id).where(SyncState.id == 1)).one()
    membership = Membership.from_secret_json(row.membership_json) if row.membership_json else None
    return Local(row.computer_id, Path(row.folder) if row.folder else None, membership, row.shared_id)


def sharing(journal: OpenJournal) -> Sharing:
    local = read(journal)
    if local.folder is None or local.membership is None:
        raise JournalNotShared()
    return Sharing(local.computer_id, local.folder, local.membership)


def start(journal: OpenJournal, folder: Path, membership: Membership) -> None:
    with journal.connection() as conn:
        conn.execute(update(SyncState).where(SyncState.id == 1).values(
            folder=str(folder), membership_json=membership.to_secret_json(), shared_id=membership.journal_id))


def save_membership(journal: OpenJournal, membership: Membership) -> None:
    with journal.connection() as conn:
        conn.execute(update(SyncState).where(SyncState.id == 1).values(membership_json=membership.to_secret_json()))


def stop(journal: OpenJournal) -> None:
    """Forget the folder and the keys; the shared journal's id, this computer's id and what
    was applied stay (the records keep their gids and stamps)."""
    with journal.connection() as conn:
        conn.execute(update(SyncState).where(SyncState.id == 1).values(folder=None, membership_json=None))
    settings.set(journal, REFUSED, [])


def applied(journal: OpenJournal) -> dict[str, tuple[int, datetime]]:
    """Per computer: the highest bundle applied here and when the newest one arrived."""
    with journal.connection(read_only=True) as conn:
        rows = conn.execute(select(SyncApplied.computer_id, func.max(SyncApplied.seq), func.max(SyncApplied.applied_at))
                            .group_by(SyncApplied.computer_id)).all()
    return {cid: (int(seq), at) for cid, seq, at in rows}


def set_last_sync(journal: OpenJournal, when: datetime, refused: list[str]) -> None:
    import json

    values = {LAST_SYNC: json.dumps(when.isoformat()), REFUSED: json.dumps(sorted(refused))}
    with journal.session() as session:  # one transaction: one fsync per sync
        for key, text in values.items():
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value_json=text))
            elif row.value_json != text:
                row.value_json = text


def last_sync(journal: OpenJournal) -> datetime | None:
    value = settings.get(journal, LAST_SYNC)
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def refused(journal: OpenJournal) -> list[str]:
    value = settings.get(journal, REFUSED, [])
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def name_computer(journal: OpenJournal, computer_id: str, member_id: str) -> None:
    settings.set(journal, COMPUTER_PREFIX + computer_id, {"member_id": member_id})


def computer_members(journal: OpenJournal) -> dict[str, str]:
    """computer id -> member id, as each computer announced itself."""
    import json

    with journal.session() as session:
        rows = session.execute(select(Setting.key, Setting.value_json)
                               .where(Setting.key.startswith(COMPUTER_PREFIX))).all()
    found = {}
    for key, value_json in rows:
        value = json.loads(value_json)
        if isinstance(value, dict) and isinstance(value.get("member_id"), str):
            found[key[len(COMPUTER_PREFIX):]] = value["member_id"]
    return found


def set_my_person(journal: OpenJournal, person_gid: str) -> None:
    settings.set(journal, MY_PERSON, person_gid)


def my_person(journal: OpenJournal) -> str | None:
    value = settings.get(journal, MY_PERSON)
    return value if isinstance(value, str) else None

"""Who may open a shared journal: the values passed in and out of `SharedFolder`."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field

from tracker.storage.sync_folder.names import valid_member_id

SECRET_FORMAT = "treatment-journey-sync-membership"
SECRET_VERSION = 1


@dataclass(frozen=True)
class NewMember:
    """A person to add: their name, the gid of their row in `people`, and the passphrase they typed."""

    name: str
    person_gid: str
    passphrase: str = field(repr=False)


@dataclass(frozen=True)
class MemberInfo:
    member_id: str
    name: str
    person_gid: str
    #: The epochs whose key is sealed to this member (all of them up to now, for a current member).
    epochs: tuple[int, ...]
    #: ISO 8601, UTC, seconds.
    added_at: str


@dataclass(frozen=True)
class Membership:
    """One person's keys to a shared journal: their X25519 private key and every epoch key they hold.

    Secret: kept only inside the person's own (encrypted) local journal via `to_secret_json`.
    """

    member_id: str
    journal_id: str
    epoch_keys: dict[int, bytes] = field(repr=False)
    private_key: bytes = field(repr=False)

    @property
    def newest_epoch(self) -> int:
        return max(self.epoch_keys)

    @property
    def newest_key(self) -> bytes:
        return self.epoch_keys[self.newest_epoch]

    def to_secret_json(self) -> str:
        data = {
            "format": SECRET_FORMAT,
            "version": SECRET_VERSION,
            "member_id": self.member_id,
            "journal_id": self.journal_id,
            "private_key": _b64(self.private_key),
            "epoch_keys": {str(epoch): _b64(key) for epoch, key in sorted(self.epoch_keys.items())},
        }
        return json.dumps(data, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_secret_json(cls, text: str) -> Membership:
        """ValueError when the text is not a membership this version wrote."""
        from tracker.storage import keyslots

        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != SECRET_FORMAT or data.get("version") != SECRET_VERSION:
            raise ValueError("not a membership secret")
        member_id, journal_id = data["member_id"], data["journal_id"]
        if not valid_member_id(member_id) or not keyslots.valid_journal_id(journal_id):
            raise ValueError("membership ids")
        private_key = _unb64(data["private_key"])
        raw_keys = data["epoch_keys"]
        if not isinstance(raw_keys, dict) or not raw_keys:
            raise ValueError("membership epoch keys")
        epoch_keys = {int(epoch): _unb64(key) for epoch, key in raw_keys.items()}
        if len(private_key) != 32 or any(len(k) != 32 or e < 1 for e, k in epoch_keys.items()):
            raise ValueError("membership key sizes")
        return cls(member_id=member_id, journal_id=journal_id, epoch_keys=epoch_keys, private_key=private_key)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)

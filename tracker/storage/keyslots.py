"""The key file (sidecar) that unlocks a journal.

The database is keyed with a random 256-bit data key. That key is stored only wrapped
(AES-256-GCM) by key slots in `journal.keys`: one slot from the passphrase (Argon2id) and
one from the recovery key (HKDF over 160 random bits). Changing the passphrase rewraps
one slot and never touches the database. The file is written atomically, twice
(`journal.keys` and `journal.keys.spare`), so one damaged copy never locks anyone out.

The file also holds the journal's display name and the time it was made (`created`) in
plain text, so the unlock screen can list journals without decrypting anything.

Each copy carries a SHA-256 checksum over its own content (version 2). It is not a secret
and proves nothing against someone who edits the file on purpose; it tells accidental damage
(a flipped bit, a cut-short write) apart from a wrong passphrase, so a damaged copy is
reported as damage, the other copy is used, and the damaged one is mended.
Version-1 files (no checksum) are still read; every save writes version 2.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tracker.domain.errors import KeyFileDamaged, KeyFileMissing, WrongPassphrase, WrongRecoveryKey
from tracker.storage import aead, kdf, recovery_key
from tracker.storage.atomic import atomic_write_text
from tracker.storage.paths import JournalPaths

FORMAT = "treatment-journey-keys"
VERSION = 2
_READABLE_VERSIONS = (1, 2)
#: The slots' authenticated data keeps the version the format had when slots were first sealed.
_AAD_VERSION = 1
DATA_KEY_BYTES = 32
#: What `journal.new_journal_id()` makes: 12 lower-case hex digits. Anything else in a key
#: file or a backup header is refused (it becomes a folder name on restore).
JOURNAL_ID = re.compile(r"[0-9a-f]{12}")


def valid_journal_id(value: object) -> bool:
    return isinstance(value, str) and JOURNAL_ID.fullmatch(value) is not None


def checksum(content: dict[str, object]) -> str:
    """SHA-256 over the canonical JSON of a key file's content (everything but the checksum)."""
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _aad(journal_id: str, slot: str) -> bytes:
    return f"{FORMAT}/{_AAD_VERSION}/{journal_id}/{slot}".encode()


def _recovery_kek(key_text: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"tj recovery slot").derive(
        recovery_key.key_bytes(key_text)
    )


@dataclass
class KeyFile:
    journal_id: str
    display_name: str
    created: str
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)

    # -- building --------------------------------------------------------------------
    @classmethod
    def new(cls, journal_id: str, display_name: str, data_key: bytes, passphrase: str) -> tuple[KeyFile, str]:
        """A key file with both slots; returns it and the recovery key to show once."""
        created = datetime.now(UTC).replace(microsecond=0).isoformat()
        key_file = cls(journal_id=journal_id, display_name=display_name, created=created)
        key_file.set_passphrase(data_key, passphrase)
        rk = recovery_key.new_recovery_key()
        key_file.set_recovery_key(data_key, rk)
        return key_file, rk

    def set_passphrase(self, data_key: bytes, passphrase: str) -> None:
        params = kdf.params_for_new_slot()
        salt = os.urandom(16)
        kek = kdf.derive(kdf.nfc(passphrase), salt, params)
        nonce, sealed = aead.seal(kek, data_key, _aad(self.journal_id, "passphrase"))
        self.slots["passphrase"] = {
            "kdf": "argon2id",
            "params": params.to_json(),
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped_key": _b64(sealed),
        }

    def set_recovery_key(self, data_key: bytes, key_text: str) -> None:
        salt = os.urandom(16)
        kek = _recovery_kek(key_text, salt)
        nonce, sealed = aead.seal(kek, data_key, _aad(self.journal_id, "recovery"))
        self.slots["recovery"] = {
            "kdf": "hkdf-sha256",
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped_key": _b64(sealed),
        }

    # -- opening ---------------------------------------------------------------------
    def unwrap_with_passphrase(self, passphrase: str) -> bytes:
        return self.unwrap_with_passphrase_form(passphrase)[0]

    def unwrap_with_passphrase_form(self, passphrase: str) -> tuple[bytes, bool]:
        """The data key, and True when the slot was made from the passphrase's raw (non-NFC)
        form, as before passphrases were normalised: the caller then rewraps it to NFC."""
        slot = self.slots["passphrase"]
        params = kdf.Argon2Params.from_json(slot["params"])
        salt, nonce, sealed = _unb64(slot["salt"]), _unb64(slot["nonce"]), _unb64(slot["wrapped_key"])
        aad = _aad(self.journal_id, "passphrase")
        normal = kdf.nfc(passphrase)
        key = aead.open_sealed(kdf.derive(normal, salt, params), nonce, sealed, aad)
        if key is not None:
            return key, False
        if normal != passphrase:
            key = aead.open_sealed(kdf.derive(passphrase, salt, params), nonce, sealed, aad)
            if key is not None:
                return key, True
        raise WrongPassphrase()

    def unwrap_with_recovery_key(self, key_text: str) -> bytes:
        if recovery_key.normalise(key_text) is None:
            raise WrongRecoveryKey("A recovery key has 32 letters and digits in 8 groups of 4. Check it and try again.")
        slot = self.slots["recovery"]
        kek = _recovery_kek(key_text, _unb64(slot["salt"]))
        key = aead.open_sealed(kek, _unb64(slot["nonce"]), _unb64(slot["wrapped_key"]), _aad(self.journal_id, "recovery"))
        if key is None:
            raise WrongRecoveryKey()
        return key

    # -- files -----------------------------------------------------------------------
    def to_json(self) -> str:
        content: dict[str, object] = {
            "format": FORMAT,
            "version": VERSION,
            "journal_id": self.journal_id,
            "display_name": self.display_name,
            "created": self.created,
            "slots": self.slots,
        }
        return json.dumps({**content, "checksum": checksum(content)}, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> KeyFile:
        """Parse and check one copy; ValueError (or KeyError/TypeError) when it is damaged."""
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a key file")
        version = data.get("version")
        if type(version) is not int or version not in _READABLE_VERSIONS:
            raise ValueError("key file version")
        if version >= 2:
            stored = data.pop("checksum", None)
            if not isinstance(stored, str) or not hmac.compare_digest(stored, checksum(data)):
                raise ValueError("key file checksum")
        if not valid_journal_id(data["journal_id"]):
            raise ValueError("journal id")
        for name in ("display_name", "created"):
            if not isinstance(data[name], str):
                raise ValueError(name)
        slots = data["slots"]
        for name in ("passphrase", "recovery"):
            slot = slots[name]
            for part in ("salt", "nonce", "wrapped_key"):
                _unb64(slot[part])
        # Bounds before any Argon2 work: a crafted file cannot ask for 2 TiB or 0 passes.
        kdf.Argon2Params.from_json(slots["passphrase"]["params"])
        return cls(
            journal_id=data["journal_id"],
            display_name=data["display_name"],
            created=data["created"],
            slots=slots,
        )

    def save(self, paths: JournalPaths) -> None:
        """Write the key file and its spare, each atomically (the spare second)."""
        text = self.to_json()
        atomic_write_text(paths.keys, text)
        atomic_write_text(paths.spare_keys, text)


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def _try_read(path: Path) -> KeyFile | None:
    try:
        return KeyFile.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        return None


def load(paths: JournalPaths, *, repair: bool = True) -> KeyFile:
    """Read the key file, falling back to the spare (and mending the main copy from it).

    The main copy is always written first, so when both are intact the main one is the
    newer; `bring_in_step` makes the spare match it after a successful unlock.
    """
    from tracker.storage import rekey

    rekey.settle(paths)  # a change of data key killed half-way: finished or undone first
    main = _try_read(paths.keys)
    if main is not None:
        return main
    spare = _try_read(paths.spare_keys)
    if spare is not None:
        if repair:
            _mend(paths.keys, spare)
        return spare
    if not paths.keys.exists() and not paths.spare_keys.exists():
        raise KeyFileMissing()
    raise KeyFileDamaged()


def _mend(path: Path, key_file: KeyFile) -> None:
    from tracker.domain.errors import DiskFull, FolderNotWritable

    try:
        atomic_write_text(path, key_file.to_json())
    except (OSError, DiskFull, FolderNotWritable):
        # A read-only or full folder still opens; the copy is mended at a later unlock.
        return


def bring_in_step(paths: JournalPaths, key_file: KeyFile) -> None:
    """After a successful unlock with `key_file`: make both copies hold exactly it.

    Mends a damaged copy and brings back a spare left on an older passphrase by a crash
    between the two writes of `save`.
    """
    text = key_file.to_json()
    for path in (paths.keys, paths.spare_keys):
        try:
            current = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            current = None
        if current != text:
            _mend(path, key_file)


def peek_display_name(paths: JournalPaths) -> str | None:
    """The journal's name for the unlock list, without repairing or decrypting anything."""
    for path in (paths.keys, paths.spare_keys):
        key_file = _try_read(path)
        if key_file is not None:
            return key_file.display_name
    return None

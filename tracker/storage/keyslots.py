"""The key file (sidecar) that unlocks a journal.

The database is keyed with a random 256-bit data key. That key is stored only wrapped
(AES-256-GCM) by key slots in `journal.keys`: one slot from the passphrase (Argon2id) and
one from the recovery key (HKDF over 160 random bits). Changing the passphrase rewraps
one slot and never touches the database. The file is written atomically, twice
(`journal.keys` and `journal.keys.spare`), so one damaged copy never locks anyone out.

The file also holds the journal's display name in plain text, so the unlock screen can list
journals without decrypting anything.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tracker.domain.errors import KeyFileDamaged, KeyFileMissing, WrongPassphrase, WrongRecoveryKey
from tracker.storage import kdf, recovery_key
from tracker.storage.atomic import atomic_write_text
from tracker.storage.paths import JournalPaths

FORMAT = "treatment-journey-keys"
VERSION = 1
DATA_KEY_BYTES = 32


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _aad(journal_id: str, slot: str) -> bytes:
    return f"{FORMAT}/{VERSION}/{journal_id}/{slot}".encode()


def _seal(kek: bytes, data_key: bytes, aad: bytes) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return nonce, AESGCM(kek).encrypt(nonce, data_key, aad)


def _open(kek: bytes, nonce: bytes, sealed: bytes, aad: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(nonce, sealed, aad)
    except InvalidTag:
        return None


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
        kek = kdf.derive(passphrase, salt, params)
        nonce, sealed = _seal(kek, data_key, _aad(self.journal_id, "passphrase"))
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
        nonce, sealed = _seal(kek, data_key, _aad(self.journal_id, "recovery"))
        self.slots["recovery"] = {
            "kdf": "hkdf-sha256",
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped_key": _b64(sealed),
        }

    # -- opening ---------------------------------------------------------------------
    def unwrap_with_passphrase(self, passphrase: str) -> bytes:
        slot = self.slots["passphrase"]
        params = kdf.Argon2Params.from_json(slot["params"])
        kek = kdf.derive(passphrase, _unb64(slot["salt"]), params)
        key = _open(kek, _unb64(slot["nonce"]), _unb64(slot["wrapped_key"]), _aad(self.journal_id, "passphrase"))
        if key is None:
            raise WrongPassphrase()
        return key

    def unwrap_with_recovery_key(self, key_text: str) -> bytes:
        if recovery_key.normalise(key_text) is None:
            raise WrongRecoveryKey("A recovery key has 32 letters and digits in 8 groups of 4. Check it and try again.")
        slot = self.slots["recovery"]
        kek = _recovery_kek(key_text, _unb64(slot["salt"]))
        key = _open(kek, _unb64(slot["nonce"]), _unb64(slot["wrapped_key"]), _aad(self.journal_id, "recovery"))
        if key is None:
            raise WrongRecoveryKey()
        return key

    # -- files -----------------------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "version": VERSION,
                "journal_id": self.journal_id,
                "display_name": self.display_name,
                "created": self.created,
                "slots": self.slots,
            },
            indent=2,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> KeyFile:
        data = json.loads(text)
        if data.get("format") != FORMAT or int(data.get("version", 0)) != VERSION:
            raise ValueError("not a key file")
        slots = data["slots"]
        for name in ("passphrase", "recovery"):
            slot = slots[name]
            for part in ("salt", "nonce", "wrapped_key"):
                _unb64(slot[part])
        return cls(
            journal_id=str(data["journal_id"]),
            display_name=str(data["display_name"]),
            created=str(data["created"]),
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
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def load(paths: JournalPaths, *, repair: bool = True) -> KeyFile:
    """Read the key file, falling back to the spare (and mending the main copy from it)."""
    main = _try_read(paths.keys)
    if main is not None:
        if repair and not paths.spare_keys.exists():
            try:
                atomic_write_text(paths.spare_keys, main.to_json())
            except Exception:  # noqa: BLE001 - mending the spare is best effort
                pass
        return main
    spare = _try_read(paths.spare_keys)
    if spare is not None:
        if repair:
            try:
                atomic_write_text(paths.keys, spare.to_json())
            except Exception:  # noqa: BLE001 - opening read-only folders must still work
                pass
        return spare
    if not paths.keys.exists() and not paths.spare_keys.exists():
        raise KeyFileMissing()
    raise KeyFileDamaged()


def peek_display_name(paths: JournalPaths) -> str | None:
    """The journal's name for the unlock list, without repairing or decrypting anything."""
    for path in (paths.keys, paths.spare_keys):
        key_file = _try_read(path)
        if key_file is not None:
            return key_file.display_name
    return None

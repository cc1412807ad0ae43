"""'Remember on this computer': the data key in the OS keyring (off by default).

Only secure backends count (Secret Service, macOS Keychain, Windows Credential Locker);
plaintext or 'fail' backends make the option unavailable, with the reason.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from tracker.domain.errors import JournalDamaged, NoSecurePasswordStore, PasswordStoreUnreachable
from tracker.storage import journal as journal_store
from tracker.storage import keyslots
from tracker.storage.journal import OpenJournal
from tracker.storage.paths import journal_paths

SERVICE = "Treatment Journey"
#: Why the option is unavailable (shown after "Not available:"; KnownError messages, so translated).
UNREACHABLE = PasswordStoreUnreachable.message
_INSECURE_BACKENDS = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null", "PlaintextKeyring")


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    reason: str  # fixed English sentence, translated by the UI in context "KnownError"


def status() -> KeyringStatus:
    import keyring
    from keyring.backends import chainer
    from keyring.errors import KeyringError

    try:
        backend = keyring.get_keyring()
        backends = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
        secure = [
            b
            for b in backends
            if not any(tag in f"{type(b).__module__}.{type(b).__name__}" for tag in _INSECURE_BACKENDS)
            and getattr(b, "priority", 0) > 0
        ]
        if not secure:
            return KeyringStatus(False, NoSecurePasswordStore.message)
        return KeyringStatus(True, "")
    except (KeyringError, OSError):  # the store's own errors, or its D-Bus socket gone: "not available"
        return KeyringStatus(False, UNREACHABLE)


#: An empty file in the journal folder saying "the key is in this computer's keyring". It holds
#: no secret; it lets the unlock window skip loading the keyring stack (and its memory) for the
#: usual journal that is not remembered. It is not part of backups, on purpose.
MARKER = "remembered-on-this-computer"


def _marker(data_dir: Path | str, journal_id: str) -> Path:
    return journal_paths(Path(data_dir), journal_id).folder / MARKER


def remember(journal: OpenJournal) -> None:
    import keyring

    keyring.set_password(SERVICE, journal.journal_id, base64.b64encode(journal.data_key).decode("ascii"))
    journal.paths.folder.joinpath(MARKER).touch(mode=0o600)


def forget(journal_id: str, data_dir: Path | str | None = None) -> None:
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, journal_id)
    except PasswordDeleteError:
        pass
    if data_dir is not None:
        _marker(data_dir, journal_id).unlink(missing_ok=True)


def is_remembered(journal_id: str) -> bool:
    """Whether the keyring holds this journal's key. A store that can't be reached is said
    (PasswordStoreUnreachable), never taken for "not remembered": callers act on the answer."""
    if not status().available:
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, journal_id) is not None
    except (KeyringError, OSError) as exc:
        raise PasswordStoreUnreachable() from exc


def unlock_from_keyring(data_dir: Path | str, journal_id: str) -> OpenJournal | None:
    """Open without a passphrase if this computer remembers the key; None otherwise."""
    if not _marker(data_dir, journal_id).exists():
        return None  # not remembered: don't even load the keyring
    if not status().available:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        stored = keyring.get_password(SERVICE, journal_id)
    except (KeyringError, OSError):
        return None  # a locked or unreachable store: the passphrase opens the journal as usual
    if not stored:
        _marker(data_dir, journal_id).unlink(missing_ok=True)
        return None
    paths = journal_paths(Path(data_dir), journal_id)
    key_file = keyslots.load(paths)
    try:
        journal = journal_store.open_with_key(paths, key_file, base64.b64decode(stored))
        keyslots.bring_in_step(paths, key_file)
        return journal
    except JournalDamaged:
        # A stale entry (e.g. the journal was restored from elsewhere) must not be
        # reported as damage: forget it and let the passphrase path decide.
        forget(journal_id, data_dir)
        return None

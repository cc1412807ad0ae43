"""Journal use cases: create, list, unlock, change passphrase, recovery key, keyring."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.domain.errors import (
    DiskFull,
    FolderNotWritable,
    JournalNotFound,
    KeyFileMissing,
    KnownError,
    OldCopiesNotRelocked,
    ValidationError,
)
from tracker.storage import keyslots, registry
from tracker.storage.paths import journal_paths

if TYPE_CHECKING:
    from tracker.storage.journal import OpenJournal

# The journal store and the shared validation are imported where they are used: listing the
# journals for the unlock window must stay light (cold start, issue 17).

MIN_PASSPHRASE_LENGTH = 8


@dataclass(frozen=True)
class JournalInfo:
    journal_id: str
    display_name: str | None
    key_file_ok: bool


@dataclass(frozen=True)
class CreatedJournal:
    journal: OpenJournal
    recovery_key: str


def list_journals(data_dir: Path) -> list[JournalInfo]:
    return [JournalInfo(e.journal_id, e.display_name, e.key_file_ok) for e in registry.list_journals(data_dir)]


def validate_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            f"Use at least {MIN_PASSPHRASE_LENGTH} characters. A short sentence you will remember works well.",
            field="passphrase",
        )
    if repeated is not None and repeated != passphrase:
        raise ValidationError("The two passphrases are not the same.", field="repeat")


def create_journal(data_dir: Path, display_name: str, passphrase: str, *,
                   started_on: date | None = None) -> CreatedJournal:
    """A new journal. `started_on`: the person's today, so doses from before it are never overdue."""
    from tracker.domain.validation import check_name
    from tracker.services import people, start_day
    from tracker.storage import journal as journal_store

    # Checked before anything is created: a name that cannot be stored used to fail after the
    # journal existed, so its recovery key was never shown.
    name = check_name(display_name, "name", empty="Please give a name or nickname for this journal.")
    validate_new_passphrase(passphrase)
    journal, recovery = journal_store.create(Path(data_dir), name, passphrase)
    people.ensure_patient(journal, name)
    if started_on is not None:
        start_day.set_started_on(journal, started_on)
    return CreatedJournal(journal, recovery)


def _key_file(data_dir: Path, journal_id: str) -> keyslots.KeyFile:
    paths = journal_paths(Path(data_dir), journal_id)
    if not paths.folder.is_dir():
        raise JournalNotFound()
    return keyslots.load(paths)


def unlock(data_dir: Path, journal_id: str, passphrase: str) -> OpenJournal:
    """Passphrase → data key → open database. A wrong passphrase writes nothing.

    After a successful open both key-file copies are brought in step, and a passphrase
    slot made before passphrases were NFC-normalised is rewrapped to the normalised form.
    """
    from tracker.storage import journal as journal_store

    paths = journal_paths(Path(data_dir), journal_id)
    key_file = _key_file(data_dir, journal_id)
    data_key, raw_form = key_file.unwrap_with_passphrase_form(passphrase)
    journal = journal_store.open_with_key(paths, key_file, data_key)
    if raw_form:
        key_file.set_passphrase(data_key, passphrase)
        key_file.save(paths)
    else:
        keyslots.bring_in_step(paths, key_file)
    return journal


def unlock_with_recovery_key(data_dir: Path, journal_id: str, recovery_key: str) -> OpenJournal:
    from tracker.storage import journal as journal_store

    paths = journal_paths(Path(data_dir), journal_id)
    key_file = _key_file(data_dir, journal_id)
    data_key = key_file.unwrap_with_recovery_key(recovery_key)
    journal = journal_store.open_with_key(paths, key_file, data_key)
    keyslots.bring_in_step(paths, key_file)
    return journal


def change_passphrase(journal: OpenJournal, new_passphrase: str) -> None:
    """Rewrap the passphrase slot. The database is not touched; the recovery key still works.

    The caller proves knowledge of the old passphrase (or recovery key) by having the
    journal open; the UI also asks for the current passphrase before calling this.
    """
    validate_new_passphrase(new_passphrase)
    key_file = keyslots.load(journal.paths)
    key_file.set_passphrase(journal.data_key, new_passphrase)
    key_file.save(journal.paths)


def verify_passphrase(journal: OpenJournal, passphrase: str) -> None:
    """Raise WrongPassphrase unless `passphrase` opens this journal's key file."""
    keyslots.load(journal.paths).unwrap_with_passphrase(passphrase)


def new_recovery_key(journal: OpenJournal) -> str:
    """Replace the recovery key (the old one stops working); returns the new one to show once."""
    from tracker.storage.recovery_key import new_recovery_key as make

    key_file = keyslots.load(journal.paths)
    key = make()
    key_file.set_recovery_key(journal.data_key, key)
    key_file.save(journal.paths)
    return key


def rename_journal(journal: OpenJournal, display_name: str) -> None:
    # The same check as a new journal's name: Settings is one more way in.
    from tracker.domain.validation import check_name

    name = check_name(display_name, "name", empty="Please give a name or nickname for this journal.")
    key_file = keyslots.load(journal.paths)
    key_file.display_name = name
    key_file.save(journal.paths)
    journal.display_name = name


def key_file_created(journal: OpenJournal) -> datetime:
    try:
        return datetime.fromisoformat(keyslots.load(journal.paths).created)
    except (KeyFileMissing, ValueError):
        return datetime.now(UTC)


@dataclass(frozen=True)
class NewKeysResult:
    """What "Someone may know my passphrase or recovery key" did, for an honest summary."""

    recovery_key: str  # the new one, to show once
    reencrypted: int  # backups and replaced-* folders now under the new key
    deleted: int  # removed with consent
    left: int  # could not be re-encrypted (made under an even older key)
    keyring_updated: bool  # this computer remembered the journal: it now holds the new key
    #: Set when the older copies could not all be handled (the journal itself has its new keys).
    copies_problem: KnownError | None = None


def start_over_with_new_keys(
    journal: OpenJournal,
    new_passphrase: str,
    *,
    delete_old_copies: bool,
    progress: Callable[..., None] | None = None,
    step: Callable[[str], None] | None = None,
) -> NewKeysResult:
    """Give the journal a new data key, new passphrase and new recovery key.

    The old passphrase, the old recovery key and every old copy of the key file then open
    nothing current: the database is copied under the new key (crash-safe, see
    storage/rekey.py), then the backups and `replaced-*` folders in the journal's folder are
    re-encrypted under it or, if the person chose so, deleted. Copies kept elsewhere (a
    backup saved to a USB stick) are out of reach and still open with the old secrets.
    The caller proves knowledge of the current passphrase first (verify_passphrase).
    """
    from tracker.services import backup, keyring_store
    from tracker.storage import rekey
    from tracker.storage.recovery_key import new_recovery_key as make

    validate_new_passphrase(new_passphrase)
    old_key = journal.data_key
    new_key = keyslots.new_data_key()
    key_file = keyslots.KeyFile.new(journal.journal_id, journal.display_name, new_key, new_passphrase)[0]
    recovery = make()
    key_file.set_recovery_key(new_key, recovery)
    keys_json = key_file.to_json()
    # Asked before anything changes: a password store that can't be reached stops here, not
    # after the new recovery key exists (which must always reach the person's screen).
    remembered = keyring_store.is_remembered(journal.journal_id)
    rekey.rekey_journal(journal, new_key, keys_json, step=step)
    if remembered:
        keyring_store.remember(journal)  # the old key there would open nothing; keep it working
    # Needs only the folder and the two keys, so it finishes even if the journal is locked meanwhile.
    try:
        old = backup.handle_old_copies(journal.paths, old_key, new_key, keys_json, delete=delete_old_copies,
                                       progress=progress)
    except (OSError, DiskFull, FolderNotWritable) as exc:
        # The journal is under its new keys already: the new recovery key must still reach the
        # screen, with what was not done said plainly (never silently).
        return NewKeysResult(recovery, 0, 0, 0, remembered,
                             copies_problem=OldCopiesNotRelocked(detail=type(exc).__name__))
    return NewKeysResult(recovery, old.reencrypted, old.deleted, old.left, remembered)

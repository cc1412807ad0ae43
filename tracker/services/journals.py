"""Journal use cases: create, list, unlock, change passphrase, recovery key, keyring."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tracker.domain.errors import JournalNotFound, KeyFileMissing, ValidationError
from tracker.storage import journal as journal_store
from tracker.storage import keyslots, registry
from tracker.storage.journal import OpenJournal
from tracker.storage.paths import journal_paths

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


def create_journal(data_dir: Path, display_name: str, passphrase: str) -> CreatedJournal:
    from tracker.services import people

    name = display_name.strip()
    if not name:
        raise ValidationError("Please give a name or nickname for this journal.", field="name")
    if len(name) > 200:
        raise ValidationError("That name is too long (200 characters at most).", field="name")
    validate_new_passphrase(passphrase)
    journal, recovery = journal_store.create(Path(data_dir), name, passphrase)
    people.ensure_patient(journal, name)
    return CreatedJournal(journal, recovery)


def _key_file(data_dir: Path, journal_id: str) -> keyslots.KeyFile:
    paths = journal_paths(Path(data_dir), journal_id)
    if not paths.folder.is_dir():
        raise JournalNotFound()
    return keyslots.load(paths)


def unlock(data_dir: Path, journal_id: str, passphrase: str) -> OpenJournal:
    """Passphrase → data key → open database. A wrong passphrase writes nothing."""
    key_file = _key_file(data_dir, journal_id)
    data_key = key_file.unwrap_with_passphrase(passphrase)
    return journal_store.open_with_key(journal_paths(Path(data_dir), journal_id), key_file, data_key)


def unlock_with_recovery_key(data_dir: Path, journal_id: str, recovery_key: str) -> OpenJournal:
    key_file = _key_file(data_dir, journal_id)
    data_key = key_file.unwrap_with_recovery_key(recovery_key)
    return journal_store.open_with_key(journal_paths(Path(data_dir), journal_id), key_file, data_key)


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
    name = display_name.strip()
    if not name:
        raise ValidationError("Please give a name or nickname for this journal.", field="name")
    key_file = keyslots.load(journal.paths)
    key_file.display_name = name
    key_file.save(journal.paths)
    journal.display_name = name


def key_file_created(journal: OpenJournal) -> datetime:
    try:
        return datetime.fromisoformat(keyslots.load(journal.paths).created)
    except (KeyFileMissing, ValueError):
        return datetime.now(UTC)

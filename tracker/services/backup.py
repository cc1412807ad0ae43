"""Encrypted backups: back up now, list, verify, restore, and daily automatic backups.

A backup is one file (see `tracker/storage/backup_file.py`): a consistent copy of the
database taken through SQLite's online backup API (still SQLCipher-encrypted with the data
key) plus the key slots, so only the passphrase or the recovery key opens it, and an HMAC
tag so a cut-short or altered file is refused before anything is replaced.

Restoring verifies everything first (unwrap the key, check the tag, open the copy, run
`PRAGMA integrity_check`), keeps the current journal aside in `replaced-<time>/` inside the
journal's folder, then swaps the files in an order where every intermediate state still
opens. The journal must be closed while it is restored.
"""

from __future__ import annotations

import hmac
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from tracker.domain.clock import Clock
from tracker.domain.errors import BackupRejected, DiskFull, JournalDamaged, KnownError, WrongPassphrase
from tracker.storage import backup_file, keyslots
from tracker.storage.atomic import fsync_dir
from tracker.storage.engine import connect, dbapi
from tracker.storage.journal import OpenJournal
from tracker.storage.paths import JournalPaths, ensure_private_dir, journal_paths, journals_root, private_umask

# Errors callers catch, re-exported from here: BackupRejected, WrongPassphrase, DiskFull.
__all__ = ["BackupInfo", "BackupRejected", "DiskFull", "JournalExists", "WrongPassphrase"]

#: Journal setting: automatic daily backups on unlock (on unless turned off).
AUTO_SETTING = "backups.automatic"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
MANUAL, AUTO, UPGRADE = "manual", "auto", "upgrade"
#: File-name prefixes: automatic daily backups, and those taken before a schema upgrade
#: (`backup_file.write_journal_backup` to `pre-upgrade-<revision>-<time>.tjbackup`).
AUTO_PREFIX, UPGRADE_PREFIX = "auto-", "pre-upgrade-"

#: progress(done, total, label) — the shape BackgroundOp's Progress has.
Progress = Callable[..., None]


class JournalExists(KnownError):
    message = (
        "A journal from this backup is already in this folder. Open it and use Restore in "
        "Settings, Backups to replace it. Nothing was changed."
    )
    exit_code = 2


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    journal_id: str
    display_name: str
    created: datetime  # aware, UTC
    size: int
    kind: str  # MANUAL, AUTO or UPGRADE
    schema_revision: str | None


def _info(path: Path, header: backup_file.BackupHeader) -> BackupInfo:
    try:
        created = datetime.fromisoformat(header.created)
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)
    except ValueError:
        created = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    if path.name.startswith(AUTO_PREFIX):
        kind = AUTO
    elif path.name.startswith(UPGRADE_PREFIX):
        kind = UPGRADE
    else:
        kind = MANUAL
    return BackupInfo(
        path=path,
        journal_id=header.journal_id,
        display_name=header.display_name,
        created=created.astimezone(UTC),
        size=header.total_size,
        kind=kind,
        schema_revision=header.schema_revision,
    )


def _phase(progress: Progress | None, start: int, span: int) -> Callable[[int, int], None] | None:
    """Map one step's (done, total) onto an overall 0–100 scale."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress(start + (span * done // total if total else span), 100, "")

    return report


# -- making backups ------------------------------------------------------------------


def _destination(journal: OpenJournal, dest_path: Path | None, kind: str, created: datetime) -> Path:
    stamp = created.strftime("%Y%m%dT%H%M%SZ")  # a file name, not shown to people
    name = f"{'auto' if kind == AUTO else 'backup'}-{stamp}{backup_file.SUFFIX}"
    if dest_path is None:
        folder = ensure_private_dir(journal.paths.backups)
        target = folder / name
    else:
        dest_path = Path(dest_path)
        if dest_path.is_dir():
            target = dest_path / name
        else:
            target = dest_path if dest_path.suffix == backup_file.SUFFIX else dest_path.with_name(dest_path.name + backup_file.SUFFIX)
        if not target.parent.is_dir():
            raise BackupRejected("The folder for the backup does not exist. Choose another place.", detail="no folder")
        return target
    counter = 2
    while target.exists():
        target = folder / f"{Path(name).stem}-{counter}{backup_file.SUFFIX}"
        counter += 1
    return target


def backup_now(
    journal: OpenJournal,
    dest_path: Path | None = None,
    *,
    progress: Progress | None = None,
    clock: Clock | None = None,
    kind: str = MANUAL,
) -> BackupInfo:
    """Write one encrypted backup file (default: the journal's backups folder)."""
    private_umask()
    now = clock.now() if clock is not None else datetime.now(UTC)
    created = now.astimezone(UTC).replace(microsecond=0)
    target = _destination(journal, dest_path, kind, created)
    backup_file.remove_stale_partials(target.parent)
    if target.parent != journal.paths.backups:
        backup_file.remove_stale_partials(journal.paths.backups)  # where the snapshots are made
    backup_file.write_journal_backup(
        journal.paths,
        journal.data_key,
        target,
        display_name=journal.display_name,
        created=created.isoformat(),
        progress=None if progress is None else lambda done, total: progress(done, total, ""),
    )
    return _info(target, backup_file.read_header(target))


# -- listing -------------------------------------------------------------------------


def list_backups(data_dir: Path, journal_id: str) -> list[BackupInfo]:
    """This journal's backups in its backups folder, newest first (unreadable files skipped)."""
    folder = journal_paths(Path(data_dir), journal_id).backups
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*" + backup_file.SUFFIX):
        try:
            found.append(_info(path, backup_file.read_header(path)))
        except (BackupRejected, OSError):
            continue
    found.sort(key=lambda info: (info.created, info.path.name), reverse=True)
    return found


def newest_backup(data_dir: Path, journal_id: str) -> BackupInfo | None:
    backups = list_backups(data_dir, journal_id)
    return backups[0] if backups else None


# -- verifying and restoring -----------------------------------------------------------


def _unwrap(header: backup_file.BackupHeader, secret: str, use_recovery_key: bool) -> tuple[keyslots.KeyFile, bytes]:
    try:
        key_file = keyslots.KeyFile.from_json(header.keys_json)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BackupRejected(detail="key file") from exc
    if key_file.journal_id != header.journal_id:
        raise BackupRejected(detail="journal id")
    if use_recovery_key:
        return key_file, key_file.unwrap_with_recovery_key(secret)
    return key_file, key_file.unwrap_with_passphrase(secret)


def _verify_into(
    folder: Path, backup_path: Path, secret: str, use_recovery_key: bool, progress: Progress | None
) -> tuple[backup_file.BackupHeader, bytes]:
    """Unwrap, check the tag, extract and integrity-check into `folder` (db + key files)."""
    from tracker.storage import schema

    header = backup_file.read_header(Path(backup_path))
    key_file, data_key = _unwrap(header, secret, use_recovery_key)
    staged = JournalPaths(folder)
    backup_file.extract_database(Path(backup_path), data_key, staged.db, progress=_phase(progress, 0, 80))
    db = dbapi()
    try:
        conn = connect(staged.db, data_key)
    except JournalDamaged as exc:
        raise BackupRejected(detail="open copy") from exc
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            raise BackupRejected(detail="integrity_check")
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except db.Error:
            row = None
    except db.DatabaseError as exc:
        raise BackupRejected(detail="integrity_check error") from exc
    finally:
        conn.close()
    if row is not None and str(row[0]) not in schema.known_revisions():
        raise BackupRejected(
            "This backup was made by a newer version of Treatment Journey. Update the app to restore it. "
            "Your current journal was not changed.",
            detail="schema too new",
        )
    # The same rules as the forms and the importer (an older schema's rows too): a restore
    # must not bring back what the app cannot show or export.
    from tracker.services.record_checks import problem_in_database

    problem = problem_in_database(staged.db, data_key)
    if problem is not None:
        raise BackupRejected(
            "This backup holds records the app cannot accept, so it was not restored. "
            "Your current journal was not changed.",
            detail=problem,
        )
    key_file.save(staged)
    if progress is not None:
        progress(90, 100, "")
    return header, data_key


def verify_backup(path: Path, secret: str, *, use_recovery_key: bool = False, progress: Progress | None = None) -> BackupInfo:
    """Check a backup completely (key, tag, database integrity) without changing anything."""
    with tempfile.TemporaryDirectory(prefix="tj-verify-") as tmp:
        header, _ = _verify_into(Path(tmp), Path(path), secret, use_recovery_key, progress)
    return _info(Path(path), header)


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def restore_backup(
    data_dir: Path,
    journal_id: str,
    backup_path: Path,
    secret: str,
    *,
    use_recovery_key: bool = False,
    progress: Progress | None = None,
    current_data_key: bytes | None = None,
) -> Path | None:
    """Replace a (closed) journal with a backup of it; returns the folder the old files were kept in.

    Nothing is touched until the backup has passed every check; then `backup_file.swap_in`
    keeps the current files aside and renames the checked ones into place.

    `current_data_key`: when the caller had the journal open, its data key. If the backup
    holds the same key and the current key file is readable, that key file is kept, so the
    passphrase and recovery key stay as they are now (not as they were when the backup was
    made). Otherwise the backup's key file comes back with it.
    """
    private_umask()
    paths = _inside_data_folder(data_dir, journal_id)
    header = backup_file.read_header(Path(backup_path))
    if header.journal_id != journal_id:
        raise BackupRejected(
            "This backup is of a different journal. Restore it as a new journal instead. "
            "Your current journal was not changed.",
            detail="other journal",
        )
    if not paths.folder.is_dir():
        restore_as_new_journal(data_dir, backup_path, secret, use_recovery_key=use_recovery_key, progress=progress)
        return None
    from tracker.storage import journal_lock, rekey

    rekey.settle(paths)  # a killed rekey is finished (or undone) before anything else
    stamp = _stamp()
    # One writer: refused (JournalInUse, exit 5) while the app or a command has it open, so
    # no save can go to the file that is about to be moved aside.
    with journal_lock.held(paths.folder):
        staging = ensure_private_dir(paths.folder / f".restore-{stamp}")
        try:
            _header, data_key = _verify_into(staging, Path(backup_path), secret, use_recovery_key, progress)
            keep_keys = (current_data_key is not None and hmac.compare_digest(current_data_key, data_key)
                         and _readable(paths))
            aside = paths.folder / f"replaced-{stamp}"
            backup_file.swap_in(paths, JournalPaths(staging), aside, replace_keys=not keep_keys)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return aside


def _inside_data_folder(data_dir: Path, journal_id: str) -> JournalPaths:
    """The journal's paths, refusing any id that would lead outside `<data_dir>/journals/`.

    read_header already refuses such ids; this is the last check before files move.
    """
    if not keyslots.valid_journal_id(journal_id):
        raise BackupRejected(detail="journal id")
    paths = journal_paths(Path(data_dir), journal_id)
    root = journals_root(Path(data_dir)).resolve()
    if paths.folder.resolve().parent != root:
        raise BackupRejected(detail="journal folder outside the data folder")
    return paths


def _readable(paths: JournalPaths) -> bool:
    try:
        keyslots.load(paths, repair=False)
    except KnownError:
        return False
    return True


def restore_as_new_journal(
    data_dir: Path,
    backup_path: Path,
    secret: str,
    *,
    use_recovery_key: bool = False,
    progress: Progress | None = None,
) -> str:
    """Restore into a data folder that does not hold this journal yet; returns its id."""
    private_umask()
    header = backup_file.read_header(Path(backup_path))
    root = ensure_private_dir(journals_root(Path(data_dir)))
    final = _inside_data_folder(data_dir, header.journal_id)
    if final.folder.exists():
        raise JournalExists()
    staging = ensure_private_dir(root / f".restoring-{header.journal_id}-{_stamp()}")
    try:
        _verify_into(staging, Path(backup_path), secret, use_recovery_key, progress)
        os.replace(staging, final.folder)
        fsync_dir(root)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return header.journal_id


# -- automatic backups -----------------------------------------------------------------


def automatic_backups_enabled(journal: OpenJournal) -> bool:
    from tracker.services import settings

    return bool(settings.get(journal, AUTO_SETTING, True))


def set_automatic_backups(journal: OpenJournal, enabled: bool) -> None:
    from tracker.services import settings

    settings.set(journal, AUTO_SETTING, bool(enabled))


def _data_dir(journal: OpenJournal) -> Path:
    return journal.paths.folder.parent.parent  # <data_dir>/journals/<id>


def _local_day(info: BackupInfo, clock: Clock) -> date:
    return info.created.astimezone(clock.zone).date()


def auto_backup_if_due(journal: OpenJournal, clock: Clock, *, progress: Progress | None = None) -> BackupInfo | None:
    """Take today's automatic backup if there is none yet (and they are on), then prune."""
    if not automatic_backups_enabled(journal):
        return None
    today = clock.today()
    autos = [b for b in list_backups(_data_dir(journal), journal.journal_id) if b.kind == AUTO]
    if any(_local_day(b, clock) == today for b in autos):
        return None
    info = backup_now(journal, progress=progress, clock=clock, kind=AUTO)
    prune_auto_backups(journal, clock)
    return info


def prune_auto_backups(journal: OpenJournal, clock: Clock) -> list[Path]:
    """Keep the newest automatic backup of each of the last 7 days and of the last 4 weeks.

    Backups made with "Back up now" are never deleted automatically.
    """
    autos = [b for b in list_backups(_data_dir(journal), journal.journal_id) if b.kind == AUTO]
    keep: set[Path] = set()
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    for info in autos:  # newest first
        day = _local_day(info, clock)
        if day not in days and len(days) < KEEP_DAILY:
            days.append(day)
            keep.add(info.path)
        iso = day.isocalendar()
        week = (iso[0], iso[1])
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.append(week)
            keep.add(info.path)
    removed = []
    for info in autos:
        if info.path not in keep:
            try:
                info.path.unlink()
                removed.append(info.path)
            except OSError:
                continue
    return removed


# -- after a new data key ("someone may know my passphrase or recovery key") --------------


@dataclass(frozen=True)
class OldCopies:
    """What happened to the copies that the old secrets still opened."""

    reencrypted: int  # backups and replaced-* folders now under the new key and key file
    deleted: int  # removed with the person's consent
    left: int  # could not be re-encrypted (not under the old key): still open with older secrets


def _replaced_folders(paths: JournalPaths) -> list[Path]:
    return sorted(p for p in paths.folder.iterdir() if p.is_dir() and p.name.startswith("replaced-"))


def _backup_files(paths: JournalPaths) -> list[Path]:
    if not paths.backups.is_dir():
        return []
    return sorted(paths.backups.glob("*" + backup_file.SUFFIX))


def count_old_copies(journal: OpenJournal) -> int:
    """Backups in the journal's backups folder plus `replaced-*` folders (what a rekey handles)."""
    return len(_backup_files(journal.paths)) + len(_replaced_folders(journal.paths))


def reencrypt_backup(path: Path, old_key: bytes, new_key: bytes, new_keys_json: str) -> None:
    """Rewrite one backup under the new data key with the new key file; same name, same date.

    The tag is checked with the old key first (BackupRejected if it is not under it). The
    new file replaces the old one atomically, so a kill leaves one or the other.
    """
    from tracker.storage.rekey import export_under_new_key

    header = backup_file.read_header(path)
    folder = path.parent
    stamp = _stamp()
    old_copy, new_copy = folder / f".rekey-old-{stamp}.db", folder / f".rekey-new-{stamp}.db"
    try:
        backup_file.extract_database(path, old_key, old_copy)
        export_under_new_key(old_copy, old_key, new_copy, new_key)
        header_bytes = backup_file.header_bytes(
            journal_id=header.journal_id, display_name=header.display_name, created=header.created,
            schema_revision=header.schema_revision, db_size=new_copy.stat().st_size, keys_json=new_keys_json,
        )
        backup_file.write_backup(path, header=header_bytes, db_path=new_copy, data_key=new_key,
                                 journal_id=header.journal_id)
    finally:
        for copy in (old_copy, new_copy):
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(copy) + suffix).unlink(missing_ok=True)


def _reencrypt_replaced(folder: Path, old_key: bytes, new_key: bytes, new_keys_json: str) -> None:
    """A `replaced-*` folder: its database (log applied) under the new key, the new key file.

    The same crash-safe steps as the live journal's rekey (storage/rekey.py: staged copy, commit
    marker, switch), so a kill half-way leaves a copy that the old or the new key file opens,
    never a database under one key beside a key file for the other; the next read of the
    folder's key file (or the next rekey) finishes or undoes it."""
    from tracker.storage import journal_lock
    from tracker.storage.atomic import atomic_write_text
    from tracker.storage.rekey import rekey_files

    kept = JournalPaths(folder)
    with journal_lock.held(folder):
        if kept.db.exists():
            rekey_files(kept, old_key, new_key, new_keys_json)
            return
        atomic_write_text(kept.keys, new_keys_json)
        atomic_write_text(kept.spare_keys, new_keys_json)
        fsync_dir(folder)


def handle_old_copies(
    paths: JournalPaths,
    old_key: bytes,
    new_key: bytes,
    new_keys_json: str,
    *,
    delete: bool,
    progress: Progress | None = None,
) -> OldCopies:
    """After a rekey: re-encrypt (or, with consent, delete) every copy the old secrets open
    in this journal's folder. Copies saved elsewhere (a USB stick, another folder) cannot be
    reached: the caller says so."""
    backups, folders = _backup_files(paths), _replaced_folders(paths)
    total = len(backups) + len(folders)
    done = reencrypted = deleted = left = 0
    # Half-written leftovers (hidden snapshots, temp files, restore staging) are old-key copies too.
    backup_file.remove_stale_partials(paths.backups, older_than_seconds=0)
    for stale in paths.folder.glob(".restore-*"):
        shutil.rmtree(stale, ignore_errors=True)
    for path in backups:
        if delete:
            path.unlink(missing_ok=True)
            deleted += 1
        else:
            try:
                reencrypt_backup(path, old_key, new_key, new_keys_json)
                reencrypted += 1
            except BackupRejected:
                left += 1  # made under an older key (an earlier change): only deleting helps
        done += 1
        if progress is not None:
            progress(done, total, "")
    for folder in folders:
        if delete:
            shutil.rmtree(folder)
            deleted += 1
        else:
            try:
                _reencrypt_replaced(folder, old_key, new_key, new_keys_json)
                reencrypted += 1
            except (JournalDamaged, BackupRejected):
                left += 1
        done += 1
        if progress is not None:
            progress(done, total, "")
    return OldCopies(reencrypted=reencrypted, deleted=deleted, left=left)

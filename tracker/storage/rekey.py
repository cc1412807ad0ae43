"""Giving a journal a new data key, crash-safe (issue 13: "someone may know my passphrase").

Changing the passphrase only rewraps the same data key, so any older copy of the key file
(a backup, a `replaced-*` folder) still opens it with the old secret. A new data key ends
that: the database is copied under the new key and the old key opens nothing current.

SQLCipher's `PRAGMA rekey` rewrites the file in place, where a kill half-way leaves pages
under two keys. Instead, in the journal's folder:

1. `sqlcipher_export` copies the database (write-ahead log checkpointed first) into
   `journal.db.rekey`, keyed with the new key; it is checked and fsynced;
2. the new key file (new passphrase and recovery slots) is written to `journal.keys.rekey`;
3. `rekey.commit` is written atomically. This is the commit point;
4. the new database is renamed over `journal.db`, the new key file written as
   `journal.keys` and `journal.keys.spare`, then the staged key file and the marker go.

`settle()` runs before every key-file read (keyslots.load): with the marker present it
finishes step 4 (each part is idempotent); without it, it deletes the staged files (the
old journal was never touched). So a kill at any moment leaves a journal that the old key
file opens (before the marker) or the new one opens (after it), never neither.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.domain.errors import JournalDamaged
from tracker.storage import journal_lock
from tracker.storage.atomic import atomic_write_text, fsync_dir
from tracker.storage.paths import JournalPaths

if TYPE_CHECKING:
    from tracker.storage.journal import OpenJournal

COMMIT_NAME = "rekey.commit"
STAGED_DB = "journal.db.rekey"
STAGED_KEYS = "journal.keys.rekey"
_FORMAT = "treatment-journey-rekey"
_SIDE_FILES = ("-wal", "-shm", "-journal")

#: Test hook: called with a step name as each step completes (the kill trials log them).
StepFn = Callable[[str], None]


def _commit(paths: JournalPaths) -> Path:
    return paths.folder / COMMIT_NAME


def _staged_db(paths: JournalPaths) -> Path:
    return paths.folder / STAGED_DB


def _staged_keys(paths: JournalPaths) -> Path:
    return paths.folder / STAGED_KEYS


def pending(paths: JournalPaths) -> bool:
    return any(p.exists() for p in (_commit(paths), _staged_db(paths), _staged_keys(paths)))


def settle(paths: JournalPaths) -> None:
    """Finish a committed rekey or undo an uncommitted one (under the journal's lock)."""
    if not pending(paths):
        return
    with journal_lock.held(paths.folder):
        settle_locked(paths)


def settle_locked(paths: JournalPaths) -> None:
    if not _commit(paths).exists():
        _roll_back(paths)  # never committed: the old database and key files are untouched
        return
    if _commit_is_valid(paths):
        _roll_forward(paths)
        return
    if _staged_db(paths).exists():
        _roll_back(paths)  # the switch has not begun: undoing it is safe
        return
    # The new database is already in place but the marker cannot be trusted: deleting the
    # staged key file now would leave a database that no key opens. Keep every file.
    raise JournalDamaged()


def _commit_is_valid(paths: JournalPaths) -> bool:
    """The marker is written atomically, so it is whole; it names the staged key file by hash
    so that a marker can never switch to a key file other than the one it was written for.
    A marker that cannot be read at all (a passing I/O error) is an error, never "invalid":
    settling on a guess could delete the only key to the new database."""
    try:
        text = _commit(paths).read_text(encoding="utf-8")
    except OSError as exc:
        raise JournalDamaged() from exc
    try:
        data = json.loads(text)
    except ValueError:
        return False
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return False
    staged = _staged_keys(paths)
    if not staged.exists():
        return True  # already copied into place (step 4 got that far)
    return bool(data.get("keys_sha256") == hashlib.sha256(staged.read_bytes()).hexdigest())


def _remove_db_side_files(db: Path) -> None:
    for suffix in _SIDE_FILES:
        Path(str(db) + suffix).unlink(missing_ok=True)


def _roll_forward(paths: JournalPaths) -> None:
    staged_db, staged_keys = _staged_db(paths), _staged_keys(paths)
    if staged_db.exists():
        # The old database's log belongs to the old key; it must never be applied to the new file.
        _remove_db_side_files(paths.db)
        _remove_db_side_files(staged_db)
        os.replace(staged_db, paths.db)
        fsync_dir(paths.folder)
    if staged_keys.exists():
        text = staged_keys.read_text(encoding="utf-8")
        atomic_write_text(paths.keys, text)
        atomic_write_text(paths.spare_keys, text)
        staged_keys.unlink()
        fsync_dir(paths.folder)
    _commit(paths).unlink(missing_ok=True)
    fsync_dir(paths.folder)


def _roll_back(paths: JournalPaths) -> None:
    _commit(paths).unlink(missing_ok=True)  # a marker that does not match its key file
    for path in (_staged_db(paths), _staged_keys(paths)):
        path.unlink(missing_ok=True)
    _remove_db_side_files(_staged_db(paths))
    fsync_dir(paths.folder)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def export_under_new_key(source: Path, source_key: bytes, target: Path, target_key: bytes) -> None:
    """Copy a SQLCipher database (with its write-ahead log applied) into a new file under
    another key, check the copy and fsync it. `target` must not exist."""
    from tracker.storage.engine import connect, dbapi, map_db_error

    if target.exists():
        raise FileExistsError(target)
    db = dbapi()
    try:
        src = connect(source, source_key)
        try:
            version = src.execute("PRAGMA user_version").fetchone()[0]
            src.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), f"x'{target_key.hex()}'"))
            src.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
            src.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
            src.execute("DETACH DATABASE rekeyed")
        finally:
            src.close()
        check = connect(target, target_key)
        try:
            result = check.execute("PRAGMA integrity_check").fetchall()
            check.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            check.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            check.close()
    except db.Error as exc:
        _remove_db_side_files(target)
        target.unlink(missing_ok=True)
        raise map_db_error(exc) from exc
    if result != [("ok",)]:
        target.unlink(missing_ok=True)
        raise RuntimeError("the re-keyed copy failed its integrity check")
    _remove_db_side_files(target)
    _fsync_file(target)


def rekey_files(
    paths: JournalPaths, old_key: bytes, new_key: bytes, new_keys_json: str, *, step: StepFn | None = None
) -> None:
    """Steps 1–4 above. The caller holds the journal's lock and has closed every connection."""
    def done(name: str) -> None:
        if step is not None:
            step(name)

    settle_locked(paths)  # nothing half-done from an earlier attempt
    try:
        export_under_new_key(paths.db, old_key, _staged_db(paths), new_key)
        done("exported")
        atomic_write_text(_staged_keys(paths), new_keys_json)
        done("keys staged")
        marker = {"format": _FORMAT, "keys_sha256": hashlib.sha256(new_keys_json.encode("utf-8")).hexdigest()}
        atomic_write_text(_commit(paths), json.dumps(marker))
    except BaseException:
        _roll_back(paths)
        raise
    done("committed")
    _roll_forward(paths)
    done("switched")


def rekey_journal(journal: OpenJournal, new_key: bytes, new_keys_json: str, *, step: StepFn | None = None) -> None:
    """Give an open journal a new data key; it stays open (under the new key) afterwards.

    The old key is dropped from the engine first, so no other thread can open a connection
    and write to the old file while it is being copied; on failure before the commit point
    the journal goes on under the old key, unchanged.
    """
    forgotten = journal.forget_key_for_rekey()  # closes every pooled connection too
    try:
        rekey_files(journal.paths, forgotten, new_key, new_keys_json, step=step)
    except BaseException:
        if _commit(journal.paths).exists():
            raise  # committed: the next open finishes it; the old key must not be used again
        journal.replace_key(forgotten)
        raise
    journal.replace_key(new_key)

"""The backup feature as the unlock screen needs it: the newest backup, restoring it."""

from __future__ import annotations

from pathlib import Path

from tracker.domain.errors import KnownError


def newest_backup(data_dir: Path, journal_id: str):
    """BackupInfo (.path, .created) or None when there is none or the folder cannot be read.

    Unreadable backup files are already skipped by the listing; a folder that cannot be read
    means "no backup to offer here" (the screen then says where backups are kept).
    """
    from tracker.services import backup

    try:
        return backup.newest_backup(Path(data_dir), journal_id)
    except (OSError, KnownError):
        return None


def restore_backup(data_dir: Path, journal_id: str, backup_path, secret: str, *, use_recovery_key: bool = False):
    from tracker.services import backup

    return backup.restore_backup(Path(data_dir), journal_id, backup_path, secret, use_recovery_key=use_recovery_key)


def backups_folder(data_dir: Path, journal_id: str) -> Path:
    from tracker.storage.paths import journal_paths

    return journal_paths(Path(data_dir), journal_id).backups

"""The unlock screen's link to the backup feature: the newest backup, restoring one, the folder."""

from __future__ import annotations

from pathlib import Path


def newest_backup(data_dir: Path, journal_id: str):
    """BackupInfo (.path, .created) or None."""
    from tracker.services import backup

    try:
        return backup.newest_backup(Path(data_dir), journal_id)
    except Exception:  # noqa: BLE001 - a broken backups folder must not block unlocking
        return None


def restore_backup(data_dir: Path, journal_id: str, backup_path, secret: str, *, use_recovery_key: bool = False):
    from tracker.services import backup

    return backup.restore_backup(Path(data_dir), journal_id, backup_path, secret, use_recovery_key=use_recovery_key)


def backups_folder(data_dir: Path, journal_id: str) -> Path:
    from tracker.storage.paths import journal_paths

    return journal_paths(Path(data_dir), journal_id).backups

"""Where journals live, and owner-only file creation.

Layout of a data directory:

    <data_dir>/app.json                      app preferences (language, last journal): no diary content
    <data_dir>/journals/<journal_id>/journal.db      SQLCipher 4 database (+ -wal, -shm)
    <data_dir>/journals/<journal_id>/journal.keys    key slots (JSON), written atomically
    <data_dir>/journals/<journal_id>/journal.keys.spare   the spare copy
    <data_dir>/journals/<journal_id>/backups/        encrypted backups
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "TRACKER_DATA_DIR"

DB_NAME = "journal.db"
KEYS_NAME = "journal.keys"
SPARE_KEYS_NAME = "journal.keys.spare"
BACKUPS_DIR = "backups"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("TreatmentJourney", appauthor=False, roaming=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir wins, then $TRACKER_DATA_DIR, then the platform default."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create a folder readable only by its owner (0700); tighten it if it exists."""
    from tracker.domain.errors import FolderNotWritable

    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & 0o077:
                path.chmod(0o700)
    except PermissionError as exc:
        raise FolderNotWritable(detail=type(exc).__name__) from exc
    return path


def private_umask() -> int:
    """Set umask so files SQLite creates (-wal, -shm) are 0600; returns the old one."""
    return os.umask(0o077) if os.name == "posix" else 0


@dataclass(frozen=True)
class JournalPaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def wal(self) -> Path:
        return self.folder / (DB_NAME + "-wal")

    @property
    def shm(self) -> Path:
        return self.folder / (DB_NAME + "-shm")

    @property
    def keys(self) -> Path:
        return self.folder / KEYS_NAME

    @property
    def spare_keys(self) -> Path:
        return self.folder / SPARE_KEYS_NAME

    @property
    def backups(self) -> Path:
        return self.folder / BACKUPS_DIR

    @property
    def journal_id(self) -> str:
        return self.folder.name


def journals_root(data_dir: Path) -> Path:
    return data_dir / "journals"


def journal_paths(data_dir: Path, journal_id: str) -> JournalPaths:
    return JournalPaths(journals_root(data_dir) / journal_id)

"""An open (unlocked) journal, and creating/opening journal files.

`OpenJournal` is what services receive: it hands out short-lived SQLAlchemy sessions
(one per operation) and knows its files. It holds the data key while unlocked, because
backups, the keyring option and passphrase changes need it; `close()` drops it.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.domain.errors import JournalDamaged, JournalLocked, JournalTooNew
from tracker.storage import keyslots, schema
from tracker.storage.engine import connect, make_engine, map_db_error
from tracker.storage.paths import JournalPaths, ensure_private_dir, journal_paths, journals_root, private_umask

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker


@dataclass
class OpenJournal:
    paths: JournalPaths
    display_name: str
    engine: Engine
    _data_key: bytes | None = field(repr=False, default=None)
    _sessionmaker: sessionmaker[Session] | None = field(repr=False, default=None)

    @property
    def journal_id(self) -> str:
        return self.paths.journal_id

    @property
    def is_open(self) -> bool:
        return self._data_key is not None

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise JournalLocked()
        return self._data_key

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on error, maps disk errors."""
        from sqlalchemy.exc import DBAPIError

        if self._data_key is None:
            raise JournalLocked()
        if self._sessionmaker is None:
            from sqlalchemy.orm import sessionmaker as make_sessionmaker

            self._sessionmaker = make_sessionmaker(self.engine, expire_on_commit=False)
        session = self._sessionmaker()
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            mapped = map_db_error(exc.orig if exc.orig is not None else exc)
            if mapped is exc.orig:
                raise
            raise mapped from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A Core connection in a transaction, for bulk inserts and chart/timeline queries."""
        if self._data_key is None:
            raise JournalLocked()
        with self.engine.begin() as conn:
            yield conn

    def close(self) -> None:
        """Forget the key and close every connection (used by lock and quit)."""
        self._data_key = None
        self._sessionmaker = None
        self.engine.dispose()


def new_journal_id() -> str:
    return uuid.uuid4().hex[:12]


def create(data_dir: Path, display_name: str, passphrase: str) -> tuple[OpenJournal, str]:
    """Create a journal; returns it open and the recovery key to show once.

    Built in a hidden folder and renamed into place, so a crash half-way never leaves a
    journal that is listed but cannot open.
    """
    private_umask()
    root = ensure_private_dir(journals_root(data_dir))
    journal_id = new_journal_id()
    staging = JournalPaths(root / f".creating-{journal_id}")
    ensure_private_dir(staging.folder)
    try:
        data_key = keyslots.new_data_key()
        key_file, recovery = keyslots.KeyFile.new(journal_id, display_name, data_key, passphrase)
        conn = connect(staging.db, data_key)
        conn.close()
        engine = make_engine(staging.db, data_key)
        with engine.begin() as connection:
            schema.upgrade(connection)
        engine.dispose()
        key_file.save(staging)
        final = journal_paths(data_dir, journal_id)
        os.replace(staging.folder, final.folder)
    except BaseException:
        shutil.rmtree(staging.folder, ignore_errors=True)
        raise
    return open_with_key(final, key_file, data_key), recovery


def open_with_key(paths: JournalPaths, key_file: keyslots.KeyFile, data_key: bytes) -> OpenJournal:
    """Open with an unwrapped data key; upgrades an older schema after a backup."""
    private_umask()
    if not paths.db.exists():
        raise JournalDamaged(
            "The journal's data file is missing from its folder. You can restore the newest backup."
        )
    if paths.db.stat().st_size == 0:
        # SQLite would treat an empty file as a new database: the diary would look wiped.
        raise JournalDamaged(detail="empty database file")
    # Probe with a plain connection first so damage is reported before anything writes.
    probe = connect(paths.db, data_key)
    probe.close()
    engine = make_engine(paths.db, data_key)
    try:
        with engine.connect() as connection:
            current = schema.current_revision(connection)
        head = schema.head_revision()
        if current is None:
            # create() sets the schema before the journal is moved into place, so a journal
            # without a revision has lost its tables.
            raise JournalDamaged(detail="no schema revision")
        if current not in schema.known_revisions():
            raise JournalTooNew()
        if current != head:
            snapshot_before_upgrade(paths, data_key, key_file.display_name, current)
            with engine.begin() as connection:
                schema.upgrade(connection)
    except BaseException:
        engine.dispose()
        raise
    return OpenJournal(paths=paths, display_name=key_file.display_name, engine=engine, _data_key=data_key)


def snapshot_before_upgrade(paths: JournalPaths, data_key: bytes, display_name: str, revision: str) -> Path:
    """An encrypted backup (same format as "Back up now") before the schema changes.

    It is listed with the other backups as "Before an update" and restores like them.
    """
    from tracker.storage.backup_file import write_journal_backup

    ensure_private_dir(paths.backups)
    now = datetime.now(UTC).replace(microsecond=0)
    target = paths.backups / f"pre-upgrade-{revision}-{now.strftime('%Y%m%dT%H%M%SZ')}.tjbackup"
    write_journal_backup(paths, data_key, target, display_name=display_name, created=now.isoformat())
    return target

"""An open (unlocked) journal, and creating/opening journal files.

`OpenJournal` is what services receive: it hands out short-lived SQLAlchemy sessions
(one per operation) and knows its files. It holds the data key while unlocked, because
backups, the keyring option and passphrase changes need it; `close()` drops it.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.domain.errors import JournalDamaged, JournalLocked, JournalTooNew
from tracker.storage import journal_lock, keyslots, schema
from tracker.storage.engine import KeyRef, connect, dbapi, driver_error, make_engine, map_db_error
from tracker.storage.paths import JournalPaths, ensure_private_dir, journal_paths, journals_root, private_umask

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker


class _UseGate:
    """Counts the sessions in use, so a new data key is never switched in under a save that
    already began: `close_and_wait` stops new sessions (they see a locked journal) and waits
    for the ones running to finish; `reopen` lets them in again (review finding: a save
    committed after the rekey's copy was taken was lost when the copy replaced the file)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._users = 0
        self._closed = False

    @contextmanager
    def use(self) -> Iterator[None]:
        from tracker.domain.errors import JournalLocked

        with self._cond:
            if self._closed:
                raise JournalLocked()
            self._users += 1
        try:
            yield
        finally:
            with self._cond:
                self._users -= 1
                self._cond.notify_all()

    def close_and_wait(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.wait_for(lambda: self._users == 0)

    def reopen(self) -> None:
        with self._cond:
            self._closed = False


@dataclass
class OpenJournal:
    """An unlocked journal. It holds the journal's lock (one writer) until `close()`."""

    paths: JournalPaths
    display_name: str
    engine: Engine
    _key: KeyRef | None = field(repr=False, default=None)
    _sessionmaker: sessionmaker[Session] | None = field(repr=False, default=None)
    _lock: journal_lock.JournalLock | None = field(repr=False, default=None)
    _gate: _UseGate = field(repr=False, default_factory=_UseGate)

    @property
    def _data_key(self) -> bytes | None:
        return self._key.get() if self._key is not None and self._key.present else None

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
        if self._data_key is None:
            raise JournalLocked()
        if self._sessionmaker is None:
            from sqlalchemy.orm import sessionmaker as make_sessionmaker

            self._sessionmaker = make_sessionmaker(self.engine, expire_on_commit=False)
        with self._gate.use():
            yield from self._session_in_use()
        self._checkpoint_after_commit()

    def _session_in_use(self) -> Iterator[Session]:
        from sqlalchemy.exc import DBAPIError

        assert self._sessionmaker is not None
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
    def connection(self, *, read_only: bool = False) -> Iterator[Connection]:
        """A Core connection in a transaction, for bulk inserts and chart/timeline queries.

        Transactions take the write lock as they begin (engine.py); `read_only=True` is for long
        reads (exports, charts, the timeline, reports) that must not hold writers up."""
        from sqlalchemy.exc import DBAPIError

        if self._data_key is None:
            raise JournalLocked()
        try:
            with self._gate.use(), self.engine.connect() as raw:
                driver = raw.connection.driver_connection
                if read_only:
                    from tracker.storage.engine import BEGIN_OPTION

                    raw.execution_options(**{BEGIN_OPTION: "DEFERRED"})
                changes = driver.total_changes if read_only and driver is not None else None
                with raw.begin():
                    yield raw
                # A read changed no row, so it left nothing in the log to checkpoint (what an
                # earlier long read held back goes at the next save, as before).
                if changes is None or driver is None or driver.total_changes != changes:
                    # On this connection, before it goes back to the pool: one checkout per save.
                    self._checkpoint_after_commit(driver)
        except (DBAPIError, dbapi().Error) as exc:
            # As in `session()`: a full disk or a damaged file is a plain message, not a bug
            # (sync applies bundles through a connection; the transaction is rolled back).
            # The driver's own errors too: the save and the alert check's reads run on the
            # driver connection directly (issue 17).
            mapped = map_db_error(driver_error(exc))
            if mapped is driver_error(exc):
                raise
            raise mapped from exc

    def _checkpoint_after_commit(self, driver: Any = None) -> None:
        """The save is already kept (in the synced log) when this runs: a checkpoint that cannot
        run now because the disk is full is tried again at the next save, and must not make the
        person believe a kept save was lost (they would enter it twice, and its alert would
        not show). Damage found here is still reported."""
        from tracker.domain.errors import DiskFull

        try:
            self.checkpoint(driver)
        except DiskFull:
            logging.getLogger(__name__).warning("write-ahead log checkpoint deferred: the disk is full")

    def checkpoint(self, driver: Any = None) -> None:
        """Copy what was just committed from the write-ahead log into the database file.

        SQLite stops reading a log at its first damaged frame, so one flipped bit in the
        `-wal` would silently drop every later confirmed save that is only there. After a
        checkpoint they are in the database file itself (whose pages SQLCipher
        authenticates: damage there is reported, never silent). PASSIVE never waits for
        readers; what a long read holds back goes at the next save. `driver`: the driver
        connection that just committed (else one from the pool), outside any transaction.
        """
        from sqlalchemy.exc import DBAPIError

        try:
            if driver is not None:
                driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                return
            with self.engine.connect() as conn:
                # The driver connection directly: no BEGIN (a checkpoint cannot run in one).
                pooled = conn.connection.driver_connection
                if pooled is not None:
                    pooled.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except (DBAPIError, dbapi().Error) as exc:
            mapped = map_db_error(driver_error(exc))
            if mapped is driver_error(exc):
                raise
            raise mapped from exc

    def close(self) -> None:
        """Forget the key (here and in the engine's connection factory), close every
        connection, checkpoint nothing further, and give up the journal's lock."""
        if self._key is not None:
            self._key.forget()
        self._sessionmaker = None
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()

    def forget_key_for_rekey(self) -> bytes:
        """Drop the key from the engine (no new connections), close the pooled ones; the
        lock stays held. Returns the key for the rekey; `replace_key` ends this state."""
        key = self.data_key
        self._gate.close_and_wait()  # saves already under way finish first; new ones wait outside
        if self._key is not None:
            self._key.forget()
        self._sessionmaker = None
        self.engine.dispose()
        return key

    def replace_key(self, data_key: bytes) -> None:
        """After a rekey: a fresh engine over the new key (the old factory forgets the old one)."""
        if self._key is not None:
            self._key.forget()
        self.engine.dispose()
        self._key = KeyRef(data_key)
        self._sessionmaker = None
        self.engine = make_engine(self.paths.db, self._key)
        self._gate.reopen()


@contextmanager
def as_damage() -> Iterator[None]:
    """Driver errors inside become the KnownError they mean (a damaged page: JournalDamaged).

    For opening, upgrading and checking a journal: whatever SQLCipher cannot read there is
    damage to be restored from a backup, not a bug.
    """
    from sqlalchemy.exc import DBAPIError

    db = dbapi()
    try:
        yield
    except (DBAPIError, db.Error) as exc:
        mapped = map_db_error(driver_error(exc))
        if mapped is driver_error(exc):
            raise
        raise mapped from exc


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
        engine = make_engine(staging.db, KeyRef(data_key))
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
    lock = journal_lock.acquire(paths.folder) if paths.folder.is_dir() else None
    try:
        return _open_locked(paths, key_file, data_key, lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _open_locked(
    paths: JournalPaths, key_file: keyslots.KeyFile, data_key: bytes, lock: journal_lock.JournalLock | None
) -> OpenJournal:
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
    key = KeyRef(data_key)
    engine = make_engine(paths.db, key)
    try:
        with as_damage():
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
    return OpenJournal(paths=paths, display_name=key_file.display_name, engine=engine, _key=key, _lock=lock)


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

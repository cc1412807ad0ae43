"""SQLCipher connections and the SQLAlchemy engine over them.

Every connection is keyed with the raw 256-bit data key (no SQLCipher KDF: the key is
already random) and gets the same pragmas (DESIGN.md, "The journal file").
"""

from __future__ import annotations

import errno
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

from tracker.domain.errors import DiskFull, FolderNotWritable, JournalDamaged

if TYPE_CHECKING:
    from sqlalchemy import Engine

#: Connection execution option naming how a transaction begins: "IMMEDIATE" (default) or "DEFERRED".
BEGIN_OPTION = "tj_begin"

PRAGMAS = (
    "PRAGMA cipher_compatibility = 4",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
)


def dbapi() -> Any:
    """The sqlcipher3 DB-API module (untyped: it ships no type information)."""
    import sqlcipher3.dbapi2

    module: ModuleType = sqlcipher3.dbapi2
    return module


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes, *, read_only: bool = False) -> Any:
    """A keyed sqlcipher3 connection with our pragmas; raises JournalDamaged if unreadable."""
    db = dbapi()
    if read_only:
        conn = db.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = db.connect(str(path), check_same_thread=False)
    # The driver's own transaction handling commits DDL statement by statement; with
    # isolation_level=None it does nothing itself and SQLAlchemy's "begin" hook below opens
    # real transactions, so a schema upgrade (or anything else) is all-or-nothing.
    conn.isolation_level = None
    try:
        conn.execute(_key_pragma(key))
        conn.execute("PRAGMA cipher_compatibility = 4")
        # First read: fails here if the file is not a database under this key.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in PRAGMAS[1:]:
            if read_only and "journal_mode" in pragma:
                continue
            conn.execute(pragma)
    except db.DatabaseError as exc:
        conn.close()
        raise map_db_error(exc) from exc
    return conn


def connect_scratch(path: Path, key: bytes) -> Any:
    """A keyed connection to a new, disposable copy (a backup's snapshot): no rollback journal
    and no fsync, since a crash only loses a file that is deleted anyway and what is kept is
    written (and synced) from it afterwards. WAL + FULL here wrote every page twice."""
    db = dbapi()
    conn = db.connect(str(path), check_same_thread=False)
    conn.isolation_level = None
    try:
        conn.execute(_key_pragma(key))
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("PRAGMA journal_mode = OFF").fetchone()
        conn.execute("PRAGMA synchronous = OFF")
    except db.DatabaseError as exc:
        conn.close()
        raise map_db_error(exc) from exc
    return conn


#: Driver errors that say "busy", not "damaged": another connection holds a lock.
_NOT_DAMAGE = ("locked", "busy", "interrupted")


def map_db_error(exc: BaseException) -> Exception:
    """Turn a driver error into the KnownError a person should see, or return it unchanged.

    Every SQLCipher/SQLite "database" or "operational" error that is not a full disk, a
    read-only folder or a lock held by someone else means the file cannot be read as it
    should: a failed page HMAC, a malformed page, a cut-short file, an unreadable sector.
    Those are all the damaged-journal path (restore the newest backup), never a bug.
    Constraint and programming errors stay what they are: bugs in our code.
    """
    text = str(exc).lower()
    if "database or disk is full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return DiskFull(detail="sqlite")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return FolderNotWritable(detail="sqlite open")
    db = dbapi()
    damage_types = (db.DatabaseError,)
    bug_types = (db.IntegrityError, db.ProgrammingError, db.InterfaceError, db.NotSupportedError)
    if isinstance(exc, damage_types) and not isinstance(exc, bug_types):
        if not any(word in text for word in _NOT_DAMAGE):
            return JournalDamaged(detail=type(exc).__name__)
    return exc if isinstance(exc, Exception) else RuntimeError(str(exc))


def driver_error(exc: BaseException) -> BaseException:
    """The sqlcipher3 error inside a SQLAlchemy wrapper (or the error itself)."""
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


class KeyRef:
    """The data key, shared by an engine's connection factory and its OpenJournal.

    `forget()` drops it, so after lock nothing reachable from the engine still holds the
    key (the factory then refuses to make connections).
    """

    def __init__(self, key: bytes) -> None:
        self._key: bytes | None = key

    def get(self) -> bytes:
        from tracker.domain.errors import JournalLocked

        if self._key is None:
            raise JournalLocked()
        return self._key

    @property
    def present(self) -> bool:
        return self._key is not None

    def forget(self) -> None:
        self._key = None


def make_engine(path: Path, key: KeyRef, *, read_only: bool = False) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.pool import QueuePool

    engine = create_engine(
        f"sqlite:///{path}",
        module=dbapi(),
        creator=lambda: connect(path, key.get(), read_only=read_only),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        pool_use_lifo=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:  # SQLAlchemy's documented pysqlite recipe
        # IMMEDIATE: a unit of work takes the write lock when it starts (waiting up to the
        # driver's 5 s for another writer), so one that reads, then writes can never fail half-way
        # with "database is locked" because another thread (the background sync, a backup)
        # committed in between (SQLITE_BUSY_SNAPSHOT in WAL mode, which no waiting cures).
        # Long reads ask for DEFERRED (OpenJournal.connection(read_only=True)) and never block writers.
        mode = "DEFERRED" if read_only else connection.get_execution_options().get(BEGIN_OPTION, "IMMEDIATE")
        # On the driver directly (every transaction begins here; SQLAlchemy's statement path
        # cost more than the BEGIN, issue 17), its errors wrapped as SQLAlchemy would have.
        statement = f"BEGIN {mode}"
        try:
            connection.connection.driver_connection.execute(statement)
        except dbapi().Error as exc:
            raise DBAPIError.instance(statement, (), exc, dbapi().Error) from exc

    return engine

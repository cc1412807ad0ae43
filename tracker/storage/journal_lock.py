"""One writer per journal: an exclusive lock on `<journal folder>/journal.lock`.

Held by whoever has the journal open (the app window, a CLI command) and by restore and
rekey while they replace files. The lock is an OS file lock (flock on POSIX, msvcrt on
Windows), not the file's existence: the OS drops it when the process ends, however it
ends, so a crash never leaves a stale lock behind and nothing has to guess whether a
leftover lock file is still in use. The file itself stays (empty, owner-only).

flock locks belong to an open file, so a second open of the same journal in the same
process is refused too, exactly like one from another process.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tracker.domain.errors import FolderNotWritable, JournalInUse

LOCK_NAME = "journal.lock"


class JournalLock:
    """An acquired lock; `release()` (idempotent) gives it up."""

    def __init__(self, fd: int, path: Path) -> None:
        self._fd: int | None = fd
        self.path = path

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)


def acquire(folder: Path) -> JournalLock:
    """Take the journal's lock now or raise JournalInUse (never waits)."""
    return acquire_file(Path(folder) / LOCK_NAME)


def acquire_file(path: Path) -> JournalLock:
    """The same OS lock on any file (created owner-only); JournalInUse when another holds it."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except PermissionError as exc:
        raise FolderNotWritable(detail="lock file") from exc
    except OSError as exc:
        if exc.errno == errno.EROFS:  # a read-only disk or share: the same plain message
            raise FolderNotWritable(detail="read-only") from exc
        raise
    try:
        _lock(fd)
    except OSError as exc:
        os.close(fd)
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLOCK):  # EDEADLOCK: Windows
            raise JournalInUse(detail="lock held") from exc
        raise  # e.g. a network folder without locks: say what it is, not "open elsewhere"
    return JournalLock(fd, path)


@contextmanager
def held(folder: Path) -> Iterator[JournalLock]:
    lock = acquire(folder)
    try:
        yield lock
    finally:
        lock.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined,unused-ignore]

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

"""Atomic, durable file writes for everything that is not inside SQLite (after Electrum).

Write to a temp file in the same folder, fsync it, rename over the target, fsync the
folder. A crash leaves either the old file or the new one, never half of each.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from tracker.domain.errors import DiskFull, FolderNotWritable


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes, *, mode: int = 0o600, temp_prefix: str | None = None) -> None:
    """`temp_prefix` names the temp file (the shared sync folder's readers skip `.tmp-*`);
    by default it is `.<name>.`, which would tell a reader which file is being written."""
    path = Path(path)
    folder = path.parent
    prefix = "." + path.name + "." if temp_prefix is None else temp_prefix
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    except PermissionError as exc:
        raise FolderNotWritable(detail="mkstemp") from exc
    try:
        try:
            if os.name == "posix":
                os.fchmod(fd, mode)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFull(detail="atomic write") from exc
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise FolderNotWritable(detail="atomic write") from exc
            raise
        fsync_dir(folder)
    finally:
        if os.path.exists(tmp):
            try:
                os.unlink(tmp)
            except OSError:
                pass


def atomic_write_text(path: Path, text: str, *, mode: int = 0o600) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), mode=mode)

"""The backup container: one file holding an encrypted database copy and the key slots.

Layout (all integers big-endian):

    b"TJBACKUP"                8 bytes magic
    version                    u16 (1)
    header length              u32
    header                     UTF-8 JSON: format, version, journal_id, display_name,
                               created, schema_revision, db_size, keys (the key file)
    header checksum            32 bytes: SHA-256 of the header, so accidental damage to the
                               key slots is reported as damage, not as a wrong passphrase
    database                   db_size bytes: the SQLCipher file, still encrypted with the data key
    tag                        32 bytes: HMAC-SHA256 over everything above

The tag key comes from the data key (HKDF), so only someone who can unwrap a key slot (the
passphrase or the recovery key) can check, or forge, a backup. The database pages are
SQLCipher-encrypted already, so nothing in the file is plain diary content; the header holds
only what the key file holds anyway (the journal's name and the wrapped keys).
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import json
import os
import secrets
import shutil
import struct
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from tracker.domain.errors import BackupRejected, DiskFull, FolderNotWritable
from tracker.storage.atomic import fsync_dir
from tracker.storage.paths import JournalPaths, ensure_private_dir

MAGIC = b"TJBACKUP"
VERSION = 1
FORMAT = "treatment-journey-backup"
SUFFIX = ".tjbackup"
TAG_BYTES = 32
CHECKSUM_BYTES = 32
CHUNK = 1 << 20
#: A header is a few KiB (two key slots and a name); anything far larger is not ours.
MAX_HEADER = 1 << 20
_PREFIX = struct.Struct(">8sHI")

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupHeader:
    journal_id: str
    display_name: str
    created: str  # ISO 8601, UTC
    schema_revision: str | None
    db_size: int
    keys_json: str  # the key file, exactly as `KeyFile.to_json()` writes it
    header_bytes: bytes  # as stored, for the tag

    @property
    def data_offset(self) -> int:
        return _PREFIX.size + len(self.header_bytes) + CHECKSUM_BYTES

    @property
    def total_size(self) -> int:
        return self.data_offset + self.db_size + TAG_BYTES


def tag_key(data_key: bytes, journal_id: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    info = f"{FORMAT}/{VERSION}/tag/{journal_id}".encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(data_key)


def _rejected(detail: str) -> BackupRejected:
    return BackupRejected(detail=detail)


def map_os_error(exc: OSError) -> Exception:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(detail="backup write")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FolderNotWritable(detail="backup write")
    return exc


# -- reading -------------------------------------------------------------------------


def read_header(path: Path) -> BackupHeader:
    """The header, checked for shape only (no secret needed). Raises BackupRejected."""
    try:
        with open(path, "rb") as fh:
            header = _read_header(fh)
            size = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        if isinstance(exc, (FileNotFoundError, IsADirectoryError)):
            raise BackupRejected("That backup file could not be found.", detail=type(exc).__name__) from exc
        raise map_os_error(exc) from exc
    if size != header.total_size:
        # Cut short (or padded): refused before anyone types a passphrase.
        raise _rejected("size mismatch")
    return header


def _read_header(fh: BinaryIO) -> BackupHeader:
    prefix = fh.read(_PREFIX.size)
    if len(prefix) != _PREFIX.size:
        raise _rejected("short prefix")
    magic, version, length = _PREFIX.unpack(prefix)
    if magic != MAGIC:
        raise _rejected("magic")
    if version != VERSION:
        raise BackupRejected(
            "This backup was made by a newer version of Treatment Journey. Update the app to restore it.",
            detail=f"version {version}",
        )
    if length > MAX_HEADER:
        raise _rejected("header length")
    raw = fh.read(length)
    checksum = fh.read(CHECKSUM_BYTES)
    if len(raw) != length or not hmac.compare_digest(checksum, hashlib.sha256(raw).digest()):
        raise _rejected("header checksum")
    try:
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError("format")
        db_size = int(data["db_size"])
        if db_size <= 0:
            raise ValueError("db_size")
        keys = data["keys"]
        keys_json = keys if isinstance(keys, str) else json.dumps(keys)
        return BackupHeader(
            journal_id=str(data["journal_id"]),
            display_name=str(data["display_name"]),
            created=str(data["created"]),
            schema_revision=None if data.get("schema_revision") is None else str(data["schema_revision"]),
            db_size=db_size,
            keys_json=keys_json,
            header_bytes=raw,
        )
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise _rejected("header json") from exc


def extract_database(path: Path, data_key: bytes, dest: Path, *, progress: ProgressFn | None = None) -> BackupHeader:
    """Check the tag while copying the database out to `dest` (a new file).

    If the tag does not match, `dest` is removed and BackupRejected raised: nothing from a
    damaged or altered file is ever left where it could be used.
    """
    header = read_header(path)
    mac = hmac.new(tag_key(data_key, header.journal_id), digestmod=hashlib.sha256)
    try:
        with open(path, "rb") as src, open(dest, "xb") as out:
            if os.name == "posix":
                os.fchmod(out.fileno(), 0o600)
            mac.update(src.read(header.data_offset))
            remaining = header.db_size
            while remaining:
                chunk = src.read(min(CHUNK, remaining))
                if not chunk:
                    raise _rejected("short body")
                mac.update(chunk)
                out.write(chunk)
                remaining -= len(chunk)
                if progress is not None:
                    progress(header.db_size - remaining, header.db_size)
            tag = src.read(TAG_BYTES + 1)
            out.flush()
            os.fsync(out.fileno())
        if not hmac.compare_digest(tag, mac.digest()):
            raise _rejected("tag")
    except BaseException as exc:
        dest.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise map_os_error(exc) from exc
        raise
    return header


# -- writing -------------------------------------------------------------------------


def header_bytes(
    *, journal_id: str, display_name: str, created: str, schema_revision: str | None, db_size: int, keys_json: str
) -> bytes:
    data = {
        "format": FORMAT,
        "version": VERSION,
        "journal_id": journal_id,
        "display_name": display_name,
        "created": created,
        "schema_revision": schema_revision,
        "db_size": db_size,
        "keys": json.loads(keys_json),
    }
    return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")


def write_backup(
    dest: Path,
    *,
    header: bytes,
    db_path: Path,
    data_key: bytes,
    journal_id: str,
    progress: ProgressFn | None = None,
) -> None:
    """Write the container atomically: temp file in the same folder, fsync, rename, fsync dir.

    Any failure (a full disk included) removes the temp file, so no partial backup is left.
    """
    dest = Path(dest)
    folder = dest.parent
    db_size = db_path.stat().st_size
    mac = hmac.new(tag_key(data_key, journal_id), digestmod=hashlib.sha256)
    try:
        fd, tmp = tempfile.mkstemp(prefix="." + dest.name + ".", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise map_os_error(exc) from exc
    try:
        try:
            if os.name == "posix":
                os.fchmod(fd, 0o600)
            with os.fdopen(fd, "wb") as out, open(db_path, "rb") as src:
                prefix = _PREFIX.pack(MAGIC, VERSION, len(header))
                for part in (prefix, header, hashlib.sha256(header).digest()):
                    mac.update(part)
                    out.write(part)
                written = 0
                while chunk := src.read(CHUNK):
                    mac.update(chunk)
                    out.write(chunk)
                    written += len(chunk)
                    if progress is not None:
                        progress(written, db_size)
                if written != db_size:
                    raise RuntimeError("database copy changed size while being written")
                out.write(mac.digest())
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, dest)
        except OSError as exc:
            raise map_os_error(exc) from exc
        fsync_dir(folder)
    finally:
        if os.path.exists(tmp):
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _snapshot(paths: JournalPaths, data_key: bytes, target: Path, progress: ProgressFn | None) -> str | None:
    """Consistent encrypted copy of the live database via SQLite's online backup API
    (target keyed with the same raw key); returns the copy's schema revision."""
    from tracker.storage.engine import connect, dbapi, map_db_error

    db = dbapi()
    src = dst = None
    try:
        src = connect(paths.db, data_key)
        dst = connect(target, data_key)

        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        src.backup(dst, pages=256, progress=step)
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        dst.execute("PRAGMA journal_mode = DELETE").fetchone()  # one self-contained file, no -wal
        try:
            row = dst.execute("SELECT version_num FROM alembic_version").fetchone()
        except db.Error:
            row = None
        return None if row is None else str(row[0])
    except db.Error as exc:
        raise map_db_error(exc) from exc
    finally:
        for conn in (dst, src):
            if conn is not None:
                conn.close()


def write_journal_backup(
    paths: JournalPaths,
    data_key: bytes,
    target: Path,
    *,
    display_name: str,
    created: str,
    progress: ProgressFn | None = None,
) -> None:
    """Snapshot a journal and write it with its key file as one backup at `target`.

    Storage-level so that the automatic backup before a schema upgrade can use it too.
    The snapshot is a hidden, SQLCipher-encrypted file next to `target`, always removed.
    """
    from tracker.storage import keyslots

    def phase(start: int) -> ProgressFn | None:
        if progress is None:
            return None
        return lambda done, total: progress(start + (50 * done // total if total else 50), 100)

    snapshot = Path(target).parent / f".snapshot-{secrets.token_hex(6)}.db"  # two backups may run at once
    try:
        revision = _snapshot(paths, data_key, snapshot, phase(0))
        header = header_bytes(
            journal_id=paths.journal_id,
            display_name=display_name,
            created=created,
            schema_revision=revision,
            db_size=snapshot.stat().st_size,
            keys_json=keyslots.load(paths).to_json(),
        )
        write_backup(target, header=header, db_path=snapshot, data_key=data_key, journal_id=paths.journal_id,
                     progress=phase(50))
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(snapshot) + suffix).unlink(missing_ok=True)


# -- swapping a checked copy in -------------------------------------------------------


def swap_in(live: JournalPaths, staged: JournalPaths, aside: Path, *, replace_keys: bool = True) -> None:
    """Replace a closed journal's files with checked ones, keeping the current files in `aside`.

    In this order, so that a crash at any step leaves a journal that opens: hard-link (or
    copy) the current files into `aside` (the links keep the old contents after the names
    are replaced); put the new key file in place (same journal, same data key, so it opens
    either database); drop the old write-ahead log so it is never applied to the new file;
    rename the checked database over the old one; then the spare key file. With
    `replace_keys=False` the current key files stay (same data key, current passphrase).
    """
    try:
        ensure_private_dir(aside)
        for src in (live.db, live.wal, live.keys, live.spare_keys):
            if src.exists():
                try:
                    os.link(src, aside / src.name)
                except OSError:
                    shutil.copy2(src, aside / src.name)
        fsync_dir(aside)
        if replace_keys:
            os.replace(staged.keys, live.keys)
        live.wal.unlink(missing_ok=True)
        live.shm.unlink(missing_ok=True)
        os.replace(staged.db, live.db)
        if replace_keys:
            os.replace(staged.spare_keys, live.spare_keys)
        fsync_dir(live.folder)
    except OSError as exc:
        mapped = map_os_error(exc)
        if mapped is exc:
            raise
        raise mapped from exc


def remove_stale_partials(folder: Path, *, older_than_seconds: float = 3600.0) -> int:
    """Delete leftovers of backups that were killed half-way (hidden snapshot and temp files).

    Only files older than an hour go, so a backup running right now in another window keeps
    its own. They are encrypted, but each is a full-size copy: left alone they fill the disk.
    """
    import time

    if not Path(folder).is_dir():
        return 0
    cutoff = time.time() - older_than_seconds
    removed = 0
    for path in Path(folder).iterdir():
        name = path.name
        partial = (name.startswith(".snapshot-") and name.endswith(".db")) or (name.startswith(".") and name.endswith(".tmp"))
        if not partial or not path.is_file():
            continue
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed

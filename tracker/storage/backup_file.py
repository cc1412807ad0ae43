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
import re
import secrets
import shutil
import struct
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

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
#: Far above any real diary (years of daily entries are a few MiB), far below "read forever".
MAX_DB_SIZE = 1 << 40
#: Names are at most 200 characters (services.journals); some room for older files.
MAX_NAME = 1000
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


def map_os_error(exc: OSError, detail: str = "backup write") -> Exception:
    """A full disk or a folder that cannot be written as its plain KnownError; any other OS
    error as it is. `detail` says where (never what was being written)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(detail=detail)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FolderNotWritable(detail=detail)
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
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("format")
        return _validated(data, raw)
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise _rejected("header json") from exc


def _validated(data: dict[str, Any], raw: bytes) -> BackupHeader:
    """Every header field checked before any work: the journal id becomes a folder name on
    restore, the sizes drive reads, and the key file's KDF parameters reach Argon2."""
    from tracker.storage import keyslots

    journal_id = data["journal_id"]
    if not keyslots.valid_journal_id(journal_id):
        raise ValueError("journal id")
    db_size = data["db_size"]
    if type(db_size) is not int or not 0 < db_size <= MAX_DB_SIZE:
        raise ValueError("db_size")
    display_name, created = data["display_name"], data["created"]
    if not isinstance(display_name, str) or not 0 < len(display_name) <= MAX_NAME:
        raise ValueError("display_name")
    if not isinstance(created, str) or len(created) > 64:
        raise ValueError("created")
    revision = data.get("schema_revision")
    if revision is not None and (not isinstance(revision, str) or len(revision) > 64):
        raise ValueError("schema_revision")
    keys = data["keys"]
    keys_json = keys if isinstance(keys, str) else json.dumps(keys)
    key_file = keyslots.KeyFile.from_json(keys_json)  # checksum, journal id, KDF bounds
    if key_file.journal_id != journal_id:
        raise ValueError("key file of another journal")
    return BackupHeader(
        journal_id=journal_id,
        display_name=display_name,
        created=created,
        schema_revision=revision,
        db_size=db_size,
        keys_json=keys_json,
        header_bytes=raw,
    )


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
        # The writer's pid in the name: a later backup removes it at once if this one is killed.
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.{PARTIAL_PID}{os.getpid()}.", suffix=".tmp", dir=folder)
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
    from tracker.storage.engine import connect, connect_scratch, dbapi, map_db_error

    db = dbapi()
    src = dst = None
    try:
        src = connect(paths.db, data_key)
        dst = connect_scratch(target, data_key)

        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        src.backup(dst, pages=256, progress=step)
        # The copied header says WAL (the live journal's mode): mark it a self-contained file.
        dst.execute("PRAGMA journal_mode = DELETE").fetchone()
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
    The snapshot is a hidden, SQLCipher-encrypted file in the journal's own (owner-only)
    backups folder, never in a folder the person chose; it is always removed, and if the
    process is killed, the next backup removes it.
    """
    from tracker.storage import keyslots

    def phase(start: int) -> ProgressFn | None:
        if progress is None:
            return None
        return lambda done, total: progress(start + (50 * done // total if total else 50), 100)

    ensure_private_dir(paths.backups)
    # Two backups may run at once: each has its own name (with its pid, for the clean-up).
    snapshot = paths.backups / f".snapshot-{PARTIAL_PID}{os.getpid()}-{secrets.token_hex(6)}.db"
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


#: Marks the writer's pid in the names of partial files: `.snapshot-p<pid>-…`, `.<name>.p<pid>.….tmp`.
PARTIAL_PID = "p"
_PID_IN_NAME = re.compile(r"(?:^\.snapshot-|\.)p(\d+)[-.]")


def _writer_gone(name: str) -> bool:
    """True when the name carries a pid and no such process runs any more (POSIX)."""
    match = _PID_IN_NAME.search(name)
    if match is None or os.name != "posix":
        return False
    pid = int(match.group(1))
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # someone else's process
    return False


def remove_stale_partials(folder: Path, *, older_than_seconds: float = 3600.0) -> int:
    """Delete leftovers of backups that were killed half-way (hidden snapshot and temp files).

    A leftover whose writer process has ended goes at once; one without a pid in its name
    (older versions), or whose writer may still run, only when older than an hour, so a
    backup running right now in another window keeps its own. They are encrypted, but each
    is a full-size copy: left alone they fill the disk.
    """
    import time

    if not Path(folder).is_dir():
        return 0
    cutoff = time.time() - older_than_seconds
    removed = 0
    for path in Path(folder).iterdir():
        name = path.name
        partial = name.startswith((".snapshot-", ".rekey-")) or (name.startswith(".") and name.endswith(".tmp"))
        if not partial or not path.is_file():
            continue
        try:
            if _writer_gone(name) or path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed

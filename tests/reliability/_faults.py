"""Helpers shared by the fault tests and their child process (`_writer.py`).

What counts as "an entry" for the kill tests: a diary symptom entry when the diary
service exists, else a carer row (people service). Either way it is one real save through
the app's own service and session, so it goes through SQLCipher, WAL and fsync.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

PASSPHRASE = "correct horse battery staple"
OTHER_PASSPHRASE = "a different long passphrase"
ENTRY_PREFIX = "Fault entry "


def file_hashes(folder: Path) -> dict[str, str]:
    """sha256 of every file under `folder` (relative path -> digest)."""
    result = {}
    for path in sorted(Path(folder).rglob("*")):
        # journal.lock: an empty file whose OS lock says "open" (storage/journal_lock.py).
        if path.is_file() and path.name != "journal.lock":
            result[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


def _diary():
    from tracker.services import diary

    return diary


def _clock():
    from zoneinfo import ZoneInfo

    from tracker.domain.clock import SystemClock

    return SystemClock(ZoneInfo("Europe/London"))


def save_entry(journal, index: int) -> str:
    """Save one entry through the app's service; return an id the parent can look up."""
    from tracker.domain.symptoms import SymptomRating

    clock = _clock()
    result = _diary().log_symptoms(journal, [SymptomRating("fatigue", severity=index % 5)], entered_by=None,
                                   occurred_at=clock.now(), clock=clock, note=f"{ENTRY_PREFIX}{index}")
    return f"log:{result.log_id}:{index}"


def save_marked_diary_entry(journal, marker: str) -> None:
    """A symptom log whose note and rating note carry `marker` (for the plaintext scan)."""
    from tracker.domain.symptoms import SymptomRating

    clock = _clock()
    _diary().log_symptoms(journal, [SymptomRating("nausea", severity=2, note=f"{marker} rating")], entered_by=None,
                          occurred_at=clock.now(), clock=clock, note=f"{marker} log note")


def saved_entries(journal) -> set[str]:
    """Every entry id `save_entry` could have produced that is present in the journal."""
    with journal.connection() as conn:
        rows = conn.exec_driver_sql("SELECT id, note FROM diary_logs WHERE note LIKE ?", (ENTRY_PREFIX + "%",))
        return {f"log:{row[0]}:{row[1][len(ENTRY_PREFIX):]}" for row in rows}


def integrity_ok(journal) -> list[str]:
    """`PRAGMA integrity_check` and SQLCipher's page check; [] when healthy."""
    with journal.connection() as conn:
        structure = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        cipher = [row[0] for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()]
    problems = [] if structure == ["ok"] else structure
    return problems + cipher


def flip_bytes(path: Path, offset: int, count: int = 8) -> None:
    """Invert `count` bytes at `offset` (negative: from the end) in place."""
    data = bytearray(Path(path).read_bytes())
    start = offset if offset >= 0 else len(data) + offset
    for i in range(start, min(start + count, len(data))):
        data[i] ^= 0xFF
    Path(path).write_bytes(bytes(data))


def env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


def ddl_is_transactional(journal) -> bool:
    """Does a schema change inside `journal.connection()` roll back with its transaction?

    Python's sqlite3 driver family (sqlcipher3 too) does not BEGIN before DDL, so unless the
    engine emits BEGIN itself, each CREATE/ALTER commits on its own and an upgrade killed
    half-way leaves a half-upgraded journal that fails to open.
    """
    class _Rollback(Exception):
        pass

    try:
        with journal.connection() as conn:
            conn.exec_driver_sql("CREATE TABLE ddl_probe (id INTEGER)")
            raise _Rollback
    except _Rollback:
        pass
    with journal.connection() as conn:
        left = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'ddl_probe'").scalar()
        if left:
            conn.exec_driver_sql("DROP TABLE ddl_probe")
    return not left


def migrations_with_test_revision(dest: Path) -> Path:
    """A copy of the app's migrations plus the test-only revision 9001 on top of head."""
    from tracker.storage import schema

    folder = Path(dest) / "migrations"
    shutil.copytree(schema.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    text = (Path(__file__).resolve().parent / "fixtures" / "fault_revision_9001.py").read_text(encoding="utf-8")
    text = text.replace("__DOWN_REVISION__", schema.head_revision())
    (folder / "versions" / "9001_fault_test.py").write_text(text, encoding="utf-8")
    return folder

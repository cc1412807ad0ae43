"""Nothing written to the diary appears in plain text in any file, at any point.

The scan runs while the journal is still open and before any checkpoint, when the newest
pages live only in the -wal file; then again after closing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import _faults

from tracker.services import people, settings

MARKER = "PLAINTEXT-MARKER-7f3a9c"


def _encodings(marker: str) -> list[bytes]:
    return [marker.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def files_containing(folder: Path, marker: str) -> list[str]:
    needles = _encodings(marker)
    hits = []
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if any(needle in data for needle in needles):
                hits.append(str(path.relative_to(folder)))
    return hits


def _write_marked_entries(journal) -> None:
    people.add_carer(journal, f"{MARKER} carer", f"{MARKER} relation")
    settings.set(journal, "fault.marker", {"note": MARKER * 3})
    _faults.save_marked_diary_entry(journal, MARKER)


def test_scanner_finds_a_marker_in_an_unencrypted_database(tmp_path):
    """Control: the scan must be able to fail (plain SQLite, UTF-8 and UTF-16 text)."""
    for encoding in ("UTF-8", "UTF-16le"):
        folder = tmp_path / encoding
        folder.mkdir()
        conn = sqlite3.connect(folder / "plain.db")
        conn.execute(f"PRAGMA encoding = '{encoding}'")
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.execute("INSERT INTO t VALUES (?)", (MARKER,))
        conn.commit()
        conn.close()
        assert files_containing(folder, MARKER) == ["plain.db"]


def test_marker_is_in_no_file_before_or_after_checkpoint(data_dir, journal):
    from tracker.services import app_prefs

    app_prefs.update(data_dir, last_journal=journal.journal_id)
    _write_marked_entries(journal)
    paths = journal.paths
    # Still open, not checkpointed: the new pages sit in the write-ahead log.
    assert paths.wal.exists() and paths.wal.stat().st_size > 0, "expected un-checkpointed pages in the -wal"
    present = {p.name for p in data_dir.rglob("*") if p.is_file()}
    assert {"journal.db", "journal.db-wal", "journal.db-shm", "journal.keys", "journal.keys.spare", "app.json"} <= present
    assert files_containing(data_dir, MARKER) == []

    with journal.connection(read_only=True) as conn:  # a checkpoint cannot run under a write lock
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert files_containing(data_dir, MARKER) == []
    journal.close()
    assert files_containing(data_dir, MARKER) == []
    # And the words are really in there, readable once unlocked.
    from tracker.services.journals import unlock

    reopened = unlock(data_dir, journal.journal_id, _faults.PASSPHRASE)
    try:
        assert any(MARKER in p.name for p in people.list_people(reopened))
    finally:
        reopened.close()


def test_files_are_owner_only(data_dir, journal):
    import os
    import stat

    if os.name != "posix":
        return
    people.add_carer(journal, "Someone")
    for path in [data_dir, *data_dir.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path.relative_to(data_dir.parent)} is readable by others ({oct(mode)})"

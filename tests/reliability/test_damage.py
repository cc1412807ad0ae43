"""Wrong passphrases, damaged and missing files: each is told apart and reported plainly.

- A wrong passphrase changes no byte of any file and is never reported as damage.
- A damaged or missing database is JournalDamaged (never "wrong passphrase", never a crash),
  and the newest backup restores it.
- A damaged or missing key file is mended from its spare; both gone is KeyFileMissing, both
  unreadable is KeyFileDamaged.
- A damaged write-ahead log never costs what was already in the database.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import _faults
import pytest

from tracker.domain.errors import JournalDamaged, KeyFileDamaged, KeyFileMissing, KnownError, WrongPassphrase
from tracker.services.journals import unlock
from tracker.storage.paths import journal_paths

PAGE = 4096  # SQLCipher 4 default page size


def _fill(journal, count: int, start: int = 0) -> set[str]:
    return {_faults.save_entry(journal, i) for i in range(start, start + count)}


@pytest.fixture(scope="module")
def _template(tmp_path_factory):
    """Made once per module (saving 60 entries takes most of a second): copied per test."""
    from tracker.services.journals import create_journal

    folder = tmp_path_factory.mktemp("template") / "data"
    journal = create_journal(folder, "Damage Test", _faults.PASSPHRASE).journal
    ids = _fill(journal, 60)
    journal.close()
    return folder, journal.journal_id, ids


@pytest.fixture
def closed_journal(data_dir, _template):
    """A closed journal with a few pages of entries; returns (journal_id, entry ids)."""
    folder, journal_id, ids = _template
    shutil.copytree(folder, data_dir)
    return journal_id, ids


def _crash_image(journal, dest_data_dir: Path) -> Path:
    """Copy the journal's folder while it is open: what a crash or power cut would leave."""
    dest = journal_paths(dest_data_dir, journal.journal_id).folder
    shutil.copytree(journal.paths.folder, dest)
    return dest


def _open_outcome(data_dir, journal_id, passphrase=_faults.PASSPHRASE):
    """('ok', entries, problems) or ('error', exception) — a non-KnownError propagates (a bug)."""
    try:
        journal = unlock(data_dir, journal_id, passphrase)
    except KnownError as exc:
        return "error", exc
    try:
        try:
            entries = _faults.saved_entries(journal)
            problems = _faults.integrity_ok(journal)
        except Exception as exc:  # noqa: BLE001 - only damage may surface, and only as JournalDamaged
            from sqlalchemy.exc import DBAPIError

            from tracker.storage.engine import map_db_error

            assert isinstance(exc, (JournalDamaged, DBAPIError)), exc
            if isinstance(exc, DBAPIError):
                assert isinstance(map_db_error(exc.orig), JournalDamaged), exc
            return "error", JournalDamaged()
        return "ok", entries, problems
    finally:
        journal.close()


# -- wrong passphrase ----------------------------------------------------------------

def test_wrong_passphrase_changes_no_byte_and_is_not_damage(data_dir, journal, tmp_path):
    _fill(journal, 5)
    image_dir = tmp_path / "image"
    _crash_image(journal, image_dir)  # with un-checkpointed pages in the -wal
    journal.close()
    for folder in (data_dir, image_dir):
        before = _faults.file_hashes(folder)
        with pytest.raises(WrongPassphrase):
            unlock(folder, journal.journal_id, "not the passphrase at all")
        assert _faults.file_hashes(folder) == before


def test_wrong_passphrase_on_a_damaged_database_is_still_wrong_passphrase(data_dir, closed_journal):
    journal_id, _ = closed_journal
    _faults.flip_bytes(journal_paths(data_dir, journal_id).db, 0, 16)
    before = _faults.file_hashes(data_dir)
    with pytest.raises(WrongPassphrase):
        unlock(data_dir, journal_id, "not the passphrase at all")
    assert _faults.file_hashes(data_dir) == before


# -- the database ----------------------------------------------------------------------

@pytest.mark.parametrize("offset", [0, 100, 3 * PAGE + 200, -PAGE // 2])
def test_flipped_bytes_in_the_database_are_damage(data_dir, closed_journal, offset):
    journal_id, ids = closed_journal
    db = journal_paths(data_dir, journal_id).db
    assert db.stat().st_size > 5 * PAGE
    _faults.flip_bytes(db, offset, 8)
    outcome = _open_outcome(data_dir, journal_id)
    if outcome[0] == "error":
        assert isinstance(outcome[1], JournalDamaged), outcome
    else:
        _, entries, problems = outcome
        assert problems, "a flipped page went unnoticed by the integrity check"


@pytest.mark.parametrize("keep", [1000, PAGE, 3 * PAGE + 17])
def test_truncated_database_is_damage(data_dir, closed_journal, keep):
    journal_id, _ = closed_journal
    db = journal_paths(data_dir, journal_id).db
    with open(db, "r+b") as fh:
        fh.truncate(keep)
    outcome = _open_outcome(data_dir, journal_id)
    if outcome[0] == "error":
        assert isinstance(outcome[1], JournalDamaged), outcome
    else:
        assert outcome[2], "a truncated database passed the integrity check"


def test_emptied_database_is_damage_not_a_new_journal(data_dir, closed_journal):
    """SQLite would treat an empty file as a new database: the diary must not look wiped."""
    journal_id, _ = closed_journal
    db = journal_paths(data_dir, journal_id).db
    db.write_bytes(b"")
    with pytest.raises(JournalDamaged):
        unlock(data_dir, journal_id, _faults.PASSPHRASE).close()


def test_deleted_database_is_reported_with_the_way_back(data_dir, closed_journal):
    journal_id, _ = closed_journal
    journal_paths(data_dir, journal_id).db.unlink()
    with pytest.raises(JournalDamaged) as info:
        unlock(data_dir, journal_id, _faults.PASSPHRASE)
    assert "backup" in info.value.message


def test_damaged_database_is_restored_from_the_newest_backup(data_dir, journal):
    from tracker.services import backup

    ids = _fill(journal, 40)
    backup.backup_now(journal)
    journal.close()
    db = journal.paths.db
    _faults.flip_bytes(db, 0, 64)
    with pytest.raises(JournalDamaged):
        unlock(data_dir, journal.journal_id, _faults.PASSPHRASE)
    newest = backup.newest_backup(data_dir, journal.journal_id)
    assert newest is not None
    backup.restore_backup(data_dir, journal.journal_id, newest.path, _faults.PASSPHRASE)
    outcome = _open_outcome(data_dir, journal.journal_id)
    assert outcome[0] == "ok" and outcome[1] == ids and outcome[2] == []


def test_check_command_reports_damage_plainly(data_dir, closed_journal, monkeypatch, capsys):
    from tracker.cli.main import run_cli

    journal_id, _ = closed_journal
    monkeypatch.setenv("TRACKER_PASSPHRASE", _faults.PASSPHRASE)
    assert run_cli(["check", "--data-dir", str(data_dir)]) == 0
    _faults.flip_bytes(journal_paths(data_dir, journal_id).db, 0, 64)
    capsys.readouterr()
    assert run_cli(["check", "--data-dir", str(data_dir)]) == 4
    assert JournalDamaged.message in capsys.readouterr().err


# -- the key file ----------------------------------------------------------------------

def _spoil(path: Path, how: str) -> None:
    if how == "delete":
        path.unlink()
    elif how == "garbage":
        path.write_bytes(b"\x00\xffnot json at all")
    elif how == "truncate":
        path.write_bytes(path.read_bytes()[:40])
    elif how == "flip":
        _faults.flip_bytes(path, len(path.read_bytes()) // 2, 4)


@pytest.mark.parametrize("how", ["delete", "garbage", "truncate", "flip"])
def test_spare_key_file_takes_over_and_mends_the_main_copy(data_dir, closed_journal, how):
    journal_id, ids = closed_journal
    paths = journal_paths(data_dir, journal_id)
    good = paths.spare_keys.read_bytes()
    _spoil(paths.keys, how)
    outcome = _open_outcome(data_dir, journal_id)
    if how == "flip" and outcome[0] == "error":
        # A flip inside a base64 field can still parse; the wrapped key then fails its tag.
        assert isinstance(outcome[1], (WrongPassphrase, KeyFileDamaged)), outcome
        return
    assert outcome[0] == "ok" and outcome[1] == ids
    assert paths.keys.read_bytes() == good


def test_main_key_file_mends_a_missing_spare(data_dir, closed_journal):
    journal_id, ids = closed_journal
    paths = journal_paths(data_dir, journal_id)
    paths.spare_keys.unlink()
    assert _open_outcome(data_dir, journal_id)[1] == ids
    assert paths.spare_keys.read_bytes() == paths.keys.read_bytes()


def test_both_key_files_gone_is_key_file_missing(data_dir, closed_journal):
    journal_id, _ = closed_journal
    paths = journal_paths(data_dir, journal_id)
    paths.keys.unlink()
    paths.spare_keys.unlink()
    with pytest.raises(KeyFileMissing) as info:
        unlock(data_dir, journal_id, _faults.PASSPHRASE)
    assert "backup" in info.value.message


@pytest.mark.parametrize("spare", ["garbage", "delete", "truncate"])
def test_both_key_files_unreadable_is_key_file_damaged(data_dir, closed_journal, spare):
    journal_id, _ = closed_journal
    paths = journal_paths(data_dir, journal_id)
    _spoil(paths.keys, "garbage")
    _spoil(paths.spare_keys, spare)
    before = _faults.file_hashes(data_dir)
    with pytest.raises(KeyFileDamaged):
        unlock(data_dir, journal_id, _faults.PASSPHRASE)
    assert _faults.file_hashes(data_dir) == before


# -- the write-ahead log -----------------------------------------------------------------

@pytest.mark.parametrize("where", ["header", "first-frame", "last-frame", "truncate"])
def test_damaged_wal_never_costs_checkpointed_entries(data_dir, journal, tmp_path, where):
    kept = _fill(journal, 30)
    with journal.connection(read_only=True) as conn:  # a checkpoint cannot run under a write lock
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    recent = _fill(journal, 10, start=1000)
    image = tmp_path / "image"
    folder = _crash_image(journal, image)
    journal.close()
    wal = folder / "journal.db-wal"
    size = wal.stat().st_size
    assert size > 32 + PAGE
    if where == "header":
        _faults.flip_bytes(wal, 8, 8)
    elif where == "first-frame":
        _faults.flip_bytes(wal, 32 + 24 + 100, 8)
    elif where == "last-frame":
        _faults.flip_bytes(wal, -100, 8)
    else:
        with open(wal, "r+b") as fh:
            fh.truncate(size // 2)
    outcome = _open_outcome(image, journal.journal_id)
    if outcome[0] == "error":
        assert isinstance(outcome[1], JournalDamaged), outcome
        return
    _, entries, problems = outcome
    assert problems == []
    assert kept <= entries, "entries already in the database were lost with a damaged log"
    assert entries <= kept | recent


@pytest.mark.parametrize("where", ["header", "first-frame", "middle", "last-frame", "truncate"])
def test_damaged_wal_never_costs_a_confirmed_save(data_dir, journal, tmp_path, where):
    """Issue 13, item 9: every save is checkpointed into the database file, so a damaged log
    (SQLite stops at its first bad frame) no longer drops saves that were confirmed."""
    confirmed = _fill(journal, 30)
    image = tmp_path / "image"
    folder = _crash_image(journal, image)
    journal.close()
    wal = folder / "journal.db-wal"
    size = wal.stat().st_size
    assert size > 32 + PAGE
    if where == "header":
        _faults.flip_bytes(wal, 8, 8)
    elif where == "first-frame":
        _faults.flip_bytes(wal, 32 + 24 + 100, 8)
    elif where == "middle":
        _faults.flip_bytes(wal, size // 2, 8)
    elif where == "last-frame":
        _faults.flip_bytes(wal, -100, 8)
    else:
        with open(wal, "r+b") as fh:
            fh.truncate(size // 2)
    outcome = _open_outcome(image, journal.journal_id)
    assert outcome[0] == "ok", outcome
    _, entries, problems = outcome
    assert problems == []
    assert entries == confirmed, f"{len(confirmed - entries)} confirmed saves lost with a damaged log"


# -- backups -----------------------------------------------------------------------------

@pytest.fixture
def two_backups(data_dir, journal):
    from tracker.services import backup
    from tracker.storage.paths import ensure_private_dir

    ensure_private_dir(journal.paths.backups)
    first_ids = _fill(journal, 10)
    older = backup.backup_now(journal, journal.paths.backups / "older.tjbackup")
    ids = first_ids | _fill(journal, 10, start=500)
    newer = backup.backup_now(journal, journal.paths.backups / "newer.tjbackup")
    journal.close()
    return journal.journal_id, older.path, newer.path, first_ids, ids


@pytest.mark.parametrize("how", ["flip-header", "flip-body", "flip-tag", "truncate"])
def test_damaged_backup_is_refused_and_the_journal_left_alone(data_dir, two_backups, how):
    from tracker.domain.errors import BackupRejected
    from tracker.services import backup

    journal_id, _, newer, _, ids = two_backups
    size = newer.stat().st_size
    if how == "flip-header":
        _faults.flip_bytes(newer, 40, 4)
    elif how == "flip-body":
        _faults.flip_bytes(newer, size // 2, 4)
    elif how == "flip-tag":
        _faults.flip_bytes(newer, -8, 4)
    else:
        with open(newer, "r+b") as fh:
            fh.truncate(size * 2 // 3)
    with pytest.raises(BackupRejected):
        backup.verify_backup(newer, _faults.PASSPHRASE)
    folder = journal_paths(data_dir, journal_id).folder
    before = {k: v for k, v in _faults.file_hashes(folder).items() if not k.startswith("backups")}
    with pytest.raises(BackupRejected):
        backup.restore_backup(data_dir, journal_id, newer, _faults.PASSPHRASE)
    after = {k: v for k, v in _faults.file_hashes(folder).items() if not k.startswith("backups")}
    assert after == before
    assert _open_outcome(data_dir, journal_id)[1] == ids


def test_wrong_passphrase_on_a_backup_is_not_called_damage(data_dir, two_backups):
    from tracker.services import backup

    _, _, newer, _, _ = two_backups
    with pytest.raises(WrongPassphrase):
        backup.verify_backup(newer, "not the passphrase at all")


def test_deleted_newest_backup_falls_back_to_the_one_before(data_dir, two_backups):
    from tracker.services import backup

    journal_id, older, newer, first_ids, _ = two_backups
    newer.unlink()
    journal_paths(data_dir, journal_id).db.unlink()
    offered = backup.newest_backup(data_dir, journal_id)
    assert offered is not None and offered.path == older
    backup.restore_backup(data_dir, journal_id, offered.path, _faults.PASSPHRASE)
    assert _open_outcome(data_dir, journal_id)[1] == first_ids

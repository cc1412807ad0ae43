"""Backups: one encrypted file that restores the same journal, refuses damage, and never
replaces anything before it has been checked."""

from __future__ import annotations

import errno
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tracker.domain.errors import BackupRejected, DiskFull, WrongPassphrase, WrongRecoveryKey
from tracker.services import backup, people, settings
from tracker.services.exports.json_export import build_export
from tracker.services.journals import unlock, unlock_with_recovery_key

PASS = "correct horse battery staple"


def _tables(journal) -> dict:
    return build_export(journal)["tables"]


def _fill(journal) -> None:
    people.add_carer(journal, "Sam", "partner")
    settings.set(journal, "test.value", {"n": 3})


def _files(paths) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (paths.db, paths.keys, paths.spare_keys, paths.wal) if p.exists()}


def test_backup_restores_identical_journal_in_fresh_folder(journal, tmp_path):
    _fill(journal)
    before = _tables(journal)
    info = backup.backup_now(journal)
    assert info.path.parent == journal.paths.backups
    assert info.kind == backup.MANUAL
    if os.name == "posix":
        assert info.path.stat().st_mode & 0o077 == 0

    fresh = tmp_path / "fresh"
    journal_id = backup.restore_as_new_journal(fresh, info.path, PASS)
    assert journal_id == journal.journal_id
    restored = unlock(fresh, journal_id, PASS)
    try:
        assert _tables(restored) == before
        assert restored.display_name == journal.display_name
    finally:
        restored.close()


def test_backup_opens_only_with_passphrase_or_recovery_key(created, tmp_path):
    info = backup.backup_now(created.journal)
    with pytest.raises(WrongPassphrase):
        backup.verify_backup(info.path, "not the passphrase at all")
    with pytest.raises(WrongRecoveryKey):
        backup.verify_backup(info.path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", use_recovery_key=True)
    assert backup.verify_backup(info.path, PASS).journal_id == created.journal.journal_id
    checked = backup.verify_backup(info.path, created.recovery_key, use_recovery_key=True)
    assert checked.journal_id == created.journal.journal_id
    # The recovery key also restores, and then opens the restored journal.
    jid = backup.restore_as_new_journal(tmp_path / "other", info.path, created.recovery_key, use_recovery_key=True)
    unlock_with_recovery_key(tmp_path / "other", jid, created.recovery_key).close()


@pytest.mark.parametrize("damage", ["truncate_body", "truncate_tag", "flip_body", "flip_header", "flip_tag", "not_a_backup"])
def test_damaged_backup_refused_and_journal_untouched(journal, data_dir, damage):
    info = backup.backup_now(journal)
    data = bytearray(info.path.read_bytes())
    header_end = 14 + 200
    if damage == "truncate_body":
        data = data[: len(data) // 2]
    elif damage == "truncate_tag":
        data = data[:-5]
    elif damage == "flip_body":
        data[len(data) - 2000] ^= 0x01
    elif damage == "flip_header":
        data[header_end] ^= 0x20
    elif damage == "flip_tag":
        data[-1] ^= 0xFF
    else:
        data = bytearray(b"PK\x03\x04 this is a zip file, not a backup" * 10)
    info.path.write_bytes(bytes(data))

    settings.set(journal, "after.backup", True)  # the live journal differs from the backup
    journal.close()
    before = _files(journal.paths)
    with pytest.raises(BackupRejected) as caught:
        backup.restore_backup(data_dir, journal.journal_id, info.path, PASS)
    assert "not changed" in caught.value.message
    assert _files(journal.paths) == before
    assert not [p for p in journal.paths.folder.iterdir() if p.name.startswith((".restore", "replaced-"))]
    reopened = unlock(data_dir, journal.journal_id, PASS)
    try:
        assert settings.get(reopened, "after.backup") is True
    finally:
        reopened.close()


def test_flipped_header_byte_is_rejected_not_wrong_passphrase(journal):
    """A change inside the key slots must not pass as 'wrong passphrase' forever: the tag or
    the header check refuses it as damaged."""
    info = backup.backup_now(journal)
    data = bytearray(info.path.read_bytes())
    text = bytes(data)
    at = text.index(b'"display_name"') + 17
    data[at] ^= 0x01
    info.path.write_bytes(bytes(data))
    with pytest.raises(BackupRejected):
        backup.verify_backup(info.path, PASS)


def test_restore_replaces_and_keeps_current_aside(journal, data_dir):
    info = backup.backup_now(journal)
    settings.set(journal, "made.after.backup", "yes")
    journal.close()
    aside = backup.restore_backup(data_dir, journal.journal_id, info.path, PASS)
    assert aside is not None and aside.is_dir() and aside.name.startswith("replaced-")
    restored = unlock(data_dir, journal.journal_id, PASS)
    try:
        assert settings.get(restored, "made.after.backup") is None
    finally:
        restored.close()
    # The kept-aside journal still opens and still has the newer entry.
    from tracker.storage import keyslots
    from tracker.storage.journal import open_with_key
    from tracker.storage.paths import JournalPaths

    old = JournalPaths(aside)
    key = keyslots.load(old, repair=False).unwrap_with_passphrase(PASS)
    kept = open_with_key(old, keyslots.load(old, repair=False), key)
    try:
        assert settings.get(kept, "made.after.backup") == "yes"
    finally:
        kept.close()


def test_backup_of_another_journal_is_refused(journal, data_dir, tmp_path):
    from tracker.services.journals import create_journal

    other = create_journal(tmp_path / "elsewhere", "Other", PASS)
    info = backup.backup_now(other.journal)
    other.journal.close()
    journal.close()
    before = _files(journal.paths)
    with pytest.raises(BackupRejected, match="different journal"):
        backup.restore_backup(data_dir, journal.journal_id, info.path, PASS)
    assert _files(journal.paths) == before


def test_restore_as_new_refuses_existing_journal(journal, data_dir):
    info = backup.backup_now(journal)
    with pytest.raises(backup.JournalExists):
        backup.restore_as_new_journal(data_dir, info.path, PASS)


def _failing_fdopen(real_fdopen, limit: int):
    def fdopen(fd, *args, **kwargs):
        fh = real_fdopen(fd, *args, **kwargs)
        written = [0]
        real_write = fh.write

        def write(data):
            written[0] += len(data)
            if written[0] > limit:
                raise OSError(errno.ENOSPC, "No space left on device")
            return real_write(data)

        fh.write = write
        return fh

    return fdopen


def test_disk_full_during_backup_leaves_no_partial_file(journal, data_dir, monkeypatch):
    _fill(journal)
    backup.backup_now(journal)  # an earlier good backup must survive
    good = set(journal.paths.backups.iterdir())
    monkeypatch.setattr(os, "fdopen", _failing_fdopen(os.fdopen, 10_000))
    with pytest.raises(DiskFull):
        backup.backup_now(journal)
    monkeypatch.undo()
    assert set(journal.paths.backups.iterdir()) == good  # no temp file, no snapshot, no half backup
    assert people.list_people(journal)  # the journal still works
    journal.close()
    unlock(data_dir, journal.journal_id, PASS).close()


def test_disk_full_at_fsync_also_cleans_up(journal, monkeypatch):
    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(DiskFull):
        backup.backup_now(journal)
    monkeypatch.undo()
    assert list(journal.paths.backups.iterdir()) == []


def test_progress_reaches_the_end(journal):
    seen = []
    backup.backup_now(journal, progress=lambda done, total, label="": seen.append((done, total)))
    assert seen and seen[-1] == (100, 100)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_backup_to_chosen_file(journal, tmp_path):
    info = backup.backup_now(journal, tmp_path / "usb-copy")
    assert info.path == tmp_path / "usb-copy.tjbackup"
    assert backup.verify_backup(info.path, PASS).journal_id == journal.journal_id


def test_list_and_newest(journal, data_dir, clock):
    assert backup.newest_backup(data_dir, journal.journal_id) is None
    first = backup.backup_now(journal, clock=clock)
    clock.advance(hours=1)
    second = backup.backup_now(journal, clock=clock)
    (journal.paths.backups / "junk.tjbackup").write_bytes(b"nope")
    listed = backup.list_backups(data_dir, journal.journal_id)
    assert [b.path for b in listed] == [second.path, first.path]
    assert backup.newest_backup(data_dir, journal.journal_id).path == second.path


def test_automatic_backups_daily_with_retention(journal, data_dir, clock):
    assert backup.auto_backup_if_due(journal, clock) is not None
    assert backup.auto_backup_if_due(journal, clock) is None  # once a day
    for _ in range(60):
        clock.advance(days=1)
        backup.auto_backup_if_due(journal, clock)
    autos = [b for b in backup.list_backups(data_dir, journal.journal_id) if b.kind == backup.AUTO]
    days = sorted({b.created.astimezone(clock.zone).date() for b in autos}, reverse=True)
    today = clock.today()
    # The last 7 days, plus one per week for the last 4 weeks (which overlap the days).
    assert days[:7] == [today - timedelta(days=n) for n in range(7)]
    weeks = {d.isocalendar()[:2] for d in days}
    assert len(weeks) == 4
    assert len(autos) <= backup.KEEP_DAILY + backup.KEEP_WEEKLY
    assert min(days) >= today - timedelta(days=28)


def test_manual_backups_are_never_pruned(journal, data_dir, clock):
    manual = backup.backup_now(journal, clock=clock)
    for _ in range(20):
        clock.advance(days=1)
        backup.auto_backup_if_due(journal, clock)
    assert manual.path.exists()


def test_automatic_backups_can_be_turned_off(journal, clock):
    backup.set_automatic_backups(journal, False)
    assert not backup.automatic_backups_enabled(journal)
    assert backup.auto_backup_if_due(journal, clock) is None
    backup.set_automatic_backups(journal, True)
    assert backup.auto_backup_if_due(journal, clock) is not None


def test_restore_into_missing_folder_creates_it(journal, data_dir, tmp_path):
    info = backup.backup_now(journal)
    fresh = tmp_path / "new-data"
    assert backup.restore_backup(fresh, journal.journal_id, info.path, PASS) is None
    unlock(fresh, journal.journal_id, PASS).close()


def test_created_time_uses_clock(journal, clock):
    info = backup.backup_now(journal, clock=clock)
    assert info.created == clock.now().astimezone(info.created.tzinfo).replace(microsecond=0)
    assert isinstance(info.created, datetime) and Path(info.path).exists()


def test_disk_full_during_restore_changes_nothing(journal, data_dir, monkeypatch):
    info = backup.backup_now(journal)
    settings.set(journal, "after.backup", True)
    journal.close()
    before = _files(journal.paths)

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(DiskFull):
        backup.restore_backup(data_dir, journal.journal_id, info.path, PASS)
    monkeypatch.undo()
    assert _files(journal.paths) == before
    assert not [p for p in journal.paths.folder.iterdir() if p.name.startswith((".restore", "replaced-"))]
    reopened = unlock(data_dir, journal.journal_id, PASS)
    try:
        assert settings.get(reopened, "after.backup") is True
    finally:
        reopened.close()


def test_two_backups_at_once_do_not_clash(journal, data_dir):
    import threading

    results, errors = [], []

    def run(kind):
        try:
            results.append(backup.backup_now(journal, kind=kind))
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(kind,)) for kind in (backup.AUTO, backup.MANUAL)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    for info in results:
        backup.verify_backup(info.path, PASS)
    assert sorted(p.suffix for p in journal.paths.backups.iterdir()) == [".tjbackup", ".tjbackup"]


def test_storage_level_backup_for_schema_upgrades_is_listed(journal, data_dir):
    """The pre-upgrade backup (written by storage, which cannot use services) is a normal backup."""
    from tracker.storage import backup_file

    target = journal.paths.backups / "pre-upgrade-0001-20260310T090000Z.tjbackup"
    journal.paths.backups.mkdir(exist_ok=True)
    backup_file.write_journal_backup(journal.paths, journal.data_key, target, display_name="Test Patient",
                                     created="2026-03-10T09:00:00+00:00")
    [info] = backup.list_backups(data_dir, journal.journal_id)
    assert info.kind == backup.UPGRADE
    assert backup.verify_backup(target, PASS).journal_id == journal.journal_id


def test_restore_with_current_key_keeps_todays_passphrase(journal, data_dir):
    from tracker.services.journals import change_passphrase

    info = backup.backup_now(journal)
    change_passphrase(journal, "a newer passphrase here")
    key = journal.data_key
    journal.close()
    backup.restore_backup(data_dir, journal.journal_id, info.path, PASS, current_data_key=key)
    unlock(data_dir, journal.journal_id, "a newer passphrase here").close()
    with pytest.raises(WrongPassphrase):
        unlock(data_dir, journal.journal_id, PASS)


def test_restore_without_current_key_brings_back_the_backups_key_file(journal, data_dir):
    from tracker.services.journals import change_passphrase

    info = backup.backup_now(journal)
    change_passphrase(journal, "a newer passphrase here")
    journal.close()
    backup.restore_backup(data_dir, journal.journal_id, info.path, PASS)
    unlock(data_dir, journal.journal_id, PASS).close()


@pytest.mark.parametrize("stop_at", [0, 50, 90, 100])
def test_cancel_at_any_progress_step_is_all_or_nothing(journal, data_dir, stop_at):
    """Cancelling (progress raising) either changes nothing or happens after everything is done."""
    from tracker.domain.errors import OperationCancelled

    def progress(done, total, label=""):
        if done * 100 // max(total, 1) >= stop_at:
            raise OperationCancelled()

    info = backup.backup_now(journal)
    with pytest.raises(OperationCancelled):
        backup.backup_now(journal, progress=progress)
    assert list(journal.paths.backups.iterdir()) == [info.path]

    settings.set(journal, "after.backup", True)
    journal.close()
    before = _files(journal.paths)
    try:
        backup.restore_backup(data_dir, journal.journal_id, info.path, PASS, progress=progress)
    except OperationCancelled:
        assert _files(journal.paths) == before
        assert not [p for p in journal.paths.folder.iterdir() if p.name.startswith((".restore", "replaced-"))]
    else:  # no cancel point is left once the swap has begun: then it is fully restored
        assert stop_at > 90
        reopened = unlock(data_dir, journal.journal_id, PASS)
        try:
            assert settings.get(reopened, "after.backup") is None
        finally:
            reopened.close()


def test_leftovers_of_killed_backups_are_cleaned_up_by_the_next_one(journal):
    import os
    import time

    from tracker.services.backup import backup_now

    folder = journal.paths.backups
    folder.mkdir(exist_ok=True)
    old_snapshot = folder / ".snapshot-deadbeef.db"
    old_temp = folder / ".auto-x.tjbackup.abc.tmp"
    fresh_temp = folder / ".running.tjbackup.def.tmp"  # another backup still writing
    for path in (old_snapshot, old_temp, fresh_temp):
        path.write_bytes(b"x" * 100)
    two_hours_ago = time.time() - 7200
    os.utime(old_snapshot, (two_hours_ago, two_hours_ago))
    os.utime(old_temp, (two_hours_ago, two_hours_ago))
    backup_now(journal)
    assert not old_snapshot.exists() and not old_temp.exists()
    assert fresh_temp.exists()

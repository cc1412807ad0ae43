"""Issue 13, item 1: "Someone may know my passphrase or recovery key" gives the journal a new
data key; the old passphrase, the old recovery key and every old key-file copy then open
nothing current. "Change passphrase" alone does not (the first test pins that down)."""

from __future__ import annotations

import pytest

from tracker.domain.errors import JournalDamaged, OldCopiesNotRelocked, WrongPassphrase, WrongRecoveryKey
from tracker.services import backup, journals, settings
from tracker.storage import keyslots, rekey
from tracker.storage.engine import connect
from tracker.storage.paths import JournalPaths

PASS = "correct horse battery staple"
NEW = "a completely new passphrase"


def _old_key_opens_current_db(old_keys_text: str, paths) -> bool:
    old_key = keyslots.KeyFile.from_json(old_keys_text).unwrap_with_passphrase(PASS)
    try:
        connect(paths.db, old_key).close()
    except JournalDamaged:
        return False
    return True


def test_change_passphrase_alone_leaves_old_key_file_copies_working(created):
    """What "Change passphrase" does not do (its wording now says so)."""
    journal = created.journal
    old_keys = journal.paths.keys.read_text()
    journals.change_passphrase(journal, NEW)
    journal.close()
    assert _old_key_opens_current_db(old_keys, journal.paths)


def test_new_keys_revoke_old_passphrase_recovery_key_and_key_file_copies(created, data_dir, tmp_path):
    journal = created.journal
    jid, paths = journal.journal_id, journal.paths
    settings.set(journal, "marker", "kept")
    auto = backup.backup_now(journal)  # in the journal's backups folder
    outside = backup.backup_now(journal, tmp_path)  # saved elsewhere: out of reach
    journal.close()
    again = journals.unlock(data_dir, jid, PASS)
    restored_from = backup.backup_now(again, tmp_path / "elsewhere.tjbackup")
    again.close()
    # A restore leaves a replaced-* folder holding the old key file and database.
    aside = backup.restore_backup(data_dir, jid, restored_from.path, PASS)
    old_keys = paths.keys.read_text()
    journal = journals.unlock(data_dir, jid, PASS)

    result = journals.start_over_with_new_keys(journal, NEW, delete_old_copies=False)

    assert (result.reencrypted, result.deleted, result.left) == (2, 0, 0)
    assert settings.get(journal, "marker") == "kept"  # still open, under the new key
    settings.set(journal, "after", "rekey")
    journal.close()
    assert not _old_key_opens_current_db(old_keys, paths)
    with pytest.raises(WrongPassphrase):
        journals.unlock(data_dir, jid, PASS)
    with pytest.raises(WrongRecoveryKey):
        journals.unlock_with_recovery_key(data_dir, jid, created.recovery_key)
    journals.unlock_with_recovery_key(data_dir, jid, result.recovery_key).close()
    reopened = journals.unlock(data_dir, jid, NEW)
    try:
        assert settings.get(reopened, "after") == "rekey"
    finally:
        reopened.close()
    # The backup in the journal's folder: re-encrypted, same name, opens only with the new secrets.
    with pytest.raises(WrongPassphrase):
        backup.verify_backup(auto.path, PASS)
    backup.verify_backup(auto.path, NEW)
    backup.verify_backup(auto.path, result.recovery_key, use_recovery_key=True)
    # The replaced-* folder: its key file and database are under the new key too.
    kept = keyslots.KeyFile.from_json((aside / "journal.keys").read_text())
    with pytest.raises(WrongPassphrase):
        kept.unwrap_with_passphrase(PASS)
    connect(aside / "journal.db", kept.unwrap_with_passphrase(NEW)).close()
    # What was saved elsewhere is out of reach: it still opens with the old passphrase.
    backup.verify_backup(outside.path, PASS)
    assert not rekey.pending(paths)


def test_new_keys_can_delete_old_copies_instead(created, data_dir):
    journal = created.journal
    backup.backup_now(journal)
    backup.backup_now(journal)
    result = journals.start_over_with_new_keys(journal, NEW, delete_old_copies=True)
    assert (result.reencrypted, result.deleted, result.left) == (0, 2, 0)
    assert list(journal.paths.backups.glob("*.tjbackup")) == []
    journal.close()


def test_failure_before_the_commit_point_changes_nothing(created, data_dir, monkeypatch):
    journal = created.journal
    jid, paths = journal.journal_id, journal.paths
    settings.set(journal, "marker", "before")

    def fail(name):
        if name == "keys staged":
            raise OSError("simulated failure")

    with pytest.raises(OSError):
        journals.start_over_with_new_keys(journal, NEW, delete_old_copies=False, step=fail)
    assert settings.get(journal, "marker") == "before"  # still open under the old key
    journal.close()
    assert not rekey.pending(paths)
    journals.unlock(data_dir, jid, PASS).close()


class _Killed(BaseException):
    """Stands in for a kill: nothing after the raise runs, as after SIGKILL."""


@pytest.mark.parametrize("at", ["exported", "keys staged", "committed"])
def test_interrupted_rekey_is_settled_at_the_next_open(created, data_dir, at):
    journal = created.journal
    jid, paths = journal.journal_id, journal.paths
    settings.set(journal, "marker", "kept")
    old_key = journal.data_key
    new_key = keyslots.new_data_key()
    key_file = keyslots.KeyFile.new(jid, journal.display_name, new_key, NEW)[0]
    journal.forget_key_for_rekey()

    def die(name):
        if name == at:
            raise _Killed()

    original = rekey._roll_back
    rekey._roll_back = lambda _paths: None  # a kill runs no clean-up
    try:
        with pytest.raises(_Killed):
            rekey.rekey_files(paths, old_key, new_key, key_file.to_json(), step=die)
    finally:
        rekey._roll_back = original
    journal._lock.release()  # the process "died": the OS drops its lock
    assert rekey.pending(paths)
    expected, other = (NEW, PASS) if at == "committed" else (PASS, NEW)
    reopened = journals.unlock(data_dir, jid, expected)
    try:
        assert settings.get(reopened, "marker") == "kept"
    finally:
        reopened.close()
    assert not rekey.pending(paths)
    with pytest.raises(WrongPassphrase):
        journals.unlock(data_dir, jid, other)


def test_a_marker_that_cannot_be_read_after_the_switch_began_deletes_nothing(created, data_dir, monkeypatch):
    """Review finding: a failed read of the commit marker used to roll back, deleting the staged
    key file after the new database was already in place — a journal no key could open."""
    from tracker.domain.errors import JournalDamaged

    journal = created.journal
    jid, paths = journal.journal_id, journal.paths
    old_key, new_key = journal.data_key, keyslots.new_data_key()
    key_file = keyslots.KeyFile.new(jid, journal.display_name, new_key, NEW)[0]
    journal.forget_key_for_rekey()
    original = rekey._roll_forward

    def die_after_the_database_moved(p):
        staged_db = rekey._staged_db(p)
        import os as _os

        rekey._remove_db_side_files(p.db)
        _os.replace(staged_db, p.db)
        raise _Killed()

    monkeypatch.setattr(rekey, "_roll_forward", die_after_the_database_moved)
    monkeypatch.setattr(rekey, "_roll_back", lambda _paths: None)
    with pytest.raises(_Killed):
        rekey.rekey_files(paths, old_key, new_key, key_file.to_json())
    journal._lock.release()
    monkeypatch.setattr(rekey, "_roll_forward", original)
    monkeypatch.undo()
    staged_keys = rekey._staged_keys(paths)
    assert staged_keys.exists() and rekey._commit(paths).exists()
    real_read = type(rekey._commit(paths)).read_text

    def unreadable(self, *args, **kwargs):
        if self == rekey._commit(paths):
            raise PermissionError("busy")
        return real_read(self, *args, **kwargs)

    monkeypatch.setattr(type(rekey._commit(paths)), "read_text", unreadable)
    with pytest.raises(JournalDamaged):
        rekey.settle(paths)
    monkeypatch.undo()
    assert staged_keys.exists(), "the only key to the new database must never be deleted"
    reopened = journals.unlock(data_dir, jid, NEW)  # a later, readable settle finishes the switch
    reopened.close()


def test_a_save_under_way_finishes_before_the_key_is_dropped_for_a_rekey(created):
    """Review finding: a save that began before the rekey's copy and committed after it was
    lost when the copy replaced the file. Now forget_key_for_rekey waits for it."""
    import threading

    journal = created.journal
    inside, release, dropped = threading.Event(), threading.Event(), threading.Event()

    def save():
        with journal.session():
            inside.set()
            release.wait(5)

    saver = threading.Thread(target=save)
    saver.start()
    assert inside.wait(5)
    dropper = threading.Thread(target=lambda: (journal.forget_key_for_rekey(), dropped.set()))
    dropper.start()
    assert not dropped.wait(0.3), "the key must not be dropped under a save that is under way"
    release.set()
    saver.join(5)
    assert dropped.wait(5)
    dropper.join(5)
    from tracker.domain.errors import JournalLocked

    with pytest.raises(JournalLocked):
        with journal.session():
            pass


def test_a_replaced_folder_stopped_half_way_is_finished_at_its_next_read(created, data_dir, tmp_path, monkeypatch):
    """A `replaced-*` copy is rekeyed with the same commit marker as the journal: stopped after
    the commit point (here: the switch fails), its key file and database still belong together
    once its key file is next read."""
    journal = created.journal
    jid = journal.journal_id
    saved = backup.backup_now(journal, tmp_path / "elsewhere.tjbackup")
    journal.close()
    aside = backup.restore_backup(data_dir, jid, saved.path, PASS)
    journal = journals.unlock(data_dir, jid, PASS)
    real_switch = rekey._roll_forward
    calls = {"n": 0}

    def switch_fails_in_the_copy(paths):
        calls["n"] += 1
        if paths.folder == aside:
            raise OSError("stopped half-way")
        real_switch(paths)

    monkeypatch.setattr(rekey, "_roll_forward", switch_fails_in_the_copy)
    result = journals.start_over_with_new_keys(journal, NEW, delete_old_copies=False)
    monkeypatch.setattr(rekey, "_roll_forward", real_switch)
    # The journal has its new keys; the new recovery key is there to show, and what failed is said.
    assert result.recovery_key and isinstance(result.copies_problem, OldCopiesNotRelocked)
    journal.close()
    assert rekey.pending(JournalPaths(aside))
    kept = keyslots.load(JournalPaths(aside))  # settles first: the switch is finished
    assert not rekey.pending(JournalPaths(aside))
    connect(aside / "journal.db", kept.unwrap_with_passphrase(NEW)).close()

"""Issue 13, item 5: one writer per journal (app and CLI), released by the OS on a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tracker.cli.main import run_cli
from tracker.domain.errors import JournalInUse, JournalLocked
from tracker.services import backup, journals, settings
from tracker.storage import journal_lock

PASS = "correct horse battery staple"
ROOT = Path(__file__).resolve().parents[2]


def test_second_open_of_an_open_journal_is_refused(created, data_dir):
    jid = created.journal.journal_id
    with pytest.raises(JournalInUse) as refused:
        journals.unlock(data_dir, jid, PASS)
    assert refused.value.exit_code == 5
    created.journal.close()
    journals.unlock(data_dir, jid, PASS).close()  # released on close


def test_restore_on_an_open_journal_is_refused_and_no_confirmed_write_is_lost(created, data_dir, tmp_path):
    """The audit's case: restore while the app has the journal open lost every later save."""
    journal = created.journal
    info = backup.backup_now(journal, tmp_path)
    with pytest.raises(JournalInUse):
        backup.restore_backup(data_dir, journal.journal_id, info.path, PASS)
    for i in range(10):
        settings.set(journal, f"after.{i}", i)
    journal.close()
    reopened = journals.unlock(data_dir, journal.journal_id, PASS)
    try:
        assert [settings.get(reopened, f"after.{i}") for i in range(10)] == list(range(10))
    finally:
        reopened.close()


@pytest.mark.parametrize("command", [["restore", "BACKUP"], ["backup"], ["check"], ["export", "--format", "json",
                                                                                     "--out", "OUT"]])
def test_cli_on_an_open_journal_exits_5(created, data_dir, tmp_path, monkeypatch, capsys, command):
    journal = created.journal
    info = backup.backup_now(journal, tmp_path)
    monkeypatch.setenv("TRACKER_PASSPHRASE", PASS)
    argv = [str(info.path) if part == "BACKUP" else str(tmp_path / "out.json") if part == "OUT" else part
            for part in command]
    before = sorted(p.name for p in journal.paths.folder.iterdir())
    assert run_cli(argv) == 5
    assert "open in Treatment Journey" in capsys.readouterr().err
    assert sorted(p.name for p in journal.paths.folder.iterdir()) == before


def test_lock_of_a_killed_process_is_released_by_the_os(created, data_dir):
    """Stale-lock recovery is automatic: a SIGKILLed holder leaves no lock behind."""
    jid = created.journal.journal_id
    created.journal.close()
    program = (
        "import sys, time; sys.path.insert(0, 'tests'); import weak_kdf; weak_kdf.install()\n"
        "from tracker.services.journals import unlock\n"
        f"j = unlock({str(data_dir)!r}, {jid!r}, {PASS!r})\n"
        "print('open', flush=True); time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", program], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(JournalInUse):
            journals.unlock(data_dir, jid, PASS)
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        child.stdout.close()
    deadline = time.monotonic() + 5
    while True:
        try:
            journals.unlock(data_dir, jid, PASS).close()
            break
        except JournalInUse:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_lock_file_is_owner_only_and_release_is_idempotent(created):
    created.journal.close()
    lock = journal_lock.acquire(created.journal.paths.folder)
    assert oct(lock.path.stat().st_mode & 0o777) == "0o600"
    lock.release()
    lock.release()
    assert not lock.held


def test_after_close_the_engine_no_longer_holds_the_key(created):
    """Issue 13, item 9: the connection factory forgets the key at lock."""
    journal = created.journal
    engine = journal.engine
    journal.close()
    with pytest.raises(JournalLocked):
        engine.connect()
    with pytest.raises(JournalLocked):
        _ = journal.data_key


def test_a_read_only_disk_is_a_plain_folder_not_writable(tmp_path, monkeypatch):
    import errno

    from tracker.domain.errors import FolderNotWritable

    def read_only(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(FolderNotWritable):
        journal_lock.acquire_file(tmp_path / "app.lock")

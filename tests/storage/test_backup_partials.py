"""Issue 13, item 9: a killed backup leaves no full-size hidden file in the person's chosen
folder for an hour: the snapshot is made in the journal's own folder, and the next backup
removes any leftover whose writer has ended, however recent."""

from __future__ import annotations

import os
import subprocess
import sys

from tracker.services import backup
from tracker.storage import backup_file


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(10)
    return child.pid


def test_snapshot_is_made_in_the_journals_folder_not_the_chosen_one(journal, tmp_path, monkeypatch):
    seen = []
    original = backup_file._snapshot

    def spy(paths, data_key, target, progress):
        seen.append(target.parent)
        return original(paths, data_key, target, progress)

    monkeypatch.setattr(backup_file, "_snapshot", spy)
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    backup.backup_now(journal, chosen)
    assert seen == [journal.paths.backups]
    assert [p.name for p in chosen.iterdir() if p.name.startswith(".")] == []


def test_leftovers_of_a_killed_backup_go_at_the_next_backup(journal, tmp_path):
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    pid = _dead_pid()
    fresh_tmp = chosen / f".backup-20260310T090000Z.tjbackup.p{pid}.abc123.tmp"
    fresh_snapshot = journal.paths.backups / f".snapshot-p{pid}-0a1b2c3d4e5f.db"
    fresh_snapshot_wal = journal.paths.backups / f".snapshot-p{pid}-0a1b2c3d4e5f.db-wal"
    running = chosen / f".backup-20260310T090001Z.tjbackup.p{os.getpid()}.def456.tmp"  # this process: in use
    journal.paths.backups.mkdir(exist_ok=True)
    for path in (fresh_tmp, fresh_snapshot, fresh_snapshot_wal, running):
        path.write_bytes(b"\0" * 4096)
    backup.backup_now(journal, chosen)
    assert not fresh_tmp.exists() and not fresh_snapshot.exists() and not fresh_snapshot_wal.exists()
    assert running.exists()

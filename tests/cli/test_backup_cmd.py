"""tracker backup / restore: exit codes 0 done, 2 usage, 3 wrong passphrase, 4 damaged."""

from __future__ import annotations

import pytest

from tracker.cli.main import run_cli
from tracker.services import settings
from tracker.services.journals import unlock

PASS = "correct horse battery staple"


@pytest.fixture
def env_pass(monkeypatch):
    monkeypatch.setenv("TRACKER_PASSPHRASE", PASS)


def test_backup_then_restore_replaces_and_keeps_aside(created, data_dir, env_pass, tmp_path, capsys):
    journal = created.journal
    settings.set(journal, "marker", "before")
    journal.close()
    assert run_cli(["backup", str(tmp_path)]) == 0
    backup_path = capsys.readouterr().out.strip()
    assert backup_path.endswith(".tjbackup")

    opened = unlock(data_dir, journal.journal_id, PASS)
    settings.set(opened, "marker", "after")
    opened.close()
    assert run_cli(["restore", backup_path]) == 0
    out = capsys.readouterr().out
    assert "kept in" in out
    opened = unlock(data_dir, journal.journal_id, PASS)
    try:
        assert settings.get(opened, "marker") == "before"
    finally:
        opened.close()


def test_restore_into_empty_folder_as_new_journal(created, env_pass, tmp_path, capsys, monkeypatch):
    created.journal.close()
    assert run_cli(["backup"]) == 0
    path = capsys.readouterr().out.strip()
    fresh = tmp_path / "fresh"
    assert run_cli(["restore", path, "--data-dir", str(fresh)]) == 0
    assert "as a new journal" in capsys.readouterr().out
    unlock(fresh, created.journal.journal_id, PASS).close()


def test_restore_with_recovery_key_file(created, env_pass, tmp_path, capsys):
    created.journal.close()
    assert run_cli(["backup", str(tmp_path / "b.tjbackup")]) == 0
    capsys.readouterr()
    key_file = tmp_path / "key.txt"
    key_file.write_text(created.recovery_key + "\n")
    assert run_cli(["restore", str(tmp_path / "b.tjbackup"), "--data-dir", str(tmp_path / "x"),
                    "--recovery-key-file", str(key_file)]) == 0


def test_wrong_passphrase_exit_3(created, env_pass, tmp_path, monkeypatch, capsys):
    created.journal.close()
    assert run_cli(["backup", str(tmp_path / "b.tjbackup")]) == 0
    monkeypatch.setenv("TRACKER_PASSPHRASE", "not the passphrase")
    assert run_cli(["restore", str(tmp_path / "b.tjbackup")]) == 3
    assert run_cli(["backup", str(tmp_path)]) == 3
    assert "passphrase" in capsys.readouterr().err


def test_damaged_backup_exit_4_and_journal_untouched(created, env_pass, tmp_path, capsys):
    journal = created.journal
    journal.close()
    assert run_cli(["backup", str(tmp_path / "b.tjbackup")]) == 0
    data = (tmp_path / "b.tjbackup").read_bytes()
    (tmp_path / "b.tjbackup").write_bytes(data[:-100])
    before = journal.paths.db.read_bytes(), journal.paths.keys.read_bytes()
    assert run_cli(["restore", str(tmp_path / "b.tjbackup")]) == 4
    assert "damaged" in capsys.readouterr().err
    assert (journal.paths.db.read_bytes(), journal.paths.keys.read_bytes()) == before
    (tmp_path / "junk.tjbackup").write_text("hello")
    assert run_cli(["restore", str(tmp_path / "junk.tjbackup")]) == 4
    assert run_cli(["restore", str(tmp_path / "missing.tjbackup")]) == 4


def test_usage_errors_exit_2(created, env_pass, tmp_path, monkeypatch):
    created.journal.close()
    assert run_cli(["restore"]) == 2
    assert run_cli(["backup", str(tmp_path / "no" / "such" / "folder" / "b.tjbackup")]) == 2
    monkeypatch.delenv("TRACKER_PASSPHRASE")
    assert run_cli(["restore", str(tmp_path / "b.tjbackup")]) == 2

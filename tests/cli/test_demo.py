"""tracker demo: a filled journal in the data folder, or a plain refusal without a passphrase."""

from __future__ import annotations

import pytest

from tracker.cli.main import run_cli

PASSPHRASE = "a long demo passphrase"


def test_demo_creates_a_filled_journal_and_prints_its_keys(data_dir, monkeypatch, capsys):
    from tracker.services import timeline
    from tracker.services.journals import list_journals, unlock, unlock_with_recovery_key

    monkeypatch.setenv("TRACKER_PASSPHRASE", PASSPHRASE)
    assert run_cli(["demo", "--years", "0.5", "--name", "Try me", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out.splitlines()
    journal_id = out[0].removeprefix("journal id: ")
    recovery = out[1].removeprefix("recovery key: ")
    assert [(j.journal_id, j.display_name) for j in list_journals(data_dir)] == [(journal_id, "Try me")]
    journal = unlock(data_dir, journal_id, PASSPHRASE)
    try:
        assert len(timeline.page(journal).items) == timeline.PAGE_SIZE
    finally:
        journal.close()
    unlock_with_recovery_key(data_dir, journal_id, recovery).close()


def test_demo_without_a_passphrase_is_refused_with_exit_2(data_dir, monkeypatch, capsys):
    from tracker.services.journals import list_journals

    monkeypatch.delenv("TRACKER_PASSPHRASE", raising=False)
    assert run_cli(["demo", "--data-dir", str(data_dir)]) == 2
    assert "TRACKER_PASSPHRASE" in capsys.readouterr().err
    assert list_journals(data_dir) == []


@pytest.mark.parametrize("years", ["0", "21", "-1"])
def test_demo_refuses_impossible_lengths(data_dir, monkeypatch, years):
    monkeypatch.setenv("TRACKER_PASSPHRASE", PASSPHRASE)
    assert run_cli(["demo", "--years", years, "--data-dir", str(data_dir)]) == 2


def test_demo_reads_the_passphrase_file(data_dir, tmp_path, monkeypatch, capsys):
    from tracker.services.journals import unlock

    monkeypatch.delenv("TRACKER_PASSPHRASE", raising=False)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    assert run_cli(["demo", "--years", "0.1", "--passphrase-file", str(secret), "--data-dir", str(data_dir)]) == 0
    journal_id = capsys.readouterr().out.splitlines()[0].removeprefix("journal id: ")
    unlock(data_dir, journal_id, PASSPHRASE).close()

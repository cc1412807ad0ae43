"""tracker sync [now|status]: a shared journal synced from the command line; exit codes per problem."""

from __future__ import annotations

import pytest

from tracker.cli.main import run_cli
from tracker.domain.symptoms import SymptomRating
from tracker.services import diary, sync

PASS = "correct horse battery staple"


@pytest.fixture
def env_pass(monkeypatch):
    monkeypatch.setenv("TRACKER_PASSPHRASE", PASS)


def test_sync_now_and_status(created, env_pass, tmp_path, clock, capsys):
    journal = created.journal
    assert run_cli(["sync", "status"]) == 5  # the journal is open in this process: in use
    capsys.readouterr()
    sync_dir = tmp_path / "sync"
    sync_dir.mkdir()
    sync.share_journal(journal, sync_dir, PASS, clock)
    diary.log_symptoms(journal, [SymptomRating("nausea", severity=1)], entered_by=None,
                       occurred_at=clock.now(), clock=clock)
    journal.close()

    assert run_cli(["sync", "now"]) == 0
    assert capsys.readouterr().out.startswith("written 1\t")
    assert run_cli(["sync", "status"]) == 0
    out = capsys.readouterr().out
    assert "\tok\n" in out and "(this computer)" in out and "Test Patient (me)" in out

    sync_dir.rename(tmp_path / "unplugged")
    assert run_cli(["sync"]) == 1
    assert "shared folder could not be found" in capsys.readouterr().err


def test_sync_on_a_journal_that_is_not_shared(created, env_pass, capsys):
    created.journal.close()
    assert run_cli(["sync", "status"]) == 0
    assert capsys.readouterr().out == "not shared\n"
    assert run_cli(["sync", "now"]) == 1
    assert "not shared" in capsys.readouterr().err

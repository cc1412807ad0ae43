"""tracker import: a new journal from a JSON export, the recovery key printed once."""

from __future__ import annotations

import pytest

from tracker.cli.main import run_cli
from tracker.services.journals import list_journals, unlock, unlock_with_recovery_key

PASS = "correct horse battery staple"


@pytest.fixture
def env_pass(monkeypatch):
    monkeypatch.setenv("TRACKER_PASSPHRASE", PASS)


def test_export_then_import_as_new_journal(created, env_pass, tmp_path, capsys):
    created.journal.close()
    assert run_cli(["export", "--format", "json", "--out", str(tmp_path / "x.json")]) == 0
    capsys.readouterr()
    target = tmp_path / "other"
    passfile = tmp_path / "new-pass.txt"
    passfile.write_text("a brand new passphrase\n")
    assert run_cli(["import", str(tmp_path / "x.json"), "--name", "Copy", "--data-dir", str(target),
                    "--passphrase-file", str(passfile)]) == 0
    out = capsys.readouterr().out
    [info] = list_journals(target)
    assert info.display_name == "Copy"
    key = out.split("keep it safe):")[1].split()[0]
    unlock(target, info.journal_id, "a brand new passphrase").close()
    unlock_with_recovery_key(target, info.journal_id, key).close()


def test_malformed_file_exit_4_and_nothing_created(env_pass, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "treatment-journey-export", "version": 1, "tables": {"people": 5}}')
    assert run_cli(["import", str(bad), "--data-dir", str(tmp_path / "d")]) == 4
    assert "Nothing was changed" in capsys.readouterr().err
    assert list_journals(tmp_path / "d") == []
    assert run_cli(["import", str(tmp_path / "missing.json"), "--data-dir", str(tmp_path / "d")]) == 4


def test_usage_errors_exit_2(tmp_path, monkeypatch):
    monkeypatch.delenv("TRACKER_PASSPHRASE", raising=False)
    assert run_cli(["import"]) == 2
    (tmp_path / "x.json").write_text("{}")
    assert run_cli(["import", str(tmp_path / "x.json"), "--data-dir", str(tmp_path / "d")]) == 2


def _export_with(tmp_path, created, table, column, value):
    import json

    created.journal.close()
    assert run_cli(["export", "--format", "json", "--out", str(tmp_path / "x.json")]) == 0
    doc = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    block = doc["tables"][table]
    block["rows"][0][block["columns"].index(column)] = value
    (tmp_path / "x.json").write_text(json.dumps(doc), encoding="utf-8")
    return tmp_path / "x.json"


def test_impossible_value_exit_4_naming_table_row_and_field(created, env_pass, tmp_path, capsys):
    path = _export_with(tmp_path, created, "people", "kind", "doctor")
    capsys.readouterr()
    assert run_cli(["import", str(path), "--data-dir", str(tmp_path / "d")]) == 4
    err = capsys.readouterr().err
    assert "Nothing was changed" in err
    assert "what was wrong: people row 1: kind" in err
    assert list_journals(tmp_path / "d") == []


def test_undecodable_name_on_the_command_line_creates_nothing(created, env_pass, tmp_path, capsys):
    """A name from argv that was not UTF-8 arrives as lone surrogates (surrogateescape)."""
    created.journal.close()
    assert run_cli(["export", "--format", "json", "--out", str(tmp_path / "x.json")]) == 0
    name = b"Ann \xff".decode("utf-8", "surrogateescape")
    assert run_cli(["import", str(tmp_path / "x.json"), "--name", name, "--data-dir", str(tmp_path / "d")]) != 0
    assert "cannot be saved" in capsys.readouterr().err
    assert list_journals(tmp_path / "d") == []

"""tracker export: formats, the not-encrypted warning, dates and exit codes."""

from __future__ import annotations

import json

import pytest

from tracker.cli.main import run_cli

PASS = "correct horse battery staple"


@pytest.fixture
def env_pass(monkeypatch):
    monkeypatch.setenv("TRACKER_PASSPHRASE", PASS)


@pytest.mark.parametrize("fmt,name", [("json", "x.json"), ("csv", "x.zip"), ("csv", "folder"), ("fhir", "b.json")])
def test_export_formats_warn_not_encrypted(created, env_pass, tmp_path, capsys, fmt, name):
    created.journal.close()
    out = tmp_path / name
    args = ["export", "--format", fmt, "--out", str(out)]
    if fmt != "json":
        args += ["--from", "2026-01-01", "--to", "2026-12-31"]
    assert run_cli(args) == 0
    captured = capsys.readouterr()
    assert "not encrypted" in captured.err
    assert captured.out.strip() == str(out)
    assert out.exists()
    if fmt == "fhir":
        assert json.loads(out.read_text())["resourceType"] == "Bundle"


def test_json_export_refuses_date_range(created, env_pass, tmp_path, capsys):
    created.journal.close()
    assert run_cli(["export", "--format", "json", "--out", str(tmp_path / "x.json"), "--from", "2026-01-01"]) == 2
    assert "complete" in capsys.readouterr().err


def test_usage_errors_exit_2(created, env_pass, tmp_path):
    created.journal.close()
    out = str(tmp_path / "x.zip")
    assert run_cli(["export", "--format", "csv"]) == 2
    assert run_cli(["export", "--format", "docx", "--out", out]) == 2
    assert run_cli(["export", "--format", "csv", "--out", out, "--from", "10/03/2026"]) == 2
    assert run_cli(["export", "--format", "csv", "--out", out, "--from", "2026-03-10", "--to", "2026-03-01"]) == 2
    assert run_cli(["export", "--format", "csv", "--out", str(tmp_path / "no" / "x.zip")]) == 2
    assert not (tmp_path / "x.zip").exists()


def test_wrong_passphrase_exit_3(created, monkeypatch, tmp_path):
    created.journal.close()
    monkeypatch.setenv("TRACKER_PASSPHRASE", "wrong wrong wrong")
    assert run_cli(["export", "--format", "json", "--out", str(tmp_path / "x.json")]) == 3
    assert not (tmp_path / "x.json").exists()


def test_damaged_journal_exit_4(created, env_pass, tmp_path):
    import os

    created.journal.close()
    db = created.journal.paths.db
    data = bytearray(db.read_bytes())
    data[100:4000] = os.urandom(3900)
    db.write_bytes(bytes(data))
    assert run_cli(["export", "--format", "json", "--out", str(tmp_path / "x.json")]) == 4


def test_pdf_export_through_the_renderer(qapp, created, env_pass, tmp_path, capsys):
    """`qapp` first: the renderer would otherwise make a bare QGuiApplication that later
    widget tests in this process cannot use."""
    created.journal.close()
    out = tmp_path / "summary.pdf"
    assert run_cli(["export", "--format", "pdf", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "not encrypted" in capsys.readouterr().err

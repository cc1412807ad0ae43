import os
import subprocess
import sys
from pathlib import Path

import pytest
import weak_kdf

from tracker.cli.main import run_cli

PASS = "correct horse battery staple"


@pytest.fixture
def env_pass(monkeypatch):
    monkeypatch.setenv("TRACKER_PASSPHRASE", PASS)


def test_check_healthy_journal(created, data_dir, env_pass, capsys):
    created.journal.close()
    assert run_cli(["check"]) == 0
    assert "healthy" in capsys.readouterr().out


def test_wrong_passphrase_exit_3(created, monkeypatch, capsys):
    created.journal.close()
    monkeypatch.setenv("TRACKER_PASSPHRASE", "not the passphrase")
    assert run_cli(["check"]) == 3
    assert "passphrase" in capsys.readouterr().err


def test_damaged_journal_exit_4(created, env_pass, capsys):
    created.journal.close()
    db = created.journal.paths.db
    data = bytearray(db.read_bytes())
    data[100:4000] = os.urandom(3900)  # inside the first page: the header and schema
    db.write_bytes(bytes(data))
    assert run_cli(["check"]) == 4
    assert "damaged" in capsys.readouterr().err


def test_usage_errors_exit_2(created, monkeypatch, tmp_path, capsys):
    created.journal.close()
    monkeypatch.delenv("TRACKER_PASSPHRASE", raising=False)
    assert run_cli(["check"]) == 2
    assert run_cli(["check", "--no-such-flag"]) == 2
    assert run_cli(["check", "--passphrase-file", str(tmp_path / "missing")]) == 2


def test_passphrase_file(created, tmp_path):
    created.journal.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n")
    assert run_cli(["check", "--passphrase-file", str(secret)]) == 0


def test_list_shows_names(created, data_dir, capsys):
    created.journal.close()
    assert run_cli(["list"]) == 0
    assert "Test Patient" in capsys.readouterr().out


def test_python_m_tracker_cli_entry(created, data_dir):
    created.journal.close()
    env = dict(os.environ, TRACKER_PASSPHRASE=PASS, TRACKER_DATA_DIR=str(data_dir))
    # The entry point, with the suite's cheap KDF patched in (tests/weak_kdf.py).
    result = subprocess.run([sys.executable, "-c", weak_kdf.APP_MAIN, "check"], env=env, capture_output=True,
                            text=True, timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr


def test_unexpected_error_prints_a_bug_report_without_messages(created, env_pass, monkeypatch, capsys):
    created.journal.close()

    def boom(journal):
        raise RuntimeError("SECRET diary words")

    monkeypatch.setattr("tracker.services.integrity.check", boom)
    assert run_cli(["check"]) == 1
    err = capsys.readouterr().err
    assert "This is a bug" in err and "RuntimeError" in err
    assert "SECRET" not in err


def test_damage_past_the_first_page_is_damaged_exit_4(created, env_pass, capsys):
    """Issue 13, item 3: a flipped bit in any page but the first used to be a bug (exit 1).
    One flip in the middle of every page after the first: each check ends in exit 4, "damaged"."""
    from tracker.services import settings

    journal = created.journal
    for i in range(40):
        settings.set(journal, f"test.filler.{i}", "x" * 1500)
    journal.close()
    db = journal.paths.db
    for suffix in ("-wal", "-shm"):
        assert not (db.parent / (db.name + suffix)).exists() or (db.parent / (db.name + suffix)).stat().st_size == 0 \
            or suffix == "-shm"
    original = db.read_bytes()
    page = 4096
    pages = len(original) // page
    assert pages > 5
    codes = {}
    for number in range(1, pages):
        damaged = bytearray(original)
        damaged[number * page + page // 2] ^= 0x10
        db.write_bytes(bytes(damaged))
        code = run_cli(["check"])
        err = capsys.readouterr().err
        codes[code] = codes.get(code, 0) + 1
        assert code == 4, f"page {number}: exit {code}: {err}"
        assert "damaged" in err and "bug" not in err
    db.write_bytes(original)
    assert run_cli(["check"]) == 0

"""Journals made by every released version open with this version, upgraded, content intact.

`fixtures/releases/<revision>/` holds a journal made by each release (see make_fixture.py
for how and when to add one). A journal from a newer version is refused and left untouched.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import _faults
import pytest

from tracker.domain.errors import JournalTooNew
from tracker.services.journals import unlock, unlock_with_recovery_key
from tracker.storage import backup_file, engine, keyslots, schema
from tracker.storage.paths import journal_paths

RELEASES = Path(__file__).resolve().parent / "fixtures" / "releases"
FIXTURES = sorted(p for p in RELEASES.iterdir() if (p / "manifest.json").exists()) if RELEASES.is_dir() else []


def _copy(fixture: Path, tmp_path: Path) -> tuple[Path, dict]:
    manifest = json.loads((fixture / "manifest.json").read_text(encoding="utf-8"))
    data_dir = tmp_path / fixture.name
    shutil.copytree(fixture / "data", data_dir)
    return data_dir, manifest


def _content(journal) -> dict:
    """The manifest's view of a journal, read with plain SQL (stable across model changes)."""
    with journal.connection() as conn:
        people = conn.exec_driver_sql("SELECT kind, name FROM people ORDER BY id").fetchall()
        settings = dict(conn.exec_driver_sql("SELECT key, value_json FROM settings").fetchall())
        logs = conn.exec_driver_sql(
            "SELECT s.term_id, s.severity, l.note FROM diary_logs l JOIN symptom_entries s ON s.log_id = l.id "
            "ORDER BY l.occurred_at, l.id").fetchall()
    return {
        "patient": next(name for kind, name in people if kind == "patient"),
        "carers": [name for kind, name in people if kind == "carer"],
        "settings": {k: json.loads(v) for k, v in settings.items()},
        "logs": [{"term": t, "severity": s, "note": n} for t, s, n in logs],
    }


def _expected_subset(found: dict, expected: dict) -> None:
    assert found["patient"] == expected["patient"]
    assert found["carers"] == expected["carers"]
    for key, value in expected["settings"].items():
        assert found["settings"].get(key) == value, key
    assert found["logs"] == expected["logs"]


def test_every_released_schema_has_a_fixture_this_code_knows():
    assert FIXTURES, "run tests/reliability/make_fixture.py"
    for fixture in FIXTURES:
        revision = json.loads((fixture / "manifest.json").read_text(encoding="utf-8"))["revision"]
        assert revision == fixture.name
        # A released revision must never disappear from the migrations folder.
        assert revision in schema.known_revisions(), revision


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name for f in FIXTURES])
def test_released_journal_opens_with_its_content(fixture, tmp_path):
    data_dir, manifest = _copy(fixture, tmp_path)
    journal = unlock(data_dir, manifest["journal_id"], manifest["passphrase"])
    try:
        _expected_subset(_content(journal), manifest["content"])
        with journal.connection() as conn:
            assert schema.current_revision(conn) == schema.head_revision()
        assert _faults.integrity_ok(journal) == []
    finally:
        journal.close()
    unlock_with_recovery_key(data_dir, manifest["journal_id"], manifest["recovery_key"]).close()
    backups = list(journal_paths(data_dir, manifest["journal_id"]).backups.glob("pre-upgrade-*"))
    assert bool(backups) == (manifest["revision"] != schema.head_revision())


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name for f in FIXTURES])
def test_released_journal_upgrades_to_a_newer_schema_with_a_backup_first(fixture, tmp_path, monkeypatch):
    """Exercise a real upgrade step: the test-only revision 9001 on top of today's head."""
    data_dir, manifest = _copy(fixture, tmp_path)
    monkeypatch.setattr(schema, "MIGRATIONS", _faults.migrations_with_test_revision(tmp_path))
    journal = unlock(data_dir, manifest["journal_id"], manifest["passphrase"])
    try:
        with journal.connection() as conn:
            assert schema.current_revision(conn) == "9001"
            assert conn.exec_driver_sql("SELECT count(*) FROM fault_probes").scalar() == 2000
        _expected_subset(_content(journal), manifest["content"])
        data_key = journal.data_key
    finally:
        journal.close()
    (backup,) = journal_paths(data_dir, manifest["journal_id"]).backups.glob("pre-upgrade-*")
    # The pre-upgrade backup is a normal encrypted backup file, taken at the old revision,
    # carrying the key file, and it verifies with the journal's data key.
    header = backup_file.read_header(backup)
    assert header.schema_revision == manifest["revision"]
    assert header.journal_id == manifest["journal_id"]
    assert '"slots"' in header.keys_json
    extracted = tmp_path / "extracted.db"
    backup_file.extract_database(backup, data_key, extracted)
    conn = engine.connect(extracted, data_key)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == manifest["revision"]
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", FIXTURES[-1:], ids=[f.name for f in FIXTURES[-1:]])
def test_journal_from_a_newer_version_is_refused_untouched(fixture, tmp_path):
    data_dir, manifest = _copy(fixture, tmp_path)
    paths = journal_paths(data_dir, manifest["journal_id"])
    data_key = keyslots.load(paths).unwrap_with_passphrase(manifest["passphrase"])
    conn = engine.connect(paths.db, data_key)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _faults.file_hashes(data_dir)
    with pytest.raises(JournalTooNew):
        unlock(data_dir, manifest["journal_id"], manifest["passphrase"])
    assert _faults.file_hashes(data_dir) == before

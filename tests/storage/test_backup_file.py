"""The backup container format: shape checks need no secret, damage is always BackupRejected."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.domain.errors import BackupRejected
from tracker.storage import backup_file

JOURNAL_ID = "abc123abc123"


def _keys(key: bytes) -> str:
    from tracker.storage.keyslots import KeyFile

    return KeyFile.new(JOURNAL_ID, "Ana", key, "a passphrase for the test")[0].to_json()


def _write(tmp_path, body: bytes = b"x" * 5000):
    db = tmp_path / "snap.db"
    db.write_bytes(body)
    key = secrets.token_bytes(32)
    header = backup_file.header_bytes(
        journal_id=JOURNAL_ID, display_name="Ana", created="2026-03-10T09:00:00+00:00",
        schema_revision="0001", db_size=len(body), keys_json=_keys(key),
    )
    dest = tmp_path / "b.tjbackup"
    backup_file.write_backup(dest, header=header, db_path=db, data_key=key, journal_id=JOURNAL_ID)
    return dest, key


def test_round_trip_and_header(tmp_path):
    dest, key = _write(tmp_path)
    header = backup_file.read_header(dest)
    assert (header.journal_id, header.display_name, header.db_size) == (JOURNAL_ID, "Ana", 5000)
    out = tmp_path / "out.db"
    backup_file.extract_database(dest, key, out)
    assert out.read_bytes() == b"x" * 5000


def test_wrong_key_fails_tag_and_leaves_nothing(tmp_path):
    dest, _ = _write(tmp_path)
    out = tmp_path / "out.db"
    with pytest.raises(BackupRejected):
        backup_file.extract_database(dest, secrets.token_bytes(32), out)
    assert not out.exists()


def test_every_truncation_is_rejected(tmp_path):
    dest, key = _write(tmp_path, b"y" * 300)
    data = dest.read_bytes()
    for cut in range(0, len(data), 7):
        dest.write_bytes(data[:cut])
        with pytest.raises(BackupRejected):
            backup_file.read_header(dest)


def test_missing_file_is_rejected_plainly(tmp_path):
    with pytest.raises(BackupRejected, match="could not be found"):
        backup_file.read_header(tmp_path / "nope.tjbackup")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400), st.integers(min_value=0, max_value=2000), st.binary(min_size=1, max_size=4))
def test_fuzzed_files_only_ever_raise_backup_rejected(tmp_path, prefix, at, junk):
    good, key = _write(tmp_path, b"z" * 500)
    data = bytearray(good.read_bytes())
    for variant in (prefix, bytes(backup_file.MAGIC) + prefix, data[:at] + junk + data[at + len(junk):]):
        path = tmp_path / "fuzz.tjbackup"
        path.write_bytes(bytes(variant))
        out = tmp_path / "fuzz.db"
        try:
            backup_file.extract_database(path, key, out)
        except BackupRejected:
            assert not out.exists()
        else:
            assert bytes(variant) == bytes(data)  # only the untouched file extracts
            out.unlink()


@pytest.mark.parametrize("field,value", [("memory_kib", 2**31), ("time_cost", 0), ("parallelism", 64)])
def test_kdf_parameters_out_of_bounds_are_refused_by_the_header_check(tmp_path, monkeypatch, field, value):
    """Issue 13, item 6: refused while reading the header, before anyone types a passphrase."""
    import json

    from tracker.storage import kdf, keyslots

    body = b"z" * 100
    db = tmp_path / "snap.db"
    db.write_bytes(body)
    key = secrets.token_bytes(32)
    keys = json.loads(_keys(key))
    monkeypatch.setattr(kdf, "BOUNDS", kdf.Bounds())  # the shipped bounds
    keys.pop("checksum")
    keys["slots"]["passphrase"]["params"] = {**kdf.APP_PARAMS.to_json(), field: value}
    keys["checksum"] = keyslots.checksum(keys)
    header = backup_file.header_bytes(journal_id=JOURNAL_ID, display_name="Ana", created="2026-03-10T09:00:00+00:00",
                                      schema_revision="0001", db_size=len(body), keys_json=json.dumps(keys))
    dest = tmp_path / "b.tjbackup"
    backup_file.write_backup(dest, header=header, db_path=db, data_key=key, journal_id=JOURNAL_ID)
    with pytest.raises(BackupRejected):
        backup_file.read_header(dest)


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="counts the process's writes on Linux")
def test_a_journal_backup_writes_the_database_twice_not_three_times(journal, tmp_path):
    """The snapshot is a disposable file: written once (no WAL, no sync), then packed once.
    Through WAL it was written to the -wal file and again to the database before packing."""
    with journal.session() as s:
        from tracker.storage.models.core import Setting

        s.add_all(Setting(key=f"test.{n}", value_json='"' + "x" * 2000 + '"') for n in range(300))

    def written() -> int:
        fields = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
        return int(fields["wchar"])

    before = written()
    target = tmp_path / "b.tjbackup"
    backup_file.write_journal_backup(journal.paths, journal.data_key, target,
                                     display_name="Ana", created="2026-03-10T09:00:00+00:00")
    assert written() - before < 2.5 * target.stat().st_size

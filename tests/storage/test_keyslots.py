import json
import stat

import pytest

from tracker.domain.errors import KeyFileDamaged, KeyFileMissing, WrongPassphrase, WrongRecoveryKey
from tracker.services import journals
from tracker.storage import keyslots, recovery_key
from tracker.storage.paths import journal_paths

PASS = "correct horse battery staple"


def test_recovery_key_format_and_normalisation():
    key = recovery_key.new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert recovery_key.normalise(key.lower().replace("-", " ")) == key
    # The usual hand-copy mix-ups map back: O→0, I/L→1.
    assert recovery_key.normalise("O" * 32) == "-".join(["0000"] * 8)
    assert recovery_key.normalise("IL" * 16) == "-".join(["1111"] * 8)
    assert recovery_key.normalise("ABC") is None


def test_passphrase_change_keeps_data_and_recovery_key(created, data_dir):
    jid = created.journal.journal_id
    journals.change_passphrase(created.journal, "a brand new passphrase")
    created.journal.close()
    with pytest.raises(WrongPassphrase):
        journals.unlock(data_dir, jid, PASS)
    journals.unlock(data_dir, jid, "a brand new passphrase").close()
    journals.unlock_with_recovery_key(data_dir, jid, created.recovery_key).close()


def test_new_recovery_key_replaces_old(created, data_dir):
    jid = created.journal.journal_id
    new_key = journals.new_recovery_key(created.journal)
    created.journal.close()
    with pytest.raises(WrongRecoveryKey):
        journals.unlock_with_recovery_key(data_dir, jid, created.recovery_key)
    journals.unlock_with_recovery_key(data_dir, jid, new_key).close()
    journals.unlock(data_dir, jid, PASS).close()


def test_passphrase_change_does_not_touch_database(created):
    db = created.journal.paths.db
    created.journal.engine.dispose()
    before = db.read_bytes()
    journals.change_passphrase(created.journal, "another passphrase here")
    assert db.read_bytes() == before


def test_spare_key_file_takes_over_and_mends_main(created, data_dir):
    jid = created.journal.journal_id
    paths = journal_paths(data_dir, jid)
    created.journal.close()
    paths.keys.write_text("{ not json")
    journals.unlock(data_dir, jid, PASS).close()
    assert json.loads(paths.keys.read_text())["journal_id"] == jid


def test_both_key_files_damaged_or_missing(created, data_dir):
    jid = created.journal.journal_id
    paths = journal_paths(data_dir, jid)
    created.journal.close()
    paths.keys.write_text("garbage")
    paths.spare_keys.write_text("garbage")
    with pytest.raises(KeyFileDamaged):
        journals.unlock(data_dir, jid, PASS)
    paths.keys.unlink()
    paths.spare_keys.unlink()
    with pytest.raises(KeyFileMissing):
        journals.unlock(data_dir, jid, PASS)


def test_tampered_slot_is_damage_not_a_wrong_passphrase(created, data_dir):
    """A flipped bit in the wrapped key can't open the journal (GCM authenticates it), and the
    key-file checksum reports it as damage (issue 13: it used to say "wrong passphrase")."""
    jid = created.journal.journal_id
    paths = journal_paths(data_dir, jid)
    created.journal.close()
    for path in (paths.keys, paths.spare_keys):
        data = json.loads(path.read_text())
        wrapped = bytearray(keyslots._unb64(data["slots"]["passphrase"]["wrapped_key"]))
        wrapped[0] ^= 1
        data["slots"]["passphrase"]["wrapped_key"] = keyslots._b64(bytes(wrapped))
        path.write_text(json.dumps(data))
    with pytest.raises(KeyFileDamaged):
        journals.unlock(data_dir, jid, PASS)


def test_files_are_owner_only(created, data_dir):
    created.journal.close()
    for path in [data_dir / "journals", *created.journal.paths.folder.iterdir(), created.journal.paths.folder]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path.name} is {oct(mode)}"


def test_several_journals_listed_by_name_without_unlocking(data_dir):
    a = journals.create_journal(data_dir, "Mum", PASS)
    b = journals.create_journal(data_dir, "Aunt Rosa", PASS)
    a.journal.close()
    b.journal.close()
    assert [i.display_name for i in journals.list_journals(data_dir)] == ["Aunt Rosa", "Mum"]


def test_new_passphrase_rules():
    from tracker.domain.errors import ValidationError

    with pytest.raises(ValidationError) as short:
        journals.validate_new_passphrase("short")
    assert short.value.field == "passphrase"
    with pytest.raises(ValidationError) as repeat:
        journals.validate_new_passphrase("long enough one", "long enough two")
    assert repeat.value.field == "repeat"

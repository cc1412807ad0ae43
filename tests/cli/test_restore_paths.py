"""Issue 13, item 4: a crafted backup can never restore outside the data folder.

The crafted backups here are fully valid except for the journal id (the header checksum,
the key file and the tag are all recomputed, as an attacker who made the backup with their
own passphrase could): the id alone must get them refused, before any file is written.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import struct

import pytest

from tracker.cli.main import run_cli
from tracker.domain.errors import BackupRejected
from tracker.services import backup
from tracker.storage import backup_file, keyslots

PASS = "correct horse battery staple"


def _craft(source, journal_id: str, data_key: bytes, dest):
    """Rewrite a real backup under another journal id, with every check recomputed."""
    raw = source.read_bytes()
    prefix = struct.Struct(">8sHI")
    _magic, _version, length = prefix.unpack_from(raw)
    header = json.loads(raw[prefix.size:prefix.size + length])
    body = raw[prefix.size + length + 32:-32]
    # The key slots are bound to the journal id, so the attacker wraps the key anew.
    key_file, _ = keyslots.KeyFile.new(journal_id, header["display_name"], data_key, PASS)
    header["keys"] = json.loads(key_file.to_json())
    header["journal_id"] = journal_id
    new_header = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    out = prefix.pack(backup_file.MAGIC, backup_file.VERSION, len(new_header)) + new_header \
        + hashlib.sha256(new_header).digest() + body
    tag = hmac.new(backup_file.tag_key(data_key, journal_id), out, hashlib.sha256).digest()
    dest.write_bytes(out + tag)
    return dest


@pytest.mark.parametrize("evil", ["../../../x", "ABSOLUTE", "../" + "a" * 12, "abc123abc12/", ".."])
def test_crafted_journal_id_is_refused_everywhere(created, data_dir, tmp_path, monkeypatch, capsys, evil):
    journal = created.journal
    real = backup.backup_now(journal, tmp_path)
    data_key = journal.data_key
    journal.close()
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "journal.db").write_text("the victim's own file")
    if evil == "ABSOLUTE":
        evil = str(victim)
    crafted = _craft(real.path, evil, data_key, tmp_path / "crafted.tjbackup")
    before = sorted(p.name for p in tmp_path.rglob("*"))

    with pytest.raises(BackupRejected):
        backup_file.read_header(crafted)
    with pytest.raises(BackupRejected):
        backup.restore_as_new_journal(data_dir, crafted, PASS)
    with pytest.raises(BackupRejected):
        backup.restore_backup(data_dir, evil, crafted, PASS)
    monkeypatch.setenv("TRACKER_PASSPHRASE", PASS)
    assert run_cli(["restore", str(crafted)]) == 4
    assert "damaged or not a Treatment Journey backup" in capsys.readouterr().err

    assert (victim / "journal.db").read_text() == "the victim's own file"
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert not (tmp_path.parent / "x").exists()


def test_the_crafting_itself_is_sound(created, data_dir, tmp_path):
    """The same rewrite with a well-formed id restores (so the refusals above are about the id)."""
    journal = created.journal
    real = backup.backup_now(journal, tmp_path)
    data_key = journal.data_key
    journal.close()
    crafted = _craft(real.path, "0123456789ab", data_key, tmp_path / "crafted.tjbackup")
    assert backup_file.read_header(crafted).journal_id == "0123456789ab"
    backup.verify_backup(crafted, PASS)

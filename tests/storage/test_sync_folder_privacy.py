"""Nothing readable reaches the shared folder: no diary text (plain or merely compressed), no
names of people, file names that say only computer ids and numbers, owner-only permissions."""

from __future__ import annotations

import json
import os
import re
import stat
import zlib

from sync_folder_support import COMPUTER_A, COMPUTER_B, PASS_B, clock

from tracker.storage.sync_folder import NewMember, SharedFolder

MARKER = "PRIVATE-MARKER-7f3a-tamoxifen-hot-flushes"
NAME_MARKER = "PERSON-NAME-MARKER-Zoe"
_ALLOWED = re.compile(
    r"treatment-journey-[0-9a-f]{12}|keys|snapshot-[0-9a-f]{16}-\d{8}|[0-9a-f]{16}|\d{8}\.bundle"
)


def _everything(root):
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            yield os.path.join(folder, name)


def _share(tmp_path):
    sync_dir = tmp_path / "sync"
    sync_dir.mkdir()
    folder, owner = SharedFolder.create(sync_dir, "0123456789ab", NewMember(NAME_MARKER, "gid-" + NAME_MARKER, "pw"),
                                        clock=clock())
    folder.add_member(owner, NewMember(NAME_MARKER + "-carer", "gid-2", PASS_B), clock=clock())
    payload = json.dumps({"records": [{"note": MARKER}]}).encode() * 200
    folder.write_bundle(owner, COMPUTER_A, 1, payload)
    folder.write_bundle(owner, COMPUTER_A, 1, payload)
    folder.write_snapshot(owner, COMPUTER_A, 1, payload)
    bob = folder.unlock(PASS_B)
    folder.write_bundle(bob, COMPUTER_B, 1, payload)
    owner = folder.remove_member(owner, bob.member_id, clock=clock())
    folder.write_bundle(owner, COMPUTER_A, 2, payload)
    return sync_dir, folder, payload


def test_no_content_or_names_in_any_file(tmp_path):
    sync_dir, folder, payload = _share(tmp_path)
    compressed = zlib.compress(payload, 6)
    needles = [MARKER.encode(), NAME_MARKER.encode(), MARKER.encode("utf-16-le"),
               compressed[:64], compressed[len(compressed) // 2:][:64]]
    paths = list(_everything(sync_dir))
    assert len([p for p in paths if os.path.isfile(p)]) == 5  # keys, snapshot, three bundles: no leftovers
    for path in paths:
        assert MARKER not in path and NAME_MARKER not in path
        if os.path.isfile(path):
            with open(path, "rb") as fh:
                data = fh.read()
            for needle in needles:
                assert needle not in data, path
    assert folder.read_bundle(folder.unlock("pw"), folder.bundle_refs()[0]) == payload  # the test can fail


def test_file_names_say_only_ids_and_numbers(tmp_path):
    sync_dir, _, _ = _share(tmp_path)
    for path in _everything(sync_dir):
        assert _ALLOWED.fullmatch(os.path.basename(path)), path


def test_owner_only_permissions(tmp_path):
    sync_dir, folder, _ = _share(tmp_path)
    for path in _everything(sync_dir):
        mode = stat.S_IMODE(os.stat(path).st_mode)
        assert mode == (0o700 if os.path.isdir(path) else 0o600), (path, oct(mode))
    assert stat.S_IMODE(folder.root.stat().st_mode) == 0o700


def test_nothing_but_ciphertext_reaches_the_disk_while_writing(tmp_path, monkeypatch):
    """Every write in the shared folder goes through one call; catch what it is given."""
    from tracker.storage.sync_folder import folder as folder_module

    written: list[bytes] = []
    real = folder_module.atomic_write_bytes

    def spy(path, data, **kwargs):
        assert kwargs.get("temp_prefix") == ".tmp-"
        written.append(data)
        real(path, data, **kwargs)

    monkeypatch.setattr(folder_module, "atomic_write_bytes", spy)
    _, _, payload = _share(tmp_path)
    compressed = zlib.compress(payload, 6)
    assert len(written) == 7  # keys ×3 (create, add, remove), three bundles, one snapshot; the repeat wrote nothing
    for data in written:
        assert MARKER.encode() not in data and compressed[:64] not in data

"""Change bundles and snapshots in the shared folder: round trips, and every way a file can be
damaged, moved, renamed, replayed or foreign is refused with a message naming only the file."""

from __future__ import annotations

import os
import random
import shutil

import pytest
from sync_folder_support import COMPUTER_A, COMPUTER_B, JOURNAL_ID, PASS_B, make_shared

from tracker.domain.errors import BundleFromNewerKey, BundleRejected, SyncIdentityClash
from tracker.storage.sync_folder import BundleRef, SharedFolder, SnapshotRef, envelope, names

PAYLOAD = b'{"format": 1, "records": [' + b'{"gid": "x", "note": "a day like others"},' * 20 + b"]}"


def _ref(folder: SharedFolder, computer_id: str, name: str) -> BundleRef:
    ref = names.bundle_ref_for(folder.root / computer_id / name)
    assert ref is not None
    return ref


@pytest.fixture
def shared(tmp_path):
    return make_shared(tmp_path / "sync")


def test_bundle_round_trip_for_every_member(shared):
    folder = shared.folder
    folder.write_bundle(shared.owner, COMPUTER_A, 1, PAYLOAD)
    folder.write_bundle(shared.owner, COMPUTER_A, 2, b"")
    bob = SharedFolder.open(shared.sync_dir).unlock(PASS_B)
    folder.write_bundle(bob, COMPUTER_B, 1, b"from the carer")
    refs = folder.bundle_refs()
    assert [(r.computer_id, r.seq, r.is_conflict_copy) for r in refs] == [
        (COMPUTER_A, 1, False), (COMPUTER_A, 2, False), (COMPUTER_B, 1, False)]
    assert refs[0].path == folder.root / COMPUTER_A / "00000001.bundle"
    for membership in (shared.owner, bob):
        assert [folder.read_bundle(membership, r) for r in refs] == [PAYLOAD, b"", b"from the carer"]


def test_write_bundle_is_idempotent_and_never_overwrites(shared):
    folder = shared.folder
    folder.write_bundle(shared.owner, COMPUTER_A, 1, PAYLOAD)
    path = folder.root / COMPUTER_A / "00000001.bundle"
    before = path.read_bytes(), path.stat().st_ino
    folder.write_bundle(shared.owner, COMPUTER_A, 1, PAYLOAD)  # a retry after a crash
    assert (path.read_bytes(), path.stat().st_ino) == before
    with pytest.raises(SyncIdentityClash):
        folder.write_bundle(shared.owner, COMPUTER_A, 1, PAYLOAD + b" but different")
    assert path.read_bytes() == before[0]
    # After a new epoch, the retry of a bundle written under the old one is still recognised.
    ann = folder.remove_member(shared.owner, shared.carer.member_id)
    folder.write_bundle(ann, COMPUTER_A, 1, PAYLOAD)
    assert path.read_bytes() == before[0]


def test_bad_arguments_are_bugs_not_files(shared):
    for computer_id, seq in (("AAAAAAAAAAAAAAAA", 1), ("../../etc", 1), (COMPUTER_A, 0), (COMPUTER_A, 10**8)):
        with pytest.raises(ValueError):
            shared.folder.write_bundle(shared.owner, computer_id, seq, b"x")
    assert not any(p.name != "keys" for p in shared.folder.root.iterdir())


def _written(shared) -> tuple[BundleRef, bytes]:
    shared.folder.write_bundle(shared.owner, COMPUTER_A, 3, PAYLOAD)
    ref = _ref(shared.folder, COMPUTER_A, "00000003.bundle")
    return ref, ref.path.read_bytes()


def _refused(shared, ref: BundleRef) -> BundleRejected:
    with pytest.raises(BundleRejected) as caught:
        shared.folder.read_bundle(shared.owner, ref)
    message = caught.value.message
    assert ref.path.name in message and str(ref.path.parent) not in message and "a day like" not in message
    return caught.value


def test_every_truncation_is_refused(shared):
    ref, good = _written(shared)
    for length in range(len(good)):
        ref.path.write_bytes(good[:length])
        _refused(shared, ref)
    ref.path.write_bytes(good + b"\x00")  # and padding
    _refused(shared, ref)
    ref.path.write_bytes(good)
    assert shared.folder.read_bundle(shared.owner, ref) == PAYLOAD


def test_bit_flips_in_header_nonce_and_ciphertext_are_refused(shared):
    ref, good = _written(shared)
    header_end = good.index(b"\n", len(envelope.MAGIC)) + 1
    nonce_end = header_end + envelope.NONCE_BYTES
    rng = random.Random(18)
    positions = list(range(nonce_end))  # every byte of magic, header and nonce
    positions += rng.sample(range(nonce_end, len(good)), min(300, len(good) - nonce_end))
    regions = {"header": 0, "nonce": 0, "ciphertext": 0}
    for position in positions:
        damaged = bytearray(good)
        damaged[position] ^= 1 << rng.randrange(8)
        ref.path.write_bytes(bytes(damaged))
        _refused(shared, ref)
        regions["header" if position < header_end else "nonce" if position < nonce_end else "ciphertext"] += 1
    assert min(regions.values()) >= 12


def test_renamed_to_another_seq_is_refused(shared):
    ref, good = _written(shared)
    replayed = ref.path.with_name("00000004.bundle")
    shutil.copyfile(ref.path, replayed)
    error = _refused(shared, _ref(shared.folder, COMPUTER_A, "00000004.bundle"))
    assert error.file_name == "00000004.bundle"
    # The source text keeps its field, for the translator; the message has the name filled in.
    assert "{file_name}" in error.template and "{file_name}" not in error.message
    assert error.message == error.template.format(file_name="00000004.bundle")


def test_moved_to_another_computers_folder_is_refused(shared):
    ref, _ = _written(shared)
    (shared.folder.root / COMPUTER_B).mkdir(mode=0o700)
    shutil.copyfile(ref.path, shared.folder.root / COMPUTER_B / ref.path.name)
    _refused(shared, _ref(shared.folder, COMPUTER_B, ref.path.name))


def test_a_ref_that_does_not_match_its_path_is_refused(shared):
    ref, _ = _written(shared)
    _refused(shared, BundleRef(computer_id=COMPUTER_A, seq=4, is_conflict_copy=False, path=ref.path))
    _refused(shared, BundleRef(computer_id=COMPUTER_A, seq=3, is_conflict_copy=False,
                               path=ref.path.parent / "notes.txt"))


def test_bundle_of_another_journal_is_refused(shared, tmp_path):
    other = make_shared(tmp_path / "other", journal_id="ffffffffffff")
    other.folder.write_bundle(other.owner, COMPUTER_A, 3, PAYLOAD)
    (shared.folder.root / COMPUTER_A).mkdir(mode=0o700)
    target = shared.folder.root / COMPUTER_A / "00000003.bundle"
    shutil.copyfile(other.folder.root / COMPUTER_A / "00000003.bundle", target)
    _refused(shared, _ref(shared.folder, COMPUTER_A, target.name))
    # Even with the header edited to say this journal, the key and the sealed header differ.
    target.write_bytes(target.read_bytes().replace(b"ffffffffffff", JOURNAL_ID.encode()))
    assert f'"journal_id":"{JOURNAL_ID}"'.encode() in target.read_bytes()
    assert _refused(shared, _ref(shared.folder, COMPUTER_A, target.name)).detail == "tag"


def test_unknown_epoch_is_refused(shared):
    ref, good = _written(shared)
    for epoch, newer in ((7, True), (0, False)):
        ref.path.write_bytes(good.replace(b'"epoch":1', b'"epoch":%d' % epoch))
        error = _refused(shared, ref)
        assert isinstance(error, BundleFromNewerKey) == newer


def test_decompression_is_capped(shared, monkeypatch):
    shared.folder.write_bundle(shared.owner, COMPUTER_A, 1, b"\x00" * 100_000)  # compresses to ~100 bytes
    ref = _ref(shared.folder, COMPUTER_A, "00000001.bundle")
    assert ref.path.stat().st_size < 1000
    monkeypatch.setattr(envelope, "MAX_PAYLOAD", 50_000)
    assert _refused(shared, ref).detail == "payload too large"
    with pytest.raises(ValueError):
        shared.folder.write_bundle(shared.owner, COMPUTER_A, 2, b"\x00" * 50_001)


def test_oversized_file_is_refused_before_reading(shared, monkeypatch):
    from tracker.storage.sync_folder import folder as folder_module

    ref, good = _written(shared)
    monkeypatch.setattr(folder_module, "_MAX_FILE_BYTES", len(good) - 1)
    assert _refused(shared, ref).detail == "size"


def test_listing_skips_temp_files_unknown_names_and_folders(shared):
    folder = shared.folder
    folder.write_bundle(shared.owner, COMPUTER_A, 1, PAYLOAD)
    computer = folder.root / COMPUTER_A
    for name in (".tmp-abc123.tmp", ".tmp-00000002.bundle", "notes.txt", "1.bundle", "000000001.bundle",
                 "00000000.bundle", "00000002.bundle.part", "00000002.BUNDLE", "00000002 (1).bundle.tmp"):
        (computer / name).write_bytes(b"junk")
    (computer / "00000005.bundle").mkdir()
    for name in ("not-a-computer", "AAAAAAAAAAAAAAAA", "aaaaaaaaaaaaaaa", ".tmp-cccccccccccccccc"):
        (folder.root / name).mkdir()
        (folder.root / name / "00000001.bundle").write_bytes(b"junk")
    (folder.root / "cccccccccccccccc").write_bytes(b"a file, not a folder")
    (folder.root / ".tmp-keys.tmp").write_bytes(b"junk")
    assert [(r.computer_id, r.seq) for r in folder.bundle_refs()] == [(COMPUTER_A, 1)]
    assert SharedFolder.open(shared.sync_dir).unlock(PASS_B)


@pytest.mark.parametrize(("name", "seq", "conflict"), [
    ("00000003.bundle", 3, False),
    ("00000003.sync-conflict-20261203-101010-ABCDEFG.bundle", 3, True),  # Syncthing
    ("00000003 (conflicted copy 2026-12-03).bundle", 3, True),  # Dropbox
    ("00000003 (Ann's conflicted copy 2026-12-03).bundle", 3, True),
    ("00000003 (Case Conflict).bundle", 3, True),
    ("00000003 (conflicted copy 2026-12-03 101010).bundle", 3, True),  # Nextcloud
    ("00000003_conflict-20261203-101010.bundle", 3, True),  # older Nextcloud
    ("00000003-LAPTOP-ANN.bundle", 3, True),  # OneDrive
    ("12345678.bundle", 12345678, False),
    (".tmp-00000003.bundle", None, None),
    ("00000003.sync-conflict-2026-ABC.bundle", None, None),
    ("00000003 (a/b).bundle", None, None),
    ("0000003.bundle", None, None),
    ("00000003.bundle.sync-conflict-20261203-101010-ABCDEFG", None, None),
    ("keys", None, None),
])
def test_bundle_names(name, seq, conflict):
    parsed = names.parse_bundle_name(name)
    assert parsed == (None if seq is None else (seq, conflict))


def test_conflict_copies_are_listed_and_read_as_their_seq(shared):
    folder = shared.folder
    folder.write_bundle(shared.owner, COMPUTER_A, 3, PAYLOAD)
    original = folder.root / COMPUTER_A / "00000003.bundle"
    copies = ["00000003.sync-conflict-20261203-101010-ABCDEFG.bundle", "00000003 (conflicted copy 2026-12-03).bundle"]
    for name in copies:
        shutil.copyfile(original, original.with_name(name))
    shutil.copyfile(original, original.with_name("00000004 (Case Conflict).bundle"))  # a copy under another seq
    refs = folder.bundle_refs()
    assert [(r.seq, r.is_conflict_copy) for r in refs] == [(3, False), (3, True), (3, True), (4, True)]
    assert [folder.read_bundle(shared.owner, r) for r in refs[:3]] == [PAYLOAD] * 3
    _refused(shared, refs[3])
    original.unlink()  # the original missing: its copy is read instead
    assert folder.read_bundle(shared.owner, folder.bundle_refs()[0]) == PAYLOAD


def test_snapshots_round_trip_and_latest(shared):
    folder = shared.folder
    assert folder.latest_snapshot() is None
    folder.write_snapshot(shared.owner, COMPUTER_A, 5, b"five")
    folder.write_snapshot(shared.owner, COMPUTER_B, 12, b"twelve")
    folder.write_snapshot(shared.owner, COMPUTER_A, 9, b"nine")
    folder.write_snapshot(shared.owner, COMPUTER_A, 9, b"nine")  # idempotent
    with pytest.raises(SyncIdentityClash):
        folder.write_snapshot(shared.owner, COMPUTER_A, 9, b"not nine")
    (folder.root / f".tmp-snapshot-{COMPUTER_A}-00000099").write_bytes(b"partial")
    latest = folder.latest_snapshot()
    assert latest == SnapshotRef(n=12, computer_id=COMPUTER_B, path=folder.root / f"snapshot-{COMPUTER_B}-00000012")
    bob = folder.unlock(PASS_B)
    assert folder.read_snapshot(bob, latest) == b"twelve"
    assert [r.n for r in folder.snapshot_refs()] == [5, 9, 12]


def test_damaged_or_renamed_snapshot_is_refused(shared):
    folder = shared.folder
    folder.write_snapshot(shared.owner, COMPUTER_A, 5, PAYLOAD)
    path = folder.root / f"snapshot-{COMPUTER_A}-00000005"
    good = path.read_bytes()
    renamed = folder.root / f"snapshot-{COMPUTER_A}-00000006"
    os.rename(path, renamed)
    for ref in (folder.latest_snapshot(), SnapshotRef(n=5, computer_id=COMPUTER_A, path=renamed)):
        with pytest.raises(BundleRejected):
            folder.read_snapshot(shared.owner, ref)
    os.rename(renamed, path)
    path.write_bytes(good[:-1])
    with pytest.raises(BundleRejected):
        folder.read_snapshot(shared.owner, folder.latest_snapshot())
    # A bundle is not a snapshot, even with the right place in its name.
    folder.write_bundle(shared.owner, COMPUTER_A, 5, PAYLOAD)
    shutil.copyfile(folder.root / COMPUTER_A / "00000005.bundle", path)
    with pytest.raises(BundleRejected):
        folder.read_snapshot(shared.owner, folder.latest_snapshot())

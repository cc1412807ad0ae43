"""After a person is removed: what their computer writes with the old key is refused by every
reader, their snapshots are never joined from, and they cannot read who is added later. A
remaining person who has not yet seen the new key is still heard."""

from __future__ import annotations

import pytest
from sync_folder_support import (
    COMPUTER_A,
    COMPUTER_B,
    JOURNAL_ID,
    PASS_B,
    PASS_C,
    clock,
    load_keys,
    make_shared,
    save_keys,
)

from tracker.domain.errors import (
    BundleRejected,
    BundleWithOldKey,
    KeysFileDamaged,
    KeysFileTampered,
    RemovedFromSharedJournal,
)
from tracker.storage.sync_folder import NewMember, SharedFolder, names
from tracker.storage.sync_folder import keys_file as kf

COMPUTER_C = "cccccccccccccccc"


@pytest.fixture
def three(tmp_path):
    """Ann (computer A) removes Bob (computer B); Cat (computer C) stays."""
    shared = make_shared(tmp_path / "sync", third=True)
    folder = shared.folder
    bob, cat = folder.unlock(PASS_B), folder.unlock(PASS_C)
    folder.write_bundle(shared.owner, COMPUTER_A, 1, b"a1")
    folder.write_bundle(shared.owner, COMPUTER_A, 2, b"a2")
    folder.write_bundle(bob, COMPUTER_B, 1, b"b1")
    folder.write_bundle(bob, COMPUTER_B, 2, b"b2, not applied by Ann yet")
    return shared, bob, cat


def _remove_bob(shared, bob):
    # Ann had applied Bob's bundle 1; bundle 2 was in the folder already (written before the removal).
    return shared.folder.remove_member(shared.owner, bob.member_id, computers={COMPUTER_B: 1},
                                       this_computer=COMPUTER_A, clock=clock())


def _ref(folder, computer_id, seq):
    ref = names.bundle_ref_for(folder.root / computer_id / names.bundle_name(seq))
    assert ref is not None
    return ref


def test_a_removed_persons_computer_is_not_heard_after_the_removal(three):
    shared, bob, cat = three
    ann = _remove_bob(shared, bob)
    folder = shared.folder
    # Bob still holds epoch 1 and writes with it, into his own computer's folder.
    folder.write_bundle(bob, COMPUTER_B, 3, b"written after the removal")
    for reader in (ann, cat):
        assert folder.read_bundle(reader, _ref(folder, COMPUTER_B, 1)) == b"b1"
        assert folder.read_bundle(reader, _ref(folder, COMPUTER_B, 2)) == b"b2, not applied by Ann yet"
        with pytest.raises(BundleWithOldKey) as caught:
            folder.read_bundle(reader, _ref(folder, COMPUTER_B, 3))
        assert isinstance(caught.value, BundleRejected) and caught.value.file_name == "00000003.bundle"
        assert "written after the removal" not in caught.value.message
    assert load_keys(shared.keys_path)["revoked"] == {COMPUTER_B: {"epoch": 2, "last_seq": 2}}


def test_a_removed_person_cannot_take_the_removers_next_number(three):
    shared, bob, cat = three
    ann = _remove_bob(shared, bob)
    folder = shared.folder
    folder.write_bundle(bob, COMPUTER_A, 3, b"Ann's next number, old key")
    with pytest.raises(BundleWithOldKey) as caught:
        folder.read_bundle(folder.refresh(cat), _ref(folder, COMPUTER_A, 3))
    assert caught.value.detail == "epoch 1 after its computer moved to epoch 2"
    assert folder.read_bundle(ann, _ref(folder, COMPUTER_A, 2)) == b"a2"  # before the cut: still read


def test_a_computer_never_goes_back_to_an_older_key(three):
    shared, bob, cat = three
    ann = _remove_bob(shared, bob)
    folder = shared.folder
    cat = folder.refresh(cat)
    folder.write_bundle(cat, COMPUTER_C, 1, b"c1 under epoch 2")
    # Bob takes Cat's next number with the old key (Cat's computer is neither revoked nor cut off).
    folder.write_bundle(bob, COMPUTER_C, 2, b"c2 under epoch 1")
    assert folder.read_bundle(ann, _ref(folder, COMPUTER_C, 1)) == b"c1 under epoch 2"
    with pytest.raises(BundleWithOldKey) as caught:
        folder.read_bundle(ann, _ref(folder, COMPUTER_C, 2))
    assert caught.value.detail == "epoch 1 after epoch 2"


def test_a_remaining_person_not_yet_refreshed_is_still_heard(three):
    """Cat's computer had not read the new key list when it wrote: epoch 1, after the removal. It
    is not a removed person's computer, so it is applied; her next bundle after a refresh uses
    epoch 2 and is read too."""
    shared, bob, cat = three
    ann = _remove_bob(shared, bob)
    folder = shared.folder
    folder.write_bundle(cat, COMPUTER_C, 1, b"old key, right after the removal")
    assert folder.read_bundle(ann, _ref(folder, COMPUTER_C, 1)) == b"old key, right after the removal"
    cat = folder.refresh(cat)
    folder.write_bundle(cat, COMPUTER_C, 2, b"new key")
    assert folder.read_bundle(ann, _ref(folder, COMPUTER_C, 2)) == b"new key"


def test_a_snapshot_planted_by_a_removed_persons_computer_is_never_joined_from(three):
    shared, bob, cat = three
    ann = _remove_bob(shared, bob)
    folder = shared.folder
    folder.write_snapshot(ann, COMPUTER_A, 10, b"ann's, epoch 2")
    folder.write_snapshot(bob, COMPUTER_B, names.MAX_SEQ, b"planted")
    dan = folder.add_member(ann, NewMember("Dan", "gid-dan", "dan passphrase"), clock=clock())
    joiner = SharedFolder.open(shared.sync_dir)
    dan_membership = joiner.unlock("dan passphrase")
    assert dan_membership.member_id == dan.member_id
    assert [ref.computer_id for ref in joiner.snapshot_candidates()] == [COMPUTER_A]
    latest = joiner.latest_snapshot()
    assert latest is not None and joiner.read_snapshot(dan_membership, latest) == b"ann's, epoch 2"
    planted = next(ref for ref in joiner.snapshot_refs() if ref.computer_id == COMPUTER_B)
    with pytest.raises(BundleWithOldKey):
        joiner.read_snapshot(dan_membership, planted)


def test_the_newest_key_comes_before_the_highest_number(three):
    shared, bob, cat = three
    ann = _remove_bob(shared, bob)
    folder = shared.folder
    folder.write_snapshot(cat, COMPUTER_C, 50, b"cat's, epoch 1, higher number")
    folder.write_snapshot(ann, COMPUTER_A, 20, b"ann's, epoch 2")
    assert [(r.computer_id, r.n) for r in folder.snapshot_candidates()] == [(COMPUTER_A, 20), (COMPUTER_C, 50)]


def test_names_added_after_a_removal_are_not_readable_with_the_removed_membership(three):
    shared, bob, cat = three
    ann = _remove_bob(shared, bob)
    folder = shared.folder
    dan = folder.add_member(ann, NewMember("Dan", "gid-dan", "dan passphrase"), clock=clock())
    data = load_keys(shared.keys_path)
    profiles = {member_id: member["profile"] for member_id, member in data["members"].items()}
    # Every name in the list is sealed under the newest key only: also the ones Bob once read.
    for member_id, profile in profiles.items():
        for epoch, key in bob.epoch_keys.items():
            with pytest.raises(kf.Tampered):
                kf.open_profile(JOURNAL_ID, member_id, epoch, key, profile)
            with pytest.raises(kf.Tampered):
                kf.open_profile(JOURNAL_ID, member_id, 2, key, profile)
    assert kf.open_profile(JOURNAL_ID, dan.member_id, 2, ann.newest_key, profiles[dan.member_id]) == ("Dan", "gid-dan")
    with pytest.raises(RemovedFromSharedJournal):
        folder.members(bob)
    assert sorted(m.name for m in folder.members(folder.refresh(cat))) == ["Ann", "Cat", "Dan"]


def test_the_revocations_are_covered_by_the_key_lists_signature(three):
    shared, bob, cat = three
    ann = _remove_bob(shared, bob)
    signed = load_keys(shared.keys_path)
    for edit in (lambda d: d["revoked"].clear(), lambda d: d["cutoffs"].clear(),
                 lambda d: d["revoked"][COMPUTER_B].update(last_seq=99)):
        data = load_keys(shared.keys_path)
        edit(data)
        save_keys(shared.keys_path, data)
        with pytest.raises(KeysFileTampered):
            shared.folder.refresh(ann)
        save_keys(shared.keys_path, signed)
    for bad in ({"not-a-computer": {"epoch": 2, "last_seq": 1}}, {COMPUTER_B: {"epoch": 3, "last_seq": 1}},
                {COMPUTER_B: {"epoch": 2, "last_seq": -1}}, {COMPUTER_B: {"epoch": 2}}):
        data = load_keys(shared.keys_path)
        data["revoked"] = bad
        save_keys(shared.keys_path, data)
        with pytest.raises(KeysFileDamaged):
            SharedFolder.open(shared.sync_dir)
    save_keys(shared.keys_path, signed)
    assert shared.folder.refresh(ann) == ann


def test_remove_member_checks_the_computers_it_is_given(three):
    shared, bob, _ = three
    for computers, this in (({"B": 1}, None), ({COMPUTER_B: -1}, None), ({COMPUTER_A: 1}, COMPUTER_A),
                            ({}, "not a computer")):
        with pytest.raises(ValueError):
            shared.folder.remove_member(shared.owner, bob.member_id, computers=computers, this_computer=this)
    assert shared.folder.refresh(shared.owner).newest_epoch == 1  # nothing was written

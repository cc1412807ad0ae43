"""The shared folder's members and key list: unlock, add, remove, and a key list changed by
someone who can write the folder but holds no key."""

from __future__ import annotations

import base64
import os
import secrets

import pytest
from sync_folder_support import (
    COMPUTER_A,
    JOURNAL_ID,
    PASS_A,
    PASS_B,
    PASS_C,
    clock,
    load_keys,
    make_shared,
    save_keys,
)

from tracker.domain.errors import (
    BundleFromNewerKey,
    KeysFileDamaged,
    KeysFileTampered,
    NotASharedJournal,
    RemovedFromSharedJournal,
    SyncFolderMissing,
    WrongPassphrase,
)
from tracker.storage.sync_folder import BundleRef, Membership, NewMember, SharedFolder
from tracker.storage.sync_folder import keys_file as kf


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def test_create_open_unlock_round_trip(tmp_path):
    shared = make_shared(tmp_path / "sync")
    folder = SharedFolder.open(shared.sync_dir)
    assert folder.root == shared.folder.root and folder.journal_id == JOURNAL_ID
    assert SharedFolder.open(shared.folder.root).root == folder.root  # the journal's own folder works too
    me = folder.unlock(PASS_A)
    assert me.member_id == shared.owner.member_id
    assert me.epoch_keys == shared.owner.epoch_keys and me.newest_epoch == 1
    members = sorted(folder.members(me), key=lambda m: m.name)  # same clock: added_at ties
    assert [(m.name, m.person_gid, m.epochs) for m in members] == [("Ann", "gid-ann", (1,)), ("Bob", "gid-bob", (1,))]
    assert members[0].added_at == "2026-12-03T10:00:00+00:00"


def test_wrong_passphrase(tmp_path):
    shared = make_shared(tmp_path / "sync")
    with pytest.raises(WrongPassphrase):
        SharedFolder.open(shared.sync_dir).unlock("not the passphrase")


def test_each_member_unlocks_with_their_own_passphrase(tmp_path):
    shared = make_shared(tmp_path / "sync", third=True)
    folder = SharedFolder.open(shared.sync_dir)
    ann, bob, cat = folder.unlock(PASS_A), folder.unlock(PASS_B), folder.unlock(PASS_C)
    assert ann.member_id == shared.owner.member_id
    assert bob.member_id == shared.carer.member_id
    assert cat.member_id == shared.third.member_id
    assert ann.epoch_keys == bob.epoch_keys == cat.epoch_keys
    # A passphrase typed in another Unicode form is the same passphrase.
    (tmp_path / "other").mkdir()
    folder2, owner = SharedFolder.create(tmp_path / "other", "ffffffffffff", NewMember("É", "g", "caf\u00e9"))
    assert folder2.unlock("cafe\u0301").member_id == owner.member_id


def test_open_refuses_missing_and_foreign_folders(tmp_path):
    with pytest.raises(SyncFolderMissing):
        SharedFolder.open(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(NotASharedJournal):
        SharedFolder.open(tmp_path / "empty")
    shared = make_shared(tmp_path / "sync")
    with pytest.raises(NotASharedJournal):  # sharing the same journal into the same folder twice
        SharedFolder.create(shared.sync_dir, JOURNAL_ID, NewMember("Ann", "g", PASS_A))
    make_shared(tmp_path / "sync", journal_id="ffffffffffff")
    with pytest.raises(NotASharedJournal):  # two journals: the person picks the one
        SharedFolder.open(shared.sync_dir)
    assert SharedFolder.open(shared.folder.root).journal_id == JOURNAL_ID


def test_remove_member_moves_to_a_new_epoch(tmp_path):
    shared = make_shared(tmp_path / "sync", third=True)
    folder = shared.folder
    bob = folder.unlock(PASS_B)
    cat = folder.unlock(PASS_C)
    folder.write_bundle(shared.owner, COMPUTER_A, 1, b"before the removal")
    ann = folder.remove_member(shared.owner, shared.third.member_id, clock=clock())
    assert ann.newest_epoch == 2 and set(ann.epoch_keys) == {1, 2}
    folder.write_bundle(ann, COMPUTER_A, 2, b"after the removal")
    old, new = folder.bundle_refs()

    # The others get the new epoch at their next refresh and read both.
    with pytest.raises(BundleFromNewerKey):
        folder.read_bundle(bob, new)
    bob = folder.refresh(bob)
    assert bob.epoch_keys == ann.epoch_keys
    assert folder.read_bundle(bob, old) == b"before the removal"
    assert folder.read_bundle(bob, new) == b"after the removal"
    assert sorted((m.name, m.epochs) for m in folder.members(bob)) == [("Ann", (1, 2)), ("Bob", (1, 2))]

    # The removed person is told so and cannot use the folder any more (what they had applied
    # stays in their own journal); the new bundle does not open with their keys either.
    with pytest.raises(RemovedFromSharedJournal) as caught:
        folder.refresh(cat)
    assert "You were removed" in caught.value.message
    for ref in (old, new):
        with pytest.raises(RemovedFromSharedJournal):
            folder.read_bundle(cat, ref)
    assert ann.newest_epoch not in cat.epoch_keys
    with pytest.raises(WrongPassphrase):  # their slot is gone
        folder.unlock(PASS_C)

    # A member added after the removal holds every epoch.
    dan = folder.add_member(bob, NewMember("Dan", "gid-dan", "dan passphrase"))
    assert dan.epochs == (1, 2)
    assert folder.read_bundle(folder.unlock("dan passphrase"), old) == b"before the removal"


def test_remove_member_refuses_self_and_strangers(tmp_path):
    shared = make_shared(tmp_path / "sync")
    with pytest.raises(ValueError):
        shared.folder.remove_member(shared.owner, shared.owner.member_id)
    with pytest.raises(ValueError):
        shared.folder.remove_member(shared.owner, "0" * 16)


def test_remover_needs_the_newest_epoch(tmp_path):
    shared = make_shared(tmp_path / "sync", third=True)
    folder = shared.folder
    bob = folder.unlock(PASS_B)
    folder.remove_member(shared.owner, shared.third.member_id)
    # Bob's membership predates the removal: remove_member refreshes it first, so the next epoch
    # links to epoch 2, not 1 (a fork that other members would refuse).
    bob = folder.remove_member(bob, shared.owner.member_id)
    assert bob.newest_epoch == 3
    assert folder.refresh(bob).epoch_keys == bob.epoch_keys


def test_membership_secret_json_round_trip(tmp_path):
    shared = make_shared(tmp_path / "sync")
    text = shared.owner.to_secret_json()
    again = Membership.from_secret_json(text)
    assert again == shared.owner and again.newest_key == shared.owner.newest_key
    assert shared.folder.refresh(again).member_id == shared.owner.member_id
    assert "key" not in repr(shared.owner).replace("epoch_keys", "").replace("private_key", "")
    for bad in ('{"format": "something else"}', text.replace('"version":1', '"version":9')):
        with pytest.raises(ValueError):
            Membership.from_secret_json(bad)


# -- a key list changed from outside ---------------------------------------------------------


def test_swapped_public_key_is_refused(tmp_path):
    shared = make_shared(tmp_path / "sync")
    bob = shared.folder.unlock(PASS_B)
    data = load_keys(shared.keys_path)
    data["members"][bob.member_id]["public_key"] = _b64(kf.new_key_pair()[1])
    save_keys(shared.keys_path, data)
    for membership in (shared.owner, bob):
        with pytest.raises(KeysFileTampered) as caught:
            shared.folder.refresh(membership)
        assert "changed by something other than Treatment Journey" in caught.value.message
    with pytest.raises(KeysFileTampered):  # names are only shown from a list that checks
        shared.folder.members(shared.owner)


def test_added_member_is_refused(tmp_path):
    shared = make_shared(tmp_path / "sync")
    data = load_keys(shared.keys_path)
    # An outsider adds themselves: their own key pair and passphrase, and an epoch key they made up
    # (they cannot know the real one).
    private, public = kf.new_key_pair()
    intruder = "1234567812345678"
    genesis = base64.b64decode(data["epochs"]["1"]["commit"])
    fake_key = os.urandom(32)
    data["members"][intruder] = {
        "public_key": _b64(public),
        "added_at": "2026-12-03T10:00:00+00:00",
        "private_key": kf.wrap_private_key(JOURNAL_ID, intruder, public, genesis, private, "intruder"),
        "profile": kf.seal_profile(JOURNAL_ID, intruder, 1, fake_key, "Eve", "gid-eve"),
    }
    data["epochs"]["1"]["seals"][intruder] = kf.seal_epoch_key(JOURNAL_ID, 1, intruder, public, fake_key)
    save_keys(shared.keys_path, data)
    with pytest.raises(KeysFileTampered):
        shared.folder.refresh(shared.owner)
    with pytest.raises(KeysFileTampered) as caught:  # the seal does not open to the key the commit names
        shared.folder.unlock("intruder")
    assert caught.value.detail == "seal of epoch 1"


def test_edited_epoch_is_refused(tmp_path):
    shared = make_shared(tmp_path / "sync")
    original = load_keys(shared.keys_path)
    edits = [
        lambda d: d["epochs"]["1"].update(created_at="2020-01-01T00:00:00+00:00"),
        lambda d: d["epochs"]["1"]["seals"].pop(shared.carer.member_id),
        lambda d: d["members"][shared.carer.member_id].update(added_at="2020-01-01T00:00:00+00:00"),
        lambda d: d["epochs"]["1"].update(commit=_b64(os.urandom(32))),
    ]
    for edit in edits:
        data = load_keys(shared.keys_path)
        edit(data)
        save_keys(shared.keys_path, data)
        with pytest.raises(KeysFileTampered):
            shared.folder.refresh(shared.owner)
        save_keys(shared.keys_path, original)
    assert shared.folder.refresh(shared.owner) == shared.owner


def test_an_epoch_invented_by_an_outsider_is_refused(tmp_path):
    """Sealing needs only public keys: anyone could seal a new 'newest epoch' to every member and
    sign the file with it. Its link must come from the epoch before, which they do not hold."""
    shared = make_shared(tmp_path / "sync")
    data = load_keys(shared.keys_path)
    key = os.urandom(32)
    commit = kf.epoch_commit(JOURNAL_ID, 2, key)
    data["epochs"]["2"] = {
        "created_at": "2026-12-04T10:00:00+00:00",
        "commit": _b64(commit),
        "link": _b64(kf.epoch_link(JOURNAL_ID, 2, commit, os.urandom(32))),
        "seals": {
            member_id: kf.seal_epoch_key(JOURNAL_ID, 2, member_id, base64.b64decode(member["public_key"]), key)
            for member_id, member in data["members"].items()
        },
    }
    content = {k: v for k, v in data.items() if k != "mac"}
    data["mac"] = _b64(kf.file_mac(content, key))
    save_keys(shared.keys_path, data)
    with pytest.raises(KeysFileTampered) as caught:
        shared.folder.refresh(shared.owner)
    assert caught.value.detail == "link of epoch 2"  # the signature over the file itself is fine
    with pytest.raises(KeysFileTampered):
        shared.folder.unlock(PASS_B)


def test_an_outsider_dropping_a_member_is_not_a_removal(tmp_path):
    shared = make_shared(tmp_path / "sync")
    bob = shared.folder.unlock(PASS_B)
    data = load_keys(shared.keys_path)
    del data["members"][bob.member_id]
    del data["epochs"]["1"]["seals"][bob.member_id]
    save_keys(shared.keys_path, data)
    with pytest.raises(KeysFileTampered):
        shared.folder.refresh(bob)


def test_an_older_key_list_put_back_is_refused(tmp_path):
    shared = make_shared(tmp_path / "sync", third=True)
    before = shared.keys_path.read_bytes()
    ann = shared.folder.remove_member(shared.owner, shared.third.member_id)
    shared.keys_path.write_bytes(before)  # the removed person's access, back
    with pytest.raises(KeysFileTampered):
        shared.folder.refresh(ann)


def test_key_list_of_another_journal_is_refused(tmp_path):
    shared = make_shared(tmp_path / "sync")
    other = make_shared(tmp_path / "other", journal_id="ffffffffffff")
    shared.keys_path.write_bytes(other.keys_path.read_bytes())
    with pytest.raises(KeysFileTampered):
        SharedFolder.open(shared.sync_dir)


def test_damaged_key_list_is_refused_before_any_argon2_work(tmp_path, monkeypatch):
    from tracker.storage import kdf

    shared = make_shared(tmp_path / "sync")
    good = shared.keys_path.read_bytes()
    data = load_keys(shared.keys_path)
    data["members"][shared.owner.member_id]["private_key"]["params"]["memory_kib"] = 2**31
    save_keys(shared.keys_path, data)
    monkeypatch.setattr(kdf, "derive", lambda *a: pytest.fail("Argon2 ran on a crafted file"))
    with pytest.raises(KeysFileDamaged):
        SharedFolder.open(shared.sync_dir)
    for raw in (good[: len(good) // 2], b"\x00" * 100, b"[]", good.replace(b'"version":2', b'"version":1')):
        shared.keys_path.write_bytes(raw)
        with pytest.raises(KeysFileDamaged):
            SharedFolder.open(shared.sync_dir)
    shared.keys_path.unlink()
    with pytest.raises(NotASharedJournal):
        shared.folder.refresh(shared.owner)


def test_a_membership_holding_an_epoch_the_key_list_lacks(tmp_path):
    """A membership with an epoch the file does not have (hand-made, or the key list put back from
    before a removal) is refused before any file is opened, not guessed."""
    shared = make_shared(tmp_path / "sync")
    shared.folder.write_bundle(shared.owner, COMPUTER_A, 1, b"x")
    partial = Membership(member_id=shared.owner.member_id, journal_id=JOURNAL_ID,
                         epoch_keys={2: secrets.token_bytes(32)}, private_key=shared.owner.private_key)
    ref = BundleRef(computer_id=COMPUTER_A, seq=1, is_conflict_copy=False,
                    path=shared.folder.root / COMPUTER_A / "00000001.bundle")
    with pytest.raises(KeysFileTampered) as caught:
        shared.folder.read_bundle(partial, ref)
    assert caught.value.detail == "epoch 2 missing or changed"


def test_folder_gone_after_opening(tmp_path):
    """A USB stick pulled out or a network drive gone: a plain message, not a crash."""
    import shutil

    shared = make_shared(tmp_path / "sync")
    folder = SharedFolder.open(shared.sync_dir)
    shutil.rmtree(shared.sync_dir)
    for call in (folder.bundle_refs, folder.snapshot_refs, lambda: folder.unlock(PASS_A),
                 lambda: folder.refresh(shared.owner)):
        with pytest.raises(SyncFolderMissing):
            call()


def test_a_removal_faked_by_an_outsider_is_not_believed(tmp_path):
    """Dropping Bob and adding an epoch he is not in: he is only told "removed" when the new
    epoch was made by someone holding the one before."""
    shared = make_shared(tmp_path / "sync")
    bob = shared.folder.unlock(PASS_B)
    data = load_keys(shared.keys_path)
    del data["members"][bob.member_id]
    del data["epochs"]["1"]["seals"][bob.member_id]
    key = os.urandom(32)
    commit = kf.epoch_commit(JOURNAL_ID, 2, key)
    data["epochs"]["2"] = {"created_at": "2026-12-04T10:00:00+00:00", "commit": _b64(commit),
                           "link": _b64(kf.epoch_link(JOURNAL_ID, 2, commit, os.urandom(32))), "seals": {}}
    save_keys(shared.keys_path, data)
    with pytest.raises(KeysFileTampered) as caught:
        shared.folder.refresh(bob)
    assert caught.value.detail == "link of epoch 2"

"""The sharing service (issue 18): a patient shares, adds a carer, the carer joins from another
data folder; logs, ticks, edits on both; removal; bad files in the folder; a missing folder; a
full disk while applying. The folder is a plain directory here (tests/sync_engine carries it
through real Syncthing instances)."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta

import pytest
from sqlalchemy.exc import OperationalError

from tracker.domain.clock import FixedClock
from tracker.domain.errors import (
    BundleRejected,
    BundleWithOldKey,
    DiskFull,
    JournalAlreadyShared,
    JournalNotShared,
    NotASharedJournal,
    RemovedFromSharedJournal,
    SyncFolderMissing,
    ValidationError,
    WrongPassphrase,
)
from tracker.domain.symptoms import SymptomRating
from tracker.services import diary, doses, journals, people, plan, sync, sync_changes, sync_local
from tracker.storage.engine import dbapi
from tracker.storage.sync_folder import SharedFolder, envelope
from tracker.storage.sync_records import state as sync_state

PATIENT_PASS = "patient passphrase, long"
CARER_PASS = "carer passphrase, also long"
THIRD_PASS = "third person's passphrase, long too"
DAILY = {"kind": "interval", "every": 1, "unit": "days"}


class Shared:
    def __init__(self, tmp_path, clock):
        self.sync_dir = tmp_path / "sync"
        self.sync_dir.mkdir()
        self.clock = clock
        self.a = journals.create_journal(tmp_path / "a", "Anna", PATIENT_PASS).journal
        line = plan.add_line(self.a, name="Letrozole", start=date(2026, 3, 1))
        self.drug_a = plan.add_regimen_drug(self.a, line.id, drug_id="letrozole", pattern=DAILY, times=["08:00"],
                                            start=date(2026, 3, 1)).id
        self.info = sync.share_journal(self.a, self.sync_dir, PATIENT_PASS, clock)
        self.ben = sync.add_person(self.a, "Ben", CARER_PASS, CARER_PASS, clock)
        self.joined = sync.join_shared_journal(tmp_path / "b", self.sync_dir, CARER_PASS, clock)
        self.b = self.joined.journal

    def close(self):
        for j in (self.a, self.b):
            if j.is_open:
                j.close()

    def drug_b(self) -> int:
        gid = sync_changes.gid_of(self.a, "regimen_drugs", self.drug_a)
        with self.b.connection() as conn:
            return conn.exec_driver_sql("SELECT id FROM regimen_drugs WHERE gid = ?", (gid,)).scalar()

    def both(self, clock=None):
        """Sync B, then A, then B again (what arrives at A goes back to B too)."""
        clock = clock or self.clock
        return sync.sync_now(self.b, clock), sync.sync_now(self.a, clock), sync.sync_now(self.b, clock)

    def same(self) -> dict:
        ea, eb = sync_changes.canonical_export(self.a), sync_changes.canonical_export(self.b)
        assert ea == eb
        return json.loads(ea)

    def a_bundles(self):
        return sorted((self.info.folder / self.info.computer_id).glob("*.bundle"))


@pytest.fixture
def shared(tmp_path, clock):
    s = Shared(tmp_path, clock)
    yield s
    s.close()


def later(clock, minutes):
    return FixedClock(clock.now() + timedelta(minutes=minutes))


def _log(journal, clock, note, by=None, severity=2):
    return diary.log_symptoms(journal, [SymptomRating("nausea", severity=severity)], entered_by=by,
                              occurred_at=clock.now() - timedelta(hours=1), clock=clock, note=note).log_id


def _notes(journal) -> list[str]:
    with journal.connection() as conn:
        return sorted(r[0] for r in conn.exec_driver_sql("SELECT note FROM diary_logs WHERE deleted_at IS NULL"))


# -- sharing and joining -------------------------------------------------------------------------------


def test_carer_joins_from_another_data_folder_and_sees_the_plan(shared):
    a, b = shared.a, shared.b
    assert shared.joined.recovery_key and b.journal_id != a.journal_id
    assert sync.is_shared(a) and sync.is_shared(b)
    assert [line.name for line in plan.therapy_lines(b)] == ["Letrozole"]
    assert [d.drug.drug_id for d in plan.scheduled_drugs(b)] == ["letrozole"]
    me = sync.my_person_id(b)
    assert me is not None and [p.name for p in people.list_people(b) if p.id == me] == ["Ben"]
    assert people.patient(b).name == "Anna" and b.display_name == "Anna"
    shared.both()  # A hears which person's computer B is
    shared.same()
    status = sync.sync_status(b, shared.clock)
    assert status.shared and status.folder_ok and not status.problems
    assert {(p.name, p.is_me) for p in status.people} == {("Anna", False), ("Ben", True)}
    assert [p.person_id for p in status.people if p.is_me] == [me]
    assert [(c.label, c.is_this_computer) for c in status.computers] == [("Ben", True), ("Anna", False)]
    assert sync.watched_paths(b)[0] == shared.info.folder
    # Both computers' folders are watched once they exist.
    assert shared.info.folder / shared.info.computer_id in sync.watched_paths(b)


def test_sharing_checks_the_passphrase_and_is_done_once(tmp_path, clock, journal):
    sync_dir = tmp_path / "sync"
    sync_dir.mkdir()
    with pytest.raises(WrongPassphrase):
        sync.share_journal(journal, sync_dir, "not the passphrase", clock)
    assert not list(sync_dir.iterdir()) and not sync.is_shared(journal)
    with pytest.raises(JournalNotShared):
        sync.sync_now(journal, clock)
    assert sync.sync_status(journal, clock).shared is False
    sync.share_journal(journal, sync_dir, "correct horse battery staple", clock)
    with pytest.raises(JournalAlreadyShared):
        sync.share_journal(journal, sync_dir, "correct horse battery staple", clock)
    names = {p.name for p in (sync_dir / f"treatment-journey-{journal.journal_id}").iterdir()}
    assert "keys" in names and any(n.startswith("snapshot-") for n in names)


def test_joining_refuses_plainly_and_leaves_no_journal_behind(shared, tmp_path, clock):
    data = tmp_path / "c"
    with pytest.raises(WrongPassphrase):
        sync.join_shared_journal(data, shared.sync_dir, PATIENT_PASS + "x", clock)
    with pytest.raises(SyncFolderMissing):
        sync.join_shared_journal(data, tmp_path / "nowhere", CARER_PASS, clock)
    (tmp_path / "empty").mkdir()
    with pytest.raises(NotASharedJournal):
        sync.join_shared_journal(data, tmp_path / "empty", CARER_PASS, clock)
    assert journals.list_journals(data) == []


def test_adding_a_person_checks_the_form(shared):
    a, clock = shared.a, shared.clock
    for args, field in ((("", CARER_PASS, CARER_PASS), "name"), (("Cleo", "short", "short"), "passphrase"),
                        (("Cleo", CARER_PASS, CARER_PASS + "!"), "repeat"), (("ben", CARER_PASS, CARER_PASS), "name")):
        with pytest.raises(ValidationError) as info:
            sync.add_person(a, *args, clock=clock)
        assert info.value.field == field
    with pytest.raises(ValidationError):
        sync.remove_person(a, shared.info.member_id, clock)


# -- what each side does --------------------------------------------------------------------------------


def test_carer_logs_and_ticks_and_the_patient_sees_both_entered_by_the_carer(shared, clock):
    a, b = shared.a, shared.b
    ben_b = sync.my_person_id(b)
    _log(b, clock, "Ben saw she was sick", by=ben_b)
    doses.record(b, clock, (shared.drug_b(), clock.today(), 0), doses.TAKEN, entered_by_id=ben_b)
    from_b = sync.sync_now(b, clock)
    assert from_b.written == 1 and not from_b.problems
    at_a = sync.sync_now(a, clock)
    # B's first bundle (written when it joined: which person's computer it is) and this one.
    assert (at_a.applied, at_a.waiting, at_a.problems) == (2, 0, ())
    assert {"diary", "doses"} <= at_a.kinds
    with a.connection() as conn:
        by = conn.exec_driver_sql("SELECT p.name FROM diary_logs d JOIN people p ON p.id = d.entered_by_id").all()
        dose_by = conn.exec_driver_sql("SELECT p.name FROM dose_events d JOIN people p ON p.id = d.entered_by_id").all()
    assert [r[0] for r in by] == ["Ben"] and [r[0] for r in dose_by] == ["Ben"]
    assert shared.ben.person_id is not None
    shared.same()
    status = sync.sync_status(a, clock)
    (from_ben,) = [c for c in status.computers if not c.is_this_computer]
    assert from_ben.label == "Ben" and from_ben.last_seq >= 1 and from_ben.last_received is not None


def test_the_same_dose_ticked_on_both_is_one_dose_event(shared, clock):
    a, b = shared.a, shared.b
    doses.record(a, clock, (shared.drug_a, clock.today(), 0), doses.TAKEN, entered_by_id=None)
    doses.record(b, later(clock, 1), (shared.drug_b(), clock.today(), 0), doses.TAKEN, entered_by_id=None)
    shared.both(later(clock, 2))
    doc = shared.same()
    events = [r for r in doc["records"] if r["t"] == "dose_events"]
    assert len(events) == 2 and sum(r["v"]["deleted_at"] is None for r in events) == 1
    for j in (a, b):
        assert len(doses.events_between(j, clock.today(), clock.today())) == 1


def test_an_entry_edited_on_both_keeps_the_later_edit_and_shows_the_other_in_history(shared, clock):
    a, b = shared.a, shared.b
    log_a = _log(a, clock, "first")
    shared.both()
    gid = sync_changes.gid_of(a, "diary_logs", log_a)
    with b.connection() as conn:
        log_b = conn.exec_driver_sql("SELECT id FROM diary_logs WHERE gid = ?", (gid,)).scalar()
    entries = [SymptomRating("nausea", severity=1)]
    occurred = clock.now() - timedelta(hours=1)
    # Each computer syncs after its edit (as the app does after a save); B's is the later one.
    diary.update_log(a, log_a, entries, None, occurred, later(clock, 5), note="edited on A")
    sync.sync_now(a, later(clock, 5))
    diary.update_log(b, log_b, entries, None, occurred, later(clock, 6), note="edited on B")
    sync.sync_now(b, later(clock, 6))
    shared.both(later(clock, 7))
    shared.same()
    assert diary.get_log(a, log_a).note == diary.get_log(b, log_b).note == "edited on B"
    history = sync.history_of(a, "diary_logs", log_a)
    assert [h.record["v"]["note"] for h in history] == ["edited on A"]
    assert history[0].origin == shared.info.computer_id
    assert sync.history_of(a, "diary_logs", 999_999) == []


def test_an_old_offline_edit_loses_to_a_newer_edit_made_on_the_other_computer(shared, clock):
    """A's edit made at +5 minutes while its folder was away, sent at +120, meets B's edit of
    +60: B's is the later edit and stays, A's goes to the history."""
    from tracker.storage.sync_records.outbox import at_text

    a, b = shared.a, shared.b
    log_a = _log(a, clock, "first")
    shared.both()
    gid = sync_changes.gid_of(a, "diary_logs", log_a)
    with b.connection() as conn:
        log_b = conn.exec_driver_sql("SELECT id FROM diary_logs WHERE gid = ?", (gid,)).scalar()
    entries = [SymptomRating("nausea", severity=1)]
    occurred = clock.now() - timedelta(hours=1)
    moved = shared.sync_dir.rename(shared.sync_dir.with_name("unplugged"))  # A's USB stick is out
    diary.update_log(a, log_a, entries, None, occurred, later(clock, 5), note="edited on A, offline")
    # The capture trigger wrote the real clock's time of the edit; the test's clocks are fixed,
    # so it is set to what a real clock would have read at +5 minutes.
    with a.connection() as conn:
        conn.exec_driver_sql("UPDATE sync_outbox SET at = ? WHERE gid = ?", (at_text(later(clock, 5).now()), gid))
    assert [type(p) for p in sync.sync_now(a, later(clock, 5)).problems] == [SyncFolderMissing]
    moved.rename(shared.sync_dir)
    diary.update_log(b, log_b, entries, None, occurred, later(clock, 60), note="edited on B")
    sync.sync_now(b, later(clock, 60))
    shared.both(later(clock, 120))  # A's stick is back
    shared.same()
    assert diary.get_log(a, log_a).note == diary.get_log(b, log_b).note == "edited on B"
    assert [h.record["v"]["note"] for h in sync.history_of(a, "diary_logs", log_a)] == ["edited on A, offline"]


def test_a_removed_carer_cannot_read_new_bundles_and_is_told_plainly(shared, clock):
    a, b = shared.a, shared.b
    _log(b, clock, "before removal")
    shared.both()
    sync.remove_person(a, shared.ben.member_id, clock)
    _log(a, clock, "after removal")
    assert sync.sync_now(a, clock).problems == ()
    report = sync.sync_now(b, clock)
    assert [type(p) for p in report.problems] == [RemovedFromSharedJournal]
    assert report.applied == 0
    assert _notes(b) == ["before removal"]  # what B had stays; nothing new arrives
    assert "before removal" in _notes(a)
    status = sync.sync_status(b, clock)
    assert not status.folder_ok and isinstance(status.problems[0], RemovedFromSharedJournal)
    assert [p.name for p in sync.sync_status(a, clock).people] == ["Anna"]
    # A's bundle after the removal is sealed with a key B never received: none of B's keys opens
    # it, and B's membership can no longer read the folder at all.
    newest = shared.a_bundles()[-1]
    old = sync_local.sharing(b).membership
    header, body = envelope.read_header(newest.read_bytes())
    assert header.epoch == 2 and header.epoch not in old.epoch_keys
    for key in old.epoch_keys.values():
        with pytest.raises(envelope.EnvelopeError):
            envelope.open_sealed(newest.read_bytes(), body, header, key)
    folder = SharedFolder.open(shared.sync_dir)
    (ref,) = [r for r in folder.bundle_refs() if r.path == newest]
    with pytest.raises(RemovedFromSharedJournal):
        folder.read_bundle(old, ref)


def _write_with_stale_keys(journal, clock) -> None:
    """What a computer that has not re-read the key list writes (or a removed person's, who keeps
    the old keys): its pending bundle, sealed under the newest epoch it knows."""
    old = sync_local.sharing(journal)
    folder = SharedFolder(old.folder, old.membership.journal_id)
    payload = sync_changes.pending_payload(journal, clock)
    folder.write_bundle(old.membership, old.computer_id, sync_changes.payload_seq(payload), payload)


def test_a_removed_carer_writing_with_the_old_key_is_refused(shared, clock):
    """The reviewer's case: after the removal Ben's computer still holds epoch 1 and writes a
    bundle with it into its own folder. The patient's computer refuses it, once, plainly."""
    a, b = shared.a, shared.b
    shared.both()
    sync.remove_person(a, shared.ben.member_id, clock)
    _log(b, later(clock, 5), "written by removed carer")
    _write_with_stale_keys(b, later(clock, 5))
    before = sync_changes.canonical_export(a)
    report = sync.sync_now(a, later(clock, 6))
    assert [type(p) for p in report.problems] == [BundleWithOldKey] and report.applied == 0
    assert isinstance(report.problems[0], BundleRejected)
    assert "written by removed carer" not in str(report.problems[0])
    assert sync_changes.canonical_export(a) == before and "written by removed carer" not in _notes(a)
    again = sync.sync_now(a, later(clock, 7))
    assert [type(p) for p in again.problems] == [BundleWithOldKey] and again.applied == 0
    assert [type(p) for p in sync.sync_status(a, clock).problems] == [BundleRejected]


def _third_person(shared, tmp_path, clock, name="Cleo"):
    sync.add_person(shared.a, name, THIRD_PASS, THIRD_PASS, clock)
    return sync.join_shared_journal(tmp_path / name.lower(), shared.sync_dir, THIRD_PASS, clock).journal


def test_a_snapshot_planted_by_a_removed_carer_is_not_joined_from(shared, tmp_path, clock):
    a, b = shared.a, shared.b
    shared.both()
    sync.remove_person(a, shared.ben.member_id, clock)
    _log(b, later(clock, 5), "planted")
    old = sync_local.sharing(b)
    folder = SharedFolder(old.folder, old.membership.journal_id)
    folder.write_snapshot(old.membership, old.computer_id, 99_999_999, sync_changes.snapshot_payload(b, clock))
    c = _third_person(shared, tmp_path, later(clock, 6))
    try:
        assert "planted" not in _notes(c)
        assert not sync.sync_now(a, later(clock, 7)).problems
        assert sync_changes.canonical_export(c) == sync_changes.canonical_export(a)
    finally:
        c.close()


def test_a_remaining_carer_who_had_not_refreshed_is_still_applied(shared, tmp_path, clock):
    """Cleo's computer writes right after Ben's removal, before it has read the new key list:
    epoch 1, but not from a removed person's computer, so it is applied."""
    a = shared.a
    c = _third_person(shared, tmp_path, clock)
    try:
        shared.both()
        sync.sync_now(c, clock)
        sync.remove_person(a, shared.ben.member_id, clock)
        _log(c, later(clock, 5), "Cleo, old key")
        _write_with_stale_keys(c, later(clock, 5))
        report = sync.sync_now(a, later(clock, 6))
        assert (report.applied, report.problems) == (1, ())
        assert "Cleo, old key" in _notes(a)
        # Cleo's next sync takes the new key; the bundle already written is recognised, not repeated.
        assert sync.sync_now(c, later(clock, 7)).problems == ()
        _log(c, later(clock, 8), "Cleo, new key")
        assert sync.sync_now(c, later(clock, 8)).written == 1
        assert sync.sync_now(a, later(clock, 9)).problems == ()
        assert sync_changes.canonical_export(c) == sync_changes.canonical_export(a)
    finally:
        c.close()


def test_a_restored_backup_of_a_shared_journal_becomes_a_new_computer_and_loses_nothing(shared, clock, tmp_path):
    """The backup's bundle numbers and applied list are older than the folder: the bundles A
    wrote after the backup are A's no longer, and its next number is taken. The restored
    journal takes a new computer id, the old id's later bundles come back like another
    computer's, and what it writes next reaches B (no "another copy is writing" problem)."""
    from tracker.services import backup

    a, b = shared.a, shared.b
    _log(a, clock, "before the backup")
    shared.both()
    made = backup.backup_now(a, clock=clock)
    _log(a, later(clock, 10), "after the backup, sent")
    assert sync.sync_now(a, later(clock, 10)).written == 1
    sync.sync_now(b, later(clock, 10))
    old_id, journal_id = shared.info.computer_id, a.journal_id
    a.close()
    backup.restore_backup(tmp_path / "a", journal_id, made.path, PATIENT_PASS)
    a = shared.a = journals.unlock(tmp_path / "a", journal_id, PATIENT_PASS)
    assert _notes(a) == ["before the backup"]
    report = sync.sync_now(a, later(clock, 20))
    assert report.problems == () and report.applied >= 1
    assert sync_changes.computer_id(a) != old_id
    assert _notes(a) == ["after the backup, sent", "before the backup"]
    _log(a, later(clock, 30), "after the restore")
    for report in shared.both(later(clock, 31)):
        assert report.problems == ()
    assert _notes(a) == _notes(b) == ["after the backup, sent", "after the restore", "before the backup"]
    shared.same()
    # Labelled as the patient's computer on both, under its new id.
    assert [c.label for c in sync.sync_status(b, clock).computers if c.computer_id == sync_changes.computer_id(a)] \
        == ["Anna"]


def test_a_copied_journal_folder_becomes_a_new_computer_even_with_a_bundle_reserved(shared, clock, tmp_path):
    """The journal's folder copied to another data folder and both used: the copy had reserved
    its next bundle under the number the original then wrote with other content. The copy
    notices, takes a new id and sends its change again under it; both changes reach everyone."""
    a, journal_id = shared.a, shared.a.journal_id
    shared.both()
    folder = a.paths.folder
    a.close()
    shutil.copytree(folder, tmp_path / "copy" / folder.relative_to(tmp_path / "a"))
    a = shared.a = journals.unlock(tmp_path / "a", journal_id, PATIENT_PASS)
    copy = journals.unlock(tmp_path / "copy", journal_id, PATIENT_PASS)
    try:
        _log(copy, clock, "made on the copy")
        assert sync_changes.pending_payload(copy, clock) is not None  # reserved, not written yet
        _log(a, clock, "made on the original")
        assert sync.sync_now(a, clock).written == 1  # the same number, other content
        report = sync.sync_now(copy, later(clock, 1))
        assert report.problems == () and report.written == 1
        assert sync_changes.computer_id(copy) != shared.info.computer_id
        for report in (*shared.both(later(clock, 2)), sync.sync_now(copy, later(clock, 2))):
            assert report.problems == ()
        expected = ["made on the copy", "made on the original"]
        assert _notes(a) == _notes(shared.b) == _notes(copy) == expected
        assert sync_changes.canonical_export(copy) == sync_changes.canonical_export(a)
        shared.same()
    finally:
        copy.close()


# -- bad files in the folder ------------------------------------------------------------------------------


def _fresh_bundle_from_a(shared, note):
    _log(shared.a, shared.clock, note)
    assert sync.sync_now(shared.a, shared.clock).written == 1
    return shared.a_bundles()[-1]


@pytest.mark.parametrize("damage", ["bit flip", "truncated", "empty"])
def test_a_damaged_bundle_is_refused_plainly_and_applies_once_repaired(shared, damage):
    b = shared.b
    path = _fresh_bundle_from_a(shared, "damaged one")
    good = path.read_bytes()
    bad = {"bit flip": good[:-20] + bytes([good[-20] ^ 1]) + good[-19:], "truncated": good[: len(good) // 2],
           "empty": b""}[damage]
    path.write_bytes(bad)
    before = sync_changes.canonical_export(b)
    report = sync.sync_now(b, shared.clock)
    assert [type(p) for p in report.problems] == [BundleRejected] and report.applied == 0
    assert report.problems[0].file_name == path.name and "damaged one" not in str(report.problems[0])
    assert sync_changes.canonical_export(b) == before
    assert isinstance(sync.sync_status(b, shared.clock).problems[0], BundleRejected)
    path.write_bytes(good)  # the sync service finished bringing it
    again = sync.sync_now(b, shared.clock)
    assert (again.applied, again.problems) == (1, ())
    assert sync.sync_now(b, shared.clock).applied == 0
    assert "damaged one" in _notes(b)
    assert not sync.sync_status(b, shared.clock).problems
    shared.same()


def test_a_bundle_copied_under_another_number_is_refused(shared):
    b = shared.b
    first = _fresh_bundle_from_a(shared, "first")
    assert sync.sync_now(b, shared.clock).applied == 1
    replay = first.with_name(f"{int(first.stem) + 1:08d}.bundle")
    shutil.copyfile(first, replay)
    before = sync_changes.canonical_export(b)
    report = sync.sync_now(b, shared.clock)
    assert [(type(p), p.file_name) for p in report.problems] == [(BundleRejected, replay.name)]
    assert sync_changes.canonical_export(b) == before
    assert _notes(b).count("first") == 1


def test_a_bundle_of_another_shared_journal_is_refused(shared, tmp_path, clock):
    other = journals.create_journal(tmp_path / "x", "Other", PATIENT_PASS).journal
    try:
        other_dir = tmp_path / "other-sync"
        other_dir.mkdir()
        info = sync.share_journal(other, other_dir, PATIENT_PASS, clock)
        _log(other, clock, "foreign")
        sync.sync_now(other, clock)
        # It claims to be A's next bundle (its sealed header names another journal and computer).
        src = sorted((info.folder / info.computer_id).glob("*.bundle"))[-1]
        dest = shared.a_bundles()[-1]
        dest = dest.with_name(f"{int(dest.stem) + 1:08d}.bundle")
        shutil.copyfile(src, dest)
        before = sync_changes.canonical_export(shared.b)
        report = sync.sync_now(shared.b, clock)
        assert [type(p) for p in report.problems] == [BundleRejected]
        assert sync_changes.canonical_export(shared.b) == before and "foreign" not in _notes(shared.b)
    finally:
        other.close()


@pytest.mark.parametrize("copy_name", ["{seq}.sync-conflict-20261203-101010-ABCDEFG.bundle",
                                       "{seq} (conflicted copy 2026-12-03).bundle"])
def test_a_conflict_copy_is_never_applied_twice(shared, copy_name):
    b = shared.b
    path = _fresh_bundle_from_a(shared, "once only")
    shutil.copyfile(path, path.with_name(copy_name.format(seq=path.stem)))
    assert sync.sync_now(b, shared.clock).applied == 1
    assert sync.sync_now(b, shared.clock).applied == 0
    assert _notes(b).count("once only") == 1
    # Only the copy arrived (the original is missing): the copy is read like the original.
    path2 = _fresh_bundle_from_a(shared, "copy only")
    path2.rename(path2.with_name(copy_name.format(seq=path2.stem)))
    report = sync.sync_now(b, shared.clock)
    assert (report.applied, report.problems) == (1, ())
    assert _notes(b).count("copy only") == 1
    shared.same()


def test_bundles_wait_for_the_ones_before_them(shared):
    b = shared.b
    one = _fresh_bundle_from_a(shared, "one")
    _fresh_bundle_from_a(shared, "two")
    hidden = one.rename(one.with_name(".tmp-not-yet"))
    report = sync.sync_now(b, shared.clock)
    assert (report.applied, report.waiting, report.problems) == (0, 1, ())
    hidden.rename(one)
    report = sync.sync_now(b, shared.clock)
    assert (report.applied, report.waiting) == (2, 0)
    shared.same()


def _forge_from_b(shared, tamper) -> str:
    """B's next bundle as written by something that can write the folder and holds the key:
    its payload changed by `tamper(records)` before it is sealed. The bundle's file name."""
    from tracker.storage.sync_folder import SharedFolder

    b = shared.b
    payload = json.loads(sync_changes.pending_payload(b, shared.clock))
    tamper(payload["records"])
    sharing = sync_local.sharing(b)
    SharedFolder.open(sharing.folder).write_bundle(sharing.membership, sharing.computer_id, payload["seq"],
                                                   json.dumps(payload).encode())
    sync_changes.confirm_written(b, payload["seq"])
    return f"{payload['seq']:08d}.bundle"


def _refused_at_a(shared, name: str) -> None:
    a = shared.a
    before = sync_changes.canonical_export(a)
    report = sync.sync_now(a, shared.clock)
    assert [(type(p), p.file_name) for p in report.problems] == [(BundleRejected, name)]
    assert report.applied == 0 and sync_changes.canonical_export(a) == before
    assert [(type(p), p.file_name) for p in sync.sync_status(a, shared.clock).problems] == [(BundleRejected, name)]


def test_a_bundle_making_a_second_patient_is_refused_whole(shared):
    """Each record alone passes the forms' rules; together they break "one patient": the
    importer refuses that, and so does a sync (nothing of the bundle is applied)."""
    a, b = shared.a, shared.b
    shared.both()
    people.add_carer(b, "Cara")
    _log(b, shared.clock, "came with Cara")

    def second_patient(records):
        for r in records:
            if r["t"] == "people" and r["v"]["name"] == "Cara":
                r["v"]["kind"] = "patient"

    _refused_at_a(shared, _forge_from_b(shared, second_patient))
    assert people.patient(a).name == "Anna" and "came with Cara" not in _notes(a)


@pytest.mark.parametrize("damage", ["no days", "years ahead"])
def test_a_bundle_breaking_a_treatments_days_is_refused_whole(shared, damage):
    from tracker.domain.local_treatments import LocalTreatment, course_days
    from tracker.services import local_treatments

    a, b = shared.a, shared.b
    shared.both()
    local_treatments.add(b, shared.clock, LocalTreatment(kind="radiotherapy", site="lower spine",
                                                         days=course_days(date(2026, 3, 16), 5)))

    def break_days(records):
        (course,) = [r for r in records if r["t"] == "local_treatments"]
        days = course["c"]["local_treatment_days"]
        if damage == "no days":
            days.clear()
        else:
            for day in days:
                day["day"] = "2031-03-16"

    _refused_at_a(shared, _forge_from_b(shared, break_days))
    assert local_treatments.all_treatments(a) == []


def test_a_forged_delete_of_a_record_others_depend_on_is_refused(shared):
    """Deleting for good a line its drugs still refer to breaks a foreign key on A: a refused
    bundle like any other (not a crash that stops every sync after it)."""
    a = shared.a
    shared.both()
    line_gid = sync_changes.gid_of(a, "therapy_lines", plan.therapy_lines(a)[0].id)
    _log(shared.b, shared.clock, "with the forged delete")

    def delete_line(records):
        records.append({"t": "therapy_lines", "g": line_gid, "h": records[-1]["h"], "v": None})

    _refused_at_a(shared, _forge_from_b(shared, delete_line))
    assert [line.name for line in plan.therapy_lines(a)] == ["Letrozole"]
    assert "with the forged delete" not in _notes(a)


# -- the folder and the disk ---------------------------------------------------------------------------------


def test_a_missing_folder_is_a_plain_problem(shared, clock):
    moved = shared.sync_dir.rename(shared.sync_dir.with_name("unplugged"))
    _log(shared.a, clock, "kept while away")
    status = sync.sync_status(shared.a, clock)
    assert status.shared and not status.folder_ok
    assert [type(p) for p in status.problems] == [SyncFolderMissing]
    report = sync.sync_now(shared.a, clock)
    assert [type(p) for p in report.problems] == [SyncFolderMissing] and report.written == 0
    assert sync.watched_paths(shared.a) == []
    moved.rename(shared.sync_dir)
    assert sync.sync_now(shared.a, clock).written == 1
    shared.both()
    assert "kept while away" in _notes(shared.b)


def test_a_full_disk_while_applying_loses_nothing_and_applies_later(shared, clock, monkeypatch):
    b = shared.b
    _fresh_bundle_from_a(shared, "arrives later")
    before = sync_changes.canonical_export(b)
    real = sync_state.mark_applied

    def disk_full(*args, **kwargs):
        # After the records were written inside the transaction: all of it must roll back.
        raise OperationalError("INSERT INTO sync_applied", {}, dbapi().OperationalError("database or disk is full"))

    monkeypatch.setattr(sync_state, "mark_applied", disk_full)
    report = sync.sync_now(b, clock)
    assert [type(p) for p in report.problems] == [DiskFull] and report.applied == 0
    assert sync_changes.canonical_export(b) == before
    monkeypatch.setattr(sync_state, "mark_applied", real)
    report = sync.sync_now(b, clock)
    assert (report.applied, report.problems) == (1, ())
    assert _notes(b).count("arrives later") == 1
    shared.same()


def test_a_full_sync_folder_while_writing_keeps_the_change_for_later(shared, clock, monkeypatch):
    import errno
    import os

    _log(shared.a, clock, "written later")

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr("tracker.storage.atomic.os.replace", no_space)  # the bundle file's last step
        report = sync.sync_now(shared.a, clock)
    assert os.replace is not no_space
    assert [type(p) for p in report.problems] == [DiskFull] and report.written == 0
    assert not [p for p in (shared.info.folder / shared.info.computer_id).iterdir() if p.name.startswith(".tmp-")]
    assert sync.sync_now(shared.a, clock).written == 1
    shared.both()
    assert "written later" in _notes(shared.b)


def test_a_new_snapshot_every_so_many_bundles(shared, clock, monkeypatch):
    monkeypatch.setattr(sync, "SNAPSHOT_EVERY", 3)
    root = shared.info.folder
    before = {p.name for p in root.glob("snapshot-*")}
    for i in range(4):
        _log(shared.a, clock, f"n{i}")
        sync.sync_now(shared.a, clock)
    after = {p.name for p in root.glob("snapshot-*")}
    assert after > before
    # A third computer joins from the newest snapshot and ends the same.
    c = sync.join_shared_journal(root.parent.parent / "c", shared.sync_dir, CARER_PASS, clock).journal
    try:
        assert not sync.sync_now(shared.a, clock).problems  # C's first bundle: whose computer it is
        assert sync_changes.canonical_export(c) == sync_changes.canonical_export(shared.a)
    finally:
        c.close()


def test_stop_sharing_keeps_the_journal(shared, clock):
    _log(shared.a, clock, "stays")
    sync.stop_sharing(shared.a)
    assert not sync.is_shared(shared.a) and "stays" in _notes(shared.a)
    assert sync.watched_paths(shared.a) == []
    assert sync.sync_status(shared.a, clock).shared is False


def test_a_moved_folder_is_chosen_again(shared, clock, tmp_path):
    moved = shared.sync_dir.rename(tmp_path / "moved")
    assert [type(p) for p in sync.sync_now(shared.a, clock).problems] == [SyncFolderMissing]
    other = tmp_path / "other"
    other.mkdir()
    with pytest.raises(NotASharedJournal):
        sync.choose_folder_again(shared.a, other)
    assert sync.choose_folder_again(shared.a, moved) == moved / shared.info.folder.name
    assert sync.sync_now(shared.a, clock).problems == ()
    assert sync.sync_status(shared.a, clock).folder_ok

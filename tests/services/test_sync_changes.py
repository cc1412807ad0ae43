"""Sharing one journal between computers: payload exchange, merge rules, refusals (issue 18)."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sync_computers import Computer, Folder, first, join, receive, send, sync  # noqa: E402

from tracker.domain.clock import FixedClock  # noqa: E402
from tracker.domain.errors import SyncChangesRefused  # noqa: E402
from tracker.domain.symptoms import SymptomRating  # noqa: E402
from tracker.services import diary, doses, plan, questions, sync_changes  # noqa: E402
from tracker.storage import journal as journal_store  # noqa: E402

DAILY = {"kind": "interval", "every": 1, "unit": "days"}


@pytest.fixture
def later(clock):
    def at(minutes: int) -> FixedClock:
        return FixedClock(clock.now() + timedelta(minutes=minutes))
    return at


@pytest.fixture
def pair(tmp_path, clock):
    folder = Folder()
    a = first(tmp_path)
    b = join(tmp_path, a, folder, clock, "b")
    yield a, b, folder
    a.journal.close()
    b.journal.close()


def _log(c, clock, severity=2, note="x"):
    return diary.log_symptoms(c.journal, [SymptomRating("nausea", severity=severity)], entered_by=None,
                              occurred_at=clock.now() - timedelta(hours=1), clock=clock, note=note).log_id


def _newest(folder, computer):
    return folder.bundles[max(k for k in folder.bundles if k[0] == computer.cid)]


def _same(*computers):
    exports = {sync_changes.canonical_export(c.journal) for c in computers}
    assert len(exports) == 1
    return json.loads(exports.pop())


def test_joined_computer_has_the_same_journal(pair):
    a, b, _folder = pair
    assert a.cid != b.cid
    doc = _same(a, b)
    assert [r["t"] for r in doc["records"]].count("people") == 1


def test_a_log_made_on_one_computer_arrives_on_the_other(pair, clock):
    a, b, folder = pair
    log_id = _log(a, clock, note="Felt sick after lunch")
    gid = sync_changes.gid_of(a.journal, "diary_logs", log_id)
    sync(a, folder, clock)
    sync(b, folder, clock)
    doc = _same(a, b)
    (record,) = [r for r in doc["records"] if r["g"] == gid]
    assert record["c"]["symptom_entries"][0]["term_id"] == "nausea"
    assert "id" not in record["v"] and "log_id" not in record["c"]["symptom_entries"][0]


def test_replayed_bundle_is_skipped_and_nothing_changes(pair, clock):
    a, b, folder = pair
    _log(a, clock)
    send(a, folder, clock)
    payload = _newest(folder, a)
    first_result = sync_changes.apply_payload(b.journal, payload, clock)
    before = sync_changes.canonical_export(b.journal)
    again = sync_changes.apply_payload(b.journal, payload, clock)
    assert (first_result.status, again.status) == (sync_changes.APPLIED, sync_changes.ALREADY)
    assert "diary" in first_result.kinds
    assert sync_changes.canonical_export(b.journal) == before
    assert sync_changes.apply_payload(a.journal, payload, clock).status == sync_changes.ALREADY  # its own


def test_a_bundle_waits_for_the_one_before_it(pair, clock):
    a, b, folder = pair
    _log(a, clock)
    send(a, folder, clock)
    one = _newest(folder, a)
    _log(a, clock, severity=3)
    send(a, folder, clock)
    two = _newest(folder, a)
    assert sync_changes.apply_payload(b.journal, two, clock).status == sync_changes.WAITING
    assert sync_changes.apply_payload(b.journal, one, clock).status == sync_changes.APPLIED
    assert sync_changes.apply_payload(b.journal, two, clock).status == sync_changes.APPLIED
    _same(a, b)


def test_a_bundle_waits_for_what_its_computer_had_seen(tmp_path, clock):
    folder = Folder()
    a = first(tmp_path)
    b = join(tmp_path, a, folder, clock, "b")
    c = join(tmp_path, a, folder, clock, "c")
    try:
        line = plan.add_line(a.journal, name="First line", start=date(2026, 3, 1))
        send(a, folder, clock)
        receive(b, folder, clock)
        with b.journal.connection() as conn:
            line_b = conn.exec_driver_sql("SELECT id FROM therapy_lines").scalar()
        plan.add_regimen_drug(b.journal, line_b, drug_id="letrozole", pattern=DAILY, times=["08:00"],
                              start=date(2026, 3, 1))
        send(b, folder, clock)
        from_b = _newest(folder, b)
        # C has not seen A's line yet: B's drug (which refers to it) waits.
        assert sync_changes.apply_payload(c.journal, from_b, clock).status == sync_changes.WAITING
        receive(c, folder, clock)
        sync(a, folder, clock)
        _same(a, b, c)
        assert line.id
    finally:
        for x in (a, b, c):
            x.journal.close()


def test_seq_reserved_before_the_file_is_written(pair, clock):
    """A crash after the payload was handed out but before confirm: the same bytes again."""
    a, _b, _folder = pair
    _log(a, clock)
    payload = sync_changes.pending_payload(a.journal, clock)
    _log(a, clock, severity=4)  # more changes meanwhile
    again = sync_changes.pending_payload(a.journal, clock)
    assert again == payload
    seq = sync_changes.payload_seq(payload)
    sync_changes.confirm_written(a.journal, seq)
    following = sync_changes.pending_payload(a.journal, clock)
    assert following is not None and sync_changes.payload_seq(following) == seq + 1
    sync_changes.confirm_written(a.journal, seq + 1)
    assert sync_changes.pending_payload(a.journal, clock) is None


def test_seq_survives_reopening_the_journal(tmp_path, clock):
    from tracker.services.journals import unlock

    a = first(tmp_path)
    _log(a, clock)
    payload = sync_changes.pending_payload(a.journal, clock)
    data_dir, jid = tmp_path / "a", a.journal.journal_id
    a.journal.close()  # "crash" before the file was known written
    journal = unlock(data_dir, jid, "correct horse battery staple")
    try:
        assert sync_changes.pending_payload(journal, clock) == payload
    finally:
        journal.close()


def test_dose_ticked_on_both_computers_is_one_dose_event(pair, clock, later):
    a, b, folder = pair
    line = plan.add_line(a.journal, name="Letrozole", start=date(2026, 3, 1))
    drug = plan.add_regimen_drug(a.journal, line.id, drug_id="letrozole", pattern=DAILY, times=["08:00"],
                                 start=date(2026, 3, 1))
    sync(a, folder, clock)
    sync(b, folder, clock)
    with b.journal.connection() as conn:
        drug_b = conn.exec_driver_sql("SELECT id FROM regimen_drugs").scalar()
    doses.record(a.journal, clock, (drug.id, clock.today(), 0), doses.TAKEN, entered_by_id=None)
    doses.record(b.journal, later(1), (drug_b, clock.today(), 0), doses.TAKEN, entered_by_id=None)
    sync(a, folder, clock)
    sync(b, folder, later(2))
    sync(a, folder, later(3))
    doc = _same(a, b)
    events = [r for r in doc["records"] if r["t"] == "dose_events"]
    assert len(events) == 2 and sum(r["v"]["deleted_at"] is None for r in events) == 1
    for c in (a, b):
        assert len(doses.events_between(c.journal, clock.today(), clock.today())) == 1


def test_same_entry_edited_on_both_keeps_the_later_edit_and_the_earlier_in_history(pair, clock, later):
    a, b, folder = pair
    log_a = _log(a, clock, note="first")
    gid = sync_changes.gid_of(a.journal, "diary_logs", log_a)
    sync(a, folder, clock)
    sync(b, folder, clock)
    with b.journal.connection() as conn:
        log_b = conn.exec_driver_sql("SELECT id FROM diary_logs WHERE gid = ?", (gid,)).scalar()
    entries = [SymptomRating("nausea", severity=1)]
    diary.update_log(a.journal, log_a, entries, None, clock.now() - timedelta(hours=1), later(5), note="edited on A")
    sync(a, folder, later(5))
    diary.update_log(b.journal, log_b, entries, None, clock.now() - timedelta(hours=1), later(6), note="edited on B")
    sync(b, folder, later(6))
    sync(a, folder, later(7))
    _same(a, b)
    for c, log_id in ((a, log_a), (b, log_b)):
        assert diary.get_log(c.journal, log_id).note == "edited on B"
    history = sync_changes.record_history(a.journal, gid)
    assert [h.record["v"]["note"] for h in history] == ["edited on A"]
    assert history[0].origin == a.cid


def test_delete_on_one_and_edit_on_the_other(pair, clock, later):
    a, b, folder = pair
    q = questions.add_question(a.journal, "Can I travel?", None, clock)
    gid = sync_changes.gid_of(a.journal, "questions", q)
    sync(a, folder, clock)
    sync(b, folder, clock)
    with b.journal.connection() as conn:
        q_b = conn.exec_driver_sql("SELECT id FROM questions WHERE gid = ?", (gid,)).scalar()
        conn.exec_driver_sql("UPDATE questions SET deleted_at = '2026-03-10 09:01:00' WHERE id = ?", (q_b,))
    questions.update_question(a.journal, q, "Can I fly in May?", asked=False, answered=False, answer=None)
    sync(b, folder, later(1))
    sync(a, folder, later(2))
    sync(b, folder, later(3))
    doc = _same(a, b)
    (record,) = [r for r in doc["records"] if r["g"] == gid]
    # A's edit was collected later: it wins, and B's deletion is kept in the history.
    assert record["v"]["text"] == "Can I fly in May?" and record["v"]["deleted_at"] is None
    assert [h.record["v"]["deleted_at"] is not None for h in sync_changes.record_history(a.journal, gid)] == [True]


def test_hard_delete_of_an_acknowledgement_becomes_a_tombstone(pair, clock):
    a, b, folder = pair
    with a.journal.connection() as conn:
        conn.exec_driver_sql("INSERT INTO alert_acks (gid, alert_key, acknowledged_at, rule_id, entry_id) "
                             "VALUES ('0123456789abcdef0123456789abcdef', 'k:1', '2026-03-10 09:00:00', 'r', 1)")
    sync(a, folder, clock)
    sync(b, folder, clock)
    assert any(r["t"] == "alert_acks" and r["v"] for r in _same(a, b)["records"])
    from tracker.services import alert_settings

    alert_settings.unacknowledge(a.journal, "k:1")
    sync(a, folder, clock)
    sync(b, folder, clock)
    (ack,) = [r for r in _same(a, b)["records"] if r["t"] == "alert_acks"]
    assert ack["v"] is None and ack["g"] == "0123456789abcdef0123456789abcdef"


def test_local_settings_stay_on_their_computer(pair, clock):
    from tracker.services import settings

    a, b, folder = pair
    settings.set(a.journal, settings.AUTO_LOCK_MINUTES, 3)
    settings.set(a.journal, "care_team", {"urgent_name": "Oncology line", "urgent_phone": "0123", "contacts": []})
    sync(a, folder, clock)
    sync(b, folder, clock)
    assert settings.get(b.journal, "care_team")["urgent_name"] == "Oncology line"
    assert settings.get(b.journal, settings.AUTO_LOCK_MINUTES) is None
    assert "security.auto_lock_minutes" not in sync_changes.canonical_export(a.journal).decode()


def _tampered(payload: bytes, change) -> bytes:
    doc = json.loads(payload)
    change(doc)
    return json.dumps(doc).encode()


def test_a_record_a_form_would_refuse_refuses_the_whole_bundle(pair, clock):
    a, b, folder = pair
    _log(a, clock, note="fine")
    _log(a, clock, severity=3, note="also fine")
    send(a, folder, clock)
    payload = _newest(folder, a)

    def severity_99(doc):
        doc["records"][-1]["c"]["symptom_entries"][0]["severity"] = 99

    before = sync_changes.canonical_export(b.journal)
    for bad in (_tampered(payload, severity_99), payload[:-10], b"\x00garbage",
                _tampered(payload, lambda d: d.update(journal_id="someone-else"))):
        with pytest.raises(SyncChangesRefused) as refused:
            sync_changes.apply_payload(b.journal, bad, clock)
        assert "fine" not in str(refused.value) and "fine" not in (refused.value.detail or "")
    assert sync_changes.canonical_export(b.journal) == before
    assert sync_changes.apply_payload(b.journal, payload, clock).status == sync_changes.APPLIED


def test_unknown_drug_is_refused(pair, clock):
    a, b, folder = pair
    line = plan.add_line(a.journal, name="Line", start=date(2026, 3, 1))
    plan.add_regimen_drug(a.journal, line.id, drug_id="letrozole", pattern=DAILY, times=["08:00"], start=date(2026, 3, 1))
    send(a, folder, clock)
    payload = _newest(folder, a)

    def unknown(doc):
        for r in doc["records"]:
            if r["t"] == "regimen_drugs":
                r["v"]["drug_id"] = "made_up_drug"

    with pytest.raises(SyncChangesRefused):
        sync_changes.apply_payload(b.journal, _tampered(payload, unknown), clock)


def test_stamps_are_later_than_any_seen(pair, clock):
    a, b, folder = pair
    ahead = FixedClock(datetime(2027, 1, 1, 9, 0, tzinfo=clock.zone))
    _log(a, ahead)
    sync(a, folder, ahead)
    sync(b, folder, clock)  # B's wall clock is ten months behind
    q = questions.add_question(b.journal, "Anything?", None, clock)
    sync(b, folder, clock)
    doc = json.loads(sync_changes.canonical_export(b.journal))
    gid = sync_changes.gid_of(b.journal, "questions", q)
    stamps = sorted(r["h"] for r in doc["records"] if r["h"])
    assert next(r["h"] for r in doc["records"] if r["g"] == gid) == stamps[-1]


def test_a_radiotherapy_course_arrives_with_its_days_and_their_appointments(pair, clock):
    """A child row's references (each treatment day's appointment) travel as gids and land on
    the other computer's own rows."""
    from datetime import time

    from tracker.domain.local_treatments import LocalTreatment, course_days
    from tracker.services import appointments, local_treatments

    a, b, folder = pair
    course = LocalTreatment(kind="radiotherapy", site="lower spine", days=course_days(date(2026, 3, 16), 5),
                            dose_text="20 Gy in 5 fractions", at=time(10, 30))
    made = local_treatments.add(a.journal, clock, course)
    sync(a, folder, clock)
    sync(b, folder, clock)
    _same(a, b)
    (there,) = local_treatments.all_treatments(b.journal)
    assert (there.site, there.days, there.dose_text) == ("lower spine", made.days, "20 Gy in 5 fractions")
    starts = sorted(appt.starts_at.date() for appt in appointments.between(
        b.journal, date(2026, 3, 16), date(2026, 3, 20), clock.zone))
    assert starts == list(made.days)


def test_a_save_while_the_snapshot_is_read_neither_waits_nor_goes_missing(pair, clock, tmp_path, monkeypatch):
    """The snapshot reads the whole journal in a read-only transaction after reserving in a
    short write one: a save made while it reads goes through at once (it used to wait for
    the write lock, and fail after 5 s on a long journal), stays out of that snapshot (whose
    vector does not hold it either) and is sent in the next bundle: nothing lost, nothing twice."""
    from tracker.storage.sync_records import payloads

    a, b, folder = pair
    _log(a, clock, note="before the snapshot")
    real = payloads.all_records
    saved: list[int] = []

    def reading(conn, **kwargs):
        found = real(conn, **kwargs)
        if not saved:  # in the middle of the snapshot's read: the person saves
            saved.append(_log(a, clock, note="saved while it was read"))
        return found

    monkeypatch.setattr(payloads, "all_records", reading)
    snapshot = json.loads(sync_changes.snapshot_payload(a.journal, clock))
    monkeypatch.setattr(payloads, "all_records", real)
    notes = [r["v"]["note"] for r in snapshot["records"] if r["t"] == "diary_logs"]
    assert saved and notes == ["before the snapshot"]
    assert snapshot["vector"][a.cid] == max(seq for cid, seq in folder.bundles if cid == a.cid) + 1  # reserved, not sent
    send(a, folder, clock)
    journal_c, _recovery = journal_store.create(tmp_path / "c", "Shared", "correct horse battery staple")
    try:
        sync_changes.join_from_snapshot(journal_c, json.dumps(snapshot).encode(), clock)
        c = Computer(journal_c, sync_changes.computer_id(journal_c))
        for computer in (a, b, c, a, b):
            sync(computer, folder, clock)
        doc = _same(a, b, c)
        assert sorted(r["v"]["note"] for r in doc["records"] if r["t"] == "diary_logs") == [
            "before the snapshot", "saved while it was read"]
    finally:
        journal_c.close()


def test_a_save_between_reserving_and_reading_is_reserved_in_another_round(pair, clock, monkeypatch):
    from tracker.storage.sync_records import payloads

    a, _b, _folder = pair
    real = payloads.snapshot_of
    rounds: list[int] = []

    def read(conn, journal_id):
        if not rounds:  # before the read's first statement: the read sees the save
            _log(a, clock, note="between the two")
        rounds.append(1)
        return real(conn, journal_id)

    monkeypatch.setattr(payloads, "snapshot_of", read)
    snapshot = json.loads(sync_changes.snapshot_payload(a.journal, clock))
    assert len(rounds) == 2
    assert [r["v"]["note"] for r in snapshot["records"] if r["t"] == "diary_logs"] == ["between the two"]
    assert all(r["h"] for r in snapshot["records"])
    pending = json.loads(sync_changes.pending_payload(a.journal, clock))
    assert snapshot["vector"][a.cid] == pending["seq"]
    assert "between the two" in json.dumps(pending)

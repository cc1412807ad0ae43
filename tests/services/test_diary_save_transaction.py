"""A symptom save is one transaction on one connection: the inserts, the rows its alert check
reads, the commit and the checkpoint (issue 17); the rules run after the commit."""

import pytest
from sqlalchemy import event, select, text

from tracker.domain.errors import ValidationError
from tracker.domain.measurements import Measurement
from tracker.domain.symptoms import SymptomRating
from tracker.services import alert_triage, diary, people
from tracker.storage.models.diary import DiaryLog, SymptomEntry


@pytest.fixture
def patient_id(journal):
    return people.patient(journal).id


def _count(journal, name):
    calls = []
    target = journal.engine.pool if name == "checkout" else journal.engine
    event.listen(target, name, lambda *_args: calls.append(name))
    return calls


def test_a_save_and_its_alert_check_take_one_transaction_and_one_connection(journal, clock, patient_id):
    diary.log_symptoms(journal, [SymptomRating("nausea", severity=1)], patient_id, clock.now(), clock)  # warm the pool
    begins, checkouts = _count(journal, "begin"), _count(journal, "checkout")
    result = diary.log_symptoms(journal, [SymptomRating("nausea", severity=2), Measurement("temperature", 38.6, "°C")],
                                patient_id, clock.now(), clock)
    assert result.alerts, "a fever with no plan entered (counts as on treatment) raises an alert"
    assert begins == ["begin"] and checkouts == ["checkout"]


def test_a_fault_in_the_rules_never_undoes_the_save(journal, clock, patient_id, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug in the rules")

    monkeypatch.setattr(alert_triage, "run", broken)
    with pytest.raises(RuntimeError):
        diary.log_symptoms(journal, [Measurement("temperature", 38.6, "°C")], patient_id, clock.now(), clock)
    with journal.session() as session:
        assert len(session.scalars(select(DiaryLog)).all()) == 1


def test_an_unknown_person_is_a_plain_message_and_saves_nothing(journal, clock):
    with pytest.raises(ValidationError) as info:
        diary.log_symptoms(journal, [SymptomRating("nausea", severity=2)], 9999, clock.now(), clock)
    assert info.value.field == "entered_by"
    with journal.session() as session:
        assert session.scalars(select(DiaryLog)).all() == [] and session.scalars(select(SymptomEntry)).all() == []


def test_the_plain_insert_stores_a_log_as_the_model_does(journal, clock, patient_id):
    # Same instant text (naive UTC, microseconds), a fresh gid: the timeline, sync and the
    # alert check compare these columns as text.
    when = clock.now().replace(microsecond=123456)
    saved = diary.log_symptoms(journal, [SymptomRating("nausea", severity=2)], patient_id, when, clock).log_id
    with journal.session() as session:
        session.add(DiaryLog(occurred_at=when, tz="Europe/London", entered_at=clock.now(), entered_by_id=patient_id))
    with journal.connection(read_only=True) as conn:
        rows = conn.execute(text("SELECT id, occurred_at, entered_at, tz, recall_days, gid FROM diary_logs ORDER BY id")).all()
    ours, model = (r for r in rows if r.id == saved), (r for r in rows if r.id != saved)
    ours, model = next(ours), next(model)
    assert (ours.occurred_at, ours.entered_at, ours.tz, ours.recall_days) == \
        (model.occurred_at, model.entered_at, model.tz, model.recall_days)
    assert len(ours.gid) == 32 and ours.gid != model.gid

from datetime import timedelta

import pytest

from tracker.domain.symptoms import SymptomRating
from tracker.services import diary, labs, people, questions, timeline
from tracker.services.labs import LabInput
from tracker.services.timeline import TimelineFilter


@pytest.fixture
def filled(journal, clock):
    pid = people.patient(journal).id
    carer = people.add_carer(journal, "Ana").id
    now = clock.now()
    logs = []
    for i in range(25):
        who = carer if i % 5 == 0 else pid
        term = "bone_pain" if i % 3 == 0 else "nausea"
        logs.append(diary.log_symptoms(journal, [SymptomRating(term, severity=1)], who,
                                       now - timedelta(hours=i * 7), clock).log_id)
    labs.add_lab_result(journal, LabInput("ca15_3", 31.0, "U/mL", clock.today() - timedelta(days=2), None, "30"), pid, clock)
    questions.add_question(journal, "Can I travel in May?", pid, clock)
    questions.add_note(journal, "Good day", pid, now - timedelta(days=3), clock)
    return {"pid": pid, "carer": carer, "logs": logs}


def _all(journal, flt=None, limit=7):
    items, cursor = [], None
    while True:
        page = timeline.page(journal, flt, cursor, limit=limit)
        items += page.items
        if page.next_cursor is None:
            return items
        cursor = page.next_cursor


def test_pages_cover_everything_once_newest_first(journal, filled):
    items = _all(journal)
    assert len(items) == 28
    keys = [(i.occurred_at, i.kind, i.id) for i in items]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)
    assert {i.kind for i in items} == {"symptoms", "lab", "question", "note"}
    lab = next(i for i in items if i.kind == "lab")
    assert lab.detail["test"] == "ca15_3" and lab.detail["ref_high"] == "30"
    first = items[0]
    assert first.kind in ("symptoms", "question") and first.occurred_at.tzinfo is not None


def test_filters(journal, clock, filled):
    bone = _all(journal, TimelineFilter(term_id="bone_pain"))
    assert len(bone) == 9 and all(i.detail["ratings"][0][0] == "bone_pain" for i in bone)
    by_carer = _all(journal, TimelineFilter(person_id=filled["carer"]))
    assert len(by_carer) == 5 and all(i.entered_by_id == filled["carer"] for i in by_carer)
    only_labs = _all(journal, TimelineFilter(kinds=frozenset({"lab"})))
    assert [i.kind for i in only_labs] == ["lab"]
    day = clock.now() - timedelta(days=1)
    ranged = _all(journal, TimelineFilter(kinds=frozenset({"symptoms"}), start=day, end=clock.now() + timedelta(minutes=1)))
    assert all(day <= i.occurred_at for i in ranged) and len(ranged) == 4


def test_deleted_hidden_but_kept_in_history(journal, clock, filled):
    timeline.set_deleted(journal, "symptoms", filled["logs"][0], True, clock)
    assert filled["logs"][0] not in [i.id for i in _all(journal) if i.kind == "symptoms"]
    with_deleted = _all(journal, TimelineFilter(include_deleted=True))
    assert any(i.deleted and i.id == filled["logs"][0] for i in with_deleted)
    timeline.set_deleted(journal, "symptoms", filled["logs"][0], False, clock)
    assert len(_all(journal)) == 28
    with pytest.raises(ValueError):
        timeline.set_deleted(journal, "dose", 1, True, clock)


def test_same_instant_ties_do_not_skip(journal, clock):
    pid = people.patient(journal).id
    when = clock.now()
    for _ in range(5):
        diary.log_symptoms(journal, [SymptomRating("fatigue", severity=1)], pid, when, clock)
        questions.add_note(journal, "x", pid, when, clock)
    assert len(_all(journal, limit=3)) == 10


def test_doses_and_appointments_from_the_plan_appear(journal, clock):
    from tracker.services import appointments, doses
    from tracker.services.plan import edits as plan_edits

    pid = people.patient(journal).id
    line = plan_edits.add_line(journal, name="First line", start=clock.today() - timedelta(days=10))
    drug = plan_edits.add_regimen_drug(journal, line.id, drug_id="letrozole", pattern={"kind": "interval", "every": 1, "unit": "days"},
                                       times=["08:00"], start=clock.today() - timedelta(days=10))
    doses.record(journal, clock, (drug.id, clock.today(), 0), "taken", entered_by_id=pid)
    appointments.add(journal, kind="clinic", starts_at=clock.now() - timedelta(days=1), place="Clinic 4", entered_by_id=pid)
    items = _all(journal)
    kinds = [i.kind for i in items]
    assert "dose" in kinds and "appointment" in kinds
    dose = next(i for i in items if i.kind == "dose")
    assert dose.detail["drug_id"] == "letrozole" and dose.detail["status"] == "taken"
    assert _all(journal, TimelineFilter(kinds=frozenset({"appointment"})))[0].detail["place"] == "Clinic 4"
    with pytest.raises(ValueError):
        timeline.set_deleted(journal, "dose", dose.id, True, clock)


def test_page_limits_are_written_into_the_sql(journal, filled):
    """A bound LIMIT made SQLite take twice as long over the merged page query (issue 17)."""
    timeline.page(journal, limit=7)
    with journal.connection(read_only=True) as conn:
        kinds = tuple(kind for kind, *_rest in timeline._sources())
        sql, _names, _fixed = timeline._compiled(kinds, (False, False, False, False, False, None), 8, conn.dialect)
    assert "LIMIT ?" not in sql and "OFFSET ?" not in sql
    assert "LIMIT 8 OFFSET 0" in sql

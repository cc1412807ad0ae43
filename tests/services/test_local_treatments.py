"""Local treatments service: add/edit/delete with their appointments; steroid tapers remind
with the right dose each day and stop by themselves."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from tracker.domain.clock import FixedClock
from tracker.domain.errors import ValidationError
from tracker.domain.local_treatments import LocalTreatment, course_days
from tracker.services import appointments, doses, plan, reminders
from tracker.services import local_treatments as lts


@pytest.fixture
def march(london):
    return FixedClock(datetime(2025, 3, 1, 7, 0, tzinfo=london))


def spine_course(**kw):
    base = dict(kind="radiotherapy", site="lower spine", days=course_days(date(2025, 3, 3), 5),
                dose_text="20 Gy in 5 fractions", aim="pain relief", at=time(10, 30))
    base.update(kw)
    return LocalTreatment(**base)


def test_add_makes_one_appointment_per_day(journal, march):
    info = lts.add(journal, march, spine_course(), entered_by_id=None)
    assert info.days == tuple(date(2025, 3, d) for d in (3, 4, 5, 6, 7)) and info.at == time(10, 30)
    got = appointments.between(journal, date(2025, 3, 1), date(2025, 3, 31), march.zone)
    assert [(a.kind, a.local(march.zone).date().day, a.local(march.zone).time()) for a in got] == [
        ("radiotherapy", d, time(10, 30)) for d in (3, 4, 5, 6, 7)]
    assert [t.id for t in lts.on_day(journal, date(2025, 3, 5))] == [info.id]
    assert lts.on_day(journal, date(2025, 3, 8)) == []
    assert info.status(date(2025, 3, 1)) == "preparation"
    assert info.status(date(2025, 3, 4)) == "in_progress"
    assert info.status(date(2025, 3, 8)) == "completed"


def test_edit_replaces_days_and_appointments_and_delete_hides_them(journal, march):
    info = lts.add(journal, march, spine_course())
    edited = lts.edit(journal, march, info.id, spine_course(days=(date(2025, 3, 10),), site="hip"))
    assert edited.days == (date(2025, 3, 10),) and edited.site == "hip"
    got = appointments.between(journal, date(2025, 3, 1), date(2025, 3, 31), march.zone)
    assert [a.local(march.zone).date() for a in got] == [date(2025, 3, 10)]
    lts.delete(journal, info.id)
    assert lts.all_treatments(journal) == []
    assert appointments.between(journal, date(2025, 3, 1), date(2025, 3, 31), march.zone) == []
    lts.delete(journal, info.id, restore=True)
    assert [t.days for t in lts.all_treatments(journal)] == [(date(2025, 3, 10),)]
    assert len(appointments.between(journal, date(2025, 3, 1), date(2025, 3, 31), march.zone)) == 1


def test_no_time_means_no_appointments(journal, march):
    lts.add(journal, march, spine_course(kind="surgery", site="left hip", days=(date(2025, 2, 20),), at=None))
    assert appointments.between(journal, date(2025, 2, 1), date(2025, 3, 31), march.zone) == []
    assert [t.kind for t in lts.between(journal, date(2025, 2, 20), date(2025, 2, 20))] == ["surgery"]


@pytest.mark.parametrize(("change", "field"), [({"days": ()}, "days"), ({"site": ""}, "site"),
                                               ({"days": (date(2026, 3, 5),)}, "days")])
def test_bad_input_is_refused_with_its_field(journal, march, change, field):
    with pytest.raises(ValidationError) as err:
        lts.add(journal, march, spine_course(**change))
    assert err.value.field == field
    assert lts.all_treatments(journal) == []


def test_a_day_before_the_linked_line_is_refused(journal, march):
    line = plan.add_line(journal, name="Capecitabine", start=date(2025, 3, 4))
    with pytest.raises(ValidationError) as err:
        lts.add(journal, march, spine_course(line_id=line.id))
    assert err.value.field == "days"


def test_recent_finds_a_course_within_twelve_weeks(journal, march):
    lts.add(journal, march, spine_course())
    assert len(lts.recent(journal, date(2025, 5, 1))) == 1
    assert lts.recent(journal, date(2025, 7, 1)) == []


TAPER = {"kind": "steps", "steps": [{"days": 3, "dose_text": "8 mg"}, {"days": 3, "dose_text": "4 mg"},
                                    {"days": 2, "dose_text": "2 mg", "times": ["08:00"]}]}


def test_a_taper_reminds_the_right_dose_and_stops(journal, march):
    line = plan.add_line(journal, name="Radiotherapy to the spine", start=date(2025, 3, 1))
    plan.add_regimen_drug(journal, line.id, drug_id="dexamethasone" if _known("dexamethasone") else "custom",
                          display_name="Dexamethasone", pattern=TAPER, times=["08:00", "12:00"],
                          start=date(2025, 3, 1), route="oral")
    due = doses.doses_between(journal, date(2025, 3, 1), date(2025, 3, 12))
    assert [(d.day.day, d.at, d.dose_text) for d in due] == (
        [(day, at, "8 mg") for day in (1, 2, 3) for at in (time(8), time(12))]
        + [(day, at, "4 mg") for day in (4, 5, 6) for at in (time(8), time(12))]
        + [(7, time(8), "2 mg"), (8, time(8), "2 mg")])
    march.set(datetime(2025, 3, 4, 12, 0, 30, tzinfo=march.zone))
    assert [(r.dose.at, r.dose.dose_text) for r in reminders.due_now(journal, march)] == [
        (time(8), "4 mg"), (time(12), "4 mg")]
    march.set(datetime(2025, 3, 9, 7, 0, tzinfo=march.zone))
    assert reminders.next_reminder(journal, march, within=timedelta(days=30)) is None
    # Once it has ended by itself it is no longer a current medicine (the clinic summary's
    # "Medicines:" listed a dexamethasone course finished months before).
    assert "Dexamethasone" in plan_current(journal, date(2025, 3, 8))
    assert "Dexamethasone" not in plan_current(journal, date(2025, 3, 9))


def plan_current(journal, day):
    from tracker.services.reports.queries import plan_status

    return plan_status(journal, day).drugs


def _known(drug_id):
    from tracker.services import catalog

    return catalog.drug(drug_id) is not None


def test_symptom_form_suggestions_lead_with_what_follows_radiotherapy(journal, march):
    from tracker.services import diary

    before = diary.suggested_symptoms(journal, date(2025, 3, 10))
    lts.add(journal, march, spine_course(site="upper abdomen and liver"))
    after = diary.suggested_symptoms(journal, date(2025, 3, 10))
    assert after[:3] == ["fatigue", "rash", "nausea"] and before[0] != "rash"

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from tracker.domain.errors import ValidationError
from tracker.domain.measurements import Measurement
from tracker.domain.symptoms import SymptomRating
from tracker.services import alert_settings, care_team, diary, people, plan
from tracker.services.alert_settings import PlanContext
from tracker.storage.models.diary import DiaryLog, SymptomEntry


@pytest.fixture
def patient_id(journal):
    return people.patient(journal).id


def test_log_saves_ratings_measurements_and_person_in_one_go(journal, clock, patient_id):
    carer = people.add_carer(journal, "Sam", "son")
    result = diary.log_symptoms(journal, [SymptomRating("nausea", severity=2), SymptomRating("fatigue", severity=1, interference=2),
                                          Measurement("temperature", 37.2, "°C")],
                                entered_by=carer.id, occurred_at=clock.now(), clock=clock, note="after lunch")
    assert len(result.saved_ids) == 3 and result.alerts == []
    detail = diary.get_log(journal, result.log_id)
    assert detail.entered_by_id == carer.id and detail.note == "after lunch"
    assert [r.term_id for r in detail.ratings] == ["nausea", "fatigue"]
    assert detail.measurements[0].value == 37.2
    assert diary.last_person_id(journal) == carer.id


def test_backfilled_time_keeps_its_zone(journal, clock, patient_id):
    yesterday_evening = datetime(2026, 3, 9, 19, 30, tzinfo=ZoneInfo("Europe/London"))
    result = diary.log_symptoms(journal, [SymptomRating("nausea", severity=1)], patient_id, yesterday_evening, clock)
    detail = diary.get_log(journal, result.log_id)
    assert detail.tz == "Europe/London"
    assert detail.occurred_at == yesterday_evening and detail.occurred_at.hour == 19


def test_invalid_entry_saves_nothing(journal, clock, patient_id):
    with pytest.raises(ValidationError) as info:
        diary.log_symptoms(journal, [SymptomRating("nausea", severity=2), Measurement("temperature", 80, "°C")],
                           patient_id, clock.now(), clock)
    assert info.value.field == "temperature"
    with pytest.raises(ValidationError) as info:
        diary.log_symptoms(journal, [SymptomRating("nausea", severity=2)], patient_id, clock.now() + timedelta(hours=1), clock)
    assert info.value.field == "time"
    with pytest.raises(ValidationError):
        diary.log_symptoms(journal, [], patient_id, clock.now(), clock)
    with journal.session() as s:
        assert s.scalars(select(DiaryLog)).all() == [] and s.scalars(select(SymptomEntry)).all() == []


def on_drugs(journal, *drug_ids, start=date(2026, 1, 5), last_day=None):
    """A real plan: one line with these catalog drugs (daily), as the Plan view would save it."""
    line = plan.add_line(journal, name="Line", start=start)
    for drug_id in drug_ids:
        plan.add_regimen_drug(journal, line.id, drug_id=drug_id, pattern={"kind": "interval", "every": 1, "unit": "days"},
                              times=["08:00"], start=start, end=last_day)


def test_fever_on_cdk46_inhibitor_calls_now_then_card_acknowledged(journal, clock, patient_id):
    on_drugs(journal, "palbociclib", "letrozole")
    result = diary.log_symptoms(journal, [Measurement("temperature", 38.2, "°C")], patient_id, clock.now(), clock)
    assert [(a.rule_id, a.level) for a in result.alerts] == [("fever_on_treatment", "call_now")]
    assert result.alerts[0].params["value"] == "38.2 °C"
    current = alert_settings.current_alerts(journal, clock)
    assert [c.log_id for c in current] == [result.log_id] and current[0].level == "call_now"
    alert_settings.acknowledge(journal, current[0], patient_id, clock)
    assert alert_settings.current_alerts(journal, clock) == []
    alert_settings.unacknowledge(journal, current[0].key)
    assert len(alert_settings.current_alerts(journal, clock)) == 1


def test_no_plan_entered_counts_as_on_treatment(journal, clock, patient_id):
    assert alert_settings.plan_context(journal, clock.today()) == PlanContext(True, ())
    result = diary.log_symptoms(journal, [Measurement("temperature", 38.4, "°C")], patient_id, clock.now(), clock)
    assert [a.rule_id for a in result.alerts] == ["fever_on_treatment"]


def test_a_line_ended_seven_weeks_ago_is_off_treatment(journal, clock, patient_id):
    on_drugs(journal, "paclitaxel", start=date(2025, 11, 1), last_day=clock.today() - timedelta(weeks=7))
    result = diary.log_symptoms(journal, [Measurement("temperature", 38.4, "°C")], patient_id, clock.now(), clock)
    assert [(a.rule_id, a.level) for a in result.alerts] == [("fever_off_treatment", "contact_today")]


def test_fever_threshold_only_safer(journal, clock, patient_id):
    assert alert_settings.fever_threshold(journal) == 38.0
    alert_settings.set_fever_threshold(journal, 37.5)
    result = diary.log_symptoms(journal, [Measurement("temperature", 37.6, "°C")], patient_id, clock.now(), clock)
    assert [a.rule_id for a in result.alerts] == ["fever_on_treatment"]
    for unsafe in (38.1, 39.5, 37.4, 42, "38"):
        with pytest.raises(ValidationError) as caught:
            alert_settings.set_fever_threshold(journal, unsafe)
        assert caught.value.field == "fever_c"
    assert alert_settings.fever_threshold(journal) == 37.5
    assert alert_settings.reset_fever_threshold(journal) == 38.0


@pytest.mark.parametrize("stored, used", [(39.5, 38.0), (38.5, 38.0), (37.0, 37.5), (37.8, 37.8)])
def test_an_older_journal_threshold_is_clamped_to_the_safe_range(journal, stored, used):
    from tracker.services import settings

    settings.set(journal, alert_settings.THRESHOLDS_KEY, {"fever_c": stored, "severe_at": 4})
    assert alert_settings.fever_threshold(journal) == used


def test_edit_delete_undelete(journal, clock, patient_id):
    result = diary.log_symptoms(journal, [SymptomRating("nausea", severity=1)], patient_id, clock.now(), clock)
    diary.update_log(journal, result.log_id, [SymptomRating("vomiting", severity=2)], patient_id,
                     clock.now() - timedelta(hours=2), clock, note="edited")
    detail = diary.get_log(journal, result.log_id)
    assert [r.term_id for r in detail.ratings] == ["vomiting"] and detail.note == "edited"
    diary.delete_log(journal, result.log_id, clock)
    assert diary.get_log(journal, result.log_id).deleted
    diary.undelete_log(journal, result.log_id, clock)
    assert not diary.get_log(journal, result.log_id).deleted


def test_suggestions_from_current_drugs_then_common(journal, clock):
    assert diary.suggested_symptoms(journal, clock.today())[:2] == ["fatigue", "nausea"]

    on_drugs(journal, "capecitabine")
    got = diary.suggested_symptoms(journal, clock.today())
    assert got[0] == "hand_foot_soreness" and "fatigue" in got and len(set(got)) == len(got)

def test_urgent_line_text_contract(journal):
    care_team.save_care_team(journal, care_team.CareTeam("", "0800 000 111"))
    assert care_team.urgent_line_text(journal) == "Your 24-hour line: 0800 000 111"


def test_a_save_whose_alert_check_fails_is_still_a_save(journal, clock, patient_id, monkeypatch):
    # The log is committed before the banner's check runs; a failing check (a disk error) must
    # not look like a refused save (she would enter it again), and hands no cards over, so the
    # banner checks itself and says plainly if it cannot.
    from tracker.domain.errors import DiskFull

    def failing(*_args, **_kwargs):
        raise DiskFull()

    monkeypatch.setattr(alert_settings, "current_alerts", failing)
    result = diary.log_symptoms(journal, [Measurement("temperature", 38.6, "°C")], patient_id, clock.now(), clock,
                                banner=True)
    assert result.cards is None
    with journal.session() as session:
        assert session.get(DiaryLog, result.log_id) is not None

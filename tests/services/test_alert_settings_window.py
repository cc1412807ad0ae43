"""Which logs raise a card: those for the last 72 hours, and those entered in them (back-filled)."""

from __future__ import annotations

from datetime import timedelta

from tracker.domain.measurements import Measurement
from tracker.domain.symptoms import SymptomRating
from tracker.services import alert_settings, diary, people


def test_a_log_back_filled_today_for_five_days_ago_still_raises_its_card(journal, clock):
    pid = people.patient(journal).id
    result = diary.log_symptoms(journal, [Measurement("temperature", 38.5, "°C")], pid,
                                clock.now() - timedelta(days=5), clock)
    assert [a.rule_id for a in result.alerts] == ["fever_on_treatment"]
    cards = alert_settings.current_alerts(journal, clock)
    assert [c.log_id for c in cards] == [result.log_id] and cards[0].level == "call_now"


def test_an_old_log_entered_long_ago_raises_no_card(journal, clock):
    pid = people.patient(journal).id
    diary.log_symptoms(journal, [Measurement("temperature", 38.5, "°C")], pid, clock.now() - timedelta(days=5), clock)
    clock.set(clock.now() + timedelta(days=4))
    assert alert_settings.current_alerts(journal, clock) == []


def test_history_before_the_window_decides_what_is_new(journal, clock):
    pid = people.patient(journal).id
    diary.log_symptoms(journal, [SymptomRating("back_pain", severity=1)], pid, clock.now() - timedelta(days=10), clock)
    clock.set(clock.now() + timedelta(days=4))
    again = diary.log_symptoms(journal, [SymptomRating("back_pain", severity=1)], pid, clock.now(), clock)
    assert again.alerts == []  # not new: logged 10 days earlier
    worse = diary.log_symptoms(journal, [SymptomRating("weakness_limbs", severity=1)], pid, clock.now(), clock)
    assert [(a.rule_id, a.level) for a in worse.alerts] == [("limb_weakness_new", "call_now")]
    assert {c.level for c in alert_settings.current_alerts(journal, clock)} == {"call_now"}

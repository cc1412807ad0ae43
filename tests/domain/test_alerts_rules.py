"""Every rule fires at its threshold and not just below; no alert text gives dosing advice."""

import re
from datetime import UTC, datetime, timedelta

import pytest

from tracker.domain import alerts
from tracker.domain.alerts import AlertContext, RecentEntry

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def temp(c, *, hours_ago=1, entry_id=1):
    return RecentEntry(entry_id, alerts.TEMPERATURE, NOW - timedelta(hours=hours_ago), temperature_c=c,
                       display_value=f"{c} °C")


def sym(term, *, sev=None, freq=None, interf=None, hours_ago=1, entry_id=1):
    return RecentEntry(entry_id, alerts.SYMPTOM, NOW - timedelta(hours=hours_ago), term_id=term,
                       severity=sev, frequency=freq, interference=interf)


def rule_ids(entries, **ctx):
    return {a.rule_id for a in alerts.evaluate(entries, AlertContext(now=NOW, **ctx))}


def test_fever_on_chemo_at_threshold_and_not_below():
    assert "fever_on_chemotherapy" in rule_ids([temp(38.0)], on_chemotherapy=True)
    assert rule_ids([temp(37.9)], on_chemotherapy=True) == set()
    assert "fever_on_chemotherapy" not in rule_ids([temp(38.4)], on_chemotherapy=False)
    assert "fever_off_chemotherapy" in rule_ids([temp(38.0)], on_chemotherapy=False)


def test_fever_threshold_is_configurable_and_fahrenheit_meets_it():
    assert rule_ids([temp(37.9)], on_chemotherapy=True, thresholds={"fever_c": 37.5}) == {"fever_on_chemotherapy"}
    f = RecentEntry(1, alerts.TEMPERATURE, NOW, temperature_c=(100.4 - 32) * 5 / 9, display_value="100.4 °F")
    found = alerts.evaluate([f], AlertContext(now=NOW, on_chemotherapy=True))
    assert found[0].level == alerts.CALL_NOW and found[0].params["value"] == "100.4 °F"


def test_red_flag_severe_calls_now_others_mention():
    assert "severe_red_flag" in rule_ids([sym("breathlessness", sev=3)])
    assert "severe_red_flag" not in rule_ids([sym("breathlessness", sev=2, hours_ago=1)] +
                                             [sym("breathlessness", sev=2, hours_ago=24 * 40, entry_id=2)])
    assert "severe_red_flag" in rule_ids([sym("diarrhoea", freq=3)])
    assert rule_ids([sym("diarrhoea", freq=2)]) == set()
    assert rule_ids([sym("nausea", sev=3)]) == {"severe_other"}
    assert rule_ids([sym("nausea", sev=2)]) == set()
    assert rule_ids([sym("fatigue", interf=3)]) == {"severe_other"}


def test_severe_threshold_configurable():
    assert rule_ids([sym("nausea", sev=3)], thresholds={"severe_at": 4}) == set()
    assert rule_ids([sym("nausea", sev=4)], thresholds={"severe_at": 4}) == {"severe_other"}


def test_worsening_two_rises_in_a_row_and_not_one():
    two = [sym("fatigue", sev=0, hours_ago=50, entry_id=1), sym("fatigue", sev=1, hours_ago=26, entry_id=2),
           sym("fatigue", sev=2, hours_ago=2, entry_id=3)]
    found = [a for a in alerts.evaluate(two, AlertContext(now=NOW)) if a.rule_id == "worsening"]
    assert len(found) == 1 and found[0].entry_id == 3 and found[0].params["count"] == 2
    one = [sym("fatigue", sev=1, hours_ago=50, entry_id=1), sym("fatigue", sev=1, hours_ago=26, entry_id=2),
           sym("fatigue", sev=2, hours_ago=2, entry_id=3)]
    assert "worsening" not in rule_ids(one)


def test_new_report_symptom_fires_when_new_and_not_when_logged_recently():
    assert "new_report_symptom" in rule_ids([sym("bone_pain", sev=1)])
    assert "new_report_symptom" not in rule_ids([sym("bone_pain", sev=0)])
    earlier = sym("bone_pain", sev=1, hours_ago=24 * 27, entry_id=2)
    assert "new_report_symptom" not in rule_ids([sym("bone_pain", sev=1), earlier])
    old = sym("bone_pain", sev=1, hours_ago=24 * 29, entry_id=2)
    assert "new_report_symptom" in rule_ids([sym("bone_pain", sev=1), old])


def test_new_weakness_calls_now():
    found = alerts.evaluate([sym("weakness_limbs", sev=1)], AlertContext(now=NOW))
    assert [a.rule_id for a in found] == ["new_neurological"] and found[0].level == alerts.CALL_NOW


def test_only_entries_since_trigger_from_raise_alerts_and_one_per_symptom():
    old = sym("nausea", sev=4, hours_ago=100)
    assert rule_ids([old]) == set()
    twice = [sym("nausea", sev=3, hours_ago=5, entry_id=1), sym("nausea", sev=4, hours_ago=1, entry_id=2)]
    found = alerts.evaluate(twice, AlertContext(now=NOW))
    assert [(a.rule_id, a.entry_id) for a in found] == [("severe_other", 2)]


def test_call_now_sorted_first():
    found = alerts.evaluate([sym("nausea", sev=3, entry_id=1), temp(39.0, entry_id=2)],
                            AlertContext(now=NOW, on_chemotherapy=True))
    assert found[0].level == alerts.CALL_NOW


DOSING = re.compile(r"\b(take|taking|dose|doses|dosage|mg|increase|decrease|stop taking|tablet|pill)\b", re.I)


def test_every_rule_has_a_source_and_no_dosing_advice():
    rules = alerts.default_rules().rules
    assert len(rules) >= 6
    for rule in rules:
        assert rule.source and rule.level in alerts.LEVELS
        assert not DOSING.search(rule.message_key), rule.id
        text = alerts.english_text(alerts.Alert(rule.id, rule.level, rule.message_key, rule.source, 1, NOW,
                                                {"value": "38.4 °C", "count": 2}), "Nausea", "severe")
        assert not DOSING.search(text)


@pytest.mark.parametrize("bad", ["Take 2 tablets", "increase the dose", "500 mg"])
def test_dosing_scan_can_fail(bad):
    assert DOSING.search(bad)

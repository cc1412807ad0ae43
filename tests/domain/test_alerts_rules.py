"""The red-flag table: loads strictly, every rule cites a source, no alert text gives dosing advice."""

import json
import re
from datetime import UTC, datetime

import pytest

from tracker.domain import alerts
from tracker.domain.alerts import AlertRulesError, load_rules
from tracker.domain.resources import resource

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
RAW = json.loads(resource("alert_rules.json").read_text(encoding="utf-8"))
NAMED_SOURCES = ("UKONS", "NICE CG151", "NICE NG234", "Summaries of Product Characteristics")
FIVE = {"uptodate-mbc", "uptodate-local", "medicaltrend-mbc", "bcn-treatment", "macmillan-secondary"}


def with_rule(**changes):
    """The shipped table with one symptom rule (chest_pain) changed."""
    data = json.loads(json.dumps(RAW))
    next(r for r in data["rules"] if r["id"] == "chest_pain").update(changes)
    return json.dumps(data)


def test_the_shipped_table_loads_and_has_every_level():
    rules = alerts.default_rules()
    assert len(rules.rules) >= 40
    assert {r.level for r in rules.rules} == set(alerts.LEVELS)
    assert rules.default_fever_c == 38.0


def test_every_source_is_named_and_marked_as_one_of_five_or_beyond():
    for rule in alerts.default_rules().rules:
        source = rule.source
        if source.one_of_five:
            assert source.id in FIVE, rule.id
        else:
            assert source.title.startswith(NAMED_SOURCES), rule.id


@pytest.mark.parametrize("change, problem", [
    ({"level": "urgent"}, "unknown level"),
    ({"symptoms": ["no_such_symptom"]}, "unknown symptom id"),
    ({"with_any": ["weakness_leg"]}, "unknown symptom id"),
    ({"risk_flags": ["made_up"]}, "unknown risk flag"),
    ({"source": "a blog"}, "unknown source"),
    ({"threshold": "fever_c"}, "unknown keys"),
    ({"trigger": "vibes"}, "unknown trigger"),
])
def test_a_bad_rule_is_an_error_at_load_never_a_weaker_table(change, problem):
    with pytest.raises(AlertRulesError) as caught:
        load_rules(with_rule(**change))
    assert problem in caught.value.detail


def test_a_file_that_is_not_json_is_an_error():
    with pytest.raises(AlertRulesError):
        load_rules("{not json")


def test_the_fever_default_cannot_be_set_less_safe_in_the_file():
    data = dict(RAW, default_fever_c=38.5)
    with pytest.raises(AlertRulesError):
        load_rules(json.dumps(data))


def test_a_symptom_rule_must_ask_for_an_attribute_the_symptom_has():
    bad = {"id": "x", "level": "call_now", "trigger": "symptom", "symptoms": ["diarrhoea"],
           "at_least": {"severity": 2}, "message_key": "m", "source": "ukons"}
    data = json.loads(json.dumps(RAW))
    data["rules"].append(bad)
    with pytest.raises(AlertRulesError):
        load_rules(json.dumps(data))


@pytest.mark.parametrize("broken", [
    lambda data: data["rules"].append("chest_pain"),  # a rule that is not an object
    lambda data: data["sources"].append(["ukons"]),  # a source that is not an object
    lambda data: data["rules"][0].update(risk_flags=3),  # flags that are not a list
    lambda data: data["rules"][0].update(context=None),
])
def test_a_malformed_entry_is_an_error_at_load_not_a_crash(broken):
    data = json.loads(json.dumps(RAW))
    broken(data)
    with pytest.raises(AlertRulesError):
        load_rules(json.dumps(data))


DOSING = re.compile(r"\b(take|taking|dose|doses|dosage|mg|increase|decrease|stop taking|tablet|pill|stop|change"
                    r" your treatment)\b", re.I)


def test_every_rule_has_a_source_and_no_dosing_advice():
    rules = alerts.default_rules().rules
    assert len(rules) >= 6
    for rule in rules:
        assert rule.source.title and rule.level in alerts.LEVELS
        assert not DOSING.search(rule.message_key), rule.id
        text = alerts.english_text(alerts.Alert(rule.id, rule.level, rule.level, rule.message_key,
                                                rule.source.title, rule.source.one_of_five, 1, NOW,
                                                params={"value": "38.4 °C", "count": 2}), "Nausea", "severe")
        assert not DOSING.search(text)


@pytest.mark.parametrize("bad", ["Take 2 tablets", "increase the dose", "500 mg", "stop taking it"])
def test_dosing_scan_can_fail(bad):
    assert DOSING.search(bad)


def _levels(entries, *, on_treatment=True, flags=(), fever_c=38.0):
    treatment = alerts.Treatment(on_treatment, frozenset(flags))
    context = alerts.AlertContext(now=NOW, treatment=lambda _day: treatment, fever_c=fever_c)
    return [(a.rule_id, a.level) for a in alerts.evaluate(entries, context)]


def _temp(c):
    return alerts.RecentEntry(1, alerts.TEMPERATURE, NOW, temperature_c=c, display_value=f"{c} °C", log_id=1)


def test_fever_on_chemo_at_threshold_and_not_below():
    chemo = ("neutropenia",)
    assert _levels([_temp(38.0)], flags=chemo) == [("fever_on_treatment", alerts.CALL_NOW)]
    assert _levels([_temp(37.9)], flags=chemo) == [("raised_temperature_on_treatment", alerts.CALL_NOW)]  # UKONS v3: red
    assert _levels([_temp(37.9)], flags=chemo, fever_c=37.5) == [("fever_on_treatment", alerts.CALL_NOW)]
    assert _levels([_temp(38.4)], on_treatment=False) == [("fever_off_treatment", alerts.CONTACT_TODAY)]


def test_new_weakness_calls_now():
    weak = alerts.RecentEntry(1, alerts.SYMPTOM, NOW, term_id="weakness_limbs", severity=1, log_id=1)
    assert _levels([weak]) == [("limb_weakness_new", alerts.CALL_NOW)]
    assert _levels([weak], on_treatment=False) == [("limb_weakness_new", alerts.CALL_NOW)]

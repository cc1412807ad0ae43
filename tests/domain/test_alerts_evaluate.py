"""How findings become cards: most urgent kept, red flags stepped up, two same-day findings call now."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.domain import alerts
from tracker.domain.alerts import AlertContext, DrugFacts, DrugPeriod, RecentEntry, Treatment
from tracker.domain.alerts import levels as lv

ZONE = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=ZONE)
ON = Treatment(True)
OFF = Treatment(False)


def ctx(treatment=ON, *, fever_c=38.0, flags=()):
    t = Treatment(treatment.on_anti_cancer, frozenset(flags))
    return AlertContext(now=NOW, treatment=lambda _day: t, fever_c=fever_c, trigger_from=NOW - timedelta(hours=72))


def sym(term, *, sev=None, freq=None, interf=None, hours_ago=1, entry_id=1, log_id=1):
    return RecentEntry(entry_id, alerts.SYMPTOM, NOW - timedelta(hours=hours_ago), term_id=term, severity=sev,
                       frequency=freq, interference=interf, log_id=log_id)


def temp(c, *, entry_id=1, log_id=1):
    return RecentEntry(entry_id, alerts.TEMPERATURE, NOW - timedelta(hours=1), temperature_c=c,
                       display_value=f"{c} °C", log_id=log_id)


def card(entries, context=None):
    found = alerts.cards(alerts.evaluate(entries, context or ctx()))
    return found[0] if found else None


def test_one_finding_per_symptom_the_most_urgent():
    found = alerts.evaluate([sym("chest_pain", sev=3)], ctx())
    assert [(a.rule_id, a.level) for a in found] == [("chest_pain_severe", lv.EMERGENCY)]


def test_two_contact_today_findings_in_one_log_call_now():
    c = card([sym("yellowing_skin", sev=1, entry_id=1), sym("palpitations_fainting", sev=1, entry_id=2)], ctx(OFF))
    assert c.level == lv.CALL_NOW and c.combined_by == "several_same_day_findings"
    assert set(c.rule_ids) == {"yellowing_skin", "palpitations", "several_same_day_findings"}


def test_one_contact_today_finding_stays_contact_today():
    c = card([sym("yellowing_skin", sev=1)], ctx(OFF))
    assert c.level == lv.CONTACT_TODAY and c.combined_by is None


def test_findings_in_different_logs_are_different_cards_and_do_not_combine():
    entries = [sym("yellowing_skin", sev=1, entry_id=1, log_id=1),
               sym("palpitations_fainting", sev=1, entry_id=2, log_id=2)]
    found = alerts.cards(alerts.evaluate(entries, ctx(OFF)))
    assert [c.level for c in found] == [lv.CONTACT_TODAY, lv.CONTACT_TODAY]


def test_interference_three_steps_a_red_flag_up():
    plain = card([sym("weakness_limbs", sev=1, hours_ago=1, entry_id=2),
                  sym("weakness_limbs", sev=1, hours_ago=24 * 10, entry_id=1, log_id=9)])
    assert plain.level == lv.CONTACT_TODAY
    stops_walking = card([sym("weakness_limbs", sev=1, interf=3, hours_ago=1, entry_id=2),
                          sym("weakness_limbs", sev=1, hours_ago=24 * 10, entry_id=1, log_id=9)])
    assert stops_walking.level == lv.CALL_NOW
    assert stops_walking.findings[0].escalated_by == ("interference",)


def test_interference_does_not_step_up_a_symptom_that_is_not_a_red_flag():
    c = card([sym("fatigue", sev=1, interf=4)], ctx(OFF))
    assert c.level == lv.MENTION


def test_worsening_of_a_red_flag_steps_it_up():
    c = card([sym("breathlessness", sev=2, hours_ago=1, entry_id=2),
              sym("breathlessness", sev=1, hours_ago=30, entry_id=1, log_id=9)], ctx(OFF))
    assert c.level == lv.CALL_NOW and c.findings[0].escalated_by == ("worsening",)


def test_escalation_stops_at_call_now_only_a_rule_says_emergency():
    assert lv.step_up(lv.CALL_NOW) == lv.CALL_NOW and lv.step_up(lv.MENTION) == lv.CONTACT_TODAY
    c = card([sym("breathlessness", sev=3, interf=4, hours_ago=1, entry_id=2),
              sym("breathlessness", sev=1, hours_ago=30, entry_id=1, log_id=9)], ctx(OFF))
    assert c.level == lv.CALL_NOW


def test_fever_threshold_is_the_setting_and_fahrenheit_meets_it():
    assert card([temp(37.6)], ctx(fever_c=37.5)).findings[0].rule_id == "fever_on_treatment"
    assert card([temp(37.6)], ctx(fever_c=38.0)).findings[0].rule_id == "raised_temperature_on_treatment"
    f = RecentEntry(1, alerts.TEMPERATURE, NOW, temperature_c=(100.4 - 32) * 5 / 9, display_value="100.4 °F", log_id=1)
    c = card([f])
    assert c.level == lv.CALL_NOW and c.findings[0].params["value"] == "100.4 °F"


def test_only_the_triggering_entries_raise_cards():
    context = AlertContext(now=NOW, treatment=lambda _d: ON, fever_c=38.0,
                           trigger_keys=frozenset({(alerts.SYMPTOM, 2)}))
    found = alerts.evaluate([sym("chest_pain", sev=1, entry_id=1, log_id=1),
                             sym("nausea", sev=1, entry_id=2, log_id=2)], context)
    assert found == []


def test_treatment_means_any_anti_cancer_drug_recent_custom_or_no_plan():
    facts = {"letrozole": DrugFacts(True), "denosumab": DrugFacts(False, ("onj",)),
             "palbociclib": DrugFacts(True, ("neutropenia",))}.get
    day = date(2026, 3, 10)
    assert alerts.treatment_on(day, [], facts).on_anti_cancer  # no plan entered
    assert alerts.treatment_on(day, [DrugPeriod("custom", date(2026, 1, 1))], facts).on_anti_cancer
    bone_only = alerts.treatment_on(day, [DrugPeriod("denosumab", date(2026, 1, 1))], facts)
    assert not bone_only.on_anti_cancer and bone_only.risk_flags == {"onj"}
    ended = DrugPeriod("palbociclib", date(2025, 10, 1), day - timedelta(weeks=6))
    assert alerts.treatment_on(day, [ended], facts).risk_flags == {"neutropenia"}
    long_ago = DrugPeriod("palbociclib", date(2025, 10, 1), day - timedelta(weeks=6, days=1))
    assert not alerts.treatment_on(day, [long_ago], facts).on_anti_cancer
    not_started = DrugPeriod("letrozole", day + timedelta(days=1))
    assert not alerts.treatment_on(day, [not_started], facts).on_anti_cancer


def test_a_drug_the_catalog_does_not_know_is_a_bug_not_off_treatment():
    import pytest

    with pytest.raises(alerts.treatment.UnknownDrug):
        alerts.treatment_on(date(2026, 3, 10), [DrugPeriod("no_such_drug", date(2026, 1, 1))], lambda _i: None)


def test_card_key_changes_when_the_level_rises():
    low = card([sym("yellowing_skin", sev=1)], ctx(OFF))
    high = card([sym("yellowing_skin", sev=1, entry_id=1), sym("palpitations_fainting", sev=1, entry_id=2)], ctx(OFF))
    assert low.key != high.key and low.key.startswith("log:1:")


def test_card_key_changes_when_a_new_reason_joins_at_the_same_level():
    """Review finding: a dismissed call-now card (fever) stayed hidden when chest pain, also
    call now, was added to the same log."""
    fever = card([sym("confusion", sev=1, entry_id=1)], ctx(OFF))
    more = card([sym("confusion", sev=1, entry_id=1), sym("chest_pain", sev=1, entry_id=2)], ctx(OFF))
    assert fever.level == more.level and fever.key != more.key

"""The translation-marker modules list every alert message and symptom text in the resources."""

from tracker.domain import alerts, symptoms
from tracker.domain.measurements import LAB_TESTS
from tracker.ui.alerts import rule_texts
from tracker.ui.diary import symptom_texts


def test_every_rule_message_is_marked_for_translation():
    assert {r.message_key for r in alerts.default_rules().rules} == set(rule_texts.TEXTS)


def test_every_symptom_text_and_lab_name_is_marked_for_translation():
    wanted = {t.name for t in symptoms.terms()} | {t.description for t in symptoms.terms()}
    wanted |= {g.name for g in symptoms.catalog().groups} | {name for _id, name, _unit in LAB_TESTS}
    assert wanted == set(symptom_texts.TEXTS)

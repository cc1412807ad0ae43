from datetime import UTC, datetime, timedelta

import pytest

from tracker.domain import symptoms
from tracker.domain.errors import ValidationError
from tracker.domain.symptoms import SymptomRating

CONTRACT_IDS = """fatigue sleep_problems nausea vomiting diarrhoea constipation appetite_loss
taste_changes abdominal_pain mouth_sores sore_throat hot_flushes joint_pain muscle_pain bone_pain
back_pain jaw_pain headache dizziness vision_changes confusion weakness_limbs breathlessness cough
chest_pain hand_foot_soreness numbness_tingling rash itching hair_loss nail_changes swelling
fever_chills bleeding_bruising yellowing_skin thirst_high_sugar low_mood anxiety
memory_concentration vaginal_dryness urinary_problems dry_eyes pain_other""".split()


def test_terms_are_exactly_the_contract_ids_with_articles():
    ids = [t.id for t in symptoms.terms()]
    assert sorted(ids) == sorted(CONTRACT_IDS)
    assert symptoms.term("bone_pain").article_id == "spread-to-bone"
    assert symptoms.term("jaw_pain").article_id == "jaw-osteonecrosis-and-dental-care"
    groups = {g.id for g in symptoms.catalog().groups}
    for t in symptoms.terms():
        assert t.group in groups and t.attributes and t.description
    assert all(symptoms.term(i) for i in symptoms.common_term_ids())


def test_scale_words():
    assert symptoms.scale_word("severity", 3) == "severe"
    assert symptoms.scale_word("frequency", 4) == "almost constantly"
    assert symptoms.scale_word("interference", 0) == "not at all"
    assert symptoms.scale_word("severity", None) == ""


@pytest.mark.parametrize("value", [-1, 5, 2.5, True])
def test_rating_out_of_range_names_the_field(value):
    with pytest.raises(ValidationError) as info:
        symptoms.validate_rating(SymptomRating("nausea", severity=value))
    assert info.value.field == "nausea.severity"


def test_rating_edges_accepted_and_location_only_where_it_fits():
    assert symptoms.validate_rating(SymptomRating("nausea", severity=0)).severity == 0
    kept = symptoms.validate_rating(SymptomRating("bone_pain", severity=4, location=" left hip "))
    assert kept.location == "left hip"
    dropped = symptoms.validate_rating(SymptomRating("nausea", severity=4, location="x"))
    assert dropped.location is None


def test_unrated_or_wrong_attribute_or_unknown_term_refused():
    with pytest.raises(ValidationError, match="how bad"):
        symptoms.validate_rating(SymptomRating("nausea"))
    with pytest.raises(ValidationError) as info:
        symptoms.validate_rating(SymptomRating("diarrhoea", severity=2))  # rated by how often
    assert info.value.field == "diarrhoea.severity"
    with pytest.raises(ValidationError):
        symptoms.validate_rating(SymptomRating("no_such", severity=1))


def test_time_window():
    now = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    symptoms.validate_occurred_at(now + timedelta(seconds=59), now)
    with pytest.raises(ValidationError) as info:
        symptoms.validate_occurred_at(now + timedelta(minutes=2), now)
    assert info.value.field == "time"
    symptoms.validate_occurred_at(now - timedelta(days=365), now)
    with pytest.raises(ValidationError):
        symptoms.validate_occurred_at(now - timedelta(days=400), now)


def test_search_by_a_few_letters_puts_name_matches_first():
    found = symptoms.search("dia")
    assert found[0].id == "diarrhoea"
    assert symptoms.search("jaw")[0].id == "jaw_pain"
    assert len(symptoms.search("")) == len(symptoms.terms())

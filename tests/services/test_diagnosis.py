from datetime import date

import pytest

from tracker.domain.diagnosis import Diagnosis
from tracker.domain.errors import ValidationError
from tracker.services import settings
from tracker.services.diagnosis import get_diagnosis, save_diagnosis
from tracker.services.reports.queries import patient_details

LABELS = {"er": "ER", "pr": "PR", "her2": "HER2", "positive": "Positive", "negative": "Negative", "low": "Low",
          "sites": "Sites of spread", "site.bone": "Bone", "site.liver": "Liver", "notes": "Notes",
          "first_diagnosis": "First diagnosis", "secondary_diagnosis": "Secondary diagnosis"}

FACTS = Diagnosis(er="positive", pr="negative", her2="low", sites=("bone", "liver"), date_of_birth=date(1970, 5, 17),
                  first_diagnosis=date(2015, 2, 1), secondary_diagnosis=date(2024, 9, 3), notes="BRCA2 carrier",
                  include_in_summary=True)


def test_round_trip_and_clinic_summary_sees_the_facts(journal, clock):
    assert get_diagnosis(journal) == Diagnosis()
    save_diagnosis(journal, FACTS, LABELS, clock=clock)
    assert get_diagnosis(journal) == FACTS
    _name, dob, facts = patient_details(journal)
    assert dob == date(1970, 5, 17)
    assert facts == [("ER", "Positive"), ("PR", "Negative"), ("HER2", "Low"), ("Sites of spread", "Bone, Liver"),
                     ("First diagnosis", "2015-02-01"), ("Secondary diagnosis", "2024-09-03"), ("Notes", "BRCA2 carrier")]


def test_not_included_writes_an_empty_list(journal, clock):
    save_diagnosis(journal, FACTS, LABELS, clock=clock)
    save_diagnosis(journal, FACTS.with_changes(include_in_summary=False), LABELS, clock=clock)
    assert settings.get(journal, "diagnosis") == []
    assert patient_details(journal)[2] == []
    assert get_diagnosis(journal).er == "positive"


def test_impossible_facts_change_nothing(journal, clock):
    save_diagnosis(journal, FACTS, LABELS, clock=clock)
    with pytest.raises(ValidationError) as info:
        save_diagnosis(journal, FACTS.with_changes(first_diagnosis=date(2026, 3, 11)), LABELS, clock=clock)
    assert info.value.field == "first_diagnosis"
    assert get_diagnosis(journal) == FACTS


def test_older_date_of_birth_is_read(journal):
    settings.set(journal, "date_of_birth", "1968-01-02")
    assert get_diagnosis(journal).date_of_birth == date(1968, 1, 2)

from datetime import date, datetime

import pytest

from tracker.domain.diagnosis import Diagnosis, summary_pairs
from tracker.domain.errors import ValidationError

TODAY = date(2026, 3, 10)


def field_of(diagnosis: Diagnosis) -> str | None:
    with pytest.raises(ValidationError) as info:
        diagnosis.validate(TODAY)
    return info.value.field


def test_everything_optional():
    assert Diagnosis().validate(TODAY).is_empty
    assert not Diagnosis(er="positive").is_empty


@pytest.mark.parametrize("changes, field", [
    ({"first_diagnosis": date(2026, 3, 11)}, "first_diagnosis"),
    ({"secondary_diagnosis": date(2027, 1, 1)}, "secondary_diagnosis"),
    ({"date_of_birth": date(2026, 3, 11)}, "date_of_birth"),
    ({"date_of_birth": date(1890, 1, 1)}, "date_of_birth"),
    ({"first_diagnosis": date(2020, 5, 1), "secondary_diagnosis": date(2019, 1, 1)}, "secondary_diagnosis"),
    ({"date_of_birth": date(1970, 1, 1), "first_diagnosis": date(1969, 1, 1)}, "first_diagnosis"),
    ({"er": "low"}, "er"),
    ({"pr": "maybe"}, "pr"),
    ({"her2": "3+"}, "her2"),
    ({"notes": "x" * 4001}, "notes"),
    # Not a calendar day: refused with the field named, never a TypeError from comparing.
    ({"first_diagnosis": "2020-05-01"}, "first_diagnosis"),
    ({"date_of_birth": datetime(1970, 1, 1, 9, 0)}, "date_of_birth"),
    ({"secondary_diagnosis": 2020}, "secondary_diagnosis"),
])
def test_impossible_values_name_their_field(changes, field):
    assert field_of(Diagnosis(**changes)) == field


def test_valid_facts_pass_and_today_is_allowed():
    d = Diagnosis(er="positive", pr="negative", her2="low", sites=("liver", "bone"), date_of_birth=date(1970, 5, 17),
                  first_diagnosis=date(2015, 2, 1), secondary_diagnosis=TODAY, notes="  BRCA2  ")
    assert d.validate(TODAY) is d
    assert d.sites == ("bone", "liver") and d.notes == "BRCA2"


def test_json_round_trip_and_lenient_reading():
    d = Diagnosis(er="positive", her2="low", sites=("brain", "other"), first_diagnosis=date(2015, 2, 1),
                  notes="PIK3CA", include_in_summary=True)
    assert Diagnosis.from_json(d.to_json()) == d
    damaged = Diagnosis.from_json({"er": "weird", "sites": ["bone", "moon"], "first_diagnosis": "not a date",
                                   "include_in_summary": "yes"})
    assert damaged == Diagnosis(sites=("bone",))
    assert Diagnosis.from_json(None) == Diagnosis()
    assert Diagnosis.from_json({"date_of_birth": 19700101, "notes": 5}) == Diagnosis()


def test_summary_pairs_leave_out_what_is_not_recorded():
    labels = {"er": "ER", "her2": "HER2", "low": "Low", "positive": "Positive", "sites": "Spread",
              "site.bone": "Bone", "site.lymph_nodes": "Lymph nodes", "first_diagnosis": "First diagnosed"}
    d = Diagnosis(er="positive", her2="low", sites=("lymph_nodes", "bone"), first_diagnosis=date(2015, 2, 1))
    assert summary_pairs(d, labels, lambda day: day.strftime("%d/%m/%Y")) == [
        ("ER", "Positive"), ("HER2", "Low"), ("Spread", "Bone, Lymph nodes"), ("First diagnosed", "01/02/2015")]
    assert summary_pairs(Diagnosis(), labels) == []

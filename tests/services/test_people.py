import pytest

from tracker.domain.errors import ValidationError
from tracker.services import people


def test_patient_rename_and_carers(journal):
    assert people.rename_patient(journal, "  Anna K  ").name == "Anna K"
    assert people.patient(journal).name == "Anna K"
    with pytest.raises(ValidationError):
        people.rename_patient(journal, "   ")
    carer = people.add_carer(journal, "Sam", "son")
    people.archive_carer(journal, carer.id)
    assert [p.name for p in people.list_people(journal)] == ["Anna K"]
    people.unarchive_carer(journal, carer.id)
    assert [p.name for p in people.list_people(journal)] == ["Anna K", "Sam"]
    with pytest.raises(ValidationError):
        people.archive_carer(journal, people.patient(journal).id)

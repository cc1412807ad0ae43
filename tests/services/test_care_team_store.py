import pytest

from tracker.domain.errors import ValidationError
from tracker.services import care_team
from tracker.services.care_team import CareTeam, Contact


def test_empty_team_prompts_to_set_the_line(journal):
    team = care_team.get_care_team(journal)
    assert team == CareTeam() and not team.has_urgent_line
    assert "Settings" in care_team.urgent_line_text(journal)


def test_save_and_read_back(journal):
    saved = care_team.save_care_team(journal, CareTeam(" Oncology hotline ", "0800 123 4567", [
        Contact("Dr Shah", "Oncologist", "020 7946 0000"), Contact("", "", "")]))
    assert saved.urgent_name == "Oncology hotline"
    team = care_team.get_care_team(journal)
    assert team.urgent_phone == "0800 123 4567" and [c.name for c in team.contacts] == ["Dr Shah"]
    assert care_team.urgent_line_text(journal) == "Your Oncology hotline: 0800 123 4567"


@pytest.mark.parametrize("phone", ["call me", "12", "0800 abc"])
def test_bad_phone_refused_with_field(journal, phone):
    with pytest.raises(ValidationError) as info:
        care_team.save_care_team(journal, CareTeam("Line", phone))
    assert info.value.field == "urgent_phone"
    assert care_team.get_care_team(journal) == CareTeam()

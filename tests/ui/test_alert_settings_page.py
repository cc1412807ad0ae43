import pytest

from tracker.services import alert_settings, care_team
from tracker.ui.context import AppContext
from tracker.ui.settings.care_team_page import create_page

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, journal, clock, data_dir):
    widget = create_page(AppContext(data_dir=data_dir, journal=journal, clock=clock))
    qtbot.addWidget(widget)
    return widget


def test_save_line_contacts_and_thresholds(page, journal):
    page.urgent_name.setText("Oncology hotline")
    page.urgent_phone.setText("0800 123 4567")
    index = page.contacts_model.add()
    page.contacts_model.setData(index, "Dr Shah")
    page.contacts_model.setData(index.siblingAtColumn(2), "020 7946 0000")
    page.fever.setValue(37.5)
    page.emergency_phone.setText("112")
    assert page.save()
    team = care_team.get_care_team(journal)
    assert team.urgent_phone == "0800 123 4567" and team.contacts[0].phone == "020 7946 0000"
    assert team.emergency_phone == "112"
    assert alert_settings.fever_threshold(journal) == 37.5
    assert "99.5" in page.fever_f.text()
    page.reset_thresholds()
    assert page.fever.value() == 38.0


def test_the_fever_threshold_can_only_be_made_safer_and_red_flags_are_not_editable(page):
    page.fever.setValue(39.5)
    assert page.fever.value() == 38.0
    page.fever.setValue(36.0)
    assert page.fever.value() == 37.5
    assert not hasattr(page, "severe") and not hasattr(page, "rises") and not hasattr(page, "new_days")


def test_bad_phone_shown_next_to_the_field_and_nothing_saved(page, journal):
    page.urgent_phone.setText("ring me")
    assert not page.save()
    assert not page.phone_error.isHidden() and "phone" in page.phone_error.text()
    assert care_team.get_care_team(journal).urgent_phone == ""
    assert page.urgent_phone.text() == "ring me"

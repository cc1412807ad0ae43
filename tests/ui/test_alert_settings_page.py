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
    page.severe.setCurrentIndex(page.severe.findData(4))
    assert page.save()
    team = care_team.get_care_team(journal)
    assert team.urgent_phone == "0800 123 4567" and team.contacts[0].phone == "020 7946 0000"
    limits = alert_settings.thresholds(journal)
    assert limits["fever_c"] == 37.5 and limits["severe_at"] == 4
    assert "99.5" in page.fever_f.text()
    page.reset_thresholds()
    assert page.fever.value() == 38.0


def test_bad_phone_shown_next_to_the_field_and_nothing_saved(page, journal):
    page.urgent_phone.setText("ring me")
    assert not page.save()
    assert not page.phone_error.isHidden() and "phone" in page.phone_error.text()
    assert care_team.get_care_team(journal).urgent_phone == ""
    assert page.urgent_phone.text() == "ring me"

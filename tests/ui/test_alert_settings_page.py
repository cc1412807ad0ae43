import pytest

from tracker.services import alert_settings, care_team
from tracker.ui.context import AppContext
from tracker.ui.settings.care_team_page import create_page

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, journal, clock, data_dir, settle):
    widget = create_page(AppContext(data_dir=data_dir, journal=journal, clock=clock))
    qtbot.addWidget(widget)
    settle()  # filled from the journal, read on the task runner
    return widget


def test_save_line_contacts_and_thresholds(page, journal, settle):
    page.urgent_name.setText("Oncology hotline")
    page.urgent_phone.setText("0800 123 4567")
    index = page.contacts_model.add()
    page.contacts_model.setData(index, "Dr Shah")
    page.contacts_model.setData(index.siblingAtColumn(2), "020 7946 0000")
    page.fever.setValue(37.5)
    page.emergency_phone.setText("112")
    page.save()
    assert not page.save_button.isEnabled()  # while it saves
    settle()
    assert page.saved_label.text() == "Saved." and page.save_button.isEnabled()
    team = care_team.get_care_team(journal)
    assert team.urgent_phone == "0800 123 4567" and team.contacts[0].phone == "020 7946 0000"
    assert team.emergency_phone == "112"
    assert alert_settings.fever_threshold(journal) == 37.5
    assert "99.5" in page.fever_f.text()
    page.reset_thresholds()
    settle()
    assert page.fever.value() == 38.0 and alert_settings.fever_threshold(journal) == 38.0


def test_the_fever_threshold_can_only_be_made_safer_and_red_flags_are_not_editable(page):
    page.fever.setValue(39.5)
    assert page.fever.value() == 38.0
    page.fever.setValue(36.0)
    assert page.fever.value() == 37.5
    assert not hasattr(page, "severe") and not hasattr(page, "rises") and not hasattr(page, "new_days")


def test_bad_phone_shown_next_to_the_field_and_nothing_saved(page, journal, settle):
    page.urgent_name.setText("Oncology hotline")
    page.urgent_phone.setText("ring me")
    page.save()
    settle()
    assert page.saved_label.text() == "" and page.save_button.isEnabled()
    assert page.urgent_name.text() == "Oncology hotline"  # what was typed stays
    assert not page.phone_error.isHidden() and "phone" in page.phone_error.text()
    assert care_team.get_care_team(journal).urgent_phone == ""
    assert page.urgent_phone.text() == "ring me"


def _fever_levels(journal, clock, reading):
    """Rule ids a temperature raises for the patient now (through the same path as the diary form)."""
    from tracker.domain.measurements import Measurement
    from tracker.services import diary, people

    result = diary.log_symptoms(journal, [Measurement("temperature", reading, "°C")], people.patient(journal).id,
                                clock.now(), clock)
    return {(a.rule_id, a.level) for a in result.alerts}


def test_the_fever_text_says_the_setting_is_for_when_not_on_treatment(page, journal, clock, settle):
    from datetime import date

    from tracker.services import plan

    note, hint = page.on_treatment_note.text(), page.fever_hint.text()
    assert "37.5 °C or above always means call your 24-hour line now" in note and "does not change" in note
    assert "not on anti-cancer treatment" in hint and "38.0 °C" in hint
    # ... and that is what the setting does. On a bone drug alone (not anti-cancer) 37.6 °C is quiet at the
    # default and same-day at 37.5 °C; once an anti-cancer drug is added, 37.6 °C calls now at any setting.
    line = plan.add_line(journal, name="Line", start=date(2026, 1, 5))
    daily = {"kind": "interval", "every": 1, "unit": "days"}
    plan.add_regimen_drug(journal, line.id, drug_id="denosumab", pattern=daily, times=["08:00"], start=date(2026, 1, 5))
    assert _fever_levels(journal, clock, 37.6) == set()
    page.fever.setValue(37.5)
    page.save()
    settle()
    assert _fever_levels(journal, clock, 37.6) == {("fever_off_treatment", "contact_today")}
    plan.add_regimen_drug(journal, line.id, drug_id="letrozole", pattern=daily, times=["08:00"], start=date(2026, 1, 5))
    for setting in (38.0, 37.5):
        page.fever.setValue(setting)
        page.save()
        settle()
        assert {level for _rule, level in _fever_levels(journal, clock, 37.6)} == {"call_now"}


def test_the_form_is_off_until_filled_and_a_stale_read_never_lands(qtbot, journal, clock, data_dir, settle,
                                                                    hold_first_call):
    """Read on the task runner: nothing can be typed over the form before it shows what is
    stored, and a slow first read ending after a newer one does not overwrite it."""
    from tracker.ui.settings import settings_data

    care_team.save_care_team(journal, care_team.CareTeam("Old line", "0800 000 0000", [], ""))
    held = hold_first_call(settings_data, "load_care_team")
    page = create_page(AppContext(data_dir=data_dir, journal=journal, clock=clock))
    qtbot.addWidget(page)
    assert not page.urgent_phone.isEnabled() and not page.save_button.isEnabled()
    assert held.started.wait(10)
    care_team.save_care_team(journal, care_team.CareTeam("New line", "0800 111 1111", [], ""))
    page.refresh()
    held.release.set()
    settle()
    assert len(held.calls) == 2
    assert page.urgent_phone.text() == "0800 111 1111" and page.urgent_phone.isEnabled()


def test_a_read_that_lands_after_the_lock_fills_nothing(qtbot, journal, clock, data_dir, settle):
    care_team.save_care_team(journal, care_team.CareTeam("Line", "0800 111 1111", [], ""))
    ctx = AppContext(data_dir=data_dir, journal=journal, clock=clock)
    page = create_page(ctx)
    qtbot.addWidget(page)
    ctx.journal = None  # locked while the read was under way
    settle()
    assert page.urgent_phone.text() == "" and not page.save_button.isEnabled()
    page.save()  # nothing to save into
    settle()

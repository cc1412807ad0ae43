"""Settings → Reminders: saves settings, writes the .ics file (the login entry: test_autostart.py)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.services import plan, reminders
from tracker.ui.context import AppContext
from tracker.ui.settings.reminders_page import create_page


@pytest.fixture
def ctx(journal, data_dir, clock):
    return AppContext(data_dir=data_dir, journal=journal, clock=clock)


def test_settings_saved_and_ics_written(qtbot, ctx, tmp_path, settle):
    line = plan.add_line(ctx.journal, name="Bone", start=date(2026, 3, 1))
    plan.add_regimen_drug(ctx.journal, line.id, drug_id="denosumab", pattern={"kind": "interval", "every": 4, "unit": "weeks"},
                          times=["10:00"], start=date(2026, 3, 1))
    page = create_page(ctx)
    qtbot.addWidget(page)
    settle()  # filled from the journal, read on the task runner
    page.repeat.setValue(30)
    page.enabled.setChecked(False)
    settle()  # saved on the task runner
    assert reminders.load_settings(ctx.journal).repeat_minutes == 30
    assert reminders.load_settings(ctx.journal).enabled is False
    assert not page.repeat.isEnabled()  # repeating means nothing with reminders off
    page.enabled.setChecked(True)
    page.repeat.setValue(1)
    assert page.repeat.isEnabled() and page.repeat.text() == "1 minute"
    page.repeat.setValue(30)
    page.enabled.setChecked(False)
    target = tmp_path / "plan.ics"
    page._set_path(str(target))
    qtbot.waitUntil(lambda: target.exists() and "written" in page.status.text(), timeout=5000)
    assert b"BEGIN:VEVENT" in target.read_bytes()
    assert reminders.load_settings(ctx.journal).ics_path == str(target)
    page._set_path(None)
    settle()
    assert reminders.load_settings(ctx.journal).ics_path is None


def test_appointment_reminders_choice_is_saved_with_a_typed_notice(qtbot, ctx, settle):
    from tracker.domain import appointment_reminders as rules
    from tracker.services import appointment_reminders
    from tracker.ui.context import Change

    notices = []
    ctx.events.changed.connect(notices.append)
    page = create_page(ctx)
    qtbot.addWidget(page)
    settle()
    assert notices == []  # showing the stored choices saves nothing
    assert page.appointments.isChecked() and page.lead.currentData() == rules.HOUR_1  # on, an hour before
    assert [page.lead.itemText(i) for i in range(page.lead.count())] == [
        "30 minutes before", "1 hour before", "2 hours before", "The evening before, at 19:00"]
    page.lead.setCurrentIndex(page.lead.findData(rules.EVENING))
    settle()
    assert appointment_reminders.load_settings(ctx.journal) == appointment_reminders.AppointmentReminderSettings(
        True, rules.EVENING)
    assert notices == [Change.SETTINGS]
    page.enabled.setChecked(False)  # dose reminders off: the times file still serves appointments
    assert page.keep_times.isEnabled()
    page.appointments.setChecked(False)
    settle()
    assert appointment_reminders.load_settings(ctx.journal).enabled is False
    assert not page.lead.isEnabled() and not page.keep_times.isEnabled()
    again = create_page(ctx)
    qtbot.addWidget(again)
    settle()
    assert not again.appointments.isChecked() and again.lead.currentData() == rules.EVENING


def test_choices_are_off_until_read_and_a_stale_read_never_lands(qtbot, ctx, settle, hold_first_call):
    from tracker.ui.settings import settings_data

    held = hold_first_call(settings_data, "load_reminders")
    page = create_page(ctx)
    qtbot.addWidget(page)
    assert not page.enabled.isEnabled() and not page.appointments.isEnabled()
    assert held.started.wait(10)
    reminders.save_settings(ctx.journal, reminders.ReminderSettings(False, 45, None))
    page._load()
    held.release.set()
    settle()
    assert len(held.calls) == 2
    assert not page.enabled.isChecked() and page.repeat.value() == 45 and page.enabled.isEnabled()
    assert reminders.load_settings(ctx.journal).repeat_minutes == 45  # showing it saved nothing

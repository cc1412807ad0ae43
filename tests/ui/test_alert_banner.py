"""The alerts banner names the reason and the number to call, and can be dismissed (with undo)."""

from __future__ import annotations

import re

import pytest

from tracker.domain.measurements import Measurement
from tracker.domain.symptoms import SymptomRating
from tracker.services import alert_settings, care_team, diary, people
from tracker.services.alert_settings import PlanContext
from tracker.ui.alerts.banner import create_banner
from tracker.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ctx(journal, clock, data_dir):
    return AppContext(data_dir=data_dir, journal=journal, clock=clock)


@pytest.fixture
def on_chemo(monkeypatch):
    monkeypatch.setattr(alert_settings, "plan_context", lambda j, on, **kw: PlanContext(True, ("paclitaxel",)))


def test_hidden_without_alerts(qtbot, ctx):
    banner = create_banner(ctx)
    qtbot.addWidget(banner)
    assert banner.isHidden() and banner.texts() == []


def test_fever_on_chemo_banner_names_reason_number_and_source(qtbot, ctx, journal, clock, on_chemo):
    care_team.save_care_team(journal, care_team.CareTeam("", "0800 123 4567", [care_team.Contact("Dr Shah", "Oncologist", "020 7946 0000")]))
    banner = create_banner(ctx)
    qtbot.addWidget(banner)
    diary.log_symptoms(journal, [Measurement("temperature", 38.4, "°C")], people.patient(journal).id, clock.now(), clock)
    ctx.events.changed.emit("diary")
    assert not banner.isHidden()
    text = banner.texts()[0]
    assert text.startswith("Call your 24-hour line now: 0800 123 4567")
    assert "38.4 °C" in text and "chemotherapy" in text
    assert "Dr Shah" in banner.contacts.text()
    assert "UpToDate" in banner.rows[0].source.text()
    assert not re.search(r"\b(take|dose|mg|increase|stop taking)\b", text, re.I)


def test_without_a_number_the_banner_says_where_to_add_it(qtbot, ctx, journal, clock, on_chemo):
    diary.log_symptoms(journal, [Measurement("temperature", 38.0, "°C")], people.patient(journal).id, clock.now(), clock)
    banner = create_banner(ctx)
    qtbot.addWidget(banner)
    assert "Settings" in banner.texts()[0]


def test_severe_rating_is_labelled_patient_reported_and_dismiss_undo(qtbot, ctx, journal, clock):
    diary.log_symptoms(journal, [SymptomRating("nausea", severity=4)], people.patient(journal).id, clock.now(), clock)
    banner = create_banner(ctx)
    qtbot.addWidget(banner)
    assert "very severe (patient-reported)" in banner.texts()[0]
    banner.rows[0].dismiss.click()
    assert banner.texts() == [] and not banner.undo_row.isHidden()
    assert alert_settings.current_alerts(journal, clock) == []
    banner.undo_button.click()
    assert len(banner.texts()) == 1


def test_many_small_alerts_fold_behind_a_button(qtbot, ctx, journal, clock):
    pid = people.patient(journal).id
    diary.log_symptoms(journal, [SymptomRating("nausea", severity=3), SymptomRating("fatigue", severity=3),
                                 SymptomRating("low_mood", severity=3)], pid, clock.now(), clock)
    banner = create_banner(ctx)
    qtbot.addWidget(banner)
    assert len(banner.rows) == 3
    assert [row.isHidden() for row in banner.rows] == [False, True, True]
    assert "2 more" in banner.more_button.text()
    banner.more_button.click()
    assert not any(row.isHidden() for row in banner.rows)

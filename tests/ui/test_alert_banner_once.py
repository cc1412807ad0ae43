"""Alerts are worked out once per save and handed to the banner; changes that cannot alter
alerts (doses, appointments) do not make the banner read them again (issues 15 and 17)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.measurements import Measurement
from tracker.services import alert_settings, diary, people, plan
from tracker.ui.alerts import banner as banner_mod
from tracker.ui.alerts.banner import create_banner
from tracker.ui.context import AppContext, Change

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ctx(journal, clock, data_dir, monkeypatch):
    monkeypatch.setattr(banner_mod, "country_code", lambda: "GB")
    return AppContext(data_dir=data_dir, journal=journal, clock=clock)


@pytest.fixture
def reads(monkeypatch):
    """Counts every time the current alerts are worked out."""
    calls = []
    real = alert_settings.current_alerts

    def counted(journal, clock):
        calls.append(1)
        return real(journal, clock)

    monkeypatch.setattr(alert_settings, "current_alerts", counted)
    return calls


def on_palbociclib(journal):
    line = plan.add_line(journal, name="Line", start=date(2026, 1, 5))
    plan.add_regimen_drug(journal, line.id, drug_id="palbociclib", pattern={"kind": "interval", "every": 1, "unit": "days"},
                          times=["08:00"], start=date(2026, 1, 5))


def save_fever(ctx, value=38.3):
    """What the symptom form and the Today check-in do on Save."""
    result = diary.log_symptoms(ctx.journal, [Measurement("temperature", value, "°C")], people.patient(ctx.journal).id,
                                ctx.clock.now(), ctx.clock, banner=True)
    ctx.events.notify(Change.DIARY, alerts=result.cards)
    return result


def test_a_save_checks_alerts_once_and_the_banner_shows_its_cards(qtbot, ctx, journal, reads, settle):
    on_palbociclib(journal)
    banner = create_banner(ctx)
    settle()
    qtbot.addWidget(banner)
    assert banner.texts() == []
    reads.clear()
    result = save_fever(ctx)
    settle()
    assert len(reads) == 1  # the save's own check; the banner did not read again
    assert len(banner.rows) == 1 and banner.rows[0].card.log_id == result.log_id
    assert "38.3 °C" in banner.texts()[0] and not banner.isHidden()
    assert [a.rule_id for a in result.alerts] == ["fever_on_treatment"]


def test_a_save_reports_the_same_findings_as_the_per_log_check(ctx, journal):
    on_palbociclib(journal)
    handed = save_fever(ctx, 38.4)
    checked = diary.log_symptoms(journal, [Measurement("temperature", 38.5, "°C")], people.patient(journal).id,
                                 ctx.clock.now(), ctx.clock)
    assert [(a.rule_id, a.level) for a in handed.alerts] == [(a.rule_id, a.level) for a in checked.alerts]


def test_doses_and_appointments_do_not_reread_alerts_but_diary_plan_and_settings_do(qtbot, ctx, reads, settle):
    banner = create_banner(ctx)
    settle()
    qtbot.addWidget(banner)
    reads.clear()
    ctx.events.notify(Change.DOSES, Change.APPOINTMENTS)
    settle()
    assert reads == []
    for kind in (Change.DIARY, Change.PLAN, Change.SETTINGS, Change.PEOPLE):
        ctx.events.notify(kind)
        settle()
    assert len(reads) == 4


def test_a_diary_change_without_cards_still_refreshes_the_banner(qtbot, ctx, journal, settle):
    """A delete (or an edit, or a synced change) hands no cards: the banner reads them itself."""
    on_palbociclib(journal)
    banner = create_banner(ctx)
    settle()
    qtbot.addWidget(banner)
    result = save_fever(ctx)
    settle()
    assert len(banner.rows) == 1
    diary.delete_log(journal, result.log_id, ctx.clock)
    ctx.events.notify(Change.DIARY)
    settle()
    assert banner.rows == [] and banner.isHidden()


def test_the_symptom_form_saves_off_the_gui_thread_and_hands_the_banner_its_cards(qtbot, ctx, journal, reads, settle):
    from tracker.ui.diary.symptom_form import SymptomForm

    on_palbociclib(journal)
    banner = create_banner(ctx)
    qtbot.addWidget(banner)
    form = SymptomForm(ctx)
    qtbot.addWidget(form)
    settle()
    handed, notices = [], []
    ctx.events.alerts_known.connect(handed.append)
    ctx.events.changed.connect(notices.append)
    reads.clear()
    form.temperature.setText("38.3")
    form.save()
    assert not form.save_button.isEnabled() and notices == []  # written on the runner; the notice comes after
    settle()
    assert len(reads) == 1 and notices == [Change.DIARY]
    assert len(handed) == 1 and [c.findings[0].rule_id for c in handed[0]] == ["fever_on_treatment"]
    assert len(banner.rows) == 1 and "38.3 °C" in banner.texts()[0]

"""A failure on the alert path shows; it never turns into a quieter alert."""

from __future__ import annotations

import pytest

from tracker.domain import alerts
from tracker.domain.measurements import Measurement
from tracker.services import alert_settings, diary, people


def test_a_bug_reading_the_plan_raises_instead_of_downgrading(journal, clock, monkeypatch):
    def broken(_conn, _first, _last):
        raise AttributeError("a bug in the plan feature")

    monkeypatch.setattr(alert_settings, "_drug_periods_on", broken)
    with pytest.raises(AttributeError):
        diary.log_symptoms(journal, [Measurement("temperature", 38.4, "°C")], people.patient(journal).id,
                           clock.now(), clock)


def test_a_plan_naming_a_drug_the_catalog_lacks_raises(journal, clock, monkeypatch):
    monkeypatch.setattr(alert_settings, "_drug_periods_on",
                        lambda _conn, _first, _last: [alerts.DrugPeriod("withdrawn_drug", clock.today())])
    with pytest.raises(alerts.treatment.UnknownDrug):
        diary.log_symptoms(journal, [Measurement("temperature", 38.4, "°C")], people.patient(journal).id,
                           clock.now(), clock)


def test_a_rule_file_that_does_not_load_stops_the_alert_banner(tmp_path, monkeypatch, qtbot, journal, clock, data_dir):
    from tracker.domain.alerts import rules
    from tracker.ui.alerts.banner import create_banner
    from tracker.ui.context import AppContext

    (tmp_path / "alert_rules.json").write_text('{"rules": [', encoding="utf-8")
    monkeypatch.setattr(rules, "resource", lambda *parts: tmp_path.joinpath(*parts))
    rules.default_rules.cache_clear()
    try:
        with pytest.raises(alerts.AlertRulesError):
            create_banner(AppContext(data_dir=data_dir, journal=journal, clock=clock))
    finally:
        rules.default_rules.cache_clear()

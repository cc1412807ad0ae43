"""The shared checks every way in uses (tracker/domain/validation.py), on their own."""

from __future__ import annotations

import json
from datetime import date, time

import pytest

from tracker.domain import validation as v
from tracker.domain.errors import ValidationError
from tracker.domain.measurements import Measurement, validate_lab_value, validate_measurement


@pytest.mark.parametrize("pattern", [
    {"kind": "cycle_days", "length": 28, "days": list(range(1, 22))},
    {"kind": "cycle_days", "length": 120, "days": [1]},
    {"kind": "interval", "every": 365, "unit": "days"},
    {"kind": "loading", "days": [1, 15, 29], "every": 28, "unit": "days"},
    {"kind": "step_down", "first_every": 4, "first_unit": "weeks", "count": 3, "then_every": 12, "then_unit": "weeks"},
    {"kind": "fixed_dates", "dates": ["2026-01-01", "2026-02-01"]},
])
def test_patterns_the_editor_can_make_are_accepted(pattern):
    v.check_pattern(pattern)
    v.check_pattern_json(json.dumps(pattern))


@pytest.mark.parametrize("pattern", [
    {"kind": "cycle_days", "length": 0, "days": [1]},
    {"kind": "cycle_days", "length": 28, "days": list(range(1, 31))},
    {"kind": "cycle_days", "length": 121, "days": [1]},
    {"kind": "cycle_days", "length": True, "days": [1]},
    {"kind": "interval", "every": 0, "unit": "days"},
    {"kind": "interval", "every": 366, "unit": "days"},
    {"kind": "interval", "every": 1, "unit": "years"},
    {"kind": "step_down", "first_every": 4, "first_unit": "weeks", "count": 51, "then_every": 12, "then_unit": "weeks"},
    {"kind": "fixed_dates", "dates": ["0001-01-01"]},
    {"kind": "fixed_dates", "dates": []},
    {"kind": "mystery"},
    {"kind": "interval", "every": 1, "unit": "days", "extra": 1},
    None, [], "cycle",
])
def test_impossible_patterns_are_refused_on_the_pattern_field(pattern):
    with pytest.raises(ValidationError) as caught:
        v.check_pattern(pattern)
    assert caught.value.field == "pattern"


@pytest.mark.parametrize("text,ok", [('["08:00"]', True), ('["20:00", "08:00"]', True), ("null", False), ("[]", False),
                                     ('["24:00"]', False), ('"08:00"', False), ("[8]", False), ("{", False),
                                     ('["08:00+01:00"]', False)])
def test_times_of_day(text, ok):
    if ok:
        assert v.check_times_json(text)[0] == time(8, 0)
    else:
        with pytest.raises(ValidationError):
            v.check_times_json(text)


@pytest.mark.parametrize("zone,ok", [("Europe/London", True), ("Asia/Tehran", True), ("UTC", True), ("", False),
                                     ("Mars/Olympus", False), ("../etc/passwd", False), ("Europe/Lon\x00don", False)])
def test_time_zones(zone, ok):
    if ok:
        assert v.check_zone(zone) == zone
    else:
        with pytest.raises(ValidationError):
            v.check_zone(zone)


def test_calendar_days_within_the_years_the_app_handles():
    assert v.check_day(date(1900, 1, 1), "d") == date(1900, 1, 1)
    for bad in (date(1899, 12, 31), date(2200, 1, 1), date(9999, 12, 31)):
        with pytest.raises(ValidationError):
            v.check_day(bad, "d")


def test_readings_too_large_to_chart_are_refused_by_the_forms_too():
    assert validate_lab_value(12345.6) == 12345.6
    for bad in (1e308, -0.1, float("nan"), True, "3"):
        with pytest.raises(ValidationError):
            validate_lab_value(bad)
    validate_measurement(Measurement("other", 5.5, "mmol/L", "glucose"))
    with pytest.raises(ValidationError):
        validate_measurement(Measurement("other", 1e308, "mmol/L", "glucose"))


def test_names_are_one_line_and_not_blank():
    assert v.check_name("  Ann  ", "name", empty="Give a name.") == "Ann"
    for bad in ("", "   ", "two\nlines", "x" * 201, "\ud800"):
        with pytest.raises(ValidationError):
            v.check_name(bad, "name", empty="Give a name.")


def test_a_record_rejection_names_table_row_and_field_only():
    with pytest.raises(v.RecordRejected) as caught:
        v.check_records({"symptom_entries": [{"id": 1, "log_id": 1, "term_id": "nausea", "severity": 99,
                                              "note": "private words"}]})
    assert caught.value.where == "symptom_entries row 1: severity"
    assert "private" not in caught.value.message


def test_messages_spell_out_the_limits_they_name():
    """The messages are literal (translatable) text; they must keep saying the real limits."""
    assert (v.MAX_EVERY, v.MAX_CYCLE_LENGTH, v.MAX_LINE_NUMBER, v.MAX_DELAY_DAYS) == (365, 120, 30, 365)

"""Local treatments: the course-day generator, validation, and what a site names."""

from __future__ import annotations

from datetime import date, time

import pytest

from tracker.domain.errors import ValidationError
from tracker.domain.local_treatments import (
    LocalTreatment,
    course_days,
    picked_days,
    site_areas,
    validate,
)

TODAY = date(2025, 3, 1)


def test_five_weekday_treatments_from_a_monday():
    assert course_days(date(2025, 3, 3), 5) == tuple(date(2025, 3, d) for d in (3, 4, 5, 6, 7))


def test_five_weekday_treatments_across_a_weekend():
    assert course_days(date(2025, 3, 6), 5) == (
        date(2025, 3, 6), date(2025, 3, 7), date(2025, 3, 10), date(2025, 3, 11), date(2025, 3, 12))


def test_daily_treatments_include_the_weekend_and_a_weekend_start_moves_to_monday():
    assert course_days(date(2025, 3, 7), 3, weekdays_only=False) == (
        date(2025, 3, 7), date(2025, 3, 8), date(2025, 3, 9))
    assert course_days(date(2025, 3, 8), 1) == (date(2025, 3, 10),)


@pytest.mark.parametrize("count", [0, 61, True])
def test_course_size_is_checked(count):
    with pytest.raises(ValidationError) as err:
        course_days(date(2025, 3, 3), count)
    assert err.value.field == "count"


def test_picked_days_are_sorted_and_single():
    assert picked_days([date(2025, 3, 5), date(2025, 3, 3), date(2025, 3, 5)]) == (date(2025, 3, 3), date(2025, 3, 5))


def _course(**kw):
    base = dict(kind="radiotherapy", site="  lower spine ", days=course_days(date(2025, 3, 3), 5),
                dose_text="20 Gy in 5 fractions", aim="pain relief")
    base.update(kw)
    return LocalTreatment(**base)


def test_a_valid_course_is_tidied():
    got = validate(_course(), today=TODAY)
    assert got.site == "lower spine" and got.first_day == date(2025, 3, 3) and got.last_day == date(2025, 3, 7)
    assert got.dose_text == "20 Gy in 5 fractions" and got.at == time(9, 0) and got.is_radiation


@pytest.mark.parametrize(("change", "field"), [
    ({"days": ()}, "days"),
    ({"site": "   "}, "site"),
    ({"kind": "chemo"}, "kind"),
    ({"kind": "procedure", "procedure_kind": None}, "procedure_kind"),
    ({"days": (date(2026, 3, 3),)}, "days"),
])
def test_bad_input_names_its_field(change, field):
    with pytest.raises(ValidationError) as err:
        validate(_course(**change), today=TODAY)
    assert err.value.field == field and err.value.message.endswith(".")


def test_a_day_before_the_linked_line_started_is_refused():
    with pytest.raises(ValidationError) as err:
        validate(_course(), today=TODAY, line_start=date(2025, 3, 4))
    assert err.value.field == "days"
    assert validate(_course(), today=TODAY, line_start=date(2025, 3, 3)).days[0] == date(2025, 3, 3)


def test_a_year_ahead_is_the_limit():
    assert validate(_course(days=(date(2026, 3, 1),)), today=TODAY)


def test_procedure_kind_is_kept_only_for_procedures():
    assert validate(_course(kind="procedure", procedure_kind="pleural_drain", site="right lung"),
                    today=TODAY).procedure_kind == "pleural_drain"
    assert validate(_course(procedure_kind="pleural_drain"), today=TODAY).procedure_kind is None


@pytest.mark.parametrize(("site", "areas"), [
    ("Lower spine (L3)", {"spine"}),
    ("neck", {"spine"}),
    ("liver", {"abdomen"}),
    ("chest wall and ribs", {"chest"}),
    ("whole brain", {"brain"}),
    ("left hip", set()),
    ("columna lumbar", {"spine"}),
    # Letters name the vertebra level (the spinal-cord rules need these: hazard H-14).
    ("T10", {"spine"}),
    ("T10 SABR", {"spine"}),
    ("T11-L1", {"spine"}),
    ("L2–L4", {"spine"}),
    ("C5", {"spine"}),
    ("D8", {"spine"}),
    ("hip and T12", {"spine"}),
    ("backbone", {"spine"}),
    ("right sacroiliac joint", {"spine"}),
    ("T2 weighted scan of the liver", {"spine", "abdomen"}),  # generous on purpose: context only ever strengthens
    ("left femur", set()),
    ("ribs 4 to 6", {"chest"}),
])
def test_site_areas(site, areas):
    assert site_areas(site) == areas


def test_symptoms_suggested_in_the_weeks_after_a_course():
    from tracker.domain.local_treatments import suggested_after

    chest = ("radiotherapy", "chest wall", date(2025, 3, 3), date(2025, 3, 7))
    liver = ("stereotactic", "liver", date(2025, 3, 3), date(2025, 3, 5))
    drain = ("procedure", "abdomen", date(2025, 3, 3), date(2025, 3, 3))
    assert suggested_after([chest], date(2025, 3, 10)) == ["fatigue", "rash", "sore_throat"]
    assert suggested_after([liver, drain], date(2025, 3, 10)) == ["fatigue", "rash", "nausea"]
    assert suggested_after([chest], date(2025, 4, 25)) == []  # more than six weeks after
    assert suggested_after([drain], date(2025, 3, 4)) == []

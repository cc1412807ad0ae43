"""The synthetic journal generator: deterministic, realistic in size, valid for every service."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.domain.clock import FixedClock
from tracker.services.synthetic import generate

END = date(2026, 3, 9)
STABLE_TABLES = {  # columns that depend only on the seed (created_at of plan rows is "now")
    "diary_logs": "occurred_at, tz, entered_by_id, recall_days, note",
    "symptom_entries": "log_id, term_id, severity, frequency, interference",
    "measurements": "log_id, kind, value, unit",
    "lab_results": "test, value, unit, taken_on, ref_low, ref_high",
    "dose_events": "regimen_drug_id, planned_date, slot, status, recorded_at",
    "appointments": "kind, starts_at, place",
    "scans": "scan_type, done_on, result_summary",
    "questions": "text, answered",
    "diary_notes": "occurred_at, text",
}


def _content(journal) -> dict[str, list[tuple]]:
    with journal.connection() as conn:
        return {table: conn.exec_driver_sql(f"SELECT {cols} FROM {table} ORDER BY id").fetchall()
                for table, cols in STABLE_TABLES.items()}


@pytest.fixture
def one_year(journal):
    return journal, generate(journal, years=1, seed=7, end=END)


def test_same_seed_same_history_other_seed_other_history(data_dir, one_year):
    from tracker.services.journals import create_journal

    journal, summary = one_year
    twin = create_journal(data_dir, "Twin", "correct horse battery staple").journal
    other = create_journal(data_dir, "Other", "correct horse battery staple").journal
    try:
        assert generate(twin, years=1, seed=7, end=END) == summary
        assert _content(twin) == _content(journal)
        generate(other, years=1, seed=8, end=END)
        assert _content(other)["symptom_entries"] != _content(journal)["symptom_entries"]
    finally:
        twin.close()
        other.close()


def test_rows_are_what_the_app_itself_would_accept(one_year):
    from tracker.domain.measurements import LAB_TEST_IDS, Measurement, validate_measurement
    from tracker.domain.symptoms import SymptomRating, validate_rating
    from tracker.services import doses

    journal, summary = one_year
    content = _content(journal)
    assert len(content["symptom_entries"]) == summary.symptom_entries
    for _, term, severity, frequency, interference in content["symptom_entries"]:
        validate_rating(SymptomRating(term, severity, frequency, interference))
    for _, kind, value, unit in content["measurements"]:
        validate_measurement(Measurement(kind, value, unit))
    assert {row[0] for row in content["lab_results"]} <= set(LAB_TEST_IDS)
    start = END - timedelta(days=364)
    # Every dose record belongs to a dose the schedule engine plans, once, within the window.
    planned = {(d.regimen_drug_id, d.day, d.slot) for d in doses.doses_between(journal, start, END)}
    recorded = [(r[0], date.fromisoformat(str(r[1])), r[2]) for r in content["dose_events"]]
    assert len(recorded) == len(set(recorded)) == summary.dose_events
    assert set(recorded) == planned
    london = ZoneInfo("Europe/London")
    for row in content["diary_logs"]:
        when = datetime.fromisoformat(str(row[0])).replace(tzinfo=ZoneInfo("UTC")).astimezone(london)
        assert start <= when.date() <= END


def test_a_year_looks_like_a_year(one_year):
    _, s = one_year
    assert s.days == 365 and s.lines >= 1
    assert 500 <= s.logs <= 800  # morning and evening most days, a weekly check-in
    assert 45 <= s.measurements // 2 <= 60  # weekly weight and temperature
    assert 10 <= s.lab_results // 6 <= 15  # monthly markers and blood counts
    assert s.appointments > 20 and s.questions > 3 and s.notes > 20


def test_services_read_the_generated_journal(one_year):
    from tracker.services import doses, integrity, plan, timeline

    journal, _ = one_year
    lines = plan.therapy_lines(journal)
    assert lines and lines[-1].end is None  # the current line is still going
    clock = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/London")))
    today = doses.today_list(journal, clock)
    assert today.today and all(d.status is None for d in today.today)  # today is left to tick
    page = timeline.page(journal)
    assert len(page.items) == timeline.PAGE_SIZE and page.next_cursor is not None
    assert integrity.check(journal).ok


def test_five_years_reaches_the_benchmark_size(journal):
    """Issue 8: about 100,000 symptom ratings and 20,000 dose events for five years."""
    s = generate(journal, years=5, seed=1, end=END)
    assert 4 <= s.lines <= 6
    assert 80_000 <= s.symptom_ratings <= 140_000
    assert 14_000 <= s.dose_events <= 26_000
    assert s.adjustments >= 3


def test_refuses_a_non_positive_length(journal):
    with pytest.raises(ValueError):
        generate(journal, years=0, end=END)


def test_the_journey_holds_a_radiotherapy_course_a_steroid_taper_and_a_procedure(one_year):
    from tracker.services import local_treatments, plan

    journal, summary = one_year
    treatments = local_treatments.all_treatments(journal)
    assert summary.local_treatments == 2
    assert [(t.kind, len(t.days)) for t in treatments] == [("radiotherapy", 5), ("procedure", 1)]
    course = treatments[0]
    assert all(d.weekday() < 5 for d in course.days) and course.dose_text == "20 Gy in 5 fractions"
    taper = [i for i in plan.scheduled_drugs(journal) if i.drug.pattern.get("kind") == "steps"]
    assert [i.drug.start for i in taper] == [course.first_day]

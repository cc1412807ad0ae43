"""After 20 years of finished lines, Today, reminders and the alert rules' plan give the same
answers as reading the whole plan did, while Today reads only the drugs that can still have
doses in its window (issue 17)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.domain.alerts import DrugPeriod
from tracker.domain.clock import FixedClock
from tracker.services import alert_settings, doses, plan, reminders
from tracker.services.synthetic import generate

END = date(2026, 3, 9)
LONDON = ZoneInfo("Europe/London")
#: The last day, a day five years back, and a day fifteen years back.
DAYS = (END + timedelta(days=1), END - timedelta(days=5 * 365 + 17), END - timedelta(days=15 * 365 + 101))


def _whole_plan(journal, start, end):
    """The answer as it was: every drug of all history handed to the engine."""
    return doses.doses_between(journal, start, end, items=plan.scheduled_drugs(journal))


def test_a_20_year_plan_gives_the_same_answers_as_reading_all_of_it(journal, monkeypatch):
    """One test, so the 20 years are generated once."""
    generate(journal, years=20, seed=3, end=END)
    _today_and_reminders(journal, monkeypatch)
    _only_live_drugs(journal)
    _alert_periods(journal)


def _today_and_reminders(journal, monkeypatch):
    for day in DAYS:
        clock = FixedClock(datetime.combine(day, datetime.min.time(), LONDON).replace(hour=18), LONDON)
        lo = day - timedelta(days=doses.OVERDUE_DAYS)
        assert doses.doses_between(journal, lo, day) == _whole_plan(journal, lo, day)
        listing = doses.today_list(journal, clock)
        first = plan.scheduled_drugs(journal)
        assert listing.today == [d for d in _whole_plan(journal, lo, day) if d.day == day]
        start, end = clock.now() - timedelta(hours=30), clock.now() + timedelta(days=2)
        filtered = reminders.reminders_between(journal, clock, start, end)
        with monkeypatch.context() as m:
            m.setattr(reminders, "doses_between", _whole_plan)
            assert filtered == reminders.reminders_between(journal, clock, start, end)
        assert first  # a plan exists on every day checked


def _only_live_drugs(twenty_years):
    every = plan.scheduled_drugs(twenty_years)
    live = plan.scheduled_drugs(twenty_years, live_from=END - timedelta(days=7))
    assert 0 < len(live) < len(every) // 4
    # each line still names all its drugs
    lines = {i.line.id: i.line for i in every}
    assert all(i.line == lines[i.line.id] for i in live)


def _alert_periods(twenty_years):
    expected = []
    for item in plan.scheduled_drugs(twenty_years):
        ends = [d for d in (item.drug.end, item.line.end) if d is not None]
        expected.append(DrugPeriod(item.drug.drug_id, max(item.drug.start, item.line.start), min(ends) if ends else None))
    assert alert_settings.drug_periods(twenty_years) == expected
    from tracker.domain.alerts import LocalPeriod
    from tracker.domain.local_treatments import site_areas
    from tracker.services import local_treatments

    assert alert_settings.local_periods(twenty_years) == [
        LocalPeriod(t.kind, site_areas(t.site), t.first_day, t.last_day) for t in local_treatments.all_treatments(twenty_years)]
    for day in DAYS:
        assert alert_settings.plan_context(twenty_years, day).drug_ids

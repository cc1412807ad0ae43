"""Which symptom series a chart shows and how a long range is thinned (no matplotlib: the
chart, its table and its summary all use these, the last two on the GUI thread)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from tracker.services.reports.data import ChartData, SymptomPoint, SymptomSeries

#: Ranges longer than this show each week's highest rating instead of every entry: daily ratings
#: over three months or a year are a tangle of crossing lines (seen in the gallery), while the
#: worst day of each week is what the patient and the clinic look for. A month or "since the last
#: visit" (usually 3–8 weeks) still shows every entry.
WEEKLY_AFTER_DAYS = 75


def weekly_highest(points: list[SymptomPoint]) -> list[SymptomPoint]:
    """The highest rating of each week (Monday to Sunday), dated on its Monday.

    Years of daily dots are unreadable (and slow to draw); the worst day of each week is
    what a clinician looks for in a long view.
    """
    weeks: dict[date, int] = {}
    for p in points:
        monday = p.when.date() - timedelta(days=p.when.weekday())
        weeks[monday] = max(weeks.get(monday, 0), p.rating)
    zone = points[0].when.tzinfo if points else None
    carers = {p.when.date() - timedelta(days=p.when.weekday()): p.carer for p in points if p.carer}
    return [SymptomPoint(datetime.combine(day, time(12), tzinfo=zone), rating, carers.get(day)) for day, rating in sorted(weeks.items())]


def pick_symptoms(data: ChartData, symptom_ids: list[str] | None) -> list[SymptomSeries]:
    """The chosen series, in the order asked. An id names one series ("fatigue" is its
    severity, "fatigue:interference" another scale); a term id with no severity series
    brings that symptom's other scales (diarrhoea rated only by how often)."""
    if symptom_ids is None:
        return list(data.symptoms)
    by_id = {s.symptom_id: s for s in data.symptoms}
    picked: list[SymptomSeries] = []
    for wanted in symptom_ids:
        found = [by_id[wanted]] if wanted in by_id else [s for s in data.symptoms if s.term_id == wanted]
        picked += [s for s in found if s not in picked]
    return picked



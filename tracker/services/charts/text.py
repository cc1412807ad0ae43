"""The text view of every chart: the same series as rows (date, what, value, unit, who
reported it) and one sentence that sums the chart up.

A screen reader reads the sentence as the chart's description and the rows as a table;
the clinic summary uses the sentence as the picture's alternative text. No matplotlib
here: the Charts view calls these on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tracker.services.charts.labels import ChartLabels
from tracker.services.charts.series import WEEKLY_AFTER_DAYS, pick_symptoms, weekly_highest
from tracker.services.reports.data import DOSE_STATUSES, ChartData, LabSeries, MeasurementSeries, ValuePoint

#: Chart kinds, as the Charts view names them; lab kinds map to their result group.
KINDS: tuple[str, ...] = ("symptoms", "measurements", "markers", "counts", "other_labs", "doses")
LAB_GROUPS: dict[str, str] = {"markers": "marker", "counts": "count", "other_labs": "other"}


@dataclass(frozen=True, slots=True)
class ChartRow:
    """One point of a chart. `day` stays a date so the table formats it in the reader's
    locale only for the rows on screen (a 20-year dose calendar has 70,000)."""

    day: date
    what: str
    value: str
    unit: str
    reported_by: str
    weekly: bool = False  # the highest rating of the week starting on `day`


def value_decimals(values: Sequence[float]) -> int:
    """Whole numbers of 10 and more print without decimals; anything else with one."""
    return 0 if all(abs(v - round(v)) < 1e-9 for v in values) and max(map(abs, values), default=0) >= 10 else 1


def chart_title(kind: str, labels: ChartLabels) -> str:
    return {
        "symptoms": labels.symptom_title, "measurements": labels.measurements_title, "markers": labels.markers_title,
        "counts": labels.counts_title, "other_labs": labels.other_labs_title, "doses": labels.doses_title,
    }[kind]


def _reporter(carer: str | None, labels: ChartLabels) -> str:
    return labels.reported_by_carer.format(name=carer) if carer else labels.reported_by_patient


def _value_series(data: ChartData, kind: str) -> list[MeasurementSeries | LabSeries]:
    if kind == "measurements":
        order = {"temperature": 0, "weight": 1}
        ranked = sorted(data.measurements, key=lambda m: (order.get(m.kind, 9), m.label))
        return list[MeasurementSeries | LabSeries](ranked)
    return [s for s in data.labs if s.group == LAB_GROUPS[kind]]


def _name(series: MeasurementSeries | LabSeries, labels: ChartLabels) -> str:
    if isinstance(series, MeasurementSeries):
        return labels.measurement_names.get(series.kind, series.label)
    return series.label


def _within(points: Sequence[ValuePoint], start: date, end: date) -> list[ValuePoint]:
    return [p for p in points if start <= p.when.date() <= end]


def chart_rows(
    data: ChartData, kind: str, *, start: date, end: date, labels: ChartLabels | None = None, symptom_ids: list[str] | None = None
) -> list[ChartRow]:
    """Every point the chart of `kind` draws between `start` and `end`, oldest first."""
    labels = labels or ChartLabels()
    rows: list[ChartRow] = []
    if kind == "symptoms":
        weekly = (end - start).days > WEEKLY_AFTER_DAYS
        for series in pick_symptoms(data, symptom_ids):
            points = [p for p in series.points if start <= p.when.date() <= end]
            if weekly:
                points = weekly_highest(points)
            rows += [ChartRow(p.when.date(), series.label, labels.rating_name(series.scale, p.rating), labels.rating_unit,
                              _reporter(p.carer, labels), weekly) for p in points]
    elif kind == "doses":
        rows = [ChartRow(d.day, d.drug, labels.dose_statuses.get(d.status, d.status), "", "") for d in data.doses if start <= d.day <= end]
    else:
        for numbers in _value_series(data, kind):
            readings = _within(numbers.points, start, end)
            decimals = value_decimals([p.value for p in readings])
            # Lab results come from the lab, not from the patient or a carer.
            lab = isinstance(numbers, LabSeries)
            rows += [ChartRow(p.when.date(), _name(numbers, labels), labels.format_number(p.value, decimals), numbers.unit,
                              "" if lab else _reporter(p.carer, labels)) for p in readings]
    rows.sort(key=lambda r: r.day)  # stable: series order kept within a day
    return rows


def _count(forms: tuple[str, str], count: int, labels: ChartLabels) -> str:
    return forms[0] if count == 1 else forms[1].format(count=labels.digits(str(count)))


def chart_summary(
    data: ChartData, kind: str, *, start: date, end: date, labels: ChartLabels | None = None, symptom_ids: list[str] | None = None,
    heading: bool = True,
) -> str:
    """One sentence: the period, then per series how many points, the range and the latest.
    Without `heading`, only what follows the period ("" when nothing was recorded): a caption
    under a chart whose title and period are already printed."""
    labels = labels or ChartLabels()
    fmt = labels.format_date
    parts: list[str] = []
    if kind == "symptoms":
        for series in pick_symptoms(data, symptom_ids):
            points = [p for p in series.points if start <= p.when.date() <= end]
            if points:
                latest = points[-1]
                parts.append(labels.summary_ratings.format(
                    label=series.label, times=_count(labels.summary_times, len(points), labels),
                    high=labels.rating_name(series.scale, max(p.rating for p in points)),
                    latest=labels.rating_name(series.scale, latest.rating), latest_date=fmt(latest.when.date())))
    elif kind == "doses":
        counts: dict[str, dict[str, int]] = {}
        for d in data.doses:
            if start <= d.day <= end:
                per_drug = counts.setdefault(d.drug, {})
                per_drug[d.status] = per_drug.get(d.status, 0) + 1
        for drug in sorted(counts):
            text = ", ".join(labels.summary_dose_count.format(status=labels.dose_statuses.get(s, s), count=labels.digits(str(counts[drug][s])))
                             for s in DOSE_STATUSES if s in counts[drug])
            parts.append(labels.summary_doses.format(drug=drug, counts=text))
    else:
        for numbers in _value_series(data, kind):
            readings = _within(numbers.points, start, end)
            if not readings:
                continue
            values = [p.value for p in readings]
            decimals = value_decimals(values)

            def with_unit(value: float, unit: str = numbers.unit, decimals: int = decimals) -> str:
                return f"{labels.format_number(value, decimals)} {unit}"

            parts.append(labels.summary_values.format(
                label=_name(numbers, labels), readings=_count(labels.summary_readings, len(readings), labels), low=with_unit(min(values)),
                high=with_unit(max(values)), latest=with_unit(readings[-1].value), latest_date=fmt(readings[-1].when.date())))
    if not heading:
        return "; ".join(parts) + "." if parts else ""
    title = chart_title(kind, labels)
    if not parts:
        return labels.summary_nothing.format(title=title, start=fmt(start), end=fmt(end))
    return labels.summary.format(title=title, start=fmt(start), end=fmt(end), parts="; ".join(parts))

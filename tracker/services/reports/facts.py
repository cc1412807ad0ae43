"""Plain facts the clinic summary states: what changed, doses not taken, symptom and lab rows.

Pure functions over `ReportData`; wording happens in the summary builder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.services.reports.data import (
    DoseDay,
    LabSeries,
    MeasurementSeries,
    ReportData,
    TreatmentBand,
    ValuePoint,
)

NOT_TAKEN = ("missed", "held", "skipped")


@dataclass(frozen=True)
class SymptomRow:
    label: str
    entries: int
    highest: int
    latest: int
    before: int | None  # highest rating in the period of the same length just before


@dataclass(frozen=True)
class LabRow:
    series: LabSeries
    point: ValuePoint
    flag: str | None  # "high" | "low" | None


def in_range(day: date, data: ReportData) -> bool:
    return data.date_from <= day <= data.date_to


def doses_not_taken(data: ReportData) -> list[DoseDay]:
    return sorted((d for d in data.charts.doses if d.status in NOT_TAKEN and in_range(d.day, data)), key=lambda d: (d.day, d.drug))


def dose_counts(data: ReportData) -> dict[str, int]:
    counts = dict.fromkeys(NOT_TAKEN, 0)
    for d in doses_not_taken(data):
        counts[d.status] += 1
    return counts


def lines_started(data: ReportData) -> list[TreatmentBand]:
    return [b for b in data.charts.bands if in_range(b.start, data)]


def lines_ended(data: ReportData) -> list[TreatmentBand]:
    return [b for b in data.charts.bands if b.end is not None and in_range(b.end, data)]


def symptom_rows(data: ReportData) -> list[SymptomRow]:
    span = data.date_to - data.date_from
    before_from = data.date_from - span
    rows = []
    for series in data.charts.symptoms:
        now = [p for p in series.points if in_range(p.when.date(), data)]
        if not now:
            continue
        before = [p.rating for p in series.points if before_from <= p.when.date() < data.date_from]
        latest = max(now, key=lambda p: p.when)
        rows.append(SymptomRow(series.label, len(now), max(p.rating for p in now), latest.rating, max(before) if before else None))
    return sorted(rows, key=lambda r: (-r.highest, r.label))


def worse_symptoms(rows: list[SymptomRow]) -> list[SymptomRow]:
    """Symptoms whose highest rating rose compared with the period before (or are new and ≥ 2)."""
    return [r for r in rows if (r.before is not None and r.highest > r.before) or (r.before is None and r.highest >= 2)]


def lab_rows(data: ReportData) -> list[LabRow]:
    rows = []
    for series in data.charts.labs:
        for p in series.points:
            if not in_range(p.when.date(), data):
                continue
            flag = None
            if series.ref_high is not None and p.value > series.ref_high:
                flag = "high"
            elif series.ref_low is not None and p.value < series.ref_low:
                flag = "low"
            rows.append(LabRow(series, p, flag))
    return sorted(rows, key=lambda r: (r.series.group != "marker", r.series.label, r.point.when))


def series_in_range(series: MeasurementSeries | LabSeries, data: ReportData) -> list[ValuePoint]:
    """The series' readings inside the report's period (value series: symptoms have ratings)."""
    return [p for p in series.points if in_range(p.when.date(), data)]


def measurement_change(data: ReportData, kind: str) -> tuple[ValuePoint, ValuePoint, str] | None:
    """First and last point of a measurement in the period, with its unit."""
    for m in data.charts.measurements:
        if m.kind == kind:
            points = sorted(series_in_range(m, data), key=lambda p: p.when)
            if points:
                return points[0], points[-1], m.unit
    return None


def highest_measurement(data: ReportData, kind: str) -> tuple[ValuePoint, str] | None:
    for m in data.charts.measurements:
        if m.kind == kind:
            points = series_in_range(m, data)
            if points:
                return max(points, key=lambda p: p.value), m.unit
    return None

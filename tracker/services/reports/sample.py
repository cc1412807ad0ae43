"""Deterministic synthetic report data (for tests and benchmarks of charts and the PDF).

Not real clinical data: plausible shapes only (lines of treatment, 28-day cycles, daily
symptom ratings, weekly weights, monthly markers) so charts have something to draw.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from tracker.services.reports.data import (
    ChartData,
    CycleStart,
    DoseDay,
    LabSeries,
    MeasurementSeries,
    Note,
    PlanStatus,
    Question,
    ReportData,
    SymptomPoint,
    SymptomSeries,
    TreatmentBand,
    ValuePoint,
)

LINE_NAMES = ("Letrozole + palbociclib", "Fulvestrant", "Capecitabine", "Paclitaxel", "Eribulin", "Trastuzumab deruxtecan")
SYMPTOMS = (("fatigue", "Fatigue"), ("nausea", "Nausea"), ("bone_pain", "Bone pain"), ("hand_foot_soreness", "Hand-foot soreness"))


def _at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def sample_chart_data(end: date, *, years: float = 1.0, seed: int = 7, symptom_names: dict[str, str] | None = None) -> ChartData:
    rng = random.Random(seed)
    start = end - timedelta(days=int(365 * years))
    days = (end - start).days
    names = symptom_names or dict(SYMPTOMS)
    # Lines of treatment: about one a year, the last still going.
    n_lines = max(1, min(len(LINE_NAMES), round(years)))
    cuts = sorted(rng.sample(range(30, days - 30), n_lines - 1)) if n_lines > 1 and days > 90 else []
    starts = [start] + [start + timedelta(days=c) for c in cuts]
    bands = [
        TreatmentBand(i + 1, LINE_NAMES[i % len(LINE_NAMES)], s, (starts[i + 1] - timedelta(days=1)) if i + 1 < len(starts) else None)
        for i, s in enumerate(starts)
    ]
    cycles: list[CycleStart] = []
    doses: list[DoseDay] = []
    for band in bands:
        last = band.end or end
        n, day = 1, band.start
        while day <= last:
            cycles.append(CycleStart(day, n))
            for k in range(21):
                dose_day = day + timedelta(days=k)
                if dose_day > last:
                    break
                status = "planned" if dose_day > end else rng.choices(("taken", "missed", "held", "skipped"), (92, 4, 2, 2))[0]
                doses.append(DoseDay(dose_day, band.name.split(" + ")[0], status))
            n, day = n + 1, day + timedelta(days=28)
    symptoms = []
    for sid, label in names.items():
        level, points = rng.uniform(0.5, 2), []
        for i in range(0, days + 1, 1 if years <= 2 else 2):
            level = min(4.0, max(0.0, level + rng.uniform(-0.5, 0.5)))
            points.append(SymptomPoint(_at(start + timedelta(days=i), 20), int(round(level))))
        symptoms.append(SymptomSeries(sid, label, tuple(points)))
    temps = tuple(ValuePoint(_at(start + timedelta(days=i), 8), round(36.6 + rng.gauss(0, 0.35), 1)) for i in range(0, days + 1, 3))
    weight, weights = 68.0, []
    for i in range(0, days + 1, 7):
        weight += rng.uniform(-0.5, 0.45)
        weights.append(ValuePoint(_at(start + timedelta(days=i), 7), round(weight, 1)))
    measurements = [
        MeasurementSeries("temperature", "Temperature", "°C", temps),
        MeasurementSeries("weight", "Weight", "kg", tuple(weights)),
    ]
    monthly = range(0, days + 1, 28)
    labs = [
        LabSeries("ca15_3", "CA 15-3", "kU/L", tuple(ValuePoint(_at(start + timedelta(days=i)), round(25 + 20 * rng.random() + i / 40, 1)) for i in monthly), None, 30.0),
        LabSeries("cea", "CEA", "µg/L", tuple(ValuePoint(_at(start + timedelta(days=i)), round(2 + 4 * rng.random(), 1)) for i in monthly), None, 5.0),
        LabSeries("neutrophils", "Neutrophils", "×10⁹/L", tuple(ValuePoint(_at(start + timedelta(days=i)), round(1.2 + 3 * rng.random(), 1)) for i in monthly), 2.0, 7.5, "count"),
        LabSeries("haemoglobin", "Haemoglobin", "g/L", tuple(ValuePoint(_at(start + timedelta(days=i)), round(105 + 25 * rng.random())) for i in monthly), 115.0, 160.0, "count"),
    ]
    appointments = [start + timedelta(days=i) for i in range(14, days, 28)]
    return ChartData(symptoms, measurements, labs, bands, cycles, doses, appointments)


def sample_report_data(end: date, *, years: float = 1.0, seed: int = 7) -> ReportData:
    charts = sample_chart_data(end, years=years, seed=seed)
    last_visit = max((d for d in charts.appointments if d < end), default=end - timedelta(days=28))
    current = charts.bands[-1]
    last_cycle = max(charts.cycles, key=lambda c: c.day)
    return ReportData(
        date_from=last_visit,
        date_to=end,
        charts=charts,
        patient_name="Alex Example",
        date_of_birth=date(1970, 5, 17),
        diagnosis=[("Receptor status", "ER+ PR+ HER2−"), ("Sites of spread", "Bone, liver")],
        plan=PlanStatus(current.number, current.name, current.start, tuple(current.name.split(" + ")), last_cycle.number, (end - last_cycle.day).days + 1, 28),
        questions=[Question("Should I keep taking calcium with my bone injection?"), Question("Is the tingling in my fingers likely to get better?")],
        notes=[Note(end - timedelta(days=5), "Felt more tired than usual in the week after cycle start.")],
        last_appointment=last_visit,
        made_on=end,
        latest_labs=[(series, max((p for p in series.points if p.when.date() <= end), key=lambda p: p.when))
                     for series in charts.labs if any(p.when.date() <= end for p in series.points)],
    )

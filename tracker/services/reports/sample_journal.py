"""Fill a journal with a deterministic, made-up history (for tests and the report benchmark).

Lines and drugs go through the plan services; diary rows, lab results and dose events are
bulk-inserted with Core (years of daily logs through the ORM would take minutes, and the
diary service rightly refuses back-filling beyond a year). Used when the larger synthetic
generator (`tracker.services.synthetic`) is not available.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert

from tracker.domain.clock import Clock
from tracker.storage.journal import OpenJournal
from tracker.storage.models.diary import DiaryLog, DiaryNote, LabResult, MeasurementEntry, SymptomEntry
from tracker.storage.models.diary import Question as QuestionRow
from tracker.storage.models.plan import Appointment, DoseEvent

LINES = (
    ("Letrozole + palbociclib", (("letrozole", {"kind": "cycle_days", "length": 28, "days": list(range(1, 29))}),
                                 ("palbociclib", {"kind": "cycle_days", "length": 28, "days": list(range(1, 22))}))),
    ("Fulvestrant", (("fulvestrant", {"kind": "cycle_days", "length": 28, "days": [1]}),)),
    ("Capecitabine", (("capecitabine", {"kind": "cycle_days", "length": 21, "days": list(range(1, 15))}),)),
    ("Paclitaxel", (("paclitaxel", {"kind": "cycle_days", "length": 28, "days": [1, 8, 15]}),)),
)
SYMPTOMS = ("fatigue", "nausea", "bone_pain", "hand_foot_soreness", "numbness_tingling")


def _utc(day: date, hour: int, clock: Clock) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=clock.zone).astimezone(UTC)


def populate(journal: OpenJournal, clock: Clock, *, days: int = 120, seed: int = 3, person_id: int | None = None) -> None:
    """Write `days` days of history ending today: lines, doses, symptoms, measurements, labs."""
    from tracker.services import plan
    from tracker.services.doses import doses_between

    rng = random.Random(seed)
    today = clock.today()
    start = today - timedelta(days=days)
    zone = getattr(clock.zone, "key", "UTC")
    now = datetime.now(UTC)
    n_lines = max(1, min(len(LINES), days // 300 + 1))
    line_days = days // n_lines
    for i in range(n_lines):
        name, drugs = LINES[i]
        line_start = start + timedelta(days=i * line_days)
        line = plan.add_line(journal, name=name, start=line_start)
        for drug_id, pattern in drugs:
            plan.add_regimen_drug(journal, line.id, drug_id=drug_id, pattern=pattern, times=[time(9)], start=line_start)
        if i < n_lines - 1:
            plan.end_line(journal, line.id, last_day=line_start + timedelta(days=line_days - 1), reason="progression")
    events = []
    for dose in doses_between(journal, start, today - timedelta(days=1)):
        status = rng.choices(("taken", "missed", "skipped", "held_by_team"), (93, 4, 2, 1))[0]
        events.append({
            "regimen_drug_id": dose.regimen_drug_id, "drug_id": dose.drug_id, "planned_date": dose.day, "slot": dose.slot,
            "status": status, "recorded_at": _utc(dose.day, 10, clock), "tz": zone, "entered_by_id": person_id, "created_at": now,
        })
    logs, ratings, measures = [], [], []
    levels = {s: rng.uniform(0.5, 2.0) for s in SYMPTOMS}
    weight = 68.0
    for i in range(days + 1):
        day = start + timedelta(days=i)
        log_id = i + 1
        logs.append({"id": log_id, "occurred_at": _utc(day, 20, clock), "tz": zone, "entered_at": _utc(day, 20, clock), "entered_by_id": person_id, "recall_days": 1})
        for s in SYMPTOMS[:3] if i % 2 else SYMPTOMS:
            levels[s] = min(4.0, max(0.0, levels[s] + rng.uniform(-0.6, 0.6)))
            ratings.append({"log_id": log_id, "term_id": s, "severity": int(round(levels[s]))})
        if i % 2 == 0:
            measures.append({"log_id": log_id, "kind": "temperature", "value": round(36.6 + rng.gauss(0, 0.35), 1), "unit": "°C"})
        if i % 7 == 0:
            weight += rng.uniform(-0.5, 0.45)
            measures.append({"log_id": log_id, "kind": "weight", "value": round(weight, 1), "unit": "kg"})
    labs = []
    for i in range(0, days + 1, 28):
        day = start + timedelta(days=i)
        # Every row carries every key: Core executemany takes its columns from the first row.
        common = {"occurred_at": _utc(day, 11, clock), "tz": zone, "entered_at": _utc(day, 18, clock), "entered_by_id": person_id,
                  "taken_on": day, "ref_low": None, "ref_high": None}
        labs.append({**common, "test": "ca15_3", "value": round(25 + 20 * rng.random() + i / 40, 1), "unit": "U/mL", "ref_high": "30"})
        labs.append({**common, "test": "cea", "value": round(2 + 4 * rng.random(), 1), "unit": "µg/L", "ref_high": "< 5"})
        labs.append({**common, "test": "neutrophils", "value": round(1.2 + 3 * rng.random(), 1), "unit": "×10⁹/L", "ref_low": "2.0", "ref_high": "7.5"})
        labs.append({**common, "test": "haemoglobin", "value": round(105 + 25 * rng.random()), "unit": "g/L", "ref_low": "115", "ref_high": "160"})
    visits = [{"kind": "clinic", "starts_at": _utc(start + timedelta(days=i), 10, clock), "tz": zone, "place": "Oncology clinic", "created_at": now}
              for i in range(27, days + 28, 28)]
    with journal.connection() as conn:
        conn.execute(insert(DiaryLog), logs)
        conn.execute(insert(SymptomEntry), ratings)
        if measures:
            conn.execute(insert(MeasurementEntry), measures)
        conn.execute(insert(LabResult), labs)
        if events:
            conn.execute(insert(DoseEvent), events)
        conn.execute(insert(Appointment), visits)
        conn.execute(insert(QuestionRow), [
            {"text": "Should I keep taking calcium with my bone injection?", "occurred_at": _utc(today - timedelta(days=3), 12, clock), "tz": zone,
             "entered_at": now, "entered_by_id": person_id, "asked": False, "answered": False},
        ])
        conn.execute(insert(DiaryNote), [
            {"text": "Felt more tired than usual in the week after the cycle started.", "occurred_at": _utc(today - timedelta(days=6), 19, clock),
             "tz": zone, "entered_at": now, "entered_by_id": person_id},
        ])

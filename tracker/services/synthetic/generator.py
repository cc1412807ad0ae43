"""Fill a journal with a seeded, made-up history of one, five or twenty years.

    summary = generate(journal, years=5, seed=1, end=date(2026, 11, 1))

The same seed, length and end date give the same diary, doses and results. Lines and drugs
go through the Plan service; the many diary, dose and clinic rows are Core bulk inserts in
one transaction (the ORM per row would take minutes for five years).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, func, insert, select

from tracker.services.synthetic.clinic_rows import ClinicBuilder
from tracker.services.synthetic.diary_rows import DiaryBuilder
from tracker.services.synthetic.journey import plan_journey
from tracker.services.synthetic.local_rows import add_local_treatments
from tracker.services.synthetic.plan_rows import dose_event_rows, infusion_regimen_ids, store_plan
from tracker.storage.journal import OpenJournal
from tracker.storage.models.base import Base

ZONE = ZoneInfo("Europe/London")
CARER_NAME, CARER_RELATION = "Chris", "partner"
CHUNK = 5000

#: progress(done, total, label) — the shape BackgroundOp's progress has.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class GenerationSummary:
    days: int
    lines: int
    regimen_drugs: int
    adjustments: int
    dose_events: int
    logs: int
    symptom_entries: int  # one per symptom per log
    symptom_ratings: int  # each rated attribute (severity, frequency, interference) counts once
    measurements: int
    lab_results: int
    scans: int
    appointments: int
    notes: int
    questions: int
    #: Radiotherapy courses and procedures (each with its days as appointments).
    local_treatments: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def _people(journal: OpenJournal) -> tuple[int | None, int | None]:
    from tracker.services import people

    everyone = people.list_people(journal)
    patient = next((p.id for p in everyone if p.is_patient), None)
    if patient is None:
        patient = people.ensure_patient(journal, journal.display_name).id
    carer = next((p.id for p in everyone if not p.is_patient), None)
    if carer is None:
        carer = people.add_carer(journal, CARER_NAME, CARER_RELATION).id
    return patient, carer


def _care_team(journal: OpenJournal) -> None:
    """Made-up numbers from the range reserved for drama (01632 960xxx), set only if empty."""
    from tracker.services import care_team

    if care_team.get_care_team(journal).has_urgent_line:
        return
    care_team.save_care_team(journal, care_team.CareTeam(
        urgent_name="Acute oncology 24-hour line", urgent_phone="01632 960001",
        contacts=[care_team.Contact("Breast care nurse", "Specialist nurse", "01632 960002"),
                  care_team.Contact("Chemotherapy day unit", "Day unit", "01632 960003")]))


def _bulk(conn: Connection, model: type[Base], rows: list[dict[str, Any]]) -> None:
    for i in range(0, len(rows), CHUNK):
        conn.execute(insert(model), rows[i:i + CHUNK])


def generate(journal: OpenJournal, *, years: float, seed: int = 1, end: date, progress: Progress | None = None) -> GenerationSummary:
    """Add `years` of history up to and including `end` to `journal` (best on a new, empty journal).

    `end` is the last day with entries; planned doses and appointments after it are left open,
    so for a demo pass yesterday and "today" has doses to tick.
    """
    from tracker.services import doses
    from tracker.storage.models import diary as d
    from tracker.storage.models import plan as p

    if years <= 0:
        raise ValueError("years must be positive")
    report = progress or (lambda done, total, label: None)
    rng = random.Random(f"treatment-journey-synthetic/{seed}")
    days = max(1, round(years * 365.25))
    start = end - timedelta(days=days - 1)
    total = days + 40
    report(0, total, "plan")

    patient_id, carer_id = _people(journal)
    _care_team(journal)
    lines = plan_journey(start, end, rng)
    plan_counts = store_plan(journal, lines, patient_id)
    local_count = add_local_treatments(journal, lines, start, end, patient_id, ZONE)
    report(5, total, "doses")
    dose_rows = dose_event_rows(journal, start, end, rng, ZONE, patient_id, carer_id)
    iv_ids = infusion_regimen_ids(lines)
    horizon = end + timedelta(weeks=8)
    infusion_days = {row["planned_date"] for row in dose_rows if row["regimen_drug_id"] in iv_ids}
    infusion_days |= {due.day for due in doses.doses_between(journal, end + timedelta(days=1), horizon)
                      if due.regimen_drug_id in iv_ids}
    report(15, total, "diary")

    with journal.connection() as conn:
        first_log = (conn.scalar(select(func.max(d.DiaryLog.id))) or 0) + 1
    diary = DiaryBuilder(rng, ZONE, lines, first_log, patient_id, carer_id)
    for offset in range(days):
        diary.day(start + timedelta(days=offset))
        if offset % 30 == 0:
            report(15 + offset, total, "diary")
    clinic = ClinicBuilder(rng, ZONE, lines, end, patient_id, carer_id)
    clinic.build(start, end, infusion_days)
    report(15 + days, total, "saving")

    with journal.connection() as conn:
        _bulk(conn, d.DiaryLog, diary.logs)
        _bulk(conn, d.SymptomEntry, diary.ratings)
        _bulk(conn, d.MeasurementEntry, diary.measurements)
        _bulk(conn, d.DiaryNote, diary.notes)
        _bulk(conn, d.LabResult, clinic.labs)
        _bulk(conn, d.Scan, clinic.scans)
        _bulk(conn, d.Question, clinic.questions)
        _bulk(conn, p.Appointment, clinic.appointments)
        _bulk(conn, p.DoseEvent, dose_rows)
    report(total, total, "done")
    return GenerationSummary(
        days=days, lines=plan_counts["lines"], regimen_drugs=plan_counts["regimen_drugs"],
        adjustments=plan_counts["adjustments"], dose_events=len(dose_rows), logs=len(diary.logs),
        symptom_entries=len(diary.ratings), symptom_ratings=diary.rating_values,
        measurements=len(diary.measurements), lab_results=len(clinic.labs), scans=len(clinic.scans),
        appointments=len(clinic.appointments), notes=len(diary.notes), questions=len(clinic.questions),
        local_treatments=local_count,
    )

"""Local treatments in the made-up journey: a radiotherapy course to the spine with a
dexamethasone course that steps down around it, and a pleural drain later on.

They go through the services (their checks apply) and are few: one course and one
procedure whatever the length, so every screen, export and benchmark meets them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from tracker.domain.clock import FixedClock
from tracker.domain.local_treatments import LocalTreatment, course_days
from tracker.services.synthetic.journey import LinePlan
from tracker.storage.journal import OpenJournal

#: Steps as a team writes them: 8 mg twice a day for 3 days, 4 mg twice a day for 3 days, 2 mg once a day for 2 days.
STEROID_TAPER = {"kind": "steps", "steps": [
    {"days": 3, "dose_text": "8 mg twice a day", "times": ["08:00", "12:00"]},
    {"days": 3, "dose_text": "4 mg twice a day", "times": ["08:00", "12:00"]},
    {"days": 2, "dose_text": "2 mg in the morning", "times": ["08:00"]},
]}


def _line_on(lines: list[LinePlan], day: date) -> LinePlan | None:
    return next((x for x in lines if x.start <= day and (x.end is None or day <= x.end)), None)


def add_local_treatments(journal: OpenJournal, lines: list[LinePlan], start: date, end: date,
                         patient_id: int | None, zone: tzinfo) -> int:
    """Add the course, its steroid taper and the drain; returns how many treatments were added."""
    from tracker.services import local_treatments, plan

    clock = FixedClock(datetime.combine(end, time(20, 0), zone), zone)
    days = (end - start).days
    stored = {line.id: line for line in plan.therapy_lines(journal)}
    by_number = {line.number: line for line in stored.values()}
    added = 0
    course_start = start + timedelta(days=max(1, days * 2 // 5))
    course = course_days(course_start, 5)
    if course[-1] <= end:
        line = _line_on(lines, course[0])
        line_row = by_number.get(line.number) if line is not None else None
        line_id = line_row.id if line_row is not None and line_row.start <= course[0] else None
        local_treatments.add(journal, clock, LocalTreatment(
            kind="radiotherapy", site="lower spine (L2–L4)", days=course, aim="pain relief",
            dose_text="20 Gy in 5 fractions", notes="Planning scan a week before; tattoo dots on the back.",
            line_id=line_id, at=time(10, 30)), entered_by_id=patient_id)
        added += 1
        if line_id is not None:
            plan.add_regimen_drug(journal, line_id, drug_id="dexamethasone", display_name="Dexamethasone",
                                  pattern=STEROID_TAPER, times=["08:00", "12:00"], start=course[0], route="oral",
                                  notes="Steroid course around the radiotherapy, stepping down.",
                                  entered_by_id=patient_id)
    drain_day = start + timedelta(days=max(2, days * 3 // 4))
    if drain_day <= end and drain_day != course_start:
        local_treatments.add(journal, clock, LocalTreatment(
            kind="procedure", procedure_kind="pleural_drain", site="right lung", days=(drain_day,),
            aim="relieve breathlessness", notes="Day case; 1.2 litres drained.", at=time(9, 0)),
            entered_by_id=patient_id)
        added += 1
    return added

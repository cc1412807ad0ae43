"""Store the journey's lines through the Plan service, then make the dose records.

Lines, drugs and the team's adjustments are few, so they go through the Plan service (its
checks apply). Dose events are many, so they are built as plain rows for a bulk insert,
from the same schedule engine the app uses: every planned dose day is one the app shows.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tracker.services.synthetic.journey import BONE_AGENT, CALCIUM_D, VITAMIN_D, DrugPlan, LinePlan
from tracker.storage.journal import OpenJournal

EVERY_12_WEEKS = {"kind": "interval", "every": 12, "unit": "weeks"}

#: (drug id, days into the line, adjustment) the team made: a dose reduction and a delay.
ADJUSTMENTS: dict[str, list[tuple[int, dict[str, Any]]]] = {
    "palbociclib": [(84, {"kind": "reduce", "dose_text": "100 mg once a day, days 1-21"}),
                    (56, {"kind": "delay", "days": 7})],
    "capecitabine": [(63, {"kind": "reduce", "dose_text": "1300 mg twice a day, days 1-14"}),
                     (105, {"kind": "delay", "days": 7})],
    "trastuzumab_deruxtecan": [(84, {"kind": "delay", "days": 7})],
    "eribulin": [(43, {"kind": "hold"})],
}


def _drugs_for(line: LinePlan) -> list[DrugPlan]:
    drugs = list(line.template.drugs) + [CALCIUM_D, VITAMIN_D]
    if line.number == 1:
        drugs.append(BONE_AGENT)
    else:
        drugs.append(DrugPlan(BONE_AGENT.drug_id, BONE_AGENT.name, BONE_AGENT.dose_text, BONE_AGENT.route,
                              EVERY_12_WEEKS, BONE_AGENT.times, offset_days=14))
    return drugs


def store_plan(journal: OpenJournal, lines: list[LinePlan], patient_id: int | None) -> dict[str, int]:
    """Add lines, drugs and adjustments through the Plan service; returns counts."""
    from tracker.services import plan

    counts = {"lines": 0, "regimen_drugs": 0, "adjustments": 0}
    for line in lines:
        stored = plan.add_line(journal, name=line.template.name, start=line.start, number=line.number,
                               entered_by_id=patient_id)
        counts["lines"] += 1
        for drug in _drugs_for(line):
            start = line.start + timedelta(days=drug.offset_days)
            end = line.end
            if drug.duration_days is not None:
                own_end = start + timedelta(days=drug.duration_days - 1)
                end = own_end if end is None else min(end, own_end)
            if line.end is not None and start > line.end:
                continue
            info = plan.add_regimen_drug(
                journal, stored.id, drug_id=drug.drug_id, pattern=drug.pattern, times=list(drug.times), start=start,
                display_name=drug.name, dose_text=drug.dose_text, route=drug.route, end=end,
                entered_by_id=patient_id)
            line.regimen_ids.setdefault(drug.name, info.id)
            counts["regimen_drugs"] += 1
            for offset, change in ADJUSTMENTS.get(drug.drug_id, ()):
                effective = line.start + timedelta(days=offset)
                if line.end is not None and effective > line.end:
                    continue
                plan.add_adjustment(journal, info.id, effective=effective, entered_by_id=patient_id,
                                    notes="Team decision at clinic", **change)
                counts["adjustments"] += 1
        if line.end is not None:
            plan.end_line(journal, stored.id, last_day=line.end, reason=line.end_reason)
    return counts


def infusion_regimen_ids(lines: list[LinePlan]) -> set[int]:
    """Regimen drugs given in the day unit (each dose is also an appointment)."""
    ids = set()
    for line in lines:
        routes = {drug.name: drug.route for drug in _drugs_for(line)}
        ids |= {rid for name, rid in line.regimen_ids.items() if routes.get(name) == "intravenous"}
    return ids


def dose_event_rows(journal: OpenJournal, start: date, end: date, rng: random.Random, zone: ZoneInfo,
                    patient_id: int | None, carer_id: int | None) -> list[dict[str, Any]]:
    """One dose event per planned dose up to `end`: mostly taken, a few missed or skipped."""
    from tracker.services import doses

    rows = []
    for due in doses.doses_between(journal, start, end):
        if due.held_by_plan:
            status = doses.HELD
        else:
            roll = rng.random()
            status = doses.TAKEN if roll < 0.955 else doses.MISSED if roll < 0.98 else doses.SKIPPED
        local = datetime.combine(due.day, due.at or time(9, 0), tzinfo=zone) + timedelta(minutes=rng.randint(0, 75))
        if local.date() != due.day:
            local = datetime.combine(due.day, time(23, 30), tzinfo=zone)
        recorded = local.astimezone(UTC)
        rows.append({
            "regimen_drug_id": due.regimen_drug_id, "drug_id": due.drug_id, "planned_date": due.day,
            "slot": due.slot, "status": status, "recorded_at": recorded, "tz": zone.key,
            "note": "Felt too sick to take it" if status == doses.SKIPPED and rng.random() < 0.3 else None,
            "entered_by_id": carer_id if carer_id is not None and rng.random() < 0.15 else patient_id,
            "created_at": recorded,
        })
    return rows

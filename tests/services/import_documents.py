"""A small journal with a little of everything, made through the services (as the forms do),
and helpers to edit its JSON export by table, row and column name."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tracker.domain.clock import FixedClock

LONDON = ZoneInfo("Europe/London")
CLOCK = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=LONDON))
PASS = "correct horse battery staple"


def fill(journal, clock: FixedClock = CLOCK) -> None:
    """Two lines (the first ended by progression), a cycle drug with a delay, a daily drug,
    marked doses, an appointment, symptom logs with measurements, a lab, a scan, a question
    and a note; a carer entered some of it."""
    from tracker.domain.measurements import Measurement
    from tracker.domain.symptoms import SymptomRating
    from tracker.services import appointments, diary, doses, labs, people, plan, questions, settings

    carer = people.add_carer(journal, "Sam", "partner")
    settings.set(journal, "backups.automatic", False)
    today = clock.today()
    first = plan.add_line(journal, name="Letrozole and palbociclib", start=today - timedelta(days=120))
    palbo = plan.add_regimen_drug(journal, first.id, drug_id="palbociclib", start=first.start,
                                  pattern={"kind": "cycle_days", "length": 28, "days": list(range(1, 22))},
                                  times=["08:00"], dose_text="125 mg")
    plan.add_regimen_drug(journal, first.id, drug_id="letrozole", start=first.start,
                          pattern={"kind": "interval", "every": 1, "unit": "days"}, times=["08:00"])
    plan.add_adjustment(journal, palbo.id, kind="delay", effective=first.start + timedelta(days=56), days=7)
    plan.end_line(journal, first.id, last_day=today - timedelta(days=30), reason="progression")
    second = plan.add_line(journal, name="Fulvestrant", start=today - timedelta(days=29))
    fulv = plan.add_regimen_drug(journal, second.id, drug_id="custom", display_name="Fulvestrant (trial)",
                                 start=second.start, times=["10:00", "20:00"],
                                 pattern={"kind": "loading", "days": [1, 15, 29], "every": 28, "unit": "days"})
    doses.record(journal, clock, (palbo.id, first.start, 0), "taken", entered_by_id=None,
                 at=datetime.combine(first.start, time(9), tzinfo=LONDON))
    doses.record(journal, clock, (fulv.id, second.start, 1), "missed", entered_by_id=carer.id, note="asleep")
    appointments.add(journal, kind="clinic", starts_at=datetime.combine(today + timedelta(days=3), time(11), tzinfo=LONDON),
                     place="Clinic 4")
    for i in range(3):
        diary.log_symptoms(journal, [SymptomRating("nausea", severity=i), SymptomRating("diarrhoea", frequency=2),
                                     Measurement("temperature", 37.0 + i / 2, "°C")],
                           entered_by=carer.id if i else None, occurred_at=clock.now() - timedelta(days=i * 3),
                           clock=clock, note=f"note {i}")
    labs.add_lab_result(journal, labs.LabInput("calcium", 2.4, "mmol/L", today - timedelta(days=5), "2.2", "2.6"),
                        None, clock)
    labs.add_lab_result(journal, labs.LabInput("ca15_3", 41.0, "kU/L", today - timedelta(days=5)), None, clock)
    labs.add_scan(journal, labs.ScanInput("CT", today - timedelta(days=31), "Some growth"), None, clock)
    questions.add_question(journal, "Can I travel?", None, clock)
    questions.add_note(journal, "Tired after the walk.", None, clock.now() - timedelta(hours=2), clock)


def build(journal, clock: FixedClock = CLOCK) -> dict[str, Any]:
    from tracker.services.exports.json_export import build_export

    fill(journal, clock)
    return json.loads(json.dumps(build_export(journal, clock=clock)))


def rows(document: dict[str, Any], table: str) -> list[dict[str, Any]]:
    block = document["tables"][table]
    return [dict(zip(block["columns"], row, strict=True)) for row in block["rows"]]


def with_value(document: dict[str, Any], table: str, row: int, column: str, value: Any) -> dict[str, Any]:
    """A copy of `document` with one value changed (`row` 0-based)."""
    changed = copy.deepcopy(document)
    block = changed["tables"][table]
    block["rows"][row][block["columns"].index(column)] = value
    return changed


def row_index(document: dict[str, Any], table: str, **match: Any) -> int:
    for index, row in enumerate(rows(document, table)):
        if all(row.get(k) == v for k, v in match.items()):
            return index
    raise LookupError(f"{table} {match}")


def day(value: date) -> str:
    return value.isoformat()

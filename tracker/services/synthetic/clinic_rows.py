"""Clinic rows for a made-up journey: blood results, scans, appointments and questions.

Tumour markers fall after a line starts and climb in the months before it stops working;
blood counts dip on CDK4/6 inhibitors and chemotherapy. Values and reference ranges are
written the way they appear on a lab report (the app copies, it never interprets).
"""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tracker.services.synthetic.journey import LinePlan, line_on

# test id -> (unit, ref_low, ref_high, usual value)
LABS = {
    "ca15_3": ("U/mL", None, "30", 24.0),
    "cea": ("µg/L", None, "5", 3.0),
    "haemoglobin": ("g/L", "115", "165", 128.0),
    "white_cells": ("×10⁹/L", "4.0", "11.0", 6.2),
    "neutrophils": ("×10⁹/L", "2.0", "7.5", 3.8),
    "platelets": ("×10⁹/L", "150", "400", 250.0),
}
QUESTIONS = (
    ("Can I have my flu jab during this treatment?", "Yes, between cycles; the nurse will book it."),
    ("Is the pain in my hip from the cancer?", "The scan will show; regular painkillers meanwhile."),
    ("Can we go on holiday in August?", "Yes, plan around the infusion dates."),
    ("Should I see a dentist before the bone infusions?", "Yes, a check-up first is advised."),
    ("What do the marker results mean?", "They are one clue among several; the scan matters more."),
    ("Who do I call at the weekend if I get a temperature?", "The 24-hour line, any time."),
    ("Can I keep working part time?", "Many people do; see how the first cycles go."),
    ("Are there any trials I could join?", "The team will check at the next review."),
)
SCAN_STABLE = ("No new areas; bone areas unchanged.", "Stable disease.", "Some areas smaller than last time.")
SCAN_GROWTH = "Some growth in the liver; the team discussed changing treatment."


def _noon(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(12, 0), tzinfo=zone).astimezone(UTC)


def _at(day: date, hour: int, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=zone).astimezone(UTC)


def _marker_factor(lines: list[LinePlan], day: date) -> float:
    """1.0 = usual. On each line the level falls from where the last line left it to a floor,
    and climbs in the last months before the line stops working; between lines it stays."""
    level = 1.6  # raised at diagnosis
    for line in lines:
        if day < line.start:
            break
        floor = 0.9 + 0.12 * (line.number - 1)
        last = line.end or day
        d = (min(day, last) - line.start).days
        value = floor + (level - floor) * math.exp(-d / 35)
        if line.end is not None:
            x = d / max(1, (line.end - line.start).days)
            value *= math.exp(max(0.0, x - 0.7) * 7)
        level = value
        if line.end is None or day <= line.end:
            break
    return level


class ClinicBuilder:
    def __init__(self, rng: random.Random, zone: ZoneInfo, lines: list[LinePlan], end: date,
                 patient_id: int | None, carer_id: int | None) -> None:
        self.rng, self.zone, self.lines, self.end = rng, zone, lines, end
        self.patient_id, self.carer_id = patient_id, carer_id
        self.labs: list[dict[str, Any]] = []
        self.scans: list[dict[str, Any]] = []
        self.appointments: list[dict[str, Any]] = []
        self.questions: list[dict[str, Any]] = []

    def _by(self) -> int | None:
        return self.carer_id if self.carer_id is not None and self.rng.random() < 0.2 else self.patient_id

    def _timed(self, when: datetime) -> dict[str, Any]:
        return {"occurred_at": when, "tz": self.zone.key, "entered_at": when + timedelta(hours=self.rng.randint(1, 30)),
                "entered_by_id": self._by(), "deleted_at": None}

    def _appointment(self, kind: str, when: datetime, place: str) -> None:
        self.appointments.append({"kind": kind, "starts_at": when, "tz": self.zone.key, "place": place,
                                  "notes": None, "entered_by_id": self._by(), "created_at": when - timedelta(days=14),
                                  "deleted_at": None})

    def build(self, start: date, end: date, infusion_days: set[date]) -> None:
        """Rows for [start, end]; appointments also for the next 8 weeks (the Today view shows them)."""
        horizon = end + timedelta(weeks=8)
        clinic = start + timedelta(days=2)
        asked = 0
        while clinic <= horizon:
            while clinic.weekday() >= 5:
                clinic += timedelta(days=1)
            line = line_on(self.lines, clinic)
            blood_day = clinic - timedelta(days=1)
            self._appointment("blood_test", _at(blood_day, 9, self.zone), "Outpatient phlebotomy")
            self._appointment("clinic", _at(clinic, 14, self.zone), "Oncology clinic")
            if clinic <= end:
                self._labs(blood_day, line)
                if self.rng.random() < 0.6:
                    question, answer = QUESTIONS[asked % len(QUESTIONS)]
                    asked += 1
                    answered = (end - clinic).days > 35
                    self.questions.append(self._timed(_at(clinic - timedelta(days=self.rng.randint(2, 9)), 19, self.zone))
                                          | {"text": question, "asked": answered, "answered": answered,
                                             "answer": answer if answered else None})
            clinic += timedelta(days=28)
        for day in sorted(infusion_days):
            if day <= horizon:
                self._appointment("infusion", _at(day, 10, self.zone), "Chemotherapy day unit")
        self._scans(start, end, horizon)

    def _labs(self, day: date, line: LinePlan | None) -> None:
        marker = _marker_factor(self.lines, day)
        suppress = 1.0
        if line is not None and (line.template.chemo or "palbociclib" in line.template.name.lower()):
            suppress = 0.62
        for test, (unit, low, high, usual) in LABS.items():
            if test in ("ca15_3", "cea"):
                value = usual * marker * self.rng.uniform(0.9, 1.1)
            elif test in ("white_cells", "neutrophils"):
                value = usual * suppress * self.rng.uniform(0.8, 1.2)
            else:
                value = usual * (0.93 if suppress < 1 else 1.0) * self.rng.uniform(0.92, 1.08)
            digits = 0 if test in ("haemoglobin", "platelets") else 1
            self.labs.append(self._timed(_noon(day, self.zone)) | {
                "test": test, "test_label": None, "value": round(value, digits), "unit": unit,
                "ref_low": low, "ref_high": high, "taken_on": day, "note": None})

    def _scans(self, start: date, end: date, horizon: date) -> None:
        for line in self.lines:
            day = line.start + timedelta(days=84)
            last = line.end or horizon
            while day <= min(last, end):
                near_end = line.end is not None and (line.end - day).days < 45
                summary = SCAN_GROWTH if near_end else self.rng.choice(SCAN_STABLE)
                self.scans.append(self._timed(_at(day, 15, self.zone)) | {
                    "scan_type": "CT scan (chest, abdomen and pelvis)", "done_on": day, "result_summary": summary})
                self._appointment("scan", _at(day, 8, self.zone), "Radiology")
                if ((day - line.start).days // 84) % 2 == 0:
                    self.scans.append(self._timed(_at(day, 16, self.zone)) | {
                        "scan_type": "Bone scan", "done_on": day, "result_summary": "Known bone areas, no new ones."})
                day += timedelta(days=84)
            if line.end is not None and line.end + timedelta(days=5) <= end:
                day = line.end + timedelta(days=5)
                self.scans.append(self._timed(_at(day, 15, self.zone)) | {
                    "scan_type": "CT scan (chest, abdomen and pelvis)", "done_on": day, "result_summary": SCAN_GROWTH})
        next_scan = end + timedelta(days=self.rng.randint(10, 40))
        if next_scan <= horizon:
            self._appointment("scan", _at(next_scan, 8, self.zone), "Radiology")

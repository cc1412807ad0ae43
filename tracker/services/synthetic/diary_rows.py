"""Diary rows for a made-up journey: symptom logs with ratings, measurements and notes.

Most days have a morning and an evening log rating the symptoms this person keeps an eye
on (the current line's side effects, the illness's own symptoms, a few more); every week
a check-in rates every symptom and records weight and temperature. Ratings follow the
line's side effects, rise in the first days of a chemotherapy cycle and drift up (pain)
as a line stops working. All ratings are patient-reported 0-4.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tracker.domain import symptoms
from tracker.services.synthetic.journey import BACKGROUND, LinePlan, line_on

NOTES = (
    "Walked to the park and back.", "Bad night, up at 3.", "Clinic ran late, very tired.",
    "Good day, saw friends for lunch.", "Mouth sore after breakfast.", "Feet tender in new shoes.",
    "Felt sick in the afternoon, ate little.", "Slept most of the day.", "Garden for half an hour.",
    "Hot flushes kept me awake.", "Worried about the scan next week.", "Pain better with regular tablets.",
)
#: Terms anyone might rate now and then, beyond the ones being followed.
OCCASIONAL = ("headache", "dizziness", "constipation", "taste_changes", "itching", "dry_eyes", "muscle_pain",
              "nail_changes", "swelling", "cough")


def _local(day: date, hour: float, zone: ZoneInfo) -> datetime:
    minutes = int(hour * 60)
    return datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=zone).astimezone(UTC)


class DiaryBuilder:
    """Accumulates rows for the diary tables; ids are assigned here so children can refer to them."""

    def __init__(self, rng: random.Random, zone: ZoneInfo, lines: list[LinePlan], first_log_id: int,
                 patient_id: int | None, carer_id: int | None) -> None:
        self.rng, self.zone, self.lines = rng, zone, lines
        self.patient_id, self.carer_id = patient_id, carer_id
        self.next_id = first_log_id
        self.terms = {t.id: t for t in symptoms.terms()}
        self.logs: list[dict[str, Any]] = []
        self.ratings: list[dict[str, Any]] = []
        self.measurements: list[dict[str, Any]] = []
        self.notes: list[dict[str, Any]] = []
        self.rating_values = 0
        self.weight = 68.0 + rng.uniform(-6, 6)
        #: How each symptom feels today: follows the usual level slowly, so ratings persist
        #: from day to day the way real ones do instead of jumping about at random.
        self.state: dict[str, float] = {}

    # -- one day ----------------------------------------------------------------------
    def day(self, day: date) -> None:
        line = line_on(self.lines, day)
        level = self._levels(day, line)
        for term_id in self.terms:
            now = self.state.get(term_id, level.get(term_id, 0.0))
            target = level.get(term_id, 0.0)
            self.state[term_id] = max(-0.4, now + 0.15 * (target - now) + self.rng.gauss(0, 0.12))
        followed = self._followed(line)
        if self.rng.random() < 0.9:
            self._log(day, self.rng.uniform(7.5, 10.5), followed, recall=1)
        if self.rng.random() < 0.82:
            log_id = self._log(day, self.rng.uniform(19.0, 22.5), followed, recall=1)
            if line is not None and line.template.chemo and self.rng.random() < 0.004:
                self._measure(log_id, "temperature", round(self.rng.uniform(38.0, 38.9), 1), "°C")
        if day.weekday() == 6:
            log_id = self._log(day, self.rng.uniform(11.0, 13.0), tuple(self.terms), recall=7)
            self.weight += self.rng.gauss(-0.03 if line and line.template.chemo else 0.01, 0.35)
            self._measure(log_id, "weight", round(self.weight, 1), "kg")
            self._measure(log_id, "temperature", round(self.rng.gauss(36.7, 0.25), 1), "°C")
        if self.rng.random() < 0.14:
            when = _local(day, self.rng.uniform(12, 21), self.zone)
            self.notes.append(self._timed(when) | {"text": self.rng.choice(NOTES)})

    def _followed(self, line: LinePlan | None) -> tuple[str, ...]:
        chosen = dict.fromkeys(BACKGROUND)
        if line is not None:
            chosen.update(dict.fromkeys(line.template.effects))
        chosen.update(dict.fromkeys(self.rng.sample(OCCASIONAL, 2)))
        return tuple(chosen)

    def _levels(self, day: date, line: LinePlan | None) -> dict[str, float]:
        level = dict(BACKGROUND)
        if line is None:
            return level
        for term_id, value in line.template.effects.items():
            level[term_id] = max(level.get(term_id, 0.0), value)
        day_in_line = (day - line.start).days
        if line.template.cycle and (day_in_line % line.template.cycle) < 5:
            for term_id in ("nausea", "fatigue", "appetite_loss", "vomiting"):
                level[term_id] = level.get(term_id, 0.0) + 1.0
        if line.end is not None and (line.end - day).days < 60:
            for term_id in ("bone_pain", "back_pain", "fatigue"):
                level[term_id] = level.get(term_id, 0.0) + 0.8
        if day_in_line < 21:  # settling in to a new treatment
            level["anxiety"] = level.get("anxiety", 0.0) + 0.8
        return level

    # -- rows -------------------------------------------------------------------------
    def _timed(self, when: datetime) -> dict[str, Any]:
        by_carer = self.carer_id is not None and self.rng.random() < 0.15
        return {"occurred_at": when, "tz": self.zone.key,
                "entered_at": when + timedelta(minutes=self.rng.randint(0, 40)),
                "entered_by_id": self.carer_id if by_carer else self.patient_id, "deleted_at": None}

    def _rate(self, base: float, noise: float = 0.1) -> int:
        return max(0, min(4, round(base + self.rng.gauss(0, noise))))

    def _log(self, day: date, hour: float, term_ids: Iterable[str], *, recall: int) -> int:
        log_id = self.next_id
        self.next_id += 1
        note = self.rng.choice(NOTES) if self.rng.random() < 0.06 else None
        self.logs.append({"id": log_id, **self._timed(_local(day, hour, self.zone)), "recall_days": recall,
                          "note": note})
        for term_id in term_ids:
            term = self.terms.get(term_id)
            if term is None:
                continue
            severity = self._rate(self.state.get(term_id, 0.0))
            values: dict[str, int | None] = {"severity": None, "frequency": None, "interference": None}
            for attribute in term.attributes:
                if attribute == "severity":
                    values[attribute] = severity
                elif attribute == "frequency":
                    values[attribute] = self._rate(severity * 0.9)
                elif self.rng.random() < 0.8:
                    values[attribute] = self._rate(max(0.0, severity - 0.7))
            self.rating_values += sum(v is not None for v in values.values())
            self.ratings.append({"log_id": log_id, "term_id": term_id, **values, "location": None, "note": None})
        return log_id

    def _measure(self, log_id: int, kind: str, value: float, unit: str) -> None:
        self.measurements.append({"log_id": log_id, "kind": kind, "value": value, "unit": unit, "label": None})

"""The shape of a made-up treatment journey: which lines, when, and how each one feels.

Made up, but shaped like a real course of hormone-receptor-positive secondary breast cancer
treated over years: endocrine therapy with a CDK4/6 inhibitor first, then fulvestrant with
alpelisib, then chemotherapy tablets, then an antibody-drug conjugate, then infusion
chemotherapy; a bone-strengthening infusion throughout; supportive medicines alongside.
Longer journeys repeat the later kinds of line with longer durations. Doses are written as
text copied from a plan, as a patient would; nothing here is advice.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

DAILY = {"kind": "interval", "every": 1, "unit": "days"}


def cycle_days(length: int, days: Iterable[int]) -> dict[str, Any]:
    return {"kind": "cycle_days", "length": length, "days": list(days)}


@dataclass(frozen=True)
class DrugPlan:
    drug_id: str  # catalog id, or "custom"
    name: str
    dose_text: str
    route: str
    pattern: dict[str, Any]
    times: tuple[str, ...]
    #: Days after the line starts that this drug starts, and how long it lasts (None: the whole line).
    offset_days: int = 0
    duration_days: int | None = None


@dataclass(frozen=True)
class LineTemplate:
    name: str
    months: float  # typical length before it stops working
    chemo: bool
    drugs: tuple[DrugPlan, ...]
    #: Side effects this line brings: symptom id -> usual severity (0-4).
    effects: dict[str, float]
    #: Cycle length for "worse in the first days of a cycle" (chemotherapy), or None.
    cycle: int | None = None
    end_reason: str = "progression"


@dataclass
class LinePlan:
    number: int
    template: LineTemplate
    start: date
    end: date | None  # last day; None while ongoing
    end_reason: str | None
    #: Set by the generator once the line is stored: drug plan -> regimen_drugs id.
    regimen_ids: dict[str, int] = field(default_factory=dict)


PARACETAMOL = DrugPlan("custom", "Paracetamol", "1 g four times a day", "oral", DAILY,
                       ("08:00", "12:00", "16:00", "22:00"))
MORPHINE_MR = DrugPlan("custom", "Morphine slow-release", "10 mg twice a day", "oral", DAILY, ("08:00", "20:00"))
LAXATIVE = DrugPlan("custom", "Laxative (macrogol)", "1 sachet at night", "oral", DAILY, ("21:00",))
OMEPRAZOLE = DrugPlan("custom", "Omeprazole", "20 mg once a day", "oral", DAILY, ("08:00",))
GABAPENTIN = DrugPlan("custom", "Gabapentin", "300 mg three times a day", "oral", DAILY, ("08:00", "14:00", "22:00"))
ANTISICKNESS = DrugPlan("custom", "Anti-sickness tablets", "1 tablet twice a day, days 1-3", "oral",
                        cycle_days(21, (1, 2, 3)), ("08:00", "20:00"))

LINES: tuple[LineTemplate, ...] = (
    LineTemplate(
        "Letrozole + palbociclib", 22, False,
        (
            DrugPlan("letrozole", "Letrozole", "2.5 mg once a day", "oral", DAILY, ("08:00",)),
            DrugPlan("palbociclib", "Palbociclib", "125 mg once a day, days 1-21", "oral",
                     cycle_days(28, range(1, 22)), ("08:00",)),
        ),
        {"fatigue": 1.6, "joint_pain": 1.4, "hot_flushes": 1.5, "hair_loss": 0.7, "mouth_sores": 0.6,
         "nausea": 0.5, "vaginal_dryness": 0.8},
        cycle=28,
    ),
    LineTemplate(
        "Fulvestrant + alpelisib", 11, False,
        (
            DrugPlan("fulvestrant", "Fulvestrant", "500 mg (two injections)", "intramuscular",
                     {"kind": "loading", "days": [1, 15, 29], "every": 28, "unit": "days"}, ("10:00",)),
            DrugPlan("alpelisib", "Alpelisib", "300 mg once a day with food", "oral", DAILY, ("09:00",)),
            DrugPlan("custom", "Metformin", "500 mg twice a day", "oral", DAILY, ("09:00", "18:00")),
            DrugPlan("custom", "Cetirizine", "10 mg once a day", "oral", DAILY, ("21:00",), duration_days=56),
            PARACETAMOL, OMEPRAZOLE,
        ),
        {"diarrhoea": 1.3, "rash": 1.2, "thirst_high_sugar": 1.4, "appetite_loss": 1.2, "nausea": 1.0,
         "fatigue": 1.5, "mouth_sores": 1.0, "bone_pain": 1.2},
    ),
    LineTemplate(
        "Capecitabine", 9, True,
        (
            DrugPlan("capecitabine", "Capecitabine", "1650 mg twice a day, days 1-14", "oral",
                     cycle_days(21, range(1, 15)), ("08:00", "20:00")),
            DrugPlan("custom", "Anti-sickness tablets", "10 mg up to three times a day, days 1-14", "oral",
                     cycle_days(21, range(1, 15)), ("08:00", "14:00", "20:00")),
            PARACETAMOL, OMEPRAZOLE,
        ),
        {"hand_foot_soreness": 2.0, "diarrhoea": 1.4, "fatigue": 1.9, "nausea": 1.3, "mouth_sores": 1.2,
         "appetite_loss": 1.3, "bone_pain": 1.3},
        cycle=21,
    ),
    LineTemplate(
        "Trastuzumab deruxtecan", 8, True,
        (
            DrugPlan("trastuzumab_deruxtecan", "Trastuzumab deruxtecan", "5.4 mg/kg infusion every 3 weeks",
                     "intravenous", cycle_days(21, (1,)), ("10:00",)),
            ANTISICKNESS, PARACETAMOL, MORPHINE_MR, LAXATIVE, OMEPRAZOLE,
        ),
        {"nausea": 2.1, "fatigue": 2.2, "hair_loss": 1.8, "vomiting": 1.0, "appetite_loss": 1.7,
         "constipation": 1.4, "cough": 0.8, "breathlessness": 0.9, "bone_pain": 1.5},
        cycle=21,
    ),
    LineTemplate(
        "Eribulin", 6, True,
        (
            DrugPlan("eribulin", "Eribulin", "1.23 mg/m² infusion, days 1 and 8", "intravenous",
                     cycle_days(21, (1, 8)), ("10:00",)),
            ANTISICKNESS, PARACETAMOL, MORPHINE_MR, LAXATIVE, OMEPRAZOLE, GABAPENTIN,
        ),
        {"numbness_tingling": 2.0, "fatigue": 2.4, "hair_loss": 2.3, "fever_chills": 0.6, "nausea": 1.3,
         "constipation": 1.5, "bone_pain": 1.8, "weakness_limbs": 1.0},
        cycle=21,
    ),
    LineTemplate(
        "Sacituzumab govitecan", 6, True,
        (
            DrugPlan("sacituzumab_govitecan", "Sacituzumab govitecan", "10 mg/kg infusion, days 1 and 8",
                     "intravenous", cycle_days(21, (1, 8)), ("10:00",)),
            ANTISICKNESS, PARACETAMOL, MORPHINE_MR, LAXATIVE, OMEPRAZOLE, GABAPENTIN,
        ),
        {"diarrhoea": 2.0, "nausea": 1.8, "fatigue": 2.3, "hair_loss": 2.0, "fever_chills": 0.7,
         "bone_pain": 1.8, "appetite_loss": 1.6},
        cycle=21,
    ),
    LineTemplate(
        "Exemestane + everolimus", 7, False,
        (
            DrugPlan("exemestane", "Exemestane", "25 mg once a day", "oral", DAILY, ("08:00",)),
            DrugPlan("everolimus", "Everolimus", "10 mg once a day", "oral", DAILY, ("08:00",)),
            DrugPlan("custom", "Steroid mouthwash", "10 ml four times a day", "mouth rinse", DAILY,
                     ("08:00", "12:00", "17:00", "22:00"), duration_days=56),
            PARACETAMOL, MORPHINE_MR, LAXATIVE, OMEPRAZOLE, GABAPENTIN,
        ),
        {"mouth_sores": 2.0, "fatigue": 1.8, "rash": 1.0, "cough": 0.9, "swelling": 0.8, "bone_pain": 1.6,
         "hot_flushes": 1.0},
    ),
)

#: All through the journey (from the first line): bone-strengthening infusions and supplements.
BONE_AGENT = DrugPlan("zoledronic_acid", "Zoledronic acid", "4 mg infusion", "intravenous",
                      {"kind": "step_down", "first_every": 4, "first_unit": "weeks", "count": 3,
                       "then_every": 12, "then_unit": "weeks"}, ("11:00",))
CALCIUM_D = DrugPlan("custom", "Calcium and vitamin D", "1 tablet twice a day", "oral", DAILY, ("08:00", "20:00"))
VITAMIN_D = DrugPlan("custom", "Vitamin D", "1000 units once a day", "oral", DAILY, ("08:00",))

#: Symptoms of the illness itself, whatever the line (usual severity).
BACKGROUND = {"fatigue": 1.0, "bone_pain": 0.9, "sleep_problems": 1.0, "anxiety": 1.1, "low_mood": 0.8,
              "back_pain": 0.3, "appetite_loss": 0.3, "memory_concentration": 0.7}


def plan_journey(start: date, end: date, rng: random.Random) -> list[LinePlan]:
    """Lines covering [start, end]; the last one is still going at `end`."""
    total_days = (end - start).days
    # How many lines fit, and how much longer than usual each lasts on a long journey.
    typical_days = [t.months * 30.4 for t in LINES]
    count, covered = 0, 0.0
    while count < len(LINES) and covered < total_days:
        covered += typical_days[count]
        count += 1
    templates = list(LINES[:count])
    scale = max(1.0, total_days / sum(typical_days[:count]) * 1.05) if count == len(LINES) else 1.0
    plans: list[LinePlan] = []
    day = start
    for number, template in enumerate(templates, start=1):
        length = int(template.months * 30.4 * scale * rng.uniform(0.8, 1.2))
        last = day + timedelta(days=max(length, 42) - 1)
        final = number == len(templates) or last >= end
        if final:
            plans.append(LinePlan(number, template, day, None, None))
            break
        reason = "side_effects" if rng.random() < 0.15 else template.end_reason
        plans.append(LinePlan(number, template, day, last, reason))
        day = last + timedelta(days=rng.randint(7, 21))  # scans, results, a decision
        if day >= end:
            break
    return plans


def line_on(plans: list[LinePlan], day: date) -> LinePlan | None:
    for plan in plans:
        if plan.start <= day and (plan.end is None or day <= plan.end):
            return plan
    return None

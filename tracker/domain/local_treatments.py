"""Local treatments: radiotherapy courses, stereotactic treatment, surgery and procedures.

A local treatment treats one place in the body (a painful bone, the brain, fluid around a
lung). A course of radiotherapy is its list of treatment days; surgery and most procedures
are one day. The site and the aim are the patient's words; the dose and fractions are text
copied from the letter and never computed. Pure standard library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import lru_cache

from tracker.domain.errors import ValidationError
from tracker.domain.text import check_text

RADIOTHERAPY, STEREOTACTIC, SURGERY, PROCEDURE = "radiotherapy", "stereotactic", "surgery", "procedure"
KINDS = (RADIOTHERAPY, STEREOTACTIC, SURGERY, PROCEDURE)
#: What a procedure was (only for kind "procedure").
PROCEDURE_KINDS = ("pleural_drain", "ascitic_drain", "vertebroplasty", "ablation", "other")
#: Kinds given as radiation (their days are "treatments"; charts mark them).
RADIATION_KINDS = frozenset({RADIOTHERAPY, STEREOTACTIC})

#: Suggestions for the site (English ids; the form shows them in the reader's language and
#: stores what the patient typed or chose, as words).
SITE_SUGGESTIONS = ("spine", "neck", "hip", "pelvis", "ribs", "shoulder", "thigh bone", "brain", "liver",
                    "lung", "chest wall", "breast", "skin", "lymph nodes", "abdomen")
#: Suggestions for the aim, as the team may say it.
AIM_SUGGESTIONS = ("pain relief", "control", "prevent a fracture", "relieve pressure on the spinal cord",
                   "relieve breathlessness", "shrink the tumour")

MAX_DAYS = 60
MAX_TEXT = 200
#: Days further ahead than this are typing mistakes (a course is planned weeks ahead).
MAX_AHEAD = timedelta(days=366)
DEFAULT_TIME = time(9, 0)


class CourseDays:
    """What a treatment's kind and days (sorted, at least one) say, shared by the form's value,
    the stored treatment and the clinic summary's row."""

    kind: str
    days: tuple[date, ...]

    @property
    def first_day(self) -> date:
        return self.days[0]

    @property
    def last_day(self) -> date:
        return self.days[-1]

    @property
    def is_radiation(self) -> bool:
        return self.kind in RADIATION_KINDS


@dataclass(frozen=True)
class LocalTreatment(CourseDays):
    kind: str
    site: str
    days: tuple[date, ...]
    procedure_kind: str | None = None
    aim: str | None = None
    #: Dose and fractions exactly as the letter says ("20 Gy in 5 fractions"); never computed.
    dose_text: str | None = None
    notes: str | None = None
    #: The line of treatment it belongs to, if the patient linked it to one.
    line_id: int | None = None
    #: Time of each treatment day's appointment (None: no appointments made).
    at: time | None = DEFAULT_TIME


# -- the course-day generator ------------------------------------------------------------------


def course_days(start: date, count: int, *, weekdays_only: bool = True) -> tuple[date, ...]:
    """ "N weekday treatments from <date>" (Saturdays and Sundays skipped, as radiotherapy
    departments usually work) or "N daily" (every day). A start on a weekend with weekdays
    only begins on the Monday after."""
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_DAYS:
        raise ValidationError("A course has 1 to 60 treatments.", field="count")
    result: list[date] = []
    day = start
    while len(result) < count:
        if not weekdays_only or day.weekday() < 5:
            result.append(day)
        day += timedelta(days=1)
    return tuple(result)


def picked_days(days: list[date] | tuple[date, ...]) -> tuple[date, ...]:
    """Days picked one by one: in order, each once."""
    return tuple(sorted(set(days)))


# -- validation ---------------------------------------------------------------------------------


def _text(value: str | None, field: str) -> str | None:
    text = (check_text(value, field) or "").strip()
    if len(text) > MAX_TEXT and field != "notes":
        raise ValidationError("That text is too long. Please shorten it.", field=field)
    return text or None


def validate(treatment: LocalTreatment, *, today: date, line_start: date | None = None) -> LocalTreatment:
    """The treatment with its text tidied, or ValidationError naming the form field.

    `today` bounds how far ahead a day may be; `line_start` is the start of the linked line
    of treatment (a treatment day cannot come before it)."""
    if treatment.kind not in KINDS:
        raise ValidationError("Please choose what kind of treatment this is.", field="kind")
    procedure_kind = treatment.procedure_kind if treatment.kind == PROCEDURE else None
    if treatment.kind == PROCEDURE and procedure_kind not in PROCEDURE_KINDS:
        raise ValidationError("Please choose what the procedure was.", field="procedure_kind")
    site = _text(treatment.site, "site")
    if not site:
        raise ValidationError("Please say where in the body it was, in your own words (for example: spine).",
                              field="site")
    days = picked_days(treatment.days)
    if not days:
        raise ValidationError("Please give at least one treatment day.", field="days")
    if len(days) > MAX_DAYS:
        raise ValidationError("A course has 1 to 60 treatments.", field="days")
    if line_start is not None and days[0] < line_start:
        raise ValidationError("A treatment day comes before its line of treatment started. Check the dates.",
                              field="days")
    if days[-1] > today + MAX_AHEAD:
        raise ValidationError("A treatment day is more than a year from now. Check the year.", field="days")
    notes = _text(treatment.notes, "notes")
    return LocalTreatment(kind=treatment.kind, site=site, days=days, procedure_kind=procedure_kind,
                          aim=_text(treatment.aim, "aim"), dose_text=_text(treatment.dose_text, "dose_text"),
                          notes=notes, line_id=treatment.line_id, at=treatment.at)


# -- what the site says (alerts and symptom suggestions) ---------------------------------------

#: Words that place a site in an area of the body (English, Spanish and Persian, as patients
#: type them). Matching is generous on purpose: a wrong match only adds a suggestion or
#: strengthens an alert's context; it never weakens one.
_AREA_WORDS = {
    "spine": ("spine", "spinal", "vertebra", "vertebrae", "back", "backbone", "neck", "cervical", "thoracic",
              "lumbar", "sacrum", "sacral", "sacroiliac", "coccyx", "column", "columna", "vértebra", "vertebral",
              "espalda", "cuello",
              "lumbar", "ستون فقرات", "مهره", "کمر", "گردن", "پشت"),
    "chest": ("chest", "lung", "lungs", "breast", "ribs", "rib", "oesophagus", "esophagus", "mediastinum",
              "sternum", "chest wall", "tórax", "pulmón", "pecho", "mama", "costilla", "ریه", "سینه", "قفسه"),
    "abdomen": ("abdomen", "abdominal", "belly", "stomach", "liver", "pelvis", "pelvic", "bowel",
                "pancreas", "kidney", "adrenal", "abdomen", "hígado", "pelvis", "estómago",
                "شکم", "کبد", "لگن", "معده"),
    "brain": ("brain", "head", "skull", "cerebro", "cabeza", "مغز", "سر"),
}


#: A vertebra as radiotherapy letters name it: C1–C7, T1–T12 (D for dorsal), L1–L5, S1–S5,
#: alone or in a range ("T10", "T11-L1", "L2–L4"; "T10 SABR").
_VERTEBRA_LEVEL = re.compile(r"(?<![a-z0-9])[ctdls]\s?(?:[1-9]|1[0-2])(?![0-9])")


@lru_cache(maxsize=256)  # the alert check after every save reads each treatment's site again
def site_areas(site: str) -> frozenset[str]:
    """The body areas a site names ("lower back and pelvis" → spine, abdomen; "T10" → spine)."""
    text = site.casefold()
    words = set(re.findall(r"\w+", text))
    found = set()
    if _VERTEBRA_LEVEL.search(text):
        found.add("spine")
    for area, terms in _AREA_WORDS.items():
        for term in terms:
            if (" " in term and term in text) or term in words:
                found.add(area)
                break
    return frozenset(found)


#: How long after a radiotherapy course its usual side effects are suggested in the symptom form.
AFTER_COURSE = timedelta(weeks=6)


def suggested_after(treatments: list[tuple[str, str, date, date]], day: date) -> list[str]:
    """Symptom ids to offer first in the weeks after radiotherapy: (kind, site, first day,
    last day) of each treatment. Tiredness and sore skin after any course; feeling sick after
    fields on the abdomen; painful swallowing after fields on the chest (our radiotherapy
    article, from UpToDate's local therapies in MBC and Macmillan)."""
    found: list[str] = []
    for kind, site, first, last in treatments:
        if kind not in RADIATION_KINDS or not first <= day <= last + AFTER_COURSE:
            continue
        areas = site_areas(site)
        wanted = ["fatigue", "rash"]
        if "abdomen" in areas:
            wanted.append("nausea")
        if "chest" in areas:
            wanted.append("sore_throat")
        found += [w for w in wanted if w not in found]
    return found

"""Symptom terms and the patient-reported rating scales, plus validation of what was typed.

Terms are plain data in `resources/symptoms.json` (our own wording). Ratings use a 0-4
scale for severity, frequency and interference, as patient-reported outcome practice does;
they are always shown as *patient-reported*, never as clinical grades. Scale words here are
English source text; the UI translates them (context "SymptomScale").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache

from tracker.domain.errors import ValidationError
from tracker.domain.resources import resource

SEVERITY = "severity"
FREQUENCY = "frequency"
INTERFERENCE = "interference"
ATTRIBUTES = (SEVERITY, FREQUENCY, INTERFERENCE)

SCALE_WORDS: dict[str, tuple[str, ...]] = {
    SEVERITY: ("none", "mild", "moderate", "severe", "very severe"),
    FREQUENCY: ("never", "rarely", "occasionally", "frequently", "almost constantly"),
    INTERFERENCE: ("not at all", "a little bit", "somewhat", "quite a bit", "very much"),
}
SCALE_MAX = 4

#: How far back an entry may be dated (a paper diary copied in later is fine; decades are a typo).
BACKFILL_DAYS = 366
#: Clocks disagree a little; anything further ahead than this is a mistake.
FUTURE_TOLERANCE = timedelta(minutes=1)
MAX_NOTE_CHARS = 4000
MAX_LOCATION_CHARS = 200


@dataclass(frozen=True)
class SymptomTerm:
    id: str
    name: str
    group: str
    description: str
    attributes: tuple[str, ...]
    location: bool
    article_id: str


@dataclass(frozen=True)
class SymptomGroup:
    id: str
    name: str


@dataclass(frozen=True)
class SymptomCatalog:
    groups: tuple[SymptomGroup, ...]
    terms: tuple[SymptomTerm, ...]
    common: tuple[str, ...]
    by_id: dict[str, SymptomTerm] = field(repr=False, compare=False, default_factory=dict)


@lru_cache(maxsize=1)
def catalog() -> SymptomCatalog:
    data = json.loads(resource("symptoms.json").read_text(encoding="utf-8"))
    terms = tuple(
        SymptomTerm(t["id"], t["name"], t["group"], t["description"], tuple(t["attributes"]),
                    bool(t["location"]), t["article_id"])
        for t in data["terms"]
    )
    groups = tuple(SymptomGroup(g["id"], g["name"]) for g in data["groups"])
    return SymptomCatalog(groups, terms, tuple(data["common"]), {t.id: t for t in terms})


def terms() -> tuple[SymptomTerm, ...]:
    return catalog().terms


def term(term_id: str) -> SymptomTerm | None:
    return catalog().by_id.get(term_id)


def common_term_ids() -> tuple[str, ...]:
    return catalog().common


def scale_word(attribute: str, value: int | None) -> str:
    """English word for a rating (translate in the UI); '' when not rated."""
    if value is None:
        return ""
    return SCALE_WORDS[attribute][value]


@dataclass(frozen=True)
class SymptomRating:
    """One symptom as the person rated it. Unrated attributes are None."""

    term_id: str
    severity: int | None = None
    frequency: int | None = None
    interference: int | None = None
    location: str | None = None
    note: str | None = None

    def value(self, attribute: str) -> int | None:
        found: int | None = getattr(self, attribute)
        return found

    @property
    def highest(self) -> int | None:
        rated = [v for v in (self.severity, self.frequency, self.interference) if v is not None]
        return max(rated) if rated else None


def validate_rating(rating: SymptomRating) -> SymptomRating:
    """Check one rating; returns it with text fields tidied. Field names: '<term>.<attribute>'."""
    t = term(rating.term_id)
    if t is None:
        raise ValidationError("That symptom is not in the list. Choose one from the suggestions.", field="symptom")
    rated = False
    for attribute in ATTRIBUTES:
        value = rating.value(attribute)
        if value is None:
            continue
        if attribute not in t.attributes:
            raise ValidationError("This symptom is not rated that way.", field=f"{t.id}.{attribute}")
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= SCALE_MAX:
            raise ValidationError("Choose a rating from 0 to 4.", field=f"{t.id}.{attribute}")
        rated = True
    if not rated:
        raise ValidationError("Choose how bad it was, or remove this symptom.", field=f"{t.id}.{t.attributes[0]}")
    location = (rating.location or "").strip() or None
    if location and len(location) > MAX_LOCATION_CHARS:
        raise ValidationError("Please describe where in fewer words.", field=f"{t.id}.location")
    note = (rating.note or "").strip() or None
    validate_note(note, field=f"{t.id}.note")
    return SymptomRating(t.id, rating.severity, rating.frequency, rating.interference,
                         location if t.location else None, note)


def validate_note(note: str | None, *, field: str = "note") -> None:
    if note and len(note) > MAX_NOTE_CHARS:
        raise ValidationError("That note is too long. Please keep it under 4000 characters.", field=field)


def validate_occurred_at(occurred_at: datetime, now: datetime, *, field: str = "time") -> None:
    """A symptom is felt in the past (or now), and not before the back-fill window."""
    if occurred_at.tzinfo is None:
        raise ValueError("occurred_at must be aware")
    if occurred_at > now + FUTURE_TOLERANCE:
        raise ValidationError("That time is in the future. Choose the time you felt it.", field=field)
    if occurred_at < now - timedelta(days=BACKFILL_DAYS):
        raise ValidationError("That date is more than a year ago. Check the year.", field=field)


def search(text: str) -> list[SymptomTerm]:
    """Terms whose name or description contains every typed word (case-insensitive)."""
    words = text.casefold().split()
    if not words:
        return list(terms())
    found = []
    for t in terms():
        hay = f"{t.name} {t.description} {t.id.replace('_', ' ')}".casefold()
        if all(w in hay for w in words):
            found.append(t)
    # Name matches first: typing "dia" should offer Diarrhoea before anything that mentions it.
    found.sort(key=lambda t: not t.name.casefold().startswith(words[0]))
    return found

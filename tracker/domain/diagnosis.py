"""The diagnosis facts a patient chooses to record ("About my diagnosis").

Everything is optional: a patient records only what they know and want to. The app keeps
these facts to explain and to show in the clinic summary; it never uses them to decide
anything. Pure stdlib: no storage, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from tracker.domain.errors import ValidationError
from tracker.domain.text import check_text

#: Receptor values. "low" is only possible for HER2 (HER2-low).
POSITIVE, NEGATIVE, LOW, UNKNOWN = "positive", "negative", "low", "unknown"
RECEPTOR_VALUES: tuple[str, ...] = (UNKNOWN, POSITIVE, NEGATIVE)
HER2_VALUES: tuple[str, ...] = (UNKNOWN, POSITIVE, LOW, NEGATIVE)

#: Sites of spread, in the order forms and the clinic summary list them.
SITES: tuple[str, ...] = ("bone", "liver", "lung", "brain", "skin", "lymph_nodes", "other")

#: Oldest plausible date of birth, in years before today.
MAX_AGE_YEARS = 120
NOTES_MAX_CHARS = 4000


@dataclass(frozen=True)
class Diagnosis:
    er: str = UNKNOWN
    pr: str = UNKNOWN
    her2: str = UNKNOWN
    sites: tuple[str, ...] = ()
    first_diagnosis: date | None = None
    secondary_diagnosis: date | None = None
    date_of_birth: date | None = None
    notes: str = ""
    #: Shown in the clinic summary only when the patient ticks this.
    include_in_summary: bool = False

    def __post_init__(self) -> None:
        # Sites kept in form order so equality does not depend on the order boxes were ticked.
        object.__setattr__(self, "sites", tuple(s for s in SITES if s in set(self.sites)))
        object.__setattr__(self, "notes", (self.notes or "").strip())

    @property
    def is_empty(self) -> bool:
        return self == Diagnosis(include_in_summary=self.include_in_summary)

    def validate(self, today: date) -> Diagnosis:
        """Return self, or raise ValidationError naming the field that is impossible."""
        for name, value, allowed in (("er", self.er, RECEPTOR_VALUES), ("pr", self.pr, RECEPTOR_VALUES),
                                     ("her2", self.her2, HER2_VALUES)):
            if value not in allowed:
                raise ValidationError("Choose one of the listed receptor results.", field=name)
        unknown = set(self.sites) - set(SITES)
        if unknown:
            raise ValidationError("Choose sites of spread from the list.", field="sites")
        days: tuple[tuple[str, date | None], ...] = (
            ("date_of_birth", self.date_of_birth), ("first_diagnosis", self.first_diagnosis),
            ("secondary_diagnosis", self.secondary_diagnosis))
        for name, day in days:
            # A calendar day only: text or a date-and-time would not compare with `today`.
            if day is not None and type(day) is not date:
                raise ValidationError("Enter this date as a day, month and year.", field=name)
            if day is not None and day > today:
                raise ValidationError("This date is in the future. Check the day, month and year.", field=name)
        if self.date_of_birth is not None and self.date_of_birth.year < today.year - MAX_AGE_YEARS:
            raise ValidationError("This date of birth is more than 120 years ago. Check the year.",
                                  field="date_of_birth")
        if self.date_of_birth is not None:
            for name, day in days[1:]:
                if day is not None and day < self.date_of_birth:
                    raise ValidationError("This date is before the date of birth. Check the year.", field=name)
        if (self.first_diagnosis is not None and self.secondary_diagnosis is not None
                and self.secondary_diagnosis < self.first_diagnosis):
            raise ValidationError("The secondary diagnosis date is before the first diagnosis. Check both dates.",
                                  field="secondary_diagnosis")
        check_text(self.notes, "notes")
        if len(self.notes) > NOTES_MAX_CHARS:
            raise ValidationError("These notes are too long. Keep them under 4,000 characters.", field="notes")
        return self

    def to_json(self) -> dict[str, Any]:
        def iso(d: date | None) -> str | None:
            return d.isoformat() if d else None

        return {"er": self.er, "pr": self.pr, "her2": self.her2, "sites": list(self.sites),
                "first_diagnosis": iso(self.first_diagnosis), "secondary_diagnosis": iso(self.secondary_diagnosis),
                "date_of_birth": iso(self.date_of_birth), "notes": self.notes,
                "include_in_summary": self.include_in_summary}

    @classmethod
    def from_json(cls, raw: Any) -> Diagnosis:
        """Read a stored value leniently: anything unreadable becomes 'not recorded'."""
        if not isinstance(raw, Mapping):
            return cls()

        def day(key: str) -> date | None:
            text = raw.get(key)
            try:
                return date.fromisoformat(text) if isinstance(text, str) and text else None
            except ValueError:
                return None

        def receptor(key: str, allowed: tuple[str, ...]) -> str:
            value = raw.get(key)
            return value if value in allowed else UNKNOWN

        sites, notes = raw.get("sites"), raw.get("notes")
        return cls(er=receptor("er", RECEPTOR_VALUES), pr=receptor("pr", RECEPTOR_VALUES),
                   her2=receptor("her2", HER2_VALUES),
                   sites=tuple(s for s in sites if s in SITES) if isinstance(sites, list) else (),
                   first_diagnosis=day("first_diagnosis"), secondary_diagnosis=day("secondary_diagnosis"),
                   date_of_birth=day("date_of_birth"),
                   notes=notes if isinstance(notes, str) else "",
                   include_in_summary=raw.get("include_in_summary") is True)

    def with_changes(self, **changes: Any) -> Diagnosis:
        return replace(self, **changes)


def summary_pairs(diagnosis: Diagnosis, labels: Mapping[str, str],
                  format_date: Callable[[date], str] = date.isoformat) -> list[tuple[str, str]]:
    """[label, value] pairs for the clinic summary, in the user's language.

    `labels` holds translated text by key: "er", "pr", "her2", "sites", "first_diagnosis",
    "secondary_diagnosis", "notes", each receptor value ("positive", "negative", "low") and
    each site as "site.<name>". A key that is missing falls back to the key itself.
    Facts not recorded are left out; date of birth is the summary's own row.
    """
    def text(key: str) -> str:
        return labels.get(key) or key

    pairs: list[tuple[str, str]] = []
    for key in ("er", "pr", "her2"):
        value = getattr(diagnosis, key)
        if value != UNKNOWN:
            pairs.append((text(key), text(value)))
    if diagnosis.sites:
        pairs.append((text("sites"), ", ".join(text(f"site.{s}") for s in diagnosis.sites)))
    for key in ("first_diagnosis", "secondary_diagnosis"):
        value = getattr(diagnosis, key)
        if value is not None:
            pairs.append((text(key), format_date(value)))
    if diagnosis.notes:
        pairs.append((text("notes"), diagnosis.notes))
    return pairs

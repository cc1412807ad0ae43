"""The one path from entries and a plan to alert cards, shared by the app and `tracker triage-check`.

The app (services/alert_settings.py) reads entries and drug periods from the journal; the
triage runner reads them from a vignette file. Both then call `run()`, so a clinician
reviewing vignettes sees exactly what a patient would.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from tracker.domain import alerts
from tracker.domain.alerts import Alert, AlertContext, DrugPeriod, LocalPeriod, LogAlert, RecentEntry, Treatment
from tracker.domain.errors import ValidationError
from tracker.services import catalog

#: Literal sentence (not built with format) so the translator finds it.
FEVER_RANGE_MESSAGE = "Choose a temperature from 37.5 to 38.0 °C. The app can only make this alert more sensitive."


@dataclass(frozen=True)
class TriageResult:
    findings: list[Alert]
    cards: list[LogAlert]


def check_fever_threshold(value: object) -> float:
    """A team may lower the fever threshold (safer), never raise it above 38.0 °C."""
    low, high = alerts.FEVER_RANGE
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= round(float(value), 2) <= high:
        raise ValidationError(FEVER_RANGE_MESSAGE, field="fever_c")
    return round(float(value), 1)


def clamp_stored_fever_threshold(value: object) -> float:
    """A value stored by an older version (which allowed 37.0-39.5) brought into the safe range."""
    default = alerts.default_rules().default_fever_c
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return default
    low, high = alerts.FEVER_RANGE
    return min(max(float(value), low), high)


def treatment_lookup(periods: Iterable[DrugPeriod], local: Iterable[LocalPeriod] = ()) -> TreatmentLookup:
    return TreatmentLookup(tuple(periods), tuple(local))


@dataclass(frozen=True)
class TreatmentLookup:
    periods: tuple[DrugPeriod, ...]
    #: Radiotherapy courses and procedures (recent radiotherapy to the spine colours the context).
    local: tuple[LocalPeriod, ...] = ()
    #: Each day's answer, once per lookup: the rules ask for every entry, and hashing the whole
    #: plan for the shared cache on every ask cost more than the rules on a long plan (issue 17).
    _days: dict[date, Treatment] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def __call__(self, day: date) -> Treatment:
        found = self._days.get(day)
        if found is None:
            found = self._days[day] = _treatment_on(day, self.periods, self.local)
        return found


@lru_cache(maxsize=256)
def _treatment_on(day: date, periods: tuple[DrugPeriod, ...], local: tuple[LocalPeriod, ...] = ()) -> Treatment:
    return alerts.treatment_on(day, periods, catalog.drug_facts, local)


def run(entries: Iterable[RecentEntry], periods: Iterable[DrugPeriod], *, now: datetime, fever_c: float,
        trigger_from: datetime | None = None,
        trigger_keys: frozenset[tuple[str, int]] | None = None,
        local: Iterable[LocalPeriod] = ()) -> TriageResult:
    context = AlertContext(now=now, treatment=treatment_lookup(periods, local), fever_c=fever_c,
                           trigger_from=trigger_from, trigger_keys=trigger_keys)
    findings = alerts.evaluate(entries, context)
    return TriageResult(findings, alerts.cards(findings))

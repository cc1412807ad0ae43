"""What the alert rules need to know about treatment on a given day.

"On anti-cancer treatment" errs on the side of calling: any systemic anti-cancer drug
current or ended in the last six weeks, any hand-typed ("custom") drug in a line (we
cannot tell what it is), or no plan entered at all. Risk flags come from the catalog for
the same drugs (current or ended within six weeks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

#: Catalog id of a drug typed by hand.
CUSTOM = "custom"
#: A drug still counts this long after its last day (effects such as low blood counts last).
RECENT = timedelta(weeks=6)
RISK_FLAGS = ("neutropenia", "ild", "hyperglycaemia", "colitis", "diarrhoea", "qt", "onj", "clots")


@dataclass(frozen=True)
class DrugFacts:
    """What the catalog says about a drug, reduced to what the rules look at."""

    anti_cancer: bool
    risk_flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class DrugPeriod:
    drug_id: str  # catalog id, or CUSTOM
    first_day: date
    last_day: date | None = None  # inclusive; None while it goes on


@dataclass(frozen=True)
class Treatment:
    on_anti_cancer: bool
    risk_flags: frozenset[str] = frozenset()
    drug_ids: tuple[str, ...] = ()
    #: Why `on_anti_cancer` is true when no drug says so ("no_plan"), for the record.
    assumed: str | None = None


class UnknownDrug(ValueError):
    """A plan names a catalog id the catalog does not have: a bug or a damaged file, never 'no drug'."""


def treatment_on(day: date, periods: Iterable[DrugPeriod], facts: Callable[[str], DrugFacts | None]) -> Treatment:
    periods = list(periods)
    if not periods:
        return Treatment(True, frozenset(), (), assumed="no_plan")
    anti_cancer = False
    flags: set[str] = set()
    ids: list[str] = []
    for period in periods:
        if day < period.first_day:
            continue
        if period.last_day is not None and day > period.last_day + RECENT:
            continue
        if period.drug_id not in ids:
            ids.append(period.drug_id)
        if period.drug_id == CUSTOM:
            anti_cancer = True
            continue
        known = facts(period.drug_id)
        if known is None:
            raise UnknownDrug(f"drug id not in the catalog: {period.drug_id!r}")
        anti_cancer = anti_cancer or known.anti_cancer
        flags.update(known.risk_flags)
    return Treatment(anti_cancer, frozenset(flags), tuple(ids))

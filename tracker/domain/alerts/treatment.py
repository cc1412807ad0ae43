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
#: What a rule's `context` may require beyond drugs. "spine_radiotherapy": radiotherapy to
#: the spine (so cancer in the spine is known) going on or ended within RECENT_LOCAL.
CONTEXT_FLAGS = ("spine_radiotherapy",)
#: A local treatment colours the context this long after its last day (issue 19: ~12 weeks).
RECENT_LOCAL = timedelta(weeks=12)


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
class LocalPeriod:
    """A local treatment reduced to what the rules look at: its kind, the body areas its site
    names (`tracker.domain.local_treatments.site_areas`) and its first and last day."""

    kind: str
    areas: frozenset[str]
    first_day: date
    last_day: date


@dataclass(frozen=True)
class Treatment:
    on_anti_cancer: bool
    risk_flags: frozenset[str] = frozenset()
    drug_ids: tuple[str, ...] = ()
    #: Why `on_anti_cancer` is true when no drug says so ("no_plan"), for the record.
    assumed: str | None = None
    #: CONTEXT_FLAGS that hold on the day (recent radiotherapy to the spine...).
    context: frozenset[str] = frozenset()


def local_context(day: date, local: Iterable[LocalPeriod]) -> frozenset[str]:
    """Context flags from local treatments on `day`: radiotherapy (or stereotactic treatment)
    to the spine that started on or before the day and ended within RECENT_LOCAL of it."""
    from tracker.domain.local_treatments import RADIATION_KINDS

    flags = set()
    for period in local:
        if period.kind in RADIATION_KINDS and "spine" in period.areas \
                and period.first_day <= day <= period.last_day + RECENT_LOCAL:
            flags.add("spine_radiotherapy")
    return frozenset(flags)


class UnknownDrug(ValueError):
    """A plan names a catalog id the catalog does not have: a bug or a damaged file, never 'no drug'."""


def treatment_on(day: date, periods: Iterable[DrugPeriod], facts: Callable[[str], DrugFacts | None],
                 local: Iterable[LocalPeriod] = ()) -> Treatment:
    periods = list(periods)
    context = local_context(day, local)
    if not periods:
        return Treatment(True, frozenset(), (), assumed="no_plan", context=context)
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
    return Treatment(anti_cancer, frozenset(flags), tuple(ids), context=context)

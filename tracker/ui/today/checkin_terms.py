"""Which symptoms the "How are you today?" card asks about.

The symptoms she rated above "none" in the last two weeks come first (worst and most often
rated first), then the common side effects of her current drugs, then common symptoms, so
the card stays short (`LIMIT`) and personal. Everything else is one click away in the full
symptom form.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

#: How many symptoms the card asks about (three ratings should take under ten seconds).
LIMIT = 4
#: How far back "recent entries" reach.
RECENT_DAYS = 14


@dataclass(frozen=True)
class Recent:
    term_id: str
    worst: int
    count: int


def choose(recent: Iterable[Recent], suggested: Sequence[str], *, limit: int = LIMIT) -> list[str]:
    """Recent symptoms that were present (worst, then most often rated), then suggestions."""
    present = sorted((r for r in recent if r.worst > 0), key=lambda r: (-r.worst, -r.count, r.term_id))
    # At most limit-1 from history, so at least one side effect of the current drugs is asked too.
    chosen = [r.term_id for r in present][: max(1, limit - 1)]
    for term_id in suggested:
        if len(chosen) >= limit:
            break
        if term_id not in chosen:
            chosen.append(term_id)
    return chosen


def for_journal(journal, clock, *, limit: int = LIMIT) -> list[str]:
    """The card's symptoms for this journal today (a short read of two weeks of ratings);
    the weekly check-in asks a few more (`limit`)."""
    from tracker.services import diary
    from tracker.services.reports.queries import symptom_series

    today: date = clock.today()
    series = symptom_series(journal, clock, since=today - timedelta(days=RECENT_DAYS))
    # One entry per symptom, whatever scales it was rated on (a series is one symptom on one
    # scale: "hot_flushes:frequency" is hot flushes).
    by_term: dict[str, Recent] = {}
    for s in series:
        if not s.points:
            continue
        worst, count = max(p.rating for p in s.points), len(s.points)
        seen = by_term.get(s.term_id)
        if seen is None or (worst, count) > (seen.worst, seen.count):
            by_term[s.term_id] = Recent(s.term_id, worst, count)
    return choose(by_term.values(), diary.suggested_symptoms(journal, today), limit=limit)

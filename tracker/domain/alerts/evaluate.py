"""Apply the red-flag table to diary entries: findings per entry, then one card per log.

`evaluate(entries, context)` needs no database and no screen. Findings say whom to contact
and why; they never suggest a medicine or a dose. Per log and symptom (or temperature)
only the most urgent finding is kept; `cards()` then gives each log one card at its
highest level, with the lesser reasons inside, and applies the combination rule (two or
more contact_today findings in one log mean call_now, as UKONS does).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from typing import NamedTuple, TypedDict

from tracker.domain.alerts import levels as lv
from tracker.domain.alerts.rules import (
    ANY,
    COMBINATION,
    FEVER_C,
    SYMPTOM,
    TEMPERATURE,
    Rule,
    RuleSet,
    default_rules,
)
from tracker.domain.alerts.treatment import Treatment

#: Interference at or above this steps a red-flag finding up one level.
INTERFERENCE_ESCALATES_AT = 3


class RecentEntry(NamedTuple):
    """A symptom rating or a temperature, reduced to what the rules look at.

    A named tuple (immutable, as before): the check after every save builds a few hundred of
    these, and a frozen dataclass cost about 2 µs each to build, a third of the save (issue 17)."""

    entry_id: int
    kind: str  # SYMPTOM | TEMPERATURE
    occurred_at: datetime
    term_id: str | None = None
    severity: int | None = None
    frequency: int | None = None
    interference: int | None = None
    temperature_c: float | None = None
    display_value: str | None = None  # the reading as typed, e.g. "101.1 °F"
    log_id: int | None = None
    entered_by_id: int | None = None

    def rating(self, attribute: str) -> int | None:
        if attribute == ANY:
            rated = [v for v in (self.severity, self.frequency, self.interference) if v is not None]
            return max(rated) if rated else None
        value: int | None = getattr(self, attribute)
        return value

    @property
    def score(self) -> int:
        """Severity or frequency, whichever is higher; interference only when neither is rated."""
        rated = [v for v in (self.severity, self.frequency) if v is not None]
        if rated:
            return max(rated)
        return self.interference or 0

    @property
    def group(self) -> tuple[str, int]:
        """The log this entry belongs to (an entry without a log is its own card)."""
        return ("log", self.log_id) if self.log_id is not None else (self.kind, self.entry_id)


@dataclass(frozen=True)
class AlertContext:
    now: datetime
    #: Treatment on a given (local) day; the services build it from the plan.
    treatment: Callable[[date], Treatment]
    fever_c: float
    #: Entries at or after this instant can raise alerts; older ones are history only.
    trigger_from: datetime | None = None
    #: If given, only these (kind, entry_id) entries can raise alerts (a log just saved).
    trigger_keys: frozenset[tuple[str, int]] | None = None


class AlertParams(TypedDict, total=False):
    """What fills a rule's message placeholders; each trigger sets its own keys."""

    symptom_id: str | None
    attribute: str
    rating: int | None  # 0-4, as the patient rated it
    value: str  # a temperature as typed, e.g. "101.1 °F"
    count: int  # rises in a row


@dataclass(frozen=True)
class Alert:
    """One finding: a rule met by one entry, at its (possibly stepped-up) level."""

    rule_id: str
    level: str
    rule_level: str
    message_key: str
    source: str
    source_one_of_five: bool
    entry_id: int
    occurred_at: datetime
    log_id: int | None = None
    entered_by_id: int | None = None
    #: "interference" and/or "worsening" when a red flag was stepped up.
    escalated_by: tuple[str, ...] = ()
    #: symptom_id, attribute, rating (0-4), value (display text), count.
    params: AlertParams = field(default_factory=AlertParams)

    @property
    def key(self) -> str:
        return f"{self.rule_id}:{self.entry_id}"


@dataclass(frozen=True)
class LogAlert:
    """One card: a log's most urgent finding first, lesser ones after it."""

    group: tuple[str, int]
    level: str
    findings: tuple[Alert, ...]
    #: The combination rule's id when several contact_today findings made this call_now.
    combined_by: str | None = None

    @property
    def log_id(self) -> int | None:
        return self.findings[0].log_id

    @property
    def entered_by_id(self) -> int | None:
        return self.findings[0].entered_by_id

    @property
    def occurred_at(self) -> datetime:
        return max(f.occurred_at for f in self.findings)

    @property
    def rule_ids(self) -> list[str]:
        ids = [f.rule_id for f in self.findings]
        return ids + [self.combined_by] if self.combined_by else ids

    @property
    def key(self) -> str:
        """Dismissing a card hides it until the same log reaches a higher level or gains a new
        reason (a fever dismissed, then chest pain added to the same log, shows again)."""
        return f"{self.group[0]}:{self.group[1]}:{self.level}:{'+'.join(sorted(set(self.rule_ids)))}"


def _limit(value: float | str | None, context: AlertContext) -> float | None:
    if value == FEVER_C:
        return context.fever_c
    return None if value is None else float(value)


def _treatment_ok(rule: Rule, treatment: Treatment) -> bool:
    if rule.treatment == "on" and not treatment.on_anti_cancer:
        return False
    if rule.treatment == "off" and treatment.on_anti_cancer:
        return False
    if not set(rule.context) <= treatment.context:
        return False
    return not rule.risk_flags or bool(treatment.risk_flags & set(rule.risk_flags))


def _temperature(rule: Rule, entry: RecentEntry, context: AlertContext) -> AlertParams | None:
    if entry.kind != TEMPERATURE or entry.temperature_c is None:
        return None
    # Rounded so 100.4 °F (= 38.0 °C) meets a 38.0 threshold despite float error.
    reading = round(entry.temperature_c, 2)
    low, high = _limit(rule.at_least_c, context), _limit(rule.below_c, context)
    if (low is not None and reading < low) or (high is not None and reading >= high):
        return None
    return {"value": entry.display_value or f"{entry.temperature_c:.1f} °C"}


#: An entry's place in time: (occurred_at, entry_id), the order `evaluate` sorts entries in.
_chronological = itemgetter(2, 0)


def _earlier(entry: RecentEntry, history: list[RecentEntry]) -> list[RecentEntry]:
    """The entries of `history` (in chronological order) before `entry`."""
    return history[:bisect_left(history, (entry.occurred_at, entry.entry_id), key=_chronological)]


def _symptom(rule: Rule, entry: RecentEntry, before: list[RecentEntry], same_log: list[RecentEntry]) -> AlertParams | None:
    if entry.kind != SYMPTOM or (rule.symptoms and entry.term_id not in rule.symptoms):
        return None
    best: tuple[str, int] | None = None
    for attribute, at_least in rule.at_least.items():
        value = entry.rating(attribute)
        if value is not None and value >= at_least and (best is None or value > best[1]):
            best = (attribute, value)
    if best is None:
        return None
    if rule.with_any and not any(e.term_id in rule.with_any and e.score >= 1 for e in same_log):
        return None
    if rule.new_within_days is not None:
        for e in before:
            if e.score >= 1 and (entry.occurred_at - e.occurred_at).days < rule.new_within_days:
                return None
    attribute = best[0] if best[0] != ANY else _highest_attribute(entry)
    return {"symptom_id": entry.term_id, "attribute": attribute, "rating": entry.rating(attribute)}


def _highest_attribute(entry: RecentEntry) -> str:
    rated = [(v, a) for a, v in (("severity", entry.severity), ("frequency", entry.frequency),
                                 ("interference", entry.interference)) if v is not None]
    return max(rated)[1]


def _worsening(rule: Rule, entry: RecentEntry, before: list[RecentEntry]) -> AlertParams | None:
    if entry.kind != SYMPTOM or (rule.symptoms and entry.term_id not in rule.symptoms):
        return None
    chain = before + [entry]
    rises = 0
    for earlier, later in zip(reversed(chain[:-1]), reversed(chain[1:]), strict=True):
        if later.score > earlier.score:
            rises += 1
        else:
            break
    if rises < rule.rises:
        return None
    return {"symptom_id": entry.term_id, "count": rises}


def _escalations(rule: Rule, entry: RecentEntry, before: list[RecentEntry]) -> tuple[str, ...]:
    if not rule.red_flag or entry.kind != SYMPTOM:
        return ()
    found = []
    if (entry.interference or 0) >= INTERFERENCE_ESCALATES_AT:
        found.append("interference")
    if before and entry.score > before[-1].score:
        found.append("worsening")
    return tuple(found)


def history_needed(trigger: RecentEntry, earlier: Iterable[RecentEntry], rules: RuleSet | None = None) -> list[RecentEntry]:
    """Of a symptom's entries before `trigger` (`earlier`, newest first: read only as far as
    needed), the ones `evaluate` looks at for it, oldest first.

    The rules look back from a rating three ways: the run of rises that ends at it (worsening:
    every entry of the run and the one that ends it), the entry just before it (a red flag
    stepped up), and, for a symptom with a "new within N days" rule that the rating reaches,
    whether an entry rated 1 or more lies within those days (the newest such entry decides).
    A rating of 0 needs none of these. Any history for this
    trigger that holds these and otherwise only entries from before it gives the same findings
    as the whole history (issue 17: a save reads a few rows per symptom, not 29 days of them)."""
    days = _new_within_days(rules or default_rules(), trigger)
    kept: list[RecentEntry] = []
    # A rating of 0 rises from nothing and steps nothing up: no run of rises to read for it.
    later, rising, looking = trigger.score, trigger.score > 0, days is not None
    if not rising and not looking:
        return kept  # nothing to read
    for entry in earlier:
        if looking and days is not None and (trigger.occurred_at - entry.occurred_at).days >= days:
            looking = False  # too old to count, as is everything after it
        score = entry.score
        if rising or (looking and score >= 1):
            kept.append(entry)
        if rising:
            rising, later = later > score, score
        looking = looking and score < 1
        if not rising and not looking:
            break
    kept.reverse()
    return kept


def _new_within_days(rules: RuleSet, trigger: RecentEntry) -> int | None:
    """The longest "new within N days" of the rules that can fire for this rating (None: no such
    rule). A rule whose thresholds the rating does not reach never asks (_symptom stops first),
    so a rating of 0 reads no weeks of history for it."""
    spans = [rule.new_within_days for rule in _candidates(rules, trigger)
             if rule.new_within_days is not None and _reaches(rule, trigger)]
    return max(spans) if spans else None


def _reaches(rule: Rule, entry: RecentEntry) -> bool:
    """Whether the rating meets one of the rule's thresholds (as _symptom asks before anything else)."""
    for attribute, at_least in rule.at_least.items():
        value = entry.rating(attribute)
        if value is not None and value >= at_least:
            return True
    return False


def _candidates(rules: RuleSet, entry: RecentEntry) -> tuple[Rule, ...]:
    """The rules that can fire for this kind of entry (and symptom), in rule order, found once
    per rule set (this runs after every save)."""
    kind = (entry.kind, entry.term_id)
    found = rules.by_trigger.get(kind)
    if found is None:
        found = rules.by_trigger[kind] = tuple(rule for rule in rules.rules if _may_fire(rule, entry))
    return found


def _may_fire(rule: Rule, entry: RecentEntry) -> bool:
    """The checks that open _temperature, _symptom and _worsening (kind and symptom only)."""
    if rule.trigger == COMBINATION:
        return False
    if rule.trigger == TEMPERATURE:
        return entry.kind == TEMPERATURE
    return entry.kind == SYMPTOM and (not rule.symptoms or entry.term_id in rule.symptoms)


def evaluate(recent_entries: Iterable[RecentEntry], context: AlertContext, rules: RuleSet | None = None) -> list[Alert]:
    """Findings from entries that may trigger, most urgent and newest first.

    Per log and symptom (or temperature) only the most urgent finding is kept.
    """
    rules = rules or default_rules()
    entries = sorted(recent_entries, key=_chronological)
    since, keys = context.trigger_from, context.trigger_keys
    if keys is None:
        triggers = [e for e in entries if since is None or e.occurred_at >= since]
    else:  # a save's few rows: most entries fail the cheap id test
        ids = {entry_id for _kind, entry_id in keys}
        triggers = [e for e in entries if e.entry_id in ids and (e.kind, e.entry_id) in keys and
                    (since is None or e.occurred_at >= since)]
    # Each trigger's symptom history and log, chronological as `entries` (only those: this
    # runs after every save, over a few hundred entries).
    by_term: dict[str, list[RecentEntry]] = {e.term_id: [] for e in triggers if e.term_id is not None}
    by_group: dict[tuple[str, int], list[RecentEntry]] = {e.group: [] for e in triggers}
    for e in entries:
        if e.term_id is not None and e.term_id in by_term:
            by_term[e.term_id].append(e)
        group = ("log", e.log_id) if e.log_id is not None else (e.kind, e.entry_id)
        if group in by_group:
            by_group[group].append(e)
    zone = context.now.tzinfo
    best: dict[tuple[tuple[str, int], str], Alert] = {}
    for entry in triggers:
        treatment = context.treatment(entry.occurred_at.astimezone(zone).date())
        before = _earlier(entry, by_term.get(entry.term_id or "", []))
        for rule in _candidates(rules, entry):
            if not _treatment_ok(rule, treatment):
                continue
            if rule.trigger == TEMPERATURE:
                params = _temperature(rule, entry, context)
            elif rule.trigger == SYMPTOM:
                params = _symptom(rule, entry, before, by_group[entry.group])
            else:
                params = _worsening(rule, entry, before)
            if params is None:
                continue
            steps = _escalations(rule, entry, before)
            level = rule.level
            for _ in steps:
                level = lv.step_up(level)
            alert = Alert(rule.id, level, rule.level, rule.message_key, rule.source.title, rule.source.one_of_five,
                          entry.entry_id, entry.occurred_at, entry.log_id, entry.entered_by_id, steps, params)
            subject = (entry.group, entry.term_id or entry.kind)
            kept = best.get(subject)
            if kept is None or _order(alert) < _order(kept):
                best[subject] = alert
    return sorted(best.values(), key=_order)


def _order(alert: Alert) -> tuple[int, float, str]:
    return (-lv.rank(alert.level), -alert.occurred_at.timestamp(), alert.rule_id)


def cards(findings: Iterable[Alert], rules: RuleSet | None = None) -> list[LogAlert]:
    """One card per log at its highest level (the combination rule applied), most urgent first."""
    rules = rules or default_rules()
    combos = [r for r in rules.rules if r.trigger == COMBINATION]
    grouped: dict[tuple[str, int], list[Alert]] = {}
    for f in findings:
        group = ("log", f.log_id) if f.log_id is not None else ("entry", f.entry_id)
        grouped.setdefault(group, []).append(f)
    result = []
    for group, items in grouped.items():
        items.sort(key=_order)
        level = items[0].level
        combined_by = None
        for combo in combos:
            if combo.of_level is not None and sum(1 for f in items if f.level == combo.of_level) >= combo.count \
                    and lv.rank(combo.level) > lv.rank(level):
                level, combined_by = combo.level, combo.id
        result.append(LogAlert(group, level, tuple(items), combined_by))
    return sorted(result, key=lambda c: (-lv.rank(c.level), -c.occurred_at.timestamp()))

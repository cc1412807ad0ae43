""""Contact your team" alerts: rules as data, and one pure function that applies them.

Rules live in `resources/alert_rules.json` (condition, level, message key, source title).
`evaluate(recent_entries, context, rules)` needs no database and no screen. Alerts say whom
to contact and why; they never suggest a medicine or a dose. Message keys are English
source text with `{placeholders}`; the UI translates them (context "AlertRules").
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from tracker.domain.resources import resource

CALL_NOW = "call_now"
MENTION = "mention_next_visit"
LEVELS = (CALL_NOW, MENTION)

SYMPTOM = "symptom"
TEMPERATURE = "temperature"


@dataclass(frozen=True)
class Rule:
    id: str
    level: str
    condition: dict[str, Any]
    message_key: str
    source: str


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    defaults: dict[str, float]


@dataclass(frozen=True)
class RecentEntry:
    """A symptom rating or a temperature, reduced to what the rules look at."""

    entry_id: int
    kind: str  # SYMPTOM | TEMPERATURE
    occurred_at: datetime
    term_id: str | None = None
    severity: int | None = None
    frequency: int | None = None
    interference: int | None = None
    temperature_c: float | None = None
    display_value: str | None = None  # the reading as typed, e.g. "101.1 °F"

    def rating(self, attribute: str) -> int | None:
        return getattr(self, attribute)

    @property
    def score(self) -> int:
        """Severity if rated, else the highest rated attribute (0 when nothing rated)."""
        if self.severity is not None:
            return self.severity
        rated = [v for v in (self.frequency, self.interference) if v is not None]
        return max(rated) if rated else 0


@dataclass(frozen=True)
class AlertContext:
    now: datetime
    on_chemotherapy: bool = False
    current_drug_ids: tuple[str, ...] = ()
    thresholds: dict[str, float] = field(default_factory=dict)
    #: Entries at or after this instant can raise alerts; older ones are history only.
    trigger_from: datetime | None = None
    #: If given, only these (kind, entry_id) entries can raise alerts (a log just saved).
    trigger_keys: frozenset[tuple[str, int]] | None = None


@dataclass(frozen=True)
class Alert:
    rule_id: str
    level: str
    message_key: str
    source: str
    entry_id: int
    occurred_at: datetime
    #: symptom_id, attribute, rating (0-4), value (display text), count: filled in by the UI.
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """Stable identity used to acknowledge an alert once."""
        return f"{self.rule_id}:{self.entry_id}"


def parse_rules(data: dict[str, Any]) -> RuleSet:
    rules = []
    for raw in data["rules"]:
        if raw["level"] not in LEVELS:
            raise ValueError(f"rule {raw['id']}: unknown level {raw['level']!r}")
        rules.append(Rule(raw["id"], raw["level"], dict(raw["condition"]), raw["message_key"], raw["source"]))
    return RuleSet(tuple(rules), {k: float(v) for k, v in data.get("defaults", {}).items()})


@lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    return parse_rules(json.loads(resource("alert_rules.json").read_text(encoding="utf-8")))


def thresholds_with_defaults(overrides: dict[str, float] | None, rules: RuleSet | None = None) -> dict[str, float]:
    merged = dict((rules or default_rules()).defaults)
    merged.update({k: float(v) for k, v in (overrides or {}).items() if k in merged})
    return merged


def evaluate(recent_entries: Iterable[RecentEntry], context: AlertContext, rules: RuleSet | None = None) -> list[Alert]:
    """Alerts raised by entries since `context.trigger_from`, most urgent and newest first.

    One alert per rule and symptom (the newest entry), so a symptom logged three times
    today is one line, not three.
    """
    rules = rules or default_rules()
    limits = thresholds_with_defaults(context.thresholds, rules)
    entries = sorted(recent_entries, key=lambda e: (e.occurred_at, e.entry_id))
    since = context.trigger_from or (context.now - timedelta(hours=limits.get("window_hours", 72)))
    triggers = [e for e in entries if e.occurred_at >= since and
                (context.trigger_keys is None or (e.kind, e.entry_id) in context.trigger_keys)]
    by_term: dict[str, list[RecentEntry]] = {}
    for e in entries:  # each symptom's history, oldest first, for the worsening and "new" rules
        if e.term_id is not None:
            by_term.setdefault(e.term_id, []).append(e)
    found: dict[tuple[str, str], Alert] = {}
    for rule in rules.rules:
        check = _CONDITIONS[rule.condition["type"]]
        for entry in triggers:
            params = check(rule, entry, by_term, context, limits)
            if params is None:
                continue
            alert = Alert(rule.id, rule.level, rule.message_key, rule.source, entry.entry_id, entry.occurred_at, params)
            found[(rule.id, entry.term_id or entry.kind)] = alert  # later entries replace earlier
    return sorted(found.values(), key=lambda a: (a.level != CALL_NOW, -a.occurred_at.timestamp(), a.rule_id))


def _temperature(rule: Rule, entry: RecentEntry, _all, context: AlertContext, limits) -> dict | None:
    if entry.kind != TEMPERATURE or entry.temperature_c is None:
        return None
    if bool(rule.condition.get("on_chemotherapy")) != context.on_chemotherapy:
        return None
    # Rounded so 100.4 °F (= 38.0 °C) meets a 38.0 threshold despite float error.
    if round(entry.temperature_c, 2) < limits[rule.condition["threshold"]]:
        return None
    return {"value": entry.display_value or f"{entry.temperature_c:.1f} °C"}


def _applies(rule: Rule, term_id: str | None) -> bool:
    if term_id is None:
        return False
    only = rule.condition.get("symptoms")
    if only is not None and term_id not in only:
        return False
    return term_id not in rule.condition.get("except_symptoms", ())


def _rating(rule: Rule, entry: RecentEntry, _all, _context, limits) -> dict | None:
    if entry.kind != SYMPTOM or not _applies(rule, entry.term_id):
        return None
    at_least = limits[rule.condition["threshold"]]
    best = None
    for attribute in rule.condition["attributes"]:
        value = entry.rating(attribute)
        if value is not None and value >= at_least and (best is None or value > best[1]):
            best = (attribute, value)
    if best is None:
        return None
    return {"symptom_id": entry.term_id, "attribute": best[0], "rating": best[1]}


def _worsening(rule: Rule, entry: RecentEntry, by_term: dict[str, list[RecentEntry]], _context, limits) -> dict | None:
    if entry.kind != SYMPTOM or not _applies(rule, entry.term_id):
        return None
    history = [e for e in by_term.get(entry.term_id, ())
               if (e.occurred_at, e.entry_id) <= (entry.occurred_at, entry.entry_id)]
    rises = 0
    for earlier, later in zip(reversed(history[:-1]), reversed(history), strict=False):
        if later.score > earlier.score:
            rises += 1
        else:
            break
    if rises < limits[rule.condition["threshold"]]:
        return None
    return {"symptom_id": entry.term_id, "count": rises}


def _new_symptom(rule: Rule, entry: RecentEntry, by_term: dict[str, list[RecentEntry]], _context, limits) -> dict | None:
    if entry.kind != SYMPTOM or not _applies(rule, entry.term_id) or entry.score < 1:
        return None
    since = entry.occurred_at - timedelta(days=limits[rule.condition["threshold"]])
    for e in by_term.get(entry.term_id, ()):
        if (e.score >= 1 and since <= e.occurred_at
                and (e.occurred_at, e.entry_id) < (entry.occurred_at, entry.entry_id)):
            return None
    return {"symptom_id": entry.term_id}


_CONDITIONS = {
    "temperature_at_or_above": _temperature,
    "rating_at_or_above": _rating,
    "worsening": _worsening,
    "new_symptom": _new_symptom,
}


def english_text(alert: Alert, symptom_name: str = "", rating_word: str = "") -> str:
    """The message in English with placeholders filled (for tests, logs-free CLI output)."""
    return alert.message_key.format(
        value=alert.params.get("value", ""), symptom=symptom_name, rating=rating_word,
        count=alert.params.get("count", ""),
    )

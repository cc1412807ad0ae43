"""The red-flag table (resources/alert_rules.json), read strictly.

Every rule names its trigger, level, the treatment or drug risk flags it applies to, and a
source from the file's `sources` list (each marked as one of our five documents or as a
source beyond them). A file that does not load, an unknown key, level, symptom id or risk
flag is an AlertRulesError at start: never a silent fallback to weaker alerts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypedDict

from tracker.domain import symptoms
from tracker.domain.alerts.levels import LEVELS
from tracker.domain.alerts.treatment import CONTEXT_FLAGS, RISK_FLAGS
from tracker.domain.errors import KnownError
from tracker.domain.resources import resource

TEMPERATURE = "temperature"
SYMPTOM = "symptom"
WORSENING = "worsening"
COMBINATION = "combination"
TRIGGERS = (TEMPERATURE, SYMPTOM, WORSENING, COMBINATION)
#: The one setting a team can change (safer only: between these, °C).
FEVER_C = "fever_c"
FEVER_RANGE = (37.5, 38.0)
#: `at_least` keys: a rating attribute, or "any" (the highest rated attribute, interference included).
ANY = "any"
_ATTRIBUTES = symptoms.ATTRIBUTES + (ANY,)
_KEYS = {
    "common": {"id", "level", "trigger", "message_key", "source", "treatment", "risk_flags", "red_flag",
               "article_lines", "note", "context"},
    TEMPERATURE: {"at_least_c", "below_c"},
    SYMPTOM: {"symptoms", "at_least", "with_any", "new_within_days"},
    WORSENING: {"symptoms", "rises"},
    COMBINATION: {"count", "of_level"},
}


class AlertRulesError(KnownError):
    message = "The alert rules that come with the app could not be read, so alerts cannot be checked. Please reinstall the app."


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    #: True for one of the five documents our articles are written from; False for a named source beyond them.
    one_of_five: bool


@dataclass(frozen=True)
class Rule:
    id: str
    level: str
    trigger: str
    message_key: str
    source: Source
    treatment: str | None = None  # "on" | "off" | None (either)
    risk_flags: tuple[str, ...] = ()  # any of these (empty: no flag needed)
    context: tuple[str, ...] = ()  # all of these CONTEXT_FLAGS (empty: none needed)
    red_flag: bool = False  # interference >= 3 and worsening step it up one level
    symptoms: tuple[str, ...] = ()  # empty with trigger symptom/worsening: every symptom
    at_least: dict[str, int] = field(default_factory=dict)
    with_any: tuple[str, ...] = ()
    new_within_days: int | None = None
    at_least_c: float | str | None = None
    below_c: float | str | None = None
    rises: int = 0
    count: int = 0
    of_level: str | None = None
    article_lines: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    sources: dict[str, Source]
    default_fever_c: float
    #: The rules that can fire for one kind of entry (and symptom), in rule order: filled in by
    #: alerts.evaluate as it meets each kind, since it runs after every save (issue 17).
    by_trigger: dict[tuple[str, str | None], tuple[Rule, ...]] = field(default_factory=dict, compare=False, repr=False)

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


class _TriggerFields(TypedDict, total=False):
    """The Rule fields a trigger sets (the keys of _KEYS[trigger])."""

    at_least_c: float | str | None
    below_c: float | str | None
    symptoms: tuple[str, ...]
    at_least: dict[str, int]
    with_any: tuple[str, ...]
    new_within_days: int | None
    rises: int
    count: int
    of_level: str | None


def _fail(where: str, problem: str) -> AlertRulesError:
    return AlertRulesError(detail=f"alert_rules.json: {where}: {problem}")


def _symptom_ids(raw: object, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(s, str) for s in raw):
        raise _fail(where, "symptoms must be a list of symptom ids")
    for term_id in raw:
        if symptoms.term(term_id) is None:
            raise _fail(where, f"unknown symptom id {term_id!r}")
    return tuple(raw)


def _names(raw: object, where: str, what: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(name, str) for name in raw):
        raise _fail(where, f"{what} must be a list of names")
    return tuple(raw)


def _temperature_limit(raw: object, where: str) -> float | str | None:
    if raw is None:
        return None
    if raw == FEVER_C:
        return FEVER_C
    if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not 30 <= raw <= 45:
        raise _fail(where, f"temperature limit {raw!r} is not 'fever_c' or a number of °C")
    return float(raw)


def _parse_rule(raw: object, sources: dict[str, Source]) -> Rule:
    if not isinstance(raw, dict):
        raise _fail("rules", f"bad rule {raw!r}")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        raise _fail("a rule", "has no id")
    trigger = raw.get("trigger")
    if trigger not in TRIGGERS:
        raise _fail(rule_id, f"unknown trigger {trigger!r}")
    extra = set(raw) - _KEYS["common"] - _KEYS[trigger]
    if extra:
        raise _fail(rule_id, f"unknown keys {sorted(extra)}")
    if raw.get("level") not in LEVELS:
        raise _fail(rule_id, f"unknown level {raw.get('level')!r}")
    if raw.get("source") not in sources:
        raise _fail(rule_id, f"unknown source {raw.get('source')!r}")
    if not isinstance(raw.get("message_key"), str) or not raw["message_key"].strip():
        raise _fail(rule_id, "no message")
    if raw.get("treatment") not in (None, "on", "off"):
        raise _fail(rule_id, f"treatment must be 'on' or 'off', not {raw.get('treatment')!r}")
    flags = _names(raw.get("risk_flags", []), rule_id, "risk_flags")
    for flag in flags:
        if flag not in RISK_FLAGS:
            raise _fail(rule_id, f"unknown risk flag {flag!r}")
    context = _names(raw.get("context", []), rule_id, "context")
    for flag in context:
        if flag not in CONTEXT_FLAGS:
            raise _fail(rule_id, f"unknown context {flag!r}")
    kwargs: _TriggerFields = {}
    if trigger == TEMPERATURE:
        kwargs["at_least_c"] = _temperature_limit(raw.get("at_least_c"), rule_id)
        kwargs["below_c"] = _temperature_limit(raw.get("below_c"), rule_id)
        if kwargs["at_least_c"] is None and kwargs["below_c"] is None:
            raise _fail(rule_id, "a temperature rule needs at_least_c or below_c")
    elif trigger in (SYMPTOM, WORSENING):
        kwargs["symptoms"] = _symptom_ids(raw.get("symptoms", []), rule_id)
        if trigger == SYMPTOM:
            at_least = raw.get("at_least")
            if (not isinstance(at_least, dict) or not at_least or set(at_least) - set(_ATTRIBUTES)
                    or not all(isinstance(v, int) and 1 <= v <= symptoms.SCALE_MAX for v in at_least.values())):
                raise _fail(rule_id, "at_least must map severity/frequency/interference/any to 1-4")
            for term_id in kwargs["symptoms"]:
                term = symptoms.term(term_id)
                assert term is not None, term_id  # _symptom_ids refused unknown ids
                rated = term.attributes
                if ANY not in at_least and not set(at_least) & set(rated):
                    raise _fail(rule_id, f"symptom {term_id!r} is not rated by {sorted(at_least)}")
            kwargs["at_least"] = dict(at_least)
            kwargs["with_any"] = _symptom_ids(raw.get("with_any", []), rule_id)
            days = raw.get("new_within_days")
            if days is not None and (not isinstance(days, int) or days < 1):
                raise _fail(rule_id, "new_within_days must be a whole number of days")
            kwargs["new_within_days"] = days
        else:
            rises = raw.get("rises")
            if not isinstance(rises, int) or rises < 1:
                raise _fail(rule_id, "rises must be a whole number")
            kwargs["rises"] = rises
    else:
        if raw.get("of_level") not in LEVELS or not isinstance(raw.get("count"), int) or raw["count"] < 2:
            raise _fail(rule_id, "a combination needs of_level and a count of 2 or more")
        kwargs["of_level"], kwargs["count"] = raw["of_level"], raw["count"]
    lines = raw.get("article_lines", {})
    if not isinstance(lines, dict) or not all(isinstance(v, str) and v for v in lines.values()):
        raise _fail(rule_id, "article_lines must map article ids to text")
    return Rule(rule_id, raw["level"], trigger, raw["message_key"], sources[raw["source"]],
                treatment=raw.get("treatment"), risk_flags=flags, context=context, red_flag=bool(raw.get("red_flag", False)),
                article_lines=dict(lines), **kwargs)


def parse_rules(data: object) -> RuleSet:
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list) or not isinstance(data.get("sources"), list):
        raise _fail("file", "needs 'sources' and 'rules' lists")
    # JSON: each entry is checked before it is read.
    raw_sources: list[object] = data["sources"]
    raw_rules: list[object] = data["rules"]
    sources: dict[str, Source] = {}
    for raw in raw_sources:
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not isinstance(raw.get("title"), str):
            raise _fail("sources", f"bad source {raw!r}")
        if not isinstance(raw.get("one_of_five"), bool):
            raise _fail(raw["id"], "say whether the source is one of our five documents (one_of_five)")
        sources[raw["id"]] = Source(raw["id"], raw["title"], raw["one_of_five"])
    rules = tuple(_parse_rule(raw, sources) for raw in raw_rules)
    ids = [r.id for r in rules]
    if len(set(ids)) != len(ids):
        raise _fail("rules", "two rules share an id")
    fever = data.get("default_fever_c")
    if not isinstance(fever, (int, float)) or not FEVER_RANGE[0] <= fever <= FEVER_RANGE[1]:
        raise _fail("default_fever_c", f"must be between {FEVER_RANGE[0]} and {FEVER_RANGE[1]}")
    return RuleSet(rules, sources, float(fever))


def load_rules(text: str) -> RuleSet:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise _fail("file", f"not valid JSON ({exc})") from exc
    return parse_rules(data)


@lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    try:
        text = resource("alert_rules.json").read_text(encoding="utf-8")
    except OSError as exc:
        raise _fail("file", f"cannot be read ({exc.strerror})") from exc
    return load_rules(text)

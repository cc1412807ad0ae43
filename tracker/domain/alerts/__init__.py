""""Contact your team" alerts: the cited red-flag table as data, and pure functions that apply it.

levels.py (emergency > call_now > contact_today > mention > none), rules.py (the table,
read strictly), treatment.py (what "on anti-cancer treatment" means), evaluate.py
(findings and one card per log), emergency.py (the default emergency number).
Message keys are English source text with `{placeholders}`; the UI translates them
(context "AlertRules").
"""

from __future__ import annotations

from tracker.domain.alerts.evaluate import Alert, AlertContext, LogAlert, RecentEntry, cards, evaluate, history_needed
from tracker.domain.alerts.levels import (
    ALL_LEVELS,
    CALL_NOW,
    CONTACT_TODAY,
    EMERGENCY,
    LEVELS,
    MENTION,
    NONE,
    highest,
    rank,
)
from tracker.domain.alerts.rules import (
    FEVER_RANGE,
    SYMPTOM,
    TEMPERATURE,
    AlertRulesError,
    Rule,
    RuleSet,
    default_rules,
    load_rules,
    parse_rules,
)
from tracker.domain.alerts.treatment import (
    CONTEXT_FLAGS,
    CUSTOM,
    RISK_FLAGS,
    DrugFacts,
    DrugPeriod,
    LocalPeriod,
    Treatment,
    treatment_on,
)

__all__ = [
    "ALL_LEVELS", "CALL_NOW", "CONTACT_TODAY", "CONTEXT_FLAGS", "CUSTOM", "EMERGENCY", "FEVER_RANGE", "LEVELS", "MENTION", "NONE",
    "RISK_FLAGS", "SYMPTOM", "TEMPERATURE", "Alert", "AlertContext", "AlertRulesError", "DrugFacts", "DrugPeriod", "LocalPeriod",
    "LogAlert", "RecentEntry", "Rule", "RuleSet", "Treatment", "cards", "default_rules", "english_text", "evaluate",
    "highest", "history_needed", "load_rules", "parse_rules", "rank", "treatment_on",
]


def english_text(alert: Alert, symptom_name: str = "", rating_word: str = "") -> str:
    """The reason in English with placeholders filled (tests and the triage runner)."""
    return alert.message_key.format(
        value=alert.params.get("value", ""), symptom=symptom_name, rating=rating_word,
        count=alert.params.get("count", ""),
    )

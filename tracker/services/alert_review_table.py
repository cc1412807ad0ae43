"""The red-flag table in words, on one page, for clinical review (docs/clinical-safety/alert-rules.md).

Written from the same RuleSet the app runs, so the page cannot drift from the rules:
tools/alert_rules_table.py writes it and a test fails while the page and the table differ.
English only: it is a document for the clinical safety officer, not app text.
"""

from __future__ import annotations

from collections.abc import Iterable

from tracker.domain import symptoms
from tracker.domain.alerts import levels as lv
from tracker.domain.alerts.evaluate import INTERFERENCE_ESCALATES_AT
from tracker.domain.alerts.rules import ANY, COMBINATION, FEVER_C, FEVER_RANGE, TEMPERATURE, WORSENING, Rule, RuleSet
from tracker.domain.alerts.treatment import RECENT, RISK_FLAGS
from tracker.domain.catalog import Drug

LEVEL_WORDS = {
    lv.EMERGENCY: "**emergency**: call the emergency number",
    lv.CALL_NOW: "**call now**: 24-hour line, day or night",
    lv.CONTACT_TODAY: "**contact today**: the team, same day",
    lv.MENTION: "**mention**: next appointment",
}
FLAG_WORDS = {
    "neutropenia": "often lowers white cells (neutropenia)",
    "ild": "can inflame the lungs (pneumonitis / interstitial lung disease)",
    "hyperglycaemia": "can raise blood sugar",
    "colitis": "can inflame the bowel (immune-related colitis)",
    "diarrhoea": "diarrhoea can become serious quickly",
    "qt": "can change the heart's rhythm (QT prolongation)",
    "onj": "can damage the jaw bone (osteonecrosis of the jaw)",
    "clots": "raises the risk of blood clots",
}
OPEN_QUESTIONS = (
    "**Written by engineers.** Every rule, level and threshold here, and the expected level of every "
    "vignette in tests/clinical/vignettes.json, was written by the engineers from the cited sources. "
    "The vignettes prove the code does what the table says; they cannot show that the table is "
    "clinically right, because the same people wrote both. No clinician has reviewed either.",
    "**SmPC sources are grouped per risk flag.** Each `smpc_*` source names several products' Summaries "
    "of Product Characteristics at once, without the section or the frequency that supports each "
    "drug's flag. The catalog gives a drug its flags; the \"Risk flags\" table above lists the flagged "
    "drugs that the grouped source does not name, which a reviewer should check one by one.",
    "**Ratings stand in for triage grades.** UKONS asks about grades and episode counts; the app asks "
    "for patient-reported severity, frequency and interference on 0-4 scales (diarrhoea and vomiting "
    "as episodes in 24 hours). Which rating matches which UKONS grade is an engineering judgement.",
    "**\"On anti-cancer treatment\" errs on the side of calling**: any systemic anti-cancer drug current "
    f"or ended in the last {RECENT.days // 7} weeks (endocrine therapy alone included), any drug typed by "
    "hand, or no plan entered. Whether endocrine therapy alone should count for the temperature rules "
    "(more calls for people at low risk of neutropenia) is open.",
    "**The fever-threshold setting now changes the level only off treatment.** On treatment, "
    "`raised_temperature_on_treatment` already calls now at 37.5 °C or above, so `fever_on_treatment` "
    f"(at the setting, {FEVER_RANGE[0]}-{FEVER_RANGE[1]} °C) never changes the level: it only decides "
    "which reason and source the card shows (NICE CG151's infection wording instead of the UKONS one). "
    "Off treatment the setting moves the same-day alert (`fever_off_treatment`) down to as low as "
    f"{FEVER_RANGE[0]} °C. Whether to keep the setting, whether to keep `fever_on_treatment`, and whether "
    "a temperature off treatment should ever be more than contact today need a clinical decision.",
    "**Fixed choices with no single source**: \"new\" means not logged in the previous 28 days; a "
    f"red flag steps up one level at interference {INTERFERENCE_ESCALATES_AT} or more and again when it "
    "is worse than the last rating; stepping up stops at call now (only a rule can say emergency).",
)


def _symptom_names(ids: Iterable[str]) -> str:
    names = []
    for term_id in ids:
        term = symptoms.term(term_id)
        names.append(term.name.lower() if term else term_id)
    return " or ".join(names)


def _scale(attribute: str, value: int, term_ids: tuple[str, ...]) -> str:
    """The word the patient picks for `value`, e.g. "severe", or an episode count for diarrhoea."""
    if attribute == ANY:
        return f"any rating {value} or more"
    scales = {term.frequency_scale for term in (symptoms.term(t) for t in term_ids)
              if term is not None and term.frequency_scale}
    if attribute == symptoms.FREQUENCY and len(scales) == 1:
        words = symptoms.EPISODE_SCALES[scales.pop()]
        return f"{words[value]} in 24 h" + (" or more" if value < symptoms.SCALE_MAX else "")
    more = " or more" if value < symptoms.SCALE_MAX else ""
    return f"{attribute} {symptoms.SCALE_WORDS[attribute][value]} ({value}){more}"


def _celsius(limit: float | str | None) -> str:
    return "the fever-threshold setting" if limit == FEVER_C else f"{limit} °C"


def trigger_words(rule: Rule) -> str:
    if rule.trigger == TEMPERATURE:
        parts = []
        if rule.at_least_c is not None:
            parts.append(f"temperature at or above {_celsius(rule.at_least_c)}")
        if rule.below_c is not None:
            parts.append(f"temperature below {_celsius(rule.below_c)}")
        return " and ".join(parts)
    if rule.trigger == COMBINATION:
        return f"{rule.count} or more {(rule.of_level or '').replace('_', ' ')} findings in one log"
    what = _symptom_names(rule.symptoms) if rule.symptoms else "any symptom"
    if rule.trigger == WORSENING:
        return f"{what} rated higher {rule.rises} times in a row"
    ratings = " or ".join(_scale(attribute, value, rule.symptoms) for attribute, value in rule.at_least.items())
    text = f"{what}: {ratings}"
    if rule.with_any:
        text += f", with {_symptom_names(rule.with_any)} in the same log"
    if rule.new_within_days is not None:
        text += f"; new (not logged in the previous {rule.new_within_days} days)"
    return text


def applies_to(rule: Rule) -> str:
    who = {"on": "on anti-cancer treatment", "off": "not on anti-cancer treatment", None: "everyone"}[rule.treatment]
    if rule.risk_flags:
        flags = " or ".join(f"`{flag}`" for flag in rule.risk_flags)
        who = f"on a drug flagged {flags}" + ("" if rule.treatment is None else f" ({who})")
    if "spine_radiotherapy" in rule.context:
        where = "after radiotherapy to the spine (going on, or ended in the last 12 weeks)"
        who = where if who == "everyone" else f"{who}, {where}"
    return who


def _fever_rules(rules: RuleSet) -> str:
    return ", ".join(f"`{r.id}`" for r in rules.rules if FEVER_C in (r.at_least_c, r.below_c)) or "none"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _named_in(drug: Drug, titles: list[str]) -> bool:
    names = [drug.generic_name.split(" (")[0], *drug.brand_names]
    return any(name.casefold() in title.casefold() for name in names for title in titles)


def render(rules: RuleSet, drugs: list[Drug]) -> str:
    out = [
        "# Alert rules for clinical review",
        "",
        "<!-- Generated from resources/alert_rules.json by tools/alert_rules_table.py; do not edit by hand. -->",
        "",
        "Every rule the app uses to show a \"contact your team\" alert, in the order the table holds them. "
        "The app and `tracker triage-check` run exactly these rules. **No clinician has reviewed them** "
        "(see [README](README.md) and hazards H-03, H-04, H-05 and H-13 in the [hazard log](hazard-log.md)).",
        "",
        "## How to read the table",
        "",
        "- **Levels**: " + "; ".join(LEVEL_WORDS[level] for level in lv.LEVELS) + ".",
        f"- **On anti-cancer treatment**: any systemic anti-cancer drug taken now or in the last "
        f"{RECENT.days // 7} weeks, any drug typed by hand, or no plan entered yet.",
        f"- **Fever-threshold setting**: default {rules.default_fever_c} °C; a team may lower it to "
        f"{FEVER_RANGE[0]} °C, never raise it. Rules that use it: {_fever_rules(rules)}. "
        "No other threshold can be changed.",
        f"- **Steps up** (red flags only): interference {INTERFERENCE_ESCALATES_AT} or more, and a rating "
        "higher than the last one of the same symptom, each step the finding up one level, to call now at most.",
        "- Per log and symptom (or temperature) only the most urgent finding is kept; each log gets one card "
        "at its highest level, with the lesser reasons inside.",
        "- Ratings are patient-reported (carer-reported when a carer entered them) on 0-4 scales.",
        "",
        "## Rules",
        "",
        "| # | Rule | Trigger | Level | Applies to | Steps up | Source |",
        "|---|---|---|---|---|---|---|",
    ]
    for number, rule in enumerate(rules.rules, start=1):
        cited = rule.source.title + ("" if rule.source.one_of_five else " *(beyond our five documents)*")
        out.append(f"| {number} | `{rule.id}` | {_cell(trigger_words(rule))} | {LEVEL_WORDS[rule.level]} | "
                   f"{_cell(applies_to(rule))} | {'yes' if rule.red_flag else 'no'} | {_cell(cited)} |")
    out += ["", "## Risk flags", "",
            "Which catalog drugs carry each flag, and which of them the cited source does not name.", "",
            "| Flag | Meaning | Rules | Catalog drugs with the flag | Not named in the cited source |",
            "|---|---|---|---|---|"]
    for flag in RISK_FLAGS:
        using = [rule for rule in rules.rules if flag in rule.risk_flags]
        titles = sorted({rule.source.title for rule in using})
        flagged = sorted((d for d in drugs if flag in d.risk_flags), key=lambda d: d.generic_name.casefold())
        unnamed = [d.generic_name for d in flagged if not _named_in(d, titles)]
        out.append(f"| `{flag}` | {FLAG_WORDS[flag]} | {', '.join(f'`{r.id}`' for r in using) or 'none'} | "
                   f"{_cell(', '.join(d.generic_name for d in flagged)) or 'none'} | "
                   f"{_cell(', '.join(unnamed)) or 'none'} |")
    out += ["", "## Sources", "", "| Id | Title | One of our five documents |", "|---|---|---|"]
    for source in rules.sources.values():
        out.append(f"| `{source.id}` | {_cell(source.title)} | {'yes' if source.one_of_five else 'no'} |")
    out += ["", "## Open clinical questions", ""]
    out += [f"{index}. {question}" for index, question in enumerate(OPEN_QUESTIONS, start=1)]
    return "\n".join(out) + "\n"

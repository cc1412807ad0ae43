"""docs/clinical-safety/alert-rules.md is the shipped red-flag table, in words, and stays so."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tracker.domain.alerts import default_rules, parse_rules
from tracker.domain.resources import resource
from tracker.services import alert_review_table, catalog

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "clinical-safety" / "alert-rules.md"


def _row(page: str, rule_id: str) -> str:
    found = re.search(rf"^\| \d+ \| `{re.escape(rule_id)}` \|.*$", page, re.M)
    assert found, rule_id
    return found.group(0)


def test_the_review_page_is_what_the_tool_writes_from_the_shipped_table():
    # Fails after a rule or a drug's risk flags change until tools/alert_rules_table.py is run.
    assert PAGE.read_text(encoding="utf-8") == alert_review_table.render(default_rules(), catalog.drugs())


def test_every_rule_is_on_the_page_with_its_level_audience_and_source():
    page = PAGE.read_text(encoding="utf-8")
    for rule in default_rules().rules:
        row = _row(page, rule.id)
        assert alert_review_table.LEVEL_WORDS[rule.level] in row, rule.id
        assert rule.source.title in row, rule.id
        for flag in rule.risk_flags:
            assert f"`{flag}`" in row, rule.id
    fever = _row(page, "fever_off_treatment")
    assert "the fever-threshold setting" in fever and "not on anti-cancer treatment" in fever
    assert "temperature at or above 37.5 °C" in _row(page, "raised_temperature_on_treatment")
    assert "7 to 9 above normal in 24 h or more" in _row(page, "diarrhoea_7_or_more")
    assert "Open clinical questions" in page and "No clinician has reviewed" in page


def test_a_changed_level_shows_on_the_page():
    data = json.loads(resource("alert_rules.json").read_text(encoding="utf-8"))
    rule = next(r for r in data["rules"] if r["id"] == "chest_pain_severe")
    rule["level"] = "contact_today"
    changed = alert_review_table.render(parse_rules(data), catalog.drugs())
    assert "**contact today**" in _row(changed, "chest_pain_severe")
    assert changed != PAGE.read_text(encoding="utf-8")


def test_flagged_drugs_the_grouped_source_does_not_name_are_listed():
    page = PAGE.read_text(encoding="utf-8")
    onj = re.search(r"^\| `onj` \|.*$", page, re.M)
    assert onj
    not_named = onj.group(0).rstrip(" |").rsplit("|", 1)[1]
    assert "pamidronate" in not_named and "zoledronic acid" not in not_named and "denosumab" not in not_named

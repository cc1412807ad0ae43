"""The two alert articles list exactly the table's warning signs, level by level."""

from __future__ import annotations

import pytest

from tracker.domain.alerts import default_rules
from tracker.domain.alerts.articles import ARTICLES, HEADINGS, render_sections, section_bullets, warning_lines
from tracker.domain.learn import parse_article
from tracker.domain.resources import resource


def body(article_id: str) -> str:
    return parse_article(resource("articles", f"{article_id}.md").read_text(encoding="utf-8")).body


@pytest.mark.parametrize("article_id", ARTICLES)
def test_each_level_section_lists_exactly_the_rules_at_that_level(article_id):
    wanted = warning_lines(default_rules(), article_id)
    assert wanted, article_id
    for level, lines in wanted.items():
        assert section_bullets(body(article_id), HEADINGS[level]) == lines, (article_id, level)


@pytest.mark.parametrize("article_id", ARTICLES)
def test_the_article_is_what_the_generator_writes(article_id):
    text = body(article_id)
    assert render_sections(text, default_rules(), article_id) == text


def test_a_mismatch_is_caught():
    text = body("symptoms-to-report-at-once").replace("- **Yellow skin or eyes.**\n", "")
    lines = warning_lines(default_rules(), "symptoms-to-report-at-once")["contact_today"]
    assert section_bullets(text, HEADINGS["contact_today"]) != lines


def test_every_emergency_and_call_now_rule_with_a_red_flag_symptom_is_in_the_at_once_article():
    listed = {r.id for r in default_rules().rules if "symptoms-to-report-at-once" in r.article_lines}
    urgent = {r.id for r in default_rules().rules if r.level in ("emergency", "call_now") and r.trigger != "combination"}
    assert urgent - listed <= {"shivers_low_white_cells"}

"""The article format and the Markdown subset (pure, no Qt, no files)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.learn import (
    ArticleFormatError,
    GlossaryIndex,
    GlossaryTerm,
    article_links,
    body_html,
    glossary_uses,
    parse_article,
    prose_for_grading,
    snippet,
)

GOOD = """---
id: sample
title: A sample
summary: What it says.
topic: Testing
order: 5
reading_level: grade 5.0 (Flesch-Kincaid)
sources: one, two
related_drugs: fulvestrant, elacestrant
related_symptoms:
aliases: Faslodex
review_status: not-clinically-reviewed
review_by: Treatment Journey writers (not clinicians)
review_against: one
review_date: 2026-12-02
---
## Heading

Some **bold [[HER2]] words** and a [link](article:other).

- first item
- second [[shown|HER2-low]]
"""


def test_parse_reads_front_matter_and_lists():
    item = parse_article(GOOD)
    assert item.id == "sample"
    assert item.sources == ("one", "two")
    assert item.related_drugs == ("fulvestrant", "elacestrant")
    assert item.related_symptoms == ()
    assert item.aliases == ("Faslodex",)
    assert item.order == 5
    assert item.body.startswith("## Heading")
    assert item.review.status == "not-clinically-reviewed" and not item.review.clinical
    assert item.review.by == "Treatment Journey writers (not clinicians)"
    assert item.review.against == ("one",)
    assert item.review.date == date(2026, 12, 2)


@pytest.mark.parametrize(
    "text, problem",
    [
        ("id: x\n", "must start"),
        ("---\nid: x\n", "not closed"),
        ("---\nid x\n---\n", "key: value"),
        ("---\nid: x\ntitle: t\n---\nbody", "missing"),
        (GOOD.replace("order: 5", "order: soon"), "whole number"),
        (GOOD.replace("review_status: not-clinically-reviewed", "review_status: reviewed"), "review_status must be"),
        (GOOD.replace("review_date: 2026-12-02", "review_date: last week"), "review_date must be a date"),
        (GOOD.replace("review_by: Treatment Journey writers (not clinicians)\n", ""), "missing review_by"),
        (GOOD.replace("review_against: one\n", ""), "missing review_against"),
        # The old commit-date field is refused, so no article keeps a date that says nothing.
        (GOOD.replace("review_date: 2026-12-02", "review_date: 2026-12-02\nlast_reviewed: 2026-11-23"), "last_reviewed is replaced"),
    ],
)
def test_parse_rejects_broken_files(text, problem):
    with pytest.raises(ArticleFormatError, match=problem):
        parse_article(text)


def test_links_and_glossary_uses_are_found():
    item = parse_article(GOOD)
    assert article_links(item.body) == ["other"]
    assert glossary_uses(item.body) == ["HER2", "HER2-low"]


def test_html_has_links_terms_bold_and_escapes():
    index = GlossaryIndex([GlossaryTerm("HER2", "A protein <on> cells.", ("HER2 protein",))])
    out = body_html("**[[her2]] & [x](article:y)** <script>\n\n- [[HER2 protein|HER2]]", index.find)
    assert '<b><a class="term" href="glossary:her2"' in out
    assert 'title="HER2: A protein &lt;on&gt; cells."' in out
    assert '<a href="article:y">x</a></b>' in out
    assert "&lt;script&gt;" in out and "<script>" not in out
    assert "<ul>" in out and "<li>" in out


def test_unknown_glossary_term_is_plain_text():
    out = body_html("A [[mystery word]] here", lambda _name: None)
    assert out == "<p>A mystery word here</p>"


def test_heading_levels_sit_under_the_page_title():
    out = body_html("# Big\n\n## Smaller", lambda _n: None)
    assert "<h2>Big</h2>" in out and "<h3>Smaller</h3>" in out


def test_grading_text_drops_headings_and_markup():
    prose = prose_for_grading(parse_article(GOOD).body)
    assert "Heading" not in prose
    assert "[[" not in prose and "**" not in prose and "(article:" not in prose
    assert "first item." in prose


def test_glossary_lookup_ignores_case_spacing_and_aliases():
    index = GlossaryIndex([GlossaryTerm("CDK4/6 inhibitor", "d", ("CDK 4/6 inhibitor",))])
    assert index.find("cdk4/6  Inhibitor") is not None
    assert index.find("CDK 4/6 inhibitor") is not None
    assert index.by_slug("cdk4-6-inhibitor") is not None
    assert index.find("CDK inhibitor") is None


def test_snippet_centres_on_the_phrase():
    text = "Alpha beta. " * 30 + "The low white cell count matters. " + "Gamma delta. " * 30
    piece = snippet(text, ["low", "white"], width=80)
    assert "low white cell" in piece
    assert piece.startswith("…") and piece.endswith("…")

"""Rewrite the warning lists in the two alert articles from resources/alert_rules.json.

Run after changing a rule's level or article_lines:  .venv/bin/python tools/alert_article_lists.py
tests/domain/test_alerts_articles.py fails while an article and the table disagree.
"""

from __future__ import annotations

from tracker.domain.alerts import default_rules
from tracker.domain.alerts.articles import ARTICLES, render_sections
from tracker.domain.resources import resource


def main() -> None:
    rules = default_rules()
    for article_id in ARTICLES:
        path = resource("articles", f"{article_id}.md")
        text = path.read_text(encoding="utf-8")
        end = text.index("\n---", 3) + 4
        path.write_text(text[:end] + render_sections(text[end:], rules, article_id), encoding="utf-8")


if __name__ == "__main__":
    main()

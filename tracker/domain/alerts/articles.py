"""The warning lists in the "symptoms to report at once" and "infection and fever" articles come from the table.

Each rule may give a bullet line per article (`article_lines`). Under each level's heading
an article lists exactly the lines of the rules at that level, in table order, no more and
no less; tools/alert_article_lists.py rewrites them and a test checks they match.
"""

from __future__ import annotations

from tracker.domain.alerts.levels import CALL_NOW, CONTACT_TODAY, EMERGENCY
from tracker.domain.alerts.rules import RuleSet

ARTICLES = ("symptoms-to-report-at-once", "infection-and-fever")
#: Heading text (after "## ") under which an article lists a level's warning signs.
HEADINGS = {
    EMERGENCY: "Call an emergency number (999, 112 or 911) for",
    CALL_NOW: "Call your 24-hour line at once, day or night, for",
    CONTACT_TODAY: "Contact your team the same day about",
}


def warning_lines(rules: RuleSet, article_id: str) -> dict[str, list[str]]:
    """Level -> the bullet lines the article must list under that level's heading (table order)."""
    lines: dict[str, list[str]] = {}
    for rule in rules.rules:
        text = rule.article_lines.get(article_id)
        if text is not None and text not in lines.setdefault(rule.level, []):
            lines[rule.level].append(text)
    return lines


def section_bullets(body: str, heading: str) -> list[str] | None:
    """The "- " bullets right under `## heading` (None when the article has no such heading)."""
    found: list[str] | None = None
    for line in body.splitlines():
        if line.startswith("#"):
            if found is not None:
                break
            if line.lstrip("#").strip() == heading:
                found = []
            continue
        if found is not None and line.startswith("- "):
            found.append(line[2:].strip())
        elif found is not None and found and line.strip():
            break
    return found


def render_sections(body: str, rules: RuleSet, article_id: str) -> str:
    """`body` with each level's bullets replaced by the table's lines (headings must already exist)."""
    wanted = warning_lines(rules, article_id)
    lines = body.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        level = next((lv for lv, h in HEADINGS.items() if line.startswith("## ") and line[3:].strip() == h), None)
        if level is None or level not in wanted:
            continue
        while i < len(lines) and (not lines[i].strip() or lines[i].startswith("- ")):
            i += 1
        out.append("")
        out.extend(f"- {text}" for text in wanted[level])
        if i < len(lines):
            out.append("")
    return "\n".join(out) + ("\n" if body.endswith("\n") else "")

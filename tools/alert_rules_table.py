"""Write docs/clinical-safety/alert-rules.md, the red-flag table on one page for clinical review.

Run after changing resources/alert_rules.json or a drug's risk flags:
    .venv/bin/python tools/alert_rules_table.py
tests/services/test_alert_review_table.py fails while the page and the table differ.
"""

from __future__ import annotations

from pathlib import Path

from tracker.domain.alerts import default_rules
from tracker.services import catalog
from tracker.services.alert_review_table import render

PAGE = Path(__file__).resolve().parents[1] / "docs" / "clinical-safety" / "alert-rules.md"


def main() -> None:
    PAGE.write_text(render(default_rules(), catalog.drugs()), encoding="utf-8")


if __name__ == "__main__":
    main()

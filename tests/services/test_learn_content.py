"""The Learn library's content: every promised article exists, every link resolves.

These are the checks from issue 6: article ids in docs/ARCHITECTURE.md, drug catalog and
symptom terms link to real articles, no broken internal link, every glossary term used
is defined, and search finds drugs by brand name.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tracker.domain.learn import article_links, glossary_uses, plain_text
from tracker.domain.resources import resource
from tracker.services import learn

ROOT = Path(__file__).resolve().parents[2]
ARCHITECTURE = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    match = re.search(rf"### {re.escape(title)}[^\n]*\n\n(.*?)\n\n", ARCHITECTURE, re.S)
    assert match, f"section {title!r} not found in ARCHITECTURE.md"
    return match.group(1)


def promised_article_ids() -> set[str]:
    return {part.strip() for part in _section("Article ids").replace("\n", " ").split(",") if part.strip()}


def promised_symptom_articles() -> dict[str, str]:
    """symptom id -> article id, from the 'Symptom → article' paragraph."""
    paragraph = re.search(r"Symptom → article: (.*?)\n\n", ARCHITECTURE, re.S).group(1).replace("\n", " ")
    mapping: dict[str, str] = {}
    for clause in paragraph.split(";"):
        symptoms, _, article_id = clause.partition("→")
        for symptom in re.split(r"[,/]", symptoms):
            if symptom.strip():
                mapping[symptom.strip()] = article_id.strip().rstrip(".")
    return mapping


@pytest.fixture(autouse=True)
def fresh_library():
    learn.reload()
    yield
    learn.reload()


def test_every_promised_article_exists():
    ids = {a.id for a in learn.articles()}
    assert len(promised_article_ids()) >= 40
    assert promised_article_ids() - ids == set()


def test_articles_have_complete_metadata_and_substance():
    source_ids = {s.id for s in learn.sources()}
    for item in learn.articles():
        assert item.title and item.summary and item.topic, item.id
        assert item.sources and set(item.sources) <= source_ids, item.id
        assert item.review.against and set(item.review.against) <= set(item.sources), item.id
        words = len(plain_text(item.body).split())
        assert 250 <= words <= 650, f"{item.id}: {words} words"


def test_no_broken_internal_links():
    ids = {a.id for a in learn.articles()}
    broken = [(a.id, target) for a in learn.articles() for target in article_links(a.body) if target not in ids]
    assert broken == []


def test_every_glossary_term_used_is_defined():
    index = learn.glossary_index()
    undefined = [(a.id, term) for a in learn.articles() for term in glossary_uses(a.body) if index.find(term) is None]
    assert undefined == []


def test_glossary_has_the_terms_patients_meet():
    index = learn.glossary_index()
    required = [
        "HER2", "HER2-low", "ER-positive", "PR-positive", "triple negative", "hormone receptor",
        "CDK4/6 inhibitor", "aromatase inhibitor", "SERD", "bisphosphonate", "denosumab", "tumour marker",
        "cycle", "line of treatment", "metastasis", "secondary breast cancer", "biopsy", "CT scan", "MRI",
        "bone scan", "PET-CT", "palliative care", "oncologist", "clinical nurse specialist", "neutropenia",
        "progression", "stable disease", "response", "clinical trial", "ADC", "PARP inhibitor", "BRCA",
        "PIK3CA", "ESR1", "immunotherapy", "PD-L1", "radiotherapy", "steroid", "osteonecrosis of the jaw",
        "spinal cord compression", "hypercalcaemia",
    ]
    assert [term for term in required if index.find(term) is None] == []
    ids = {a.id for a in learn.articles()}
    for entry in learn.glossary():
        assert entry.definition.endswith("."), entry.term
        assert entry.article is None or entry.article in ids, entry.term
    slugs = Counter(entry.slug for entry in learn.glossary())
    assert [slug for slug, n in slugs.items() if n > 1] == []


def test_symptoms_link_to_the_documented_articles():
    mapping = promised_symptom_articles()
    assert len(mapping) >= 40
    wrong = {s: (learn.article_for_symptom(s) and learn.article_for_symptom(s).id) for s, a in mapping.items()
             if learn.article_for_symptom(s) is None or learn.article_for_symptom(s).id != a}
    assert wrong == {}


def test_every_symptom_term_links_to_an_existing_article():
    path = resource("symptoms.json")
    if not path.exists():
        pytest.skip("resources/symptoms.json is not there yet")
    terms = json.loads(path.read_text(encoding="utf-8"))["terms"]
    ids = {a.id for a in learn.articles()}
    missing = [t["id"] for t in terms if learn.article_for_symptom(t["id"]) is None]
    assert missing == []
    assert [t["id"] for t in terms if t.get("article_id") and t["article_id"] not in ids] == []


def test_every_catalog_drug_links_to_an_existing_article():
    if not resource("catalog", "drugs.json").exists():
        pytest.skip("resources/catalog/drugs.json is not there yet")
    from tracker.services import catalog

    ids = {a.id for a in learn.articles()}
    drugs = catalog.drugs()
    assert drugs
    assert [d.id for d in drugs if learn.article_for_drug(d.id) is None] == []
    assert [(d.id, a) for d in drugs for a in d.article_ids if a not in ids] == []


def test_each_drug_and_symptom_has_one_home_article():
    drugs = Counter(d for a in learn.articles() for d in a.related_drugs)
    symptoms = Counter(s for a in learn.articles() for s in a.related_symptoms)
    assert [d for d, n in drugs.items() if n > 1] == []
    assert [s for s, n in symptoms.items() if n > 1] == []


def test_article_for_drug_uses_metadata_without_the_catalog(monkeypatch):
    monkeypatch.setattr(learn, "_catalog_drugs", lambda: [])
    learn.reload()
    assert learn.article_for_drug("fulvestrant").id == "fulvestrant-and-oral-serds"
    assert learn.article_for_drug("zoledronic_acid").id == "bisphosphonates"
    assert learn.article_for_drug("trastuzumab_deruxtecan").id == "antibody-drug-conjugates"
    assert learn.article_for_drug("no_such_drug") is None


@pytest.mark.parametrize("with_catalog", [True, False])
def test_search_faslodex_finds_fulvestrant_first(monkeypatch, with_catalog):
    if not with_catalog:
        monkeypatch.setattr(learn, "_catalog_drugs", lambda: [])
        learn.reload()
    hits = learn.search("Faslodex")
    assert hits and hits[0].kind == "article" and hits[0].target == "fulvestrant-and-oral-serds"
    assert "Faslodex" in hits[0].snippet


def test_search_ranks_titles_and_finds_glossary_entries():
    hits = learn.search("denosumab")
    assert hits[0].target == "denosumab"
    assert any(h.kind == "glossary" for h in hits)
    assert learn.search("  ") == []
    assert learn.search("zzqqxx") == []


def test_search_prefix_and_multiword():
    assert learn.search("fulv")[0].target == "fulvestrant-and-oral-serds"
    top = [h.target for h in learn.search("spinal cord")[:2]]
    assert "spinal-cord-compression" in top


def test_sources_are_the_five_documents_with_publishers():
    sources = {s.id: s for s in learn.sources() if s.kind == "document"}
    assert len(sources) == 5
    assert sources["uptodate-local"].title == "The role of local therapies in metastatic breast cancer"
    assert sources["macmillan-secondary"].publisher == "Macmillan Cancer Support"
    assert sources["bcn-treatment"].publisher == "Breast Cancer Now"
    cited = {s for a in learn.articles() for s in a.sources}
    assert set(sources) <= cited


def test_tests_and_terms_lead_to_their_articles():
    assert learn.article_for_term("CA 15-3").id == "tumour-markers"
    assert learn.article_for_term("ct scan").id == "tests-and-monitoring"
    assert learn.article_for_term("bone scan").id == "tests-and-monitoring"
    assert learn.article_for_term("HER2 low").id == "antibody-drug-conjugates"
    assert learn.article_for_term("no such thing") is None


def test_question_words_do_not_hide_the_answer():
    assert learn.search("what is a cycle?")[0].target == "how-cycles-work"
    assert learn.search("why do I need a biopsy")[0].kind in ("article", "glossary")
    assert learn.search("what")  # only question words: still searched as typed

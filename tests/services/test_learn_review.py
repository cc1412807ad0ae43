"""Learn's review record and the content corrections of issue 12 (items 9 and 10).

The review record must be truthful: no article has had a clinical review yet, and each
says who checked it against which of its sources and when. The corrections are pinned
here so a later edit cannot quietly bring the old wording back.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.learn import NOT_CLINICALLY_REVIEWED, plain_text
from tracker.services import learn


@pytest.fixture(autouse=True)
def fresh_library():
    learn.reload()
    yield
    learn.reload()


def _text(article_id: str) -> str:
    item = learn.article(article_id)
    assert item is not None, article_id
    return " ".join(plain_text(item.body).split())


def test_no_article_claims_a_clinical_review_it_has_not_had():
    # When a clinician signs an article off, change its review lines and this test
    # together (docs/clinical-safety/content-review.md says how).
    for item in learn.articles():
        assert item.review.status == NOT_CLINICALLY_REVIEWED, item.id
        assert "not clinicians" in item.review.by, item.id
        assert date(2026, 11, 23) <= item.review.date <= date(2026, 12, 31), item.id


def test_sources_beyond_the_five_documents_are_marked_and_used():
    references = [s for s in learn.sources() if s.kind == "reference"]
    assert references
    cited = {s for a in learn.articles() for s in a.sources}
    for source in references:
        assert source.url.startswith("http"), source.id
        assert source.id in cited, f"{source.id} is listed but no article cites it"


def test_an_article_citing_an_unknown_source_does_not_load(tmp_path, monkeypatch):
    from tracker.domain.learn import ArticleFormatError
    from tracker.domain.resources import resource_dir

    real = resource_dir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "sources.json").write_text((real / "sources.json").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "articles" / "x.md").write_text(
        "---\nid: x\ntitle: X\nsummary: s\ntopic: t\nreading_level: r\nsources: uptodate-mbc\n"
        "review_status: not-clinically-reviewed\nreview_by: w\nreview_against: no-such-source\n"
        "review_date: 2026-12-02\n---\nText.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("TRACKER_RESOURCES", str(tmp_path))
    learn.reload()
    with pytest.raises(ArticleFormatError, match="no-such-source"):
        learn.articles()


def test_megestrol_is_described_as_raising_appetite():
    text = _text("tamoxifen")
    assert "Megestrol" in text and "hungrier" in text


def test_steroids_are_taken_in_the_morning_and_at_midday():
    text = _text("steroids")
    assert "in the morning" in text and "at about midday, not in the evening" in text


def test_lung_inflammation_on_trastuzumab_deruxtecan_has_its_real_frequency():
    text = _text("antibody-drug-conjugates")
    assert "It is not rare" in text and "1 in 8" in text
    assert "This is rare" not in text
    assert "enhertu-prescribing-information" in learn.article("antibody-drug-conjugates").sources


@pytest.mark.parametrize("article_id", ["jaw-osteonecrosis-and-dental-care", "bisphosphonates", "denosumab"])
def test_jaw_osteonecrosis_is_given_with_figures_not_called_rare(article_id):
    text = _text(article_id)
    assert "in 100" in text
    assert "Rarely, an area of jawbone" not in text and "is a rare problem" not in text
    assert {"swog-s0702-onj", "limones-2020-onj"} & set(learn.article(article_id).sources)
    entry = learn.glossary_index().find("osteonecrosis of the jaw")
    assert "rare" not in entry.definition.lower().replace("uncommon", "")


def test_osteoporosis_products_are_marked_as_not_the_cancer_dose():
    assert "Aclasta" in _text("bisphosphonates") and "not the dose used for cancer" in _text("bisphosphonates")
    assert "Prolia" in _text("denosumab") and "not the cancer dose" in _text("denosumab")


def test_subcutaneous_trastuzumab_has_no_larger_first_dose():
    assert "no larger first dose" in _text("her2-antibodies")


def test_triple_negative_is_consistent_with_her2_low_treatment():
    entry = learn.glossary_index().find("triple negative")
    assert "HER2-low" in entry.definition and "trastuzumab deruxtecan" in entry.definition
    assert "HER2 drugs do not work" not in entry.definition
    assert "triple negative" in learn.glossary_index().find("HER2-low").definition
    assert "HER2-low" in _text("receptor-status").split("Triple negative")[1]


def test_spinal_cord_compression_separates_pain_alone_from_nerve_signs():
    # NICE NG234: pain alone -> contact the team the same day; nerve signs -> at once.
    text = _text("spinal-cord-compression")
    today, now = text.index("Contact your team today"), text.index("Call your 24-hour line now")
    assert today < text.index("wakes you at night") < now < text.index("bladder or bowels")
    assert "nice-ng234" in learn.article("spinal-cord-compression").sources


@pytest.mark.parametrize(
    "query, article_id",
    [("SBRT", "stereotactic-radiotherapy"), ("radiosurgery", "stereotactic-radiotherapy"),
     ("pleural catheter", "drains-pleural-and-ascitic"), ("paracentesis", "drains-pleural-and-ascitic")],
)
def test_new_articles_are_found_by_the_words_people_meet(query, article_id):
    assert learn.search(query)[0].target == article_id


def test_glossary_words_lead_to_the_new_articles():
    assert learn.article_for_term("stereotactic radiotherapy").id == "stereotactic-radiotherapy"
    assert learn.article_for_term("pleural effusion").id == "drains-pleural-and-ascitic"
    assert learn.article_for_term("indwelling pleural catheter").id == "drains-pleural-and-ascitic"

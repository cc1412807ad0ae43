"""The drug catalog: complete for the sources, valid ids, templates the engine accepts."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tracker.domain.schedule import Schedule, occurrences, pattern_from_dict
from tracker.services import catalog

SYMPTOM_IDS = set("""fatigue sleep_problems nausea vomiting diarrhoea constipation appetite_loss
taste_changes abdominal_pain mouth_sores sore_throat hot_flushes joint_pain muscle_pain bone_pain
back_pain jaw_pain headache dizziness vision_changes confusion weakness_limbs breathlessness cough
chest_pain hand_foot_soreness numbness_tingling rash itching hair_loss nail_changes swelling
fever_chills bleeding_bruising yellowing_skin thirst_high_sugar low_mood anxiety
memory_concentration vaginal_dryness urinary_problems dry_eyes pain_other""".split())
ARTICLE_IDS = set("""what-is-secondary-breast-cancer aims-of-treatment lines-of-treatment receptor-status
tests-and-monitoring tumour-markers aromatase-inhibitors tamoxifen fulvestrant-and-oral-serds
ovarian-suppression cdk46-inhibitors pi3k-akt-mtor-inhibitors her2-antibodies
antibody-drug-conjugates chemotherapy how-cycles-work immunotherapy parp-inhibitors bone-health
bisphosphonates denosumab jaw-osteonecrosis-and-dental-care steroids radiotherapy
surgery-local-treatment spread-to-bone spread-to-brain spinal-cord-compression spread-to-lung
spread-to-liver spread-to-skin-and-other-sites symptoms-to-report-at-once side-effects-tiredness
side-effects-stomach-and-bowel side-effects-mouth side-effects-skin-hair-nails side-effects-nerves
side-effects-hormonal infection-and-fever emotional-wellbeing treatment-breaks clinical-trials
care-team palliative-and-supportive-care living-with-secondary-breast-cancer finding-support
about-our-sources""".split())

# Every anticancer or bone drug named in ../shared/sources (found with grep), by catalog id.
NAMED_IN_SOURCES = {
    "anastrozole": "anastrozole", "letrozole": "letrozole", "exemestane": "exemestane",
    "tamoxifen": "tamoxifen", "fulvestrant": "fulvestrant", "elacestrant": "elacestrant",
    "goserelin": "goserelin", "leuprolide": "leuprorelin", "triptorelin": "triptorelin",
    "palbociclib": "palbociclib", "ribociclib": "ribociclib", "abemaciclib": "abemaciclib",
    "alpelisib": "alpelisib", "everolimus": "everolimus", "trastuzumab": "trastuzumab",
    "pertuzumab": "pertuzumab", "tucatinib": "tucatinib", "lapatinib": "lapatinib", "neratinib": "neratinib",
    "trastuzumab deruxtecan": "trastuzumab_deruxtecan", "trastuzumab emtansine": "trastuzumab_emtansine",
    "pembrolizumab": "pembrolizumab", "olaparib": "olaparib", "talazoparib": "talazoparib",
    "zoledronic acid": "zoledronic_acid", "pamidronate": "pamidronate", "ibandronate": "ibandronate",
    "clodronate": "clodronate", "denosumab": "denosumab",
}
SOURCES = Path(__file__).resolve().parents[3] / "shared" / "sources"


def test_every_named_drug_is_in_the_catalog():
    for name, drug_id in NAMED_IN_SOURCES.items():
        found = catalog.drug(drug_id)
        assert found is not None, name
        assert any(name.split()[0] in key for key in found.search_keys), name


@pytest.mark.skipif(not SOURCES.is_dir(), reason="source documents not beside the repository")
def test_named_list_matches_the_sources():
    text = " ".join(p.read_text(encoding="utf-8", errors="ignore") for p in SOURCES.glob("*.txt")).lower()
    for name in NAMED_IN_SOURCES:
        assert re.search(r"\b" + re.escape(name.split()[-1] if "acid" not in name else "zoledron"), text), name


def test_ids_and_links_are_valid():
    seen = set()
    for d in catalog.drugs():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", d.id) and d.id not in seen
        seen.add(d.id)
        assert d.generic_name and d.class_label and d.routes and d.summary
        assert set(d.common_side_effects) <= SYMPTOM_IDS, d.id
        assert d.article_ids and set(d.article_ids) <= ARTICLE_IDS, d.id
        assert d.schedule_templates, d.id
        for t in d.schedule_templates:
            pattern = pattern_from_dict(t.pattern)
            assert next(occurrences(Schedule(pattern, date(2024, 1, 1)))).day == date(2024, 1, 1)


def test_search_by_generic_or_brand():
    assert catalog.search_drugs("herceptin")[0].id == "trastuzumab"
    assert catalog.search_drugs("IBRANCE")[0].id == "palbociclib"
    assert [d.id for d in catalog.search_drugs("zoled")][:1] == ["zoledronic_acid"]
    assert catalog.search_drugs("no such drug") == []
    assert catalog.drug("sacituzumab_govitecan").is_chemotherapy
    assert not catalog.drug("letrozole").is_chemotherapy

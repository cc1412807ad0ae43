"""The catalog facts the alert rules rely on, and the content corrections of issue 12 item 10."""

from __future__ import annotations

from tracker.domain.alerts import RISK_FLAGS
from tracker.services import catalog

SUPPORTIVE = ("filgrastim", "pegfilgrastim", "loperamide", "ondansetron", "metoclopramide", "domperidone",
              "aprepitant", "calcium_vitamin_d")
NOT_ANTI_CANCER = ("zoledronic_acid", "pamidronate", "ibandronate", "clodronate", "denosumab", "dexamethasone",
                   "prednisolone") + SUPPORTIVE


def test_every_systemic_anti_cancer_drug_counts_and_bone_steroid_supportive_do_not():
    for d in catalog.drugs():
        assert set(d.risk_flags) <= set(RISK_FLAGS), d.id
        assert d.anti_cancer == (d.id not in NOT_ANTI_CANCER), d.id
    for drug_id in ("palbociclib", "olaparib", "everolimus", "trastuzumab_deruxtecan", "pembrolizumab", "letrozole",
                    "alpelisib", "capivasertib", "goserelin"):
        assert catalog.drug(drug_id).anti_cancer, drug_id


def test_risk_flags_the_rules_need():
    flags = {d.id: set(d.risk_flags) for d in catalog.drugs()}
    assert "neutropenia" in flags["palbociclib"] and "neutropenia" in flags["paclitaxel"]
    assert "ild" in flags["trastuzumab_deruxtecan"] and "ild" in flags["everolimus"] and "ild" in flags["pembrolizumab"]
    assert "hyperglycaemia" in flags["alpelisib"] and "hyperglycaemia" in flags["capivasertib"]
    assert "colitis" in flags["pembrolizumab"] and "diarrhoea" in flags["abemaciclib"]
    assert "qt" in flags["ribociclib"] and "onj" in flags["denosumab"] and "onj" in flags["zoledronic_acid"]
    assert "clots" in flags["tamoxifen"]
    assert {f for fs in flags.values() for f in fs} == set(RISK_FLAGS)


def test_supportive_medicines_are_in_the_catalog_so_they_are_not_custom():
    for drug_id in SUPPORTIVE:
        assert catalog.drug(drug_id) is not None, drug_id
    assert catalog.search_drugs("imodium")[0].id == "loperamide"
    assert catalog.search_drugs("neulasta")[0].id == "pegfilgrastim"


def test_content_corrections():
    zol, deno = catalog.drug("zoledronic_acid"), catalog.drug("denosumab")
    assert any("Aclasta" in b and "not the cancer dose" in b for b in zol.brand_names)
    assert any("Prolia" in b and "not the cancer dose" in b for b in deno.brand_names)
    assert "rare" not in zol.summary and "rare" not in deno.summary
    mega = catalog.drug("megestrol")
    assert "appetite_loss" not in mega.common_side_effects and "increases appetite" in mega.summary
    dex_times = {t.times for t in catalog.drug("dexamethasone").schedule_templates}
    assert ("08:00", "12:00") in dex_times and not any("20:00" in t for t in dex_times)
    tras = {t.id: t for t in catalog.drug("trastuzumab").schedule_templates}
    assert tras["subcutaneous_every_3_weeks"].pattern["kind"] == "interval"
    assert "no loading dose" in catalog.drug("trastuzumab").summary
    pembro = {t.id: t.pattern for t in catalog.drug("pembrolizumab").schedule_templates}
    assert pembro["every_6_weeks"] == {"kind": "interval", "every": 6, "unit": "weeks"}
    assert "not rare" in catalog.drug("trastuzumab_deruxtecan").summary


def test_chemotherapy_side_effects_are_listed_per_drug_not_one_generic_set():
    chemo = [d for d in catalog.drugs() if d.drug_class == "chemotherapy"]
    sets = {tuple(sorted(d.common_side_effects)) for d in chemo}
    assert len(sets) >= len(chemo) - 2
    assert "numbness_tingling" in catalog.drug("paclitaxel").common_side_effects
    assert "hand_foot_soreness" in catalog.drug("capecitabine").common_side_effects

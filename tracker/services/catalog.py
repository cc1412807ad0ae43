"""The drug catalog: loaded once from resources/catalog/drugs.json and cached."""

from __future__ import annotations

import json
from functools import lru_cache

from tracker.domain.alerts.treatment import DrugFacts
from tracker.domain.catalog import Drug, drug_from_dict
from tracker.domain.resources import resource


@lru_cache(maxsize=1)
def _load() -> tuple[tuple[Drug, ...], dict[str, Drug]]:
    with open(resource("catalog", "drugs.json"), encoding="utf-8") as handle:
        data = json.load(handle)
    items = tuple(drug_from_dict(d) for d in data["drugs"])
    return items, {d.id: d for d in items}


def drugs() -> list[Drug]:
    return list(_load()[0])


def drug(drug_id: str) -> Drug | None:
    return _load()[1].get(drug_id)


def drug_facts(drug_id: str) -> DrugFacts | None:
    """What the alert rules need to know about a catalog drug (None: not in the catalog)."""
    found = drug(drug_id)
    return found.facts if found else None


def search_drugs(text: str) -> list[Drug]:
    """Drugs whose generic or brand name contains `text`; names starting with it first."""
    needle = text.strip().casefold()
    found = [d for d in _load()[0] if d.matches(needle)]
    return sorted(found, key=lambda d: (not any(k.startswith(needle) for k in d.search_keys), d.generic_name.casefold()))


def display_name(drug_id: str, fallback: str | None = None) -> str:
    found = drug(drug_id)
    return found.generic_name if found else (fallback or drug_id)

"""The drug catalog's value types (data in resources/catalog/drugs.json).

Schedule templates are the patterns teams commonly use, offered in the plan editor to
copy the team's plan quickly; they never prescribe anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tracker.domain.alerts.treatment import RISK_FLAGS, DrugFacts

ROUTES = ("oral", "intravenous", "subcutaneous", "intramuscular", "implant")


@dataclass(frozen=True)
class ScheduleTemplate:
    id: str
    #: A pattern dict as understood by `tracker.domain.schedule.pattern_from_dict`.
    pattern: dict[str, Any]
    #: "HH:MM" local wall-clock times.
    times: tuple[str, ...]


@dataclass(frozen=True)
class Drug:
    id: str
    generic_name: str
    brand_names: tuple[str, ...]
    drug_class: str
    class_label: str
    routes: tuple[str, ...]
    common_side_effects: tuple[str, ...]
    article_ids: tuple[str, ...]
    schedule_templates: tuple[ScheduleTemplate, ...]
    is_chemotherapy: bool
    summary: str = ""
    #: A systemic anti-cancer drug (chemotherapy, targeted, endocrine, antibody, immunotherapy...);
    #: False for bone agents, steroids and supportive medicines. Feeds "on anti-cancer treatment".
    anti_cancer: bool = True
    #: Risk flags the alert rules use (tracker.domain.alerts.treatment.RISK_FLAGS).
    risk_flags: tuple[str, ...] = ()
    #: Lower-cased names for searching (generic and brands).
    search_keys: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @property
    def facts(self) -> DrugFacts:
        return DrugFacts(self.anti_cancer, self.risk_flags)

    def matches(self, text: str) -> bool:
        needle = text.strip().casefold()
        return not needle or any(needle in key for key in self.search_keys)


def drug_from_dict(data: dict[str, Any]) -> Drug:
    templates = tuple(
        ScheduleTemplate(t["id"], dict(t["pattern"]), tuple(t.get("times", ("09:00",))))
        for t in data.get("schedule_templates", ())
    )
    brands = tuple(data.get("brand_names", ()))
    # Both are safety data: a drug without them is a catalog bug, never "not anti-cancer".
    if not isinstance(data.get("anti_cancer"), bool):
        raise ValueError(f"drugs.json: {data.get('id')}: anti_cancer must be true or false")
    flags = tuple(data.get("risk_flags", ()))
    if "risk_flags" not in data or set(flags) - set(RISK_FLAGS):
        raise ValueError(f"drugs.json: {data.get('id')}: risk_flags missing or unknown: {flags}")
    keys = tuple(k.casefold() for k in (data["id"].replace("_", " "), data["generic_name"], *brands))
    return Drug(
        id=data["id"],
        generic_name=data["generic_name"],
        brand_names=brands,
        drug_class=data["drug_class"],
        class_label=data["class_label"],
        routes=tuple(data.get("routes", ())),
        common_side_effects=tuple(data.get("common_side_effects", ())),
        article_ids=tuple(data.get("article_ids", ())),
        schedule_templates=templates,
        is_chemotherapy=bool(data.get("is_chemotherapy", False)),
        summary=data.get("summary", ""),
        anti_cancer=data["anti_cancer"],
        risk_flags=flags,
        search_keys=keys,
    )

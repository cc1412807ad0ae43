"""The drug catalog's value types (data in resources/catalog/drugs.json).

Schedule templates are the patterns teams commonly use, offered in the plan editor to
copy the team's plan quickly; they never prescribe anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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
    #: Lower-cased names for searching (generic and brands).
    search_keys: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def matches(self, text: str) -> bool:
        needle = text.strip().casefold()
        return not needle or any(needle in key for key in self.search_keys)


def drug_from_dict(data: dict[str, Any]) -> Drug:
    templates = tuple(
        ScheduleTemplate(t["id"], dict(t["pattern"]), tuple(t.get("times", ("09:00",))))
        for t in data.get("schedule_templates", ())
    )
    brands = tuple(data.get("brand_names", ()))
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
        search_keys=keys,
    )

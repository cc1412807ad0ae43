"""What the alert banner shows, read from the journal off the GUI thread (see banner.py).

`load` runs on the app's task runner; `details` is the part a save that already worked the
cards out still needs (the care team and who made each entry). No widgets here.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.domain.alerts import LogAlert
from tracker.domain.clock import Clock
from tracker.services import alert_settings, care_team, people
from tracker.services.care_team import CareTeam


@dataclass(frozen=True)
class BannerData:
    cards: tuple[LogAlert, ...]
    team: CareTeam
    #: Per card: the patient's name when a carer made the entry (the card then speaks to the carer).
    carers: tuple[str | None, ...]


def carer_for(journal, card: LogAlert) -> str | None:
    """The patient's name when a carer made the entry (the card then speaks to the carer)."""
    if card.entered_by_id is None:
        return None
    by = {p.id: p for p in people.list_people(journal, include_archived=True)}
    person = by.get(card.entered_by_id)
    if person is None or person.is_patient:
        return None
    return people.patient(journal).name


def details(journal, cards: list[LogAlert]) -> BannerData:
    """The care team and carers for cards already worked out."""
    team = care_team.get_care_team(journal) if cards else CareTeam()
    return BannerData(tuple(cards), team, tuple(carer_for(journal, card) for card in cards))


def load(journal, clock: Clock) -> BannerData:
    """The current cards with everything they show."""
    return details(journal, alert_settings.current_alerts(journal, clock))

"""The care team: the 24-hour (urgent) line and other contacts, shown with every alert.

Stored as one journal setting (encrypted with the journal). Contract in ARCHITECTURE.md.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from tracker.domain.alerts.emergency import default_emergency_number
from tracker.domain.errors import ValidationError
from tracker.domain.text import check_text
from tracker.services import settings
from tracker.storage.journal import OpenJournal

CARE_TEAM_KEY = "care_team"
_PHONE = re.compile(r"^[0-9+()\-.\s/]*(?:(?:ext|x)\.?\s*[0-9]+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Contact:
    name: str
    role: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CareTeam:
    urgent_name: str = ""
    urgent_phone: str = ""
    contacts: list[Contact] = field(default_factory=list)
    #: The emergency number the person set (empty: the default for the computer's country).
    emergency_phone: str = ""

    @property
    def has_urgent_line(self) -> bool:
        return bool(self.urgent_phone.strip())

    def emergency_number(self, country_code: str | None) -> str:
        """The number an `emergency` alert shows: the one set in Settings, else 999/112/911/000... by country."""
        return self.emergency_phone.strip() or default_emergency_number(country_code)


def _check_phone(phone: str, field_name: str) -> str:
    phone = (check_text(phone, field_name) or "").strip()
    if phone and (not _PHONE.match(phone) or sum(c.isdigit() for c in phone) < 3):
        raise ValidationError("That does not look like a phone number. Use digits, spaces, + and brackets.",
                              field=field_name)
    if len(phone) > 40:
        raise ValidationError("That phone number is too long.", field=field_name)
    return phone


def get_care_team(journal: OpenJournal) -> CareTeam:
    raw = settings.get(journal, CARE_TEAM_KEY, None) or {}
    contacts = [Contact(str(c.get("name", "")), str(c.get("role", "")), str(c.get("phone", "")), str(c.get("notes", "")))
                for c in raw.get("contacts", []) if isinstance(c, dict)]
    return CareTeam(str(raw.get("urgent_name", "")), str(raw.get("urgent_phone", "")), contacts,
                    str(raw.get("emergency_phone", "")))


def save_care_team(journal: OpenJournal, team: CareTeam) -> CareTeam:
    """Validate and store; returns the tidied team."""
    check_text(team.urgent_name, "urgent_name")
    phone = _check_phone(team.urgent_phone, "urgent_phone")
    contacts = []
    for index, c in enumerate(team.contacts):
        for part, text in (("name", c.name), ("role", c.role), ("notes", c.notes)):
            check_text(text, f"contacts.{index}.{part}")
        name = c.name.strip()
        if not name and not c.phone.strip():
            continue  # an empty row the person left behind
        if not name:
            raise ValidationError("Please give this contact a name.", field=f"contacts.{index}.name")
        contacts.append(Contact(name[:200], c.role.strip()[:100], _check_phone(c.phone, f"contacts.{index}.phone"),
                                c.notes.strip()[:1000]))
    emergency = _check_phone(team.emergency_phone, "emergency_phone")
    tidy = CareTeam(team.urgent_name.strip()[:200], phone, contacts, emergency)
    settings.set(journal, CARE_TEAM_KEY, {"urgent_name": tidy.urgent_name, "urgent_phone": tidy.urgent_phone,
                                          "contacts": [asdict(c) for c in contacts],
                                          "emergency_phone": tidy.emergency_phone})
    return tidy


def urgent_line_text(journal: OpenJournal) -> str:
    """English source text; the UI shows its own translated wording built from CareTeam."""
    team = get_care_team(journal)
    if not team.has_urgent_line:
        return "Add your 24-hour line in Settings, Care team, so it is here when you need it."
    name = team.urgent_name or "24-hour line"
    return f"Your {name}: {team.urgent_phone}" if team.urgent_name else f"Your 24-hour line: {team.urgent_phone}"

"""What an alert card says: one heading and one instruction per level, for the patient or a carer.

Each level has exactly one instruction, so a card never says "next appointment" and "call
now" at once. Nothing here mentions a medicine, a dose or a change of treatment.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from tracker.domain.alerts import CALL_NOW, CONTACT_TODAY, EMERGENCY, MENTION, Alert
from tracker.services.care_team import CareTeam
from tracker.ui.diary.wording import number, scale_word, symptom_name


def tr(text: str) -> str:
    return QCoreApplication.translate("AlertCard", text)


def heading(level: str, *, emergency_number: str, for_name: str | None = None) -> str:
    """The first line of the card. `for_name` is the patient's name when a carer made the entry."""
    if for_name:
        if level == EMERGENCY:
            return tr("Call {number} now for {name}").format(number=emergency_number, name=for_name)
        if level == CALL_NOW:
            return tr("Call the 24-hour line now for {name}").format(name=for_name)
        if level == CONTACT_TODAY:
            return tr("Contact {name}'s team today").format(name=for_name)
        return tr("Tell {name}'s team at the next appointment").format(name=for_name)
    if level == EMERGENCY:
        return tr("Call {number} now").format(number=emergency_number)
    if level == CALL_NOW:
        return tr("Call your 24-hour line now")
    if level == CONTACT_TODAY:
        return tr("Contact your team today")
    return tr("Tell your team at your next appointment")


def instruction(level: str, *, emergency_number: str) -> str:
    if level == EMERGENCY:
        return tr("This could be an emergency. Call {number} for an ambulance now. "
                  "When you can, tell the 24-hour line as well.").format(number=emergency_number)
    if level == CALL_NOW:
        return tr("Call now, day or night. Do not wait until morning or for the next appointment.")
    if level == CONTACT_TODAY:
        return tr("Call the team or the 24-hour line today. If it gets worse, call the 24-hour line at once.")
    return tr("There is no need to call for this alone. If it gets worse or worries you, contact the team sooner.")


def phone_line(level: str, team: CareTeam, emergency_number: str) -> str:
    """The number to call, shown large. Empty for `mention`."""
    if level == EMERGENCY:
        return tr("Emergency: {number}").format(number=emergency_number)
    if level in (CALL_NOW, CONTACT_TODAY):
        if team.has_urgent_line:
            return tr("{line}: {phone}").format(line=team.urgent_name or tr("24-hour line"), phone=team.urgent_phone)
        return ""
    assert level == MENTION, level
    return ""


def reason(alert: Alert) -> str:
    """The rule's message, translated, with the symptom and the patient-reported rating filled in."""
    params = alert.params
    symptom = symptom_name(params["symptom_id"]) if params.get("symptom_id") else ""
    rating = ""
    if params.get("attribute") is not None and params.get("rating") is not None:
        word = scale_word(params["attribute"], params["rating"], params.get("symptom_id"))
        rating = tr("{word} (patient-reported)").format(word=word)
    text = QCoreApplication.translate("AlertRules", alert.message_key)
    return text.format(value=_localised(params.get("value", "")), symptom=symptom, rating=rating,
                       count=_localised(params.get("count", "")))


def source_line(alert: Alert) -> str:
    if alert.source_one_of_five:
        return tr("Source: {source}").format(source=alert.source)
    return tr("Source: {source} (a clinical guideline beyond our five documents)").format(source=alert.source)


def stepped_up(alert: Alert) -> str:
    parts = []
    if "interference" in alert.escalated_by:
        parts.append(tr("it is stopping you doing things"))
    if "worsening" in alert.escalated_by:
        parts.append(tr("it is worse than last time"))
    if not parts:
        return ""
    return tr("More urgent because {reasons}.").format(reasons=tr(" and ").join(parts))


def _localised(value: object) -> str:
    """Numbers in the reader's digits (Persian ۳۸٫۴); anything else as it is."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    return QLocale().toString(value) if isinstance(value, int) else number(value)


def contacts_text(team: CareTeam) -> str:
    parts = []
    for c in team.contacts:
        bits = [c.name] + [b for b in (c.role, c.phone) if b]
        parts.append(", ".join(bits))
    return tr("Your team: {contacts}").format(contacts="; ".join(parts)) if parts else ""

"""Reminders before appointments: clinic visits, scans, and each radiotherapy or procedure day.

Worked out from the appointments each time, like dose reminders (never stored as a second
truth). An appointment reminds once, at its start minus the chosen lead time, and stays due
until the appointment starts: an app that was not running at the reminder time still reminds
when it starts, if the appointment is still to come. There is nothing to mark, so it does not
repeat. What it carries is only the two instants: never the kind, the place or the notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select

from tracker.domain import appointment_reminders as rules
from tracker.domain.clock import Clock
from tracker.services import settings
from tracker.storage.journal import OpenJournal
from tracker.storage.models.local_treatments import LocalTreatment, LocalTreatmentDay
from tracker.storage.models.plan import Appointment

ENABLED = "reminders.appointments"
LEAD = "reminders.appointments_lead"


@dataclass(frozen=True)
class AppointmentReminderSettings:
    enabled: bool = True
    lead: str = rules.DEFAULT_LEAD


def load_settings(journal: OpenJournal) -> AppointmentReminderSettings:
    enabled = settings.get(journal, ENABLED, True)
    lead = settings.get(journal, LEAD, rules.DEFAULT_LEAD)
    return AppointmentReminderSettings(enabled=enabled is not False,
                                       lead=lead if lead in rules.LEADS else rules.DEFAULT_LEAD)


def save_settings(journal: OpenJournal, value: AppointmentReminderSettings) -> None:
    if value.lead not in rules.LEADS:
        raise ValueError("unknown lead time")
    settings.set(journal, ENABLED, bool(value.enabled))
    settings.set(journal, LEAD, value.lead)


@dataclass(frozen=True)
class AppointmentReminder:
    when: datetime  # aware, in the clock's zone: when to remind
    starts_at: datetime  # aware, in the clock's zone
    appointment_id: int


def _starting_between(journal: OpenJournal, lo: datetime, hi: datetime) -> list[tuple[int, datetime]]:
    """(id, start) of live appointments starting in [lo, hi), leaving out the days of a
    radiotherapy course or procedure that were deleted (with or without their treatment),
    should a partial sync have left such a day's appointment behind."""
    gone_day = select(LocalTreatmentDay.appointment_id).join(
        LocalTreatment, LocalTreatment.id == LocalTreatmentDay.treatment_id).where(and_(
            LocalTreatmentDay.appointment_id.is_not(None),
            or_(LocalTreatmentDay.deleted_at.is_not(None), LocalTreatment.deleted_at.is_not(None))))
    with journal.session() as session:
        rows = session.execute(select(Appointment.id, Appointment.starts_at).where(and_(
            Appointment.deleted_at.is_(None), Appointment.starts_at >= lo, Appointment.starts_at < hi,
            Appointment.id.not_in(gone_day),
        )).order_by(Appointment.starts_at, Appointment.id)).all()
    return [(int(i), s) for i, s in rows]


def _reminders(journal: OpenJournal, clock: Clock, lo: datetime, hi: datetime) -> list[AppointmentReminder]:
    """Reminders of the appointments starting in [lo, hi), when she wants them."""
    prefs = load_settings(journal)
    if not prefs.enabled:
        return []
    zone = clock.zone
    return [AppointmentReminder(rules.remind_at(starts, prefs.lead, zone), starts.astimezone(zone), i)
            for i, starts in _starting_between(journal, lo, hi)]


def coming(journal: OpenJournal, clock: Clock, until: datetime) -> list[AppointmentReminder]:
    """Reminders of appointments still to come whose reminder time is before `until`
    (including those already due now), by reminder time."""
    now = clock.now()
    found = [r for r in _reminders(journal, clock, now, until + rules.LONGEST_LEAD)
             if r.starts_at > now and r.when < until]
    return sorted(found, key=lambda r: (r.when, r.starts_at, r.appointment_id))


def due_now(journal: OpenJournal, clock: Clock) -> list[AppointmentReminder]:
    """Reminders whose time has come, of appointments that have not started yet."""
    now = clock.now()
    return [r for r in _reminders(journal, clock, now, now + rules.LONGEST_LEAD) if r.when <= now < r.starts_at]

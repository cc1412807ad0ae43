"""Appointments: clinic visits, scans, blood tests, infusions and others."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import and_, select

from tracker.domain.errors import ValidationError
from tracker.domain.text import check_text
from tracker.storage.journal import OpenJournal
from tracker.storage.models.plan import Appointment

#: "radiotherapy" and "procedure" are made by local treatments (services/local_treatments.py), one per day.
KINDS = ("clinic", "scan", "blood_test", "infusion", "other", "radiotherapy", "procedure")


@dataclass(frozen=True)
class AppointmentInfo:
    id: int
    kind: str
    starts_at: datetime  # aware UTC
    tz: str
    place: str | None
    notes: str | None
    entered_by_id: int | None

    def local(self, zone: tzinfo) -> datetime:
        return self.starts_at.astimezone(zone)


def _info(r: Appointment) -> AppointmentInfo:
    return AppointmentInfo(r.id, r.kind, r.starts_at, r.tz, r.place, r.notes, r.entered_by_id)


def _check(kind: str, starts_at: datetime) -> None:
    if kind not in KINDS:
        raise ValidationError("Please choose what kind of appointment this is.", field="kind")
    if starts_at.tzinfo is None:
        raise ValueError("aware datetime needed")


def add(journal: OpenJournal, *, kind: str, starts_at: datetime, place: str | None = None,
        notes: str | None = None, entered_by_id: int | None = None) -> AppointmentInfo:
    _check(kind, starts_at)
    check_text(place, "place")
    check_text(notes, "notes")
    with journal.session() as session:
        row = Appointment(kind=kind, starts_at=starts_at, tz=getattr(starts_at.tzinfo, "key", "UTC"),
                          place=(place or "").strip() or None, notes=(notes or "").strip() or None,
                          entered_by_id=entered_by_id, created_at=datetime.now(UTC))
        session.add(row)
        session.flush()
        return _info(row)


def edit(journal: OpenJournal, appointment_id: int, *, kind: str, starts_at: datetime, place: str | None,
         notes: str | None) -> AppointmentInfo:
    check_text(place, "place")
    check_text(notes, "notes")
    _check(kind, starts_at)
    with journal.session() as session:
        row = session.get(Appointment, appointment_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError("That appointment no longer exists.")
        row.kind, row.starts_at, row.tz = kind, starts_at, getattr(starts_at.tzinfo, "key", row.tz)
        row.place, row.notes = (place or "").strip() or None, (notes or "").strip() or None
        session.flush()
        return _info(row)


def delete(journal: OpenJournal, appointment_id: int, *, restore: bool = False) -> None:
    with journal.session() as session:
        row = session.get(Appointment, appointment_id)
        if row is not None:
            row.deleted_at = None if restore else datetime.now(UTC)


def between(journal: OpenJournal, start: date, end: date, zone: tzinfo) -> list[AppointmentInfo]:
    """Appointments on local days `start`..`end` (inclusive), in time order."""
    lo = datetime.combine(start, time(0), zone)
    hi = datetime.combine(end + timedelta(days=1), time(0), zone)
    with journal.session() as session:
        rows = session.scalars(select(Appointment).where(and_(
            Appointment.deleted_at.is_(None), Appointment.starts_at >= lo, Appointment.starts_at < hi,
        )).order_by(Appointment.starts_at)).all()
        return [_info(r) for r in rows]


def upcoming(journal: OpenJournal, now: datetime, *, days: int = 60) -> list[AppointmentInfo]:
    with journal.session() as session:
        rows = session.scalars(select(Appointment).where(and_(
            Appointment.deleted_at.is_(None), Appointment.starts_at >= now - timedelta(hours=2),
            Appointment.starts_at < now + timedelta(days=days),
        )).order_by(Appointment.starts_at)).all()
        return [_info(r) for r in rows]


def any_appointments(journal: OpenJournal) -> bool:
    """Whether any appointment is recorded (past or future): the Plan shows its calendar then,
    even before a line of treatment is entered."""
    with journal.session() as session:
        return session.scalar(select(Appointment.id).where(Appointment.deleted_at.is_(None)).limit(1)) is not None

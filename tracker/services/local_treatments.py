"""Local treatments in the journey: add, edit, delete (soft), list.

Each treatment day gets an appointment (kind "radiotherapy" for radiotherapy and
stereotactic treatment, "procedure" otherwise) at the treatment's time, so the day shows on
Today, in the calendar and the diary timeline, and the .ics calendar reminds of it. Editing
replaces the days: the old days and their appointments are soft-deleted, so undo and sync
see the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from tracker.domain import local_treatments as lt
from tracker.domain.clock import Clock
from tracker.domain.errors import ValidationError
from tracker.domain.schedule.slots import wall_instant
from tracker.storage.journal import OpenJournal
from tracker.storage.models.local_treatments import LocalTreatment, LocalTreatmentDay
from tracker.storage.models.plan import Appointment, TherapyLine


@dataclass(frozen=True)
class LocalTreatmentInfo(lt.CourseDays):
    id: int
    kind: str
    procedure_kind: str | None
    site: str
    aim: str | None
    dose_text: str | None
    notes: str | None
    line_id: int | None
    at: time | None
    days: tuple[date, ...]
    entered_by_id: int | None

    def status(self, today: date) -> str:
        """preparation (not started), in_progress, or completed: by its days and today."""
        if today < self.first_day:
            return "preparation"
        return "completed" if today > self.last_day else "in_progress"

    def to_domain(self) -> lt.LocalTreatment:
        return lt.LocalTreatment(kind=self.kind, site=self.site, days=self.days, procedure_kind=self.procedure_kind,
                                 aim=self.aim, dose_text=self.dose_text, notes=self.notes, line_id=self.line_id,
                                 at=self.at)


def appointment_kind(kind: str) -> str:
    return "radiotherapy" if kind in lt.RADIATION_KINDS else "procedure"


def _now() -> datetime:
    return datetime.now(UTC)


def _zone_name(zone: tzinfo) -> str:
    return getattr(zone, "key", None) or "UTC"


def _checked(session: Session, treatment: lt.LocalTreatment, clock: Clock) -> lt.LocalTreatment:
    line_start = None
    if treatment.line_id is not None:
        line = session.get(TherapyLine, treatment.line_id)
        if line is None or line.deleted_at is not None:
            raise ValidationError("That line of treatment no longer exists.", field="line")
        line_start = line.start
    return lt.validate(treatment, today=clock.today(), line_start=line_start)


def _add_days(session: Session, row: LocalTreatment, treatment: lt.LocalTreatment, clock: Clock,
              entered_by_id: int | None) -> None:
    now = _now()
    for day in treatment.days:
        appointment_id = None
        if treatment.at is not None:
            starts = wall_instant(day, treatment.at, clock.zone)
            appt = Appointment(kind=appointment_kind(treatment.kind), starts_at=starts, tz=_zone_name(clock.zone),
                               place=None, notes=None, entered_by_id=entered_by_id, created_at=now)
            session.add(appt)
            session.flush()
            appointment_id = appt.id
        session.add(LocalTreatmentDay(treatment_id=row.id, day=day, appointment_id=appointment_id,
                                      entered_by_id=entered_by_id, created_at=now))


def _drop_days(session: Session, treatment_id: int, *, restore: bool = False, when: datetime | None = None) -> None:
    """Soft-delete a treatment's live days and their appointments (or bring back those
    deleted at `when`, for undo)."""
    now = when or _now()
    cond = LocalTreatmentDay.deleted_at == when if restore else LocalTreatmentDay.deleted_at.is_(None)
    for day_row in session.scalars(select(LocalTreatmentDay).where(and_(LocalTreatmentDay.treatment_id == treatment_id, cond))):
        day_row.deleted_at = None if restore else now
        if day_row.appointment_id is not None:
            appt = session.get(Appointment, day_row.appointment_id)
            if appt is not None:
                appt.deleted_at = None if restore else now


def add(journal: OpenJournal, clock: Clock, treatment: lt.LocalTreatment, *,
        entered_by_id: int | None = None) -> LocalTreatmentInfo:
    with journal.session() as session:
        checked = _checked(session, treatment, clock)
        row = LocalTreatment(kind=checked.kind, procedure_kind=checked.procedure_kind, site=checked.site,
                             aim=checked.aim, dose_text=checked.dose_text, notes=checked.notes, line_id=checked.line_id,
                             at_time=checked.at.strftime("%H:%M") if checked.at else None,
                             entered_by_id=entered_by_id, created_at=_now())
        session.add(row)
        session.flush()
        _add_days(session, row, checked, clock, entered_by_id)
        session.flush()
        return _info(session, row)


def edit(journal: OpenJournal, clock: Clock, treatment_id: int, treatment: lt.LocalTreatment, *,
         entered_by_id: int | None = None) -> LocalTreatmentInfo:
    """Correct a treatment: its fields, and its days when they changed (new appointments)."""
    with journal.session() as session:
        row = _live(session, treatment_id)
        checked = _checked(session, treatment, clock)
        before = _info(session, row)
        row.kind, row.procedure_kind, row.site = checked.kind, checked.procedure_kind, checked.site
        row.aim, row.dose_text, row.notes, row.line_id = checked.aim, checked.dose_text, checked.notes, checked.line_id
        row.at_time = checked.at.strftime("%H:%M") if checked.at else None
        if (before.days, before.at, appointment_kind(before.kind)) != (checked.days, checked.at, appointment_kind(checked.kind)):
            _drop_days(session, row.id)
            _add_days(session, row, checked, clock, entered_by_id)
        session.flush()
        return _info(session, row)


def delete(journal: OpenJournal, treatment_id: int, *, restore: bool = False) -> None:
    """Soft delete with its days and appointments (or restore them, for undo)."""
    with journal.session() as session:
        row = session.get(LocalTreatment, treatment_id)
        if row is None:
            raise ValidationError("That treatment is no longer in the journal.")
        if restore:
            when = row.deleted_at
            row.deleted_at = None
            if when is not None:
                _drop_days(session, row.id, restore=True, when=when)
        else:
            now = _now()
            row.deleted_at = now
            _drop_days(session, row.id, when=now)


def _live(session: Session, treatment_id: int) -> LocalTreatment:
    row = session.get(LocalTreatment, treatment_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("That treatment is no longer in the journal.")
    return row


def _days(session: Session, ids: list[int]) -> dict[int, list[date]]:
    out: dict[int, list[date]] = {}
    if not ids:
        return out
    rows = session.execute(select(LocalTreatmentDay.treatment_id, LocalTreatmentDay.day).where(and_(
        LocalTreatmentDay.deleted_at.is_(None), LocalTreatmentDay.treatment_id.in_(ids))).order_by(LocalTreatmentDay.day))
    for tid, day in rows:
        out.setdefault(tid, []).append(day)
    return out


def _make_info(row: LocalTreatment, days: list[date]) -> LocalTreatmentInfo:
    return LocalTreatmentInfo(row.id, row.kind, row.procedure_kind, row.site, row.aim, row.dose_text, row.notes,
                              row.line_id, time.fromisoformat(row.at_time) if row.at_time else None,
                              tuple(sorted(set(days))), row.entered_by_id)


def _info(session: Session, row: LocalTreatment) -> LocalTreatmentInfo:
    return _make_info(row, _days(session, [row.id]).get(row.id, []))


def get(journal: OpenJournal, treatment_id: int) -> LocalTreatmentInfo:
    with journal.session() as session:
        return _info(session, _live(session, treatment_id))


def all_treatments(journal: OpenJournal) -> list[LocalTreatmentInfo]:
    """Every live treatment with at least one day, by first day."""
    with journal.session() as session:
        rows = session.scalars(select(LocalTreatment).where(LocalTreatment.deleted_at.is_(None))).all()
        days = _days(session, [r.id for r in rows])
        infos = [_make_info(r, days[r.id]) for r in rows if days.get(r.id)]
    return sorted(infos, key=lambda i: (i.first_day, i.id))


def between(journal: OpenJournal, start: date, end: date) -> list[LocalTreatmentInfo]:
    """Treatments with a day in [start, end] (inclusive), by first day."""
    return [t for t in all_treatments(journal) if any(start <= d <= end for d in t.days)]


def on_day(journal: OpenJournal, day: date) -> list[LocalTreatmentInfo]:
    """Treatments with a treatment on `day` (Today shows them)."""
    return [t for t in all_treatments(journal) if day in t.days]


def recent(journal: OpenJournal, day: date, *, weeks: int = 12) -> list[LocalTreatmentInfo]:
    """Treatments whose last day is within `weeks` before `day` (or that are going on)."""
    since = day - timedelta(weeks=weeks)
    return [t for t in all_treatments(journal) if t.first_day <= day and t.last_day >= since]

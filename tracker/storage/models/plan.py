"""Treatment plan tables: lines of therapy, the drugs in each, the team's adjustments,
dose events (what was taken, missed, skipped or held) and appointments.

Planned dose days are `Date`; moments something happened are `UTCDateTime` with a `tz`
column for the local wall-clock time. Rows are soft-deleted (`deleted_at`).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from tracker.storage.models.base import Base, SyncedRecord, UTCDateTime


class TherapyLine(SyncedRecord, Base):
    """A line of treatment (first line, second line…): one or more drugs given together."""

    __tablename__ = "therapy_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    #: progression | side_effects | completed | own_choice | other
    end_reason: Mapped[str | None] = mapped_column(String(32))
    notes: Mapped[str | None] = mapped_column(Text)
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class RegimenDrug(SyncedRecord, Base):
    """One drug of a line with its schedule. A "from now on" edit ends this row the day
    before and adds a new row that `replaces_id` it, so the past stays as it was."""

    __tablename__ = "regimen_drugs"

    id: Mapped[int] = mapped_column(primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("therapy_lines.id"), index=True)
    #: Catalog drug id, or "custom" with the name in `display_name`.
    drug_id: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(200))
    #: The dose exactly as the team wrote it; the app never computes doses.
    dose_text: Mapped[str | None] = mapped_column(String(200))
    route: Mapped[str | None] = mapped_column(String(32))
    pattern_json: Mapped[str] = mapped_column(Text)
    #: JSON list of "HH:MM" local wall-clock times.
    times_json: Mapped[str] = mapped_column(Text)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    #: Number of cycles (or doses) in all, or None.
    max_units: Mapped[int | None] = mapped_column(Integer)
    first_unit: Mapped[int] = mapped_column(Integer, default=0)
    first_index: Mapped[int] = mapped_column(Integer, default=0)
    #: After a "from now on" split: where the pattern's steps are counted from (so monthly
    #: on the 31st stays on the 31st), and the unit number that falls on it.
    anchor_date: Mapped[date | None] = mapped_column(Date)
    anchor_unit: Mapped[int] = mapped_column(Integer, default=0)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("regimen_drugs.id"))
    #: Doses planned before this day were never recorded and the person said they do not
    #: know what happened: shown as "not recorded", never as overdue. None: no such answer.
    unknown_before: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PlanAdjustment(SyncedRecord, Base):
    """A change the team made: delay, hold, reduce, break, resume (per regimen drug)."""

    __tablename__ = "plan_adjustments"

    id: Mapped[int] = mapped_column(primary_key=True)
    regimen_drug_id: Mapped[int] = mapped_column(ForeignKey("regimen_drugs.id"), index=True)
    #: delay | hold | reduce | break | resume
    kind: Mapped[str] = mapped_column(String(16))
    effective: Mapped[date] = mapped_column(Date)
    days: Mapped[int | None] = mapped_column(Integer)
    dose_text: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class DoseEvent(SyncedRecord, Base):
    """What happened to a planned dose: taken, missed, skipped or held by the team."""

    __tablename__ = "dose_events"
    __table_args__ = (
        Index("ix_dose_events_planned", "regimen_drug_id", "planned_date", "slot"),
        # The diary timeline pages through doses by the time they were marked.
        Index("ix_dose_events_recorded", "recorded_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    regimen_drug_id: Mapped[int] = mapped_column(ForeignKey("regimen_drugs.id"))
    drug_id: Mapped[str] = mapped_column(String(64))
    planned_date: Mapped[date] = mapped_column(Date)
    #: Which time of day (0 = first) on the planned day.
    slot: Mapped[int] = mapped_column(Integer, default=0)
    #: taken | missed | skipped | held_by_team
    status: Mapped[str] = mapped_column(String(16))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    tz: Mapped[str] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)
    #: Entered afterwards for days before the plan was in the app ("I took them as
    #: planned"), not ticked at the time: the record says so.
    backfilled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Appointment(SyncedRecord, Base):
    """Clinic visit, scan, blood test, infusion or other appointment."""

    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: clinic | scan | blood_test | infusion | other
    kind: Mapped[str] = mapped_column(String(16))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    tz: Mapped[str] = mapped_column(String(64))
    place: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

"""Local treatments: radiotherapy courses, stereotactic treatment, surgery and procedures.

A treatment holds what the letter says (kind, site in the patient's words, aim, dose and
fractions as text); its days are child rows, each with the appointment made for it (so the
day shows in Today, the calendar and the .ics with a reminder). Rows are soft-deleted.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tracker.storage.models.base import Base, SyncedRecord, UTCDateTime


class LocalTreatment(SyncedRecord, Base):
    __tablename__ = "local_treatments"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: radiotherapy | stereotactic | surgery | procedure
    kind: Mapped[str] = mapped_column(String(16))
    #: pleural_drain | ascitic_drain | vertebroplasty | ablation | other (procedures only)
    procedure_kind: Mapped[str | None] = mapped_column(String(32))
    site: Mapped[str] = mapped_column(String(200))
    aim: Mapped[str | None] = mapped_column(String(200))
    #: Dose and fractions exactly as the letter says; the app never computes them.
    dose_text: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    line_id: Mapped[int | None] = mapped_column(ForeignKey("therapy_lines.id"))
    #: "HH:MM" local time of each day's appointment, or None when no appointments were made.
    at_time: Mapped[str | None] = mapped_column(String(5))
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class LocalTreatmentDay(Base):
    """One treatment day of a local treatment (a calendar day, never an instant)."""

    __tablename__ = "local_treatment_days"

    id: Mapped[int] = mapped_column(primary_key=True)
    treatment_id: Mapped[int] = mapped_column(ForeignKey("local_treatments.id"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id"))
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

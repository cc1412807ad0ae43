"""Diary tables: symptom logs and ratings, measurements, lab results, scans, notes,
questions for the next appointment, and alert acknowledgements.

Every row that appears in the timeline has `occurred_at` (an instant, indexed with id for
keyset paging) and `deleted_at` (soft delete: history stays). A "log" is one save of the
symptom form; its ratings and measurements hang off it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tracker.storage.models.base import Base, SyncedRecord, UTCDateTime


class _Timed:
    """Columns shared by everything the timeline shows."""

    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    tz: Mapped[str] = mapped_column(String(64))  # IANA zone the person was in (local wall time)
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class DiaryLog(_Timed, SyncedRecord, Base):
    __tablename__ = "diary_logs"
    #: entered_at: the alert check reads logs entered in the last hours whatever time they are for.
    __table_args__ = (Index("ix_diary_logs_occurred", "occurred_at", "id"),
                      Index("ix_diary_logs_entered", "entered_at", "id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    #: 1 for an ordinary log; 7 for the weekly check-in (ratings recall the past 7 days).
    recall_days: Mapped[int] = mapped_column(SmallInteger, default=1)
    note: Mapped[str | None] = mapped_column(Text)


class SymptomEntry(Base):
    """One symptom rated in a log. Ratings are patient-reported, 0-4, None when not asked."""

    __tablename__ = "symptom_entries"
    __table_args__ = (Index("ix_symptom_entries_term_log", "term_id", "log_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    log_id: Mapped[int] = mapped_column(ForeignKey("diary_logs.id"), index=True)
    term_id: Mapped[str] = mapped_column(String(64))
    severity: Mapped[int | None] = mapped_column(SmallInteger)
    frequency: Mapped[int | None] = mapped_column(SmallInteger)
    interference: Mapped[int | None] = mapped_column(SmallInteger)
    location: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)


class MeasurementEntry(Base):
    __tablename__ = "measurements"

    id: Mapped[int] = mapped_column(primary_key=True)
    log_id: Mapped[int] = mapped_column(ForeignKey("diary_logs.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # temperature | weight | other
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(32))
    label: Mapped[str | None] = mapped_column(String(100))


class LabResult(_Timed, SyncedRecord, Base):
    __tablename__ = "lab_results"
    __table_args__ = (Index("ix_lab_results_occurred", "occurred_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    test: Mapped[str] = mapped_column(String(32))  # id from domain.measurements.LAB_TESTS
    test_label: Mapped[str | None] = mapped_column(String(100))  # for "other"
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(32))
    #: Reference range exactly as copied from the lab report (text: "< 30", "3.5-5.0").
    ref_low: Mapped[str | None] = mapped_column(String(32))
    ref_high: Mapped[str | None] = mapped_column(String(32))
    taken_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class Scan(_Timed, SyncedRecord, Base):
    __tablename__ = "scans"
    __table_args__ = (Index("ix_scans_occurred", "occurred_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scan_type: Mapped[str] = mapped_column(String(100))
    done_on: Mapped[date] = mapped_column(Date)
    result_summary: Mapped[str | None] = mapped_column(Text)


class DiaryNote(_Timed, SyncedRecord, Base):
    __tablename__ = "diary_notes"
    __table_args__ = (Index("ix_diary_notes_occurred", "occurred_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class Question(_Timed, SyncedRecord, Base):
    """A question to ask at the next appointment (the clinic summary prints open ones)."""

    __tablename__ = "questions"
    __table_args__ = (Index("ix_questions_occurred", "occurred_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    asked: Mapped[bool] = mapped_column(Boolean, default=False)
    answered: Mapped[bool] = mapped_column(Boolean, default=False)
    answer: Mapped[str | None] = mapped_column(Text)


class AlertAck(SyncedRecord, Base):
    """An alert the person has seen and dismissed; it is not shown again."""

    __tablename__ = "alert_acks"

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_key: Mapped[str] = mapped_column(String(100), unique=True)
    acknowledged_at: Mapped[datetime] = mapped_column(UTCDateTime())
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    rule_id: Mapped[str] = mapped_column(String(64))
    entry_id: Mapped[int] = mapped_column(Integer)

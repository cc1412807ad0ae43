"""Tables every journal has: the people who enter things, and journal settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tracker.storage.models.base import Base, SyncedRecord, UTCDateTime


class Person(SyncedRecord, Base):
    """The patient (exactly one) and any carers who enter things on their behalf."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "patient" | "carer"
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Setting(Base):
    """Journal-level settings as JSON values (auto-lock minutes, care team, thresholds...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
    #: Stamp of the value this computer holds (shared settings: the key is the record's gid).
    hlc: Mapped[str | None] = mapped_column(String(40))

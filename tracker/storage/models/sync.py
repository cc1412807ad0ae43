"""Bookkeeping for sharing one journal between computers (issue 18; storage/sync_records).

All of it is local to this computer: never exported, never sent, never in the canonical
export. `LOCAL_ONLY` in each table's `info` lets exports skip them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tracker.storage.models.base import Base, UTCDateTime

#: `Table.info` key marking tables that hold this computer's own state (exports skip them).
LOCAL_ONLY = "local_only"


class SyncState(Base):
    """One row: this computer's id, its clock, its next bundle number and its folder."""

    __tablename__ = "sync_state"
    __table_args__ = {"info": {LOCAL_ONLY: True}}

    id: Mapped[int] = mapped_column(primary_key=True)
    #: 16 lower-case hex digits, random per computer and journal.
    computer_id: Mapped[str] = mapped_column(String(16))
    #: The newest stamp this computer has made or seen (hybrid logical clock).
    hlc_last: Mapped[str | None] = mapped_column(String(40))
    #: Sequence number the next change bundle gets.
    next_seq: Mapped[int] = mapped_column(Integer, default=1)
    #: 1 while changes from another computer are applied: the capture triggers stay quiet.
    applying: Mapped[int] = mapped_column(Integer, default=0)
    #: The shared journal's id (the first computer's journal id); None until shared or joined.
    shared_id: Mapped[str | None] = mapped_column(String(32))
    membership_json: Mapped[str | None] = mapped_column(Text)
    folder: Mapped[str | None] = mapped_column(Text)


class SyncOutbox(Base):
    """Records changed here since the last bundle (written by triggers, one row per record)."""

    __tablename__ = "sync_outbox"
    __table_args__ = (UniqueConstraint("tbl", "gid"), {"info": {LOCAL_ONLY: True}})

    id: Mapped[int] = mapped_column(primary_key=True)
    tbl: Mapped[str] = mapped_column(String(64))
    #: The record's gid (a setting's key); the row may be gone (then the record is deleted).
    gid: Mapped[str] = mapped_column(String(100))
    #: When the record last changed here (UTC "YYYY-MM-DD HH:MM:SS.SSS", SQLite's clock, set by
    #: the trigger): its stamp is made from this time, not from when the outbox is collected,
    #: so an edit made offline long ago does not beat a later edit made on another computer.
    at: Mapped[str] = mapped_column(String(23))


class SyncPending(Base):
    """A bundle payload whose number is reserved but whose file is not yet known written:
    the same bytes go out again after a crash, so one number never means two bundles."""

    __tablename__ = "sync_pending"
    __table_args__ = {"info": {LOCAL_ONLY: True}}

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    payload: Mapped[bytes] = mapped_column(LargeBinary)


class SyncApplied(Base):
    """Bundles applied here (own bundles count as applied when reserved)."""

    __tablename__ = "sync_applied"
    __table_args__ = {"info": {LOCAL_ONLY: True}}

    computer_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SyncTombstone(Base):
    """A record deleted for good (a hard delete), kept by gid with the stamp of its deletion."""

    __tablename__ = "sync_tombstones"
    __table_args__ = {"info": {LOCAL_ONLY: True}}

    gid: Mapped[str] = mapped_column(String(100), primary_key=True)
    tbl: Mapped[str] = mapped_column(String(64))
    hlc: Mapped[str] = mapped_column(String(40))


class SyncHistory(Base):
    """The losing version of a record after a merge ("changed on two computers"): nothing is lost."""

    __tablename__ = "sync_history"
    __table_args__ = {"info": {LOCAL_ONLY: True}}

    id: Mapped[int] = mapped_column(primary_key=True)
    gid: Mapped[str] = mapped_column(String(100), index=True)
    tbl: Mapped[str] = mapped_column(String(64))
    hlc: Mapped[str | None] = mapped_column(String(40))
    #: The computer whose version this was (from its stamp).
    origin: Mapped[str | None] = mapped_column(String(16))
    #: The stamp of the version that won.
    replaced_by: Mapped[str | None] = mapped_column(String(40))
    record_json: Mapped[str] = mapped_column(Text)

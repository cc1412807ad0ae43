"""Declarative base, naming convention and shared column types."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, Dialect, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UTCDateTime(TypeDecorator[datetime]):
    """An instant: aware datetimes in, stored as naive UTC, aware UTC out.

    Use for moments (when a dose was ticked, when a symptom was felt). Planned dose days
    are calendar dates (`Date`), never instants, so a time-zone change can't move them.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UTCDateTime needs an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def stored_instant(value: datetime) -> str:
    """An aware instant as UTCDateTime stores it (naive UTC text, SQLAlchemy's SQLite format):
    for plain SQL that writes or compares instants without the column type."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def new_gid() -> str:
    """A record's global id (uuid4 hex): the same record on every computer sharing the journal."""
    import uuid

    return uuid.uuid4().hex


class SyncedRecord:
    """Columns of a table whose rows are shared between computers (storage/sync_records).

    `gid` identifies the record everywhere (foreign keys travel as gids); `hlc` is the
    hybrid-logical-clock stamp of the version this computer holds (None until first sent).
    """

    #: Every insert through SQLAlchemy (ORM or Core, bulk too) gets a new gid; plain SQL that
    #: names none gets "" and a second such row is refused by the unique index (loud, not silent).
    gid: Mapped[str] = mapped_column(String(32), default=new_gid, server_default="", index=True, unique=True)
    hlc: Mapped[str | None] = mapped_column(String(40))

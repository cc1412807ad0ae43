"""Turning column values into JSON and back, driven by each column's SQLAlchemy type.

Shared by the JSON export and the importer so that export → import → export is exact:
instants as ISO 8601 with their UTC offset, calendar dates as YYYY-MM-DD, decimals as
strings, bytes as base64, enums by member name.
"""

from __future__ import annotations

import base64
import binascii
import enum
import math
import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from functools import partial
from typing import Any

from sqlalchemy import Column, TypeDecorator

from tracker.storage.models.base import UTCDateTime


class BadValue(ValueError):
    """A value that cannot belong in its column; the message says why, in plain words."""


def python_type(column: Column[Any]) -> type:
    col_type = column.type
    if isinstance(col_type, TypeDecorator):
        col_type = col_type.impl_instance
    try:
        return col_type.python_type
    except NotImplementedError:
        return object


#: Column kinds whose driver values are already their JSON form (no per-cell work).
_AS_IS = (str, int, bool)
#: Column kinds whose non-null values are encoded by one C method (what `encode` does for them).
_ISOFORMAT: dict[type, Callable[[Any], str]] = {
    datetime: datetime.isoformat, date: date.isoformat, time: time.isoformat}


def _finite_or_text(value: float) -> Any:
    return value if math.isfinite(value) else str(value)


def encoder(column: Column[Any]) -> Callable[[Any], Any] | None:
    """How the non-null values of `column` become JSON, decided once per column (an export
    encodes a million cells at 20 years): None when the values are JSON already, else the same
    result as `encode` for that column's values. Custom column types keep the general `encode`
    (their values may be of another kind), except UTCDateTime (aware datetimes)."""
    kind = python_type(column)
    custom = isinstance(column.type, TypeDecorator) and not isinstance(column.type, UTCDateTime)
    if custom or (isinstance(kind, type) and issubclass(kind, enum.Enum)):
        return partial(encode, column)
    if kind in _AS_IS:
        return None
    if kind is float:
        return _finite_or_text
    if kind in _ISOFORMAT:
        return _ISOFORMAT[kind]
    return partial(encode, column)


def encode(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return value.name
    if isinstance(value, bool):
        return value
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def decode(column: Column[Any], raw: Any) -> Any:  # noqa: C901 - one branch per kind of column
    """The Python value for `column` from its JSON form; raises BadValue."""
    if raw is None:
        return None
    kind = python_type(column)
    try:
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            if not isinstance(raw, str) or raw not in kind.__members__:
                raise BadValue("is not one of the allowed choices")
            return kind[raw]
        if kind is bool:
            if not isinstance(raw, bool):
                raise BadValue("should be true or false")
            return raw
        if kind is int:
            if isinstance(raw, bool) or not isinstance(raw, int):
                raise BadValue("should be a whole number")
            if abs(raw) >= 2**63:
                raise BadValue("is too large")
            return raw
        if kind is float:
            if isinstance(raw, bool) or not isinstance(raw, (int, float)):
                raise BadValue("should be a number")
            return float(raw)
        if kind is Decimal:
            if isinstance(raw, bool) or not isinstance(raw, (str, int)):
                raise BadValue("should be a number")
            number = Decimal(raw)
            if not number.is_finite():
                raise BadValue("should be a number")
            return number
        if kind is datetime:
            if not isinstance(raw, str):
                raise BadValue("should be a date and time")
            moment = datetime.fromisoformat(raw)
            if isinstance(column.type, UTCDateTime) and moment.tzinfo is None:
                raise BadValue("should include its time zone offset")
            return moment
        if kind is date:
            if not isinstance(raw, str) or len(raw) != 10:
                raise BadValue("should be a date (YYYY-MM-DD)")
            return date.fromisoformat(raw)
        if kind is time:
            if not isinstance(raw, str):
                raise BadValue("should be a time of day")
            return time.fromisoformat(raw)
        if kind is timedelta:
            if isinstance(raw, bool) or not isinstance(raw, (int, float)):
                raise BadValue("should be a number of seconds")
            return timedelta(seconds=raw)
        if kind is bytes:
            if not isinstance(raw, str):
                raise BadValue("should be base64 text")
            return base64.b64decode(raw.encode("ascii"), validate=True)
        if kind is uuid.UUID:
            return uuid.UUID(str(raw))
        if kind is str:
            if not isinstance(raw, str):
                raise BadValue("should be text")
            if "\x00" in raw:
                raise BadValue("contains a NUL character")
            return raw
        if kind in (dict, list) or kind is object:
            return raw
    except (ValueError, TypeError, OverflowError, InvalidOperation, binascii.Error, UnicodeEncodeError) as exc:
        if isinstance(exc, BadValue):
            raise
        raise BadValue("is not in the expected format") from exc
    return raw

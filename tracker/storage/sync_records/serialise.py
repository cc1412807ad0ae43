"""Records as plain JSON-ready dicts: foreign keys as gids, never local integer ids.

A record is {"t": table, "g": gid, "h": stamp, "v": {column: value} or None (deleted for
good), "c": {child table: [rows in saved order]}}. Values: dates and instants in ISO 8601
(instants in UTC with their offset), numbers, booleans, text. The same record gives the same
dict on every computer, which is what the canonical export compares.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Column, Connection, Date, Float, Integer, RowMapping, String, Table, Text, select

from tracker.storage.models import Base
from tracker.storage.models.base import UTCDateTime
from tracker.storage.sync_records.registry import BY_NAME, SyncedTable

Record = dict[str, Any]
#: Queries name at most this many ids at once (SQLite's variable limit is far above it).
CHUNK = 500
_ACK_LOCAL = re.compile(r"^log:(\d+):(.*)$", re.S)
_ACK_SHARED = re.compile(r"^log:@([0-9a-f]{32}):(.*)$", re.S)


class BadRecord(ValueError):
    """A record that cannot be stored here (wrong shape or type); the text names no content."""


def sa_table(name: str) -> Table:
    return Base.metadata.tables[name]


def foreign_keys(name: str) -> dict[str, str]:
    """Columns of `name` that refer to another shared record: column -> table referred to."""
    result = {}
    for fk in sa_table(name).foreign_keys:
        target = fk.column.table.name
        if target in BY_NAME and BY_NAME[target].gid_column == "gid":
            result[fk.parent.name] = target
    return result


def sent_columns(entry: SyncedTable) -> list[Column[Any]]:
    skip = {"id", "hlc", entry.gid_column, *entry.local_columns}
    return [c for c in sa_table(entry.name).columns if c.name not in skip]


def child_columns(table: str, parent_column: str) -> list[Column[Any]]:
    return [c for c in sa_table(table).columns if c.name not in ("id", parent_column)]


def encode_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def decode_value(column: Column[Any], raw: Any) -> Any:  # noqa: C901 - one branch per column type
    """The Python value for `column` from its JSON form; raises BadRecord."""
    name = column.name
    if raw is None:
        if not column.nullable:
            raise BadRecord(f"{column.table.name}.{name} missing")
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        if not isinstance(raw, bool):
            raise BadRecord(f"{column.table.name}.{name} not true/false")
        return raw
    if isinstance(kind, Integer):
        if isinstance(raw, bool) or not isinstance(raw, int) or abs(raw) >= 2**63:
            raise BadRecord(f"{column.table.name}.{name} not a whole number")
        return raw
    if isinstance(kind, Float):
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise BadRecord(f"{column.table.name}.{name} not a number")
        return float(raw)
    try:
        if isinstance(kind, UTCDateTime):
            moment = datetime.fromisoformat(raw) if isinstance(raw, str) else None
            if moment is None or moment.tzinfo is None:
                raise BadRecord(f"{column.table.name}.{name} not an instant")
            return moment
        if isinstance(kind, Date):
            if not isinstance(raw, str) or len(raw) != 10:
                raise BadRecord(f"{column.table.name}.{name} not a date")
            return date.fromisoformat(raw)
    except ValueError as exc:
        raise BadRecord(f"{column.table.name}.{name} not in the expected format") from exc
    if isinstance(kind, String | Text):
        if not isinstance(raw, str) or "\x00" in raw:
            raise BadRecord(f"{column.table.name}.{name} not text")
        if isinstance(kind, String) and kind.length is not None and len(raw) > kind.length:
            raise BadRecord(f"{column.table.name}.{name} too long")
        return raw
    raise BadRecord(f"{column.table.name}.{name} of an unknown kind")


class Codec:
    """Reads records from, and turns gids into ids in, one connection."""

    def __init__(self, conn: Connection, *, cache: bool = False) -> None:
        self.conn = conn
        self._cache = cache
        self._gids: dict[str, dict[int, str]] = {}

    # -- ids and gids ---------------------------------------------------------------------

    def gid_of(self, table: str, row_id: int) -> str | None:
        if self._cache:
            if table not in self._gids:
                t = sa_table(table)
                self._gids[table] = {i: g for i, g in self.conn.execute(select(t.c.id, t.c.gid))}
            return self._gids[table].get(row_id)
        t = sa_table(table)
        found: str | None = self.conn.scalar(select(t.c.gid).where(t.c.id == row_id))
        return found

    def id_of(self, table: str, gid: str) -> int | None:
        t = sa_table(table)
        found: int | None = self.conn.scalar(select(t.c.id).where(t.c.gid == gid))
        return found

    # -- reading ----------------------------------------------------------------------------

    def records(self, name: str, gids: Iterable[str] | None = None) -> list[Record]:
        """The live records of a table (all of them, or those with the given gids), by gid."""
        entry = BY_NAME[name]
        t = sa_table(name)
        key = t.c[entry.gid_column]
        rows: list[RowMapping] = []
        if gids is None:
            rows = list(self.conn.execute(select(t)).mappings())
        else:
            wanted = list(gids)
            for i in range(0, len(wanted), CHUNK):
                rows += list(self.conn.execute(select(t).where(key.in_(wanted[i:i + CHUNK]))).mappings())
        children = self._children(entry, [r["id"] for r in rows]) if entry.children else {}
        result = []
        for row in rows:
            record: Record = {"t": name, "g": row[entry.gid_column], "h": row["hlc"], "v": self.encode_row(entry, row)}
            if entry.children:
                record["c"] = {c.table: children.get((c.table, row["id"]), []) for c in entry.children}
            result.append(record)
        result.sort(key=lambda r: str(r["g"]))
        return result

    def _children(self, entry: SyncedTable, ids: list[int]) -> dict[tuple[str, int], list[dict[str, Any]]]:
        found: dict[tuple[str, int], list[dict[str, Any]]] = {}
        for child in entry.children:
            t = sa_table(child.table)
            parent = t.c[child.parent_column]
            columns = child_columns(child.table, child.parent_column)
            for i in range(0, len(ids), CHUNK):
                query = select(t).where(parent.in_(ids[i:i + CHUNK])).order_by(t.c.id)
                for row in self.conn.execute(query).mappings():
                    values = {c.name: encode_value(row[c.name]) for c in columns}
                    found.setdefault((child.table, row[child.parent_column]), []).append(values)
        return found

    def encode_row(self, entry: SyncedTable, row: RowMapping) -> dict[str, Any]:
        fks = foreign_keys(entry.name)
        values: dict[str, Any] = {}
        for column in sent_columns(entry):
            value = row[column.name]
            if column.name in fks and value is not None:
                value = self.gid_of(fks[column.name], value)
            values[column.name] = encode_value(value)
        if entry.name == "alert_acks":
            values["alert_key"] = self._shared_alert_key(values["alert_key"])
        return values

    # An acknowledged card's key names its diary log by local id ("log:12:call_now:..."); it
    # travels with the log's gid instead ("log:@<gid>:call_now:...").
    def _shared_alert_key(self, key: str) -> str:
        match = _ACK_LOCAL.match(key)
        if match is None:
            return key
        gid = self.gid_of("diary_logs", int(match.group(1)))
        return key if gid is None else f"log:@{gid}:{match.group(2)}"

    def local_alert_key(self, key: str) -> str:
        match = _ACK_SHARED.match(key)
        if match is None:
            return key
        row_id = self.id_of("diary_logs", match.group(1))
        if row_id is None:
            raise BadRecord("alert_acks.alert_key refers to a missing record")
        return f"log:{row_id}:{match.group(2)}"


def decode_record(record: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """Python values of a live record (foreign keys still gids) and of its children."""
    entry = BY_NAME[record["t"]]
    raw = record["v"]
    if not isinstance(raw, dict):
        raise BadRecord(f"{entry.name} values")
    columns = {c.name: c for c in sent_columns(entry)}
    unknown = set(raw) - set(columns)
    if unknown:
        raise BadRecord(f"{entry.name} has columns this version does not know")
    values = {}
    fks = foreign_keys(entry.name)
    for name, column in columns.items():
        value = raw.get(name)
        if name in fks:
            if value is not None and not isinstance(value, str):
                raise BadRecord(f"{entry.name}.{name} not a gid")
            if value is None and not column.nullable:
                raise BadRecord(f"{entry.name}.{name} missing")
            values[name] = value
        elif name not in raw and (column.default is not None or column.server_default is not None):
            continue
        else:
            values[name] = decode_value(column, value)
    kids: dict[str, list[dict[str, Any]]] = {}
    given = record.get("c") or {}
    if not isinstance(given, dict) or set(given) - {c.table for c in entry.children}:
        raise BadRecord(f"{entry.name} children")
    for child in entry.children:
        rows = given.get(child.table) or []
        if not isinstance(rows, list):
            raise BadRecord(f"{child.table} rows")
        ccols = {c.name: c for c in child_columns(child.table, child.parent_column)}
        decoded = []
        for row in rows:
            if not isinstance(row, dict) or set(row) - set(ccols):
                raise BadRecord(f"{child.table} row")
            decoded.append({n: decode_value(c, row.get(n)) for n, c in ccols.items()
                            if n in row or (c.default is None and c.server_default is None)})
        kids[child.table] = decoded
    return values, kids

"""Loading a snapshot's records into empty tables in bulk (joining a shared journal).

The snapshot comes from one computer's consistent journal, so no merging is needed: every
table is inserted at once, parents first, foreign-key gids turned into the new ids through
one gid→id map per table. A 5-year journal joins in seconds instead of record by record.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, insert, select, update

from tracker.storage.models.sync import SyncTombstone
from tracker.storage.sync_records.registry import SETTINGS, SYNCED, is_local_setting
from tracker.storage.sync_records.serialise import (
    CHUNK,
    BadRecord,
    Codec,
    Record,
    decode_record,
    foreign_keys,
    sa_table,
)


def _insert_many(conn: Connection, table: str, rows: Iterable[dict[str, Any]]) -> None:
    groups: dict[frozenset[str], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(frozenset(row), []).append(row)
    for group in groups.values():
        for i in range(0, len(group), CHUNK):
            conn.execute(insert(sa_table(table)), group[i:i + CHUNK])


def load(conn: Connection, records: list[Record]) -> set[str]:
    """Insert `records` into empty shared tables; returns the change kinds touched."""
    by_table: dict[str, list[Record]] = {}
    for record in records:
        by_table.setdefault(record["t"], []).append(record)
    ids: dict[str, dict[str, int]] = {}
    codec = Codec(conn)
    kinds: set[str] = set()
    for entry in SYNCED:
        found = by_table.get(entry.name, [])
        if found:
            kinds.add(entry.kind)
        fks = foreign_keys(entry.name)
        rows: list[dict[str, Any]] = []
        children: list[tuple[str, dict[str, list[dict[str, Any]]]]] = []
        later: list[tuple[str, str, str]] = []  # (gid, column, gid referred to in this same table)
        for record in found:
            if record["v"] is None or (entry.name == SETTINGS and is_local_setting(record["g"])):
                continue
            values, kids = decode_record(record)
            for column, target in fks.items():
                ref = values.get(column)
                if ref is None:
                    continue
                if target == entry.name:
                    later.append((record["g"], column, ref))
                    values[column] = None
                    continue
                if ref not in ids.get(target, {}):
                    raise BadRecord(f"{entry.name}.{column} refers to a missing record")
                values[column] = ids[target][ref]
            if entry.name == "alert_acks":
                values["alert_key"] = codec.local_alert_key(values["alert_key"])
                values["entry_id"] = 0
            rows.append({entry.gid_column: record["g"], "hlc": record["h"], **values})
            if entry.children:
                children.append((record["g"], kids))
        _insert_many(conn, entry.name, rows)
        if entry.gid_column != "gid":
            continue
        t = sa_table(entry.name)
        ids[entry.name] = {g: i for g, i in conn.execute(select(t.c.gid, t.c.id))}
        for gid, column, ref in later:
            if ref not in ids[entry.name]:
                raise BadRecord(f"{entry.name}.{column} refers to a missing record")
            conn.execute(update(t).where(t.c.gid == gid).values({column: ids[entry.name][ref]}))
        for child in entry.children:
            child_fks = foreign_keys(child.table)

            def local(row: dict[str, Any], fks: dict[str, str] = child_fks, name: str = child.table) -> dict[str, Any]:
                out = dict(row)
                for column, target in fks.items():
                    ref = out.get(column)
                    if ref is None:
                        continue
                    if ref not in ids.get(target, {}):
                        raise BadRecord(f"{name}.{column} refers to a missing record")
                    out[column] = ids[target][ref]
                return out

            _insert_many(conn, child.table, (
                {child.parent_column: ids[entry.name][gid], **local(row)}
                for gid, kids in children for row in kids.get(child.table, [])))
    tombstones = [{"gid": r["g"], "tbl": r["t"], "hlc": r["h"]} for r in records if r["v"] is None]
    for i in range(0, len(tombstones), CHUNK):
        conn.execute(insert(SyncTombstone), tombstones[i:i + CHUNK])
    return kinds

"""Applying records from another computer: per record the higher stamp wins, deterministically.

The losing version (local or remote) goes to `sync_history`, so nothing saved is lost and
"changed on two computers" can be shown. Foreign keys arrive as gids and become local ids.
Natural keys, where two people can record the same fact under two gids:
- dose events (regimen drug, planned day, slot): among the live ones the highest stamp stays;
  the others are superseded (soft-deleted at their own creation time, a value that does not
  depend on the order things arrived in), the same on every computer;
- alert acknowledgements (alert_key): the highest stamp stays, the others become tombstones.
Everything runs inside the caller's one transaction with the capture triggers quiet.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from tracker.domain import validation
from tracker.storage.models.sync import SyncHistory, SyncOutbox, SyncTombstone
from tracker.storage.sync_records import hlc
from tracker.storage.sync_records.outbox import dumps, set_tombstone
from tracker.storage.sync_records.registry import BY_NAME, SETTINGS, is_local_setting, order
from tracker.storage.sync_records.serialise import BadRecord, Codec, Record, decode_record, foreign_keys, sa_table

KnownDrug = Callable[[str], bool]
GID_TEXT = 32


def check_shape(records: object) -> list[Record]:
    """Records as sent: known table, gid, stamp, values or None; raises BadRecord."""
    if not isinstance(records, list):
        raise BadRecord("records")
    checked: list[Record] = []
    for record in records:
        if not isinstance(record, dict) or record.get("t") not in BY_NAME:
            raise BadRecord("record table")
        gid, stamp = record.get("g"), record.get("h")
        if not isinstance(gid, str) or not gid or len(gid) > 100:
            raise BadRecord("record gid")
        if record["t"] != SETTINGS and (len(gid) != GID_TEXT or not all(c in "0123456789abcdef" for c in gid)):
            raise BadRecord("record gid")
        if not hlc.is_stamp(stamp):
            raise BadRecord("record stamp")
        if record.get("v") is not None and not isinstance(record["v"], dict):
            raise BadRecord("record values")
        checked.append(record)
    return checked


def validate(records: list[Record], known_drug: KnownDrug) -> None:
    """Hold every incoming record to the forms' rules (tracker/domain/validation.py, as the
    importer does); raises RecordRejected (a ValidationError) or BadRecord."""
    counts: dict[str, int] = {}
    for record in records:
        if record["v"] is None:
            continue
        table = record["t"]
        values, children = decode_record(record)
        if table == SETTINGS:
            values = {"key": record["g"], **values}
        counts[table] = counts.get(table, 0) + 1
        validation.check_record(table, counts[table], values)
        drug_id = values.get("drug_id")
        if table in ("regimen_drugs", "dose_events") and isinstance(drug_id, str) \
                and drug_id != validation.CUSTOM_DRUG and not known_drug(drug_id):
            raise validation.RecordRejected(table, counts[table], "drug_id",
                                            "That drug is not in the app's list. Choose it again from the list, "
                                            "or type its name.")
        for child, rows in children.items():
            terms: set[object] = set()
            for number, row in enumerate(rows, start=1):
                validation.check_record(child, number, row)
                if child == "symptom_entries":
                    if row.get("term_id") in terms:
                        raise validation.RecordRejected(child, number, "term_id",
                                                        "This symptom is in the list twice. Keep one.")
                    terms.add(row.get("term_id"))


#: For each cross-record rule (validation.check_across_records): the shared tables whose
#: records can break it, and the tables it reads.
_ACROSS: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (frozenset({"people"}), ("people",)),
    (frozenset({"local_treatments", "therapy_lines"}), ("local_treatments", "local_treatment_days", "therapy_lines")),
)


def check_across(conn: Connection, touched: set[str]) -> None:
    """Hold the journal as it is after merging records of the `touched` tables to the rules
    that span records (exactly one patient; every live treatment has days, none before its
    line started nor more than a year ahead), as the importer does; raises RecordRejected.
    Run inside the merge's transaction, so a refusal leaves the journal as it was."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for tables_that_break, read in _ACROSS:
        if touched & tables_that_break:
            for name in read:
                t = sa_table(name)
                tables[name] = [dict(row) for row in conn.execute(select(t).order_by(*t.primary_key.columns)).mappings()]
    if tables:
        validation.check_across_records(tables)


@dataclass
class Merge:
    """One batch of incoming records applied in one connection (transaction)."""

    conn: Connection
    kinds: set[str] = field(default_factory=set)
    #: Records where two versions met and one went to history.
    conflicts: int = 0
    newest: str | None = None
    _pending: dict[str, Record] = field(default_factory=dict)
    _done: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.codec = Codec(self.conn)

    def apply_all(self, records: list[Record]) -> None:
        self._pending = {r["g"]: r for r in records}
        for record in sorted(records, key=lambda r: (order(r["t"]), r["g"])):
            self._apply(record)

    # -- one record ---------------------------------------------------------------------------

    def _apply(self, record: Record) -> None:
        gid = record["g"]
        if gid in self._done:
            return
        self._done.add(gid)
        table, stamp = record["t"], record["h"]
        if self.newest is None or stamp > self.newest:
            self.newest = stamp
        if table == SETTINGS and is_local_setting(gid):
            return
        entry = BY_NAME[table]
        t = sa_table(table)
        local = self.conn.execute(select(t).where(t.c[entry.gid_column] == gid)).mappings().first()
        local_stamp: str | None = local["hlc"] if local is not None else self.conn.scalar(
            select(SyncTombstone.hlc).where(SyncTombstone.gid == gid))
        if local_stamp is not None and local_stamp >= stamp:
            if local_stamp != stamp:
                self._keep_in_history(record, replaced_by=local_stamp)
            return
        if local is not None:
            mine: Record = {"t": table, "g": gid, "h": local["hlc"], "v": self.codec.encode_row(entry, local)}
            if entry.children:
                mine["c"] = self.codec.records(table, [gid])[0]["c"]
            if mine.get("v") != record.get("v") or mine.get("c") != record.get("c"):
                self._keep_in_history(mine, replaced_by=stamp)
        self.conn.execute(delete(SyncOutbox).where(SyncOutbox.tbl == table, SyncOutbox.gid == gid))
        self.kinds.add(entry.kind)
        if record["v"] is None:
            if local is not None:
                self._delete_row(table, local["id"] if "id" in local else None, gid)
            set_tombstone(self.conn, table, gid, stamp)
            return
        values, children = decode_record(record)
        values = self._local_ids(table, values)
        if table == "alert_acks":
            values["alert_key"] = self.codec.local_alert_key(values["alert_key"])
            if not self._ack_wins(record, values["alert_key"]):
                return
        self.conn.execute(delete(SyncTombstone).where(SyncTombstone.gid == gid))
        if local is not None:
            self.conn.execute(update(t).where(t.c[entry.gid_column] == gid).values(hlc=stamp, **values))
            row_id = local.get("id")
        else:
            if table == "alert_acks":
                values["entry_id"] = 0  # a local row id elsewhere: means nothing here
            row = self.conn.execute(insert(t).values({entry.gid_column: gid, "hlc": stamp, **values}))
            key = row.inserted_primary_key
            row_id = key[0] if key is not None and entry.gid_column == "gid" else None
        for child in entry.children:
            ct = sa_table(child.table)
            self.conn.execute(delete(ct).where(ct.c[child.parent_column] == row_id))
            rows = [self._local_ids(child.table, r) for r in children.get(child.table) or []]
            if rows:
                self.conn.execute(insert(ct), [{child.parent_column: row_id, **r} for r in rows])
        if table == "dose_events":
            self._supersede_doses(values)

    def _local_ids(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        result = dict(values)
        for column, target in foreign_keys(table).items():
            gid = values.get(column)
            if gid is None:
                continue
            row_id = self.codec.id_of(target, gid)
            if row_id is None and gid in self._pending:
                self._apply(self._pending[gid])
                row_id = self.codec.id_of(target, gid)
            if row_id is None:
                raise BadRecord(f"{table}.{column} refers to a missing record")
            result[column] = row_id
        return result

    def _delete_row(self, table: str, row_id: int | None, gid: str) -> None:
        entry = BY_NAME[table]
        for child in entry.children:
            ct = sa_table(child.table)
            self.conn.execute(delete(ct).where(ct.c[child.parent_column] == row_id))
        t = sa_table(table)
        self.conn.execute(delete(t).where(t.c[entry.gid_column] == gid))

    def _keep_in_history(self, record: Mapping[str, Any], *, replaced_by: str) -> None:
        stamp = record.get("h")
        self.conflicts += 1
        origin = hlc.origin(stamp) if isinstance(stamp, str) and hlc.is_stamp(stamp) else None
        self.conn.execute(insert(SyncHistory).values(
            gid=record["g"], tbl=record["t"], hlc=stamp, origin=origin,
            replaced_by=replaced_by, record_json=dumps(record).decode()))

    # -- natural keys ---------------------------------------------------------------------------

    def _ack_wins(self, record: Record, alert_key: str) -> bool:
        """Two acknowledgements of one card: the higher stamp stays, the other is a tombstone."""
        t = sa_table("alert_acks")
        other = self.conn.execute(select(t).where(t.c.alert_key == alert_key, t.c.gid != record["g"])).mappings().first()
        if other is None:
            return True
        if other["hlc"] is not None and other["hlc"] > record["h"]:
            self._keep_in_history(record, replaced_by=other["hlc"])
            set_tombstone(self.conn, "alert_acks", record["g"], record["h"])
            return False
        loser = {"t": "alert_acks", "g": other["gid"], "h": other["hlc"],
                 "v": self.codec.encode_row(BY_NAME["alert_acks"], other)}
        self._keep_in_history(loser, replaced_by=record["h"])
        self.conn.execute(delete(t).where(t.c.id == other["id"]))
        self.conn.execute(delete(SyncOutbox).where(SyncOutbox.tbl == "alert_acks", SyncOutbox.gid == other["gid"]))
        set_tombstone(self.conn, "alert_acks", other["gid"], other["hlc"] or hlc.zero("0" * 16))
        return True

    def _supersede_doses(self, values: Mapping[str, Any]) -> None:
        t = sa_table("dose_events")
        live = list(self.conn.execute(select(t).where(
            t.c.regimen_drug_id == values["regimen_drug_id"], t.c.planned_date == values["planned_date"],
            t.c.slot == values["slot"], t.c.deleted_at.is_(None))).mappings())
        if len(live) < 2:
            return
        live.sort(key=lambda r: (r["hlc"] or "", r["gid"]))
        winner = live[-1]
        for row in live[:-1]:
            mine = {"t": "dose_events", "g": row["gid"], "h": row["hlc"],
                    "v": self.codec.encode_row(BY_NAME["dose_events"], row)}
            self._keep_in_history(mine, replaced_by=winner["hlc"] or "")
            self.conn.execute(update(t).where(t.c.id == row["id"]).values(deleted_at=row["created_at"]))
            self.kinds.add(BY_NAME["dose_events"].kind)


def history(conn: Connection, gid: str) -> list[dict[str, Any]]:
    """Earlier versions of a record that lost a merge, oldest first."""
    return histories(conn, [gid]).get(gid, [])


def histories(conn: Connection, gids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Earlier versions of each of these records (only those that have any), oldest first:
    one query for a whole page of the diary instead of one per row."""
    found: dict[str, list[dict[str, Any]]] = {}
    if not gids:
        return found
    rows = conn.execute(select(SyncHistory).where(SyncHistory.gid.in_(gids)).order_by(SyncHistory.id)).mappings()
    for r in rows:
        found.setdefault(r["gid"], []).append({"table": r["tbl"], "stamp": r["hlc"], "origin": r["origin"],
                                               "replaced_by": r["replaced_by"], "record": json.loads(r["record_json"])})
    return found

"""Change capture: every way a shared row changes is noted in sync_outbox (triggers), quietly
while applying; every shared record gets a gid, whatever inserted it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import insert, select, text

from tracker.storage.models import Base
from tracker.storage.models.sync import LOCAL_ONLY, SyncOutbox
from tracker.storage.sync_records import hlc, registry, state

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def _row(table: str, conn) -> dict:
    """A minimal valid row for a shared table (ids of parents made on the way)."""
    def person():
        return conn.execute(insert(Base.metadata.tables["people"]).values(
            kind="carer", name="Sam", created_at=NOW)).inserted_primary_key[0]

    def line():
        return conn.execute(insert(Base.metadata.tables["therapy_lines"]).values(
            number=1, name="L", start=date(2026, 1, 1), created_at=NOW)).inserted_primary_key[0]

    def drug():
        return conn.execute(insert(Base.metadata.tables["regimen_drugs"]).values(
            line_id=line(), drug_id="letrozole", display_name="Letrozole", pattern_json="{}", times_json="[]",
            start=date(2026, 1, 1), first_unit=0, first_index=0, anchor_unit=0, created_at=NOW)).inserted_primary_key[0]

    timed = {"occurred_at": NOW, "tz": "UTC", "entered_at": NOW}
    rows = {
        "people": lambda: {"kind": "carer", "name": "Alex", "created_at": NOW},
        "settings": lambda: {"key": "care_team", "value_json": "{}"},
        "therapy_lines": lambda: {"number": 2, "name": "L2", "start": date(2026, 1, 1), "created_at": NOW},
        "regimen_drugs": lambda: {"line_id": line(), "drug_id": "letrozole", "display_name": "Letrozole",
                                  "pattern_json": "{}", "times_json": "[]", "start": date(2026, 1, 1),
                                  "first_unit": 0, "first_index": 0, "anchor_unit": 0, "created_at": NOW},
        "plan_adjustments": lambda: {"regimen_drug_id": drug(), "kind": "hold", "effective": date(2026, 1, 5),
                                     "created_at": NOW},
        "dose_events": lambda: {"regimen_drug_id": drug(), "drug_id": "letrozole", "planned_date": date(2026, 1, 2),
                                "slot": 0, "status": "taken", "recorded_at": NOW, "tz": "UTC", "created_at": NOW},
        "appointments": lambda: {"kind": "clinic", "starts_at": NOW, "tz": "UTC", "created_at": NOW},
        "local_treatments": lambda: {"kind": "radiotherapy", "site": "spine", "created_at": NOW},
        "diary_logs": lambda: {"recall_days": 1, **timed},
        "lab_results": lambda: {"test": "ca15_3", "value": 1.0, "unit": "U/mL", "taken_on": date(2026, 1, 1), **timed},
        "scans": lambda: {"scan_type": "CT", "done_on": date(2026, 1, 1), **timed},
        "diary_notes": lambda: {"text": "n", **timed},
        "questions": lambda: {"text": "q", "asked": False, "answered": False, **timed},
        "alert_acks": lambda: {"alert_key": "k", "acknowledged_at": NOW, "rule_id": "r", "entry_id": 1,
                               "acknowledged_by_id": person()},
    }
    return rows[table]()


def _outbox(conn) -> set[tuple[str, str]]:
    return {(t, g) for t, g in conn.execute(select(SyncOutbox.tbl, SyncOutbox.gid))}


def _clear(conn) -> None:
    conn.execute(text("DELETE FROM sync_outbox"))


def test_the_registry_names_every_table_once_and_nothing_local():
    shared = {t.name for t in registry.SYNCED} | set(registry.PARENT_OF)
    local = {t.name for t in Base.metadata.sorted_tables if t.info.get(LOCAL_ONLY)}
    assert shared | local == set(Base.metadata.tables), "a new table must be shared or marked local"
    assert not shared & local


@pytest.mark.parametrize("table", [t.name for t in registry.SYNCED])
def test_core_insert_update_delete_are_noted(journal, table):
    t = Base.metadata.tables[table]
    key = t.c[registry.BY_NAME[table].gid_column]
    with journal.connection() as conn:
        values = _row(table, conn)
        _clear(conn)
        conn.execute(insert(t).values(values))
        gid = conn.scalar(select(key).order_by(key.desc()) if table == "settings" else
                          select(key).order_by(t.c.id.desc()).limit(1))
        assert gid and (table, gid) in _outbox(conn)
        _clear(conn)
        column = next(c for c in values if c not in ("key",) and not c.endswith("_id"))
        conn.execute(t.update().where(key == gid).values({column: values[column]}))
        assert _outbox(conn) == {(table, gid)}
        _clear(conn)
        if table in ("therapy_lines", "regimen_drugs", "people"):
            return  # referred to by other rows: never deleted for good
        conn.execute(t.delete().where(key == gid))
        assert _outbox(conn) == {(table, gid)}


def test_orm_and_bulk_inserts_get_distinct_gids(journal):
    from tracker.storage.models.diary import DiaryNote

    with journal.session() as session:
        session.add_all([DiaryNote(text="a", occurred_at=NOW, tz="UTC", entered_at=NOW) for _ in range(3)])
    with journal.connection() as conn:
        conn.execute(insert(DiaryNote), [{"text": "b", "occurred_at": NOW, "tz": "UTC", "entered_at": NOW}] * 3)
        gids = conn.scalars(select(DiaryNote.gid)).all()
    assert len(set(gids)) == 6 and all(len(g) == 32 for g in gids)


@pytest.mark.parametrize("child", ["symptom_entries", "measurements"])
def test_a_child_change_notes_its_parent_record(journal, child):
    with journal.connection() as conn:
        log_table = Base.metadata.tables["diary_logs"]
        log_id = conn.execute(insert(log_table).values(_row("diary_logs", conn))).inserted_primary_key[0]
        gid = conn.scalar(select(log_table.c.gid).where(log_table.c.id == log_id))
        ct = Base.metadata.tables[child]
        values = ({"log_id": log_id, "term_id": "nausea", "severity": 1} if child == "symptom_entries"
                  else {"log_id": log_id, "kind": "weight", "value": 60.0, "unit": "kg"})
        for statement in (insert(ct).values(values), ct.update().values(log_id=log_id), ct.delete()):
            _clear(conn)
            conn.execute(statement)
            assert _outbox(conn) == {("diary_logs", gid)}


def test_nothing_is_noted_while_applying(journal):
    with journal.connection() as conn:
        _clear(conn)
        state.set_applying(conn, True)
        conn.execute(insert(Base.metadata.tables["diary_notes"]).values(_row("diary_notes", conn)))
        state.set_applying(conn, False)
        assert _outbox(conn) == set()


def test_a_new_journal_has_a_computer_id_and_its_first_rows_are_noted(journal):
    with journal.connection() as conn:
        current = state.read(conn)
        assert hlc.COMPUTER_ID.match(current.computer_id)
        assert current.next_seq == 1 and current.shared_id is None
        assert ("people", conn.scalar(text("SELECT gid FROM people"))) in _outbox(conn)


def test_stamps_sort_by_time_then_counter_then_computer():
    a, b = "0" * 15 + "a", "0" * 15 + "b"
    first = hlc.next_stamp(None, NOW, a)
    same_ms = hlc.next_stamp(first, NOW, a)
    assert first < same_ms and same_ms.endswith(a)
    behind = hlc.next_stamp(hlc.observe(same_ms, hlc.next_stamp(None, NOW.replace(year=2027), b)), NOW, a)
    assert behind > hlc.next_stamp(None, NOW.replace(year=2027), b)
    assert hlc.is_stamp(behind) and not hlc.is_stamp("2026-x")
    full = f"{1:013d}-9999-{a}"
    assert hlc.next_stamp(full, datetime(1970, 1, 1, tzinfo=UTC), a) == f"{2:013d}-0000-{a}"


def test_a_note_carries_the_time_of_the_newest_change(journal):
    """The trigger writes SQLite's clock (UTC, to the millisecond) and a second change of the
    same record moves it on: the stamp is made from when the record changed, not from when
    the outbox is collected (an edit made offline keeps its own time)."""
    from tracker.storage.sync_records.outbox import changed_at

    t = Base.metadata.tables["diary_notes"]
    with journal.connection() as conn:
        _clear(conn)
        before = datetime.now(UTC).replace(microsecond=0)
        conn.execute(insert(t).values(_row("diary_notes", conn)))
        (gid, first), = conn.execute(select(SyncOutbox.gid, SyncOutbox.at)).all()
        conn.execute(text("UPDATE sync_outbox SET at = '2026-01-01 00:00:00.000'"))
        conn.execute(t.update().where(t.c.gid == gid).values(text="changed"))
        (again, second), = conn.execute(select(SyncOutbox.gid, SyncOutbox.at)).all()
        after = datetime.now(UTC)
    assert again == gid
    assert before <= changed_at(first) <= after and before <= changed_at(second) <= after


def test_each_record_is_stamped_at_the_time_it_changed(journal):
    """The HLC rule per record: the later of its change time and the last stamp + 1, in the
    order the changes were made; never later than the collecting clock."""
    from tracker.storage.sync_records import outbox

    t = Base.metadata.tables["diary_notes"]
    with journal.connection() as conn:
        _clear(conn)
        ids = [conn.execute(insert(t).values(_row("diary_notes", conn))).inserted_primary_key[0] for _ in range(3)]
        times = {ids[0]: "2026-03-10 08:00:00.000", ids[1]: "2026-03-10 07:00:00.000", ids[2]: "2027-01-01 00:00:00.000"}
        for row_id, at in times.items():
            conn.execute(text("UPDATE sync_outbox SET at = :at WHERE gid = (SELECT gid FROM diary_notes WHERE id = :id)"),
                         {"at": at, "id": row_id})
        state.set_applying(conn, True)
        clock = state.Clock(conn, NOW)  # 09:00 UTC
        outbox.stamp_outbox(conn, clock)
        state.set_applying(conn, False)
        stamps = dict(conn.execute(select(t.c.id, t.c.hlc)).all())
    ms = {row_id: int(stamps[row_id][:13]) for row_id in ids}
    assert ms[ids[1]] == int(datetime(2026, 3, 10, 7, tzinfo=UTC).timestamp() * 1000)
    assert ms[ids[0]] == int(datetime(2026, 3, 10, 8, tzinfo=UTC).timestamp() * 1000)
    assert ms[ids[2]] == int(NOW.timestamp() * 1000)  # a change "after" the collection: now
    assert stamps[ids[1]] < stamps[ids[0]] < stamps[ids[2]]

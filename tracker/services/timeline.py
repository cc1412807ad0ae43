"""The Diary timeline: everything logged, newest first, in pages (keyset paging).

Each kind is read with its own indexed query (`occurred_at, id` descending, LIMIT n) and
the results are merged, so a page costs the same on a 20-year journal as on a new one.
The cursor is the last item's (occurred_at, kind, id); the next page starts below it.
Doses and appointments come from the Plan feature's tables when they exist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Integer,
    String,
    and_,
    bindparam,
    exists,
    literal,
    literal_column,
    or_,
    select,
    union_all,
    update,
)

from tracker.domain.clock import Clock
from tracker.storage.journal import OpenJournal
from tracker.storage.models import diary as m
from tracker.storage.models.base import UTCDateTime
from tracker.storage.models.plan import Appointment, DoseEvent

SYMPTOMS, LAB, SCAN, NOTE, QUESTION, DOSE, APPOINTMENT = "symptoms", "lab", "scan", "note", "question", "dose", "appointment"
#: Kinds the Diary owns (editable and deletable here); doses and appointments belong to Plan.
DIARY_KINDS = (SYMPTOMS, LAB, SCAN, NOTE, QUESTION)
ALL_KINDS = DIARY_KINDS + (DOSE, APPOINTMENT)
PAGE_SIZE = 60
#: Order of the values in each `detail["ratings"]` tuple of a symptom log.
RATING_FIELDS = ("term_id", "severity", "frequency", "interference", "location")


@dataclass(frozen=True)
class TimelineFilter:
    kinds: frozenset[str] | None = None  # None: all
    term_id: str | None = None  # only symptom logs that rate this symptom
    person_id: int | None = None
    start: datetime | None = None  # inclusive, aware
    end: datetime | None = None  # exclusive, aware
    include_deleted: bool = False


@dataclass(frozen=True, order=True)
class Cursor:
    occurred_at: datetime
    kind: str
    id: int


@dataclass(frozen=True)
class TimelineItem:
    kind: str
    id: int
    occurred_at: datetime  # aware UTC
    tz: str | None
    entered_by_id: int | None
    deleted: bool
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def cursor(self) -> Cursor:
        return Cursor(self.occurred_at, self.kind, self.id)


@dataclass(frozen=True)
class TimelinePage:
    items: list[TimelineItem]
    next_cursor: Cursor | None  # None: this was the last page


#: One kind's (kind, table, time column, tz column).
Source = tuple[str, Any, Any, Any]
#: A chosen row: (occurred_at, kind, id, tz, entered_by_id, deleted).
Chosen = tuple[datetime, str, int, str | None, int | None, bool]


def _sources() -> list[Source]:
    """(kind, table, time column, tz column) for every kind, doses and appointments included."""
    found: list[tuple[str, Any]] = [
        (SYMPTOMS, m.DiaryLog.__table__), (LAB, m.LabResult.__table__), (SCAN, m.Scan.__table__),
        (NOTE, m.DiaryNote.__table__), (QUESTION, m.Question.__table__)]
    out: list[Source] = [(kind, t, t.c.occurred_at, t.c.tz) for kind, t in found]
    dose: Any = DoseEvent.__table__
    appointment: Any = Appointment.__table__
    out.append((DOSE, dose, dose.c.recorded_at, dose.c.tz))
    out.append((APPOINTMENT, appointment, appointment.c.starts_at, appointment.c.tz))
    return out


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def _branch(kind: str, table: Any, when: Any, tz: Any, shape: tuple[Any, ...], limit: int) -> Any:
    """One kind's newest rows after the cursor; values come as bind parameters (see _statement)."""
    has_person, has_start, has_end, has_term, include_deleted, after_kind = shape
    query = select(when.label("occurred_at"), literal(kind, String).label("kind"), table.c.id.label("id"),
                   tz.label("tz"), table.c.entered_by_id.label("entered_by_id"), table.c.deleted_at.label("deleted_at"))
    if not include_deleted:
        query = query.where(table.c.deleted_at.is_(None))
    if has_person:
        query = query.where(table.c.entered_by_id == bindparam("person_id"))
    if has_start:
        query = query.where(when >= bindparam("start", type_=UTCDateTime()))
    if has_end:
        query = query.where(when < bindparam("end", type_=UTCDateTime()))
    if has_term:
        se = m.SymptomEntry.__table__
        query = query.where(exists().where(se.c.log_id == table.c.id, se.c.term_id == bindparam("term_id")))
    if after_kind is not None:
        # Descending order by (time, kind, id): what comes after the cursor in this branch.
        t = bindparam("after_t", type_=UTCDateTime())
        if kind < after_kind:
            query = query.where(when <= t)
        elif kind == after_kind:
            # `when <= t` alone is what lets SQLite seek the time index to the cursor; the OR
            # then only breaks ties (without it every page scanned from the newest row).
            query = query.where(when <= t, or_(when < t, and_(when == t, table.c.id < bindparam("after_id"))))
        else:
            query = query.where(when < t)
    return _limited(query.order_by(when.desc(), table.c.id.desc()), limit).subquery()


def _limited(query: Any, limit: int) -> Any:
    """LIMIT n OFFSET 0 written into the SQL, not bound: with a bound limit SQLite took twice
    as long over the merged page query (measured, issue 17); the limit is part of the cached
    statement's key anyway."""
    return query.limit(literal_column(str(int(limit)), Integer)).offset(literal_column("0", Integer))


@lru_cache(maxsize=256)
def _statement(kinds: tuple[str, ...], shape: tuple[Any, ...], limit: int) -> Any:
    """The page query for one filter shape, built once: SQLite merges the per-kind pages,
    so only `limit` rows (not limit x kinds) come back to Python."""
    branches = [select(*sub.c) for sub in
                (_branch(kind, table, when, tz, shape, limit) for kind, table, when, tz in _sources() if kind in kinds)]
    merged = (union_all(*branches) if len(branches) > 1 else branches[0]).subquery()
    return _limited(select(*merged.c).order_by(merged.c.occurred_at.desc(), merged.c.kind.desc(), merged.c.id.desc()),
                    limit)


@lru_cache(maxsize=256)
def _compiled(kinds: tuple[str, ...], shape: tuple[Any, ...], limit: int,
              dialect: Any) -> tuple[str, tuple[str, ...], dict[str, Any]]:
    """The page query as driver SQL, its parameter names in order and its fixed values: a page
    is then one driver call returning plain tuples (SQLAlchemy's per-row processing cost more
    than the query; issue 17)."""
    compiled = _statement(kinds, shape, limit).compile(dialect=dialect)
    names = compiled.positiontup
    assert names is not None
    return compiled.string, tuple(names), {k: v for k, v in compiled.params.items() if v is not None}


def _stored(value: datetime) -> str:
    """An instant as UTCDateTime stores it (naive UTC text), for a driver parameter."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _instant(text: str) -> datetime:
    # One parse with the offset in the text: `.replace(tzinfo=UTC)` cost ten times more.
    return datetime.fromisoformat(text + "+00:00")


def page(journal: OpenJournal, flt: TimelineFilter | None = None, after: Cursor | None = None,
         limit: int = PAGE_SIZE) -> TimelinePage:
    flt = flt or TimelineFilter()
    wanted = set(flt.kinds) if flt.kinds is not None else set(ALL_KINDS)
    if flt.term_id is not None:
        wanted &= {SYMPTOMS}
    kinds = tuple(kind for kind, *_rest in _sources() if kind in wanted)
    if not kinds:
        return TimelinePage([], None)
    shape = (flt.person_id is not None, flt.start is not None, flt.end is not None, flt.term_id is not None,
             flt.include_deleted, after.kind if after is not None else None)
    params: dict[str, Any] = {}
    if flt.person_id is not None:
        params["person_id"] = flt.person_id
    if flt.start is not None:
        params["start"] = flt.start
    if flt.end is not None:
        params["end"] = flt.end
    if flt.term_id is not None:
        params["term_id"] = flt.term_id
    if after is not None:
        params["after_t"], params["after_id"] = after.occurred_at, after.id
    with journal.connection(read_only=True) as conn:
        sql, names, fixed = _compiled(kinds, shape, limit + 1, conn.dialect)
        values = {**fixed, **{k: _stored(v) if isinstance(v, datetime) else v for k, v in params.items()}}
        rows = _rows(conn, sql, tuple(values[name] for name in names))
        more = len(rows) > limit
        chosen: list[Chosen] = [(_instant(at), kind, id_, tz, by, gone is not None)
                                for at, kind, id_, tz, by, gone in rows[:limit]]
        details = _details(conn, chosen)
    items = [TimelineItem(kind, id_, when, tz, by, deleted, details.get((kind, id_), {}))
             for when, kind, id_, tz, by, deleted in chosen]
    return TimelinePage(items, items[-1].cursor if more and items else None)


def _ids_by_kind(chosen: list[Chosen]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for row in chosen:
        out.setdefault(row[1], []).append(row[2])
    return out


def _marks(ids: list[int]) -> str:
    return ",".join("?" * len(ids))


def _day(value: Any) -> date | None:
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value


# Detail reads are plain SQL on the same Core connection: a page asks for up to a thousand
# ratings, and SQLAlchemy's per-row and IN-list processing would cost more than the reads.
_SIMPLE_DETAILS = {
    LAB: ("lab_results", ("test", "test_label", "value", "unit", "ref_low", "ref_high", "taken_on", "note")),
    SCAN: ("scans", ("scan_type", "done_on", "result_summary")),
    NOTE: ("diary_notes", ("text",)),
    QUESTION: ("questions", ("text", "asked", "answered", "answer")),
    DOSE: ("dose_events", ("drug_id", "regimen_drug_id", "status", "planned_date", "note", "backfilled")),
    APPOINTMENT: ("appointments", ("kind", "place", "notes")),
}
_DATES = {"taken_on", "done_on", "planned_date"}
_FLAGS = {"asked", "answered", "backfilled"}


def _rows(conn: Connection, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    """All rows at once from the driver (one C call, plain tuples), in the same transaction."""
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, params)
        return cast(list[tuple[Any, ...]], cursor.fetchall())
    finally:
        cursor.close()


def _details(conn: Connection, chosen: list[Chosen]) -> dict[tuple[str, int], dict[str, Any]]:
    out: dict[tuple[str, int], dict[str, Any]] = {}
    by_kind = _ids_by_kind(chosen)
    logs = by_kind.get(SYMPTOMS)
    if logs:
        marks = _marks(logs)
        for log_id, note, recall in _rows(conn,
                f"SELECT id, note, recall_days FROM diary_logs WHERE id IN ({marks})", tuple(logs)):
            out[(SYMPTOMS, log_id)] = {"ratings": [], "measurements": [], "note": note, "recall_days": recall}
        for row in _rows(conn, "SELECT log_id, term_id, severity, frequency, interference, location "
                         f"FROM symptom_entries WHERE log_id IN ({marks}) ORDER BY id", tuple(logs)):
            out[(SYMPTOMS, row[0])]["ratings"].append(row[1:])  # a RATING_FIELDS tuple
        for log_id, kind, value, unit, label in _rows(conn,
                f"SELECT log_id, kind, value, unit, label FROM measurements WHERE log_id IN ({marks}) ORDER BY id",
                tuple(logs)):
            out[(SYMPTOMS, log_id)]["measurements"].append({"kind": kind, "value": value, "unit": unit, "label": label})
    for kind, (table, cols) in _SIMPLE_DETAILS.items():
        ids = by_kind.get(kind)
        if not ids:
            continue
        for row in _rows(conn, f"SELECT id, {', '.join(cols)} FROM {table} WHERE id IN ({_marks(ids)})",
                                        tuple(ids)):
            values = dict(zip(cols, row[1:], strict=True))
            for name in _DATES & values.keys():
                values[name] = _day(values[name])
            for name in _FLAGS & values.keys():
                values[name] = bool(values[name])
            out[(kind, row[0])] = values
    _add_drug_names(conn, out)
    _add_treatments(conn, out)
    return out


def _add_treatments(conn: Connection, details: dict[tuple[str, int], dict[str, Any]]) -> None:
    """An appointment made for a local treatment's day names the treatment: its kind, site
    and which treatment of the course it is ("2 of 5")."""
    ids = sorted(_id for (kind, _id) in details if kind == APPOINTMENT)
    if not ids:
        return
    found = _rows(conn, "SELECT d.appointment_id, t.id, t.kind, t.procedure_kind, t.site FROM local_treatment_days d "
                        "JOIN local_treatments t ON t.id = d.treatment_id "
                        f"WHERE d.appointment_id IN ({_marks(ids)})", tuple(ids))
    if not found:
        return
    treatments = sorted({row[1] for row in found})
    days: dict[int, list[tuple[date | None, int | None]]] = {}
    for tid, day, appointment_id in _rows(
            conn, "SELECT treatment_id, day, appointment_id FROM local_treatment_days "
                  f"WHERE deleted_at IS NULL AND treatment_id IN ({_marks(treatments)}) ORDER BY day", tuple(treatments)):
        days.setdefault(tid, []).append((_day(day), appointment_id))
    for appointment_id, tid, kind, procedure_kind, site in found:
        course = days.get(tid, [])
        number = next((i for i, (_d, a) in enumerate(course, start=1) if a == appointment_id), None)
        details[(APPOINTMENT, appointment_id)].update(
            treatment_kind=kind, procedure_kind=procedure_kind, site=site, treatment_number=number,
            treatment_count=len(course))


def _add_drug_names(conn: Connection, details: dict[tuple[str, int], dict[str, Any]]) -> None:
    """Each dose's drug as the plan names it (a drug typed by hand has no catalog name)."""
    ids = sorted({d["regimen_drug_id"] for (kind, _id), d in details.items() if kind == DOSE})
    if not ids:
        return
    names = dict(_rows(conn, f"SELECT id, display_name FROM regimen_drugs WHERE id IN ({_marks(ids)})", tuple(ids)))
    for (kind, _id), d in details.items():
        if kind == DOSE:
            d["drug_name"] = names.get(d["regimen_drug_id"])


_DELETABLE: dict[str, Any] = {SYMPTOMS: m.DiaryLog, LAB: m.LabResult, SCAN: m.Scan, NOTE: m.DiaryNote, QUESTION: m.Question}


def set_deleted(journal: OpenJournal, kind: str, item_id: int, deleted: bool, clock: Clock) -> None:
    """Soft delete (the row stays, marked) or restore a Diary-owned item."""
    model = _DELETABLE.get(kind)
    if model is None:
        raise ValueError(f"the Diary cannot delete {kind!r} items")
    with journal.connection(read_only=True) as conn:
        conn.execute(update(model).where(model.id == item_id)
                     .values(deleted_at=_utc(clock.now()) if deleted else None))

"""The Diary timeline: everything logged, newest first, in pages (keyset paging).

Each kind is read with its own indexed query (`occurred_at, id` descending, LIMIT n) and
the results are merged, so a page costs the same on a 20-year journal as on a new one.
The cursor is the last item's (occurred_at, kind, id); the next page starts below it.
Doses and appointments come from the Plan feature's tables when they exist.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import and_, exists, or_, select, update

from tracker.domain.clock import Clock
from tracker.storage.journal import OpenJournal
from tracker.storage.models import diary as m

SYMPTOMS, LAB, SCAN, NOTE, QUESTION, DOSE, APPOINTMENT = "symptoms", "lab", "scan", "note", "question", "dose", "appointment"
#: Kinds the Diary owns (editable and deletable here); doses and appointments belong to Plan.
DIARY_KINDS = (SYMPTOMS, LAB, SCAN, NOTE, QUESTION)
ALL_KINDS = DIARY_KINDS + (DOSE, APPOINTMENT)
PAGE_SIZE = 60


def _plan_models():
    try:
        from tracker.storage.models import plan
        return plan.DoseEvent, plan.Appointment
    except (ImportError, AttributeError):
        return None, None


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


def _sources():
    """(kind, table, time column, tz column or None) for every kind present in this build."""
    found = [(SYMPTOMS, m.DiaryLog.__table__), (LAB, m.LabResult.__table__), (SCAN, m.Scan.__table__),
             (NOTE, m.DiaryNote.__table__), (QUESTION, m.Question.__table__)]
    out = [(kind, t, t.c.occurred_at, t.c.tz) for kind, t in found]
    dose, appointment = _plan_models()
    if dose is not None:
        t = dose.__table__
        out.append((DOSE, t, t.c.recorded_at, t.c.tz))
    if appointment is not None:
        t = appointment.__table__
        out.append((APPOINTMENT, t, t.c.starts_at, t.c.tz))
    return out


def _utc(value: datetime) -> datetime:
    return value.astimezone(timezone.utc)


def _branch(kind, table, when, tz, flt: TimelineFilter, after: Cursor | None, limit: int):
    query = select(when.label("occurred_at"), table.c.id, tz.label("tz"), table.c.entered_by_id,
                   table.c.deleted_at)
    if not flt.include_deleted:
        query = query.where(table.c.deleted_at.is_(None))
    if flt.person_id is not None:
        query = query.where(table.c.entered_by_id == flt.person_id)
    if flt.start is not None:
        query = query.where(when >= _utc(flt.start))
    if flt.end is not None:
        query = query.where(when < _utc(flt.end))
    if flt.term_id is not None:
        se = m.SymptomEntry.__table__
        query = query.where(exists().where(se.c.log_id == table.c.id, se.c.term_id == flt.term_id))
    if after is not None:
        # Descending order by (time, kind, id): what comes after the cursor in this branch.
        t = _utc(after.occurred_at)
        if kind < after.kind:
            query = query.where(when <= t)
        elif kind == after.kind:
            query = query.where(or_(when < t, and_(when == t, table.c.id < after.id)))
        else:
            query = query.where(when < t)
    return query.order_by(when.desc(), table.c.id.desc()).limit(limit)


def page(journal: OpenJournal, flt: TimelineFilter | None = None, after: Cursor | None = None,
         limit: int = PAGE_SIZE) -> TimelinePage:
    flt = flt or TimelineFilter()
    wanted = set(flt.kinds) if flt.kinds is not None else set(ALL_KINDS)
    if flt.term_id is not None:
        wanted &= {SYMPTOMS}
    rows: list[tuple] = []
    with journal.connection() as conn:
        for kind, table, when, tz in _sources():
            if kind not in wanted:
                continue
            for r in conn.execute(_branch(kind, table, when, tz, flt, after, limit + 1)):
                occurred = r.occurred_at if r.occurred_at.tzinfo else r.occurred_at.replace(tzinfo=timezone.utc)
                rows.append((occurred, kind, r.id, r.tz, r.entered_by_id, r.deleted_at is not None))
        chosen = heapq.nlargest(limit + 1, rows, key=lambda row: (row[0], row[1], row[2]))
        more = len(chosen) > limit
        chosen = chosen[:limit]
        details = _details(conn, chosen)
    items = [TimelineItem(kind, id_, when, tz, by, deleted, details.get((kind, id_), {}))
             for when, kind, id_, tz, by, deleted in chosen]
    return TimelinePage(items, items[-1].cursor if more and items else None)


def _ids(chosen, kind) -> list[int]:
    return [row[2] for row in chosen if row[1] == kind]


def _details(conn, chosen) -> dict[tuple[str, int], dict[str, Any]]:
    out: dict[tuple[str, int], dict[str, Any]] = {}
    logs = _ids(chosen, SYMPTOMS)
    if logs:
        for log_id in logs:
            out[(SYMPTOMS, log_id)] = {"ratings": [], "measurements": [], "note": None, "recall_days": 1}
        for r in conn.execute(select(m.DiaryLog.id, m.DiaryLog.note, m.DiaryLog.recall_days).where(m.DiaryLog.id.in_(logs))):
            out[(SYMPTOMS, r.id)].update(note=r.note, recall_days=r.recall_days)
        se = m.SymptomEntry
        for r in conn.execute(select(se.log_id, se.term_id, se.severity, se.frequency, se.interference, se.location)
                              .where(se.log_id.in_(logs)).order_by(se.id)):
            out[(SYMPTOMS, r.log_id)]["ratings"].append(
                {"term_id": r.term_id, "severity": r.severity, "frequency": r.frequency,
                 "interference": r.interference, "location": r.location})
        me = m.MeasurementEntry
        for r in conn.execute(select(me.log_id, me.kind, me.value, me.unit, me.label).where(me.log_id.in_(logs)).order_by(me.id)):
            out[(SYMPTOMS, r.log_id)]["measurements"].append(
                {"kind": r.kind, "value": r.value, "unit": r.unit, "label": r.label})
    simple = {
        LAB: (m.LabResult, ("test", "test_label", "value", "unit", "ref_low", "ref_high", "taken_on", "note")),
        SCAN: (m.Scan, ("scan_type", "done_on", "result_summary")),
        NOTE: (m.DiaryNote, ("text",)),
        QUESTION: (m.Question, ("text", "asked", "answered", "answer")),
    }
    dose, appointment = _plan_models()
    if dose is not None:
        simple[DOSE] = (dose, ("drug_id", "status", "planned_date", "note"))
    if appointment is not None:
        simple[APPOINTMENT] = (appointment, ("kind", "place", "notes"))
    for kind, (model, cols) in simple.items():
        ids = _ids(chosen, kind)
        if not ids:
            continue
        table = model.__table__
        for r in conn.execute(select(table.c.id, *[table.c[c] for c in cols]).where(table.c.id.in_(ids))):
            out[(kind, r.id)] = {c: getattr(r, c) for c in cols}
    return out


_DELETABLE = {SYMPTOMS: m.DiaryLog, LAB: m.LabResult, SCAN: m.Scan, NOTE: m.DiaryNote, QUESTION: m.Question}


def set_deleted(journal: OpenJournal, kind: str, item_id: int, deleted: bool, clock: Clock) -> None:
    """Soft delete (the row stays, marked) or restore a Diary-owned item."""
    model = _DELETABLE.get(kind)
    if model is None:
        raise ValueError(f"the Diary cannot delete {kind!r} items")
    with journal.connection() as conn:
        conn.execute(update(model).where(model.id == item_id)
                     .values(deleted_at=_utc(clock.now()) if deleted else None))

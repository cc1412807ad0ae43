"""Logging symptoms and measurements: one form save is one log, saved in one transaction.

    result = log_symptoms(journal, [SymptomRating("nausea", severity=2), Measurement("temperature", 38.4, "°C")],
                          entered_by=person_id, occurred_at=clock.now(), clock=clock)
    result.alerts   # alerts raised by this log (see services/alert_settings.py)

Editing replaces a log's ratings; deleting is soft (deleted_at) and can be undone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from tracker.domain import symptoms
from tracker.domain.alerts import SYMPTOM, TEMPERATURE, Alert, LogAlert
from tracker.domain.clock import Clock
from tracker.domain.errors import KnownError, ValidationError
from tracker.domain.measurements import Measurement, validate_measurement
from tracker.domain.symptoms import SymptomRating, validate_note, validate_occurred_at, validate_rating
from tracker.services import alert_settings, catalog
from tracker.storage.journal import OpenJournal
from tracker.storage.models.diary import DiaryLog, MeasurementEntry, SymptomEntry

WEEKLY_RECALL_DAYS = 7


@dataclass(frozen=True)
class LogResult:
    log_id: int
    saved_ids: list[int]  # symptom entry ids, then measurement ids
    alerts: list[Alert] = field(default_factory=list)
    #: With `banner=True`: every open alert card as the banner should show it now (this log's
    #: included), worked out once by the save and handed to the banner (ui/context.Change).
    cards: list[LogAlert] | None = None


@dataclass(frozen=True)
class LogDetail:
    id: int
    occurred_at: datetime  # aware, in the zone it was logged in
    tz: str
    entered_by_id: int | None
    ratings: list[SymptomRating]
    measurements: list[Measurement]
    note: str | None
    recall_days: int
    deleted: bool


def zone_name(value: datetime, clock: Clock) -> str:
    """IANA name of the zone a time was given in, so local wall time can be shown later."""
    for tz in (value.tzinfo, clock.zone):
        key = getattr(tz, "key", None)
        if isinstance(key, str) and key:
            return key
    return "UTC"


def _validate(entries: Sequence[SymptomRating | Measurement], note: str | None, occurred_at: datetime,
              clock: Clock) -> tuple[list[SymptomRating], list[Measurement], str | None]:
    validate_occurred_at(occurred_at, clock.now())
    ratings, measures, seen = [], [], set()
    for entry in entries:
        if isinstance(entry, SymptomRating):
            if entry.term_id in seen:
                raise ValidationError("This symptom is in the list twice. Keep one.", field=f"{entry.term_id}.severity")
            seen.add(entry.term_id)
            ratings.append(validate_rating(entry))
        elif isinstance(entry, Measurement):
            measures.append(validate_measurement(entry))
        else:
            raise TypeError(f"not a diary entry: {type(entry).__name__}")
    note = (note or "").strip() or None
    validate_note(note)
    if not ratings and not measures and not note:
        raise ValidationError("Add at least one symptom, a measurement or a note.", field="symptoms")
    return ratings, measures, note


def validate_log(entries: Sequence[SymptomRating | Measurement], note: str | None, occurred_at: datetime,
                 clock: Clock) -> None:
    """Check a log without saving (forms call it before pushing an undoable edit)."""
    _validate(entries, note, occurred_at, clock)


# The save's statements, built once: building and caching a statement per save cost more
# than running it (issue 17). Values come as parameters, typed by the columns as before.
_INSERT_LOG = insert(DiaryLog).returning(DiaryLog.id)
_INSERT_RATINGS = insert(SymptomEntry).returning(SymptomEntry.id, sort_by_parameter_order=True)
_INSERT_MEASURES = insert(MeasurementEntry).returning(MeasurementEntry.id, sort_by_parameter_order=True)


def _children(conn: Connection, log_id: int, ratings: list[SymptomRating], measures: list[Measurement]) -> list[int]:
    """Insert a log's ratings, then its measurements (one statement each); their ids in that order."""
    symptom_rows = [{"log_id": log_id, "term_id": r.term_id, "severity": r.severity, "frequency": r.frequency,
                     "interference": r.interference, "location": r.location, "note": r.note} for r in ratings]
    measure_rows = [{"log_id": log_id, "kind": m.kind, "value": m.value, "unit": m.unit, "label": m.label}
                    for m in measures]
    saved: list[int] = []
    if symptom_rows:
        saved += conn.scalars(_INSERT_RATINGS, symptom_rows).all()
    if measure_rows:
        saved += conn.scalars(_INSERT_MEASURES, measure_rows).all()
    return saved


@contextmanager
def _person_checked(journal: OpenJournal) -> Iterator[Connection]:
    """A write transaction where an unknown person (the foreign key refuses it) is a plain message."""
    try:
        with journal.connection() as conn:
            yield conn
    except IntegrityError as exc:
        if "FOREIGN KEY" not in str(exc.orig):
            raise
        raise ValidationError("Choose who is entering this.", field="entered_by") from exc


def log_symptoms(journal: OpenJournal, entries: Sequence[SymptomRating | Measurement], entered_by: int | None,
                 occurred_at: datetime, clock: Clock, *, note: str | None = None,
                 recall_days: int = 1, banner: bool = False) -> LogResult:
    """Save one log. `banner=True` (the app's forms): the alert check works out the banner's cards
    (`LogResult.cards`) and this log's findings come from them, so the alerts are checked once."""
    ratings, measures, note = _validate(entries, note, occurred_at, clock)
    # Plain inserts in one transaction (the ORM's unit of work cost more than the fsync; issue 17).
    with _person_checked(journal) as conn:
        log_id = conn.scalar(_INSERT_LOG, {
            "occurred_at": occurred_at, "tz": zone_name(occurred_at, clock), "entered_at": clock.now(),
            "entered_by_id": entered_by, "recall_days": recall_days, "note": note})
        assert log_id is not None
        saved = _children(conn, log_id, ratings, measures)
    if banner:
        try:
            cards = alert_settings.current_alerts(journal, clock)
        except KnownError:
            # The log is saved: a save must not look refused (she would enter it twice). With
            # no cards handed over, the banner checks again itself and, if that fails too,
            # shows its plain "alerts could not be checked: call if unwell" message.
            return LogResult(log_id, saved, [], None)
        return LogResult(log_id, saved, [f for c in cards if c.log_id == log_id for f in c.findings], cards)
    return LogResult(log_id, saved, _alerts_for(journal, clock, occurred_at, ratings, measures, saved))


def _alerts_for(journal: OpenJournal, clock: Clock, occurred_at: datetime, ratings: list[SymptomRating],
                measures: list[Measurement], saved_ids: list[int]) -> list[Alert]:
    """Alerts raised by just the rows of this log (ids in the order `_children` saved them)."""
    keys = {(SYMPTOM, i) for i in saved_ids[:len(ratings)]}
    keys |= {(TEMPERATURE, i) for i, m in zip(saved_ids[len(ratings):], measures, strict=True) if m.kind == TEMPERATURE}
    return alert_settings.evaluate(journal, clock, trigger_from=min(occurred_at, clock.now()),
                                   trigger_keys=frozenset(keys), term_ids={r.term_id for r in ratings})


def get_log(journal: OpenJournal, log_id: int) -> LogDetail:
    from zoneinfo import ZoneInfo

    with journal.session() as session:
        log = session.get(DiaryLog, log_id)
        if log is None:
            raise ValidationError("That entry no longer exists.")
        ratings = [SymptomRating(s.term_id, s.severity, s.frequency, s.interference, s.location, s.note)
                   for s in session.scalars(select(SymptomEntry).where(SymptomEntry.log_id == log_id).order_by(SymptomEntry.id))]
        measures = [Measurement(m.kind, m.value, m.unit, m.label)
                    for m in session.scalars(select(MeasurementEntry).where(MeasurementEntry.log_id == log_id).order_by(MeasurementEntry.id))]
        try:
            local = log.occurred_at.astimezone(ZoneInfo(log.tz))
        except (KeyError, ValueError):
            local = log.occurred_at
        return LogDetail(log.id, local, log.tz, log.entered_by_id, ratings, measures, log.note, log.recall_days,
                         log.deleted_at is not None)


def update_log(journal: OpenJournal, log_id: int, entries: Sequence[SymptomRating | Measurement],
               entered_by: int | None, occurred_at: datetime, clock: Clock, *, note: str | None = None) -> LogResult:
    """Replace what a log holds (its ratings and measurements are rewritten; the log id stays)."""
    ratings, measures, note = _validate(entries, note, occurred_at, clock)
    with _person_checked(journal) as conn:
        changed = conn.execute(update(DiaryLog).where(DiaryLog.id == log_id).values(
            occurred_at=occurred_at, tz=zone_name(occurred_at, clock), entered_by_id=entered_by, note=note))
        if changed.rowcount != 1:
            raise ValidationError("That entry no longer exists.")
        for model in (SymptomEntry, MeasurementEntry):
            conn.execute(delete(model).where(model.log_id == log_id))
        saved = _children(conn, log_id, ratings, measures)
    return LogResult(log_id, saved, _alerts_for(journal, clock, occurred_at, ratings, measures, saved))


def set_log_deleted(journal: OpenJournal, log_id: int, deleted: bool, clock: Clock) -> None:
    """Soft delete (kept in history) or bring back."""
    with journal.connection() as conn:
        conn.execute(update(DiaryLog).where(DiaryLog.id == log_id)
                     .values(deleted_at=clock.now().astimezone(UTC) if deleted else None))


def delete_log(journal: OpenJournal, log_id: int, clock: Clock) -> None:
    set_log_deleted(journal, log_id, True, clock)


def undelete_log(journal: OpenJournal, log_id: int, clock: Clock) -> None:
    set_log_deleted(journal, log_id, False, clock)


def last_person_id(journal: OpenJournal) -> int | None:
    """Who saved the most recent log: the form starts with them selected."""
    with journal.connection() as conn:
        return conn.scalar(select(DiaryLog.entered_by_id).where(DiaryLog.deleted_at.is_(None))
                           .order_by(DiaryLog.entered_at.desc(), DiaryLog.id.desc()).limit(1))


def after_radiotherapy(journal: OpenJournal, on_date: date) -> list[str]:
    """Symptom ids that usually follow a radiotherapy course of the last six weeks (none
    without one): the weekly check-in always asks them."""
    from tracker.domain.local_treatments import suggested_after
    from tracker.services import local_treatments

    recent = [(t.kind, t.site, t.first_day, t.last_day) for t in local_treatments.recent(journal, on_date, weeks=6)]
    return [sid for sid in suggested_after(recent, on_date) if symptoms.term(sid) is not None]


def suggested_symptoms(journal: OpenJournal, on_date: date, *, limit: int = 8) -> list[str]:
    """Symptom ids to offer first: what usually follows a recent radiotherapy course, the
    current drugs' common side effects, then common ones."""
    ordered = after_radiotherapy(journal, on_date)
    drug_ids = alert_settings.plan_context(journal, on_date).drug_ids
    for drug_id in drug_ids:
        drug = catalog.drug(drug_id)
        for sid in drug.common_side_effects if drug is not None else ():
            if sid not in ordered and symptoms.term(sid) is not None:
                ordered.append(sid)
    for sid in symptoms.common_term_ids():
        if len(ordered) >= limit:
            break
        if sid not in ordered:
            ordered.append(sid)
    return ordered

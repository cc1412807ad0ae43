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

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.exc import IntegrityError

from tracker.domain import symptoms
from tracker.domain.alerts import Alert, LogAlert
from tracker.domain.clock import Clock
from tracker.domain.errors import KnownError, ValidationError
from tracker.domain.measurements import Measurement, validate_measurement
from tracker.domain.symptoms import SymptomRating, validate_note, validate_occurred_at, validate_rating
from tracker.services import alert_settings, catalog
from tracker.storage.journal import OpenJournal
from tracker.storage.models.base import new_gid, stored_instant
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


# The save's statements as plain SQL on the driver's cursor (its statement cache keeps them
# prepared): SQLAlchemy's per-statement work cost more than the inserts themselves (issue 17).
# Columns and values as the models store them: instants as `stored_instant` text, a new gid.
_INSERT_LOG = ("INSERT INTO diary_logs (occurred_at, tz, entered_at, entered_by_id, recall_days, note, gid) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)")
_INSERT_RATING = ("INSERT INTO symptom_entries (log_id, term_id, severity, frequency, interference, location, note) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)")
_INSERT_MEASURE = "INSERT INTO measurements (log_id, kind, value, unit, label) VALUES (?, ?, ?, ?, ?)"


def _insert_log(conn: Connection, occurred_at: datetime, clock: Clock, entered_by: int | None, recall_days: int,
                note: str | None) -> int:
    cursor = conn.connection.cursor()
    try:
        cursor.execute(_INSERT_LOG, (stored_instant(occurred_at), zone_name(occurred_at, clock),
                                     stored_instant(clock.now()), entered_by, recall_days, note, new_gid()))
        log_id: int = cursor.lastrowid
    finally:
        cursor.close()
    return log_id


def _children(conn: Connection, log_id: int, ratings: list[SymptomRating], measures: list[Measurement]) -> list[int]:
    """Insert a log's ratings, then its measurements, one row at a time; their ids in that order."""
    saved: list[int] = []
    cursor = conn.connection.cursor()
    try:
        for r in ratings:
            cursor.execute(_INSERT_RATING, (log_id, r.term_id, r.severity, r.frequency, r.interference, r.location, r.note))
            saved.append(cursor.lastrowid)
        for m in measures:
            cursor.execute(_INSERT_MEASURE, (log_id, m.kind, m.value, m.unit, m.label))
            saved.append(cursor.lastrowid)
    finally:
        cursor.close()
    return saved


@contextmanager
def _person_checked(journal: OpenJournal) -> Iterator[Connection]:
    """A write transaction where an unknown person (the foreign key refuses it) is a plain message."""
    from tracker.storage.engine import dbapi, driver_error

    try:
        with journal.connection() as conn:
            yield conn
    except (IntegrityError, dbapi().IntegrityError) as exc:
        if "FOREIGN KEY" not in str(driver_error(exc)):
            raise
        raise ValidationError("Choose who is entering this.", field="entered_by") from exc


def log_symptoms(journal: OpenJournal, entries: Sequence[SymptomRating | Measurement], entered_by: int | None,
                 occurred_at: datetime, clock: Clock, *, note: str | None = None,
                 recall_days: int = 1, banner: bool = False) -> LogResult:
    """Save one log. `banner=True` (the app's forms): the alert check works out the banner's cards
    (`LogResult.cards`) and this log's findings come from them, so the alerts are checked once."""
    ratings, measures, note = _validate(entries, note, occurred_at, clock)
    # One write transaction: the inserts, then (without the banner) the rows this log's alert
    # check reads; the rules run after the commit (issue 17).
    with _person_checked(journal) as conn:
        log_id = _insert_log(conn, occurred_at, clock, entered_by, recall_days, note)
        saved = _children(conn, log_id, ratings, measures)
        check = None if banner else _check_for(conn, clock, occurred_at, log_id)
    if banner:
        try:
            cards = alert_settings.current_alerts(journal, clock)
        except KnownError:
            # The log is saved: a save must not look refused (she would enter it twice). With
            # no cards handed over, the banner checks again itself and, if that fails too,
            # shows its plain "alerts could not be checked: call if unwell" message.
            return LogResult(log_id, saved, [], None)
        return LogResult(log_id, saved, [f for c in cards if c.log_id == log_id for f in c.findings], cards)
    return LogResult(log_id, saved, check.run().findings if check is not None else [])


def _check_for(conn: Connection, clock: Clock, occurred_at: datetime, log_id: int) -> alert_settings.CheckInput | None:
    """What the alert check of just this log's rows reads (in the save's transaction)."""
    return alert_settings.read_log_check(conn, clock, log_id, trigger_from=min(occurred_at, clock.now()))


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
        check = _check_for(conn, clock, occurred_at, log_id)
    return LogResult(log_id, saved, check.run().findings if check is not None else [])


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

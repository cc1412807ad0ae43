"""Alert thresholds (editable in Settings) and the alerts the banner shows.

Thresholds are stored as a journal setting and merged over the rule file's defaults.
`current_alerts` evaluates the recent diary with the plan context and leaves out alerts
the person has already acknowledged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from tracker.domain import alerts as rules_mod
from tracker.domain.alerts import Alert, AlertContext, RecentEntry
from tracker.domain.clock import Clock
from tracker.domain.errors import ValidationError
from tracker.domain.measurements import TEMPERATURE, to_celsius
from tracker.services import settings
from tracker.storage.journal import OpenJournal
from tracker.storage.models.diary import AlertAck

THRESHOLDS_KEY = "alerts.thresholds"
#: What Settings lets a team change, with the allowed range (°C, rating 0-4, count, days).
EDITABLE = {"fever_c": (37.0, 39.5), "severe_at": (2, 4), "worsening_rises": (1, 5), "new_symptom_days": (7, 180)}
#: Literal sentences (not built with format) so the translator finds each one.
_RANGE_MESSAGES = {
    "fever_c": "Choose a temperature from 37.0 to 39.5 °C.",
    "severe_at": "Choose a rating from 2 to 4.",
    "worsening_rises": "Choose a number from 1 to 5.",
    "new_symptom_days": "Choose a number of days from 7 to 180.",
}


def thresholds(journal: OpenJournal) -> dict[str, float]:
    return rules_mod.thresholds_with_defaults(settings.get(journal, THRESHOLDS_KEY, {}) or {})


def set_thresholds(journal: OpenJournal, values: dict[str, float]) -> dict[str, float]:
    clean = {}
    for key, value in values.items():
        if key not in EDITABLE:
            raise ValueError(f"not an editable threshold: {key}")
        low, high = EDITABLE[key]
        if not isinstance(value, (int, float)) or not low <= value <= high:
            raise ValidationError(_RANGE_MESSAGES[key], field=key)
        clean[key] = float(value)
    stored = dict(settings.get(journal, THRESHOLDS_KEY, {}) or {})
    stored.update(clean)
    settings.set(journal, THRESHOLDS_KEY, stored)
    return thresholds(journal)


def reset_thresholds(journal: OpenJournal) -> dict[str, float]:
    settings.set(journal, THRESHOLDS_KEY, {})
    return thresholds(journal)


@dataclass(frozen=True)
class PlanContext:
    on_chemotherapy: bool
    drug_ids: tuple[str, ...]


def plan_context(journal: OpenJournal, on: date, *, drugs: bool = True) -> PlanContext:
    """What the Plan feature says about this day; without it, assume no chemotherapy, no drugs.

    `drugs=False` skips the drug list (the alert rules only need to know about chemotherapy).
    """
    try:
        from tracker.services import plan
        chemo = bool(plan.on_chemotherapy(journal, on))
        return PlanContext(chemo, tuple(plan.current_drug_ids(journal, on)) if drugs else ())
    except (ImportError, AttributeError):
        return PlanContext(False, ())


def _display_temperature(value: float, unit: str) -> str:
    return f"{value:g} {unit}"


def _stored(value: datetime) -> str:
    """An instant in the text form UTCDateTime stores (naive UTC), for comparing in SQL."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _rows(conn, sql: str, params: tuple) -> list[tuple]:
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, params)
        return cursor.fetchall()
    finally:
        cursor.close()


def recent_entries(journal: OpenJournal, since: datetime, *, term_ids: Iterable[str] | None = None,
                   temperatures_since: datetime | None = None) -> list[RecentEntry]:
    """Symptom ratings (optionally only these terms) and temperatures of live logs, oldest first.

    Plain SQL in two steps (the logs in the time range by their time index, then their rows by
    log id), so the query never walks a symptom's whole history; runs on every save.
    """
    terms = None if term_ids is None else sorted(set(term_ids))
    with journal.connection() as conn:
        logs = _rows(conn, "SELECT id, occurred_at FROM diary_logs WHERE deleted_at IS NULL AND occurred_at >= ?",
                     (_stored(min(since, temperatures_since or since)),))
        if not logs:
            return []
        when = {log_id: _instant(at) for log_id, at in logs}
        marks = ",".join("?" * len(when))
        ids = tuple(when)
        ratings: list[tuple] = []
        if terms is None or terms:
            sql = (f"SELECT id, log_id, term_id, severity, frequency, interference FROM symptom_entries "
                   f"WHERE log_id IN ({marks})")
            params = ids
            if terms is not None:
                sql += f" AND term_id IN ({','.join('?' * len(terms))})"
                params = ids + tuple(terms)
            ratings = _rows(conn, sql, params)
        temps = _rows(conn, f"SELECT id, log_id, value, unit FROM measurements WHERE log_id IN ({marks}) AND kind = ?",
                      ids + (TEMPERATURE,))
    temp_from = temperatures_since or since
    entries = [RecentEntry(i, rules_mod.SYMPTOM, when[log_id], term_id=term, severity=sev, frequency=freq,
                           interference=interf)
               for i, log_id, term, sev, freq, interf in ratings if when[log_id] >= since]
    entries += [RecentEntry(i, rules_mod.TEMPERATURE, when[log_id], temperature_c=to_celsius(value, unit),
                            display_value=_display_temperature(value, unit))
                for i, log_id, value, unit in temps if when[log_id] >= temp_from]
    entries.sort(key=lambda e: (e.occurred_at, e.entry_id))
    return entries


def evaluate(journal: OpenJournal, clock: Clock, trigger_from: datetime | None = None, *,
             trigger_keys: frozenset[tuple[str, int]] | None = None,
             term_ids: Iterable[str] | None = None) -> list[Alert]:
    """Alerts from entries since `trigger_from` (default: the last `window_hours`).

    History for the worsening and "new symptom" rules is read only for the symptoms that
    can trigger (`term_ids`, or those logged in the window), so a long diary stays quick.
    """
    limits = thresholds(journal)
    now = clock.now()
    start = trigger_from or now - timedelta(hours=limits["window_hours"])
    history_from = min(start, now) - timedelta(days=limits["new_symptom_days"] + 1)
    if term_ids is None:
        term_ids = {e.term_id for e in recent_entries(journal, start, temperatures_since=now) if e.term_id}
    entries = recent_entries(journal, history_from, term_ids=term_ids, temperatures_since=start)
    # Only the fever rules depend on the plan: ask it only when a reading reaches the threshold.
    on_chemo = False
    if any(e.kind == rules_mod.TEMPERATURE and round(e.temperature_c, 2) >= limits["fever_c"] for e in entries):
        on_chemo = plan_context(journal, clock.today(), drugs=False).on_chemotherapy
    context = AlertContext(now=now, on_chemotherapy=on_chemo, thresholds=limits, trigger_from=start,
                           trigger_keys=trigger_keys)
    return rules_mod.evaluate(entries, context)


def current_alerts(journal: OpenJournal, clock: Clock) -> list[Alert]:
    """Alerts from the last few days (window_hours) that nobody has acknowledged yet."""
    found = evaluate(journal, clock)
    if not found:
        return []
    with journal.connection() as conn:
        acked = set(conn.scalars(select(AlertAck.alert_key).where(AlertAck.alert_key.in_([a.key for a in found]))))
    return [a for a in found if a.key not in acked]


def acknowledge(journal: OpenJournal, alert: Alert, person_id: int | None, clock: Clock) -> None:
    with journal.session() as session:
        if session.scalars(select(AlertAck).where(AlertAck.alert_key == alert.key)).first() is None:
            session.add(AlertAck(alert_key=alert.key, acknowledged_at=clock.now(), acknowledged_by_id=person_id,
                                 rule_id=alert.rule_id, entry_id=alert.entry_id))


def unacknowledge(journal: OpenJournal, alert_key: str) -> None:
    """Undo of a dismissal."""
    with journal.session() as session:
        for ack in session.scalars(select(AlertAck).where(AlertAck.alert_key == alert_key)):
            session.delete(ack)

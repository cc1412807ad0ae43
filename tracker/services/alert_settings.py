"""The fever threshold (the one alert setting), the plan as the rules see it, and the alerts the card shows.

Only the fever threshold can be changed, and only to make it more sensitive (37.5 to 38.0 °C);
the red flags are fixed. `current_alerts` gives one card per log (see domain/alerts) that
nobody has dismissed yet. Entries and the plan go through `alert_triage.run`, the same path
`tracker triage-check` uses.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, select

from tracker.domain import alerts as rules_mod
from tracker.domain.alerts import DrugPeriod, LocalPeriod, LogAlert, RecentEntry, history_needed
from tracker.domain.alerts.treatment import RECENT
from tracker.domain.clock import Clock
from tracker.domain.measurements import TEMPERATURE, to_celsius
from tracker.services import alert_triage, settings
from tracker.storage.journal import OpenJournal
from tracker.storage.models.diary import AlertAck

THRESHOLDS_KEY = "alerts.thresholds"
FEVER_C = "fever_c"
FEVER_RANGE = rules_mod.FEVER_RANGE
#: Entries this recent can raise a card; older ones are history for "new" and "worsening".
WINDOW = timedelta(hours=72)
#: History read for the "new symptom" rules (28 days) with a margin.
HISTORY = timedelta(days=29)


def fever_threshold(journal: OpenJournal) -> float:
    return _fever_from((settings.get(journal, THRESHOLDS_KEY, {}) or {}).get(FEVER_C))


def _fever_from(stored: Any) -> float:
    if stored is None:
        return rules_mod.default_rules().default_fever_c
    return alert_triage.clamp_stored_fever_threshold(stored)


def set_fever_threshold(journal: OpenJournal, value: float) -> float:
    """Store the team's fever threshold; anything outside 37.5-38.0 °C is a ValidationError."""
    clean = alert_triage.check_fever_threshold(value)
    settings.set(journal, THRESHOLDS_KEY, {FEVER_C: clean})
    return clean


def reset_fever_threshold(journal: OpenJournal) -> float:
    settings.set(journal, THRESHOLDS_KEY, {})
    return fever_threshold(journal)


def drug_periods(journal: OpenJournal) -> list[DrugPeriod]:
    """Every drug in every live line, with its first and last day (the line's ends included)."""
    with journal.connection(read_only=True) as conn:
        return _drug_periods(conn)


#: Plan order (line start, drug start, id), as `scheduled_drugs` gives it: the order of a day's drug ids.
_PERIODS_SQL = ("SELECT d.drug_id, d.start, d.\"end\", l.start, l.\"end\" FROM regimen_drugs d "
                "JOIN therapy_lines l ON l.id = d.line_id WHERE d.deleted_at IS NULL AND l.deleted_at IS NULL "
                "ORDER BY l.start, d.start, d.id")


#: The live periods that count on one of the days from a first to a last: started by the last
#: (? twice), and not ended more than treatment.RECENT before the first (? twice). ISO dates.
#: Lines first (a few), then their drugs by the line index.
_PERIODS_ON_SQL = ("SELECT d.drug_id, d.start, d.\"end\", l.start, l.\"end\" FROM therapy_lines l "
                   "CROSS JOIN regimen_drugs d ON d.line_id = l.id WHERE d.deleted_at IS NULL AND l.deleted_at IS NULL "
                   "AND d.start <= ? AND l.start <= ? AND (d.\"end\" IS NULL OR d.\"end\" >= ?) "
                   "AND (l.\"end\" IS NULL OR l.\"end\" >= ?) ORDER BY l.start, d.start, d.id")


def _drug_periods(conn: Connection) -> list[DrugPeriod]:
    """One plain query (the alert check runs after every save; the ORM plan load cost more than the rules)."""
    return _periods_from(_rows(conn, _PERIODS_SQL, ()))


def _drug_periods_on(conn: Connection, first: date, last: date) -> list[DrugPeriod]:
    """The plan as the rules see it on the days from `first` to `last`: only the periods that
    count on one of them (a 20-year plan's ended lines cost more to read than the rules), and
    if none does, one that does not, since an empty plan means "no plan entered: assume on
    treatment" (treatment_on). The rules' answer for those days is the whole plan's."""
    since = (first - RECENT).isoformat()
    rows = _rows(conn, _PERIODS_ON_SQL, (last.isoformat(), last.isoformat(), since, since))
    return _periods_from(rows or _rows(conn, _PERIODS_SQL + " LIMIT 1", ()))


def _periods_from(rows: Sequence[tuple[str, str, str | None, str, str | None]]) -> list[DrugPeriod]:
    periods = []
    for drug_id, drug_start, drug_end, line_start, line_end in rows:
        ends = [date.fromisoformat(d) for d in (drug_end, line_end) if d is not None]
        periods.append(DrugPeriod(drug_id, max(date.fromisoformat(drug_start), date.fromisoformat(line_start)),
                                  min(ends) if ends else None))
    return periods


def _stored_fever(conn: Connection) -> Any:
    found = _rows(conn, "SELECT value_json FROM settings WHERE key = ?", (THRESHOLDS_KEY,))
    return (json.loads(found[0][0]) or {}).get(FEVER_C) if found else None


def local_periods(journal: OpenJournal) -> list[LocalPeriod]:
    """Every live local treatment as the alert rules see it (kind, body areas, first and last day)."""
    with journal.connection(read_only=True) as conn:
        return _local_periods(conn)


#: Live treatments with at least one live day (as local_treatments.all_treatments), first day first.
_LOCAL_SQL = ("SELECT t.kind, t.site, min(d.day), max(d.day) FROM local_treatments t "
              "JOIN local_treatment_days d ON d.treatment_id = t.id AND d.deleted_at IS NULL "
              "WHERE t.deleted_at IS NULL GROUP BY t.id ORDER BY min(d.day), t.id")


def _local_periods(conn: Connection) -> list[LocalPeriod]:
    from tracker.domain.local_treatments import site_areas

    return [LocalPeriod(kind, site_areas(site), date.fromisoformat(first), date.fromisoformat(last))
            for kind, site, first, last in _rows(conn, _LOCAL_SQL, ())]


@dataclass(frozen=True)
class PlanContext:
    on_anti_cancer: bool
    drug_ids: tuple[str, ...]


def plan_context(journal: OpenJournal, on: date) -> PlanContext:
    """What the alert rules see of the plan on a day (drugs current or ended in the last six weeks)."""
    treatment = alert_triage.treatment_lookup(drug_periods(journal), local_periods(journal))(on)
    return PlanContext(treatment.on_anti_cancer, treatment.drug_ids)


def _display_temperature(value: float, unit: str) -> str:
    return f"{value:g} {unit}"


def _stored(value: datetime) -> str:
    """An instant in the text form UTCDateTime stores (naive UTC), for comparing in SQL."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _instant(text: str) -> datetime:
    # One parse with the offset in the text: `.replace(tzinfo=UTC)` cost ten times more.
    return datetime.fromisoformat(text + "+00:00")


#: The rows recent_entries() reads with plain SQL, as the driver returns them (instants as text).
#: diary_logs: id, occurred_at, entered_by_id, entered since `entered_since` (0/1).
_LogRow = tuple[int, str, int | None, int]
#: symptom_entries: id, log_id, term_id, severity, frequency, interference.
_RatingRow = tuple[int, int, str, int | None, int | None, int | None]
#: measurements (temperatures): id, log_id, value, unit.
_TemperatureRow = tuple[int, int, float, str]


def _rows(conn: Connection, sql: str, params: tuple[str | int, ...]) -> Sequence[Any]:
    """The driver's rows (its cursor is untyped); callers name the row shape they asked for."""
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, params)
        return cursor.fetchall()
    finally:
        cursor.close()


def recent_entries(journal: OpenJournal, since: datetime, *, term_ids: Iterable[str] | None = None,
                   temperatures_since: datetime | None = None,
                   entered_since: datetime | None = None) -> list[RecentEntry]:
    """Symptom ratings (optionally only these terms) and temperatures of live logs, oldest first.

    With `entered_since`, logs entered since then count too whatever time they are for (a log
    back-filled today for last week still raises its card). Plain SQL in two steps (the logs,
    then their rows by log id), so the query never walks a symptom's whole history.
    """
    with journal.connection(read_only=True) as conn:
        return _recent_entries(conn, since, term_ids, temperatures_since, entered_since)


def _recent_entries(conn: Connection, since: datetime, term_ids: Iterable[str] | None, temperatures_since: datetime | None,
                    entered_since: datetime | None, texts: dict[int | None, str] | None = None) -> list[RecentEntry]:
    """As recent_entries; `texts`, if given, gets each log's occurred_at as stored (log id: text)."""
    terms = None if term_ids is None else sorted(set(term_ids))
    lowest = _stored(min(since, temperatures_since or since))
    if entered_since is None:
        logs: Sequence[_LogRow] = _rows(conn, "SELECT id, occurred_at, entered_by_id, 0 FROM diary_logs "
                                              "WHERE deleted_at IS NULL AND occurred_at >= ?", (lowest,))
    else:
        entered = _stored(entered_since)
        logs = _rows(conn, "SELECT id, occurred_at, entered_by_id, entered_at >= ? FROM diary_logs "
                           "WHERE deleted_at IS NULL AND (occurred_at >= ? OR entered_at >= ?)",
                     (entered, lowest, entered))
    if not logs:
        return []
    when = {log_id: _instant(at) for log_id, at, _by, _new in logs}
    if texts is not None:
        texts.update((log_id, at) for log_id, at, _by, _new in logs)
    by = {log_id: person for log_id, _at, person, _new in logs}
    fresh = {log_id for log_id, _at, _by, new in logs if new}
    # Rows only of the logs whose entries are kept (for ratings: all but temperature-only margins).
    ids = tuple(log_id for log_id, at in when.items() if log_id in fresh or at >= since)
    marks = ",".join("?" * len(ids))
    ratings: Sequence[_RatingRow] = []
    if ids and (terms is None or terms):
        sql = (f"SELECT id, log_id, term_id, severity, frequency, interference FROM symptom_entries "
               f"WHERE log_id IN ({marks})")
        params: tuple[str | int, ...] = ids
        if terms is not None:
            sql += f" AND term_id IN ({','.join('?' * len(terms))})"
            params = ids + tuple(terms)
        ratings = _rows(conn, sql, params)
    temp_from = temperatures_since or since
    # Temperatures only of the logs whose temperatures are kept (a save's check: its own).
    temp_logs = tuple(log_id for log_id, at in when.items() if log_id in fresh or at >= temp_from)
    temps: Sequence[_TemperatureRow] = _rows(
        conn, f"SELECT id, log_id, value, unit FROM measurements WHERE log_id IN ({','.join('?' * len(temp_logs))}) "
              "AND kind = ?", temp_logs + (TEMPERATURE,)) if temp_logs else []
    # Positional, in RecentEntry's field order (entry_id, kind, occurred_at, term_id, severity,
    # frequency, interference, temperature_c, display_value, log_id, entered_by_id): a few hundred
    # are built after every save, and keywords cost over twice as much (issue 17).
    symptom, temperature, entry = rules_mod.SYMPTOM, rules_mod.TEMPERATURE, RecentEntry._make
    entries = [entry((i, symptom, when[log_id], term, sev, freq, interf, None, None, log_id, by[log_id]))
               for i, log_id, term, sev, freq, interf in ratings]
    entries += [entry((i, temperature, when[log_id], None, None, None, None, to_celsius(value, unit),
                       _display_temperature(value, unit), log_id, by[log_id]))
                for i, log_id, value, unit in temps]
    entries.sort(key=_chronological)
    return entries


#: (occurred_at, entry_id) of a RecentEntry: the order the rules read entries in.
_chronological = itemgetter(2, 0)


@dataclass(frozen=True)
class CheckInput:
    """What the alert rules look at, read in one transaction; `run()` reads nothing more.

    A save reads it inside its own write transaction (one BEGIN, one commit) and runs the
    rules after the commit, so a fault in the rules can never undo a kept save (issue 17)."""

    history: list[RecentEntry]
    periods: list[DrugPeriod]
    local: list[LocalPeriod]
    fever_c: float
    now: datetime
    trigger_keys: frozenset[tuple[str, int]]

    def run(self) -> alert_triage.TriageResult:
        return alert_triage.run(self.history, self.periods, now=self.now, fever_c=self.fever_c,
                                trigger_keys=self.trigger_keys, local=self.local)


def read_check(conn: Connection, clock: Clock, trigger_from: datetime | None = None, *,
               trigger_keys: frozenset[tuple[str, int]] | None = None,
               term_ids: Iterable[str] | None = None) -> CheckInput | None:
    """Read what `evaluate` needs in the caller's transaction; None when nothing can trigger."""
    now = clock.now()
    if trigger_keys is None:
        # The banner: logs for the last 72 hours, or entered in them (back-filled).
        start = trigger_from or now - WINDOW
        triggers = _recent_entries(conn, start, None, None, start)
        if not triggers:
            return None
        trigger_keys = frozenset((e.kind, e.entry_id) for e in triggers)
        trigger_from = min(e.occurred_at for e in triggers)
        term_ids = {e.term_id for e in triggers if e.term_id}
    else:
        trigger_from = trigger_from or now - WINDOW
    history = _recent_entries(conn, min(trigger_from, now) - HISTORY, term_ids, trigger_from, trigger_from)
    keys = trigger_keys
    return _check_input(conn, now, history, [e for e in history if (e.kind, e.entry_id) in keys], keys)


def _check_input(conn: Connection, now: datetime, history: list[RecentEntry], triggers: list[RecentEntry],
                 trigger_keys: frozenset[tuple[str, int]]) -> CheckInput | None:
    """The plan and settings the rules read for these triggers (None without any)."""
    if not triggers:
        return None
    days = [e.occurred_at.astimezone(now.tzinfo).date() for e in triggers]  # as evaluate asks for them
    return CheckInput(history, _drug_periods_on(conn, min(days), max(days)), _local_periods(conn),
                      _fever_from(_stored_fever(conn)), now, trigger_keys)


#: A saved log as its alert check sees it (as _recent_entries keeps logs: live, and occurred
#: in the history window or entered since the check's start), and whether it was entered since.
_LOG_SQL = ("SELECT occurred_at, entered_by_id, entered_at >= ? FROM diary_logs WHERE id = ? AND deleted_at IS NULL "
            "AND (occurred_at >= ? OR entered_at >= ?)")
_LOG_RATINGS_SQL = "SELECT id, term_id, severity, frequency, interference FROM symptom_entries WHERE log_id = ?"
_LOG_TEMPERATURES_SQL = "SELECT id, value, unit FROM measurements WHERE log_id = ? AND kind = ?"
_EARLIER_COLUMNS = "SELECT s.id, l.id, s.severity, s.frequency, s.interference, l.occurred_at, l.entered_by_id "
_EARLIER_JOIN = "CROSS JOIN symptom_entries s ON s.log_id = l.id WHERE s.term_id = ? AND l.deleted_at IS NULL AND "
_NEWEST_FIRST = " ORDER BY l.occurred_at DESC, s.id DESC"
#: One symptom's ratings before a rating, newest first (its order in `evaluate`): first those
#: of logs that occurred in the history window, the occurred_at index walked back from the
#: rating (CROSS JOIN keeps the logs first), so rows come one at a time and reading stops when
#: history_needed has what it needs...
_EARLIER_SQL = (_EARLIER_COLUMNS + "FROM diary_logs l " + _EARLIER_JOIN +
                "l.occurred_at >= ? AND l.occurred_at <= ? AND (l.occurred_at, s.id) < (?, ?)" + _NEWEST_FIRST)
#: ...then those of logs entered since the check's start for a time before the window (back-filled;
#: by the entered_at index: on occurred_at this would walk the whole diary before the window).
_EARLIER_BACKFILLED_SQL = (_EARLIER_COLUMNS + "FROM diary_logs l INDEXED BY ix_diary_logs_entered " + _EARLIER_JOIN +
                           "l.entered_at >= ? AND l.occurred_at < ?" + _NEWEST_FIRST)


def read_log_check(conn: Connection, clock: Clock, log_id: int, trigger_from: datetime) -> CheckInput | None:
    """What the alert check of one saved log reads, in the save's transaction: the log's ratings
    and temperatures are the triggers (as `read_check` with all of them as `trigger_keys` and
    their symptoms as `term_ids`, with the same findings), and of each symptom's 29 days only
    what the rules look at (domain.alerts.history_needed), so a save reads a few rows per
    symptom instead of a few hundred (issue 17). None when the log holds nothing to check."""
    now = clock.now()
    lowest, since = _stored(min(trigger_from, now) - HISTORY), _stored(trigger_from)
    found: Sequence[tuple[str, int | None, int]] = _rows(conn, _LOG_SQL, (since, log_id, lowest, since))
    if not found:
        return None
    ((at_text, by, new),) = found
    at = _instant(at_text)
    entry = RecentEntry._make
    triggers = [entry((i, rules_mod.SYMPTOM, at, term, sev, freq, interf, None, None, log_id, by))
                for i, term, sev, freq, interf in _rows(conn, _LOG_RATINGS_SQL, (log_id,))]
    if new or at >= trigger_from:  # as _recent_entries keeps temperatures
        triggers += [entry((i, rules_mod.TEMPERATURE, at, None, None, None, None, to_celsius(value, unit),
                            _display_temperature(value, unit), log_id, by))
                     for i, value, unit in _rows(conn, _LOG_TEMPERATURES_SQL, (log_id, TEMPERATURE))]
    history = list(triggers)
    cursor = conn.connection.cursor()
    try:
        for trigger in triggers:
            if trigger.kind == rules_mod.SYMPTOM:
                history += history_needed(trigger, _earlier(cursor, trigger, at_text, lowest, since))
    finally:
        cursor.close()
    return _check_input(conn, now, history, triggers, frozenset((e.kind, e.entry_id) for e in triggers))


def _earlier(cursor: Any, trigger: RecentEntry, at_text: str, lowest: str, since: str,
             backfilled: bool = True) -> Iterator[RecentEntry]:
    """The ratings of the trigger's symptom that `read_check` would have read before it, newest
    first (`backfilled=False`: the caller knows no log entered since `since` is older than `lowest`)."""
    term, entry, symptom = trigger.term_id, RecentEntry._make, rules_mod.SYMPTOM
    queries: list[tuple[str, tuple[str | int | None, ...]]] = [
        (_EARLIER_SQL, (term, lowest, at_text, at_text, trigger.entry_id))]
    if backfilled:
        queries.append((_EARLIER_BACKFILLED_SQL, (term, since, lowest)))
    for sql, params in queries:
        cursor.execute(sql, params)
        for i, log_id, sev, freq, interf, at, by in cursor:
            yield entry((i, symptom, _instant(at), term, sev, freq, interf, None, None, log_id, by))


def read_banner_check(conn: Connection, clock: Clock) -> CheckInput | None:
    """What the banner's cards are worked out from, in the caller's transaction: the entries of
    every log for (or entered in) the last 72 hours are the triggers, as in `read_check` without
    `trigger_keys`, with the same findings; of each symptom's history only what the rules look
    at for them (domain.alerts.history_needed), not every rating of 72 hours plus 29 days
    (issue 17: the banner's check runs after every form save). None when nothing can trigger."""
    now = clock.now()
    start = now - WINDOW
    texts: dict[int | None, str] = {}
    triggers = _recent_entries(conn, start, None, None, start, texts)
    if not triggers:
        return None
    # As read_check's history: 29 days before the oldest trigger, and logs entered since it.
    trigger_from = min(e.occurred_at for e in triggers)
    lowest, since = _stored(min(trigger_from, now) - HISTORY), _stored(trigger_from)
    by_term: dict[str, list[RecentEntry]] = {}
    for e in triggers:
        if e.kind == rules_mod.SYMPTOM and e.term_id is not None:
            by_term.setdefault(e.term_id, []).append(e)
    # Logs entered since the oldest trigger are all triggers when it is not back-filled (entered
    # in the 72 hours for before them), so none is older than `lowest`: no query for those.
    backfilled = trigger_from < start
    needed: dict[int, RecentEntry] = {}
    cursor = conn.connection.cursor()
    try:
        for term_triggers in by_term.values():
            walk = _Walk(cursor, lowest, since, backfilled)
            oldest = term_triggers[0]
            if oldest.occurred_at >= start:
                # Every live log from its time on is a trigger log, so the symptom's ratings from
                # then on are these triggers: the walk reads only what lies before the oldest.
                walk.begin_with(term_triggers[::-1], texts[oldest.log_id])
            for trigger in reversed(term_triggers):  # newest first: one walk back often serves the next
                for e in history_needed(trigger, walk.before(trigger, texts[trigger.log_id])):
                    needed.setdefault(e.entry_id, e)
    finally:
        cursor.close()
    # The triggers themselves are history too (each once: a duplicate would end a run of rises).
    for e in triggers:
        if e.kind == rules_mod.SYMPTOM:
            needed.pop(e.entry_id, None)
    history = triggers + sorted(needed.values(), key=_chronological)
    return _check_input(conn, now, history, triggers, frozenset((e.kind, e.entry_id) for e in triggers))


class _Walk:
    """One symptom's ratings walked back (newest first) from a trigger, kept as read, so an older
    trigger that the walk has already passed goes on from there instead of reading again."""

    def __init__(self, cursor: Any, lowest: str, since: str, backfilled: bool) -> None:
        self._cursor, self._lowest, self._since, self._backfilled = cursor, lowest, since, backfilled
        self._read: list[RecentEntry] = []
        self._at: dict[int, int] = {}  # entry id: its place in _read
        self._rest: Iterator[RecentEntry] = iter(())

    def begin_with(self, newest_first: list[RecentEntry], oldest_text: str) -> None:
        """The symptom's newest ratings, known without reading (the last is the oldest, stored at
        `oldest_text`); what lies before them is read only if a trigger's rules reach that far."""
        self._read = list(newest_first)
        self._at = {e.entry_id: i for i, e in enumerate(self._read)}
        self._rest = _earlier(self._cursor, self._read[-1], oldest_text, self._lowest, self._since, self._backfilled)

    def before(self, trigger: RecentEntry, at_text: str) -> Iterator[RecentEntry]:
        """The ratings of the trigger's symptom before it, newest first, as `read_check` reads them."""
        place = self._at.get(trigger.entry_id)
        if place is None:  # not reached yet: walk back from this trigger
            self._read, self._at = [], {}
            self._rest = _earlier(self._cursor, trigger, at_text, self._lowest, self._since, self._backfilled)
            place = -1
        read, at, rest = self._read, self._at, self._rest
        i = place + 1
        while True:
            if i < len(read):
                yield read[i]
                i += 1
                continue
            following = next(rest, None)
            if following is None:
                return
            at[following.entry_id] = len(read)
            read.append(following)


def current_alerts(journal: OpenJournal, clock: Clock) -> list[LogAlert]:
    """One card per log for (or entered in) the last 72 hours that nobody has dismissed at its present level."""
    with journal.connection(read_only=True) as conn:
        check = read_banner_check(conn, clock)
        found = check.run().cards if check is not None else []
        if not found:
            return []
        keys = [c.key for c in found]
        acked = {key for (key,) in _rows(conn, f"SELECT alert_key FROM alert_acks WHERE alert_key IN ({','.join('?' * len(keys))})",
                                         tuple(keys))}
    return [c for c in found if c.key not in acked]


def acknowledge(journal: OpenJournal, card: LogAlert, person_id: int | None, clock: Clock) -> None:
    top = card.findings[0]
    with journal.session() as session:
        if session.scalars(select(AlertAck).where(AlertAck.alert_key == card.key)).first() is None:
            session.add(AlertAck(alert_key=card.key, acknowledged_at=clock.now(), acknowledged_by_id=person_id,
                                 rule_id=top.rule_id, entry_id=top.entry_id))


def unacknowledge(journal: OpenJournal, alert_key: str) -> None:
    """Undo of a dismissal."""
    with journal.session() as session:
        for ack in session.scalars(select(AlertAck).where(AlertAck.alert_key == alert_key)):
            session.delete(ack)

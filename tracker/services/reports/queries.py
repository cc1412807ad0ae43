"""Fill the report dataclasses from a journal: Core queries, one pass per kind.

Times come back as aware local datetimes (in the clock's zone) so `.date()` is the day
the person lived it. Soft-deleted rows are left out. Measurements are shown in °C and kg
whatever unit they were typed in (the alert rules think in those units too).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TypedDict

from sqlalchemy import DateTime, SQLColumnExpression, TypeCoerce, and_, select, type_coerce

from tracker.domain.clock import Clock
from tracker.domain.measurements import LAB_TESTS, TUMOUR_MARKERS, to_celsius, to_kg
from tracker.domain.symptoms import term as symptom_term
from tracker.services.reports.data import (
    ChartData,
    CycleStart,
    DoseDay,
    LabSeries,
    LocalTreatmentRow,
    MeasurementSeries,
    Note,
    PlanStatus,
    Question,
    SymptomPoint,
    SymptomSeries,
    TeamChange,
    TreatmentBand,
    ValuePoint,
    series_id,
)
from tracker.storage.journal import OpenJournal
from tracker.storage.models.diary import DiaryLog, DiaryNote, LabResult, MeasurementEntry, SymptomEntry
from tracker.storage.models.diary import Question as QuestionRow
from tracker.storage.models.plan import Appointment, DoseEvent

ProgressFn = Callable[[int, int, str], None]
BLOOD_COUNTS = ("haemoglobin", "white_cells", "neutrophils", "platelets")
_STATUS = {"taken": "taken", "missed": "missed", "skipped": "skipped", "held_by_team": "held"}
_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")


def _local(value: datetime, clock: Clock) -> datetime:
    return value.astimezone(clock.zone)


def _raw(column: SQLColumnExpression[datetime]) -> TypeCoerce[datetime]:
    """The column without its UTCDateTime decorator: 100,000 rows convert noticeably faster
    as naive UTC values made aware here in one step."""
    return type_coerce(column, DateTime())


def _aware(naive: datetime, zone: tzinfo) -> datetime:
    return naive.replace(tzinfo=UTC).astimezone(zone)


def _since_utc(since: date | None, clock: Clock) -> datetime | None:
    """Start of `since` in the clock's zone, as naive UTC (how instants are stored)."""
    if since is None:
        return None
    return datetime.combine(since, time(0), tzinfo=clock.zone).astimezone(UTC).replace(tzinfo=None)


#: English scale names for series labels when the caller passes none (the UI passes translations).
SCALE_LABELS = {"frequency": "{symptom} (how often)", "interference": "{symptom} (effect on daily life)"}


def symptom_series(journal: OpenJournal, clock: Clock, names: dict[str, str] | None = None, *, since: date | None = None) -> list[SymptomSeries]:
    """Ratings per symptom term and scale (severity, frequency, interference), oldest first.

    `names` overrides labels: a term id gives the symptom's name, "term:scale" a scale's
    label. Each point says which carer entered it (None: the patient).
    """
    from tracker.storage.models.core import Person

    occurred_at = _raw(DiaryLog.occurred_at)
    q = (
        select(SymptomEntry.term_id, SymptomEntry.severity, SymptomEntry.frequency, SymptomEntry.interference,
               occurred_at, Person.kind, Person.name)
        .join(DiaryLog, DiaryLog.id == SymptomEntry.log_id)
        .outerjoin(Person, Person.id == DiaryLog.entered_by_id)
        .where(DiaryLog.deleted_at.is_(None))
        .order_by(DiaryLog.occurred_at, DiaryLog.id)
    )
    if since is not None:
        q = q.where(occurred_at >= _since_utc(since, clock))
    points: dict[tuple[str, str], list[SymptomPoint]] = {}
    zone = clock.zone
    # One log holds a dozen or more ratings at the same instant (rows come in log order):
    # convert each instant once, not once per rating (20 years: 240,000 rows, 14,000 logs).
    last: datetime | None = None
    when = datetime.min
    with journal.connection(read_only=True) as conn:
        for term_id, severity, frequency, interference, occurred, kind, person in conn.execute(q):
            if occurred != last:
                last, when = occurred, _aware(occurred, zone)
            carer = person if kind == "carer" else None
            if severity is not None:
                points.setdefault((term_id, "severity"), []).append(SymptomPoint(when, severity, carer))
            if frequency is not None:
                points.setdefault((term_id, "frequency"), []).append(SymptomPoint(when, frequency, carer))
            if interference is not None:
                points.setdefault((term_id, "interference"), []).append(SymptomPoint(when, interference, carer))
    names = names or {}
    result = []
    for (term_id, scale), pts in points.items():
        term = symptom_term(term_id)
        name = names.get(term_id) or (term.name if term else term_id.replace("_", " ").capitalize())
        sid = series_id(term_id, scale)
        label = names.get(sid) or (name if scale == "severity" else SCALE_LABELS[scale].format(symptom=name))
        result.append(SymptomSeries(sid, label, tuple(pts), scale))
    return sorted(result, key=lambda s: (-len(s.points), s.label))


def measurement_series(journal: OpenJournal, clock: Clock, *, since: date | None = None) -> list[MeasurementSeries]:
    """Temperature (°C) and weight (kg), oldest first; each point says which carer entered it."""
    from tracker.storage.models.core import Person

    occurred_at = _raw(DiaryLog.occurred_at)
    q = (
        select(MeasurementEntry.kind, MeasurementEntry.value, MeasurementEntry.unit, occurred_at, Person.kind, Person.name)
        .join(DiaryLog, DiaryLog.id == MeasurementEntry.log_id)
        .outerjoin(Person, Person.id == DiaryLog.entered_by_id)
        .where(and_(DiaryLog.deleted_at.is_(None), MeasurementEntry.kind.in_(("temperature", "weight"))))
        .order_by(DiaryLog.occurred_at, DiaryLog.id)
    )
    if since is not None:
        q = q.where(occurred_at >= _since_utc(since, clock))
    temps: list[ValuePoint] = []
    weights: list[ValuePoint] = []
    with journal.connection(read_only=True) as conn:
        for kind, value, unit, occurred, person_kind, person in conn.execute(q):
            when = _aware(occurred, clock.zone)
            carer = person if person_kind == "carer" else None
            if kind == "temperature":
                temps.append(ValuePoint(when, round(to_celsius(value, unit), 1), carer))
            else:
                weights.append(ValuePoint(when, round(to_kg(value, unit), 1), carer))
    result = []
    if temps:
        result.append(MeasurementSeries("temperature", "Temperature", "°C", tuple(temps)))
    if weights:
        result.append(MeasurementSeries("weight", "Weight", "kg", tuple(weights)))
    return result


def parse_reference(text: str | None) -> float | None:
    """'30', '< 30', '3.5' -> a number; anything unreadable -> None (the table shows the text)."""
    if not text:
        return None
    match = _NUMBER.search(text)
    return float(match.group(0).replace(",", ".")) if match else None


class _LabGroup(TypedDict):
    """One test and unit's results while lab_series() gathers them."""

    test: str
    label: str | None
    points: list[ValuePoint]
    low: float | None
    high: float | None


def lab_series(journal: OpenJournal, clock: Clock, *, since: date | None = None) -> list[LabSeries]:
    q = (
        select(LabResult.test, LabResult.test_label, LabResult.value, LabResult.unit, LabResult.ref_low, LabResult.ref_high, LabResult.taken_on, LabResult.occurred_at)
        .where(LabResult.deleted_at.is_(None))
        .order_by(LabResult.taken_on, LabResult.id)
    )
    if since is not None:
        q = q.where(LabResult.taken_on >= since)
    names = {tid: name for tid, name, _unit in LAB_TESTS}
    grouped: dict[tuple[str, str], _LabGroup] = {}
    with journal.connection(read_only=True) as conn:
        for test, label, value, unit, low, high, taken_on, occurred in conn.execute(q):
            group_key = (test if test != "other" else f"other:{label or ''}", unit or "")
            entry = grouped.setdefault(group_key, {"test": test, "label": label if test == "other" else names.get(test, test), "points": [], "low": None, "high": None})
            when = _local(occurred, clock).replace(year=taken_on.year, month=taken_on.month, day=taken_on.day)
            entry["points"].append(ValuePoint(when, float(value)))
            # The newest reference range printed by the lab is the one shown.
            entry["low"] = parse_reference(low) if low else entry["low"]
            entry["high"] = parse_reference(high) if high else entry["high"]
    result = []
    for (series_key, unit), e in grouped.items():
        group = "marker" if e["test"] in TUMOUR_MARKERS else "count" if e["test"] in BLOOD_COUNTS else "other"
        result.append(LabSeries(series_key, e["label"] or series_key, unit, tuple(e["points"]), e["low"], e["high"], group))
    return sorted(result, key=lambda s: (s.group, s.label))


def bands(journal: OpenJournal) -> list[TreatmentBand]:
    from tracker.services import plan

    return [TreatmentBand(line.number, line.name, line.start, line.end, line.end_reason) for line in plan.therapy_lines(journal)]


def _dose_events(journal: OpenJournal, regimen_drug_ids: Sequence[int], start: date, end: date) -> dict[tuple[int, date, int], str]:
    """Live recorded statuses by (regimen drug, planned day, slot) of the given regimen drugs:
    one Core query (the ORM read of five years of events took seconds). Naming the drugs lets
    SQLite seek ix_dose_events_planned (regimen drug, day) for the period; by day alone it read
    the whole table, ~7 MB of pages left in the connection's cache on 20 years (issue 17)."""
    if not regimen_drug_ids:
        return {}
    q = select(DoseEvent.regimen_drug_id, DoseEvent.planned_date, DoseEvent.slot, DoseEvent.status).where(and_(
        DoseEvent.deleted_at.is_(None), DoseEvent.regimen_drug_id.in_(regimen_drug_ids),
        DoseEvent.planned_date >= start, DoseEvent.planned_date <= end,
    )).order_by(DoseEvent.id)
    with journal.connection(read_only=True) as conn:
        return {(rid, day, slot): status for rid, day, slot, status in conn.execute(q)}


def doses_and_cycles(journal: OpenJournal, clock: Clock, start: date, end: date) -> tuple[list[DoseDay], list[CycleStart]]:
    """Planned doses with what happened (unticked past doses are 'unrecorded') and cycle starts.

    The plan comes from the schedule engine (the one truth for what was planned); the
    statuses from the dose events recorded against it.
    """
    from tracker.services import plan

    today = clock.today()
    # Only drugs that can have a dose from `start` on (the rest plan nothing in the period).
    drugs = plan.scheduled_drugs(journal, live_from=start)
    recorded = _dose_events(journal, [d.drug.id for d in drugs], start, end)
    doses, cycles, seen = [], [], set()
    for p in plan.planned(drugs, start, end):
        drug, slot = p.item.drug, p.slot
        anti_cancer = is_anti_cancer(drug.drug_id)
        for slot_no in range(len(slot.times)):
            status = recorded.get((drug.id, slot.day, slot_no))
            if status:
                status = _STATUS.get(status, "taken")
            elif slot.held:
                status = "held"
            else:
                status = "planned" if slot.day >= today else "unrecorded"
            doses.append(DoseDay(slot.day, drug.display_name, status, anti_cancer))
        if slot.day_in_cycle == 1 and (slot.day, slot.cycle) not in seen:
            seen.add((slot.day, slot.cycle))
            cycles.append(CycleStart(slot.day, slot.cycle))
    cycles.sort(key=lambda c: c.day)
    return doses, cycles


#: Catalog classes that support rather than treat the cancer (bone agents, steroids).
SUPPORTIVE_CLASSES = frozenset({"bisphosphonate", "rankl_antibody", "steroid"})


def is_anti_cancer(drug_id: str) -> bool:
    """A catalog drug that treats the cancer. Medicines typed by hand (paracetamol, vitamin D…)
    are listed with the supportive ones: the app cannot tell what they are."""
    from tracker.services import catalog

    found = catalog.drug(drug_id)
    return found is not None and found.drug_class not in SUPPORTIVE_CLASSES


def team_changes(journal: OpenJournal, start: date, end: date) -> list[TeamChange]:
    """What the team changed with effect in [start, end]: adjustments and dose changes made
    "from now on" (lines starting and ending come from the treatment bands)."""
    from tracker.services import plan

    items = plan.scheduled_drugs(journal)
    changes: list[TeamChange] = []
    seen: set[tuple[object, ...]] = set()
    for item in items:
        for a in item.adjustments:
            key = (a.kind, a.effective, item.line.id, a.days, a.dose_text, a.notes)
            if start <= a.effective <= end and key not in seen:
                seen.add(key)
                names = [i.drug.display_name for i in items if i.line.id == item.line.id
                         and any((b.kind, b.effective, b.days) == (a.kind, a.effective, a.days) for b in i.adjustments)]
                changes.append(TeamChange(a.effective, a.kind, ", ".join(dict.fromkeys(names)), a.days, a.dose_text, a.notes))
        d = item.drug
        if d.replaces_id is not None and start <= d.start <= end:
            changes.append(TeamChange(d.start, "dose_change", d.display_name, dose_text=d.dose_text, notes=d.notes))
    return sorted(changes, key=lambda c: c.day)


def latest_labs(journal: OpenJournal, clock: Clock, on: date) -> list[tuple[LabSeries, ValuePoint]]:
    """Each test's newest result on or before `on`, however old (the team wants the last value)."""
    result = []
    for series in lab_series(journal, clock):
        points = [p for p in series.points if p.when.date() <= on]
        if points:
            result.append((series, max(points, key=lambda p: p.when)))
    return result


#: Appointments made for a local treatment's days: treatments, not visits to the team.
TREATMENT_APPOINTMENTS = ("radiotherapy", "procedure")


def appointment_days(journal: OpenJournal, clock: Clock) -> list[date]:
    q = (select(Appointment.starts_at)
         .where(Appointment.deleted_at.is_(None), Appointment.kind.not_in(TREATMENT_APPOINTMENTS))
         .order_by(Appointment.starts_at))
    with journal.connection(read_only=True) as conn:
        return sorted({_local(row[0], clock).date() for row in conn.execute(q)})


def clinic_visit_days(journal: OpenJournal, clock: Clock) -> list[date]:
    """Days of clinic appointments (seeing the team), not blood tests, scans or infusions."""
    q = (select(Appointment.starts_at)
         .where(Appointment.deleted_at.is_(None), Appointment.kind == "clinic")
         .order_by(Appointment.starts_at))
    with journal.connection(read_only=True) as conn:
        return sorted({_local(row[0], clock).date() for row in conn.execute(q)})


def chart_data(journal: OpenJournal, clock: Clock, *, symptom_names: dict[str, str] | None = None, since: date | None = None, progress: ProgressFn | None = None) -> ChartData:
    """Everything the Charts view draws (from `since` on, or all). `progress(done, total,
    label)` may cancel (it raises OperationCancelled)."""
    step = progress or (lambda *_: None)
    step(0, 5, "symptoms")
    data = ChartData(symptoms=symptom_series(journal, clock, symptom_names, since=since))
    step(1, 5, "measurements")
    data.measurements = measurement_series(journal, clock, since=since)
    step(2, 5, "labs")
    data.labs = lab_series(journal, clock, since=since)
    step(3, 5, "plan")
    data.bands = bands(journal)
    data.appointments = appointment_days(journal, clock)
    data.local_treatments = local_treatment_rows(journal)
    first = data.first_day()
    if first is not None:
        step(4, 5, "doses")
        start = max(first, since) if since is not None else first
        data.doses, data.cycles = doses_and_cycles(journal, clock, start, clock.today() + timedelta(days=14))
    step(5, 5, "")
    return data


def local_treatment_rows(journal: OpenJournal) -> list[LocalTreatmentRow]:
    from tracker.services import local_treatments

    return [LocalTreatmentRow(t.kind, t.procedure_kind, t.site, t.days, t.aim, t.dose_text)
            for t in local_treatments.all_treatments(journal)]


def plan_status(journal: OpenJournal, on: date) -> PlanStatus:
    """The line running on `on` and where it is in its cycle (first cycled drug wins)."""
    from tracker.services import plan

    lines = [line for line in plan.therapy_lines(journal) if line.start <= on and (line.end is None or line.end >= on)]
    if not lines:
        return PlanStatus()
    line = max(lines, key=lambda x: (x.start, x.number))
    items = [i for i in plan.scheduled_drugs(journal) if i.line.id == line.id and i.active_on(on)]
    status = PlanStatus(line.number, line.name, line.start, tuple(dict.fromkeys(i.drug.display_name for i in items)))
    for item in items:
        slot = plan.cycle_position(item, on)
        if slot is not None and slot.day_in_cycle and slot.cycle_length:
            return PlanStatus(status.line_number, status.line_name, status.line_start, status.drugs, slot.cycle, slot.day_in_cycle, slot.cycle_length)
    return status


def open_questions(journal: OpenJournal) -> list[Question]:
    q = select(QuestionRow.text, QuestionRow.occurred_at).where(and_(QuestionRow.deleted_at.is_(None), QuestionRow.answered.is_(False))).order_by(QuestionRow.occurred_at)
    with journal.connection(read_only=True) as conn:
        return [Question(text, occurred.date()) for text, occurred in conn.execute(q)]


def notes_between(journal: OpenJournal, clock: Clock, start: date, end: date) -> list[Note]:
    q = select(DiaryNote.text, DiaryNote.occurred_at).where(DiaryNote.deleted_at.is_(None)).order_by(DiaryNote.occurred_at)
    with journal.connection(read_only=True) as conn:
        rows = [(text, _local(occurred, clock).date()) for text, occurred in conn.execute(q)]
    return [Note(day, text) for text, day in rows if start <= day <= end]


def patient_details(journal: OpenJournal) -> tuple[str | None, date | None, list[tuple[str, str]]]:
    """Name, date of birth and diagnosis facts, if recorded (settings 'date_of_birth', 'diagnosis')."""
    from tracker.services import people, settings

    name = people.patient(journal).name
    dob_text = settings.get(journal, "date_of_birth")
    try:
        dob = date.fromisoformat(dob_text) if dob_text else None
    except (TypeError, ValueError):
        dob = None
    raw = settings.get(journal, "diagnosis") or []
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            raw = []
    facts = list(raw.items()) if isinstance(raw, dict) else [tuple(x) for x in raw if isinstance(x, (list, tuple)) and len(x) == 2]
    return name, dob, [(str(a), str(b)) for a, b in facts if b]

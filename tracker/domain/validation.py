"""One set of checks for every way a record gets in: forms, the JSON importer, the CLI.

The forms already call the feature checks (`symptoms.validate_rating`,
`measurements.validate_measurement`, the schedule patterns...). This module adds the checks
every entry point shares (text that cannot be stored or shown, time zones, calendar days,
times of day, schedule patterns within the editor's limits) and `check_record`, which runs
the same checks over one stored row, so an import is held to what a form would accept.

Pure standard library. Problems raise `ValidationError(message, field=...)`; `check_record`
raises `RecordRejected`, which also names the table and row. Messages never quote content.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time, timedelta
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tracker.domain.appointment_reminders import LEADS as APPOINTMENT_LEADS
from tracker.domain.errors import ValidationError
from tracker.domain.measurements import LAB_TEST_IDS, Measurement, validate_lab_value, validate_measurement
from tracker.domain.schedule.engine import occurrences
from tracker.domain.schedule.patterns import (
    CycleDays,
    FixedDates,
    Interval,
    Loading,
    Pattern,
    StepDown,
    Steps,
    pattern_from_dict,
)
from tracker.domain.schedule.schedule import Schedule
from tracker.domain.symptoms import MAX_NOTE_CHARS, SymptomRating, validate_rating
from tracker.domain.text import check_text

# The stored vocabularies. The services use the same words (tests/domain/test_validation.py
# checks they agree), kept here so the domain can hold imports to them.
PERSON_KINDS = ("patient", "carer")
END_REASONS = ("progression", "side_effects", "completed", "own_choice", "other")
ADJUSTMENT_KINDS = ("delay", "hold", "reduce", "break", "resume")
DOSE_STATUSES = ("taken", "missed", "skipped", "held_by_team")
APPOINTMENT_KINDS = ("clinic", "scan", "blood_test", "infusion", "other", "radiotherapy", "procedure")
RECALL_DAYS = (1, 7)

#: Calendar days and instants outside these years are typing mistakes (and the schedule
#: engine and date arithmetic would overflow far beyond them).
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2199, 12, 31)

#: The schedule editor's limits (tracker/ui/plan/pattern_editor.py and dialogs.py); the
#: messages spell the numbers out so that they can be translated (tests keep them in step).
MAX_EVERY = 365
MAX_CYCLE_LENGTH = 120
MAX_STEP_COUNT = 50
MAX_FIXED_DATES = 500
MAX_TIMES_A_DAY = 24
MAX_UNITS = 999
MAX_LINE_NUMBER = 30
MAX_DELAY_DAYS = 365
MAX_NAME_CHARS = 200

def check_name(value: str | None, field: str, *, empty: str, limit: int = MAX_NAME_CHARS) -> str:
    """A name (journal, person, line of treatment, drug): present, one line, not too long."""
    text = (check_text(value, field) or "").strip()
    if not text:
        raise ValidationError(empty, field=field)
    if len(text) > limit:
        raise ValidationError("That name is too long. Please shorten it.", field=field)
    if any(char in text for char in "\n\r\t"):
        raise ValidationError("A name is one line of text.", field=field)
    return text


def check_zone(name: object, field: str = "tz") -> str:
    """An IANA time zone name this computer knows (the app shows local times in it)."""
    if isinstance(name, str) and name and check_text(name, field):
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
        else:
            return name
    raise ValidationError("That time zone is not known. Choose a place from the list.", field=field)


def check_day(value: date, field: str) -> date:
    if not EARLIEST_DAY <= value <= LATEST_DAY:
        raise ValidationError("That date is not possible. Check the year.", field=field)
    return value


def check_instant(value: datetime, field: str) -> datetime:
    if value.tzinfo is None:
        raise ValidationError("That time has no time zone.", field=field)
    check_day(value.date(), field)
    return value


def check_times(times: Iterable[object], field: str = "times") -> tuple[time, ...]:
    """Times of day as "HH:MM" (or `time`); at least one, sorted, each once."""
    parsed: set[time] = set()
    for item in times:
        if isinstance(item, time):
            parsed.add(item)
            continue
        if not isinstance(item, str):
            raise ValidationError("Please give times of day like 08:00.", field=field)
        try:
            parsed.add(time.fromisoformat(item))
        except ValueError as exc:
            raise ValidationError("Please give times of day like 08:00.", field=field) from exc
    if not parsed:
        raise ValidationError("Please give at least one time of day.", field=field)
    if len(parsed) > MAX_TIMES_A_DAY:
        raise ValidationError("That is too many times in one day.", field=field)
    if any(t.tzinfo is not None for t in parsed):
        raise ValidationError("Please give times of day like 08:00.", field=field)
    return tuple(sorted(parsed))


def check_times_json(text: str, field: str = "times") -> tuple[time, ...]:
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise ValidationError("Please give times of day like 08:00.", field=field) from exc
    if not isinstance(value, list):
        raise ValidationError("Please give times of day like 08:00.", field=field)
    return check_times(value, field)


def check_pattern(data: object, field: str = "pattern") -> Pattern:
    """A schedule pattern the engine can follow, within the limits the editor offers."""
    incomplete = ValidationError("That schedule is not complete. Check the days and the repeat.", field=field)
    if not isinstance(data, Mapping):
        raise incomplete
    try:
        pattern = pattern_from_dict(dict(data))
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise incomplete from exc
    everies: list[object] = []
    if isinstance(pattern, (Interval, Loading)):
        everies.append(pattern.every)
    if isinstance(pattern, StepDown):
        everies += [pattern.first_every, pattern.then_every]
        if not isinstance(pattern.count, int) or not 1 <= pattern.count <= MAX_STEP_COUNT:
            raise incomplete
    if isinstance(pattern, Loading) and (len(pattern.days) > MAX_FIXED_DATES or pattern.days[-1] > MAX_EVERY * 3):
        raise incomplete
    if any(isinstance(every, bool) or not isinstance(every, int) or every > MAX_EVERY for every in everies):
        raise ValidationError("A repeat is every 1 to 365 days, weeks or months.", field=field)
    if isinstance(pattern, CycleDays) and (
        isinstance(pattern.length, bool) or not isinstance(pattern.length, int) or pattern.length > MAX_CYCLE_LENGTH
    ):
        raise ValidationError("A cycle lasts 1 to 120 days.", field=field)
    if isinstance(pattern, FixedDates):
        if len(pattern.dates) > MAX_FIXED_DATES:
            raise incomplete
        for day in pattern.dates:
            check_day(day, field)
    if isinstance(pattern, Steps):
        if len(pattern.steps) > MAX_STEP_COUNT or any(s.days > MAX_EVERY for s in pattern.steps):
            raise ValidationError("A stepped course has at most 50 steps of 1 to 365 days each.", field=field)
        for step in pattern.steps:
            check_text(step.dose_text, field)
            if len(step.dose_text) > MAX_NAME_CHARS:
                raise ValidationError("That text is too long.", field=field)
            if len(step.times) > MAX_TIMES_A_DAY:
                raise ValidationError("That is too many times in one day.", field=field)
    return pattern


def check_pattern_json(text: str, field: str = "pattern") -> Pattern:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ValidationError("That schedule is not complete. Check the days and the repeat.", field=field) from exc
    return check_pattern(data, field)


def check_whole(value: object, field: str, low: int, high: int, message: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(message, field=field)
    return value


def check_choice(value: object, choices: Iterable[object], field: str) -> None:
    if value not in tuple(choices):
        raise ValidationError("That is not one of the choices.", field=field)


def check_json_text(text: str, field: str) -> Any:
    """A stored JSON value (journal settings): valid JSON, finite numbers, clean text."""

    def no_constant(name: str) -> Any:
        raise ValueError(name)

    try:
        value = json.loads(text, parse_constant=no_constant)
    except (ValueError, RecursionError) as exc:
        raise ValidationError("That setting is damaged.", field=field) from exc
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            check_text(item, field)
        elif isinstance(item, float) and not math.isfinite(item):
            raise ValidationError("That setting is damaged.", field=field)
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
    return value


# -- whole records (the importer; `check_record` holds one row to what a form accepts) --------


class RecordRejected(ValidationError):
    """A stored record a form would refuse: `table`, `row` (1-based in its table) and `field`."""

    def __init__(self, table: str, row: int, field: str | None, reason: str) -> None:
        super().__init__(reason, field=field)
        self.table = table
        self.row = row

    @property
    def where(self) -> str:
        """Table, row and field: what a person needs to find it in the file (never the content)."""
        return f"{self.table} row {self.row}: {self.field or 'record'}"


def _ratings(row: Mapping[str, Any]) -> None:
    try:
        validate_rating(SymptomRating(row["term_id"], row.get("severity"), row.get("frequency"),
                                      row.get("interference"), row.get("location"), row.get("note")))
    except ValidationError as exc:
        # The form names fields "<symptom>.<rating>"; a stored row names its column.
        column = "term_id" if exc.field == "symptom" else (exc.field or "").rpartition(".")[2]
        raise ValidationError(exc.message, field=column) from None


def _measurement(row: Mapping[str, Any]) -> None:
    kind = row.get("kind")
    check_choice(kind, ("temperature", "weight", "other"), "kind")
    try:
        validate_measurement(Measurement(str(kind), row["value"], row.get("unit") or "", row.get("label")))
    except ValidationError as exc:
        column = "label" if kind == "other" and not (row.get("label") or "").strip() else "value"
        if kind in ("temperature", "weight") and row.get("unit") not in ("°C", "°F", "kg", "lb"):
            column = "unit"
        raise ValidationError(exc.message, field=column) from None


def _lab(row: Mapping[str, Any]) -> None:
    check_choice(row.get("test"), LAB_TEST_IDS, "test")
    validate_lab_value(row.get("value"))
    if row.get("test") == "other" and not (row.get("test_label") or "").strip():
        raise ValidationError("Say which test this is.", field="test_label")
    check_day(row["taken_on"], "taken_on")


def _ends_after_start(row: Mapping[str, Any]) -> None:
    if row.get("end") is not None and row["end"] < row["start"]:
        raise ValidationError("The last day is before the first day.", field="end")


def _line(row: Mapping[str, Any]) -> None:
    check_name(row.get("name"), "name", empty="Please give the line a name, for example the drugs in it.")
    check_whole(row.get("number"), "number", 1, MAX_LINE_NUMBER, "A line number is 1 to 30.")
    _ends_after_start(row)
    reason = row.get("end_reason")
    if reason is not None:
        check_choice(reason, END_REASONS, "end_reason")
        if row.get("end") is None:
            raise ValidationError("A reason for ending is given but the line has not ended.", field="end_reason")


def _regimen_drug(row: Mapping[str, Any]) -> None:
    check_name(row.get("display_name"), "display_name", empty="Please choose a drug or type its name.")
    check_name(row.get("drug_id"), "drug_id", empty="Please choose a drug or type its name.", limit=64)
    pattern = check_pattern_json(row["pattern_json"], "pattern_json")
    times = check_times_json(row["times_json"], "times_json")
    _ends_after_start(row)
    if row.get("max_units") is not None:
        check_whole(row["max_units"], "max_units", 1, MAX_UNITS, "The number of cycles must be at least 1.")
    for name in ("first_unit", "first_index", "anchor_unit"):
        if row.get(name) is not None:
            check_whole(row[name], name, 0, 100_000, "That schedule is not complete. Check the days and the repeat.")
    _engine_can_follow(row, pattern, times)


def _engine_can_follow(row: Mapping[str, Any], pattern: Pattern, times: tuple[time, ...]) -> None:
    """The schedule engine's own rules (a split's anchor before its start, a unit number
    inside a list of fixed dates...): build the schedule as the plan does and take its
    first doses. What it refuses, the Plan and Today screens could not show."""
    anchor = row.get("anchor_date")
    try:
        schedule = Schedule(pattern=pattern, start=row["start"], times=times, end=row.get("end"),
                            count=row.get("max_units"), first_unit=row.get("first_unit") or 0,
                            first_index=row.get("first_index") or 0, anchor=anchor,
                            anchor_unit=(row.get("anchor_unit") or 0) if anchor else 0)
        for _slot in islice(occurrences(schedule, (), row["start"], row["start"] + timedelta(days=MAX_EVERY * 31)), 3):
            pass
    except (ValueError, IndexError, OverflowError, TypeError) as exc:
        raise ValidationError("That schedule is not complete. Check the days and the repeat.",
                              field="anchor_date" if anchor else "first_unit") from exc


def _adjustment(row: Mapping[str, Any]) -> None:
    check_choice(row.get("kind"), ADJUSTMENT_KINDS, "kind")
    if row["kind"] == "delay":
        check_whole(row.get("days"), "days", 1, MAX_DELAY_DAYS, "A delay is between 1 and 365 days.")
    if row["kind"] == "reduce" and not (row.get("dose_text") or "").strip():
        raise ValidationError("Please write the new dose as your team gave it.", field="dose_text")


def _dose_event(row: Mapping[str, Any]) -> None:
    check_choice(row.get("status"), DOSE_STATUSES, "status")
    check_whole(row.get("slot", 0), "slot", 0, MAX_TIMES_A_DAY - 1, "That dose of the day does not exist.")


def _person(row: Mapping[str, Any]) -> None:
    check_choice(row.get("kind"), PERSON_KINDS, "kind")
    check_name(row.get("name"), "name", empty="Please give a name.")


def _log(row: Mapping[str, Any]) -> None:
    check_choice(row.get("recall_days", 1), RECALL_DAYS, "recall_days")


def _long_text(limit: int, *names: str) -> Callable[[Mapping[str, Any]], None]:
    def check(row: Mapping[str, Any]) -> None:
        for name in names:
            if len(row.get(name) or "") > limit:
                raise ValidationError("That text is too long.", field=name)

    return check


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_iso(value: object, parse: Callable[[str], object]) -> bool:
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    try:
        parse(value)
    except ValueError:
        return False
    return True


#: The journal settings the app reads, and the shape each must have (other keys: any JSON).
SETTING_SHAPES: dict[str, Callable[[Any], bool]] = {
    "diagnosis": lambda v: isinstance(v, list) and all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in v),
    "diagnosis.v1": lambda v: isinstance(v, dict),
    "date_of_birth": lambda v: _is_iso(v, date.fromisoformat),
    "alerts.thresholds": lambda v: isinstance(v, dict) and all(_is_number(x) for x in v.values()),
    "care_team": lambda v: isinstance(v, dict),
    "security.auto_lock_minutes": _is_number,
    "backups.automatic": lambda v: isinstance(v, bool),
    "reminders.enabled": lambda v: isinstance(v, bool),
    "reminders.repeat_minutes": _is_number,
    "reminders.ics_path": lambda v: v is None or isinstance(v, str),
    "reminders.last_seen": lambda v: _is_iso(v, datetime.fromisoformat),
    "reminders.appointments": lambda v: isinstance(v, bool),
    "reminders.appointments_lead": lambda v: v in APPOINTMENT_LEADS,
}


def _setting(row: Mapping[str, Any]) -> None:
    value = check_json_text(row["value_json"], "value_json")
    shape = SETTING_SHAPES.get(row.get("key", ""))
    if shape is not None and not shape(value):
        raise ValidationError("That setting is damaged.", field="value_json")


def _question(row: Mapping[str, Any]) -> None:
    if not (row.get("text") or "").strip():
        raise ValidationError("Type the question you want to ask.", field="text")


def _note(row: Mapping[str, Any]) -> None:
    if not (row.get("text") or "").strip():
        raise ValidationError("Type a note.", field="text")


def _scan(row: Mapping[str, Any]) -> None:
    check_name(row.get("scan_type"), "scan_type", empty="Say what kind of scan it was.", limit=100)


def _local_treatment(row: Mapping[str, Any]) -> None:
    from tracker.domain import local_treatments as lt

    check_choice(row.get("kind"), lt.KINDS, "kind")
    if row["kind"] == lt.PROCEDURE:
        check_choice(row.get("procedure_kind"), lt.PROCEDURE_KINDS, "procedure_kind")
    elif row.get("procedure_kind") is not None:
        raise ValidationError("Only a procedure says what the procedure was.", field="procedure_kind")
    if not (row.get("site") or "").strip():
        raise ValidationError("Please say where in the body it was, in your own words (for example: spine).",
                              field="site")
    if row.get("at_time") is not None:
        check_times([row["at_time"]], "at_time")


def _local_treatment_rows(tables: Mapping[str, list[dict[str, Any]]]) -> None:
    """What spans a treatment and its days: at least one day, none before its line started,
    none more than a year after it was entered (the form's rules, without a clock)."""
    from tracker.domain import local_treatments as lt

    lines = {row.get("id"): row for row in tables.get("therapy_lines", [])}
    days: dict[object, list[date]] = {}
    for row in tables.get("local_treatment_days", []):
        if row.get("deleted_at") is None:
            days.setdefault(row.get("treatment_id"), []).append(row["day"])
    for number, row in enumerate(tables.get("local_treatments", []), start=1):
        if row.get("deleted_at") is not None:
            continue
        own = sorted(days.get(row.get("id"), []))
        if not own:
            raise RecordRejected("local_treatments", number, "days", "Please give at least one treatment day.")
        line = lines.get(row.get("line_id")) if row.get("line_id") is not None else None
        if line is not None and own[0] < line["start"]:
            raise RecordRejected("local_treatments", number, "days",
                                 "A treatment day comes before its line of treatment started. Check the dates.")
        if own[-1] > row["created_at"].date() + lt.MAX_AHEAD:
            raise RecordRejected("local_treatments", number, "days",
                                 "A treatment day is more than a year from now. Check the year.")


#: The drug id of a drug typed by hand (the plan's form and the alert rules use the same).
CUSTOM_DRUG = "custom"

#: table -> the checks a form (or the service behind it) applies to such a record.
RECORD_CHECKS: dict[str, tuple[Callable[[Mapping[str, Any]], None], ...]] = {
    "people": (_person,),
    "settings": (_setting,),
    "therapy_lines": (_line, _long_text(MAX_NOTE_CHARS, "notes")),
    "regimen_drugs": (_regimen_drug, _long_text(MAX_NOTE_CHARS, "notes")),
    "plan_adjustments": (_adjustment, _long_text(MAX_NOTE_CHARS, "notes")),
    "dose_events": (_dose_event, _long_text(MAX_NOTE_CHARS, "note")),
    "appointments": (lambda row: check_choice(row.get("kind"), APPOINTMENT_KINDS, "kind"),
                     _long_text(MAX_NOTE_CHARS, "notes")),
    "diary_logs": (_log, _long_text(MAX_NOTE_CHARS, "note")),
    "symptom_entries": (_ratings,),
    "measurements": (_measurement,),
    "lab_results": (_lab, _long_text(MAX_NOTE_CHARS, "note")),
    "scans": (_scan, _long_text(MAX_NOTE_CHARS, "result_summary")),
    "diary_notes": (_note, _long_text(MAX_NOTE_CHARS, "text")),
    "questions": (_question, _long_text(MAX_NOTE_CHARS, "text", "answer")),
    "local_treatments": (_local_treatment, _long_text(MAX_NOTE_CHARS, "notes"),
                         _long_text(MAX_NAME_CHARS, "site", "aim", "dose_text")),
}


def _generic(row: Mapping[str, Any]) -> None:
    """What every column of every record must satisfy, whatever the table."""
    for name, value in row.items():
        if isinstance(value, str):
            check_text(value, name)
            if name == "tz":
                check_zone(value, name)
        elif isinstance(value, datetime):
            check_instant(value, name)
        elif isinstance(value, date):
            check_day(value, name)
        elif isinstance(value, float) and not math.isfinite(value):
            raise ValidationError("Please type a number.", field=name)


def check_record(table: str, number: int, row: Mapping[str, Any]) -> None:
    """Hold one stored row to the forms' rules; raises RecordRejected naming table, row and field."""
    try:
        _generic(row)
        for check in RECORD_CHECKS.get(table, ()):
            check(row)
    except ValidationError as exc:
        raise RecordRejected(table, number, exc.field, exc.message) from None


def check_records(tables: Mapping[str, list[dict[str, Any]]],
                  known_drug: Callable[[str], bool] | None = None) -> None:
    """Every row of every table, plus the rules that span rows of one table.

    `known_drug` (the catalog, from the services) says which drug ids exist: the plan's form
    offers catalog drugs or a typed name ("custom"), and the alert rules refuse to guess
    what an unknown id is, so no other way in may bring one."""
    for table, rows in tables.items():
        for number, row in enumerate(rows, start=1):
            check_record(table, number, row)
    if known_drug is not None:
        for table in ("regimen_drugs", "dose_events"):
            for number, row in enumerate(tables.get(table, []), start=1):
                drug_id = row.get("drug_id")
                if isinstance(drug_id, str) and drug_id != CUSTOM_DRUG and not known_drug(drug_id):
                    raise RecordRejected(table, number, "drug_id",
                                         "That drug is not in the app's list. Choose it again from the list, "
                                         "or type its name.")
    check_across_records(tables)


def check_across_records(tables: Mapping[str, list[dict[str, Any]]]) -> None:
    """The rules that span rows (one patient; a treatment's days; a symptom rated once per
    log), over the tables given: a sync checks the tables a bundle touched, as they are
    after it was merged."""
    _local_treatment_rows(tables)
    patients = [n for n, row in enumerate(tables.get("people", []), start=1) if row.get("kind") == "patient"]
    if len(patients) > 1:
        raise RecordRejected("people", patients[1], "kind", "A journal belongs to one patient.")
    if tables.get("people") and not patients:
        raise RecordRejected("people", 1, "kind", "A journal belongs to one patient.")
    seen: set[tuple[object, object]] = set()
    for number, row in enumerate(tables.get("symptom_entries", []), start=1):
        key = (row.get("log_id"), row.get("term_id"))
        if key in seen:
            raise RecordRejected("symptom_entries", number, "term_id", "This symptom is in the list twice. Keep one.")
        seen.add(key)

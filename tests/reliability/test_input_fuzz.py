"""Hypothesis fuzzing of every form field's validation and every import path.

A validator may accept a value or raise ValidationError (a plain message for the field);
an import may succeed or raise ImportRejected / BackupRejected. Anything else escaping is
a crash a patient would meet as the bug-report dialog.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tracker.domain.clock import FixedClock
from tracker.domain.errors import BackupRejected, ImportRejected, KnownError, ValidationError

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
LONDON = ZoneInfo("Europe/London")
CLOCK = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=LONDON))

texts = st.text(max_size=300) | st.sampled_from(["", " ", "\0", "‮evil", "٣٨٫٤", "38,4", "1e309", "-0", "NaN"])
ratings = st.none() | st.integers(-3, 8) | st.booleans()
numbers = st.floats(allow_nan=True, allow_infinity=True) | st.integers(-10**6, 10**6)
aware = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1),
                     timezones=st.sampled_from([UTC, LONDON, ZoneInfo("Asia/Tehran")]))
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1))


def accepts_or_refuses(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except ValidationError as exc:
        assert exc.message and exc.message.endswith((".", "?")), exc.message
        return None


def _term_ids():
    from tracker.domain import symptoms

    return [t.id for t in symptoms.terms()]


@FAST
@given(term=st.sampled_from(_term_ids()) | texts, severity=ratings, frequency=ratings, interference=ratings,
       location=st.none() | texts, note=st.none() | texts)
def test_symptom_rating_fields(term, severity, frequency, interference, location, note):
    from tracker.domain.symptoms import SymptomRating, validate_rating

    accepts_or_refuses(validate_rating, SymptomRating(term, severity, frequency, interference, location, note))


@FAST
@given(note=st.none() | texts | st.text(min_size=3990, max_size=4010), when=aware)
def test_note_and_time_fields(note, when):
    from tracker.domain.symptoms import validate_note, validate_occurred_at

    accepts_or_refuses(validate_note, note)
    accepts_or_refuses(validate_occurred_at, when, CLOCK.now())


@FAST
@given(kind=st.sampled_from(["temperature", "weight", "other"]), value=numbers,
       unit=st.sampled_from(["°C", "°F", "kg", "lb", ""]) | texts, label=st.none() | texts)
def test_measurement_fields(kind, value, unit, label):
    from tracker.domain.measurements import Measurement, validate_measurement

    accepts_or_refuses(validate_measurement, Measurement(kind, value, unit, label))


@FAST
@given(test=st.sampled_from(["ca15_3", "cea", "platelets", "other"]) | texts, value=numbers, unit=texts,
       taken_on=days, ref_low=st.none() | texts, ref_high=st.none() | texts, label=st.none() | texts,
       note=st.none() | texts)
def test_lab_result_fields(test, value, unit, taken_on, ref_low, ref_high, label, note):
    from tracker.services.labs import LabInput, validate_lab

    accepts_or_refuses(validate_lab, LabInput(test, value, unit, taken_on, ref_low, ref_high, label, note), CLOCK)


@FAST
@given(scan_type=texts, done_on=days, summary=st.none() | texts)
def test_scan_fields(scan_type, done_on, summary):
    from tracker.services.labs import ScanInput, validate_scan

    accepts_or_refuses(validate_scan, ScanInput(scan_type, done_on, summary), CLOCK)


@FAST
@given(text=texts | st.text(min_size=1990, max_size=4100))
def test_question_and_note_text(text):
    from tracker.services.questions import check_text

    accepts_or_refuses(check_text, text, "Please type your question.")


@FAST
@given(phone=texts | st.from_regex(r"\+?[0-9 ()-]{0,50}", fullmatch=True))
def test_phone_fields(phone):
    from tracker.services import care_team

    accepts_or_refuses(care_team._check_phone, phone, "urgent_phone")


@FAST
@given(times=st.lists(texts | st.sampled_from(["08:00", "8:00", "24:00", "12:60", "20:30:15"]), max_size=4))
def test_dose_time_fields(times):
    from tracker.services.plan import edits

    accepts_or_refuses(edits._check_times, times)


@FAST
@given(pattern=st.dictionaries(st.sampled_from(["kind", "length", "days", "every", "unit", "dates", "loading",
                                                 "then", "count", "steps"]),
                               st.none() | st.integers(-5, 400) | texts | st.lists(st.integers(-5, 40), max_size=30)
                               | st.sampled_from(["cycle_days", "interval", "loading", "step_down", "fixed_dates",
                                                  "days", "weeks", "months"]),
                               max_size=6))
def test_schedule_pattern_fields(pattern):
    from tracker.services.plan import edits

    accepts_or_refuses(edits._check_pattern, pattern)


@FAST
@given(kind=texts | st.sampled_from(["clinic", "scan", "blood_test", "infusion", "other"]), when=aware)
def test_appointment_fields(kind, when):
    from tracker.services import appointments

    accepts_or_refuses(appointments._check, kind, when)


@FAST
@given(passphrase=texts, repeated=st.none() | texts)
def test_new_passphrase_fields(passphrase, repeated):
    from tracker.services.journals import validate_new_passphrase

    accepts_or_refuses(validate_new_passphrase, passphrase, repeated)


@FAST
@given(text=texts | st.from_regex(r"[0-9A-Za-z -]{20,45}", fullmatch=True))
def test_recovery_key_field(text):
    from tracker.storage import recovery_key

    canonical = recovery_key.normalise(text)
    assert canonical is None or recovery_key.normalise(canonical) == canonical


@FAST
@given(text=st.none() | texts)
def test_lab_reference_range_text(text):
    from tracker.services.reports.queries import parse_reference

    value = parse_reference(text)
    assert value is None or isinstance(value, float)


# -- import paths ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def export_document(tmp_path_factory):
    """A real JSON export of a small journal with a little of everything."""
    from tracker.domain.symptoms import SymptomRating
    from tracker.services import diary, people
    from tracker.services.exports.json_export import build_export
    from tracker.services.journals import create_journal

    journal = create_journal(tmp_path_factory.mktemp("export") / "data", "Export", "correct horse battery staple").journal
    try:
        people.add_carer(journal, "Sam", "partner")
        for i in range(3):
            diary.log_symptoms(journal, [SymptomRating("nausea", severity=i)], entered_by=None,
                               occurred_at=CLOCK.now() - timedelta(days=i), clock=CLOCK, note=f"note {i}")
        return build_export(journal, clock=CLOCK)
    finally:
        journal.close()


def _json_values():
    return st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
                        max_leaves=12)


def _parse(raw):
    from tracker.services.importer import parse_export

    try:
        return parse_export(raw)
    except ImportRejected as exc:
        assert "Nothing was changed" in exc.message
        return None


@FAST
@given(raw=st.binary(max_size=400) | st.text(max_size=400))
def test_import_of_arbitrary_bytes(raw):
    _parse(raw)


@FAST
@given(data=st.data())
def test_import_of_a_real_export_with_one_value_changed(export_document, data):
    _mutate_and_parse(export_document, data)


@pytest.mark.slow
@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_long_import_of_mutated_exports(export_document, data):
    _mutate_and_parse(export_document, data)


@pytest.mark.slow
@settings(max_examples=3000, deadline=None)
@given(raw=st.binary(max_size=2000) | st.text(max_size=2000))
def test_long_import_of_arbitrary_bytes(raw):
    _parse(raw)


def _mutate_and_parse(export_document, data) -> None:
    document = json.loads(json.dumps(export_document, default=str))
    # Walk to a random place in the document and replace what is there.
    node, path = document, []
    for _ in range(data.draw(st.integers(1, 6))):
        if isinstance(node, dict) and node:
            key = data.draw(st.sampled_from(sorted(node)))
        elif isinstance(node, list) and node:
            key = data.draw(st.integers(0, len(node) - 1))
        else:
            break
        path.append((node, key))
        node = node[key]
    if path:
        parent, key = path[-1]
        parent[key] = data.draw(_json_values())
    _parse(json.dumps(document).encode("utf-8"))


def test_unchanged_export_parses(export_document):
    """Control for the mutation test: the untouched export is accepted."""
    parsed = _parse(json.dumps(export_document, default=str).encode("utf-8"))
    assert parsed is not None and parsed.row_count > 0


@FAST
@given(raw=st.binary(max_size=600))
def test_restore_of_arbitrary_bytes_is_refused_plainly(tmp_path_factory, raw):
    from tracker.storage import backup_file

    path = tmp_path_factory.mktemp("backup") / "x.tjbackup"
    path.write_bytes(raw)
    try:
        backup_file.read_header(path)
    except BackupRejected:
        pass
    except KnownError as exc:  # e.g. a newer backup format: still a plain message
        assert exc.message


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_import_that_passes_the_checks_is_complete_or_leaves_nothing(export_document, tmp_path_factory, data):
    """End to end: whatever parses is imported whole, or refused with no half-made journal."""
    from tracker.services.importer import import_parsed
    from tracker.services.journals import list_journals

    document = json.loads(json.dumps(export_document, default=str))
    tables = document["tables"]
    name = data.draw(st.sampled_from(sorted(t for t in tables if tables[t].get("rows") if isinstance(tables[t], dict))
                                     or sorted(tables)))
    block = tables[name]
    rows = block.get("rows") if isinstance(block, dict) else None
    if rows:
        row = data.draw(st.integers(0, len(rows) - 1))
        if isinstance(rows[row], list) and rows[row]:
            col = data.draw(st.integers(0, len(rows[row]) - 1))
            rows[row][col] = data.draw(_json_values())
    parsed = _parse(json.dumps(document).encode("utf-8"))
    if parsed is None:
        return
    data_dir = tmp_path_factory.mktemp("import") / "data"
    try:
        result = import_parsed(data_dir, parsed, "correct horse battery staple")
    except KnownError:
        assert list_journals(data_dir) == []
        return
    try:
        with result.journal.connection() as conn:
            count = sum(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in parsed.tables
                        if parsed.tables[t])
        assert count >= sum(len(rows) for rows in parsed.tables.values() if rows)
    finally:
        result.journal.close()


# -- the shared text and record checks (tracker/domain/validation.py) ------------------------

any_text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=40) | texts


@FAST
@given(text=any_text)
def test_text_the_check_accepts_can_be_stored_and_has_no_control_characters(text):
    import unicodedata

    from tracker.domain.text import check_text

    kept = accepts_or_refuses(check_text, text, "note")
    if kept is not None:
        kept.encode("utf-8")  # a lone surrogate would raise here (and in SQLite)
        assert all(unicodedata.category(c) != "Cc" or c in "\t\n\r" for c in kept)


@FAST
@given(pattern=st.dictionaries(st.sampled_from(["kind", "length", "days", "every", "unit", "dates", "count",
                                                 "first_every", "first_unit", "then_every", "then_unit"]),
                               st.none() | st.booleans() | st.integers(-5, 10**6) | texts
                               | st.lists(st.integers(-5, 200) | texts, max_size=30)
                               | st.sampled_from(["cycle_days", "interval", "loading", "step_down", "fixed_dates",
                                                  "days", "weeks", "months"]),
                               max_size=6) | st.builds(
           lambda n, ds: {"kind": "cycle_days", "length": n, "days": sorted({min(d, n) for d in ds})},
           st.integers(1, 125), st.lists(st.integers(1, 125), min_size=1, max_size=30)) | st.builds(
           lambda e, u: {"kind": "interval", "every": e, "unit": u}, st.integers(1, 370),
           st.sampled_from(["days", "weeks", "months"])) | st.builds(
           lambda ds, e: {"kind": "loading", "days": sorted({1, *ds}), "every": e, "unit": "days"},
           st.lists(st.integers(2, 1200), max_size=5), st.integers(1, 370)) | st.builds(
           lambda ds: {"kind": "fixed_dates", "dates": sorted({d.isoformat() for d in ds})}, st.lists(days, min_size=1, max_size=5)),
       start=days, times=st.lists(st.sampled_from(["08:00", "20:00", "23:59"]), min_size=1, max_size=3, unique=True))
def test_a_regimen_drug_the_import_accepts_gives_doses_without_error(pattern, start, times):
    """Whatever the record check accepts, the schedule engine can lay out."""
    from datetime import time as time_of_day

    from tracker.domain.schedule import Schedule, occurrences
    from tracker.domain.validation import RecordRejected, check_record

    row = {"id": 1, "line_id": 1, "drug_id": "custom", "display_name": "Trial drug", "pattern_json": json.dumps(pattern),
           "times_json": json.dumps(times), "start": start, "end": None, "max_units": None, "first_unit": 0,
           "first_index": 0, "anchor_date": None, "anchor_unit": 0}
    try:
        check_record("regimen_drugs", 1, row)
    except RecordRejected as exc:
        assert exc.message.endswith(".")
        event("refused")
        return
    event("accepted")
    from tracker.domain.schedule import pattern_from_dict

    schedule = Schedule(pattern=pattern_from_dict(pattern), start=start,
                        times=tuple(sorted(time_of_day.fromisoformat(t) for t in times)))
    slots = list(occurrences(schedule, (), start, start + timedelta(days=800)))
    assert all(s.day >= start for s in slots)

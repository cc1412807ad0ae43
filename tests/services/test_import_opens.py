"""Property: whatever the importer accepts, the app can show and export.

Hypothesis edits a real export (schedules, dates, ratings, zones, kinds, text) towards the
edges and beyond; every file the importer accepts is imported and then goes through what
Today, Plan, Diary, Charts, reminders, alerts and every export call. A refusal is fine; a
crash after an accepted import is the bug this test exists for.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))
import import_documents as docs  # noqa: E402

from tracker.domain.errors import ImportRejected  # noqa: E402

CLOCK = docs.CLOCK
TODAY = CLOCK.today()


@pytest.fixture(scope="module")
def document(tmp_path_factory):
    import os

    from tracker.services.journals import create_journal

    os.environ["TRACKER_TEST_ONLY_WEAK_KDF"] = "1"
    journal = create_journal(tmp_path_factory.mktemp("base") / "data", "Base", docs.PASS).journal
    try:
        return docs.build(journal)
    finally:
        journal.close()


# -- values near and past the edges ----------------------------------------------------------

days = st.one_of(
    st.dates(min_value=TODAY - timedelta(days=800), max_value=TODAY + timedelta(days=400)),
    st.sampled_from([date(1899, 12, 31), date(1900, 1, 1), date(2199, 12, 31), date(2200, 1, 1), date(1, 1, 1),
                     date(9999, 12, 31), TODAY, TODAY - timedelta(days=1)]),
).map(date.isoformat)
instants = st.one_of(
    st.datetimes(min_value=datetime(2023, 1, 1), max_value=datetime(2027, 6, 1)).map(lambda d: d.isoformat() + "+00:00"),
    st.sampled_from(["0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59+00:00", "2026-03-29T01:30:00+00:00",
                     "2026-03-10T09:00:00+14:00", "2026-03-10T09:00:00-12:00"]),
)
zones = st.sampled_from(["Europe/London", "Asia/Tehran", "UTC", "Pacific/Kiritimati", "America/St_Johns",
                         "Mars/Olympus", "", "localtime", "Europe/london", "../etc/passwd", "Etc/GMT+12"])
texts = st.one_of(st.text(max_size=30), st.sampled_from(["\ud800", "a\x00b", "\x1b[2J", "\u202eevil", "تهران\u200c",
                                                        "line\nbreak", " ", "x" * 250]))
every = st.one_of(st.integers(1, 400), st.sampled_from([0, -1, 365, 366, 10**9]))
units = st.sampled_from(["days", "weeks", "months", "years"])
day_lists = st.lists(st.integers(-1, 130), max_size=25)
patterns = st.one_of(
    st.builds(lambda n, d: {"kind": "cycle_days", "length": n, "days": d}, st.integers(-1, 130), day_lists),
    st.builds(lambda n: {"kind": "cycle_days", "length": n, "days": list(range(1, max(n, 1) + 1))}, st.integers(0, 130)),
    st.builds(lambda e, u: {"kind": "interval", "every": e, "unit": u}, every, units),
    st.builds(lambda d, e, u: {"kind": "loading", "days": d, "every": e, "unit": u}, day_lists, every, units),
    st.builds(lambda a, b, n, c, e: {"kind": "step_down", "first_every": a, "first_unit": b, "count": n,
                                      "then_every": c, "then_unit": e}, every, units, st.integers(-1, 60), every, units),
    st.builds(lambda ds: {"kind": "fixed_dates", "dates": ds}, st.lists(days, max_size=8)),
    st.sampled_from([{"kind": "interval"}, {}, {"kind": "cycle_days", "length": "28"}, {"kind": None}]),
).map(json.dumps) | st.sampled_from(["null", "[]", "{", "1"])
times = st.one_of(
    st.lists(st.sampled_from(["08:00", "20:00", "00:00", "23:59", "24:00", "8", "", "12:00:30", "12:00+01:00"]),
             max_size=4).map(json.dumps),
    st.sampled_from(["null", '"08:00"', "{}", "[1]", json.dumps([f"{h:02}:00" for h in range(24)] + ["23:30"])]),
)
ratings = st.one_of(st.none(), st.integers(-1, 5), st.sampled_from([99, True]))
counts = st.integers(-2, 1000) | st.sampled_from([10**6])
whole = st.none() | counts

#: (table, column) -> values to try there
EDITS = {
    ("therapy_lines", "start"): days, ("therapy_lines", "end"): st.none() | days,
    ("therapy_lines", "end_reason"): st.none() | st.sampled_from(["progression", "completed", "bored"]),
    ("therapy_lines", "number"): st.integers(-1, 40), ("therapy_lines", "name"): texts,
    ("regimen_drugs", "pattern_json"): patterns, ("regimen_drugs", "times_json"): times,
    ("regimen_drugs", "start"): days, ("regimen_drugs", "end"): st.none() | days,
    ("regimen_drugs", "max_units"): whole, ("regimen_drugs", "first_unit"): counts,
    ("regimen_drugs", "first_index"): counts,
    ("regimen_drugs", "anchor_date"): st.none() | days, ("regimen_drugs", "anchor_unit"): counts,
    ("regimen_drugs", "drug_id"): st.sampled_from(["palbociclib", "custom", "fulvestrant", "not_a_drug", ""]),
    ("regimen_drugs", "display_name"): texts, ("regimen_drugs", "dose_text"): st.none() | texts,
    ("regimen_drugs", "route"): st.none() | st.sampled_from(["oral", "iv", "sc", "im", "nasal", "??"]),
    ("plan_adjustments", "kind"): st.sampled_from(["delay", "hold", "reduce", "break", "resume", "pause"]),
    ("plan_adjustments", "effective"): days, ("plan_adjustments", "days"): whole,
    ("plan_adjustments", "dose_text"): st.none() | texts,
    ("dose_events", "status"): st.sampled_from(["taken", "missed", "skipped", "held_by_team", "maybe"]),
    ("dose_events", "planned_date"): days, ("dose_events", "slot"): st.integers(-1, 30),
    ("dose_events", "tz"): zones, ("dose_events", "recorded_at"): instants, ("dose_events", "note"): st.none() | texts,
    ("appointments", "kind"): st.sampled_from(["clinic", "scan", "blood_test", "infusion", "other", "party"]),
    ("appointments", "starts_at"): instants, ("appointments", "tz"): zones, ("appointments", "place"): st.none() | texts,
    ("diary_logs", "occurred_at"): instants, ("diary_logs", "tz"): zones, ("diary_logs", "recall_days"): st.integers(-1, 9),
    ("diary_logs", "note"): st.none() | texts,
    ("symptom_entries", "term_id"): st.sampled_from(["nausea", "diarrhoea", "pain_other", "fatigue", "unknown"]),
    ("symptom_entries", "severity"): ratings, ("symptom_entries", "frequency"): ratings,
    ("symptom_entries", "interference"): ratings, ("symptom_entries", "location"): st.none() | texts,
    ("measurements", "kind"): st.sampled_from(["temperature", "weight", "other", "mood"]),
    ("measurements", "value"): st.floats(-50, 1000) | st.sampled_from([37.5, 1e308]),
    ("measurements", "unit"): st.sampled_from(["°C", "°F", "kg", "lb", "", "stone"]),
    ("lab_results", "test"): st.sampled_from(["calcium", "ca15_3", "creatinine", "other", "vitamin_x"]),
    ("lab_results", "value"): st.floats(-5, 1e6) | st.sampled_from([0.0, 1e308]),
    ("lab_results", "unit"): st.sampled_from(["mmol/L", "mg/dL", "µmol/L", "kU/L", "U/mL", "", "furlongs"]),
    ("lab_results", "taken_on"): days, ("lab_results", "ref_low"): st.none() | texts,
    ("lab_results", "test_label"): st.none() | texts,
    ("scans", "done_on"): days, ("scans", "scan_type"): texts,
    ("questions", "text"): texts, ("diary_notes", "text"): texts, ("diary_notes", "occurred_at"): instants,
    ("settings", "key"): st.sampled_from(["diagnosis", "diagnosis.v1", "date_of_birth", "alerts.thresholds", "care_team",
                                          "security.auto_lock_minutes", "reminders.repeat_minutes", "reminders.last_seen",
                                          "reminders.ics_path", "backups.automatic", "something.new"]),
    ("settings", "value_json"): st.sampled_from(["5", '"x"', "[1]", '{"a": 1}', "null", "-1", "1e300", '"2026-13-45"',
                                                 '[["a", "b"]]', '{"urgent_phone": 5}', '{"fever_c": "hot"}', "true",
                                                 '"1980-02-29"', '"2026-03-01T10:00:00+00:00"', '{"fever_c": 38.0}']),
    ("people", "name"): texts, ("people", "kind"): st.sampled_from(["patient", "carer", "cat"]),
}
EDIT_KEYS = sorted(EDITS)


@st.composite
def edited_documents(draw, document):
    changed = json.loads(json.dumps(document))
    for _ in range(draw(st.integers(1, 5))):
        table, column = draw(st.sampled_from(EDIT_KEYS))
        block = changed["tables"][table]
        if not block["rows"]:
            continue
        row = draw(st.integers(0, len(block["rows"]) - 1))
        block["rows"][row][block["columns"].index(column)] = draw(EDITS[(table, column)])
    return changed


# -- what the screens and exports call --------------------------------------------------------


def open_everything(journal, clock, out: Path) -> None:
    from tracker.render.export_pdf import export_pdf
    from tracker.services import alert_settings, appointments, doses, plan, reminders, timeline
    from tracker.services.calendar_ics import build_ics
    from tracker.services.charts import (
        RANGE_KEYS,
        chart_range,
        dose_chart,
        lab_chart,
        measurement_chart,
        symptom_chart,
    )
    from tracker.services.exports.csv_export import collect
    from tracker.services.exports.fhir_export import build_bundle
    from tracker.services.exports.json_export import build_export
    from tracker.services.reports import queries
    from tracker.ui.plan.view import current_cycle_lines
    from tracker.ui.plan.words import pattern_sentence

    today = clock.today()
    # Today
    items = plan.scheduled_drugs(journal)
    doses.today_list(journal, clock)
    appointments.upcoming(journal, clock.now(), days=60)
    current_cycle_lines(items, today)
    # Plan
    plan.therapy_lines(journal)
    for item in items:
        pattern_sentence(item.drug.pattern, item.drug.route, len(item.drug.times))
    doses.doses_between(journal, today - timedelta(days=45), today + timedelta(days=45))
    appointments.between(journal, today - timedelta(days=45), today + timedelta(days=45), clock.zone)
    # Diary
    cursor, pages = None, 0
    while pages < 50:
        page = timeline.page(journal, after=cursor)
        pages += 1
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    # Charts
    data = queries.chart_data(journal, clock)
    for key in RANGE_KEYS:
        start, end = chart_range(key, today, data)
        for figure in (symptom_chart(data, start=start, end=end), measurement_chart(data, start=start, end=end),
                       lab_chart(data, start=start, end=end, group="marker"), dose_chart(data, start=start, end=end)):
            figure.canvas.draw()  # a Figure that cannot be drawn fails here, not in the window
    # Reminders and alerts
    reminders.due_now(journal, clock)
    reminders.next_reminder(journal, clock)
    reminders.missed_since(journal, clock, clock.now() - timedelta(days=3))
    alert_settings.current_alerts(journal, clock)
    # Every export
    build_export(journal, clock=clock)
    collect(journal)
    build_bundle(journal, clock=clock)
    build_ics(journal, clock, days_ahead=365)
    export_pdf(journal, clock, out / "summary.pdf")


# A letter no installed font has (Gujarati, an unassigned code point) is drawn as a box:
# matplotlib warns, which is no failure of the app (filterwarnings=error would make it one).
@pytest.mark.filterwarnings("ignore:Glyph .* missing from font:UserWarning")
@settings(max_examples=int(__import__('os').environ.get('IMPORT_OPENS_EXAMPLES', '30')), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_every_accepted_import_opens_on_every_screen_and_exports(qapp, document, tmp_path_factory, data):
    from tracker.services.importer import import_parsed, parse_export

    changed = data.draw(edited_documents(document))
    try:
        parsed = parse_export(json.dumps(changed))
    except ImportRejected as exc:
        assert exc.detail, "a refusal says where"
        event(f"refused: {exc.detail.split(':')[0]}")
        return
    event("accepted")
    folder = tmp_path_factory.mktemp("accepted")
    result = import_parsed(folder / "data", parsed, docs.PASS)
    try:
        open_everything(result.journal, CLOCK, folder)
    finally:
        result.journal.close()


def test_the_untouched_document_opens_everywhere(qapp, document, tmp_path):
    """Control: the property's starting point is accepted (so the property is not vacuous)."""
    from tracker.services.importer import import_parsed, parse_export

    result = import_parsed(tmp_path / "data", parse_export(json.dumps(document)), docs.PASS)
    try:
        open_everything(result.journal, CLOCK, tmp_path)
    finally:
        result.journal.close()
    assert (tmp_path / "summary.pdf").stat().st_size > 1000


def _edge_document(document):
    """Accepted values at the very edges of what the forms allow."""
    changed = json.loads(json.dumps(document))
    for table, match, column, value in [
        ("regimen_drugs", {"drug_id": "palbociclib"}, "pattern_json",
         json.dumps({"kind": "cycle_days", "length": 120, "days": list(range(1, 121))})),
        ("regimen_drugs", {"drug_id": "letrozole"}, "pattern_json", json.dumps({"kind": "interval", "every": 365, "unit": "months"})),
        ("regimen_drugs", {"drug_id": "letrozole"}, "times_json", json.dumps([f"{h:02}:00" for h in range(24)])),
        ("therapy_lines", {"number": 2}, "notes", "ملاحظات\u200c\nline two\ttab"),
        ("diary_logs", {}, "tz", "Pacific/Kiritimati"),
        ("dose_events", {}, "tz", "Asia/Tehran"),
        ("lab_results", {"test": "calcium"}, "value", 1_000_000.0),
        ("plan_adjustments", {}, "days", 365),
    ]:
        index = docs.row_index(changed, table, **match)
        changed = docs.with_value(changed, table, index, column, value)
    return changed


def test_main_window_opens_every_section_on_an_accepted_edge_journal(qtbot, document, tmp_path, monkeypatch):
    """pytest-qt smoke: the real window, every section shown, on values at the limits."""
    from tracker.services.importer import import_parsed, parse_export
    from tracker.ui.common import errors as ui_errors
    from tracker.ui.main.sections import SECTIONS
    from tracker.ui.main.window import MainWindow

    shown: list[BaseException] = []
    monkeypatch.setattr(ui_errors, "show_error", lambda _parent, exc: shown.append(exc))
    result = import_parsed(tmp_path / "data", parse_export(json.dumps(_edge_document(document))), docs.PASS)
    window = MainWindow(tmp_path / "data", result.journal, CLOCK, idle_tick_ms=60_000)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    for section in SECTIONS:
        window.show_section(section.id)
        view = window.stack.currentWidget()
        busy = getattr(view, "is_busy", None) or getattr(view, "is_loading", None)
        if callable(busy):
            qtbot.waitUntil(lambda b=busy: not b(), timeout=30_000)
        assert not window.grab().isNull()
    for op in list(getattr(window, "_ops", [])):
        op.wait(30_000)
    assert shown == []
    open_everything(result.journal, CLOCK, tmp_path)

"""Report queries read what the diary and plan services wrote: units, deletions, statuses."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from tracker.domain.measurements import Measurement
from tracker.domain.symptoms import SymptomRating
from tracker.services import diary, labs, plan, questions, settings
from tracker.services.doses import record
from tracker.services.reports import queries


def _at(clock, days_ago: int, hour: int = 9) -> datetime:
    return datetime.combine(clock.today() - timedelta(days=days_ago), time(hour), tzinfo=clock.zone)


def test_symptoms_and_measurements_skip_deleted_and_use_c_and_kg(journal, clock):
    diary.log_symptoms(journal, [SymptomRating("fatigue", severity=2), Measurement("temperature", 100.4, "°F")], None, _at(clock, 3), clock)
    gone = diary.log_symptoms(journal, [SymptomRating("fatigue", severity=4)], None, _at(clock, 2), clock)
    diary.log_symptoms(journal, [SymptomRating("nausea", severity=1), Measurement("weight", 154.0, "lb")], None, _at(clock, 1), clock)
    diary.delete_log(journal, gone.log_id, clock)
    series = {s.symptom_id: s for s in queries.symptom_series(journal, clock)}
    assert [p.rating for p in series["fatigue"].points] == [2]
    assert series["fatigue"].label == "Tiredness (fatigue)"
    assert series["fatigue"].points[0].when.date() == clock.today() - timedelta(days=3)
    translated = {s.symptom_id: s.label for s in queries.symptom_series(journal, clock, {"nausea": "Übelkeit"})}
    assert translated == {"nausea": "Übelkeit", "fatigue": "Tiredness (fatigue)"}
    measures = {m.kind: m for m in queries.measurement_series(journal, clock)}
    assert measures["temperature"].unit == "°C" and measures["temperature"].points[0].value == 38.0
    assert measures["weight"].unit == "kg" and measures["weight"].points[0].value == 69.9


def test_labs_parse_reference_text_and_group(journal, clock):
    day = clock.today() - timedelta(days=5)
    labs.add_lab_result(journal, labs.LabInput("ca15_3", 41.0, "U/mL", day, ref_high="< 30"), None, clock)
    labs.add_lab_result(journal, labs.LabInput("neutrophils", 1.4, "×10⁹/L", day, ref_low="2.0", ref_high="7.5"), None, clock)
    labs.add_lab_result(journal, labs.LabInput("calcium", 2.4, "mmol/L", day, ref_low="n/a"), None, clock)
    by_id = {s.test_id: s for s in queries.lab_series(journal, clock)}
    assert (by_id["ca15_3"].group, by_id["ca15_3"].ref_low, by_id["ca15_3"].ref_high) == ("marker", None, 30.0)
    assert (by_id["neutrophils"].group, by_id["neutrophils"].ref_low, by_id["neutrophils"].ref_high) == ("count", 2.0, 7.5)
    assert by_id["calcium"].group == "other" and by_id["calcium"].ref_low is None
    assert by_id["ca15_3"].points[0].when.date() == day
    assert queries.parse_reference("3,5 - 5,0") == 3.5


def test_doses_cycles_and_plan_status(journal, clock):
    start = clock.today() - timedelta(days=30)
    line = plan.add_line(journal, name="Capecitabine", start=start)
    drug = plan.add_regimen_drug(journal, line.id, drug_id="capecitabine", pattern={"kind": "cycle_days", "length": 21, "days": list(range(1, 15))},
                                 times=[time(9)], start=start)
    record(journal, clock, (drug.id, start, 0), "taken", entered_by_id=None, at=_at(clock, 30, 10))
    record(journal, clock, (drug.id, start + timedelta(days=1), 0), "missed", entered_by_id=None)
    record(journal, clock, (drug.id, start + timedelta(days=2), 0), "held_by_team", entered_by_id=None)
    doses, cycles = queries.doses_and_cycles(journal, clock, start, clock.today() + timedelta(days=7))
    status = {d.day: d.status for d in doses}
    assert status[start] == "taken" and status[start + timedelta(days=1)] == "missed" and status[start + timedelta(days=2)] == "held"
    assert status[start + timedelta(days=3)] == "unrecorded"
    assert status[clock.today() + timedelta(days=1)] == "planned"
    assert [(c.day, c.number) for c in cycles] == [(start, 1), (start + timedelta(days=21), 2)]
    now = queries.plan_status(journal, clock.today())
    assert (now.line_number, now.line_name, now.cycle, now.cycle_day, now.cycle_length) == (1, "Capecitabine", 2, 10, 21)
    assert [b.name for b in queries.bands(journal)] == ["Capecitabine"]



def test_dose_statuses_seek_the_period_by_drug_not_the_whole_table(journal, clock):
    """The dose chart's statuses are read through ix_dose_events_planned (regimen drug, day):
    by day alone SQLite scanned every dose event ever recorded (issue 17: ~7 MB of pages kept
    in the connection's cache on a 20-year journal, for a 3-month chart)."""
    from sqlalchemy import event

    start = clock.today() - timedelta(days=10)
    line = plan.add_line(journal, name="Letrozole", start=start - timedelta(days=400))
    drug = plan.add_regimen_drug(journal, line.id, drug_id="letrozole", pattern={"kind": "interval", "every": 1, "unit": "days"},
                                 times=[time(9)],
                                 start=start - timedelta(days=400))
    record(journal, clock, (drug.id, start, 0), "taken", entered_by_id=None)
    seen: list[tuple[str, object]] = []

    def keep(_conn, _cursor, statement, parameters, _context, _many) -> None:
        if "FROM dose_events" in statement:
            seen.append((statement, parameters))

    event.listen(journal.engine, "before_cursor_execute", keep)
    try:
        doses, _cycles = queries.doses_and_cycles(journal, clock, start, clock.today())
    finally:
        event.remove(journal.engine, "before_cursor_execute", keep)
    assert {d.day: d.status for d in doses}[start] == "taken"
    assert len(seen) == 1
    with journal.connection(read_only=True) as conn:
        plan_rows = conn.connection.driver_connection.execute("EXPLAIN QUERY PLAN " + seen[0][0], seen[0][1]).fetchall()
    details = " ".join(row[-1] for row in plan_rows)
    assert "ix_dose_events_planned" in details and "SCAN dose_events" not in details, details

def test_questions_notes_and_details(journal, clock):
    keep = questions.add_question(journal, "Can I travel in May?", None, clock)
    done = questions.add_question(journal, "Is it safe to garden?", None, clock)
    questions.update_question(journal, done, "Is it safe to garden?", asked=True, answered=True)
    questions.add_note(journal, "Old note", None, _at(clock, 40), clock)
    questions.add_note(journal, "Recent note", None, _at(clock, 2), clock)
    assert [q.text for q in queries.open_questions(journal)] == ["Can I travel in May?"] and keep
    notes = queries.notes_between(journal, clock, clock.today() - timedelta(days=7), clock.today())
    assert [n.text for n in notes] == ["Recent note"]
    settings.set(journal, "date_of_birth", "1970-05-17")
    settings.set(journal, "diagnosis", [["Receptor status", "ER+ HER2−"], ["Sites", ""]])
    name, dob, facts = queries.patient_details(journal)
    assert (name, dob, facts) == ("Test Patient", date(1970, 5, 17), [("Receptor status", "ER+ HER2−")])


def test_every_scale_is_a_series_and_carer_entries_say_who(journal, clock):
    from tracker.services import people

    sam = people.add_carer(journal, "Sam").id
    diary.log_symptoms(journal, [SymptomRating("diarrhoea", frequency=3)], sam, _at(clock, 2), clock)
    diary.log_symptoms(journal, [SymptomRating("fatigue", severity=2, interference=3)], None, _at(clock, 1), clock)
    series = {s.symptom_id: s for s in queries.symptom_series(journal, clock, {"diarrhoea:frequency": "Durchfall (wie oft)"})}
    assert set(series) == {"diarrhoea:frequency", "fatigue", "fatigue:interference"}
    assert series["diarrhoea:frequency"].label == "Durchfall (wie oft)" and series["diarrhoea:frequency"].scale == "frequency"
    assert series["diarrhoea:frequency"].points[0].carer == "Sam" and series["fatigue"].points[0].carer is None
    assert series["fatigue:interference"].label == "Tiredness (fatigue) (effect on daily life)"
    assert [p.rating for p in series["fatigue:interference"].points] == [3]


def test_team_changes_latest_labs_and_what_counts_as_anti_cancer(journal, clock):
    today = clock.today()
    line = plan.add_line(journal, name="Capecitabine", start=today - timedelta(days=60))
    cape = plan.add_regimen_drug(journal, line.id, drug_id="capecitabine", pattern={"kind": "cycle_days", "length": 21, "days": list(range(1, 15))},
                                 times=[time(8)], start=today - timedelta(days=60))
    plan.add_adjustment(journal, cape.id, kind="delay", effective=today - timedelta(days=10), days=7, notes="Sore hands")
    plan.add_adjustment(journal, cape.id, kind="reduce", effective=today - timedelta(days=40), dose_text="1000 mg")
    changes = queries.team_changes(journal, today - timedelta(days=20), today)
    assert [(c.kind, c.what, c.days, c.notes) for c in changes] == [("delay", "capecitabine", 7, "Sore hands")]
    labs.add_lab_result(journal, labs.LabInput("neutrophils", 1.4, "×10⁹/L", today - timedelta(days=200)), None, clock)
    latest = queries.latest_labs(journal, clock, today - timedelta(days=30))
    assert [(s.test_id, p.when.date()) for s, p in latest] == [("neutrophils", today - timedelta(days=200))]
    assert queries.is_anti_cancer("capecitabine") and queries.is_anti_cancer("fulvestrant")
    assert not queries.is_anti_cancer("zoledronic_acid") and not queries.is_anti_cancer("dexamethasone")
    assert not queries.is_anti_cancer("custom")


def test_chart_points_carry_no_dict_each():
    """"All" on a 20-year journal holds ~480,000 symptom points at once: with slots each is
    64 B, not ~100 B (issue 17: the chart's peak 27 MB lower)."""
    from tracker.services.reports.data import DoseDay, SymptomPoint, ValuePoint

    now = datetime(2026, 1, 1, 9)
    for point in (SymptomPoint(now, 2), ValuePoint(now, 37.2), DoseDay(now.date(), "Letrozole", "taken")):
        assert not hasattr(point, "__dict__"), type(point).__name__

"""Exports: complete JSON that round-trips through import, CSV per kind, a valid FHIR R4 bundle."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.services import importer
from tracker.services.exports import csv_export, fhir_export, json_export

PASS = "correct horse battery staple"
LONDON = ZoneInfo("Europe/London")


def _at(y, m, d, h=9, minute=0):
    return datetime(y, m, d, h, minute, tzinfo=LONDON)


def fill(journal) -> None:
    """One of every kind of record, straight through the models (independent of form rules)."""
    from tracker.storage.models.core import Person, Setting
    from tracker.storage.models.diary import (
        DiaryLog,
        DiaryNote,
        LabResult,
        MeasurementEntry,
        Question,
        Scan,
        SymptomEntry,
    )
    from tracker.storage.models.plan import Appointment, DoseEvent, PlanAdjustment, RegimenDrug, TherapyLine

    now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    with journal.session() as s:
        carer = Person(kind="carer", name="Sam", relation="partner", created_at=now)
        s.add(carer)
        s.add(Setting(key="test.number", value_json="3"))
        s.flush()
        line1 = TherapyLine(number=1, name="Letrozole and palbociclib", start=date(2025, 1, 6), end=date(2026, 1, 31),
                            end_reason="progression", created_at=now)
        line2 = TherapyLine(number=2, name="Capecitabine", start=date(2026, 2, 2), created_at=now, notes="Tablets, café stop")
        s.add_all([line1, line2])
        s.flush()
        letro = RegimenDrug(line_id=line1.id, drug_id="letrozole", display_name="Letrozole", dose_text="2.5 mg once a day",
                            route="oral", pattern_json='{"kind": "interval", "every": 1, "unit": "days"}', times_json='["08:00"]', start=date(2025, 1, 6),
                            end=date(2026, 1, 31), created_at=now)
        cape = RegimenDrug(line_id=line2.id, drug_id="capecitabine", display_name="Capecitabine", dose_text="1500 mg twice a day",
                           route="oral", pattern_json='{"kind": "cycle_days", "length": 21, "days": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]}', times_json='["08:00", "20:00"]',
                           start=date(2026, 2, 2), created_at=now)
        s.add_all([letro, cape])
        s.flush()
        s.add(PlanAdjustment(regimen_drug_id=cape.id, kind="delay", effective=date(2026, 2, 23), days=7, created_at=now))
        s.add_all([
            DoseEvent(regimen_drug_id=cape.id, drug_id="capecitabine", planned_date=date(2026, 2, 2), slot=0, status="taken",
                      recorded_at=_at(2026, 2, 2, 8, 5), tz="Europe/London", created_at=now),
            DoseEvent(regimen_drug_id=cape.id, drug_id="capecitabine", planned_date=date(2026, 2, 2), slot=1, status="missed",
                      recorded_at=_at(2026, 2, 3, 7), tz="Europe/London", created_at=now, note="Fell asleep"),
        ])
        s.add(Appointment(kind="clinic", starts_at=_at(2026, 3, 12, 14, 30), tz="Europe/London", place="Oncology clinic",
                          created_at=now))
        log = DiaryLog(occurred_at=_at(2026, 2, 10, 20), tz="Europe/London", entered_at=now, entered_by_id=carer.id,
                       note="Bad evening")
        log2 = DiaryLog(occurred_at=_at(2026, 3, 5, 8), tz="Europe/London", entered_at=now)
        s.add_all([log, log2])
        s.flush()
        s.add_all([
            SymptomEntry(log_id=log.id, term_id="fatigue", severity=3, interference=2),
            SymptomEntry(log_id=log.id, term_id="hand_foot_soreness", severity=2, location="both feet", note="Red, “tight”"),
            SymptomEntry(log_id=log2.id, term_id="nausea", severity=1, frequency=1),
            MeasurementEntry(log_id=log.id, kind="temperature", value=38.4, unit="°C"),
            MeasurementEntry(log_id=log2.id, kind="weight", value=61.5, unit="kg"),
        ])
        timed = dict(tz="Europe/London", entered_at=now)
        s.add_all([
            LabResult(occurred_at=_at(2026, 2, 20), test="ca15_3", value=48.0, unit="U/mL", ref_high="< 30",
                      taken_on=date(2026, 2, 20), **timed),
            LabResult(occurred_at=_at(2026, 2, 20), test="neutrophils", value=1.2, unit="×10⁹/L", ref_low="2.0",
                      ref_high="7.5", taken_on=date(2026, 2, 20), **timed),
            LabResult(occurred_at=_at(2026, 2, 20), test="other", test_label="Magnesium", value=0.8, unit="mmol/L",
                      taken_on=date(2026, 2, 20), **timed),
            Scan(occurred_at=_at(2026, 1, 15), scan_type="CT chest, abdomen, pelvis", done_on=date(2026, 1, 15),
                 result_summary="Liver spots larger", **timed),
            DiaryNote(occurred_at=_at(2026, 2, 11, 10), text="Walked to the park, line one\nline two", **timed),
            Question(occurred_at=_at(2026, 3, 1), text="Can I have the flu jab?", asked=False, answered=False, **timed),
        ])


def test_json_export_import_export_identical(journal, data_dir, tmp_path, clock):
    fill(journal)
    first = json_export.export_json(journal, tmp_path / "one.json", clock=clock)
    result = importer.import_json(tmp_path / "other-data", first, PASS)
    try:
        assert result.rows == sum(len(t["rows"]) for t in json.loads(first.read_text())["tables"].values())
        second = json_export.export_json(result.journal, tmp_path / "two.json", clock=clock)
    finally:
        result.journal.close()
    assert first.read_bytes() == second.read_bytes()


def test_json_covers_every_table_in_stable_order(journal, clock):
    from tracker.storage.models import Base

    fill(journal)
    doc = json_export.build_export(journal, clock=clock)
    from tracker.storage.models.sync import LOCAL_ONLY

    shared = [t.name for t in Base.metadata.sorted_tables if not t.info.get(LOCAL_ONLY)]
    assert set(doc["tables"]) == set(shared) and "sync_state" not in doc["tables"]
    assert list(doc["tables"]) == shared
    people = doc["tables"]["people"]
    assert people["columns"] == sorted(people["columns"])
    ids = [row[people["columns"].index("id")] for row in people["rows"]]
    assert ids == sorted(ids)
    labs = doc["tables"]["lab_results"]
    row = labs["rows"][0]
    assert row[labs["columns"].index("taken_on")] == "2026-02-20"
    assert row[labs["columns"].index("occurred_at")] == "2026-02-20T09:00:00+00:00"
    assert doc["exported_at"] == clock.now().isoformat()


def test_json_export_is_what_the_per_cell_codec_gives(journal, clock):
    """The export reads the driver's rows and encodes column by column; every value (and its
    JSON type: true, not 1) is what SQLAlchemy's typed rows through `codec.encode` would give."""
    from sqlalchemy import select

    from tracker.services.exports import codec

    fill(journal)
    doc = json_export.build_export(journal, clock=clock)
    with journal.connection(read_only=True) as conn:
        for table in json_export.export_tables():
            columns = [table.c[name] for name in json_export.column_names(table)]
            order = list(table.primary_key.columns) or columns
            typed = conn.execute(select(*columns).order_by(*order)).all()
            expected = [[codec.encode(c, v) for c, v in zip(columns, row, strict=True)] for row in typed]
            assert json.dumps(doc["tables"][table.name]["rows"]) == json.dumps(expected), table.name


def test_column_encoders_agree_with_encode():
    from sqlalchemy import Boolean, Column, Date, Float, Integer, String

    from tracker.services.exports import codec
    from tracker.storage.models.base import UTCDateTime

    samples = [
        (Column("a", String()), "café"), (Column("b", Integer()), 7), (Column("c", Boolean()), True),
        (Column("d", Float()), 1.5), (Column("e", Float()), float("inf")), (Column("f", Date()), date(2026, 2, 20)),
        (Column("g", UTCDateTime()), datetime(2026, 2, 20, 9, tzinfo=UTC)),
        (Column("h", UTCDateTime()), datetime(2026, 2, 20, 9, 0, 0, 1500, tzinfo=UTC)),
    ]
    for column, value in samples:
        encode = codec.encoder(column)
        assert (value if encode is None else encode(value)) == codec.encode(column, value), column.name


def test_json_export_file_is_compact(journal, tmp_path, clock):
    """One line, no indent: json's C encoder runs only without one (the export of 20 years
    took four times as long indented)."""
    fill(journal)
    content = json_export.export_json(journal, tmp_path / "one.json", clock=clock).read_bytes()
    assert content.count(b"\n") == 1 and content.endswith(b"}\n")


def test_csv_folder_matches_rows(journal, tmp_path):
    fill(journal)
    out = csv_export.export_csv(journal, tmp_path / "csv")
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"{k}.csv" for k in (
        "symptoms", "measurements", "labs", "doses", "appointments", "lines_of_treatment", "local_treatments", "questions",
        "notes", "scans"))

    def read(name):
        with open(out / f"{name}.csv", newline="", encoding="utf-8-sig") as fh:
            return list(csv.DictReader(fh))

    symptoms = read("symptoms")
    assert [(r["Date and time"], r["Symptom"], r["Severity (0-4, patient-reported)"]) for r in symptoms] == [
        ("2026-02-10 20:00", "Tiredness (fatigue)", "3"), ("2026-02-10 20:00", "Sore hands or feet", "2"),
        ("2026-03-05 08:00", "Feeling sick (nausea)", "1")]
    assert symptoms[0]["Entered by"] == "Sam"
    assert symptoms[1]["Note"] == "Red, “tight”" and symptoms[1]["Where"] == "both feet"
    assert [(r["Measurement"], r["Value"], r["Unit"]) for r in read("measurements")] == [
        ("Temperature", "38.4", "°C"), ("Weight", "61.5", "kg")]
    labs = read("labs")
    assert [(r["Test"], r["Value"], r["Unit"], r["Reference range high"]) for r in labs] == [
        ("CA 15-3", "48", "U/mL", "< 30"), ("Neutrophils", "1.2", "×10⁹/L", "7.5"), ("Magnesium", "0.8", "mmol/L", "")]
    doses = read("doses")
    assert [(r["Planned day"], r["Dose of the day"], r["Medicine"], r["What happened"]) for r in doses] == [
        ("2026-02-02", "1", "Capecitabine", "Taken"), ("2026-02-02", "2", "Capecitabine", "Missed")]
    lines = read("lines_of_treatment")
    assert [(r["Line"], r["Name"], r["Ended"], r["Reason for ending"], r["Medicines"]) for r in lines] == [
        ("1", "Letrozole and palbociclib", "2026-01-31", "Cancer grew (progression)", "Letrozole"),
        ("2", "Capecitabine", "", "", "Capecitabine")]
    assert read("notes")[0]["Note"] == "Walked to the park, line one\nline two"
    assert read("questions")[0]["Question"] == "Can I have the flu jab?"
    assert read("appointments")[0]["Date and time"] == "2026-03-12 14:30"
    assert read("scans")[0]["Scan"] == "CT chest, abdomen, pelvis"


def test_csv_zip_and_date_range(journal, tmp_path):
    fill(journal)
    out = csv_export.export_csv(journal, tmp_path / "export.zip", date_from=date(2026, 2, 1), date_to=date(2026, 2, 28))
    with zipfile.ZipFile(out) as archive:
        symptoms = list(csv.DictReader(io.StringIO(archive.read("symptoms.csv").decode("utf-8-sig"))))
        lines = list(csv.DictReader(io.StringIO(archive.read("lines_of_treatment.csv").decode("utf-8-sig"))))
        scans = list(csv.DictReader(io.StringIO(archive.read("scans.csv").decode("utf-8-sig"))))
    assert {r["Date and time"][:10] for r in symptoms} == {"2026-02-10"}  # the March log is outside
    assert [r["Line"] for r in lines] == ["2"]  # line 1 ended in January
    assert scans == []


def test_fhir_bundle_validates_with_loinc_codes(journal, clock):
    from fhir.resources.R4B.bundle import Bundle

    fill(journal)
    bundle = fhir_export.build_bundle(journal, clock=clock)
    Bundle.model_validate(bundle)  # raises if not valid FHIR
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds.count("MedicationStatement") == 2
    assert kinds.count("QuestionnaireResponse") == 2
    codes = {c["code"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"
             for c in e["resource"]["code"].get("coding", [])}
    assert {"6875-9", "751-8", "8310-5", "29463-7"} <= codes
    statuses = {e["resource"]["medicationCodeableConcept"]["text"]: e["resource"]["status"]
                for e in bundle["entry"] if e["resource"]["resourceType"] == "MedicationStatement"}
    assert statuses == {"Letrozole": "stopped", "Capecitabine": "active"}
    qr = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "QuestionnaireResponse")
    assert qr["meta"]["tag"][0]["code"] == "carer-reported"  # the carer entered this log
    assert qr["item"][0]["item"][0]["answer"] == [{"valueInteger": 3}]
    assert "carer-reported" in qr["item"][0]["item"][0]["text"]
    urls = [e["fullUrl"] for e in bundle["entry"]]
    assert len(urls) == len(set(urls))
    assert fhir_export.build_bundle(journal, clock=clock) == bundle  # stable ids


def test_fhir_date_range_and_file(journal, clock, tmp_path):
    from fhir.resources.R4B.bundle import Bundle

    fill(journal)
    out = fhir_export.export_fhir(journal, tmp_path / "b.json", clock=clock, date_from=date(2026, 3, 1))
    bundle = json.loads(out.read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds.count("QuestionnaireResponse") == 1
    assert kinds.count("MedicationStatement") == 1
    assert not any(e["resource"].get("category", [{}])[0].get("coding", [{}])[0].get("code") == "laboratory"
                   for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation")


def test_empty_journal_exports(journal, tmp_path, clock):
    from fhir.resources.R4B.bundle import Bundle

    out = csv_export.export_csv(journal, tmp_path / "empty")
    with open(out / "symptoms.csv", newline="", encoding="utf-8-sig") as fh:
        assert len(list(csv.reader(fh))) == 1  # headers only
    Bundle.model_validate(fhir_export.build_bundle(journal, clock=clock))


@pytest.mark.parametrize("exporter", ["json", "csv", "fhir"])
def test_exports_are_owner_only(journal, tmp_path, clock, exporter):
    import os
    import stat

    if os.name != "posix":
        pytest.skip("permissions are POSIX")
    if exporter == "json":
        out = json_export.export_json(journal, tmp_path / "x.json", clock=clock)
    elif exporter == "csv":
        out = csv_export.export_csv(journal, tmp_path / "x.zip")
    else:
        out = fhir_export.export_fhir(journal, tmp_path / "x.json", clock=clock)
    assert stat.S_IMODE(out.stat().st_mode) & 0o077 == 0


def test_synthetic_journal_round_trips_and_validates(journal, tmp_path, clock):
    """A generated quarter-year of real-shaped data: every feature's rows survive the round trip."""
    from fhir.resources.R4B.bundle import Bundle

    from tracker.services.synthetic import generate

    generate(journal, years=0.25, end=date(2026, 3, 1))
    first = json_export.export_json(journal, tmp_path / "one.json", clock=clock)
    tables = json.loads(first.read_text())["tables"]
    assert sum(1 for t in tables.values() if t["rows"]) >= 8
    result = importer.import_json(tmp_path / "other", first, PASS)
    try:
        second = json_export.export_json(result.journal, tmp_path / "two.json", clock=clock)
    finally:
        result.journal.close()
    assert first.read_bytes() == second.read_bytes()
    Bundle.model_validate(fhir_export.build_bundle(journal, clock=clock))
    csv_export.export_csv(journal, tmp_path / "c.zip")


# -- FHIR: codes that match the units, patient-entered labs, ids that survive import ------------


def _add_labs(journal, rows):
    """rows: (test, value, unit, entered_by_id)."""
    from tracker.storage.models.diary import LabResult

    with journal.session() as s:
        for test, value, unit, who in rows:
            s.add(LabResult(occurred_at=_at(2026, 3, 2), tz="Europe/London", entered_at=_at(2026, 3, 2), test=test,
                            value=value, unit=unit, taken_on=date(2026, 3, 2), entered_by_id=who))


def _observations(bundle):
    return {(e["resource"]["code"]["text"], e["resource"]["valueQuantity"]["unit"]): e["resource"]
            for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"
            and e["resource"]["category"][0]["coding"][0]["code"] == "laboratory"}


@pytest.mark.parametrize("test,unit,loinc,ucum", [
    ("calcium", "mmol/L", "2000-8", "mmol/L"),
    ("calcium", "mg/dL", "17861-6", "mg/dL"),
    ("creatinine", "µmol/L", "14682-9", "umol/L"),
    ("creatinine", "μmol/l", "14682-9", "umol/L"),  # Greek mu, lower-case l: as people type it
    ("creatinine", "mg/dL", "2160-0", "mg/dL"),
    ("bilirubin", "µmol/L", "14631-6", "umol/L"),
    ("bilirubin", "mg/dL", "1975-2", "mg/dL"),
    ("haemoglobin", "g/dL", "718-7", "g/dL"),
    ("haemoglobin", "g/L", "718-7", "g/L"),
    ("ca15_3", "kU/L", "6875-9", "kU/L"),
    ("ca15_3", "U/mL", "6875-9", "U/mL"),
    ("alt", "IU/L", "1742-6", "[IU]/L"),
    ("platelets", "×10⁹/L", "777-3", "10*9/L"),
    ("neutrophils", "10^9/L", "751-8", "10*9/L"),
    ("cea", "ng/mL", "2039-6", "ng/mL"),
    ("glucose", "mmol/L", "14749-6", "mmol/L"),
    ("calcium", "U/L", None, "U/L"),  # a unit that does not fit calcium: no code rather than a wrong one
    ("creatinine", "furlongs", None, None),
])
def test_fhir_loinc_code_matches_the_unit_and_ucum_is_given(journal, clock, test, unit, loinc, ucum):
    from fhir.resources.R4B.bundle import Bundle

    _add_labs(journal, [(test, 2.5, unit, None)])
    bundle = fhir_export.build_bundle(journal, clock=clock)
    Bundle.model_validate(bundle)
    [lab] = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"]
    codes = [c["code"] for c in lab["code"].get("coding", [])]
    assert codes == ([loinc] if loinc else [])
    quantity = lab["valueQuantity"]
    assert quantity["unit"] == unit  # as the patient copied it
    assert quantity.get("code") == ucum
    assert (quantity.get("system") == "http://unitsofmeasure.org") == (ucum is not None)


def test_fhir_labs_are_tagged_patient_entered_and_carer_entered(journal, clock):
    from fhir.resources.R4B.bundle import Bundle

    from tracker.services import people

    carer = people.add_carer(journal, "Sam", "partner")
    _add_labs(journal, [("calcium", 2.4, "mmol/L", None), ("creatinine", 80.0, "µmol/L", carer.id)])
    bundle = fhir_export.build_bundle(journal, clock=clock)
    Bundle.model_validate(bundle)
    labs = _observations(bundle)
    calcium_tags = [t["code"] for t in labs[("Calcium", "mmol/L")]["meta"]["tag"]]
    creatinine_tags = [t["code"] for t in labs[("Creatinine", "µmol/L")]["meta"]["tag"]]
    assert calcium_tags == ["patient-entered"]
    assert creatinine_tags == ["patient-entered", "carer-entered"]


def test_fhir_ids_stable_across_export_import_export(journal, clock, tmp_path):
    from fhir.resources.R4B.bundle import Bundle

    fill(journal)
    _add_labs(journal, [("calcium", 2.4, "mmol/L", None)])
    before = fhir_export.build_bundle(journal, clock=clock)
    first = json_export.export_json(journal, tmp_path / "one.json", clock=clock)
    result = importer.import_json(tmp_path / "other-data", first, PASS)
    try:
        assert result.journal.journal_id != journal.journal_id
        after = fhir_export.build_bundle(result.journal, clock=clock)
    finally:
        result.journal.close()
    Bundle.model_validate(after)
    assert [e["fullUrl"] for e in after["entry"]] == [e["fullUrl"] for e in before["entry"]]
    assert after == before  # same records, same resources, same references


def test_fhir_ids_differ_between_journals(journal, clock, data_dir):
    from tracker.services.journals import create_journal

    other = create_journal(data_dir, "Someone else", PASS).journal
    try:
        theirs = fhir_export.build_bundle(other, clock=clock)["entry"][0]["fullUrl"]
    finally:
        other.close()
    assert fhir_export.build_bundle(journal, clock=clock)["entry"][0]["fullUrl"] != theirs


# -- CSV headers: words in a language, or stable keys ----------------------------------------


def test_every_csv_header_and_word_is_listed_for_translation():
    from tracker.render.csv_words import TEXTS

    english = {text for columns in csv_export.COLUMNS.values() for _key, text in columns} | set(csv_export.cell_words())
    assert english == set(TEXTS)


def test_csv_machine_headers_are_stable_keys_and_words_are_applied(journal, clock):
    fill(journal)
    keyed = {t.name: t for t in csv_export.collect(journal, machine_headers=True)}
    assert keyed["symptoms"].headers == ("occurred_at", "symptom", "severity", "frequency", "interference", "location",
                                         "note", "entered_by")
    assert all(key.isidentifier() and key.islower() for t in keyed.values() for key in t.headers)

    shout = csv_export.CsvWords(word=str.upper, symptom=lambda term: f"<{term}>", lab=lambda test, label: f"[{test}]")
    loud = {t.name: t for t in csv_export.collect(journal, words=shout)}
    assert loud["doses"].headers[0] == "PLANNED DAY"
    assert {row[3] for row in loud["doses"].rows} == {"TAKEN", "MISSED"}
    assert {row[1] for row in loud["symptoms"].rows} >= {"<fatigue>", "<nausea>"}
    assert "[ca15_3]" in {row[1] for row in loud["labs"].rows}
    assert loud["questions"].rows[0][2] == "NO"
    assert [r[:4] for r in loud["doses"].rows] != [r[:4] for r in keyed["doses"].rows]


def test_fhir_ratings_a_carer_entered_are_carer_reported(journal, clock):
    from fhir.resources.R4B.bundle import Bundle

    fill(journal)  # the February log was entered by the carer, the March one by the patient
    bundle = fhir_export.build_bundle(journal, clock=clock)
    Bundle.model_validate(bundle)
    responses = sorted((e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "QuestionnaireResponse"),
                       key=lambda r: r["authored"])
    assert [r["meta"]["tag"][0]["code"] for r in responses] == ["carer-reported", "patient-reported"]
    assert "carer-reported" in responses[0]["item"][0]["item"][0]["text"]
    assert "patient-reported" in responses[1]["item"][0]["item"][0]["text"]
    temperature = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"
                       and e["resource"]["code"].get("coding", [{}])[0].get("code") == "8310-5")
    assert temperature["meta"]["tag"][0]["code"] == "carer-reported"

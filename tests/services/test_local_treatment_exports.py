"""Local treatments in the exports: JSON round trip and import checks, CSV, FHIR Procedure."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime, time

import pytest

from tracker.domain.clock import FixedClock
from tracker.domain.local_treatments import LocalTreatment, course_days
from tracker.services import importer
from tracker.services import local_treatments as lts
from tracker.services.exports import csv_export, fhir_export, json_export

PASS = "correct horse battery staple"


@pytest.fixture
def march(london):
    return FixedClock(datetime(2025, 3, 5, 9, 0, tzinfo=london))


def fill(journal, clock):
    spine = lts.add(journal, clock, LocalTreatment(
        kind="radiotherapy", site="lower spine", days=course_days(date(2025, 3, 3), 5),
        dose_text="20 Gy in 5 fractions", aim="pain relief", at=time(10, 0)))
    drain = lts.add(journal, clock, LocalTreatment(
        kind="procedure", procedure_kind="pleural_drain", site="right lung", days=(date(2025, 2, 10),), at=None))
    brain = lts.add(journal, clock, LocalTreatment(
        kind="stereotactic", site="brain", days=(date(2025, 4, 1), date(2025, 4, 3), date(2025, 4, 5))))
    return spine, drain, brain


def test_fhir_procedures_validate_with_status_dates_and_codes(journal, march):
    from fhir.resources.R4B.bundle import Bundle

    fill(journal, march)
    bundle = fhir_export.build_bundle(journal, clock=march)
    Bundle.model_validate(bundle)
    procs = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Procedure"]
    got = {p["bodySite"][0]["text"]: p for p in procs}
    assert got["lower spine"]["status"] == "in-progress"
    assert got["lower spine"]["performedPeriod"] == {"start": "2025-03-03", "end": "2025-03-07"}
    assert got["lower spine"]["code"]["coding"][0]["code"] == "108290001"
    assert any("20 Gy in 5 fractions" in n["text"] for n in got["lower spine"]["note"])
    assert got["right lung"]["status"] == "completed"
    assert got["right lung"]["code"] == {"text": "Pleural drain"}  # no well-known code: text only
    assert got["brain"]["status"] == "preparation"
    ranged = fhir_export.build_bundle(journal, clock=march, date_from=date(2025, 3, 8))
    assert [e["resource"]["bodySite"][0]["text"] for e in ranged["entry"]
            if e["resource"]["resourceType"] == "Procedure"] == ["brain"]


def test_csv_lists_each_treatment_with_its_days(journal, march, tmp_path):
    fill(journal, march)
    out = csv_export.export_csv(journal, tmp_path / "csv")
    with open(out / "local_treatments.csv", newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["First day"], r["Last day"], r["Kind"], r["Where in the body"]) for r in rows] == [
        ("2025-02-10", "2025-02-10", "Pleural drain", "right lung"),
        ("2025-03-03", "2025-03-07", "Radiotherapy", "lower spine"),
        ("2025-04-01", "2025-04-05", "Stereotactic radiotherapy", "brain")]
    assert rows[1]["Treatment days"].count(";") == 4
    assert rows[1]["Dose and fractions (as the letter says)"] == "20 Gy in 5 fractions"
    with open(out / "appointments.csv", newline="", encoding="utf-8-sig") as fh:
        kinds = [r["Kind"] for r in csv.DictReader(fh)]
    assert kinds.count("Radiotherapy") == 8


def test_json_round_trips(journal, march, tmp_path):
    fill(journal, march)
    first = json_export.export_json(journal, tmp_path / "one.json", clock=march)
    result = importer.import_json(tmp_path / "other", first, PASS)
    try:
        assert [t.site for t in lts.all_treatments(result.journal)] == ["right lung", "lower spine", "brain"]
        second = json_export.export_json(result.journal, tmp_path / "two.json", clock=march)
    finally:
        result.journal.close()
    assert first.read_bytes() == second.read_bytes()


def _doctored(journal, march, tmp_path, change):
    fill(journal, march)
    doc = json_export.build_export(journal, clock=march)
    change(doc["tables"])
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _set(tables, table, column, value, row=0):
    block = tables[table]
    block["rows"][row][block["columns"].index(column)] = value


def _drop_days(tables):
    block = tables["local_treatment_days"]
    col = block["columns"].index("treatment_id")
    first = tables["local_treatments"]["rows"][0][tables["local_treatments"]["columns"].index("id")]
    block["rows"] = [r for r in block["rows"] if r[col] != first]


@pytest.mark.parametrize(("change", "field"), [
    (lambda t: _set(t, "local_treatments", "site", "  "), "site"),
    (_drop_days, "days"),
    (lambda t: _set(t, "local_treatment_days", "day", "2040-01-01"), "days"),
    (lambda t: _set(t, "local_treatments", "kind", "chemo"), "kind"),
])
def test_import_refuses_what_the_form_refuses(journal, march, tmp_path, change, field):
    path = _doctored(journal, march, tmp_path, change)
    with pytest.raises(importer.RecordImportRejected) as err:
        importer.import_json(tmp_path / "other", path, PASS)
    assert err.value.where.startswith("local_treatments") and err.value.where.endswith(field)
    assert not (tmp_path / "other").exists() or not any((tmp_path / "other").iterdir())

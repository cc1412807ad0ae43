"""FHIR R4 export for patient portals: a Bundle of type "collection".

- MedicationStatement: each drug in each line of treatment (text names; the dose exactly as
  the team wrote it).
- Observation: tumour markers and blood counts (LOINC codes below, UCUM units when known),
  body temperature and weight (vital signs).
- QuestionnaireResponse: each diary log's symptom ratings, 0–4, tagged patient-reported.

Resource ids are stable (UUID 5 of the journal id and the record), so exporting twice gives
the same references. Only standard R4 elements are used (they validate as R4 and R4B).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from tracker.domain.clock import Clock
from tracker.storage.atomic import atomic_write_bytes
from tracker.storage.journal import OpenJournal

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
TAG_SYSTEM = "https://treatment-journey.invalid/fhir/tags"
PATIENT_REPORTED = {"system": TAG_SYSTEM, "code": "patient-reported", "display": "Patient-reported"}

#: lab test id -> (LOINC code, LOINC display)
LAB_LOINC: dict[str, tuple[str, str]] = {
    "ca15_3": ("6875-9", "Cancer Ag 15-3 [Units/volume] in Serum or Plasma"),
    "cea": ("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma"),
    "ca27_29": ("17842-6", "Cancer Ag 27-29 [Units/volume] in Serum or Plasma"),
    "haemoglobin": ("718-7", "Hemoglobin [Mass/volume] in Blood"),
    "white_cells": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count"),
    "neutrophils": ("751-8", "Neutrophils [#/volume] in Blood by Automated count"),
    "platelets": ("777-3", "Platelets [#/volume] in Blood by Automated count"),
    "calcium": ("17861-6", "Calcium [Mass/volume] in Serum or Plasma"),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma"),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma"),
    "bilirubin": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"),
    "alp": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma"),
    "creatinine": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"),
}
VITAL_LOINC = {"temperature": ("8310-5", "Body temperature"), "weight": ("29463-7", "Body weight")}
#: units as people type them -> UCUM code
UCUM_CODES = {
    "U/mL": "U/mL", "µg/L": "ug/L", "ug/L": "ug/L", "ng/mL": "ng/mL", "g/L": "g/L", "g/dL": "g/dL",
    "×10⁹/L": "10*9/L", "x10^9/L": "10*9/L", "mmol/L": "mmol/L", "mg/dL": "mg/dL", "U/L": "U/L",
    "µmol/L": "umol/L", "umol/L": "umol/L", "°C": "Cel", "°F": "[degF]", "kg": "kg", "lb": "[lb_av]",
}
STATUS_ACTIVE, STATUS_COMPLETED, STATUS_STOPPED = "active", "completed", "stopped"


class _Ids:
    def __init__(self, journal_id: str) -> None:
        self._ns = uuid.uuid5(uuid.NAMESPACE_URL, f"treatment-journey:{journal_id}")

    def __call__(self, kind: str, key: Any) -> str:
        return f"urn:uuid:{uuid.uuid5(self._ns, f'{kind}/{key}')}"


def _instant(value: datetime) -> str:
    return value.astimezone(UTC).replace(microsecond=0).isoformat()


def _local_day(value: datetime, tz: str | None) -> date:
    try:
        return value.astimezone(ZoneInfo(tz)).date() if tz else value.date()
    except (KeyError, ValueError):
        return value.date()


def _quantity(value: float, unit: str) -> dict[str, Any]:
    quantity: dict[str, Any] = {"value": value, "unit": unit}
    code = UCUM_CODES.get(unit)
    if code:
        quantity.update(system=UCUM, code=code)
    return quantity


def _in(day: date, date_from: date | None, date_to: date | None) -> bool:
    return (date_from is None or day >= date_from) and (date_to is None or day <= date_to)


def build_bundle(
    journal: OpenJournal,
    *,
    clock: Clock | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> dict[str, Any]:
    from tracker.domain.measurements import LAB_TESTS
    from tracker.domain.symptoms import term
    from tracker.storage.models.core import Person
    from tracker.storage.models.diary import DiaryLog, LabResult, MeasurementEntry, SymptomEntry
    from tracker.storage.models.plan import RegimenDrug, TherapyLine

    now = clock.now() if clock is not None else datetime.now(UTC)
    today = now.date()
    ids = _Ids(journal.journal_id)
    lab_names = {t[0]: t[1] for t in LAB_TESTS}
    entries: list[dict[str, Any]] = []

    def add(url: str, resource: dict[str, Any]) -> None:
        entries.append({"fullUrl": url, "resource": resource})

    with journal.connection() as conn:
        patient_row = conn.execute(select(Person).where(Person.kind == "patient").order_by(Person.id)).first()
        patient_url = ids("patient", patient_row.id if patient_row else 0)
        subject = {"reference": patient_url}
        add(patient_url, {"resourceType": "Patient", "name": [{"text": patient_row.name if patient_row else journal.display_name}]})

        lines = {r.id: r for r in conn.execute(select(TherapyLine).where(TherapyLine.deleted_at.is_(None)))}
        for drug in conn.execute(select(RegimenDrug).where(RegimenDrug.deleted_at.is_(None)).order_by(RegimenDrug.id)):
            line = lines.get(drug.line_id)
            if line is None:
                continue
            end = min((d for d in (drug.end, line.end) if d is not None), default=None)
            if not _overlaps(drug.start, end, date_from, date_to):
                continue
            if end is None or end >= today:
                status = STATUS_ACTIVE
            else:
                status = STATUS_STOPPED if line.end_reason in ("progression", "side_effects", "own_choice") else STATUS_COMPLETED
            period = {"start": drug.start.isoformat()}
            if end is not None:
                period["end"] = end.isoformat()
            resource: dict[str, Any] = {
                "resourceType": "MedicationStatement",
                "status": status,
                "medicationCodeableConcept": {"text": drug.display_name},
                "subject": subject,
                "effectivePeriod": period,
                "note": [{"text": f"Line {line.number} of treatment: {line.name}"}],
            }
            dosage: dict[str, Any] = {}
            if drug.dose_text:
                dosage["text"] = drug.dose_text
            if drug.route:
                dosage["route"] = {"text": drug.route}
            if dosage:
                resource["dosage"] = [dosage]
            add(ids("medication", drug.id), resource)

        for lab in conn.execute(select(LabResult).where(LabResult.deleted_at.is_(None)).order_by(LabResult.taken_on, LabResult.id)):
            if not _in(lab.taken_on, date_from, date_to):
                continue
            name = lab.test_label if lab.test == "other" and lab.test_label else lab_names.get(lab.test, lab.test)
            code: dict[str, Any] = {"text": name}
            if lab.test in LAB_LOINC:
                loinc, display = LAB_LOINC[lab.test]
                code["coding"] = [{"system": LOINC, "code": loinc, "display": display}]
            resource = {
                "resourceType": "Observation",
                "status": "final",
                "category": [{"coding": [{"system": OBS_CATEGORY, "code": "laboratory", "display": "Laboratory"}]}],
                "code": code,
                "subject": subject,
                "effectiveDateTime": lab.taken_on.isoformat(),
                "valueQuantity": _quantity(lab.value, lab.unit),
            }
            ref = " – ".join(part for part in (lab.ref_low, lab.ref_high) if part)
            if ref:
                resource["referenceRange"] = [{"text": ref}]
            if lab.note:
                resource["note"] = [{"text": lab.note}]
            add(ids("lab", lab.id), resource)

        for m in conn.execute(
            select(MeasurementEntry.__table__, DiaryLog.occurred_at.label("log_at"), DiaryLog.tz.label("log_tz"))
            .join(DiaryLog, MeasurementEntry.log_id == DiaryLog.id)
            .where(DiaryLog.deleted_at.is_(None))
            .order_by(DiaryLog.occurred_at, MeasurementEntry.id)
        ):
            if not _in(_local_day(m.log_at, m.log_tz), date_from, date_to):
                continue
            code = {"text": m.label or m.kind.capitalize()}
            category = "vital-signs" if m.kind in VITAL_LOINC else "survey"
            if m.kind in VITAL_LOINC:
                loinc, display = VITAL_LOINC[m.kind]
                code = {"coding": [{"system": LOINC, "code": loinc, "display": display}], "text": display}
            add(ids("measurement", m.id), {
                "resourceType": "Observation",
                "meta": {"tag": [PATIENT_REPORTED]},
                "status": "final",
                "category": [{"coding": [{"system": OBS_CATEGORY, "code": category}]}],
                "code": code,
                "subject": subject,
                "effectiveDateTime": _instant(m.log_at),
                "valueQuantity": _quantity(m.value, m.unit),
            })

        ratings: dict[int, list[list[Any]]] = {}
        logs: dict[int, tuple[datetime, str]] = {}
        # Plain tuples: attribute access on result rows is the slow part for a journal of years.
        for log_id, log_at, log_tz, *rating in conn.execute(
            select(SymptomEntry.log_id, DiaryLog.occurred_at, DiaryLog.tz, SymptomEntry.term_id, SymptomEntry.severity,
                   SymptomEntry.frequency, SymptomEntry.interference, SymptomEntry.location, SymptomEntry.note)
            .join(DiaryLog, SymptomEntry.log_id == DiaryLog.id)
            .where(DiaryLog.deleted_at.is_(None))
            .order_by(DiaryLog.occurred_at, DiaryLog.id, SymptomEntry.id)
        ):
            if _in(_local_day(log_at, log_tz), date_from, date_to):
                ratings.setdefault(log_id, []).append(rating)
                logs[log_id] = (log_at, log_tz)
        for log_id, items in ratings.items():
            add(ids("symptoms", log_id), {
                "resourceType": "QuestionnaireResponse",
                "meta": {"tag": [PATIENT_REPORTED]},
                "status": "completed",
                "subject": subject,
                "source": subject,
                "authored": _instant(logs[log_id][0]),
                "item": [_symptom_item(*rating, term=term) for rating in items],
            })
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": _instant(now),
        "meta": {"tag": [{"system": TAG_SYSTEM, "code": "treatment-journey-export"}]},
        "entry": entries,
    }


ATTRIBUTE_TEXT = (
    ("severity", "Severity (patient-reported, 0 none to 4 very severe)"),
    ("frequency", "How often (patient-reported, 0 never to 4 almost constantly)"),
    ("interference", "Effect on daily life (patient-reported, 0 not at all to 4 very much)"),
)


def _symptom_item(term_id: str, severity: int | None, frequency: int | None, interference: int | None,
                  location: str | None, note: str | None, *, term: Callable[[str], Any]) -> dict[str, Any]:
    found = term(term_id)
    answers = []
    for (attribute, text), value in zip(ATTRIBUTE_TEXT, (severity, frequency, interference), strict=True):
        if value is not None:
            answers.append({"linkId": f"{term_id}.{attribute}", "text": text, "answer": [{"valueInteger": int(value)}]})
    if location:
        answers.append({"linkId": f"{term_id}.location", "text": "Where", "answer": [{"valueString": location}]})
    if note:
        answers.append({"linkId": f"{term_id}.note", "text": "Note", "answer": [{"valueString": note}]})
    item: dict[str, Any] = {"linkId": term_id, "text": found.name if found else term_id}
    if answers:
        item["item"] = answers
    return item


def _overlaps(start: date, end: date | None, date_from: date | None, date_to: date | None) -> bool:
    return (date_to is None or start <= date_to) and (date_from is None or end is None or end >= date_from)


def export_fhir(
    journal: OpenJournal,
    out_path: Path,
    *,
    clock: Clock | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    progress: Callable[..., None] | None = None,
) -> Path:
    """Write the bundle as JSON (atomically, owner-only). Not encrypted."""
    bundle = build_bundle(journal, clock=clock, date_from=date_from, date_to=date_to)
    text = json.dumps(bundle, ensure_ascii=False, separators=(",", ":"))  # compact: portals read it, not people
    atomic_write_bytes(Path(out_path), (text + "\n").encode("utf-8"))
    return Path(out_path)

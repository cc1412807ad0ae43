"""FHIR R4 export for patient portals: a Bundle of type "collection".

- MedicationStatement: each drug in each line of treatment (text names; the dose exactly as
  the team wrote it).
- Observation: tumour markers, blood counts and chemistry, tagged patient-entered (copied
  from a lab report by the patient or a carer; the lab did not send them), with the LOINC
  code that matches the unit (calcium in mmol/L is 2000-8, in mg/dL 17861-6) and the UCUM
  code of the unit when it is one we know; body temperature and weight (vital signs).
- Procedure: each local treatment (radiotherapy course, stereotactic treatment, surgery, a
  procedure such as a drain), its first to last day as performedPeriod and its status by
  those days (preparation, in-progress, completed); a SNOMED CT code only where a well-known
  one exists (radiotherapy 108290001, surgery 387713003), its name as text always.
- QuestionnaireResponse: each diary log's symptom ratings, 0–4, tagged patient-reported, or
  carer-reported when a carer entered the log (measurements likewise).

Resource ids are stable (UUID 5 of the patient record and each record's id), so exporting
twice, or from a journal imported from a JSON export of this one, gives the same ids. Only standard R4 elements are used (they validate as R4 and R4B).
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
PATIENT_ENTERED = {"system": TAG_SYSTEM, "code": "patient-entered",
                   "display": "Entered by the patient from a lab report (not sent by the lab)"}
CARER_ENTERED = {"system": TAG_SYSTEM, "code": "carer-entered", "display": "Entered by a carer on the patient's behalf"}
CARER_REPORTED = {"system": TAG_SYSTEM, "code": "carer-reported", "display": "Carer-reported (a carer entered it)"}

# What a unit measures, so the LOINC code can say the same: a calcium in mmol/L is a
# "Moles/volume" observation (2000-8), in mg/dL a "Mass/volume" one (17861-6).
MASS, MOLES, UNITS, COUNT, ACTIVITY = "mass", "moles", "units", "count", "activity"

#: lab test id -> {what the unit measures: (LOINC code, LOINC display)}. A value whose unit
#: measures something else gets no LOINC code (its name only), never a code that contradicts it.
LAB_LOINC: dict[str, dict[str, tuple[str, str]]] = {
    "ca15_3": {UNITS: ("6875-9", "Cancer Ag 15-3 [Units/volume] in Serum or Plasma")},
    "cea": {MASS: ("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma")},
    "ca27_29": {UNITS: ("17842-6", "Cancer Ag 27-29 [Units/volume] in Serum or Plasma")},
    "haemoglobin": {MASS: ("718-7", "Hemoglobin [Mass/volume] in Blood"),
                    MOLES: ("59260-0", "Hemoglobin [Moles/volume] in Blood")},
    "white_cells": {COUNT: ("6690-2", "Leukocytes [#/volume] in Blood by Automated count")},
    "neutrophils": {COUNT: ("751-8", "Neutrophils [#/volume] in Blood by Automated count")},
    "platelets": {COUNT: ("777-3", "Platelets [#/volume] in Blood by Automated count")},
    "calcium": {MOLES: ("2000-8", "Calcium [Moles/volume] in Serum or Plasma"),
                MASS: ("17861-6", "Calcium [Mass/volume] in Serum or Plasma")},
    "alt": {ACTIVITY: ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma")},
    "ast": {ACTIVITY: ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma")},
    "bilirubin": {MOLES: ("14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma"),
                  MASS: ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma")},
    "alp": {ACTIVITY: ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma")},
    "creatinine": {MOLES: ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma"),
                   MASS: ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma")},
    "glucose": {MOLES: ("14749-6", "Glucose [Moles/volume] in Serum or Plasma"),
                MASS: ("2345-7", "Glucose [Mass/volume] in Serum or Plasma")},
}
VITAL_LOINC = {"temperature": ("8310-5", "Body temperature"), "weight": ("29463-7", "Body weight")}

#: UCUM code -> what it measures. Units as people type them are first tidied (`ucum_code`).
UCUM_UNITS: dict[str, str | None] = {
    "g/L": MASS, "g/dL": MASS, "mg/dL": MASS, "mg/L": MASS, "ug/L": MASS, "ng/mL": MASS, "ug/mL": MASS,
    "mol/L": MOLES, "mmol/L": MOLES, "umol/L": MOLES, "nmol/L": MOLES, "pmol/L": MOLES,
    "U/mL": UNITS, "kU/L": UNITS, "[IU]/mL": UNITS, "k[IU]/L": UNITS,
    "U/L": ACTIVITY, "[IU]/L": ACTIVITY, "ukat/L": ACTIVITY,
    "10*9/L": COUNT, "10*12/L": COUNT, "10*3/uL": COUNT,
    "Cel": None, "[degF]": None, "kg": None, "[lb_av]": None, "%": None,
}
_UNIT_SPELLINGS = {"°c": "Cel", "°f": "[degF]", "lb": "[lb_av]", "lbs": "[lb_av]", "iu/l": "[IU]/L",
                   "iu/ml": "[IU]/mL", "kiu/l": "k[IU]/L", "µkat/l": "ukat/L"}
_BY_FOLDED = {code.casefold(): code for code in UCUM_UNITS}
STATUS_ACTIVE, STATUS_COMPLETED, STATUS_STOPPED = "active", "completed", "stopped"
SNOMED = "http://snomed.info/sct"
#: Local treatment kind -> (SNOMED CT code, display) where a well-known one exists.
PROCEDURE_SNOMED = {
    "radiotherapy": ("108290001", "Radiation oncology AND/OR radiotherapy"),
    "stereotactic": ("108290001", "Radiation oncology AND/OR radiotherapy"),
    "surgery": ("387713003", "Surgical procedure"),
}
PROCEDURE_STATUS = {"preparation": "preparation", "in_progress": "in-progress", "completed": "completed"}


class _Ids:
    def __init__(self, key: str) -> None:
        self._ns = uuid.uuid5(uuid.NAMESPACE_URL, f"treatment-journey:{key}")

    def __call__(self, kind: str, key: Any) -> str:
        return f"urn:uuid:{uuid.uuid5(self._ns, f'{kind}/{key}')}"


def _namespace_key(journal: OpenJournal, patient_row: Any) -> str:
    """What resource ids are derived from. Not the journal id, which a JSON export → import
    changes: the patient record (its id and the instant it was made) travels with the data,
    so the same records keep the same ids in a journal made from an export of this one."""
    if patient_row is None:
        return journal.journal_id
    return f"patient/{patient_row.id}/{_instant_exact(patient_row.created_at)}"


def _instant_exact(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _instant(value: datetime) -> str:
    return value.astimezone(UTC).replace(microsecond=0).isoformat()


def _local_day(value: datetime, tz: str | None) -> date:
    try:
        return value.astimezone(ZoneInfo(tz)).date() if tz else value.date()
    except (KeyError, ValueError):
        return value.date()


def ucum_code(unit: str | None) -> str | None:
    """The UCUM code for a unit as a person typed it ("×10⁹/L", "µmol/l", "IU/L"), or None."""
    text = (unit or "").strip().replace(" ", "")
    if not text:
        return None
    text = text.replace("μ", "u").replace("µ", "u")  # Greek mu and the micro sign
    for power in ("×10", "x10", "X10", "*10"):
        if text.startswith(power):
            text = "10" + text[len(power):]
    text = text.translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")).replace("10^", "10*")
    if text.startswith("10") and not text.startswith("10*") and text[2:3].isdigit():
        text = "10*" + text[2:]  # "109/L" from a lost superscript
    folded = text.casefold()
    spelled = _UNIT_SPELLINGS.get((unit or "").strip().casefold()) or _UNIT_SPELLINGS.get(folded)
    return spelled or _BY_FOLDED.get(folded)


def lab_loinc(test: str, unit: str | None) -> tuple[str, str] | None:
    """The LOINC (code, display) for a test in this unit, or None when none fits the unit."""
    codes = LAB_LOINC.get(test)
    if not codes:
        return None
    code = ucum_code(unit)
    return codes.get(UCUM_UNITS.get(code) or "") if code else None


def _quantity(value: float, unit: str) -> dict[str, Any]:
    quantity: dict[str, Any] = {"value": value, "unit": unit}
    code = ucum_code(unit)
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
    lab_names = {t[0]: t[1] for t in LAB_TESTS}
    entries: list[dict[str, Any]] = []

    def add(url: str, resource: dict[str, Any]) -> None:
        entries.append({"fullUrl": url, "resource": resource})

    with journal.connection(read_only=True) as conn:
        patient_row = conn.execute(select(Person).where(Person.kind == "patient").order_by(Person.id)).first()
        carers = {pid for (pid,) in conn.execute(select(Person.id).where(Person.kind == "carer"))}
        ids = _Ids(_namespace_key(journal, patient_row))
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
            found = lab_loinc(lab.test, lab.unit)
            if found is not None:
                loinc, display = found
                code["coding"] = [{"system": LOINC, "code": loinc, "display": display}]
            # The lab measured it; the patient (or a carer) copied it into the app.
            tags = [PATIENT_ENTERED] + ([CARER_ENTERED] if lab.entered_by_id in carers else [])
            resource = {
                "resourceType": "Observation",
                "meta": {"tag": tags},
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
            select(MeasurementEntry.__table__, DiaryLog.occurred_at.label("log_at"), DiaryLog.tz.label("log_tz"),
                   DiaryLog.entered_by_id.label("log_by"))
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
                "meta": {"tag": [CARER_REPORTED if m.log_by in carers else PATIENT_REPORTED]},
                "status": "final",
                "category": [{"coding": [{"system": OBS_CATEGORY, "code": category}]}],
                "code": code,
                "subject": subject,
                "effectiveDateTime": _instant(m.log_at),
                "valueQuantity": _quantity(m.value, m.unit),
            })

        for url, resource in _procedures(conn, ids, subject, today, date_from, date_to):
            add(url, resource)

        ratings: dict[int, list[list[Any]]] = {}
        logs: dict[int, tuple[datetime, str, int | None]] = {}
        # Plain tuples: attribute access on result rows is the slow part for a journal of years.
        for log_id, log_at, log_tz, log_by, *rating in conn.execute(
            select(SymptomEntry.log_id, DiaryLog.occurred_at, DiaryLog.tz, DiaryLog.entered_by_id, SymptomEntry.term_id,
                   SymptomEntry.severity,
                   SymptomEntry.frequency, SymptomEntry.interference, SymptomEntry.location, SymptomEntry.note)
            .join(DiaryLog, SymptomEntry.log_id == DiaryLog.id)
            .where(DiaryLog.deleted_at.is_(None))
            .order_by(DiaryLog.occurred_at, DiaryLog.id, SymptomEntry.id)
        ):
            if _in(_local_day(log_at, log_tz), date_from, date_to):
                ratings.setdefault(log_id, []).append(rating)
                logs[log_id] = (log_at, log_tz, log_by)
        for log_id, items in ratings.items():
            by_carer = logs[log_id][2] in carers
            add(ids("symptoms", log_id), {
                "resourceType": "QuestionnaireResponse",
                # Ratings are the person's own report; a carer's entry says so, never "patient".
                "meta": {"tag": [CARER_REPORTED if by_carer else PATIENT_REPORTED]},
                "status": "completed",
                "subject": subject,
                "source": subject,
                "authored": _instant(logs[log_id][0]),
                "item": [_symptom_item(*rating, term=term, reporter="carer" if by_carer else "patient") for rating in items],
            })
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": _instant(now),
        "meta": {"tag": [{"system": TAG_SYSTEM, "code": "treatment-journey-export"}]},
        "entry": entries,
    }


def _procedures(conn: Any, ids: _Ids, subject: dict[str, Any], today: date, date_from: date | None,
                date_to: date | None) -> list[tuple[str, dict[str, Any]]]:
    from tracker.services.exports.csv_export import LOCAL_KINDS
    from tracker.storage.models.local_treatments import LocalTreatment, LocalTreatmentDay

    days: dict[int, list[date]] = {}
    for tid, day in conn.execute(select(LocalTreatmentDay.treatment_id, LocalTreatmentDay.day)
                                 .where(LocalTreatmentDay.deleted_at.is_(None)).order_by(LocalTreatmentDay.day)):
        days.setdefault(tid, []).append(day)
    out = []
    for r in conn.execute(select(LocalTreatment).where(LocalTreatment.deleted_at.is_(None)).order_by(LocalTreatment.id)):
        own = days.get(r.id)
        if not own or not _overlaps(own[0], own[-1], date_from, date_to):
            continue
        status = "preparation" if today < own[0] else ("completed" if today > own[-1] else "in-progress")
        name_key = r.procedure_kind if r.kind == "procedure" and r.procedure_kind else r.kind
        code: dict[str, Any] = {"text": LOCAL_KINDS.get(name_key, name_key)}
        found = PROCEDURE_SNOMED.get(r.kind)
        if found is not None:
            code["coding"] = [{"system": SNOMED, "code": found[0], "display": found[1]}]
        notes = [f"Treatment days: {', '.join(d.isoformat() for d in own)}"]
        if r.dose_text:
            notes.append(f"Dose and fractions (as the letter says): {r.dose_text}")
        if r.aim:
            notes.append(f"Aim: {r.aim}")
        if r.notes:
            notes.append(r.notes)
        out.append((ids("procedure", r.id), {
            "resourceType": "Procedure",
            "status": status,
            "code": code,
            "subject": subject,
            "performedPeriod": {"start": own[0].isoformat(), "end": own[-1].isoformat()},
            "bodySite": [{"text": r.site}],
            "note": [{"text": text} for text in notes],
        }))
    return out


ATTRIBUTE_TEXT = (
    ("severity", "Severity ({reporter}-reported, 0 none to 4 very severe)"),
    ("frequency", "How often ({reporter}-reported, 0 never to 4 almost constantly)"),
    ("interference", "Effect on daily life ({reporter}-reported, 0 not at all to 4 very much)"),
)


def _symptom_item(term_id: str, severity: int | None, frequency: int | None, interference: int | None,
                  location: str | None, note: str | None, *, term: Callable[[str], Any],
                  reporter: str = "patient") -> dict[str, Any]:
    found = term(term_id)
    answers = []
    for (attribute, text), value in zip(ATTRIBUTE_TEXT, (severity, frequency, interference), strict=True):
        if value is not None:
            answers.append({"linkId": f"{term_id}.{attribute}", "text": text.format(reporter=reporter),
                            "answer": [{"valueInteger": int(value)}]})
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

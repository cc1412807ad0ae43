"""CSV export: one file per kind of record, with headers a person (or a clinic) can read.

Kinds: symptoms, measurements, labs, doses, appointments, lines of treatment, local
treatments (radiotherapy, surgery, procedures), questions, notes and scans. Deleted records are left out. Times are the local wall-clock time the
person was in when it happened (`tz` column), written YYYY-MM-DD HH:MM; ratings are 0–4
and patient-reported. Written as UTF-8 with a byte-order mark so spreadsheets show accents.
A date range keeps records whose day falls inside it (lines of treatment that overlap it).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from tracker.storage.atomic import atomic_write_bytes
from tracker.storage.journal import OpenJournal
from tracker.storage.paths import ensure_private_dir

ENCODING = "utf-8-sig"

STATUS_WORDS = {"taken": "Taken", "missed": "Missed", "skipped": "Skipped", "held_by_team": "Held by the team"}
END_REASONS = {
    "progression": "Cancer grew (progression)",
    "side_effects": "Side effects",
    "completed": "Completed",
    "own_choice": "Own choice",
    "other": "Other",
}
MEASUREMENT_KINDS = {"temperature": "Temperature", "weight": "Weight", "other": "Other"}
APPOINTMENT_KINDS = {"clinic": "Clinic visit", "scan": "Scan", "blood_test": "Blood test", "infusion": "Infusion", "other": "Other",
                     "radiotherapy": "Radiotherapy", "procedure": "Procedure or operation"}
#: A local treatment's kind, or for a procedure what it was.
LOCAL_KINDS = {"radiotherapy": "Radiotherapy", "stereotactic": "Stereotactic radiotherapy", "surgery": "Surgery",
               "pleural_drain": "Pleural drain", "ascitic_drain": "Ascitic drain", "vertebroplasty": "Vertebroplasty",
               "ablation": "Ablation", "other": "Other procedure"}


@dataclass(frozen=True)
class CsvTable:
    name: str  # file name without .csv
    headers: tuple[str, ...]
    rows: list[tuple[Any, ...]]


def _local(instant: datetime | None, tz: str | None) -> datetime | None:
    if instant is None:
        return None
    try:
        return instant.astimezone(ZoneInfo(tz)) if tz else instant
    except (KeyError, ValueError):
        return instant


def _when(instant: datetime | None, tz: str | None) -> str:
    local = _local(instant, tz)
    return "" if local is None else local.strftime("%Y-%m-%d %H:%M")  # a data format, not shown in the app


def _day(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return repr(float(value)).removesuffix(".0") if float(value).is_integer() else repr(float(value))


def _opt(value: int | None) -> str:
    return "" if value is None else str(value)


#: Each file's columns: (stable machine-readable key, English header). Keys never change
#: between versions or languages; scripts should read them (`--machine-headers`).
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "symptoms": (("occurred_at", "Date and time"), ("symptom", "Symptom"),
                 ("severity", "Severity (0-4, patient-reported)"), ("frequency", "How often (0-4, patient-reported)"),
                 ("interference", "Effect on daily life (0-4, patient-reported)"), ("location", "Where"),
                 ("note", "Note"), ("entered_by", "Entered by")),
    "measurements": (("occurred_at", "Date and time"), ("measurement", "Measurement"), ("value", "Value"),
                     ("unit", "Unit"), ("entered_by", "Entered by")),
    "labs": (("taken_on", "Date taken"), ("test", "Test"), ("value", "Value"), ("unit", "Unit"),
             ("ref_low", "Reference range low"), ("ref_high", "Reference range high"), ("note", "Note"),
             ("entered_by", "Entered by")),
    "doses": (("planned_date", "Planned day"), ("slot", "Dose of the day"), ("medicine", "Medicine"),
              ("status", "What happened"), ("recorded_at", "Recorded at"), ("note", "Note"), ("entered_by", "Entered by")),
    "appointments": (("starts_at", "Date and time"), ("kind", "Kind"), ("place", "Place"), ("notes", "Notes")),
    "lines_of_treatment": (("line", "Line"), ("name", "Name"), ("start", "Started"), ("end", "Ended"),
                           ("end_reason", "Reason for ending"), ("medicines", "Medicines"), ("notes", "Notes")),
    "local_treatments": (("first_day", "First day"), ("last_day", "Last day"), ("days", "Treatment days"),
                         ("kind", "Kind"), ("site", "Where in the body"), ("aim", "Aim"),
                         ("dose", "Dose and fractions (as the letter says)"), ("notes", "Notes"),
                         ("entered_by", "Entered by")),
    "questions": (("written_at", "Written on"), ("question", "Question"), ("asked", "Asked"), ("answered", "Answered"),
                  ("answer", "Answer"), ("entered_by", "Entered by")),
    "notes": (("occurred_at", "Date and time"), ("note", "Note"), ("entered_by", "Entered by")),
    "scans": (("done_on", "Date"), ("scan", "Scan"), ("result_summary", "Result summary"), ("entered_by", "Entered by")),
}
#: Fixed words that appear in cells (translated with the headers).
YES, NO = "Yes", "No"


def cell_words() -> tuple[str, ...]:
    """Every fixed English word a cell can hold (for the translation list in the UI)."""
    return (*STATUS_WORDS.values(), *END_REASONS.values(), *MEASUREMENT_KINDS.values(), *APPOINTMENT_KINDS.values(),
            *LOCAL_KINDS.values(), YES, NO)


def _yes(value: bool | None) -> str:
    return YES if value else NO


class _Range:
    def __init__(self, date_from: date | None, date_to: date | None) -> None:
        self.start, self.end = date_from, date_to

    def has(self, day: date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def has_instant(self, instant: datetime | None, tz: str | None) -> bool:
        local = _local(instant, tz)
        return self.has(None if local is None else local.date())

    def overlaps(self, start: date, end: date | None) -> bool:
        return (self.end is None or start <= self.end) and (self.start is None or end is None or end >= self.start)


def _symptom_name(term_id: str) -> str:
    from tracker.domain.symptoms import term

    found = term(term_id)
    return found.name if found is not None else term_id


def _lab_name(test: str, label: str | None) -> str:
    from tracker.domain.measurements import LAB_TESTS

    names = {t[0]: t[1] for t in LAB_TESTS}
    if test == "other" and label:
        return label
    return names.get(test, label or test)


@dataclass(frozen=True)
class CsvWords:
    """How headers, fixed words, symptom names and lab test names read in the chosen
    language. The default is the English source text; the UI and CLI build one from Qt's
    translations (`tracker/ui/exports/csv_words.py`)."""

    word: Callable[[str], str] = lambda text: text
    symptom: Callable[[str], str] = lambda term_id: _symptom_name(term_id)
    lab: Callable[[str, str | None], str] = lambda test, label: _lab_name(test, label)


def collect(journal: OpenJournal, *, date_from: date | None = None, date_to: date | None = None,
            words: CsvWords | None = None, machine_headers: bool = False) -> list[CsvTable]:
    """Every kind as a table of strings (what the CSV files will hold).

    `words` puts the headers, fixed words (Taken, Yes, Clinic visit...) and names in the
    reader's language; `machine_headers` writes the stable keys of `COLUMNS` as the header
    row instead of words (for scripts: the same in every language and version).
    """
    from tracker.storage.models.core import Person
    from tracker.storage.models.diary import (
        DiaryLog,
        DiaryNote,
        LabResult,
        MeasurementEntry,
        Question,
        Scan,
        SymptomEntry,
    )
    from tracker.storage.models.plan import Appointment, DoseEvent, RegimenDrug, TherapyLine

    span = _Range(date_from, date_to)
    language = words or CsvWords()
    word = language.word
    with journal.connection(read_only=True) as conn:
        names = {pid: name for pid, name in conn.execute(select(Person.id, Person.name))}

        def who(pid: int | None) -> str:
            return names.get(pid, "") if pid is not None else ""

        log_cols = (DiaryLog.occurred_at, DiaryLog.tz, DiaryLog.entered_by_id)
        symptoms = [
            (_when(r.occurred_at, r.tz), language.symptom(r.term_id), _opt(r.severity), _opt(r.frequency),
             _opt(r.interference), r.location or "", r.note or "", who(r.entered_by_id))
            for r in conn.execute(
                select(SymptomEntry.term_id, SymptomEntry.severity, SymptomEntry.frequency, SymptomEntry.interference,
                       SymptomEntry.location, SymptomEntry.note, *log_cols)
                .join(DiaryLog, SymptomEntry.log_id == DiaryLog.id)
                .where(DiaryLog.deleted_at.is_(None))
                .order_by(DiaryLog.occurred_at, SymptomEntry.id)
            )
            if span.has_instant(r.occurred_at, r.tz)
        ]
        measurements = [
            (_when(r.occurred_at, r.tz), r.label or word(MEASUREMENT_KINDS.get(r.kind, r.kind)), _num(r.value), r.unit,
             who(r.entered_by_id))
            for r in conn.execute(
                select(MeasurementEntry.kind, MeasurementEntry.label, MeasurementEntry.value, MeasurementEntry.unit, *log_cols)
                .join(DiaryLog, MeasurementEntry.log_id == DiaryLog.id)
                .where(DiaryLog.deleted_at.is_(None))
                .order_by(DiaryLog.occurred_at, MeasurementEntry.id)
            )
            if span.has_instant(r.occurred_at, r.tz)
        ]
        labs = [
            (_day(r.taken_on), language.lab(r.test, r.test_label), _num(r.value), r.unit, r.ref_low or "", r.ref_high or "",
             r.note or "", who(r.entered_by_id))
            for r in conn.execute(select(LabResult).where(LabResult.deleted_at.is_(None)).order_by(LabResult.taken_on, LabResult.id))
            if span.has(r.taken_on)
        ]
        drug_names = {rid: name for rid, name in conn.execute(select(RegimenDrug.id, RegimenDrug.display_name))}
        doses = [
            (_day(r.planned_date), str(r.slot + 1), drug_names.get(r.regimen_drug_id, r.drug_id),
             word(STATUS_WORDS.get(r.status, r.status)), _when(r.recorded_at, r.tz), r.note or "", who(r.entered_by_id))
            for r in conn.execute(select(DoseEvent).where(DoseEvent.deleted_at.is_(None))
                                  .order_by(DoseEvent.planned_date, DoseEvent.slot, DoseEvent.id))
            if span.has(r.planned_date)
        ]
        appointments = [
            (_when(r.starts_at, r.tz), word(APPOINTMENT_KINDS.get(r.kind, r.kind)), r.place or "", r.notes or "")
            for r in conn.execute(select(Appointment).where(Appointment.deleted_at.is_(None))
                                  .order_by(Appointment.starts_at, Appointment.id))
            if span.has_instant(r.starts_at, r.tz)
        ]
        line_drugs: dict[int, list[str]] = {}
        for line_id, name in conn.execute(select(RegimenDrug.line_id, RegimenDrug.display_name)
                                          .where(RegimenDrug.deleted_at.is_(None)).order_by(RegimenDrug.id)):
            if name not in line_drugs.setdefault(line_id, []):
                line_drugs[line_id].append(name)
        lines = [
            (str(r.number), r.name, _day(r.start), _day(r.end), word(END_REASONS[r.end_reason]) if r.end_reason in END_REASONS else (r.end_reason or ""),
             "; ".join(line_drugs.get(r.id, [])), r.notes or "")
            for r in conn.execute(select(TherapyLine).where(TherapyLine.deleted_at.is_(None))
                                  .order_by(TherapyLine.start, TherapyLine.number, TherapyLine.id))
            if span.overlaps(r.start, r.end)
        ]
        local = _local_treatments(conn, span, word, who)
        questions = [
            (_when(r.occurred_at, r.tz), r.text, word(_yes(r.asked)), word(_yes(r.answered)), r.answer or "", who(r.entered_by_id))
            for r in conn.execute(select(Question).where(Question.deleted_at.is_(None)).order_by(Question.occurred_at, Question.id))
            if span.has_instant(r.occurred_at, r.tz)
        ]
        notes = [
            (_when(r.occurred_at, r.tz), r.text, who(r.entered_by_id))
            for r in conn.execute(select(DiaryNote).where(DiaryNote.deleted_at.is_(None)).order_by(DiaryNote.occurred_at, DiaryNote.id))
            if span.has_instant(r.occurred_at, r.tz)
        ]
        scans = [
            (_day(r.done_on), r.scan_type, r.result_summary or "", who(r.entered_by_id))
            for r in conn.execute(select(Scan).where(Scan.deleted_at.is_(None)).order_by(Scan.done_on, Scan.id))
            if span.has(r.done_on)
        ]
    found: dict[str, list[tuple[Any, ...]]] = {"symptoms": symptoms, "measurements": measurements, "labs": labs, "doses": doses,
             "appointments": appointments, "lines_of_treatment": lines, "local_treatments": local, "questions": questions, "notes": notes,
             "scans": scans}
    return [
        CsvTable(name, tuple(key if machine_headers else word(text) for key, text in COLUMNS[name]), found[name])
        for name in COLUMNS
    ]


def _local_treatments(conn: Any, span: _Range, word: Callable[[str], str],
                      who: Callable[[int | None], str]) -> list[tuple[Any, ...]]:
    """One row per local treatment with a day in the range; its days listed in one cell."""
    from tracker.storage.models.local_treatments import LocalTreatment, LocalTreatmentDay

    days: dict[int, list[date]] = {}
    for tid, day in conn.execute(select(LocalTreatmentDay.treatment_id, LocalTreatmentDay.day)
                                 .where(LocalTreatmentDay.deleted_at.is_(None)).order_by(LocalTreatmentDay.day)):
        days.setdefault(tid, []).append(day)
    rows = []
    for r in conn.execute(select(LocalTreatment).where(LocalTreatment.deleted_at.is_(None)).order_by(LocalTreatment.id)):
        own = days.get(r.id, [])
        if not own or not any(span.has(d) for d in own):
            continue
        kind = r.procedure_kind if r.kind == "procedure" and r.procedure_kind else r.kind
        rows.append((_day(own[0]), _day(own[-1]), "; ".join(_day(d) for d in own), word(LOCAL_KINDS.get(kind, kind)),
                     r.site, r.aim or "", r.dose_text or "", r.notes or "", who(r.entered_by_id)))
    rows.sort(key=lambda row: row[0])
    return rows


#: A cell starting with one of these is run as a formula by spreadsheet programs (CSV
#: injection: `=HYPERLINK(...)` typed into a note would become a link that sends data away).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def safe_cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe (shown as
    text, as OWASP advises); numbers, "-2.5" included, stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _is_number(value):
        return "'" + value
    return value


def _csv_bytes(table: CsvTable) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.headers)
    writer.writerows([safe_cell(cell) for cell in row] for row in table.rows)
    return buffer.getvalue().encode(ENCODING)


def export_csv(
    journal: OpenJournal,
    out_path: Path,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    progress: Callable[..., None] | None = None,
    words: CsvWords | None = None,
    machine_headers: bool = False,
) -> Path:
    """Write the CSV files into the folder `out_path`, or into one zip if it ends in .zip. Not encrypted.

    Headers in the reader's language through `words`, or the stable keys (`machine_headers`)."""
    out_path = Path(out_path)
    tables = collect(journal, date_from=date_from, date_to=date_to, words=words, machine_headers=machine_headers)
    if progress is not None:
        progress(1, len(tables) + 1, "")
    if out_path.suffix.lower() == ".zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for table in tables:
                info = zipfile.ZipInfo(f"{table.name}.csv", date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o600 << 16
                archive.writestr(info, _csv_bytes(table))
        atomic_write_bytes(out_path, buffer.getvalue())
    else:
        # A new folder is made owner-only; a folder the person chose keeps its permissions
        # (the files in it are owner-only, 0600, either way).
        if not out_path.is_dir():
            ensure_private_dir(out_path)
        for index, table in enumerate(tables, start=2):
            atomic_write_bytes(out_path / f"{table.name}.csv", _csv_bytes(table))
            if progress is not None:
                progress(index, len(tables) + 1, "")
    return out_path

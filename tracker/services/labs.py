"""Lab results (tumour markers, blood counts, chemistry) and scans, as the patient copies them.

Values keep the unit and the reference range exactly as written on the report; the app
does not judge them. Both appear in the Diary timeline and the clinic summary.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import select

from tracker.domain.clock import Clock
from tracker.domain.errors import ValidationError
from tracker.domain.measurements import LAB_TEST_IDS, validate_lab_value
from tracker.domain.text import check_text
from tracker.storage.journal import OpenJournal
from tracker.storage.models.diary import LabResult, Scan

EARLIEST = date(1950, 1, 1)

@dataclass(frozen=True)
class LabInput:
    test: str
    value: float
    unit: str
    taken_on: date
    ref_low: str | None = None
    ref_high: str | None = None
    test_label: str | None = None
    note: str | None = None

@dataclass(frozen=True)
class LabInfo(LabInput):
    id: int = 0
    entered_by_id: int | None = None

@dataclass(frozen=True)
class ScanInput:
    scan_type: str
    done_on: date
    result_summary: str | None = None

@dataclass(frozen=True)
class ScanInfo(ScanInput):
    id: int = 0
    entered_by_id: int | None = None

def _zone(clock: Clock) -> str:
    return getattr(clock.zone, "key", None) or "UTC"

def day_instant(day: date, clock: Clock) -> datetime:
    """A calendar day placed at local noon, so it sorts among that day's timed entries."""
    zone = clock.zone if getattr(clock.zone, "key", None) is None else ZoneInfo(_zone(clock))
    return datetime.combine(day, time(12, 0), tzinfo=zone)

def check_day(day: date, clock: Clock, field: str) -> None:
    if day > clock.today():
        raise ValidationError("That date is in the future. Use the date on the report.", field=field)
    if day < EARLIEST:
        raise ValidationError("That date is too long ago. Check the year.", field=field)

def _tidy(text: str | None, limit: int, field: str) -> str | None:
    text = (check_text(text, field) or "").strip() or None
    if text and len(text) > limit:
        raise ValidationError("That text is too long.", field=field)
    return text

def validate_lab(lab: LabInput, clock: Clock) -> LabInput:
    if lab.test not in LAB_TEST_IDS:
        raise ValidationError("Choose a test from the list, or Other test.", field="test")
    label = _tidy(lab.test_label, 100, "test_label")
    if lab.test == "other" and not label:
        raise ValidationError("Say which test this is.", field="test_label")
    validate_lab_value(lab.value)
    check_day(lab.taken_on, clock, "taken_on")
    return LabInput(lab.test, float(lab.value), _tidy(lab.unit, 32, "unit") or "", lab.taken_on,
                    _tidy(lab.ref_low, 32, "ref_low"), _tidy(lab.ref_high, 32, "ref_high"), label,
                    _tidy(lab.note, 2000, "note"))

def add_lab_result(journal: OpenJournal, lab: LabInput, entered_by: int | None, clock: Clock) -> int:
    lab = validate_lab(lab, clock)
    with journal.session() as session:
        row = LabResult(test=lab.test, test_label=lab.test_label, value=lab.value, unit=lab.unit, ref_low=lab.ref_low,
                        ref_high=lab.ref_high, taken_on=lab.taken_on, note=lab.note,
                        occurred_at=day_instant(lab.taken_on, clock), tz=_zone(clock), entered_at=clock.now(),
                        entered_by_id=entered_by)
        session.add(row)
        session.flush()
        return row.id

def update_lab_result(journal: OpenJournal, lab_id: int, lab: LabInput, clock: Clock) -> None:
    lab = validate_lab(lab, clock)
    with journal.session() as session:
        row = session.get(LabResult, lab_id)
        if row is None:
            raise ValidationError("That result no longer exists.")
        for name in ("test", "test_label", "value", "unit", "ref_low", "ref_high", "taken_on", "note"):
            setattr(row, name, getattr(lab, name))
        row.occurred_at = day_instant(lab.taken_on, clock)

def _lab_info(r: LabResult) -> LabInfo:
    return LabInfo(r.test, r.value, r.unit, r.taken_on, r.ref_low, r.ref_high, r.test_label, r.note, r.id, r.entered_by_id)


def get_lab_result(journal: OpenJournal, lab_id: int) -> LabInfo:
    with journal.session() as session:
        r = session.get(LabResult, lab_id)
        if r is None:
            raise ValidationError("That result no longer exists.")
        return _lab_info(r)

def lab_history(journal: OpenJournal, test: str, since: date | None = None) -> list[LabInfo]:
    """One test's live results, oldest first (for charts and the clinic summary)."""
    with journal.session() as session:
        query = select(LabResult).where(LabResult.test == test, LabResult.deleted_at.is_(None))
        if since is not None:
            query = query.where(LabResult.taken_on >= since)
        return [_lab_info(r) for r in session.scalars(query.order_by(LabResult.taken_on, LabResult.id))]

def validate_scan(scan: ScanInput, clock: Clock) -> ScanInput:
    kind = _tidy(scan.scan_type, 100, "scan_type")
    if not kind:
        raise ValidationError("Say what kind of scan it was (for example CT or bone scan).", field="scan_type")
    check_day(scan.done_on, clock, "done_on")
    return ScanInput(kind, scan.done_on, _tidy(scan.result_summary, 4000, "result_summary"))

def add_scan(journal: OpenJournal, scan: ScanInput, entered_by: int | None, clock: Clock) -> int:
    scan = validate_scan(scan, clock)
    with journal.session() as session:
        row = Scan(scan_type=scan.scan_type, done_on=scan.done_on, result_summary=scan.result_summary,
                   occurred_at=day_instant(scan.done_on, clock), tz=_zone(clock), entered_at=clock.now(),
                   entered_by_id=entered_by)
        session.add(row)
        session.flush()
        return row.id

def update_scan(journal: OpenJournal, scan_id: int, scan: ScanInput, clock: Clock) -> None:
    scan = validate_scan(scan, clock)
    with journal.session() as session:
        row = session.get(Scan, scan_id)
        if row is None:
            raise ValidationError("That scan no longer exists.")
        row.scan_type, row.done_on, row.result_summary = scan.scan_type, scan.done_on, scan.result_summary
        row.occurred_at = day_instant(scan.done_on, clock)

def get_scan(journal: OpenJournal, scan_id: int) -> ScanInfo:
    with journal.session() as session:
        r = session.get(Scan, scan_id)
        if r is None:
            raise ValidationError("That scan no longer exists.")
        return ScanInfo(r.scan_type, r.done_on, r.result_summary, r.id, r.entered_by_id)

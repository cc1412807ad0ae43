"""Changing the plan: lines, their drugs, and the team's adjustments.

Edits to a drug's schedule come in two kinds, chosen by the person:
- "from_now_on": the team changed the plan. The old row ends the day before the change
  and a new row continues the numbering, so the past stays exactly as it was.
- "correct": the plan was entered wrongly. The row is fixed in place, past included.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tracker.domain.errors import ValidationError
from tracker.domain.schedule import partition, pattern_from_dict, pattern_to_dict, split
from tracker.domain.text import check_text
from tracker.services.plan.queries import _adjustment_info, _drug_info, regimen_drug
from tracker.services.plan.types import (
    ADJUSTMENT_KINDS,
    END_REASONS,
    AdjustmentInfo,
    LineSummary,
    RegimenDrugInfo,
    ScheduledDrug,
    times_to_json,
)
from tracker.storage.journal import OpenJournal
from tracker.storage.models.plan import PlanAdjustment, RegimenDrug, TherapyLine

FROM_NOW_ON = "from_now_on"
CORRECT = "correct"


def _now() -> datetime:
    return datetime.now(UTC)


def _check_pattern(pattern: dict[str, Any]) -> dict[str, Any]:
    try:
        return pattern_to_dict(pattern_from_dict(pattern))
    except (ValueError, TypeError, KeyError) as exc:
        raise ValidationError("That schedule is not complete. Check the days and the repeat.", field="pattern") from exc


def _check_times(times: Iterable[time | str]) -> str:
    try:
        parsed = sorted({t if isinstance(t, time) else time.fromisoformat(str(t)) for t in times})
    except ValueError as exc:
        raise ValidationError("Please give times of day like 08:00.", field="times") from exc
    if not parsed:
        raise ValidationError("Please give at least one time of day.", field="times")
    return times_to_json(parsed)


def _name(name: str) -> str:
    name = (check_text(name, "name") or "").strip()
    if not name:
        raise ValidationError("Please give the line a name, for example the drugs in it.", field="name")
    return name[:200]


def add_line(journal: OpenJournal, *, name: str, start: date, number: int | None = None,
             notes: str | None = None, entered_by_id: int | None = None) -> LineSummary:
    check_text(notes, "notes")
    with journal.session() as session:
        if number is None:
            number = (session.scalar(select(func.max(TherapyLine.number)).where(TherapyLine.deleted_at.is_(None))) or 0) + 1
        row = TherapyLine(number=number, name=_name(name), start=start, notes=notes or None,
                          entered_by_id=entered_by_id, created_at=_now())
        session.add(row)
        session.flush()
        return LineSummary(row.id, row.number, row.name, row.start, None, None, [], row.notes)


def edit_line(journal: OpenJournal, line_id: int, *, name: str | None = None, start: date | None = None,
              number: int | None = None, notes: str | None = None) -> None:
    check_text(notes, "notes")
    with journal.session() as session:
        row = _get_line(session, line_id)
        if name is not None:
            row.name = _name(name)
        if start is not None:
            if row.end is not None and start > row.end:
                raise ValidationError("The start is after the end of this line.", field="start")
            row.start = start
        if number is not None:
            row.number = number
        if notes is not None:
            row.notes = notes or None


def end_line(journal: OpenJournal, line_id: int, *, last_day: date | None, reason: str | None = None) -> None:
    """End a line on `last_day` (its last day of treatment) with a reason; None reopens it."""
    if last_day is not None and reason not in END_REASONS:
        raise ValidationError("Please choose why this line ended.", field="reason")
    with journal.session() as session:
        row = _get_line(session, line_id)
        if last_day is not None and last_day < row.start:
            raise ValidationError("A line cannot end before it started.", field="last_day")
        row.end = last_day
        row.end_reason = reason if last_day is not None else None


def delete_line(journal: OpenJournal, line_id: int, *, restore: bool = False) -> None:
    """Soft delete (or restore, for undo). Dose records stay in the journal."""
    with journal.session() as session:
        row = session.get(TherapyLine, line_id)
        if row is None:
            raise ValidationError("That line of treatment no longer exists.")
        row.deleted_at = None if restore else _now()


def _get_line(session: Session, line_id: int) -> TherapyLine:
    row = session.get(TherapyLine, line_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("That line of treatment no longer exists.")
    return row


def add_regimen_drug(journal: OpenJournal, line_id: int, *, drug_id: str, pattern: dict[str, Any],
                     times: Iterable[time | str], start: date, display_name: str | None = None, dose_text: str | None = None,
                     route: str | None = None, end: date | None = None, max_units: int | None = None,
                     notes: str | None = None, entered_by_id: int | None = None,
                     first_unit: int = 0, first_index: int = 0, replaces_id: int | None = None,
                     anchor_date: date | None = None, anchor_unit: int = 0) -> RegimenDrugInfo:
    from tracker.services.catalog import drug

    for field, text in (("drug", display_name), ("dose_text", dose_text), ("route", route), ("notes", notes)):
        check_text(text, field)
    found = drug(drug_id)
    name = (display_name or (found.generic_name if found else "")).strip()
    if not name:
        raise ValidationError("Please choose a drug or type its name.", field="drug")
    if end is not None and end < start:
        raise ValidationError("The last day is before the first day.", field="end")
    if max_units is not None and max_units < 1:
        raise ValidationError("The number of cycles must be at least 1.", field="max_units")
    with journal.session() as session:
        line = _get_line(session, line_id)
        if start < line.start:
            raise ValidationError("This drug starts before its line of treatment starts.", field="start")
        row = RegimenDrug(
            line_id=line_id, drug_id=drug_id, display_name=name[:200], dose_text=(dose_text or "").strip() or None,
            route=route, pattern_json=json.dumps(_check_pattern(pattern)), times_json=_check_times(times),
            start=start, end=end, max_units=max_units, first_unit=first_unit, first_index=first_index,
            anchor_date=anchor_date, anchor_unit=anchor_unit, replaces_id=replaces_id, notes=notes or None, entered_by_id=entered_by_id, created_at=_now(),
        )
        session.add(row)
        session.flush()
        return _drug_info(row)


def edit_regimen_drug(journal: OpenJournal, regimen_drug_id: int, *, mode: str, effective: date | None = None,
                      entered_by_id: int | None = None, **changes: Any) -> RegimenDrugInfo:
    """Change pattern, times, dose text, route, end, max_units or notes.

    mode "correct" rewrites the row; mode "from_now_on" splits it at the first cycle (or
    dose) on or after `effective` and returns the new row.
    """
    allowed = {"pattern", "times", "dose_text", "route", "end", "max_units", "notes", "start", "display_name"}
    unknown = set(changes) - allowed
    if unknown:
        raise TypeError(f"unknown fields {sorted(unknown)}")
    for field in ("dose_text", "route", "notes", "display_name"):
        check_text(changes.get(field), "drug" if field == "display_name" else field)
    if mode == CORRECT:
        with journal.session() as session:
            row = session.get(RegimenDrug, regimen_drug_id)
            if row is None or row.deleted_at is not None:
                raise ValidationError("That drug is no longer in the plan.")
            if "pattern" in changes:
                row.pattern_json = json.dumps(_check_pattern(changes["pattern"]))
            if "times" in changes:
                row.times_json = _check_times(changes["times"])
            for key in ("dose_text", "route", "end", "max_units", "notes", "start", "display_name"):
                if key in changes:
                    setattr(row, key, changes[key])
            if row.end is not None and row.end < row.start:
                raise ValidationError("The last day is before the first day.", field="end")
            session.flush()
            return _drug_info(row)
    if mode != FROM_NOW_ON or effective is None:
        raise ValueError("mode must be 'correct', or 'from_now_on' with an effective date")
    current = regimen_drug(journal, regimen_drug_id)
    if current is None:
        raise ValidationError("That drug is no longer in the plan.")
    new_pattern = pattern_from_dict(_check_pattern(changes["pattern"])) if "pattern" in changes else None
    before, after = split(current.schedule, effective, [a.to_domain() for a in current.adjustments], pattern=new_pattern)
    d = current.drug
    with journal.session() as session:
        row = session.get(RegimenDrug, d.id)
        if row is None:
            raise ValidationError("That drug is no longer in the plan.")
        if before is None:
            row.deleted_at = _now()
        else:
            row.end = before.end
        session.flush()
    new = add_regimen_drug(
        journal, d.line_id, drug_id=d.drug_id, display_name=changes.get("display_name", d.display_name),
        pattern=pattern_to_dict(after.pattern), times=changes.get("times", d.times), start=after.start,
        dose_text=changes.get("dose_text", _latest_reduction(current, after.start) or d.dose_text), route=changes.get("route", d.route),
        end=changes.get("end", d.end), max_units=changes.get("max_units", d.max_units),
        notes=changes.get("notes", d.notes), entered_by_id=entered_by_id,
        first_unit=after.first_unit, first_index=after.first_index, replaces_id=d.id,
        anchor_date=after.anchor, anchor_unit=after.anchor_unit,
    )
    # Adjustments not already reflected in where the new part starts go with it.
    domain = [a.to_domain() for a in current.adjustments]
    _, later = partition(domain, after.start)
    later_ids = {id(a) for a in later}
    with journal.session() as session:
        for info, dom in zip(current.adjustments, domain, strict=True):
            moved = session.get(PlanAdjustment, info.id) if id(dom) in later_ids else None
            if moved is not None:
                moved.regimen_drug_id = new.id
    return new


def undo_split(journal: OpenJournal, new_id: int, *, original_end: date | None) -> None:
    """Undo a "from now on" edit: remove the new row and give the old one back its end
    (`original_end`: the old row's end before the edit)."""
    with journal.session() as session:
        new = session.get(RegimenDrug, new_id)
        old = session.get(RegimenDrug, new.replaces_id) if new and new.replaces_id else None
        if new is None or old is None:
            return
        for adj in session.scalars(select(PlanAdjustment).where(PlanAdjustment.regimen_drug_id == new.id)):
            adj.regimen_drug_id = old.id
        new.deleted_at = _now()
        old.deleted_at = None
        old.end = original_end


def delete_regimen_drug(journal: OpenJournal, regimen_drug_id: int, *, restore: bool = False) -> None:
    with journal.session() as session:
        row = session.get(RegimenDrug, regimen_drug_id)
        if row is not None:
            row.deleted_at = None if restore else _now()


def add_adjustment(journal: OpenJournal, regimen_drug_id: int, *, kind: str, effective: date, days: int | None = None,
                   dose_text: str | None = None, notes: str | None = None,
                   entered_by_id: int | None = None) -> AdjustmentInfo:
    if kind not in ADJUSTMENT_KINDS:
        raise ValueError(kind)
    check_text(dose_text, "dose_text")
    check_text(notes, "notes")
    if kind == "delay" and (days is None or not 1 <= days <= 365):
        raise ValidationError("A delay is between 1 and 365 days.", field="days")
    if kind == "reduce" and not (dose_text or "").strip():
        raise ValidationError("Please write the new dose as your team gave it.", field="dose_text")
    with journal.session() as session:
        target = session.get(RegimenDrug, regimen_drug_id)
        if target is None or target.deleted_at is not None:
            raise ValidationError("That drug is no longer in the plan.")
        row = PlanAdjustment(regimen_drug_id=regimen_drug_id, kind=kind, effective=effective, days=days,
                             dose_text=(dose_text or "").strip() or None, notes=notes or None,
                             entered_by_id=entered_by_id, created_at=_now())
        session.add(row)
        session.flush()
        return _adjustment_info(row)


def remove_adjustment(journal: OpenJournal, adjustment_id: int, *, restore: bool = False) -> None:
    with journal.session() as session:
        row = session.get(PlanAdjustment, adjustment_id)
        if row is not None:
            row.deleted_at = None if restore else _now()


def _latest_reduction(item: ScheduledDrug, before: date) -> str | None:
    texts = [a.dose_text for a in item.adjustments if a.kind == "reduce" and a.effective < before and a.dose_text]
    return texts[-1] if texts else None

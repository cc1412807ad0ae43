"""Reading the plan: the cross-feature contract functions and a one-query snapshot."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tracker.services.plan.types import (
    AdjustmentInfo,
    LineSummary,
    RegimenDrugInfo,
    ScheduledDrug,
    times_from_json,
)
from tracker.storage.journal import OpenJournal
from tracker.storage.models.plan import PlanAdjustment, RegimenDrug, TherapyLine


def _drug_info(row: RegimenDrug) -> RegimenDrugInfo:
    return RegimenDrugInfo(
        id=row.id, line_id=row.line_id, drug_id=row.drug_id, display_name=row.display_name,
        dose_text=row.dose_text, route=row.route, pattern=json.loads(row.pattern_json),
        times=times_from_json(row.times_json), start=row.start, end=row.end, max_units=row.max_units,
        first_unit=row.first_unit or 0, first_index=row.first_index or 0, replaces_id=row.replaces_id,
        notes=row.notes, anchor_date=row.anchor_date, anchor_unit=row.anchor_unit or 0,
        unknown_before=row.unknown_before,
    )


def _adjustment_info(row: PlanAdjustment) -> AdjustmentInfo:
    return AdjustmentInfo(row.id, row.regimen_drug_id, row.kind, row.effective, row.days, row.dose_text, row.notes)


def _load(session: Session) -> tuple[Sequence[TherapyLine], Sequence[RegimenDrug], Sequence[PlanAdjustment]]:
    lines = session.scalars(select(TherapyLine).where(TherapyLine.deleted_at.is_(None))).all()
    drugs = session.scalars(select(RegimenDrug).where(RegimenDrug.deleted_at.is_(None))).all()
    adjustments = session.scalars(select(PlanAdjustment).where(PlanAdjustment.deleted_at.is_(None))).all()
    return lines, drugs, adjustments


def _line_summary(line: TherapyLine, drug_ids: list[str]) -> LineSummary:
    return LineSummary(line.id, line.number, line.name, line.start, line.end, line.end_reason,
                       drug_ids, line.notes)


def therapy_lines(journal: OpenJournal) -> list[LineSummary]:
    """Every line of treatment, oldest first, with its drugs' catalog ids."""
    with journal.session() as session:
        lines, drugs, _ = _load(session)
        by_line: dict[int, list[str]] = {}
        for d in sorted(drugs, key=lambda d: (d.start, d.id)):
            ids = by_line.setdefault(d.line_id, [])
            if d.drug_id not in ids:
                ids.append(d.drug_id)
        return [_line_summary(line, by_line.get(line.id, [])) for line in sorted(lines, key=lambda x: (x.start, x.number, x.id))]


def scheduled_drugs(journal: OpenJournal, *, live_from: date | None = None) -> list[ScheduledDrug]:
    """All regimen drugs with their line and adjustments (one read; feeds the engine).

    With `live_from`, only drugs that can still have a dose on or after that day (neither
    the drug nor its line ended before it, as `cycles.ended_before`), read in SQL: Today
    and reminders then cost the same after 20 years of finished lines as after one.
    Each line still lists all its drugs' ids."""
    line_drug_ids: Sequence[tuple[int, str]]
    with journal.session() as session:
        if live_from is None:
            lines, drugs, adjustments = _load(session)
            line_drug_ids = [(d.line_id, d.drug_id) for d in drugs]
        else:
            lines, drugs, adjustments, line_drug_ids = _load_live(session, live_from)
    by_line_ids: dict[int, list[str]] = {}
    for line_id, drug_id in line_drug_ids:
        by_line_ids.setdefault(line_id, []).append(drug_id)
    summaries = {line.id: _line_summary(line, sorted(set(by_line_ids.get(line.id, [])))) for line in lines}
    adj: dict[int, list[AdjustmentInfo]] = {}
    for a in sorted(adjustments, key=lambda a: (a.effective, a.id)):
        adj.setdefault(a.regimen_drug_id, []).append(_adjustment_info(a))
    result = [
        ScheduledDrug(_drug_info(d), summaries[d.line_id], tuple(adj.get(d.id, ())))
        for d in drugs if d.line_id in summaries
    ]
    return sorted(result, key=lambda s: (s.line.start, s.drug.start, s.drug.id))


def _load_live(session: Session, day: date) -> tuple[Sequence[TherapyLine], Sequence[RegimenDrug],
                                                      Sequence[PlanAdjustment], Sequence[tuple[int, str]]]:
    live_lines = select(TherapyLine.id).where(TherapyLine.deleted_at.is_(None),
                                              or_(TherapyLine.end.is_(None), TherapyLine.end >= day))
    drugs = session.scalars(select(RegimenDrug).where(
        RegimenDrug.deleted_at.is_(None), RegimenDrug.line_id.in_(live_lines),
        or_(RegimenDrug.end.is_(None), RegimenDrug.end >= day))).all()
    line_ids = {d.line_id for d in drugs}
    if not line_ids:
        return [], [], [], []
    lines = session.scalars(select(TherapyLine).where(TherapyLine.id.in_(line_ids))).all()
    adjustments = session.scalars(select(PlanAdjustment).where(
        PlanAdjustment.deleted_at.is_(None), PlanAdjustment.regimen_drug_id.in_([d.id for d in drugs]))).all()
    line_drug_ids = [(line_id, drug_id) for line_id, drug_id in session.execute(
        select(RegimenDrug.line_id, RegimenDrug.drug_id).where(RegimenDrug.deleted_at.is_(None),
                                                               RegimenDrug.line_id.in_(line_ids)))]
    return lines, drugs, adjustments, line_drug_ids


def regimen_drug(journal: OpenJournal, regimen_drug_id: int) -> ScheduledDrug | None:
    for item in scheduled_drugs(journal):
        if item.drug.id == regimen_drug_id:
            return item
    return None


def current_drug_ids(journal: OpenJournal, on: date) -> list[str]:
    """Catalog ids of the drugs in the plan on day `on` (no duplicates, plan order)."""
    ids: list[str] = []
    for item in scheduled_drugs(journal):
        if item.active_on(on) and item.drug.drug_id not in ids:
            ids.append(item.drug.drug_id)
    return ids


def on_chemotherapy(journal: OpenJournal, on: date) -> bool:
    """True when a drug in the plan on `on` is chemotherapy (or carries one, like an ADC)."""
    from tracker.services.catalog import drug

    for drug_id in current_drug_ids(journal, on):
        found = drug(drug_id)
        if found is not None and found.is_chemotherapy:
            return True
    return False

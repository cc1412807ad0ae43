"""Reading the plan: the cross-feature contract functions and a one-query snapshot."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
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
    )


def _adjustment_info(row: PlanAdjustment) -> AdjustmentInfo:
    return AdjustmentInfo(row.id, row.regimen_drug_id, row.kind, row.effective, row.days, row.dose_text, row.notes)


def _load(session: Session) -> tuple[
        Sequence[TherapyLine], Sequence[RegimenDrug], Sequence[PlanAdjustment]]:
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
        return [_line_summary(line, by_line.get(line.id, [])) for line in sorted(lines, key=lambda t: (t.start, t.number, t.id))]


def scheduled_drugs(journal: OpenJournal) -> list[ScheduledDrug]:
    """All regimen drugs with their line and adjustments (one read; feeds the engine)."""
    with journal.session() as session:
        lines, drugs, adjustments = _load(session)
    by_line_ids: dict[int, list[str]] = {}
    for d in drugs:
        by_line_ids.setdefault(d.line_id, []).append(d.drug_id)
    summaries = {line.id: _line_summary(line, sorted(set(by_line_ids.get(line.id, [])))) for line in lines}
    adj: dict[int, list[AdjustmentInfo]] = {}
    for a in sorted(adjustments, key=lambda a: (a.effective, a.id)):
        adj.setdefault(a.regimen_drug_id, []).append(_adjustment_info(a))
    result = [
        ScheduledDrug(_drug_info(d), summaries[d.line_id], tuple(adj.get(d.id, ())))
        for d in drugs if d.line_id in summaries
    ]
    return sorted(result, key=lambda s: (s.line.start, s.drug.start, s.drug.id))


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

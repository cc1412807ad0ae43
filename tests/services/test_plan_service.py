"""Plan services: lines, drugs, adjustments, "from now on" edits and the contract functions."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.errors import ValidationError
from tracker.domain.schedule import occurrences
from tracker.services import plan

D1_21_28 = {"kind": "cycle_days", "length": 28, "days": list(range(1, 22))}
DAILY = {"kind": "interval", "every": 1, "unit": "days"}


def first_line(journal):
    line = plan.add_line(journal, name="Letrozole and palbociclib", start=date(2024, 3, 1))
    letro = plan.add_regimen_drug(journal, line.id, drug_id="letrozole", pattern=DAILY, times=["08:00"],
                                  start=date(2024, 3, 1), dose_text="2.5 mg")
    palbo = plan.add_regimen_drug(journal, line.id, drug_id="palbociclib", pattern=D1_21_28, times=["08:00"],
                                  start=date(2024, 3, 1), dose_text="125 mg")
    return line, letro, palbo


def dates(item, start, end):
    return [s.day for s in occurrences(item.schedule, item.domain_adjustments, start, end)]


def test_contract_functions(journal):
    line, _, _ = first_line(journal)
    assert plan.current_drug_ids(journal, date(2024, 4, 1)) == ["letrozole", "palbociclib"]
    assert plan.current_drug_ids(journal, date(2024, 2, 1)) == []
    assert plan.on_chemotherapy(journal, date(2024, 4, 1)) is False
    summary = plan.therapy_lines(journal)
    assert [(line.number, line.name, line.drug_ids) for line in summary] == [(1, "Letrozole and palbociclib", ["letrozole", "palbociclib"])]
    plan.end_line(journal, line.id, last_day=date(2025, 1, 31), reason="progression")
    assert plan.current_drug_ids(journal, date(2025, 2, 1)) == []
    second = plan.add_line(journal, name="Capecitabine", start=date(2025, 2, 10))
    plan.add_regimen_drug(journal, second.id, drug_id="capecitabine", pattern={"kind": "cycle_days", "length": 21, "days": list(range(1, 15))},
                          times=["08:00", "20:00"], start=date(2025, 2, 10))
    assert second.number == 2
    assert plan.on_chemotherapy(journal, date(2025, 2, 11)) is True
    assert plan.therapy_lines(journal)[0].end_reason == "progression"


def test_line_end_stops_doses(journal):
    line, _, palbo = first_line(journal)
    plan.end_line(journal, line.id, last_day=date(2024, 3, 10), reason="side_effects")
    item = plan.regimen_drug(journal, palbo.id)
    assert dates(item, date(2024, 3, 1), date(2024, 6, 1))[-1] == date(2024, 3, 10)


def test_delay_moves_the_next_cycle(journal):
    _, _, palbo = first_line(journal)
    plan.add_adjustment(journal, palbo.id, kind="delay", effective=date(2024, 3, 25), days=7)
    item = plan.regimen_drug(journal, palbo.id)
    got = dates(item, date(2024, 3, 1), date(2024, 4, 30))
    assert date(2024, 3, 29) not in got  # cycle 2 would have started here
    assert got[21] == date(2024, 4, 5)
    assert plan.cycle_position(item, date(2024, 4, 5)).cycle == 2


def test_from_now_on_keeps_the_past(journal):
    _, _, palbo = first_line(journal)
    before = plan.regimen_drug(journal, palbo.id)
    past = dates(before, date(2024, 3, 1), date(2024, 5, 31))
    new = plan.edit_regimen_drug(journal, palbo.id, mode=plan.FROM_NOW_ON, effective=date(2024, 6, 1),
                                 dose_text="100 mg")
    old = plan.regimen_drug(journal, palbo.id)
    assert dates(old, date(2024, 3, 1), date(2024, 5, 31)) == past
    fresh = plan.regimen_drug(journal, new.id)
    # Cycle 4 starts 2024-05-24 (before the edit): cycle 5 (2024-06-21) is the first new one.
    assert fresh.drug.start == date(2024, 6, 21) and fresh.drug.first_unit == 4
    assert fresh.drug.dose_text == "100 mg" and old.drug.dose_text == "125 mg"
    combined = dates(old, date(2024, 3, 1), date(2024, 12, 31)) + dates(fresh, date(2024, 3, 1), date(2024, 12, 31))
    original = dates(before, date(2024, 3, 1), date(2024, 12, 31))
    assert combined == original
    plan.undo_split(journal, new.id, original_end=None)
    assert dates(plan.regimen_drug(journal, palbo.id), date(2024, 3, 1), date(2024, 12, 31)) == original


def test_from_now_on_moves_later_adjustments_and_keeps_reduced_dose(journal):
    _, _, palbo = first_line(journal)
    plan.add_adjustment(journal, palbo.id, kind="reduce", effective=date(2024, 4, 1), dose_text="100 mg")
    plan.add_adjustment(journal, palbo.id, kind="delay", effective=date(2024, 8, 1), days=7)
    before = plan.regimen_drug(journal, palbo.id)
    original = dates(before, date(2024, 3, 1), date(2024, 12, 31))
    new = plan.edit_regimen_drug(journal, palbo.id, mode=plan.FROM_NOW_ON, effective=date(2024, 6, 1),
                                 times=["09:00"])
    assert new.dose_text == "100 mg" and [t.hour for t in new.times] == [9]
    fresh = plan.regimen_drug(journal, new.id)
    assert [a.kind for a in fresh.adjustments] == ["delay"]
    old = plan.regimen_drug(journal, palbo.id)
    assert dates(old, date(2024, 3, 1), date(2024, 12, 31)) + dates(fresh, date(2024, 3, 1), date(2024, 12, 31)) == original


def test_correct_the_past_rewrites(journal):
    _, _, palbo = first_line(journal)
    plan.edit_regimen_drug(journal, palbo.id, mode=plan.CORRECT,
                           pattern={"kind": "cycle_days", "length": 28, "days": list(range(1, 15))})
    item = plan.regimen_drug(journal, palbo.id)
    got = dates(item, date(2024, 3, 1), date(2024, 3, 31))
    assert got == [date(2024, 3, d) for d in range(1, 15)] + [date(2024, 3, 29), date(2024, 3, 30), date(2024, 3, 31)]


def test_validation(journal):
    line = plan.add_line(journal, name="x", start=date(2024, 1, 1))
    with pytest.raises(ValidationError):
        plan.add_line(journal, name="  ", start=date(2024, 1, 1))
    with pytest.raises(ValidationError):
        plan.add_regimen_drug(journal, line.id, drug_id="letrozole", pattern={"kind": "cycle_days", "length": 7, "days": [9]},
                              times=["08:00"], start=date(2024, 1, 1))
    with pytest.raises(ValidationError):
        plan.add_regimen_drug(journal, line.id, drug_id="letrozole", pattern=DAILY, times=["25:00"], start=date(2024, 1, 1))
    with pytest.raises(ValidationError):
        plan.end_line(journal, line.id, last_day=date(2024, 2, 1), reason=None)
    with pytest.raises(ValidationError):
        plan.add_adjustment(journal, 999, kind="hold", effective=date(2024, 1, 2))


def test_from_now_on_monthly_on_the_31st(journal):
    line = plan.add_line(journal, name="Denosumab", start=date(2024, 1, 31))
    rd = plan.add_regimen_drug(journal, line.id, drug_id="denosumab", pattern={"kind": "interval", "every": 1, "unit": "months"},
                               times=["10:00"], start=date(2024, 1, 31))
    new = plan.edit_regimen_drug(journal, rd.id, mode=plan.FROM_NOW_ON, effective=date(2024, 2, 10), times=["11:00"])
    assert new.start == date(2024, 2, 29) and new.anchor_date == date(2024, 1, 31)
    assert dates(plan.regimen_drug(journal, new.id), date(2024, 1, 1), date(2024, 5, 31)) == [
        date(2024, 2, 29), date(2024, 3, 31), date(2024, 4, 30), date(2024, 5, 31)]

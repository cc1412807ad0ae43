"""Names, not ids: a dose of a drug typed by hand shows its typed name in the Diary."""

from __future__ import annotations

from datetime import date, datetime

from tracker.domain.clock import FixedClock
from tracker.services import doses, people, plan, timeline
from tracker.services.plan import past_doses
from tracker.ui.diary.describe import summary

DAILY = {"kind": "interval", "every": 1, "unit": "days"}


def test_typed_and_catalog_drugs_show_their_names(qapp, journal, london):
    clock = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=london))
    line = plan.add_line(journal, name="Line", start=date(2026, 3, 8))
    typed = plan.add_regimen_drug(journal, line.id, drug_id="custom", display_name="Paracetamol", pattern=DAILY,
                                  times=["08:00"], start=date(2026, 3, 10))
    plan.add_regimen_drug(journal, line.id, drug_id="letrozole", pattern=DAILY, times=["08:00"], start=date(2026, 3, 8))
    me = people.patient(journal).id
    today = {d.name: d for d in doses.today_list(journal, clock).today}
    doses.record(journal, clock, today["Paracetamol"], doses.TAKEN, entered_by_id=me)
    doses.record(journal, clock, today["letrozole"], doses.MISSED, entered_by_id=me)
    letrozole = next(i for i in plan.scheduled_drugs(journal) if i.drug.drug_id == "letrozole")
    past = past_doses.past_open_doses(journal, clock, [letrozole.drug.id])
    past_doses.answer(journal, clock, past, past_doses.TOOK_AS_PLANNED, entered_by_id=me)

    texts = [summary(item) for item in timeline.page(journal, timeline.TimelineFilter(kinds=frozenset({"dose"}))).items]
    assert "Paracetamol: Taken" in texts and "letrozole: Missed" in texts
    assert texts.count("letrozole: Taken (filled in afterwards)") == 2
    assert not any("custom" in t for t in texts)
    assert typed.drug_id == "custom"

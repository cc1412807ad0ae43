"""Plan calendar: status signs readable without a legend, break weeks shaded."""

from __future__ import annotations

from datetime import date, time

from tracker.services import doses, plan
from tracker.ui.plan.month_calendar import (
    APPOINTMENT,
    NOT_MARKED,
    STATUS_SIGNS,
    TO_COME,
    DayMarks,
    break_days,
    day_signs,
)


def due(drug: int, day: date, status: str | None = None, route: str = "oral", held: bool = False):
    return doses.DueDose(drug, "x", "X", None, route, "line", day, 0, time(8), 1, None, None, held, status)


def test_each_drug_gets_one_sign_and_appointments_their_own():
    today = date(2026, 3, 10)
    past = date(2026, 3, 9)
    marks = DayMarks((due(1, past, "taken"), due(1, past, "taken"), due(2, past, "missed"), due(3, past),
                      due(4, past, held=True)), (object(),))
    assert day_signs(marks, today) == [STATUS_SIGNS["taken"], STATUS_SIGNS["missed"], NOT_MARKED,
                                       STATUS_SIGNS["held_by_team"], APPOINTMENT]
    assert day_signs(DayMarks((due(1, date(2026, 3, 11)),), ()), today) == [TO_COME]
    assert STATUS_SIGNS["taken"][0] == "✓" and STATUS_SIGNS["missed"][0] == "✗"


def test_break_week_of_a_21_of_28_cycle_is_found(journal):
    line = plan.add_line(journal, name="Palbociclib", start=date(2026, 2, 16))
    plan.add_regimen_drug(journal, line.id, drug_id="palbociclib", times=["08:00"], start=date(2026, 2, 16),
                          pattern={"kind": "cycle_days", "length": 28, "days": list(range(1, 22))})
    found = break_days(plan.scheduled_drugs(journal), date(2026, 3, 1), date(2026, 3, 31))
    assert found == {date(2026, 3, d) for d in range(9, 16)}

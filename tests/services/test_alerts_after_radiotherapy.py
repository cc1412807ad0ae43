"""Issue 19 through the real save path: a radiotherapy course to the spine in the journal makes
new numbness a call-now alert, and the same entry without that course does not (hazard H-14)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.domain.clock import FixedClock
from tracker.domain.local_treatments import LocalTreatment, course_days
from tracker.domain.symptoms import SymptomRating
from tracker.services import diary, local_treatments

NOW = FixedClock(datetime(2026, 3, 24, 9, 0, tzinfo=ZoneInfo("Europe/London")))


def _numbness(journal):
    result = diary.log_symptoms(journal, [SymptomRating("numbness_tingling", severity=1)], entered_by=None,
                                occurred_at=NOW.now() - timedelta(hours=1), clock=NOW)
    return {a.rule_id: a.level for a in result.alerts}


@pytest.mark.parametrize("site, spine", [("lower spine", True), ("T10 SABR", True), ("L2–L4", True), ("left hip", False)])
def test_new_numbness_after_radiotherapy_to_the_spine_means_call_now(journal, site, spine):
    course = LocalTreatment(kind="radiotherapy", site=site, days=course_days(date(2026, 3, 2), 5),
                            dose_text="20 Gy in 5 fractions", at=time(10, 0))
    local_treatments.add(journal, NOW, course)
    levels = _numbness(journal)
    if spine:
        assert levels.get("numbness_new_after_spine_radiotherapy") == "call_now"
    else:
        assert "numbness_new_after_spine_radiotherapy" not in levels
